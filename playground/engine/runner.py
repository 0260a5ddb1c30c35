"""Run a trainer off the caller's thread: commands go in, snapshots and errors come out.

Two implementations behind one interface (docs/ARCHITECTURE.md has the measurements):
- ProcessRunner (the app's default): a spawned worker process, started once and kept warm,
  that imports torch itself. Painting in the GUI process cannot slow it down through the GIL.
- ThreadRunner: the same loop on a thread, for tests and where processes are unwelcome.

This module must not import torch at import time: the GUI process imports it.
Each command takes effect before the next training step: the caller bumps a shared counter
that the worker compares after every step (a memory read, no system call).
"""

from __future__ import annotations

import logging
import math
import multiprocessing as mp
import os
import queue
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from playground.core import i18n
from playground.core.i18n import translate
from playground.engine.pacing import Pacer
from playground.engine.snapshot import (DIVERGED, FAILED, FINISHED, IDLE, PAUSED, RUNNING, RunError,
                                        RunStatus, Snapshot)

log = logging.getLogger(__name__)

READY = "ready"
# Sent by the worker as it starts a new run (load, reset, unload): whatever it sent before was
# about the old run, and may still be on its way to a window that has cleared that run's plots.
REBUILT = "rebuilt"
PONG = "pong"  # the answer to a ping: the worker is alive and reading its commands
PUBLISH_INTERVAL = 0.03  # seconds between snapshots while running (time-based, ~30 ms: docs/ARCHITECTURE.md)
SNAPSHOT_SHARE = 0.05  # snapshots may take at most this share of the worker's time
# ...but the plots still move at least this often. A costly snapshot (a CNN on CIFAR-sized images:
# ~40 ms with its live evaluation sized by engine/eval_size.py) stretches the interval to a second
# in a worker process, where a longer wait keeps the 5 % share; a thread worker's snapshot cost is
# inflated by waiting for the GIL while the GUI paints, which alone would make it publish once a
# second, so a thread worker keeps a shorter bound
MAX_PUBLISH_INTERVAL = 1.0
THREAD_MAX_PUBLISH_INTERVAL = 0.25

Message = Snapshot | RunError | RunStatus


@dataclass
class WorkerInfo:
    """Sent once when the worker is warm: what it can run on."""

    devices: list[str] = field(default_factory=list)
    warmup_seconds: float = 0.0


@dataclass
class Exported:
    """The answer to an export command: the file written, or why it was not (a sentence)."""

    kind: str  # "weights" | "onnx"
    path: str
    error: str = ""


# ----- the worker side ----------------------------------------------------------------------
class Channel:
    """What the worker loop needs from its transport."""

    def receive(self, timeout: float | None) -> list[tuple]: ...  # commands waiting (blocks up to timeout)
    def send(self, message: Any) -> None: ...
    def interrupted(self) -> bool: ...  # a command was sent that receive() has not returned yet
    def caller_alive(self) -> bool: ...


def _warm_up() -> None:
    """Import torch and run one tiny optimizer step, so the first real Play is instant."""
    import torch

    model = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))
    for opt_cls in (torch.optim.SGD, torch.optim.Adam):
        opt = opt_cls(model.parameters(), lr=0.01)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(model(torch.zeros(3, 2)).squeeze(-1),
                                                                    torch.zeros(3))
        loss.backward()
        opt.step()
    import playground.engine.probes  # noqa: F401  (imports the trainer, builder and data modules)


class WorkerLoop:
    """The command loop: owns one Trainer at a time and publishes snapshots of it."""

    def __init__(self, channel: Channel, clock: Callable[[], float] = time.perf_counter,
                 max_interval: float = MAX_PUBLISH_INTERVAL):
        """`clock`: monotonic seconds, for the publishing interval, the step rate and the pace
        (tests pass a fake one to measure the pace in steps, not in wall-clock time).
        `max_interval`: the longest wait between snapshots while running."""
        self.channel = channel
        self.clock = clock
        self.max_interval = max_interval
        self.pacer = Pacer()  # the speed control: steps a second, None for as fast as it goes
        self._published_at = -math.inf
        self._phases = None  # the slow-motion step under way: Trainer.phased_step()
        self.trainer = None
        self.probe = None
        self.project_dict: dict | None = None
        self.device: str | None = None
        self.state = IDLE
        self.interval = PUBLISH_INTERVAL
        self._rate_steps, self._rate_time = 0, clock()
        self.steps_per_second = 0.0

    # -- commands
    def _build(self, weights: str | None = None) -> None:
        from playground.core.project import project_from_dict
        from playground.engine.probes import Probe
        from playground.engine.trainer import Trainer, TrainingError

        self.trainer = self.probe = None
        try:
            project = project_from_dict(self.project_dict)
            self.trainer = Trainer.from_project(project, device=self.device)
            self.probe = Probe(self.trainer)
        except (TrainingError, ValueError) as exc:
            self._fail(str(exc), exc)
            return
        except Exception as exc:  # a bug or an out-of-memory: still a message, not a dead worker
            self._fail(translate("WorkerLoop", "The network could not be built: {error}").format(error=exc), exc)
            return
        if weights:
            self._start_from(weights)
        self.state = PAUSED
        self.steps_per_second = 0.0
        self._publish()

    def _start_from(self, weights: str) -> None:
        """Put a weights file's values into the new run (continuing a saved training)."""
        from playground.engine.export.source import ExportError
        from playground.engine.export.weights import load_weights

        try:
            load_weights(self.trainer.model, self.trainer.project.graph, weights)
        except ExportError as exc:
            self.channel.send(RunError(translate("WorkerLoop", "{error} This run starts from new weights.").format(
                error=exc)))
            return
        self.trainer.check_finite()  # the divergence guard restores to these weights, not the seeded ones

    def _fail(self, message: str, exc: BaseException | None = None) -> None:
        detail = "".join(traceback.format_exception(exc)) if exc is not None else ""
        log.info("run failed: %s", message)
        self.state = FAILED if self.trainer is None else PAUSED
        self.channel.send(RunError(message, detail))

    def handle(self, command: tuple) -> bool:
        """Apply one command; returns False when the loop should end."""
        name, args = command[0], command[1:]
        if name == "quit":
            return False
        if name == "ping":
            self.channel.send(RunStatus(PONG))
            return True
        if name not in ("slow_step", "view", "speed", "export"):
            self._drop_phases()  # anything that trains, rebuilds or changes settings ends slow motion
        if name in ("load", "reset", "unload"):
            self.channel.send(RunStatus(REBUILT))
        if name == "load":
            self.project_dict, self.device = args[0], args[1]
            self._build(weights=args[2] if len(args) > 2 else None)
            return True
        if name == "reset":
            if self.project_dict is not None:
                self._build()
            return True
        if name == "unload":  # the network left the canvas: nothing to train until a new load
            self.trainer = self.probe = self.project_dict = None
            self.state = IDLE
            return True
        if name == "export":
            self._export(*args)
            return True
        if name == "speed":
            self._set_speed(args[0])
            return True
        if self.trainer is None:
            if name in ("play", "step", "step_epoch", "slow_step"):
                self.channel.send(RunError(translate("WorkerLoop", "There is no network to train yet: fix the "
                                                     "problems shown first.")))
            return True
        if name == "slow_step":
            self._slow_step()
            return True
        if name == "play":
            # After a divergence the weights were restored to finite values: playing again (say,
            # with a lower learning rate) continues from them.
            self.trainer.diverged = ""
            self.state = RUNNING
            self.pacer.restart()
            self._rate_steps, self._rate_time = self.trainer.step_count, self.clock()
            self.channel.send(RunStatus(RUNNING, device=str(self.trainer.device)))
        elif name == "pause":
            if self.state == RUNNING:
                self.state = PAUSED
                self._publish()
        elif name in ("step", "step_epoch"):
            # like play: continue from the restored weights (a set flag would also switch the
            # divergence guard off, and the next bad step would spoil them)
            self.trainer.diverged = ""
            self.state = PAUSED
            steps = args[0] if name == "step" else self._steps_to_epoch_end()
            self._train(steps)
            self._publish()
        elif name == "set":
            try:
                self.trainer.apply_settings(args[0])
            except Exception as exc:
                self._fail(str(exc), exc)
        elif name == "set_weight":
            if self._set_weight(*args) and self.state != RUNNING:
                self._publish()  # a paused run shows the edited weight at once
        elif name == "view":
            # a choice made in a view (e.g. the sample whose feature maps to show): a paused run
            # shows it at once, a running one with its next snapshot
            if self.probe.configure(args[0], args[1]) and self.state != RUNNING:
                self._publish()
        return True

    def _set_weight(self, node_id: int, unit: int, index: int, value: float) -> bool:
        """One weight of a Dense layer (unit `unit`, from input `index`) set to `value`, as the
        student typed it on the canvas; the run trains on from it."""
        import torch

        try:
            weight = self.trainer.model.layers[str(node_id)][0].weight
            with torch.no_grad():
                weight[unit, index] = float(value)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
            self.channel.send(RunError(translate("WorkerLoop", "That weight is not in this run any more ({error}); "
                                                 "nothing changed.").format(error=exc)))
            return False
        self.trainer.check_finite()  # the divergence guard restores to these weights, not the old ones
        return True

    def _export(self, kind: str, path: str) -> None:
        """Write the run's network (its weights, or an ONNX file) where the user chose."""
        if self.trainer is None:
            self.channel.send(Exported(kind, path, translate("WorkerLoop", "There is no network to export yet: fix "
                                                             "the problems shown first.")))
            return
        from playground.engine.export.command import export_run
        from playground.engine.export.source import ExportError

        try:
            export_run(self.trainer, kind, path)
        except ExportError as exc:
            self.channel.send(Exported(kind, path, str(exc)))
        except Exception as exc:  # a bug: still a sentence in the window, the details in the log
            log.warning("export failed", exc_info=True)
            failed = (translate("WorkerLoop", "The weights could not be exported: {error}") if kind == "weights"
                      else translate("WorkerLoop", "The onnx could not be exported: {error}"))
            self.channel.send(Exported(kind, path, failed.format(error=exc)))
        else:
            self.channel.send(Exported(kind, path))

    def _slow_step(self) -> None:
        """The next phase of a step in slow motion (a new step after the last phase; a GAN's: a round)."""
        self.state = PAUSED if self.state == RUNNING else self.state
        if self._phases is None:
            self.trainer.diverged = ""  # as a step: go on from the restored weights
            self._phases = self.trainer.phased_step()
        try:
            phase = next(self._phases)
        except Exception as exc:
            self._phases = None
            self._fail(translate("WorkerLoop", "Training stopped with an error: {error}").format(error=exc), exc)
            return
        self.channel.send(phase)
        if phase.last:
            self._phases.close()
            self._phases = None
            self._publish()  # the weights changed: every view shows the step's result

    def _drop_phases(self) -> None:
        if self._phases is not None:
            self._phases.close()  # puts the batch back: the weights never changed
            self._phases = None

    def _set_speed(self, rate: float | None) -> None:
        try:
            self.pacer.set_rate(rate)
        except (TypeError, ValueError) as exc:
            self.channel.send(RunError(translate("WorkerLoop", "That speed cannot be used: {error}.").format(
                error=exc)))
        self.steps_per_second = 0.0  # the readout measures the new pace afresh

    def _steps_to_epoch_end(self) -> int:
        t = self.trainer
        done = t._cursor if t._cursor < t.n_train else 0
        return max(1, -(-(t.n_train - done) // t.batch_size))

    # -- training
    def _train(self, steps: int | None, deadline: float | None = None) -> None:
        trainer, channel = self.trainer, self.channel
        limit = trainer.project.training.epochs
        clock = self.clock
        done = 0
        try:
            while True:
                if limit and trainer.epoch >= limit:  # checked first too: play at the limit trains nothing
                    self.state = FINISHED
                    return
                trainer.step()
                done += 1
                if trainer.diverged:
                    self.state = DIVERGED
                    return
                if limit and trainer.epoch >= limit:
                    self.state = FINISHED
                    return
                if channel.interrupted() or (steps is not None and done >= steps):
                    return
                if deadline is not None and clock() >= deadline:
                    return
        except Exception as exc:
            self._fail(translate("WorkerLoop", "Training stopped with an error: {error}").format(error=exc), exc)

    def _publish(self) -> None:
        from playground.engine.trainer import TrainingError

        trainer = self.trainer
        trainer.check_finite()
        if trainer.diverged:
            self.state = DIVERGED
        now = self.clock()
        if self.state == RUNNING and now > self._rate_time:
            steps = trainer.step_count - self._rate_steps
            rate = steps / (now - self._rate_time)
            # smooth the readout so it does not flicker
            self.steps_per_second = rate if self.steps_per_second == 0 else 0.7 * self.steps_per_second + 0.3 * rate
        self._rate_steps, self._rate_time = trainer.step_count, now
        message = trainer.diverged
        if self.state == FINISHED:
            message = translate("WorkerLoop", "Finished: reached the limit of {epochs} epochs.").format(
                epochs=trainer.project.training.epochs)
        try:
            snap = self.probe.snapshot(self.state, message, self.steps_per_second)
        except (TrainingError, RuntimeError) as exc:
            self._fail(translate("WorkerLoop", "Could not measure the network: {error}").format(error=exc), exc)
            return
        cost = self.clock() - now
        self.interval = min(self.max_interval, max(PUBLISH_INTERVAL, cost / SNAPSHOT_SHARE))
        self._published_at = now
        self.channel.send(snap)

    def _train_for_a_while(self) -> float:
        """Train while running: for one publishing interval, or the steps due at the set speed;
        publish when the interval is up. Returns how long the loop may wait for a command."""
        trainer, pacer = self.trainer, self.pacer
        now = self.clock()
        if pacer.unlimited:
            self._train(None, deadline=now + self.interval)
        else:
            due = pacer.due(now)
            if due:
                before = trainer.step_count
                self._train(due, deadline=now + self.interval)
                pacer.took(trainer.step_count - before)
        if self.trainer is None or self.state == FAILED:
            return 0.0
        if self.state != RUNNING or self.clock() - self._published_at >= self.interval:
            self._publish()
        return pacer.wait(self.clock()) if self.state == RUNNING else 0.0

    def serve(self) -> None:
        started = time.perf_counter()
        try:
            _warm_up()
            from playground.engine.trainer import available_devices

            devices = available_devices()
        except Exception as exc:  # torch missing or broken: say so instead of dying silently
            self.channel.send(RunError(translate("WorkerLoop", "The training engine could not start: {error}").format(
                                       error=exc),
                                       "".join(traceback.format_exception(exc))))
            devices = []
        self.channel.send(WorkerInfo(devices, time.perf_counter() - started))
        self.channel.send(RunStatus(READY))
        while True:
            if self.state == RUNNING and self.trainer is not None:
                # between paced steps the wait is for a command, never a sleep: a pause or a
                # new speed is answered at once
                commands = self.channel.receive(self._train_for_a_while())
                if not self.channel.caller_alive():
                    return
            else:
                commands = self.channel.receive(0.5)
                if not commands and not self.channel.caller_alive():
                    return
            for command in commands:
                if not self.handle(command):
                    return


# ----- the caller side ----------------------------------------------------------------------
class Runner:
    """The interface the GUI and tests use; subclasses choose where the loop runs."""

    def start(self) -> None:
        raise NotImplementedError

    def _send(self, *command: Any) -> None:
        raise NotImplementedError

    def poll(self) -> list[Message | WorkerInfo]:
        """Every message waiting, oldest first; never blocks."""
        raise NotImplementedError

    def close(self, timeout: float = 1.0) -> None:
        raise NotImplementedError

    def kill(self) -> None:
        """Stop the worker now, without asking it (it died or stopped answering); nothing more
        is reported about it."""
        self.close(timeout=0.0)

    @property
    def alive(self) -> bool:
        raise NotImplementedError

    @property
    def exit_code(self) -> int | None:
        """How the worker ended (negative: the signal that ended a process); None if unknown."""
        return None

    def load(self, project, device: str | None = None, weights: str | None = None) -> None:
        """Build a fresh run of `project` (a core Project); the worker gets a plain-data copy. With
        `weights` (a weights file) the run starts from them, else from the seeded weights."""
        self._send("load", project.to_dict(), device, weights)

    def play(self) -> None:
        self._send("play")

    def pause(self) -> None:
        self._send("pause")

    def step(self, steps: int = 1) -> None:
        self._send("step", steps)

    def step_epoch(self) -> None:
        self._send("step_epoch")

    def reset(self) -> None:
        self._send("reset")

    def unload(self) -> None:
        """Drop the run: the worker keeps no network until the next load."""
        self._send("unload")

    def ping(self) -> None:
        """Ask for a sign of life (answered with RunStatus(PONG) between two training steps)."""
        self._send("ping")

    def set(self, **changes: Any) -> None:
        """Live settings: learning_rate, batch_size, regularization(_rate), epochs, optimizer(_params)."""
        self._send("set", changes)

    def slow_step(self) -> None:
        """The next phase of one step in slow motion (forward, loss, backward, update): a `Phase`
        (engine/phases.py) answers each; after the update, a snapshot. Any other command that trains
        or rebuilds ends it, a step left part-way changing nothing."""
        self._send("slow_step")

    def set_speed(self, steps_per_second: float | None) -> None:
        """Pace the training at most this many steps a second (None: as fast as it goes); kept
        across runs until changed."""
        self._send("speed", steps_per_second)

    def export(self, kind: str, path: str) -> None:
        """Write the run's weights ("weights") or network ("onnx") to `path`; an `Exported` answers."""
        self._send("export", kind, path)

    def set_weight(self, node_id: int, unit: int, index: int, value: float) -> None:
        """Set one weight of Dense layer `node_id` (its unit `unit`, from input `index`) in the run."""
        self._send("set_weight", node_id, unit, index, value)

    def configure_view(self, view: str, **options: Any) -> None:
        """Pass a choice made in a view (such as the sample to look into) to that view's probe."""
        self._send("view", view, options)

    def wait_for(self, predicate: Callable[[Any], bool], timeout: float = 30.0) -> list:
        """Poll until a message satisfies `predicate` (headless use and tests); returns all messages seen."""
        seen: list = []
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            batch = self.poll()
            seen.extend(batch)
            if any(predicate(m) for m in batch):
                return seen
            if not batch:
                self._idle_wait(min(0.01, max(0.0, end - time.monotonic())))
        raise TimeoutError(f"no matching message from the training worker within {timeout} s")

    def _idle_wait(self, seconds: float) -> None:
        time.sleep(seconds)

    def __enter__(self) -> "Runner":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _PipeChannel(Channel):
    def __init__(self, conn, interrupt):
        self.conn, self.interrupt = conn, interrupt
        self.received = 0  # commands returned by receive(); the caller counts those it sent
        parent = mp.parent_process()
        self.parent = parent

    def receive(self, timeout: float | None) -> list[tuple]:
        commands = []
        try:
            if self.conn.poll(timeout):
                while self.conn.poll():
                    commands.append(self.conn.recv())
        except (EOFError, OSError):
            return [("quit",)]
        self.received += len(commands)
        return commands

    def send(self, message: Any) -> None:
        try:
            self.conn.send(message)
        except (BrokenPipeError, OSError):
            pass  # the caller went away; caller_alive() ends the loop

    def interrupted(self) -> bool:
        # The caller bumps its count just after sending, so a command can be received before it is
        # counted: only a count ahead of ours means one is waiting (comparing with the count read
        # before receiving cut `step(5)` short after 1 step whenever the worker was that quick).
        return self.interrupt.value > self.received

    def caller_alive(self) -> bool:
        return self.parent is None or self.parent.is_alive()


def worker_threads() -> int:
    """Torch threads for the worker process: every core but one, which the window keeps.

    Torch's default takes every core, and its threads spin-wait for each other: measured on a
    2-core machine with another process busy (as the window is while it paints), 2 threads
    trained the default net at 180-650 steps/s against 5,000-6,700 with 1, and a small CNN at
    40-80 against 400-780; with the machine idle 2 threads were no faster than 1.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores - 1)


def _process_main(conn, interrupt, log_level: int, language: str = i18n.ENGLISH) -> None:
    logging.basicConfig(level=log_level, format="%(levelname)s worker %(name)s: %(message)s")
    i18n.install_catalog(language)  # the worker's messages in the window's language, without Qt
    # before torch loads (it reads this once); a value the user set wins
    os.environ.setdefault("OMP_NUM_THREADS", str(worker_threads()))
    WorkerLoop(_PipeChannel(conn, interrupt)).serve()
    conn.close()
    logging.shutdown()
    os._exit(0)  # skip torch's slow interpreter teardown: the window closes within a second


class ProcessRunner(Runner):
    def __init__(self) -> None:
        self._ctx = mp.get_context("spawn")  # fork would copy the GUI's Qt state into the worker
        self._process = None
        self._conn = None
        self._interrupt = None
        self._dead_reported = False

    def start(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        parent_conn, child_conn = self._ctx.Pipe()
        self._interrupt = self._ctx.RawValue("i", 0)
        self._process = self._ctx.Process(target=_process_main, name="playground-trainer",
                                          args=(child_conn, self._interrupt, logging.getLogger().level,
                                                i18n.current_language()),
                                          daemon=True)
        self._process.start()
        child_conn.close()
        self._conn = parent_conn
        self._dead_reported = False

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def exit_code(self) -> int | None:
        return self._process.exitcode if self._process is not None else None

    def _send(self, *command: Any) -> None:
        if self._conn is None:
            self.start()
        try:
            self._conn.send(command)
            self._interrupt.value += 1
        except (BrokenPipeError, OSError):
            pass  # reported by poll()

    def poll(self) -> list:
        messages: list = []
        if self._conn is None:
            return messages
        try:
            while self._conn.poll():
                messages.append(self._conn.recv())
        except (EOFError, OSError):
            pass
        if self._process is not None and not self._process.is_alive() and not self._dead_reported:
            self._dead_reported = True
            code = self._process.exitcode
            messages.append(RunError(translate("ProcessRunner", "The training worker stopped unexpectedly (exit code "
                                               "{code}). Press Reset to start a new one.").format(code=code),
                                     f"exit code {code}"))
        return messages

    def restart(self) -> None:
        self.close()
        self.start()

    def close(self, timeout: float = 1.0) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is None:
            return
        try:
            conn.send(("quit",))
            self._interrupt.value += 1
        except (BrokenPipeError, OSError):
            pass
        process.join(timeout)
        if process.is_alive():
            process.terminate()
            process.join(0.5)
        if process.is_alive():
            process.kill()
            process.join(0.5)
        conn.close()
        if not process.is_alive():  # close() refuses a process that is still running
            process.close()

    def kill(self) -> None:
        # no polite "quit" and no waiting: a stopped (SIGSTOP) or hung process never reads it,
        # and terminate() waits until it runs again
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is None:
            return
        process.kill()
        process.join(2.0)
        conn.close()
        if not process.is_alive():
            process.close()


class _QueueChannel(Channel):
    """One thread's mailboxes. Each thread gets its own: a thread left behind (hung, then
    replaced) must neither read the next one's commands nor send it its snapshots."""

    def __init__(self) -> None:
        self.inbox: queue.Queue = queue.Queue()
        self.outbox: queue.Queue = queue.Queue()
        self.sent = 0  # commands the caller put in the inbox
        self.closed = False  # the caller asked this thread to end
        self.received = 0  # as in _PipeChannel

    def receive(self, timeout: float | None) -> list[tuple]:
        commands = []
        try:
            commands.append(self.inbox.get(timeout=timeout) if timeout else self.inbox.get_nowait())
            while True:
                commands.append(self.inbox.get_nowait())
        except queue.Empty:
            pass
        self.received += len(commands)
        return commands

    def send(self, message: Any) -> None:
        self.outbox.put(message)

    def interrupted(self) -> bool:
        return self.sent > self.received

    def caller_alive(self) -> bool:
        return not self.closed


class ThreadRunner(Runner):
    def __init__(self) -> None:
        self._channel = _QueueChannel()
        self._thread: threading.Thread | None = None
        self._dead_reported = False

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._dead_reported = False
        # fresh mailboxes: commands meant for an earlier thread (the 'quit' of close(), or
        # whatever was sent after it died) must not reach this one
        self._channel = _QueueChannel()
        self._thread = threading.Thread(target=self._main, args=(self._channel,), name="playground-trainer",
                                        daemon=True)
        self._thread.start()

    def _main(self, channel: _QueueChannel) -> None:
        WorkerLoop(channel, max_interval=THREAD_MAX_PUBLISH_INTERVAL).serve()

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _send(self, *command: Any) -> None:
        if self._thread is None:
            self.start()
        self._channel.inbox.put(command)
        self._channel.sent += 1

    def poll(self) -> list:
        messages = []
        outbox = self._channel.outbox
        try:
            while True:
                messages.append(outbox.get_nowait())
        except queue.Empty:
            pass
        if self._thread is not None and not self._thread.is_alive() and not self._channel.closed \
                and not self._dead_reported:
            self._dead_reported = True
            messages.append(RunError(translate("ThreadRunner", "The training worker stopped unexpectedly. Press "
                                               "Reset to start a new one.")))
        return messages

    def close(self, timeout: float = 1.0) -> None:
        thread, channel = self._thread, self._channel
        if thread is None:
            return
        channel.closed = True
        channel.inbox.put(("quit",))
        channel.sent += 1
        if timeout > 0:
            thread.join(timeout)
        if thread.is_alive() and timeout > 0:
            # a thread cannot be killed: it is left to end at its next command check
            log.warning("the training thread did not stop within %.1f s", timeout)
        self._thread = None


def make_runner(kind: str | None = None) -> Runner:
    """'process' (default) or 'thread'; PLAYGROUND_RUNNER overrides the default."""
    kind = kind or os.environ.get("PLAYGROUND_RUNNER", "process")
    if kind == "thread":
        return ThreadRunner()
    if kind == "process":
        return ProcessRunner()
    raise ValueError(f"unknown runner kind {kind!r} (use 'process' or 'thread')")
