"""The window side of `playground bench`: the real main window, measured in a child process.

`python -m playground.ui.bench_window live|startup --out FILE ...` writes one JSON object to
FILE. `playground.bench` starts these children so that its own process stays free of Qt.

- live: a MainWindow training a project with the default process runner and every plot live;
  it measures the training speed the window receives, how often each plot repaints, how late a
  16 ms timer fires on the GUI thread, and resident memory before and after many steps.
- startup: `playground.app.main()` itself, as a user starts it; it times the first painted
  window and the first training step, with Play pressed at once or after the worker is warm.

Module-level imports are standard library only, and Qt is imported inside the functions: the
training worker is spawned, so it re-imports this module as its `__main__`, and must not pay
for Qt there (the app's own worker does not).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable

log = logging.getLogger(__name__)

TICK_MS = 16  # the probe timer: one frame at 60 Hz
SETTLE_SECONDS = 0.5  # after Play, before measuring: the first snapshots and layout passes
SLOW_SNAPSHOT_BOUND = 30.0  # seconds a stretch may run on to see two snapshots
WAIT_LIMIT = 60.0  # seconds a child may wait for the worker before it gives up


# ----- results (plain data: the parent reads them back from JSON) ---------------------------------
@dataclass
class Lateness:
    """How late a 16 ms single-shot timer fired, re-armed on each firing (ms)."""

    ticks: int = 0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0


@dataclass
class LiveResult:
    runner: str = ""
    platform: str = ""
    presenter: bool = False  # measured in presenter mode (large type, side panels hidden)
    seconds: float = 0.0  # length of the measured window
    steps: int = 0  # steps the window saw the worker take in it
    steps_per_epoch: int = 0
    steps_per_second: float = 0.0
    epochs_per_second: float = 0.0
    snapshots_per_second: float = 0.0  # snapshots that reached the window
    shown_per_second: float = 0.0  # distinct latest snapshots drawn (the `latest` signal)
    repaints_per_second: dict[str, float] = field(default_factory=dict)  # per plot view, while visible
    lateness: Lateness = field(default_factory=Lateness)
    gui_cpu_cores: float | None = None  # CPU time of the window's process / wall time
    worker_cpu_cores: float | None = None
    snapshot_handling_ms_p50: float = 0.0  # the window's own slot for the latest snapshot
    snapshot_handling_ms_p99: float = 0.0  # (boundary image, canvas thumbnails, read-out)
    memory_steps: int = 0  # steps between the two memory readings
    memory_seconds: float = 0.0
    gui_rss_before_mb: float | None = None
    gui_rss_after_mb: float | None = None
    worker_rss_before_mb: float | None = None
    worker_rss_after_mb: float | None = None
    gui_rss_peak_mb: float | None = None
    worker_rss_peak_mb: float | None = None


@dataclass
class StartupRun:
    """Monotonic clock readings (time.monotonic(), shared by the processes on one machine)."""

    mode: str  # "at-once": Play pressed as soon as the window is shown; "warm": after READY
    main_started: float = 0.0  # this module began to run (after the interpreter started)
    imports_done: float = 0.0  # Qt, pyqtgraph, numpy and the window's modules imported
    first_paint: float = 0.0  # the main window received its first paint event
    shown: float = 0.0  # that first paint pass was over
    worker_ready: float | None = None  # the worker said READY (torch imported and warmed)
    play_pressed: float = 0.0
    first_step: float = 0.0  # a snapshot with step >= 1 reached the window
    first_step_number: int = 0


# ----- small helpers --------------------------------------------------------------------------
def rss_mb(pid: int | None = None) -> float | None:
    """Resident memory of a process in MB (VmRSS in /proc); None where there is no /proc."""
    try:
        with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except (OSError, ValueError, IndexError):
        return None
    return None


def cpu_seconds(pid: int | None = None) -> float | None:
    """User + system CPU time of a process (/proc/<pid>/stat), None where there is no /proc."""
    try:
        with open(f"/proc/{pid or 'self'}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    except (OSError, ValueError, IndexError):
        return None


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (no numpy needed here)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(q / 100.0 * len(ordered))))
    return ordered[rank - 1]


def _write(path: str, result: Any) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump(asdict(result), out, indent=2)


def _wait(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    """Run the event loop until `predicate` holds (the loop keeps painting meanwhile)."""
    from PySide6.QtCore import QEventLoop, QTimer

    end = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: loop.quit() if predicate() or time.monotonic() >= end else None)
    timer.start()
    if not predicate():
        loop.exec()
    timer.stop()
    if not predicate():
        raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {what}")


def _run_for(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


# ----- probes ---------------------------------------------------------------------------------
def _make_probes():
    """The Qt classes, defined once Qt is imported (see the module docstring)."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer

    class PaintCounter(QObject):
        """Counts real repaints (QEvent.Paint) of the views it is installed on."""

        def __init__(self) -> None:
            super().__init__()
            self.counts: dict[str, int] = {}
            self._names: dict[int, str] = {}

        def watch(self, name: str, widget) -> None:
            self._names[id(widget)] = name
            self.counts[name] = 0
            widget.installEventFilter(self)

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint:
                name = self._names.get(id(obj))
                if name is not None:
                    self.counts[name] += 1
            return False

        def take(self) -> dict[str, int]:
            counts = dict(self.counts)
            self.counts = dict.fromkeys(self.counts, 0)
            return counts

    class LatenessProbe(QObject):
        """A precise 16 ms single-shot timer, re-armed as it fires: lateness = fired - armed - 16 ms.

        A precise timer, so that Qt's own 5% slack for coarse timers is not counted: what is
        left is time the GUI thread was busy (painting, handling snapshots) when it was due.
        """

        def __init__(self) -> None:
            super().__init__()
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self._fired)
            self.late_ms: list[float] = []
            self._armed = 0.0

        def start(self) -> None:
            self.late_ms = []
            self._arm()

        def _arm(self) -> None:
            self._armed = time.perf_counter()
            self.timer.start(TICK_MS)

        def _fired(self) -> None:
            self.late_ms.append(max(0.0, (time.perf_counter() - self._armed) * 1000.0 - TICK_MS))
            self._arm()

        def stop(self) -> Lateness:
            self.timer.stop()
            late = self.late_ms
            return Lateness(len(late), percentile(late, 50), percentile(late, 99), max(late, default=0.0))

    return PaintCounter, LatenessProbe


# ----- live: the window training with every plot on -------------------------------------------------
def _plot_views(window) -> dict[str, Any]:
    """Each live plot's graphics views (the widgets that repaint), named for the report."""
    from PySide6.QtWidgets import QGraphicsView

    views: dict[str, Any] = {}
    widgets = {"curves": window.curves, "gradients": window.gradients, **window.views.widgets}
    for name, widget in widgets.items():
        found = widget.findChildren(QGraphicsView)
        for i, view in enumerate(found):
            views[f"{name}[{i}]" if len(found) > 1 else name] = view.viewport()
        if not found:  # a view drawn with plain widgets (a table): its own repaints
            views[name] = widget
    views["canvas"] = window.view.viewport()  # neuron thumbnails and weight-coloured links
    return views


class _SnapshotLog:
    """What reaches the window: snapshot batches, and how long the window's own slot took.

    Connected after the window's own slots, so it runs after them: the controller emits
    snapshots_arrived, then latest, so from on_batch to on_latest is the window's slot for the
    latest snapshot (boundary image, canvas thumbnails, read-out).
    """

    def __init__(self, controller) -> None:
        self.received: list[tuple[float, int]] = []  # (time, newest step) per batch
        self.snapshots = 0
        self.shown = 0
        self.handling_ms: list[float] = []
        controller.snapshots_arrived.connect(self.on_batch)
        controller.latest.connect(self.on_latest)

    def on_batch(self, snaps: list) -> None:
        self.received.append((time.perf_counter(), snaps[-1].step))
        self.snapshots += len(snaps)

    def on_latest(self, _snap) -> None:
        self.shown += 1
        self.handling_ms.append((time.perf_counter() - self.received[-1][0]) * 1000.0)

    def clear(self) -> None:
        self.received, self.handling_ms, self.snapshots, self.shown = [], [], 0, 0


def _explain_a_pixel(window) -> None:
    """Give the explain view work while it trains, as a student would: the arithmetic of a pixel
    in the middle of the first feature map (or of the first neuron of the first Dense layer)."""
    task = window.task
    graph = window.document.project.graph
    if task is not None and task.map_layers:
        window.views.choose("explain", {"node": task.map_layers[0], "neuron": 0, "row": 2, "col": 2})
        return
    dense = sorted(nid for nid, node in graph.nodes.items() if node.kind == "Dense")
    if dense:
        window.explain_neuron(dense[0], 0)


def _tab_phases(window, every_view: bool) -> list[tuple[int | None, Any]]:
    """(top tab index, bottom tab widget) to show in turn: the loss curves, then the gradients;
    with `every_view`, each tab of both areas, so that every view draws in its turn."""
    bottom = window.plot_tabs
    if not every_view:
        return [(None, window.curves), (None, window.gradients)]
    top = window.views.top_tabs
    turns = max(top.count(), bottom.count())
    return [(i % top.count() if top.count() else None, bottom.widget(i % bottom.count())) for i in range(turns)]


def _measure_stretch(window, worker_pid: int | None, seconds: float, result: LiveResult,
                     every_view: bool = False) -> None:
    """Training speed, repaints, timer lateness and CPU use over `seconds` of training.

    The tabs in front change in turns (a hidden tab is not painted): half the time the loss
    curves, half the gradients, or with `every_view` each view of the task in its turn; the
    canvas and the large view area throughout. A view's repaints are counted while in front.
    """
    PaintCounter, LatenessProbe = _make_probes()
    snaps = _SnapshotLog(window.controller)
    painter = PaintCounter()
    for name, viewport in _plot_views(window).items():
        painter.watch(name, viewport)
    probe = LatenessProbe()
    _run_for(SETTLE_SECONDS)  # the first snapshots and layout passes of the run

    snaps.clear()
    painter.take()
    cpu_before = cpu_seconds(), cpu_seconds(worker_pid) if worker_pid else None
    phases = _tab_phases(window, every_view)
    shown: dict[str, float] = {}  # seconds each view was in front
    painted: dict[str, int] = {}
    probe.start()
    started = time.perf_counter()
    for top_index, bottom in phases:
        if top_index is not None:
            window.views.top_tabs.setCurrentIndex(top_index)
        window.plot_tabs.setCurrentWidget(bottom)
        begun = time.perf_counter()
        _run_for(seconds / len(phases))
        counts = painter.take()
        for name, viewport in _plot_views(window).items():
            if viewport.isVisible():
                shown[name] = shown.get(name, 0.0) + time.perf_counter() - begun
                painted[name] = painted.get(name, 0) + counts.get(name, 0)
    # A heavy network on a loaded machine may publish less than twice in a short stretch (the
    # quick bench's CIFAR-scale CNN): train on until two snapshots give a speed, within a bound.
    deadline = started + max(SLOW_SNAPSHOT_BOUND, 4 * seconds)
    while len(snaps.received) < 2 and time.perf_counter() < deadline:
        _run_for(0.25)
    ended = time.perf_counter()
    result.lateness = probe.stop()
    cpu_after = cpu_seconds(), cpu_seconds(worker_pid) if worker_pid else None
    window.plot_tabs.setCurrentWidget(window.curves)

    result.seconds = ended - started
    if None not in cpu_before and None not in cpu_after:
        result.gui_cpu_cores = (cpu_after[0] - cpu_before[0]) / result.seconds
        result.worker_cpu_cores = (cpu_after[1] - cpu_before[1]) / result.seconds
    if len(snaps.received) < 2:
        raise RuntimeError("fewer than two snapshots reached the window while it trained")
    (t0, s0), (t1, s1) = snaps.received[0], snaps.received[-1]
    result.steps, result.steps_per_epoch = s1 - s0, window.controller.snapshot.steps_per_epoch
    result.steps_per_second = (s1 - s0) / (t1 - t0)
    result.epochs_per_second = result.steps_per_second / result.steps_per_epoch
    result.snapshots_per_second = snaps.snapshots / result.seconds
    result.shown_per_second = snaps.shown / result.seconds
    result.snapshot_handling_ms_p50 = percentile(snaps.handling_ms, 50)
    result.snapshot_handling_ms_p99 = percentile(snaps.handling_ms, 99)
    for name, seconds_shown in shown.items():
        result.repaints_per_second[name] = painted[name] / seconds_shown


def _train_until(controller, steps: int, timeout: float, worker_pid: int | None) -> tuple[float, float]:
    """Keep training (plots live) until the run has `steps` steps; the peak RSS of both processes."""
    from playground.engine.snapshot import RUNNING

    peaks = [0.0, 0.0]

    def done() -> bool:
        peaks[0] = max(peaks[0], rss_mb() or 0.0)
        peaks[1] = max(peaks[1], (rss_mb(worker_pid) if worker_pid else None) or 0.0)
        return controller.snapshot.step >= steps or controller.state != RUNNING

    _wait(done, timeout, f"{steps:,} training steps")
    if controller.state != RUNNING:
        raise RuntimeError(f"training stopped early (state {controller.state})")
    return peaks[0], peaks[1]


def live(args: argparse.Namespace) -> LiveResult:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from playground.core.project import load_project
    from playground.engine.snapshot import RUNNING
    from playground.ui.document import Document
    from playground.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    # The window's settings go to a file of the parent's temporary folder, not the user's: QSettings
    # writes it when it is destroyed, after anything this process could clean up.
    settings = QSettings(args.settings, QSettings.Format.IniFormat)
    window = MainWindow(runner=None, document=Document(load_project(args.project)), settings=settings)
    result = LiveResult(platform=app.platformName())
    try:
        window.show()
        window.start_worker()
        ctl = window.controller
        result.runner = type(ctl.runner).__name__
        _wait(lambda: ctl.ready and ctl.snapshot is not None, WAIT_LIMIT, "the worker to load the run")
        if args.every_view:
            _explain_a_pixel(window)
        if args.presenter:
            window.presenter.enter()
            result.presenter = window.presenter.active
        _run_for(0.3)  # let the first layout and paints settle
        worker_pid = getattr(ctl.runner, "pid", None)
        result.gui_rss_before_mb = rss_mb()
        result.worker_rss_before_mb = rss_mb(worker_pid) if worker_pid else None
        start_step = ctl.snapshot.step

        played = time.perf_counter()
        window.toggle_play()
        if ctl.state != RUNNING:
            raise RuntimeError(f"Play did not start training (state {ctl.state})")
        _measure_stretch(window, worker_pid, args.seconds, result, every_view=args.every_view)

        # Memory: go on training with the plots live up to the step count.
        budget = WAIT_LIMIT + 10 * args.memory_steps / max(1.0, result.steps_per_second)
        gui_peak, worker_peak = _train_until(ctl, start_step + args.memory_steps, budget, worker_pid)
        result.memory_steps = ctl.snapshot.step - start_step
        result.memory_seconds = time.perf_counter() - played
        result.gui_rss_after_mb = rss_mb()
        result.worker_rss_after_mb = rss_mb(worker_pid) if worker_pid else None
        if result.gui_rss_after_mb is not None:
            result.gui_rss_peak_mb = max(gui_peak, result.gui_rss_before_mb, result.gui_rss_after_mb)
        if result.worker_rss_after_mb is not None:
            result.worker_rss_peak_mb = max(worker_peak, result.worker_rss_before_mb, result.worker_rss_after_mb)
        window.toggle_play()  # pause before closing, as a user would
    finally:
        window.document.undo_stack.setClean()  # no "save changes?" prompt
        window.close()
    return result


# ----- startup: playground.app.main() as a user starts it -------------------------------------------
def startup(args: argparse.Namespace, main_started: float) -> StartupRun:
    from playground.app import preload

    preload()  # what launch() does first, before this child's own Qt imports below
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from playground.engine.snapshot import RUNNING

    run = StartupRun(mode=args.mode, main_started=main_started)
    # app.main() uses this application when one exists; creating it here lets the probe below
    # watch from the first event on. Everything else is the app's own start-up path.
    app = QApplication([sys.argv[0]])

    class StartupProbe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.window = None
            self.error = ""

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
            if (self.window is None and event.type() == QEvent.Type.Paint and obj.isWidgetType()
                    and isinstance(obj.window(), QMainWindow)):
                run.first_paint = time.monotonic()
                self.window = obj.window()
                app.removeEventFilter(self)  # an application-wide filter costs every event
                QTimer.singleShot(0, self.shown)  # runs once this paint pass is over
            return False

        def shown(self) -> None:
            run.shown = time.monotonic()
            ctl = self.window.controller
            ctl.worker_ready.connect(lambda _devices: setattr(run, "worker_ready", time.monotonic()))
            ctl.latest.connect(self.snapshot)
            if args.mode == "warm":
                # after READY and the first run loaded (its paused snapshot came), then idle a moment
                self.when(lambda: ctl.ready and ctl.snapshot is not None, 0.2, self.press)
            else:
                # at once; only the start_worker() call queued right after show() must have run,
                # as it will have for any real key press
                self.when(lambda: ctl.runner.alive, 0.0, self.press)

        def when(self, predicate: Callable[[], bool], delay: float, then: Callable[[], None]) -> None:
            if predicate():
                QTimer.singleShot(int(delay * 1000), then)
            else:
                QTimer.singleShot(1, lambda: self.when(predicate, delay, then))

        def press(self) -> None:
            run.play_pressed = time.monotonic()
            self.window.toggle_play()
            if self.window.controller.state != RUNNING:
                self.fail(f"Play did not start training (state {self.window.controller.state})")

        def snapshot(self, snap) -> None:
            if run.play_pressed and not run.first_step and snap.step >= 1:
                run.first_step, run.first_step_number = time.monotonic(), snap.step
                self.finish()

        def fail(self, message: str) -> None:
            self.error = message
            self.finish()

        def finish(self) -> None:
            if self.window is None:
                app.quit()
                return
            self.window.document.undo_stack.setClean()
            self.window.close()  # stops and joins the worker; the last window closed ends app.exec()

    probe = StartupProbe()
    app.installEventFilter(probe)
    QTimer.singleShot(int(WAIT_LIMIT * 1000), lambda: probe.fail(f"no first step within {WAIT_LIMIT:.0f} s"))

    from playground.app import main as app_main
    import playground.ui.main_window  # noqa: F401  (app_main imports it first thing: timed apart here)

    run.imports_done = time.monotonic()
    app_main([])
    if probe.error:
        raise RuntimeError(probe.error)
    return run


# ----- command line -----------------------------------------------------------------------------
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m playground.ui.bench_window")
    sub = parser.add_subparsers(dest="what", required=True)
    live_cmd = sub.add_parser("live", help="train in the window with every plot live")
    live_cmd.add_argument("--project", required=True)
    live_cmd.add_argument("--seconds", type=float, default=10.0)
    live_cmd.add_argument("--memory-steps", type=int, default=200_000)
    live_cmd.add_argument("--settings", required=True, help="an .ini file for the window's settings")
    live_cmd.add_argument("--every-view", action="store_true", help="bring each view's tab to the front in "
                          "turn (else the loss curves, then the gradients)")
    live_cmd.add_argument("--presenter", action="store_true", help="train in presenter mode (F5)")
    live_cmd.add_argument("--out", required=True)
    start_cmd = sub.add_parser("startup", help="start the app as a user does, press Play")
    start_cmd.add_argument("--mode", choices=("at-once", "warm"), default="at-once")
    start_cmd.add_argument("--out", required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    main_started = time.monotonic()
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        result = live(args) if args.what == "live" else startup(args, main_started)
    except (RuntimeError, TimeoutError) as exc:
        print(f"bench window: {exc}", file=sys.stderr)
        return 1
    _write(args.out, result)
    return 0


if __name__ == "__main__":  # the spawned training worker imports this module too
    sys.exit(main())
