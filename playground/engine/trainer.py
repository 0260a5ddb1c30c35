"""The trainer: builds a project's network and data, runs steps and epochs, knows nothing of Qt.

The per-step path is kept lean (measured in docs/ARCHITECTURE.md: Python overhead dominates small
nets): no `.item()` per step, callbacks only called when defined, divergence checked every
few steps. Metrics and plots are computed only when a snapshot is asked for.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, Callable

import torch

from playground.core import catalog
from playground.core.datasets import DataError
from playground.core.i18n import translate
from playground.core.project import Project
from playground.core.shapes import analyse
from playground.engine.build import GraphModule, output_activation
from playground.engine.data import DataBundle, load_dataset
from playground.engine.eval_size import NetworkCost, eval_chunk, network_cost
from playground.engine.fused import FusedStep, fused_step
from playground.engine.kinds.optimizers import OPTIMIZERS, TorchOptimizer
from playground.engine.objective import Objective
from playground.engine.phases import MAX_VALUES, Phase

# Layers that behave differently in training and evaluation (recurrent layers drop out
# between their stacked layers); with none of them, the model's mode is never switched.
MODE_DEPENDENT = (torch.nn.modules.dropout._DropoutNd, torch.nn.modules.batchnorm._BatchNorm,
                  torch.nn.RNNBase)

log = logging.getLogger(__name__)

# Steps between divergence checks (the worker also checks at every snapshot). Between steps a
# check costs ~150 us on this machine, not the ~20 us it takes in a tight loop: its kernels are
# out of the caches, and the next step runs slower too. Every 64 steps that was 1.6 % of the
# reference problem's speed; a GPU also pays a sync per check.
CHECK_EVERY = 256


class TrainingError(RuntimeError):
    """The project cannot be trained; the message is meant for the user."""


class Callback:
    """Hooks named by the moment they run at; override only the ones you need."""

    def on_train_start(self, trainer: "Trainer") -> None: ...
    def on_after_backward(self, trainer: "Trainer") -> None: ...
    def on_batch_end(self, trainer: "Trainer", loss: torch.Tensor) -> None: ...
    def on_epoch_end(self, trainer: "Trainer") -> None: ...
    def on_exception(self, trainer: "Trainer", error: BaseException) -> None: ...


def available_devices() -> list[str]:
    devices = ["cpu"]
    if torch.cuda.is_available():
        devices += [f"cuda:{i}" for i in range(torch.cuda.device_count())]
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        devices.append("mps")
    return devices


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        mps = getattr(torch.backends, "mps", None)
        if mps is not None and mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    if name.startswith("cuda") and not torch.cuda.is_available():
        raise TrainingError(translate("trainer", "CUDA was asked for, but this machine has no usable NVIDIA GPU: "
                                          "choose CPU."))
    if name == "mps":
        mps = getattr(torch.backends, "mps", None)
        if mps is None or not mps.is_available():
            raise TrainingError(translate("trainer", "MPS (Apple GPU) was asked for, but it is not available here: "
                                              "choose CPU."))
    return torch.device(name)


def _torch_optimizer(name: str) -> TorchOptimizer:
    try:
        return OPTIMIZERS[name]
    except KeyError:
        raise TrainingError(translate("trainer", "Unknown optimizer {name!r}").format(name=name)) from None


def make_optimizer(name: str, params, lr: float, extra: dict[str, Any]) -> torch.optim.Optimizer:
    return _torch_optimizer(name).make(params, lr, extra)


def change_optimizer_settings(optimizer: torch.optim.Optimizer, name: str, extra: dict[str, Any]) -> None:
    """Optimizer settings changed between steps, as torch's param_group keys, keeping its state
    (and adding what a setting turned on needs)."""
    kind = _torch_optimizer(name)
    for group in optimizer.param_groups:
        group.update(kind.group_values(extra))
    kind.complete_state(optimizer)


def _max_abs(tensors: list[torch.Tensor]) -> list[torch.Tensor]:
    """max |t| of each tensor: NaN or inf when it holds one (one fused call where torch has it)."""
    try:
        return list(torch._foreach_norm(tensors, float("inf")))
    except (RuntimeError, NotImplementedError):  # a backend without the fused kernel
        return [torch.linalg.vector_norm(t, float("inf")) for t in tensors]


@dataclass
class Metrics:
    train_loss: float
    test_loss: float
    train_accuracy: float | None
    test_accuracy: float | None


@dataclass
class _Tensors:
    x_train: torch.Tensor
    y_train: torch.Tensor
    x_test: torch.Tensor
    y_test: torch.Tensor


def data_tensors(data: DataBundle, device: torch.device) -> _Tensors:
    """The data set's arrays on the training device; TrainingError when nothing is left to train on."""
    y_dtype = torch.long if data.shape.task == "classification" else torch.float32
    tensors = _Tensors(
        torch.as_tensor(data.x_train, dtype=torch.float32, device=device),
        torch.as_tensor(data.y_train, dtype=y_dtype, device=device),
        torch.as_tensor(data.x_test, dtype=torch.float32, device=device),
        torch.as_tensor(data.y_test, dtype=y_dtype, device=device),
    )
    if len(tensors.x_train) == 0:
        raise TrainingError(translate("trainer", "The training set is empty: use more samples or a larger training "
                                            "ratio."))
    return tensors


# ----- slow motion's numbers (Trainer.phased_step, GanTrainer.phased_step) ---------------------------
Layers = list[tuple[int, str, list[torch.nn.Parameter]]]  # GraphModule.parameterised()


def recorded_outputs(model: GraphModule, run: Callable[[torch.Tensor], torch.Tensor],
                     x: torch.Tensor) -> tuple[torch.Tensor, dict[int, torch.Tensor]]:
    """`run(x)` with every layer of `model` recorded: (its result, node id -> that layer's output).
    `run` is the module's forward or its flat chain, whose leaves the hooks sit on."""
    from playground.engine.build import output_module

    outputs: dict[int, torch.Tensor] = {}
    handles = [output_module(model.layers[s.key]).register_forward_hook(
        lambda _m, _i, out, nid=s.node_id: outputs.setdefault(nid, out)) for s in model.steps[1:]]
    try:
        out = run(x)
    finally:
        for handle in handles:
            handle.remove()
    outputs[model.input_id], outputs[model.output_id] = x, out
    for s in model.steps[1:]:  # layers a chain skips (identities) pass their input on
        if s.node_id not in outputs and len(s.sources) == 1 and s.sources[0] in outputs:
            outputs[s.node_id] = outputs[s.sources[0]]
    return out, outputs


@torch.no_grad()
def sample_values(phase: Phase, outputs: dict[int, torch.Tensor], row: int = 0) -> None:
    """Put each output's values for sample `row`, and its mean |value| over the batch, into `phase`."""
    for nid, value in outputs.items():
        if isinstance(value, torch.Tensor) and value.is_floating_point():
            phase.activations[nid] = value[row].reshape(-1)[:MAX_VALUES].float().cpu().numpy()
            phase.activation_means[nid] = float(value.abs().mean())


@torch.no_grad()
def gradient_norms(layers: Layers) -> dict[int, float]:
    """Node id -> the norm of its weights' gradient (0 where none was computed)."""
    return {nid: float(torch.linalg.vector_norm(torch.stack(
        [torch.linalg.vector_norm(p.grad) for p in params if p.grad is not None] or [torch.zeros(())])))
        for nid, _, params in layers}


def weights_of(layers: Layers) -> dict[int, list[torch.Tensor]]:
    return {nid: [p.detach().clone() for p in params] for nid, _, params in layers}


@torch.no_grad()
def weight_changes(layers: Layers, before: dict[int, list[torch.Tensor]]) -> dict[int, float]:
    """Node id -> ||its weights now - `before`||."""
    return {nid: float(torch.linalg.vector_norm(torch.stack(
        [torch.linalg.vector_norm(p.detach() - b) for p, b in zip(params, before[nid])])))
        for nid, _, params in layers}


@dataclass
class Trainer:
    """Train one project. Build it with `Trainer.from_project`."""

    project: Project
    data: DataBundle
    model: GraphModule
    objective: Objective
    device: torch.device
    tensors: _Tensors
    callbacks: list[Callback] = field(default_factory=list)
    step_count: int = 0
    diverged: str = ""  # why the run stopped, if it diverged
    _stop: bool = False
    _fused: FusedStep | None = field(default=None, repr=False)  # set by _setup (a GAN has none)

    # ----- construction --------------------------------------------------------------
    @classmethod
    def from_project(cls, project: Project, data: DataBundle | None = None, device: str | None = None,
                     callbacks: list[Callback] | None = None) -> "Trainer":
        project = project.copy()
        settings = project.training
        analysis = analyse(project.graph, project.data.dataset, project.data.params, settings.loss)
        if not analysis.ok:
            raise TrainingError(analysis.first_error())
        if data is None:
            try:
                data = load_dataset(project.data.dataset, project.data.params)
            except DataError as exc:
                raise TrainingError(str(exc)) from None
        dev = resolve_device(device or settings.device)
        torch.manual_seed(settings.weight_seed)  # initial weights (data has its own seed)
        if analysis.gan is not None:  # two networks trained against each other
            from playground.engine.gan import GanTrainer  # it builds on this module

            return GanTrainer.build(project, analysis, data, dev, list(callbacks or []))
        model = GraphModule(project.graph, analysis).to(dev)
        if not any(p.requires_grad for p in model.parameters()):  # torch's optimizers refuse that
            raise TrainingError(translate("Trainer", "The network has nothing to learn: add a layer with weights "
                                          "(Dense, Conv2D, a recurrent layer, ...) between the Input and the "
                                          "Output."))
        loss_params = settings.full_loss_params()
        objective = Objective(settings.loss, analysis.data, output_activation(project.graph, analysis),
                              huber_delta=loss_params.get("delta", 1.0))
        trainer = cls(project, data, model, objective, dev, data_tensors(data, dev), list(callbacks or []))
        trainer._setup()
        return trainer

    def _setup(self) -> None:
        settings = self.project.training
        self.optimizer = make_optimizer(settings.optimizer, self.model.parameters(), settings.learning_rate,
                                        settings.full_optimizer_params())
        # a chain of Dense layers trains through a hand-written numpy step (engine/fused) that
        # shares the parameters' memory; made here, before anything below keeps views of them
        self._fused = fused_step(self)
        # the hot path calls the flat chain directly, and gives BCE its float targets ready-made
        self._net = self.model.sequential if self.model.sequential is not None else self.model
        self._loss = self.objective.training_loss()
        self._x_fit = self.tensors.x_train
        self._y_fit = self.objective.training_targets(self.tensors.y_train)
        self._weights = [p for n, p in self.model.named_parameters() if p.dim() > 1]  # regularized
        self._setup_run()

    def _setup_run(self) -> None:
        """What every trainer keeps besides its optimizers: the batch order, the divergence guard's
        copies of the weights, the per-step hooks, the evaluation caches."""
        self._generator = torch.Generator().manual_seed(self.project.training.weight_seed)
        self._n_train = int(self.tensors.x_train.shape[0])
        self._order = torch.randperm(self._n_train, generator=self._generator)
        self._cursor = 0
        # Switching train()/eval() walks every submodule (~0.1 ms a switch on a small net, three
        # per snapshot: a third of its cost); it only changes anything with such layers.
        self._mode_matters = any(isinstance(m, MODE_DEPENDENT) for m in self.model.modules())
        self._on_cpu = self.device.type == "cpu"
        # every parameter and buffer once (a chain's flat Sequential registers them a second time)
        self._state = list({id(t): t for t in self.model.state_dict(keep_vars=True).values()}.values())
        self._live = [t.detach() for t in self._state]  # views that follow the in-place updates
        self._floats = [t for t in self._live if t.is_floating_point() and t.numel() > 0]
        self._good = [t.detach().clone() for t in self._state]
        self._good_step = 0
        # only the callbacks that override a per-step hook are called on the hot path
        self._after_backward, self._batch_end, self._epoch_end = (
            [getattr(cb, name) for cb in self.callbacks if getattr(type(cb), name) is not getattr(Callback, name)]
            for name in ("on_after_backward", "on_batch_end", "on_epoch_end"))
        self.last_loss: torch.Tensor | None = None
        self._started = False
        self._eval_set: tuple[int, torch.Tensor, torch.Tensor, int] | None = None
        self._cost: NetworkCost | None = None
        # (outputs, targets, training rows) of the last capped evaluation: train rows first
        self.last_eval: tuple[torch.Tensor, torch.Tensor, int] | None = None

    # ----- properties -----------------------------------------------------------------
    @property
    def n_train(self) -> int:
        return self._n_train

    @property
    def batch_size(self) -> int:
        return min(self.project.training.batch_size, self.n_train)

    @property
    def steps_per_epoch(self) -> int:
        return math.ceil(self.n_train / self.batch_size)

    @property
    def epoch(self) -> float:
        """Epochs done, fractional within an epoch."""
        return self._epochs_done + self._cursor / self.n_train

    _epochs_done: int = 0

    # ----- live settings --------------------------------------------------------------
    def set_learning_rate(self, lr: float) -> None:
        lr = catalog.TRAINING_PARAMS.get("learning_rate").coerce(lr)
        self.project.training.learning_rate = lr
        for group in self.optimizer.param_groups:
            group["lr"] = lr

    def set_optimizer(self, name: str, params: dict[str, Any] | None = None) -> None:
        """Change the optimizer or its settings between steps; keeps its state when the kind stays."""
        settings = self.project.training
        extra = catalog.OPTIMIZERS[name].params.complete(params, name)
        if name != settings.optimizer:
            settings.optimizer, settings.optimizer_params = name, dict(params or {})
            self.optimizer = make_optimizer(name, self.model.parameters(), settings.learning_rate, extra)
            return
        settings.optimizer_params = dict(params or {})
        change_optimizer_settings(self.optimizer, name, extra)

    def apply_settings(self, changes: dict[str, Any]) -> None:
        """Live changes between steps: learning rate, batch size, regularization, optimizer."""
        settings = self.project.training
        for name, value in changes.items():
            if name == "learning_rate":
                self.set_learning_rate(value)
            elif name == "optimizer":
                self.set_optimizer(value, changes.get("optimizer_params"))
            elif name == "optimizer_params":
                if "optimizer" not in changes:
                    self.set_optimizer(settings.optimizer, value)
            elif name in ("batch_size", "regularization", "regularization_rate", "epochs"):
                setattr(settings, name, catalog.TRAINING_PARAMS.get(name).coerce(value))
            elif catalog.GAN_PARAMS.get(name) is not None:  # a GAN's own: kept, unused by one network
                setattr(settings, name, catalog.GAN_PARAMS.get(name).coerce(value))
            else:
                raise TrainingError(translate("Trainer", "{name} cannot change during a run: reset instead.").format(
                    name=name))

    def request_stop(self) -> None:
        self._stop = True

    # ----- training ---------------------------------------------------------------------
    def _next_batch(self) -> torch.Tensor:
        n = self._n_train
        if self._cursor >= n:
            self._epochs_done += 1
            self._cursor = 0
            self._order = torch.randperm(n, generator=self._generator)
        end = min(self._cursor + self.project.training.batch_size, n)
        idx = self._order[self._cursor:end]
        self._cursor = end
        return idx

    def _penalty(self) -> torch.Tensor | None:
        settings = self.project.training
        if settings.regularization == "none" or settings.regularization_rate == 0:
            return None
        if settings.regularization == "l1":
            total = sum(w.abs().sum() for w in self._weights)
        else:
            total = sum((w * w).sum() for w in self._weights)
        return settings.regularization_rate * total

    def _autograd_gradients(self, idx: torch.Tensor) -> torch.Tensor:
        out = self._net(self._x_fit[idx])
        loss = self._loss(out, self._y_fit[idx])
        penalty = self._penalty()
        total = loss if penalty is None else loss + penalty
        self.optimizer.zero_grad(set_to_none=True)
        total.backward()
        return loss

    @property
    def fused(self) -> bool:
        """Whether the steps run on the fused path (engine/fused) rather than autograd."""
        return self._fused is not None

    def step(self) -> torch.Tensor:
        """One optimizer step on the next batch; returns the batch loss (a tensor: no sync)."""
        if not self._started:
            self._started = True
            for cb in self.callbacks:
                cb.on_train_start(self)
        idx = self._next_batch()
        if not self._on_cpu:
            idx = idx.to(self.device, non_blocking=True)
        if not self.model.training:  # after an evaluation that needed eval(): see _mode_matters
            self.model.train()
        try:
            if self._fused is not None:
                loss = self._fused.step(idx, self.optimizer, [partial(hook, self) for hook in self._after_backward])
            else:
                loss = self._autograd_gradients(idx)
                for hook in self._after_backward:
                    hook(self)
                self.optimizer.step()
        except Exception as exc:
            for cb in self.callbacks:
                cb.on_exception(self, exc)
            raise
        self._finish_step(loss)
        return loss

    def _finish_step(self, loss: torch.Tensor) -> None:
        self.step_count += 1
        self.last_loss = loss
        for hook in self._batch_end:
            hook(self, loss)
        if self._epoch_end and self._cursor >= self._n_train:  # this batch ended the epoch
            for hook in self._epoch_end:
                hook(self)
        if self.step_count % CHECK_EVERY == 0:
            self.check_finite()

    def phased_step(self) -> Iterator[Phase]:
        """One step as `step()` makes it, in four phases (engine/phases.py), each yielded before the
        next is computed: forward, loss, backward, update. The weights change only in the last;
        closed before it, the trainer is left as it was (the batch is put back)."""
        position = (self._cursor, self._epochs_done, self._order, self._generator.get_state())
        done = False
        try:
            idx = self._next_batch()
            if not self._on_cpu:
                idx = idx.to(self.device, non_blocking=True)
            if not self.model.training:
                self.model.train()
            x, y = self._x_fit[idx], self._y_fit[idx]
            out, outputs = recorded_outputs(self.model, self._net, x)
            phase = Phase("forward", self.step_count, int(len(idx)),
                          learning_rate=float(self.optimizer.param_groups[0]["lr"]))
            sample_values(phase, outputs)
            yield phase

            loss = self._loss(out, y)
            penalty = self._penalty()
            total = loss if penalty is None else loss + penalty
            phase = replace(phase, name="loss", loss=float(loss.detach()),
                            penalty=None if penalty is None else float(penalty.detach()))
            yield phase

            # on the fused path each .grad is a view of its flat buffer (engine/fused/params.py):
            # zeroed in place, autograd adds into it, and the fused steps after this one still see it
            self.optimizer.zero_grad(set_to_none=self._fused is None)
            total.backward()
            for hook in self._after_backward:
                hook(self)
            layers = self.model.parameterised()
            phase = replace(phase, name="backward", grad_norms=gradient_norms(layers))
            yield phase

            before = weights_of(layers)
            self.optimizer.step()
            self._finish_step(loss)
            done = True
            yield replace(phase, name="update", weight_changes=weight_changes(layers, before))
        finally:
            if not done:  # stopped part-way: the next step takes this batch again
                self._cursor, self._epochs_done, self._order = position[:3]
                self._generator.set_state(position[3])

    def check_finite(self) -> bool:
        """Divergence guard: on a non-finite loss or weight, restore the last finite weights."""
        if self.diverged:
            return False
        values = _max_abs(self._floats) if self._floats else []
        if self.last_loss is not None:
            values.append(self.last_loss.detach().float().reshape(()))
        finite = not values or bool(torch.isfinite(torch.stack(values)).all())  # one sync
        if finite:
            torch._foreach_copy_(self._good, self._live)
            self._good_step = self.step_count
            return True
        with torch.no_grad():
            for good, live in zip(self._good, self._state):
                live.copy_(good)
        self.diverged = self.divergence_text()
        self._new_optimizers()  # optimizer state (momentum, Adam moments) may hold NaNs too
        self._stop = True
        return False

    def divergence_text(self) -> str:
        """Why the run stopped, for the window: one whole sentence per trainer kind (a GAN names
        both of its learning rates), so a translation never joins pieces."""
        return translate("Trainer", "Training diverged near step {step}: the loss became infinite or NaN. The "
                         "learning rate ({rate:g}) is probably too high; the weights were restored to step "
                         "{good}.").format(step=self.step_count, rate=self.project.training.learning_rate,
                                           good=self._good_step)

    def rates_text(self) -> str:
        """The learning rate in words, for `playground train`'s own divergence message (English)."""
        return f"learning rate ({self.project.training.learning_rate:g}) is"

    def _new_optimizers(self) -> None:
        settings = self.project.training
        self.optimizer = make_optimizer(settings.optimizer, self.model.parameters(), settings.learning_rate,
                                        settings.full_optimizer_params())

    def run(self, steps: int | None = None, epochs: int | None = None,
            on_progress: Callable[["Trainer"], None] | None = None, progress_every: float = 0.2) -> None:
        """Train until `steps` or `epochs` more are done, a stop is requested, or the run diverges.

        A diverged run stays stopped (its weights were restored, and the guard is off while
        `diverged` is set): clear `diverged`, say after lowering the learning rate, to go on.
        """
        if self.diverged:
            return
        self._stop = False
        target = self.step_count + (steps if steps is not None else (epochs or 0) * self.steps_per_epoch)
        last = time.perf_counter()
        while self.step_count < target and not self._stop:
            self.step()
            if on_progress is not None and time.perf_counter() - last >= progress_every:
                last = time.perf_counter()
                on_progress(self)
        self.check_finite()

    # ----- evaluation ---------------------------------------------------------------------
    def cost(self) -> NetworkCost | None:
        """The network's cost per sample (engine/eval_size.py), measured once from its shapes."""
        if self._cost is None:
            if self._mode_matters:  # a batch of one through BatchNorm in training mode fails
                self.model.eval()
            self._cost = network_cost(self._net, self.tensors.x_train[:1])
        return self._cost

    @torch.no_grad()
    def predict(self, x: torch.Tensor, chunk: int | None = None) -> torch.Tensor:
        """The network's outputs for `x`, in chunks that keep each layer's output small."""
        chunk = chunk or eval_chunk(self.cost())
        if self._mode_matters:
            self.model.eval()
        outs = [self._net(x[i:i + chunk]) for i in range(0, len(x), chunk)]
        return torch.cat(outs) if outs else torch.zeros(0)

    def evaluate(self, limit: int | None = None) -> Metrics:
        """Loss (without regularization) and accuracy on both sets; `limit` caps the samples used."""
        t = self.tensors
        if limit is None:  # a final report: no copy of a whole (maybe large) data set
            out = torch.cat([self.predict(x) for x in (t.x_train, t.x_test) if len(x)])
            return self._metrics(out, torch.cat([t.y_train, t.y_test]), len(t.y_train))
        if 2 * min(limit, len(t.x_train)) > eval_chunk(self.cost()):
            # a pass in several chunks anyway: each set's first rows are read in place, without
            # the copy of both that saves small networks a call
            n_train = min(limit, len(t.y_train))
            out = torch.cat([self.predict(x[:limit]) for x in (t.x_train, t.x_test) if len(x)])
            y = torch.cat([t.y_train[:limit], t.y_test[:limit]])
        else:
            x, y, n_train = self._live_eval_set(limit)
            out = self.predict(x)
        # the views read these outputs again (confusion, results, ...) instead of a second pass
        self.last_eval = (out, y, n_train)
        return self._metrics(out, y, n_train)

    def _live_eval_set(self, limit: int) -> tuple[torch.Tensor, torch.Tensor, int]:
        """Both capped sets in one tensor, made once: the live snapshots score them ~30 times a
        second, and one forward pass over both costs less than two (each torch call is paid)."""
        if self._eval_set is None or self._eval_set[0] != limit:
            t = self.tensors
            x = torch.cat([t.x_train[:limit], t.x_test[:limit]])
            y = torch.cat([t.y_train[:limit], t.y_test[:limit]])
            self._eval_set = (limit, x, y, min(limit, len(t.y_train)))
        return self._eval_set[1:]

    @torch.no_grad()
    def _metrics(self, out: torch.Tensor, y: torch.Tensor, n_train: int) -> Metrics:
        """Metrics from the outputs for the training rows (the first `n_train`), then the test rows."""
        objective = self.objective
        has_test = len(y) > n_train
        nan = torch.full((), math.nan, device=out.device)
        values = [objective(out[:n_train], y[:n_train]), objective(out[n_train:], y[n_train:]) if has_test else nan]
        if objective.classification:
            hits = (objective.probabilities(out).argmax(dim=-1) == y).float()
            values += [hits[:n_train].mean(), hits[n_train:].mean() if has_test else nan]
        numbers = torch.stack([v.float() for v in values]).tolist()  # one sync
        if not objective.classification:
            return Metrics(numbers[0], numbers[1], None, None)
        return Metrics(numbers[0], numbers[1], numbers[2], numbers[3] if has_test else None)
