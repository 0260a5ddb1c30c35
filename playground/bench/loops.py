"""The torch side of `playground bench`: a bare hand-written loop against the app's engine.

Both train the same problem in this process, in alternating rounds (docs/ARCHITECTURE.md: this machine
drifts 15-30% between runs, so only figures measured side by side are compared). The engine
runs inside the worker's own command loop (`WorkerLoop.serve`), fed by a scripted channel
instead of a pipe, so it steps, checks and publishes snapshots exactly as the app's worker does.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F

from playground.core.project import Project
from playground.engine.data import load_dataset
from playground.engine.runner import WorkerLoop, Channel, worker_threads
from playground.engine.snapshot import RUNNING, RunError, RunStatus, Snapshot
from playground.engine.trainer import Trainer

from playground.bench.reference import (BATCH_SIZE, HIDDEN, LEARNING_RATE, REFERENCE_SEED,
                                        digits_cnn_project, gan_ring_project, reference_project)

log = logging.getLogger(__name__)


class BenchError(RuntimeError):
    """A measurement could not be made; the message says which and why."""


@dataclass
class Speed:
    """Steps done in a measured time, and what that is in epochs."""

    steps: int
    seconds: float
    steps_per_epoch: int
    steps_per_second: float = 0.0
    epochs_per_second: float = 0.0
    epoch_seconds: float = 0.0
    snapshots_per_second: float | None = None  # the engine only

    def __post_init__(self) -> None:
        rate = self.steps / self.seconds if self.seconds > 0 else 0.0
        self.steps_per_second = rate
        self.epochs_per_second = rate / self.steps_per_epoch
        self.epoch_seconds = 1.0 / self.epochs_per_second if self.epochs_per_second else math.inf

    @staticmethod
    def total(parts: list["Speed"]) -> "Speed":
        """All rounds together (steps over seconds, not a mean of rates)."""
        snaps = [p.snapshots_per_second * p.seconds for p in parts if p.snapshots_per_second is not None]
        seconds = sum(p.seconds for p in parts)
        return Speed(sum(p.steps for p in parts), seconds, parts[0].steps_per_epoch,
                     snapshots_per_second=sum(snaps) / seconds if snaps else None)


@dataclass
class Comparison:
    """Bare loop and engine, measured in alternating rounds on one device."""

    device: str
    threads: int
    bare: Speed
    engine: Speed
    ratio: float = 0.0  # engine speed / bare speed
    rounds_bare: list[float] = field(default_factory=list)  # steps/s of each round
    rounds_engine: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ratio = self.engine.steps_per_second / self.bare.steps_per_second


@dataclass
class SameMaths:
    """Both loops from the same seeds for a few hundred steps: do they compute the same thing?"""

    steps: int
    max_weight_difference: float
    bare_loss: float
    engine_loss: float


# ----- the bare loop ------------------------------------------------------------------------
class BareLoop:
    """What a student would write by hand: a model, an optimizer, shuffled mini-batches.

    The batch order uses the engine's recipe (a CPU generator seeded like the project, a new
    permutation each epoch), so that from the same seeds both loops make identical steps.
    """

    def __init__(self, net: nn.Module, optimizer: torch.optim.Optimizer,
                 loss: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
                 x: torch.Tensor, y: torch.Tensor, batch_size: int, seed: int):
        self.net, self.optimizer, self.loss = net, optimizer, loss
        self.x, self.y, self.batch_size = x, y, batch_size
        self.device = x.device
        self.generator = torch.Generator().manual_seed(seed)
        self.n = len(x)
        self.steps_per_epoch = math.ceil(self.n / batch_size)
        self.last_loss = torch.zeros(())

    def epoch(self, steps: int | None = None) -> int:
        order = torch.randperm(self.n, generator=self.generator)
        if self.device.type != "cpu":
            order = order.to(self.device, non_blocking=True)
        done = 0
        for start in range(0, self.n, self.batch_size):
            if steps is not None and done >= steps:
                break
            idx = order[start:start + self.batch_size]
            loss = self.loss(self.net(self.x[idx]), self.y[idx])
            self.optimizer.zero_grad(set_to_none=True)
            loss.backward()
            self.optimizer.step()
            done += 1
        self.last_loss = loss.detach()
        return done

    def run(self, seconds: float) -> Speed:
        """Whole epochs until `seconds` have passed (the clock is read once an epoch)."""
        clock = time.perf_counter
        steps, start = 0, clock()
        end = start + seconds
        while clock() < end:
            steps += self.epoch()
        _sync(self.device)
        return Speed(steps, clock() - start, self.steps_per_epoch)


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def bare_reference() -> BareLoop:
    data = load_dataset("spiral", reference_project().data.params)  # the app's generator, numbers only
    x = torch.as_tensor(data.x_train, dtype=torch.float32)
    y = torch.as_tensor(data.y_train).float()
    torch.manual_seed(REFERENCE_SEED)
    widths = (x.shape[1], *HIDDEN)
    layers: list[nn.Module] = []
    for a, b in zip(widths, widths[1:]):
        layers += [nn.Linear(a, b), nn.Tanh()]
    net = nn.Sequential(*layers, nn.Linear(widths[-1], 1))
    optimizer = torch.optim.SGD(net.parameters(), lr=LEARNING_RATE)

    def bce(out: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        # what Objective does for "bce" with a linear output: the output is a logit
        return F.binary_cross_entropy_with_logits(out.reshape(-1), target)

    return BareLoop(net, optimizer, bce, x, y, BATCH_SIZE, REFERENCE_SEED)


def bare_digits_cnn(project: Project, device: torch.device) -> BareLoop:
    """The digits_cnn example written by hand: conv 8, pool, conv 16, pool, dense 10, Adam."""
    data = load_dataset(project.data.dataset, project.data.params)
    x = torch.as_tensor(data.x_train, dtype=torch.float32, device=device)
    y = torch.as_tensor(data.y_train, dtype=torch.long, device=device)
    t = project.training
    torch.manual_seed(t.weight_seed)
    side = x.shape[-1] // 4  # two 2x2 poolings
    net = nn.Sequential(
        nn.Conv2d(x.shape[1], 8, 3, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 3, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(16 * side * side, 10),
    ).to(device)
    optimizer = torch.optim.Adam(net.parameters(), lr=t.learning_rate)
    return BareLoop(net, optimizer, F.cross_entropy, x, y, t.batch_size, t.weight_seed)


class BareGanLoop(BareLoop):
    """A GAN trained by hand: each round one D step on a real batch and G's samples (scored in one
    pass, as the engine does), then one G step with the non-saturating loss; Adam for both."""

    def __init__(self, g: nn.Module, d: nn.Module, g_lr: float, d_lr: float, x: torch.Tensor,
                 noise_dim: int, batch_size: int, seed: int):
        d_optimizer = torch.optim.Adam(d.parameters(), lr=d_lr)
        super().__init__(d, d_optimizer, F.binary_cross_entropy_with_logits, x, x, batch_size, seed)
        self.g, self.d, self.noise_dim = g, d, noise_dim
        self.g_optimizer = torch.optim.Adam(g.parameters(), lr=g_lr)
        self.noise = torch.Generator().manual_seed(seed + 1)

    def epoch(self, steps: int | None = None) -> int:
        order = torch.randperm(self.n, generator=self.generator)
        done = 0
        for start in range(0, self.n, self.batch_size):
            if steps is not None and done >= steps:
                break
            real = self.x[order[start:start + self.batch_size]]
            n = len(real)
            with torch.no_grad():
                fake = self.g(torch.randn(n, self.noise_dim, generator=self.noise))
            out = self.d(torch.cat([real, fake]))
            d_loss = F.softplus(-out[:n]).mean() + F.softplus(out[n:]).mean()
            self.optimizer.zero_grad(set_to_none=True)
            d_loss.backward()
            self.optimizer.step()
            z = torch.randn(self.batch_size, self.noise_dim, generator=self.noise)
            g_loss = F.softplus(-self.d(self.g(z))).mean()
            self.g_optimizer.zero_grad(set_to_none=True)
            g_loss.backward()
            self.g_optimizer.step()
            done += 1
        self.last_loss = d_loss.detach()
        return done


def _mlp(widths: tuple[int, ...]) -> nn.Sequential:
    layers: list[nn.Module] = []
    for a, b in zip(widths, widths[1:]):
        layers += [nn.Linear(a, b), nn.ReLU()]
    return nn.Sequential(*layers[:-1])  # the last layer is linear


def bare_gan_ring(project: Project) -> BareGanLoop:
    """The gan_ring example written by hand: G 2-16-16-2 and D 2-16-16-1, ReLU, Adam."""
    data = load_dataset(project.data.dataset, project.data.params)
    x = torch.as_tensor(data.x_train, dtype=torch.float32)
    t = project.training
    torch.manual_seed(t.weight_seed)
    g, d = _mlp((2, 16, 16, 2)), _mlp((2, 16, 16, 1))
    return BareGanLoop(g, d, t.g_learning_rate, t.d_learning_rate, x, 2, t.batch_size, t.weight_seed)


def compare_gan_ring(rounds: int, seconds: float, warmup: float) -> Comparison:
    project = gan_ring_project()
    return compare(lambda: bare_gan_ring(project), project, "cpu", rounds, seconds, warmup)


# ----- the engine, driven through the worker's loop -----------------------------------------
MIN_SNAPSHOTS = 3  # a rate needs two; the first after a (re)build can come late (first CUDA calls)
GRACE = 30.0  # seconds past the planned end to wait for them


class _ScriptedChannel(Channel):
    """Stands in for the worker's pipe: load + play, then quit after `seconds` of training."""

    def __init__(self, project: Project, device: str, seconds: float):
        self._commands: list[tuple] = [("load", project.to_dict(), device), ("play",)]
        self.seconds = seconds
        self.end: float | None = None
        self.points: list[tuple[float, int]] = []  # (time, step) of each running snapshot
        self.error: RunError | None = None

    def receive(self, timeout: float | None) -> list[tuple]:
        if self._commands:
            commands, self._commands = self._commands, []
            return commands
        now = time.perf_counter()
        if self.error is not None or (self.end is not None and now >= self.end
                                      and (len(self.points) >= MIN_SNAPSHOTS or now >= self.end + GRACE)):
            return [("quit",)]
        return []

    def send(self, message) -> None:
        now = time.perf_counter()
        if isinstance(message, RunStatus) and message.state == RUNNING:
            self.end = now + self.seconds
        elif isinstance(message, Snapshot) and message.state == RUNNING:
            self.points.append((now, message.step))
        elif isinstance(message, RunError):
            self.error = message

    def interrupted(self) -> bool:
        return False

    def caller_alive(self) -> bool:
        return True


def run_engine(project: Project, device: str, seconds: float) -> Speed:
    """Train `project` in the worker's loop for `seconds`; speed between the first and last snapshot."""
    channel = _ScriptedChannel(project, device, seconds)
    loop = WorkerLoop(channel)
    loop.serve()
    if channel.error is not None:
        raise BenchError(f"the engine could not train the bench problem: {channel.error.message}")
    if len(channel.points) < 2:
        raise BenchError("the engine published fewer than two snapshots while training")
    (t0, s0), (t1, s1) = channel.points[0], channel.points[-1]
    return Speed(s1 - s0, t1 - t0, loop.trainer.steps_per_epoch,
                 snapshots_per_second=(len(channel.points) - 1) / (t1 - t0))


def compare(make_bare: Callable[[], BareLoop], project: Project, device: str, rounds: int,
            seconds: float, warmup: float) -> Comparison:
    """Alternate bare and engine rounds of `seconds` each, after a short unmeasured warm-up of both."""
    return compare_with(make_bare, lambda s: run_engine(project, device, s), device, rounds, seconds, warmup)


def compare_with(make_bare: Callable[[], BareLoop], other: Callable[[float], Speed], device: str,
                 rounds: int, seconds: float, warmup: float) -> Comparison:
    """Alternate rounds of the bare loop and of `other` (given the seconds to run), `seconds` each,
    after a short unmeasured warm-up of both; `other` is the Comparison's `engine`."""
    threads_before = torch.get_num_threads()
    threads = worker_threads()  # the app's worker process runs with this many torch threads
    torch.set_num_threads(threads)
    try:
        make_bare().run(warmup)
        other(warmup)
        bare, engine = [], []
        for _ in range(rounds):
            bare.append(make_bare().run(seconds))
            engine.append(other(seconds))
    finally:
        torch.set_num_threads(threads_before)
    return Comparison(device, threads, Speed.total(bare), Speed.total(engine),
                      rounds_bare=[s.steps_per_second for s in bare],
                      rounds_engine=[s.steps_per_second for s in engine])


class TrainCommand:
    """`playground train PROJECT --steps N --quiet` run in this process (its output kept aside),
    N chosen from the last run's speed to last about the seconds asked. The time counted is the
    command's whole call: reading the file, building the trainer, training with the command's
    own loop (its blow-up watch once an epoch), and the final evaluation; not the interpreter's
    start-up, which a `playground train` in a shell pays once."""

    def __init__(self, project_path: Path, steps_per_epoch: int):
        self.project_path, self.steps_per_epoch = project_path, steps_per_epoch
        self.steps_per_second = 2000.0  # a first guess; each run corrects it

    def __call__(self, seconds: float) -> Speed:
        from playground import cli

        steps = max(self.steps_per_epoch, int(self.steps_per_second * seconds))
        output = io.StringIO()
        clock = time.perf_counter
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            start = clock()
            code = cli.main(["train", str(self.project_path), "--steps", str(steps), "--quiet"])
            elapsed = clock() - start
        if code != 0:
            tail = " ".join(output.getvalue().strip().splitlines()[-3:])
            raise BenchError(f"`playground train` failed on the bench problem (exit code {code}): {tail}")
        speed = Speed(steps, elapsed, self.steps_per_epoch)
        self.steps_per_second = speed.steps_per_second
        return speed


def compare_train_command(project_path: Path, rounds: int, seconds: float, warmup: float) -> Comparison:
    """`playground train` on the reference problem against the bare loop, in alternating rounds."""
    command = TrainCommand(project_path, bare_reference().steps_per_epoch)
    return compare_with(bare_reference, command, "cpu", rounds, seconds, warmup)


def compare_tf_playground(rounds: int, seconds: float, warmup: float) -> Comparison:
    """TensorFlow Playground's update rule (tfplayground.py) on the reference problem's data, network,
    batch and learning rate, against the bare loop, in alternating rounds."""
    from playground.bench.tfplayground import PlaygroundLoop

    data = load_dataset("spiral", reference_project().data.params)

    def playground_loop(s: float) -> Speed:
        return PlaygroundLoop(data.x_train, data.y_train, HIDDEN, LEARNING_RATE, BATCH_SIZE,
                              seed=REFERENCE_SEED).run(s)

    return compare_with(bare_reference, playground_loop, "cpu", rounds, seconds, warmup)


def compare_reference(rounds: int, seconds: float, warmup: float) -> Comparison:
    return compare(bare_reference, reference_project(), "cpu", rounds, seconds, warmup)


def compare_digits_cnn(device: str, rounds: int, seconds: float, warmup: float) -> Comparison:
    project = digits_cnn_project(device)
    return compare(lambda: bare_digits_cnn(project, torch.device(device)), project, device, rounds,
                   seconds, warmup)


def same_maths(steps: int = 300) -> SameMaths:
    """Train both from the same seeds; the weights should agree to float32 rounding."""
    trainer = Trainer.from_project(reference_project(), device="cpu")
    trainer.run(steps=steps)
    bare = bare_reference()
    done = 0
    while done < steps:
        done += bare.epoch(steps - done)
    engine_params = list((trainer.model.sequential or trainer.model).parameters())
    bare_params = list(bare.net.parameters())
    if [p.shape for p in engine_params] != [p.shape for p in bare_params]:
        raise BenchError("the bare network and the engine's network have different layers")
    diff = max(float((a.detach() - b.detach()).abs().max()) for a, b in zip(engine_params, bare_params))
    return SameMaths(steps, diff, float(bare.last_loss), float(trainer.last_loss.detach()))


def cuda_available() -> bool:
    return torch.cuda.is_available()


def torch_version() -> str:
    return torch.__version__
