"""`playground bench`: training speed, window smoothness, start-up and memory, side by side.

1. a bare hand-written torch loop on the reference problem (see reference.py);
2. the app's engine on the same problem, publishing its snapshots as the worker does (a chain of
   Dense layers like this one trains on the fused path, engine/fused); `playground train` on it;
   and TensorFlow Playground's own update rule as a numpy loop (tfplayground.py);
3. the real main window training it with every plot live (in a child process);
4. start-up of the app as a user starts it (fresh child processes);
5. resident memory before and after many steps in the window;
6. a small CNN on the digits, engine against a bare loop, where a CUDA GPU is present;
7. the task views: the digits CNN in the window on the CPU with every view drawing in turn,
   against a bare loop of the same CNN;
8. course scale (course.py): a 784-64-64-10 MLP on 60,000 MNIST-shaped images and a small CNN on
   50,000 CIFAR-shaped images, from files the bench writes: loading time, the worker's peak
   memory over the data's size, and the window's epoch time with every view live against a bare
   loop (--quick: a tenth of the images); then the same on CUDA where a GPU is present, each
   against a bare loop on the GPU (the project's device set to cuda, as the app runs it).
9. a GAN: the ring GAN example in the window on the CPU with every view drawing in turn, against
   a bare torch GAN loop of the same two networks.
10. presenter mode: the window training the reference problem with large type and the side
    panels hidden (F5), as in front of a class.

Every speed figure is compared with the bare loop measured in the same run (docs/ARCHITECTURE.md: this
machine varies 15-30% between runs). The table goes to stdout, progress to stderr; --json FILE
also writes every figure; --section PART measures one part alone (PARTS: `--section gan` for
section 9). The exit code is 0 when every measurement was made (targets missed
or not: a benchmark reports, it does not gate), 1 when one could not be made.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from playground.bench import machine
from playground.bench.reference import REFERENCE_TEXT, digits_cnn_project, gan_ring_project, reference_project
from playground.bench.report import SKIPPED, Section, Target, format_table, format_value, to_json

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Plan:
    """How long each part runs."""

    quick: bool
    rounds: int  # alternating bare/engine rounds
    round_seconds: float
    warmup_seconds: float
    live_seconds: float  # the window's measured stretch
    memory_steps: int
    startup_runs: int  # of each kind (Play at once, Play after warm-up)
    course_scale: float  # of the course-scale data sets' sizes


FULL = Plan(False, rounds=3, round_seconds=2.5, warmup_seconds=0.5, live_seconds=10.0,
            memory_steps=200_000, startup_runs=3, course_scale=1.0)
QUICK = Plan(True, rounds=1, round_seconds=1.2, warmup_seconds=0.2, live_seconds=2.0,
             memory_steps=5_000, startup_runs=1, course_scale=0.1)
FULL_MEMORY_STEPS = FULL.memory_steps  # the target is stated for this many steps


# issue #5's targets, and #16's for the fused path: figure, comparison, bound, unit
TARGETS: dict[str, tuple[str, str, float, str]] = {
    "engine_ratio": ("engine / bare loop", ">=", 4.0, "x"),
    "train_ratio": ("`playground train` / bare loop", ">=", 3.0, "x"),
    "app_epochs_per_second": ("epochs/s in the app", ">=", 80, "ep/s"),
    "app_ratio": ("app / bare loop", ">=", 3.0, "x"),
    "plots_fps": ("plot repaints/s", ">=", 30, "/s"),
    "timer_p99_ms": ("16 ms GUI timer lateness, p99", "<=", 5, "ms"),
    "window_shown_s": ("main window shown", "<=", 0.7, "s"),
    "first_step_at_once_s": ("first step, Play pressed at once", "<=", 3.5, "s"),
    "first_step_warm_s": ("first step after Play, worker warm", "<=", 0.3, "s"),
    "memory_growth_mb": ("memory growth over 200,000 steps", "<=", 50, "MB"),
    "gpu_epoch_ratio": ("GPU engine / bare epoch time", "<=", 1.15, "x"),
    "views_app_ratio": ("digits CNN, every view live / bare loop", ">=", 0.85, "x"),
    "views_timer_p99_ms": ("GUI timer lateness p99, every view live", "<=", 5, "ms"),
    "mnist_mlp_window_ratio": ("MNIST-scale MLP, window / bare epoch speed", ">=", 0.9, "x"),
    "mnist_mlp_memory_mb": ("MNIST-scale MLP, worker peak over warm + data", "<=", 300, "MB"),
    "cifar_cnn_window_ratio": ("CIFAR-scale CNN, window / bare epoch speed", ">=", 0.9, "x"),
    "cifar_cnn_memory_mb": ("CIFAR-scale CNN, worker peak over warm + data", "<=", 300, "MB"),
    "mnist_mlp_cuda_window_ratio": ("MNIST-scale MLP on CUDA, window / bare epoch speed", ">=", 0.9, "x"),
    "cifar_cnn_cuda_window_ratio": ("CIFAR-scale CNN on CUDA, window / bare epoch speed", ">=", 0.9, "x"),
    "gan_app_ratio": ("ring GAN, every view live / bare GAN loop", ">=", 0.85, "x"),
    "gan_timer_p99_ms": ("GUI timer lateness p99, ring GAN's views live", "<=", 5, "ms"),
    "presenter_timer_p99_ms": ("GUI timer lateness p99, presenter mode", "<=", 5, "ms"),
}
COURSE_SETS = ("mnist_mlp", "cifar_cnn")
# what `--section` can name: each measured part, by its key in Outcome.results
PARTS = ("cpu", "tf_playground", "train_command", "app", "presenter", "views", *COURSE_SETS,
         *(f"{name}_cuda" for name in COURSE_SETS), "gan", "startup", "gpu")
NOT_MEASURED = "not measured"


@dataclass
class MemoryResult:
    steps: int
    seconds: float
    gui_before_mb: float
    gui_after_mb: float
    worker_before_mb: float
    worker_after_mb: float
    gui_growth_mb: float = 0.0
    worker_growth_mb: float = 0.0
    growth_mb: float = 0.0  # both processes

    def __post_init__(self) -> None:
        self.gui_growth_mb = self.gui_after_mb - self.gui_before_mb
        self.worker_growth_mb = self.worker_after_mb - self.worker_before_mb
        self.growth_mb = self.gui_growth_mb + self.worker_growth_mb


@dataclass
class GpuResult:
    status: str  # "measured" or SKIPPED
    reason: str = ""
    device: str = ""
    comparison: Any = None  # loops.Comparison when measured
    epoch_ratio: float | None = None  # engine epoch time / bare epoch time


@dataclass
class ViewsResult:
    comparison: Any  # loops.Comparison: the network's bare loop and the engine with every probe
    live: Any  # LiveResult: the window training it, each view in front in turn


@dataclass
class CourseResult:
    """One course-scale set: loading, the worker's peak memory, the window against a bare loop."""

    name: str
    title: str
    images: int
    train_images: int
    load_seconds: float
    data_mb: float  # the arrays the loader makes
    bare: Any  # loops.Speed
    window: Any  # LiveResult: every view live
    window_ratio: float  # window steps/s / bare steps/s
    memory: Any = None  # course.PeakMemory, None without /proc
    memory_over_data_mb: float | None = None  # peak - warm - data

    def __post_init__(self) -> None:
        if self.memory is not None:
            self.memory_over_data_mb = self.memory.peak_mb - self.memory.warm_mb - self.data_mb


@dataclass
class Outcome:
    """Everything a run produced; `errors` names the measurements that could not be made."""

    plan: Plan
    machine: dict[str, Any]
    only: str | None = None  # --section: the one part measured
    results: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    other_load: dict[str, machine.OtherLoad] = field(default_factory=dict)  # per part


def _progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def _gpu_device(requested: str | None) -> tuple[str | None, str]:
    """The device for the CNN section, or None and why it is skipped."""
    from playground.bench.loops import cuda_available

    if requested in (None, "auto", "cuda") or (requested or "").startswith("cuda"):
        if not cuda_available():
            return None, "no CUDA GPU"
        return (requested if requested not in (None, "auto") else "cuda"), ""
    return requested, ""  # cpu or mps, asked for by name


def _part(outcome: Outcome, key: str, message: str, work: Callable[[], Any]) -> None:
    """Run one measurement: its result, or the reason it failed, and how busy others kept the CPU."""
    from playground.bench.loops import BenchError

    if outcome.only not in (None, key):
        return
    _progress(message)
    with machine.CpuWatch() as watch:
        try:
            outcome.results[key] = work()
        except (BenchError, RuntimeError) as exc:  # RuntimeError: a torch or CUDA failure
            outcome.errors[key] = str(exc)
    outcome.other_load[key] = watch.result


def measure(plan: Plan, gpu_device: str | None, only: str | None = None) -> Outcome:
    """Every part, or with `only` (one of PARTS) that part alone."""
    from playground.bench import children, loops

    outcome = Outcome(plan, machine.describe(loops.torch_version()), only=only)
    per_round = f"{plan.rounds} round{'s' if plan.rounds > 1 else ''} of {plan.round_seconds:g} s"

    def cpu() -> loops.Comparison:
        outcome.results["same_maths"] = loops.same_maths()
        return loops.compare_reference(plan.rounds, plan.round_seconds, plan.warmup_seconds)

    _part(outcome, "cpu", f"bare loop and engine on the reference problem, {per_round} each", cpu)
    _part(outcome, "tf_playground", f"bare loop and TensorFlow Playground's update rule, {per_round} each",
          lambda: loops.compare_tf_playground(plan.rounds, plan.round_seconds, plan.warmup_seconds))

    with tempfile.TemporaryDirectory(prefix="playground-bench-") as tmp:
        project_path = Path(tmp) / "reference.json"
        reference_project().save(project_path)
        _part(outcome, "train_command", f"bare loop and `playground train` on it, {per_round} each",
              lambda: loops.compare_train_command(project_path, plan.rounds, plan.round_seconds,
                                                  plan.warmup_seconds))
        _part(outcome, "app", f"the window training it, plots live: {plan.live_seconds:g} s measured, "
              f"then up to {plan.memory_steps:,} steps for memory",
              lambda: children.run_live(project_path, plan.live_seconds, plan.memory_steps))
        _part(outcome, "presenter", f"the window training it in presenter mode: {plan.live_seconds:g} s",
              lambda: children.run_live(project_path, plan.live_seconds, 0, presenter=True))

    def views() -> ViewsResult:
        comparison = loops.compare_digits_cnn("cpu", plan.rounds, plan.round_seconds, plan.warmup_seconds)
        with tempfile.TemporaryDirectory(prefix="playground-bench-") as tmp:
            path = Path(tmp) / "digits_cnn.json"
            digits_cnn_project("cpu").save(path)
            live = children.run_live(path, plan.live_seconds, 0, every_view=True)
        return ViewsResult(comparison, live)

    _part(outcome, "views", f"the digits CNN with every view: bare loop and engine, {per_round} each, then "
          f"the window for {plan.live_seconds:g} s, each view in front in turn", views)

    for name in COURSE_SETS:
        _part(outcome, name, f"course scale, {name}: writing the data, loading it, the worker's memory, "
              f"a bare loop for {plan.rounds * plan.round_seconds:g} s, the window for "
              f"{plan.live_seconds:g} s", lambda name=name: measure_course(name, plan))
    device, reason = _gpu_device(gpu_device)
    for name in COURSE_SETS:
        key = f"{name}_cuda"
        if device is None or not device.startswith("cuda"):
            if only in (None, key):
                outcome.results[key] = GpuResult(SKIPPED, reason or f"the GPU asked for is {device}, not CUDA")
            continue
        _part(outcome, key, f"course scale, {name} on {device}: a bare loop for "
              f"{plan.rounds * plan.round_seconds:g} s, the window for {plan.live_seconds:g} s",
              lambda name=name: measure_course(name, plan, device))

    def gan() -> ViewsResult:
        comparison = loops.compare_gan_ring(plan.rounds, plan.round_seconds, plan.warmup_seconds)
        with tempfile.TemporaryDirectory(prefix="playground-bench-") as tmp:
            path = Path(tmp) / "gan_ring.json"
            gan_ring_project().save(path)
            live = children.run_live(path, plan.live_seconds, 0, every_view=True)
        return ViewsResult(comparison, live)

    _part(outcome, "gan", f"the ring GAN: a bare torch GAN loop and the engine, {per_round} each, then the "
          f"window for {plan.live_seconds:g} s, each view in front in turn", gan)

    n = plan.startup_runs
    _part(outcome, "startup", f"start-up: {n} start{'s' if n > 1 else ''} with Play at once, {n} with "
          "Play after the warm-up", lambda: children.run_startup(n))

    if only not in (None, "gpu"):
        return outcome
    if device is None:
        outcome.results["gpu"] = GpuResult(SKIPPED, reason)
        return outcome

    def gpu() -> GpuResult:
        c = loops.compare_digits_cnn(device, plan.rounds, plan.round_seconds, plan.warmup_seconds)
        return GpuResult("measured", device=device, comparison=c,
                         epoch_ratio=c.engine.epoch_seconds / c.bare.epoch_seconds)

    _part(outcome, "gpu", f"digits CNN on {device}, engine and bare loop, {per_round} each", gpu)
    return outcome


def measure_course(name: str, plan: Plan, device: str = "cpu") -> CourseResult:
    """One course-scale set on `device`: the project's own device setting, so the window's worker
    takes the path the app takes with it; the worker's peak memory is measured on the CPU only."""
    import torch

    from playground.bench import children, course
    from playground.engine.runner import worker_threads

    with tempfile.TemporaryDirectory(prefix="playground-bench-") as tmp:
        folder = Path(tmp)
        made = course.on_device(getattr(course, name)(folder, plan.course_scale), device)
        path = folder / f"{name}.json"
        made.project.save(path)
        seconds, nbytes = course.load_seconds(made)
        memory = course.peak_memory(path, plan.round_seconds) if device == "cpu" else None
        threads_before = torch.get_num_threads()
        torch.set_num_threads(worker_threads())  # as the worker runs
        try:
            bare = course.bare_loop(made)
            bare.run(plan.warmup_seconds)
            bare_speed = bare.run(plan.rounds * plan.round_seconds)
            train_images = bare.n
        finally:
            torch.set_num_threads(threads_before)
        del bare  # its copy of the data, before the window's worker loads its own
        window = children.run_live(path, plan.live_seconds, 0, every_view=True)
    return CourseResult(name, made.title, made.images, train_images, seconds, nbytes / 2**20, bare_speed,
                        window, window.steps_per_second / bare_speed.steps_per_second, memory)


# ----- the figures against their targets -----------------------------------------------------------
def memory_of(app) -> MemoryResult | None:
    values = (app.gui_rss_before_mb, app.gui_rss_after_mb, app.worker_rss_before_mb, app.worker_rss_after_mb)
    if any(v is None for v in values):
        return None  # no /proc here
    return MemoryResult(app.memory_steps, app.memory_seconds, *values)


def _live_views_rows(s: Section, result: ViewsResult, ratio_key: str, timer_key: str,
                     target: Callable[[str, float | None], Target]) -> None:
    """A network with every view live: bare loop, engine with every probe, the window drawing them."""
    c, live = result.comparison, result.live
    s.add("1. bare torch loop", f"{c.bare.steps_per_second:,.0f} steps/s = {c.bare.epochs_per_second:,.1f} ep/s")
    s.add("2. engine, every view's probe", f"{c.engine.steps_per_second:,.0f} steps/s "
          f"({c.engine.snapshots_per_second:.1f} snapshots/s): {format_value(c.ratio, 'x')}")
    ratio = live.steps_per_second / c.bare.steps_per_second
    s.add("3. in the window, every view drawing", f"{live.steps_per_second:,.0f} steps/s = "
          f"{live.epochs_per_second:,.1f} ep/s")
    s.add("   window / bare", format_value(ratio, "x"), target(ratio_key, ratio))
    s.add("   each view's repaints", ", ".join(f"{k} {v:.0f}/s" for k, v in live.repaints_per_second.items()))
    s.add("16 ms GUI timer lateness p99 (max)", f"{live.lateness.p99_ms:.1f} ms ({live.lateness.max_ms:.1f})",
          target(timer_key, live.lateness.p99_ms))


def build_sections(outcome: Outcome) -> tuple[list[Section], list[Target]]:
    r, plan = outcome.results, outcome.plan
    sections: list[Section] = []

    made: dict[str, Target] = {}

    def target(key: str, value: float | None) -> Target:
        made[key] = Target(key, *TARGETS[key][:1], value, *TARGETS[key][1:])
        return made[key]

    def failed(section: Section, key: str) -> bool:
        """Says in the section why it has no figures, or that other programs were busy meanwhile."""
        if key in outcome.errors:
            section.note = f"failed: {outcome.errors[key]}"
            return True
        if key not in r:  # left out by --section
            section.note = NOT_MEASURED
            return True
        load = outcome.other_load.get(key)
        if load is not None and load.cores is not None and load.cores > machine.BUSY:
            section.note = (f"warning: other programs kept {load.cores:.2f} of {outcome.machine['cores']} "
                            "cores busy meanwhile: these figures are lower than the app can do")
        return False

    cpu = r.get("cpu")
    s = Section(f"1-2. Training speed, reference problem ({cpu.threads if cpu else '?'} torch thread(s))")
    if not failed(s, "cpu"):
        same = r["same_maths"]
        s.add("same maths: max |weight difference|",
              f"{same.max_weight_difference:.1e} after {same.steps} steps")
        s.add("1. bare torch loop", f"{cpu.bare.steps_per_second:,.0f} steps/s = "
              f"{cpu.bare.epochs_per_second:,.1f} ep/s")
        s.add("2. engine, with snapshots", f"{cpu.engine.steps_per_second:,.0f} steps/s = "
              f"{cpu.engine.epochs_per_second:,.1f} ep/s")
        s.add("   snapshots published", f"{cpu.engine.snapshots_per_second:.1f}/s")
        s.add("   engine / bare", format_value(cpu.ratio, "x"),
              target("engine_ratio", cpu.ratio))
    sections.append(s)

    train = r.get("train_command")
    s = Section("2b. `playground train` on the reference problem (in this process, output aside)")
    if not failed(s, "train_command"):
        s.add("bare torch loop, measured beside it", f"{train.bare.steps_per_second:,.0f} steps/s")
        s.add("`playground train`, its own loop", f"{train.engine.steps_per_second:,.0f} steps/s = "
              f"{train.engine.epochs_per_second:,.1f} ep/s")
        s.add("   train / bare", format_value(train.ratio, "x"), target("train_ratio", train.ratio))
    sections.append(s)

    tfp = r.get("tf_playground")
    s = Section("2c. TensorFlow Playground's update rule (its nn.ts: per sample, tanh output, squared "
                "error), numpy, same data, network, batch and rate")
    if not failed(s, "tf_playground"):
        s.add("bare torch loop, measured beside it", f"{tfp.bare.steps_per_second:,.0f} steps/s")
        s.add("TF Playground's rule", f"{tfp.engine.steps_per_second:,.0f} steps/s = "
              f"{tfp.engine.epochs_per_second:,.1f} ep/s: {format_value(tfp.ratio, 'x')} the bare loop")
        if cpu is not None and "cpu" not in outcome.errors:
            s.add("   engine / TF Playground's rule", format_value(cpu.ratio / tfp.ratio, "x"))
    sections.append(s)

    app = r.get("app")
    s = Section("3. In the app: main window training, every plot live")
    if not failed(s, "app"):
        bare_rate = cpu.bare.steps_per_second if cpu else None
        ratio = app.steps_per_second / bare_rate if bare_rate else None
        s.add("training speed seen by the window", f"{app.steps_per_second:,.0f} steps/s = "
              f"{app.epochs_per_second:,.1f} ep/s",
              target("app_epochs_per_second", app.epochs_per_second))
        s.add("   app / bare", format_value(ratio, "x") if ratio else "n/a",
              target("app_ratio", ratio))
        s.add("snapshots reaching the window", f"{app.snapshots_per_second:.1f}/s "
              f"(drawn {app.shown_per_second:.1f}/s)")
        slowest = min(app.repaints_per_second, key=app.repaints_per_second.get)
        fps = app.repaints_per_second[slowest]
        s.add("plot repaints (slowest view)", f"{fps:.1f}/s ({slowest})",
              target("plots_fps", fps))
        s.add("   each view", ", ".join(f"{k} {v:.0f}" for k, v in app.repaints_per_second.items()))
        s.add("window's snapshot slot p50 / p99", f"{app.snapshot_handling_ms_p50:.1f} / "
              f"{app.snapshot_handling_ms_p99:.1f} ms")
        if app.gui_cpu_cores is not None:
            s.add("CPU used: window / worker process", f"{app.gui_cpu_cores:.2f} / {app.worker_cpu_cores:.2f} "
                  f"of {outcome.machine['cores']} cores")
        late = app.lateness
        s.add("16 ms GUI timer lateness p50 / max", f"{late.p50_ms:.1f} / {late.max_ms:.1f} ms "
              f"({late.ticks} ticks)")
        s.add("16 ms GUI timer lateness p99", f"{late.p99_ms:.1f} ms",
              target("timer_p99_ms", late.p99_ms))
    sections.append(s)

    st = r.get("startup")
    s = Section(f"4. Start-up (median of {st.runs if st else '?'} per kind, from process creation)")
    if not failed(s, "startup"):
        s.add("interpreter running", format_value(st.python_started_s, "s"))
        s.add("   compiled modules", st.bytecode)
        s.add("Qt, pyqtgraph, window modules imported", format_value(st.imports_done_s, "s"))
        s.add("main window shown (first paint done)", format_value(st.window_shown_s, "s"),
              target("window_shown_s", st.window_shown_s))
        s.add("training worker ready (torch warm)", format_value(st.worker_ready_s, "s"))
        s.add("first step, Play pressed at once", format_value(st.first_step_at_once_s, "s"),
              target("first_step_at_once_s", st.first_step_at_once_s))
        s.add("Play after warm-up -> first step", format_value(st.play_to_first_step_warm_s, "s"),
              target("first_step_warm_s", st.play_to_first_step_warm_s))
    sections.append(s)

    mem = memory_of(app) if app else None
    s = Section(f"5. Memory over {mem.steps:,} steps in the app, plots live" if mem else "5. Memory")
    if app is None:
        s.note = NOT_MEASURED if "app" not in outcome.errors and outcome.only else "failed: see section 3"
    elif mem is None:
        s.note = "not measured: this system has no /proc"
    else:
        if plan.quick:
            s.note = (f"--quick: {mem.steps:,} steps, not the {FULL_MEMORY_STEPS:,} of the target; "
                      "the growth is not comparable")
        s.add("window process", f"{mem.gui_before_mb:.0f} -> {mem.gui_after_mb:.0f} MB "
              f"({mem.gui_growth_mb:+.1f})")
        s.add("worker process", f"{mem.worker_before_mb:.0f} -> {mem.worker_after_mb:.0f} MB "
              f"({mem.worker_growth_mb:+.1f})")
        s.add("growth, both", f"{mem.growth_mb:+.1f} MB in {mem.seconds:.0f} s",
              target("memory_growth_mb", mem.growth_mb))
    sections.append(s)

    gpu = r.get("gpu")
    s = Section("6. GPU: digits CNN (assets/examples/digits_cnn.json), epoch time")
    if not failed(s, "gpu"):
        if gpu.status == SKIPPED:
            s.note = f"skipped: {gpu.reason}"
        else:
            c = gpu.comparison
            s.add(f"bare torch loop on {gpu.device}", f"{c.bare.epoch_seconds * 1000:.1f} ms/epoch "
                  f"({c.bare.steps_per_second:,.0f} steps/s)")
            s.add(f"engine on {gpu.device}", f"{c.engine.epoch_seconds * 1000:.1f} ms/epoch "
                  f"({c.engine.steps_per_second:,.0f} steps/s)")
            s.add("   engine / bare epoch time", format_value(gpu.epoch_ratio, "x"),
                  target("gpu_epoch_ratio", gpu.epoch_ratio))
    sections.append(s)
    views = r.get("views")
    s = Section("7. Task views: digits CNN (assets/examples/digits_cnn.json) on the CPU, every view live")
    if not failed(s, "views"):
        _live_views_rows(s, views, "views_app_ratio", "views_timer_p99_ms", target)
    sections.append(s)
    for name in COURSE_SETS:
        c = r.get(name)
        s = Section(f"8. Course scale: {c.title if c else name}, on the CPU")
        if not failed(s, name):
            if plan.quick:
                s.note = "; ".join(filter(None, [s.note, "--quick: a tenth of the images; not comparable"]))
            s.add("loading the data (the worker's loader)", f"{c.load_seconds:.1f} s for {c.images:,} images "
                  f"({c.data_mb:,.0f} MB as float32; {c.train_images:,} to train)")
            if c.memory is None:
                s.add("worker's peak memory", "not measured: this system has no /proc")
            else:
                s.add("worker's peak memory (warm, peak)", f"{c.memory.warm_mb:,.0f} -> {c.memory.peak_mb:,.0f} MB")
                s.add("   peak over warm + data", f"{c.memory_over_data_mb:+,.0f} MB",
                      target(f"{name}_memory_mb", c.memory_over_data_mb))
            s.add("bare torch loop, tensors in memory", f"{c.bare.steps_per_second:,.0f} steps/s = "
                  f"{c.bare.epoch_seconds:,.1f} s/epoch")
            s.add("in the window, every view live", f"{c.window.steps_per_second:,.0f} steps/s = "
                  f"{c.bare.steps_per_epoch / max(c.window.steps_per_second, 1e-9):,.1f} s/epoch")
            s.add("   window / bare", format_value(c.window_ratio, "x"), target(f"{name}_window_ratio", c.window_ratio))
            s.add("16 ms GUI timer lateness p99 (max)", f"{c.window.lateness.p99_ms:.1f} ms "
                  f"({c.window.lateness.max_ms:.1f})")
        sections.append(s)
    for name in COURSE_SETS:
        c = r.get(f"{name}_cuda")
        s = Section(f"8b. Course scale on CUDA: {c.title if isinstance(c, CourseResult) else name}")
        if not failed(s, f"{name}_cuda"):
            if isinstance(c, GpuResult):
                s.note = f"skipped: {c.reason}"
            else:
                s.add("bare torch loop on the GPU, tensors in memory",
                      f"{c.bare.steps_per_second:,.0f} steps/s = {c.bare.epoch_seconds:,.1f} s/epoch")
                s.add("in the window, every view live", f"{c.window.steps_per_second:,.0f} steps/s")
                s.add("   window / bare", format_value(c.window_ratio, "x"),
                      target(f"{name}_cuda_window_ratio", c.window_ratio))
        sections.append(s)
    s = Section("9. GAN: ring (assets/examples/gan_ring.json) on the CPU, every view live; a step is one round")
    if not failed(s, "gan"):
        _live_views_rows(s, r["gan"], "gan_app_ratio", "gan_timer_p99_ms", target)
    sections.append(s)
    presenter = r.get("presenter")
    s = Section("10. Presenter mode (F5): the reference problem, large type, every plot live")
    if not failed(s, "presenter"):
        late = presenter.lateness
        s.add("training speed seen by the window", f"{presenter.steps_per_second:,.0f} steps/s = "
              f"{presenter.epochs_per_second:,.1f} ep/s")
        s.add("plot repaints", ", ".join(f"{k} {v:.0f}/s" for k, v in presenter.repaints_per_second.items()))
        s.add("16 ms GUI timer lateness p50 / max", f"{late.p50_ms:.1f} / {late.max_ms:.1f} ms ({late.ticks} ticks)")
        s.add("16 ms GUI timer lateness p99", f"{late.p99_ms:.1f} ms", target("presenter_timer_p99_ms", late.p99_ms))
    sections.append(s)
    if outcome.only:
        sections = [s for s in sections if s.note != NOT_MEASURED]
    # every target is listed, with no value where its part was skipped or failed
    return sections, [made.get(key) or Target(key, TARGETS[key][0], None, *TARGETS[key][1:]) for key in TARGETS]


def bench_command(args: argparse.Namespace) -> int:
    plan = QUICK if getattr(args, "quick", False) else FULL
    started = time.monotonic()
    only = getattr(args, "section", None)
    outcome = measure(plan, getattr(args, "device", None), only)
    sections, targets = build_sections(outcome)
    m = outcome.machine
    kind = ("--quick" if plan.quick else "full") + (f", --section {only}" if only else "")
    title = (f"Neural Playground bench ({kind}): {m['cores']} cores, "
             f"{m['cpu']}, torch {m['torch']}, Qt {m['qt_platform']}\nReference problem: {REFERENCE_TEXT}")
    print(format_table(title, sections))
    missed = [t.key for t in targets if t.passed is False]
    print(f"\n{sum(t.passed is True for t in targets)} targets met, {len(missed)} missed"
          f"{': ' + ', '.join(missed) if missed else ''}; took {time.monotonic() - started:.0f} s.")
    if getattr(args, "json", None):
        report = {"quick": plan.quick, "seconds": time.monotonic() - started, "machine": m,
                  "reference": REFERENCE_TEXT, "plan": plan, **outcome.results,
                  "memory": memory_of(outcome.results["app"]) if "app" in outcome.results else None,
                  "targets": targets, "errors": outcome.errors,
                  "other_programs_cores": outcome.other_load}
        Path(args.json).write_text(to_json(report) + "\n", encoding="utf-8")
    for key, message in outcome.errors.items():
        log.error("%s: %s", key, message)
    return 1 if outcome.errors else 0
