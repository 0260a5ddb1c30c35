"""Training a GAN: the generator (G) and the discriminator (D) built from the split graph, and
updated in turn, D's k steps then G's, each with its own optimizer.

`GanTrainer` is a `Trainer` to the runner, the probe and `playground train`: `step()` is one
round, `evaluate()` gives D's and G's losses (as the train and test loss a single network shows)
with D's mean score on real and on fake samples, and the divergence guard, the live settings and
the epoch count work as for any run. An epoch is one pass of D over the real training samples.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import torch
from torch import nn
from torch.nn import functional as F

from playground.core import catalog
from playground.core.gan import GanSplit, nothing_to_learn
from playground.core.graph import Graph
from playground.core.i18n import translate
from playground.core.project import Project
from playground.core.shapes import Analysis
from playground.core.task import output_activation
from playground.engine.build import GraphModule
from playground.engine.data import DataBundle
from playground.engine.objective import Objective
from playground.engine.phases import GAN_PHASES, Phase
from playground.engine.trainer import (CHECK_EVERY, Callback, Metrics, Trainer, TrainingError, data_tensors,
                                       gradient_norms, make_optimizer, recorded_outputs, sample_values,
                                       weight_changes, weights_of)

_EPS = 1e-6
FIXED_CHUNK = 4096  # fixed noise is drawn this many at a time

# (D's outputs on real samples, on fake samples) -> D's loss; (D's outputs on fake samples) -> G's loss
DLoss = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
GLoss = Callable[[torch.Tensor], torch.Tensor]


def _part(analysis: Analysis, ids: tuple[int, ...]) -> Analysis:
    """One network of the GAN as an analysis GraphModule builds: its first node is its input."""
    return Analysis(shapes=analysis.shapes, param_counts=analysis.param_counts, data=analysis.data,
                    order=list(ids), input_id=ids[0], output_id=ids[-1])


class GanModule(nn.Module):
    """G and D as two GraphModules; G's output is put into a sample's shape before D reads it."""

    def __init__(self, graph: Graph, analysis: Analysis):
        super().__init__()
        split: GanSplit = analysis.gan
        g_graph = graph.copy()
        if split.input_id is not None:  # the real samples' link into the marker is D's business
            g_graph.remove_node(split.input_id)
        self.generator = GraphModule(g_graph, _part(analysis, split.generator))
        self.discriminator = GraphModule(graph, _part(analysis, split.discriminator))
        self.split = split
        self._g = self.generator.sequential if self.generator.sequential is not None else self.generator
        self._d = self.discriminator.sequential if self.discriminator.sequential is not None else self.discriminator

    def generate(self, z: torch.Tensor) -> torch.Tensor:
        """Fake samples, shaped as the data's, from noise `z` (N, noise_dim)."""
        return self._g(z).reshape(len(z), *self.split.sample_shape)

    def score(self, x: torch.Tensor) -> torch.Tensor:
        """D's raw output (N, 1) on samples `x`."""
        return self._d(x)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.score(self.generate(z))

    def parameterised(self) -> list[tuple[int, str, list[nn.Parameter]]]:
        """(node id, canvas label, parameters) of G's layers with weights, then D's."""
        return self.generator.parameterised() + self.discriminator.parameterised()


@dataclass(frozen=True)
class GanLoss:
    """How D and G are scored from D's raw outputs (logits, or probabilities after a Sigmoid)."""

    d_loss: DLoss
    g_loss: GLoss
    score: Callable[[torch.Tensor], torch.Tensor]  # D's output as "how real": 0..1 for the BCE games


def gan_loss(name: str, activation: str) -> GanLoss:
    """The game `name` (catalog.GAN_LOSSES) for a D whose last activation is `activation`."""
    if name == "least_squares":  # LSGAN: D's score pulled to 1 on real, 0 on fake; G wants 1 on fake
        def ls_d(real: torch.Tensor, fake: torch.Tensor) -> torch.Tensor:
            return 0.5 * ((real - 1).square().mean() + fake.square().mean())

        def ls_g(fake: torch.Tensor) -> torch.Tensor:
            return 0.5 * (fake - 1).square().mean()
        return GanLoss(ls_d, ls_g, lambda out: out)
    if name not in catalog.GAN_LOSSES:
        raise TrainingError(translate("gan", "Unknown GAN loss {name!r}").format(name=name))

    if activation == "Sigmoid":  # D gives probabilities: read them back as logits
        def logits(out: torch.Tensor) -> torch.Tensor:
            return torch.logit(out.clamp(_EPS, 1 - _EPS))
    else:
        def logits(out: torch.Tensor) -> torch.Tensor:
            return out

    # -log D(x) = softplus(-l), -log(1 - D(x)) = softplus(l)
    def bce_d(real: torch.Tensor, fake: torch.Tensor) -> torch.Tensor:
        return F.softplus(-logits(real)).mean() + F.softplus(logits(fake)).mean()

    if name == "minimax":  # G minimises log(1 - D(G(z))), as in the original paper
        def g(fake: torch.Tensor) -> torch.Tensor:
            return -F.softplus(logits(fake)).mean()
    else:  # non-saturating: G minimises -log D(G(z)), strong gradients while D wins
        def g(fake: torch.Tensor) -> torch.Tensor:
            return F.softplus(-logits(fake)).mean()
    return GanLoss(bce_d, g, lambda out: torch.sigmoid(logits(out)))


@dataclass
class GanMetrics(Metrics):
    """A GAN's figures: train_loss is D's loss, test_loss G's (the curves a single network shows)."""

    d_loss: float = math.nan
    g_loss: float = math.nan
    d_real: float = math.nan  # D's mean score on real samples (1 = sure they are real)
    d_fake: float = math.nan  # on G's samples


def _optimizer(name: str, params, lr: float) -> torch.optim.Optimizer:
    return make_optimizer(name, params, lr, catalog.OPTIMIZERS[name].params.complete({}, name))


class GanTrainer(Trainer):
    """Train one GAN project; made by `Trainer.from_project` when the graph has a Noise source."""

    model: GanModule

    @classmethod
    def build(cls, project: Project, analysis: Analysis, data: DataBundle, device: torch.device,
              callbacks: list[Callback]) -> "GanTrainer":
        """`project` is the trainer's own copy, `analysis` its checked GAN; torch is already seeded."""
        empty = nothing_to_learn(analysis)
        if empty:
            raise TrainingError(empty)
        model = GanModule(project.graph, analysis).to(device)
        activation = output_activation(project.graph, analysis)
        objective = Objective("bce", analysis.data, activation)  # D tells real (1) from fake (0)
        trainer = cls(project, data, model, objective, device, data_tensors(data, device), callbacks)
        trainer._setup()
        return trainer

    def _setup(self) -> None:
        settings = self.project.training
        self._g_params = list(self.model.generator.parameters())
        self._d_params = list(self.model.discriminator.parameters())
        self._weights = []  # no weight penalty in a GAN
        self._new_optimizers()
        self._activation = self.objective.output_activation
        self._game = gan_loss(settings.gan_loss, self._activation)
        self._net = self.model._d  # predict(x): D's output on samples
        self._x_fit = self.tensors.x_train
        self._setup_run()
        self._noise_generator = torch.Generator().manual_seed(settings.weight_seed + 1)
        self._eval_noise: torch.Tensor | None = None
        self.last_g_loss: torch.Tensor | None = None
        self.last_metrics: GanMetrics | None = None  # of the last capped evaluation

    def _new_optimizers(self) -> None:
        settings = self.project.training
        self.d_optimizer = _optimizer(settings.d_optimizer, self._d_params, settings.d_learning_rate)
        self.g_optimizer = _optimizer(settings.g_optimizer, self._g_params, settings.g_learning_rate)
        self.optimizer = self.d_optimizer  # what a snapshot's learning rate reads

    def divergence_text(self) -> str:
        settings = self.project.training
        return translate("GanTrainer", "Training diverged near step {step}: the loss became infinite or NaN. The "
                         "learning rates (D {d_rate:g}, G {g_rate:g}) are probably too high; the weights were "
                         "restored to step {good}.").format(step=self.step_count, d_rate=settings.d_learning_rate,
                                                            g_rate=settings.g_learning_rate, good=self._good_step)

    def rates_text(self) -> str:
        settings = self.project.training
        return f"learning rates (D {settings.d_learning_rate:g}, G {settings.g_learning_rate:g}) are"

    # ----- properties ---------------------------------------------------------------------
    @property
    def steps_per_epoch(self) -> int:
        """Rounds in an epoch: each round D reads `d_steps` batches of real samples."""
        return math.ceil(self.n_train / (self.batch_size * self.project.training.d_steps))

    # ----- noise ------------------------------------------------------------------------------
    def noise(self, n: int, generator: torch.Generator | None = None) -> torch.Tensor:
        """`n` draws from the Noise source, on the training device (drawn on the CPU: seeded alike
        on every device)."""
        split = self.model.split
        generator = generator or self._noise_generator
        if split.distribution == "uniform":
            z = torch.rand(n, split.noise_dim, generator=generator) * 2 - 1
        else:
            z = torch.randn(n, split.noise_dim, generator=generator)
        return z if self._on_cpu else z.to(self.device, non_blocking=True)

    def fixed_noise(self, n: int) -> torch.Tensor:
        """The same first `n` noise draws every time (a seed of their own): what the views and the
        live metrics carry through G, so that a change on screen is G's, not the noise's.

        Drawn in chunks of a fixed size from one generator, so asking for more only appends:
        torch's normal sampler gives other numbers for the same seed at another size."""
        if self._eval_noise is None:
            self._fixed_generator = torch.Generator().manual_seed(self.project.training.weight_seed + 2)
            self._eval_noise = self.noise(FIXED_CHUNK, self._fixed_generator)
        while len(self._eval_noise) < n:
            self._eval_noise = torch.cat([self._eval_noise, self.noise(FIXED_CHUNK, self._fixed_generator)])
        return self._eval_noise[:n]

    # ----- live settings ------------------------------------------------------------------
    def apply_settings(self, changes: dict[str, Any]) -> None:
        settings = self.project.training
        for name, value in changes.items():
            spec = catalog.GAN_PARAMS.get(name)
            if spec is None:
                if name in ("learning_rate", "optimizer", "optimizer_params", "regularization",
                            "regularization_rate"):
                    continue  # one network's settings: a GAN has its own (kept in the project)
                super().apply_settings({name: value})
                continue
            value = spec.coerce(value)
            old = getattr(settings, name)
            setattr(settings, name, value)
            if name in ("d_learning_rate", "g_learning_rate"):
                optimizer = self.d_optimizer if name == "d_learning_rate" else self.g_optimizer
                for group in optimizer.param_groups:
                    group["lr"] = value
            elif name in ("d_optimizer", "g_optimizer") and value != old:
                params, lr = ((self._d_params, settings.d_learning_rate) if name == "d_optimizer"
                              else (self._g_params, settings.g_learning_rate))
                made = _optimizer(value, params, lr)
                if name == "d_optimizer":
                    self.d_optimizer = self.optimizer = made
                else:
                    self.g_optimizer = made
            elif name == "gan_loss":
                self._game = gan_loss(value, self._activation)

    # ----- training -------------------------------------------------------------------------
    def step(self) -> torch.Tensor:
        """One round: `d_steps` updates of D on real and fresh fake batches, then `g_steps` of G.
        Returns D's last loss (a tensor: no sync)."""
        if not self._started:
            self._started = True
            for cb in self.callbacks:
                cb.on_train_start(self)
        settings = self.project.training
        model, game = self.model, self._game
        if self._mode_matters and not model.training:
            model.train()
        try:
            for _ in range(settings.d_steps):
                idx = self._next_batch()
                if not self._on_cpu:
                    idx = idx.to(self.device, non_blocking=True)
                real = self._x_fit[idx]
                n = len(real)
                with torch.no_grad():
                    fake = model.generate(self.noise(n))
                out = model.score(torch.cat([real, fake]))  # one pass over both: each torch call costs
                d_loss = game.d_loss(out[:n], out[n:])
                self.d_optimizer.zero_grad(set_to_none=True)
                d_loss.backward()
                for hook in self._after_backward:
                    hook(self)
                self.d_optimizer.step()
            # G's loss flows back through D, whose weights stay out of it: no gradients kept for them
            for p in self._d_params:
                p.requires_grad_(False)
            try:
                for _ in range(settings.g_steps):
                    g_loss = game.g_loss(model(self.noise(self.batch_size)))
                    self.g_optimizer.zero_grad(set_to_none=True)
                    g_loss.backward()
                    self.g_optimizer.step()
            finally:
                for p in self._d_params:
                    p.requires_grad_(True)
        except Exception as exc:
            for cb in self.callbacks:
                cb.on_exception(self, exc)
            raise
        self._finish_round(d_loss, g_loss)
        return d_loss

    def _finish_round(self, d_loss: torch.Tensor, g_loss: torch.Tensor) -> None:
        self.step_count += 1
        self.last_loss = d_loss + g_loss.detach()  # the guard checks both
        self.last_g_loss = g_loss
        for hook in self._batch_end:
            hook(self, d_loss)
        if self._epoch_end and self._cursor >= self._n_train:
            for hook in self._epoch_end:
                hook(self)
        if self.step_count % CHECK_EVERY == 0:
            self.check_finite()

    # ----- slow motion ----------------------------------------------------------------------
    def phased_step(self) -> Iterator[Phase]:
        """One round as `step()` makes it, phase by phase (engine/phases.py GAN_PHASES), each yielded
        before the next is computed: for each of D's steps, G generates a batch, D scores the real
        and fake samples, D's loss, D's gradients, D's update; then for each of G's steps the same
        five, D scoring the fake batch only. The same noise and batches as `step()`, in the same
        order, so a stepped round ends on the same weights. Closed before its end, the trainer is
        put back whole (weights, optimizer states, batch position, noise): D may have moved already."""
        settings = self.project.training
        model, game = self.model, self._game
        k, g = settings.d_steps, settings.g_steps
        saved = self._round_state()
        d_layers, g_layers = model.discriminator.parameterised(), model.generator.parameterised()
        length = len(GAN_PHASES) * (k + g)
        done = False
        try:
            if self._mode_matters and not model.training:
                model.train()
            at = 0
            for turn in range(1, k + 1):
                idx = self._next_batch()
                if not self._on_cpu:
                    idx = idx.to(self.device, non_blocking=True)
                real = self._x_fit[idx]
                n = len(real)
                phase = Phase("generate", self.step_count, n, network="D", turn=turn, turns=k, round_index=at,
                              round_length=length, learning_rate=float(self.d_optimizer.param_groups[0]["lr"]))
                with torch.no_grad():
                    fake = self._recorded_generate(phase, self.noise(n))
                yield phase
                at += 1

                out, d_outputs = recorded_outputs(model.discriminator, model.score, torch.cat([real, fake]))
                phase = self._score_phase(phase, at, d_outputs, out, n, real)
                yield phase
                at += 1

                d_loss = game.d_loss(out[:n], out[n:])
                phase = replace(phase, name="loss", round_index=at, loss=float(d_loss.detach()))
                yield phase
                at += 1

                self.d_optimizer.zero_grad(set_to_none=True)
                d_loss.backward()
                for hook in self._after_backward:
                    hook(self)
                phase = replace(phase, name="backward", round_index=at, grad_norms=gradient_norms(d_layers))
                yield phase
                at += 1

                before = weights_of(d_layers)
                self.d_optimizer.step()
                yield replace(phase, name="update", round_index=at, weight_changes=weight_changes(d_layers, before))
                at += 1
            for p in self._d_params:  # as in step(): G's loss flows back through a D held still
                p.requires_grad_(False)
            for turn in range(1, g + 1):
                phase = Phase("generate", self.step_count, self.batch_size, network="G", turn=turn, turns=g,
                              round_index=at, round_length=length,
                              learning_rate=float(self.g_optimizer.param_groups[0]["lr"]))
                fake = self._recorded_generate(phase, self.noise(self.batch_size))
                yield phase
                at += 1

                out, d_outputs = recorded_outputs(model.discriminator, model.score, fake)
                phase = self._score_phase(phase, at, d_outputs, out, 0, None)
                yield phase
                at += 1

                g_loss = game.g_loss(out)
                phase = replace(phase, name="loss", round_index=at, loss=float(g_loss.detach()))
                yield phase
                at += 1

                self.g_optimizer.zero_grad(set_to_none=True)
                g_loss.backward()
                phase = replace(phase, name="backward", round_index=at, grad_norms=gradient_norms(g_layers))
                yield phase
                at += 1

                before = weights_of(g_layers)
                self.g_optimizer.step()
                if turn == g:
                    for p in self._d_params:
                        p.requires_grad_(True)
                    self._finish_round(d_loss, g_loss)
                    done = True
                yield replace(phase, name="update", round_index=at, weight_changes=weight_changes(g_layers, before))
                at += 1
        finally:
            for p in self._d_params:
                p.requires_grad_(True)
            if not done:
                self._restore_round(saved)

    def _recorded_generate(self, phase: Phase, z: torch.Tensor) -> torch.Tensor:
        """G's samples from `z`, each of G's layers' output for the first put into `phase`."""
        model = self.model
        flat, outputs = recorded_outputs(model.generator, model._g, z)
        fake = flat.reshape(len(z), *model.split.sample_shape)
        sample_values(phase, outputs)
        return fake

    def _score_phase(self, phase: Phase, at: int, outputs: dict[int, torch.Tensor], out: torch.Tensor, n: int,
                     real: torch.Tensor | None) -> Phase:
        """D's scoring: its layers' outputs for the first fake sample (row `n`: the real ones come
        first), D's mean score on the real samples (if any) and on the fake ones."""
        split = self.model.split
        scored = Phase("score", phase.step, phase.batch_size, network=phase.network, turn=phase.turn,
                       turns=phase.turns, round_index=at, round_length=phase.round_length,
                       learning_rate=phase.learning_rate)
        sample_values(scored, outputs, row=n)
        with torch.no_grad():
            scores = self._game.score(out.detach())
            if real is not None:
                if split.input_id is not None:  # the real samples' card: the first of them
                    sample_values(scored, {split.input_id: real})
                scored.real_score = float(scores[:n].mean())
            scored.fake_score = float(scores[n:].mean())
        return scored

    def _round_state(self) -> tuple:
        """What a round changes, copied: put back by `_restore_round` when a slow round is left."""
        return (copy.deepcopy(self.model.state_dict()), copy.deepcopy(self.d_optimizer.state_dict()),
                copy.deepcopy(self.g_optimizer.state_dict()), self._noise_generator.get_state(),
                torch.random.get_rng_state(),  # Dropout's masks come from torch's own generator
                self._cursor, self._epochs_done, self._order, self._generator.get_state())

    def _restore_round(self, saved: tuple) -> None:
        model_state, d_state, g_state, noise, masks, *position = saved
        torch.random.set_rng_state(masks)
        self.model.load_state_dict(model_state)
        self.d_optimizer.load_state_dict(d_state)
        self.g_optimizer.load_state_dict(g_state)
        self._noise_generator.set_state(noise)
        self._cursor, self._epochs_done, self._order = position[:3]
        self._generator.set_state(position[3])

    # ----- evaluation ---------------------------------------------------------------------
    @torch.no_grad()
    def evaluate(self, limit: int | None = None) -> GanMetrics:
        """D's and G's losses, and D's mean score on real and fake samples: the first `limit`
        training samples (all without one) against as many samples of G from fixed noise."""
        if self._mode_matters:
            self.model.eval()
        real = self.tensors.x_train[:limit] if limit is not None else self.tensors.x_train
        n = len(real)
        fake = self.model.generate(self.fixed_noise(n))
        out = self.model.score(torch.cat([real, fake]))
        game = self._game
        scores = game.score(out)
        numbers = torch.stack([game.d_loss(out[:n], out[n:]), game.g_loss(out[n:]),
                               scores[:n].mean(), scores[n:].mean()]).float().tolist()  # one sync
        d_loss, g_loss, d_real, d_fake = numbers
        metrics = GanMetrics(d_loss, g_loss, None, None, d_loss, g_loss, d_real, d_fake)
        if limit is not None:  # a snapshot's: its views read these figures again
            self.last_metrics = metrics
        return metrics


__all__ = ["GanLoss", "GanMetrics", "GanModule", "GanTrainer", "gan_loss"]
