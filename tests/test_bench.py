"""`playground bench --quick`: it runs and reports every figure. No timing targets are asserted:
a benchmark is a command (its figures depend on the machine and its load), not a timed test."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from playground import cli
from playground.bench.report import Target
from playground.ui.bench_window import percentile

REPO = Path(__file__).resolve().parents[1]
TARGET_KEYS = {"engine_ratio", "app_epochs_per_second", "app_ratio", "plots_fps", "timer_p99_ms",
               "window_shown_s", "first_step_at_once_s", "first_step_warm_s", "memory_growth_mb",
               "gpu_epoch_ratio", "views_app_ratio", "views_timer_p99_ms", "presenter_timer_p99_ms"}
PLOT_VIEWS = ("plane", "curves", "gradients", "canvas")
CNN_VIEWS = ("predictions", "feature_maps", "kernels", "confusion", "results", "curves", "gradients")


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()


def _positive(value) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "bench.json"
    code = cli.main(["bench", "--quick", "--json", str(path)])
    return code, json.loads(path.read_text(encoding="utf-8"))


def test_quick_bench_completes_without_errors(quick_run):
    code, report = quick_run
    assert report["errors"] == {}
    assert code == 0
    assert report["quick"] is True
    assert report["machine"]["cores"] >= 1


def test_training_speed_figures(quick_run):
    _, report = quick_run
    cpu = report["cpu"]
    for loop in ("bare", "engine"):
        for name in ("steps", "seconds", "steps_per_second", "epochs_per_second", "epoch_seconds"):
            assert _positive(cpu[loop][name]), (loop, name, cpu[loop][name])
        assert cpu[loop]["steps_per_epoch"] == 25  # 250 training points, batch 10
    assert _positive(cpu["engine"]["snapshots_per_second"])
    assert _positive(cpu["ratio"])
    # both loops do the same maths: from the same seeds, the same weights
    assert report["same_maths"]["max_weight_difference"] <= 1e-6
    assert report["same_maths"]["bare_loss"] == pytest.approx(report["same_maths"]["engine_loss"], abs=1e-6)


def test_in_app_figures(quick_run):
    _, report = quick_run
    app = report["app"]
    assert app["runner"] == "ProcessRunner"
    for name in ("seconds", "steps", "steps_per_second", "epochs_per_second", "snapshots_per_second",
                 "shown_per_second"):
        assert _positive(app[name]), (name, app[name])
    views = app["repaints_per_second"]
    for prefix in PLOT_VIEWS:  # every live plot was repainted while training
        mine = [rate for name, rate in views.items() if name.startswith(prefix)]
        assert mine and all(_positive(rate) for rate in mine), (prefix, views)
    late = app["lateness"]
    assert late["ticks"] > 10
    assert 0 <= late["p50_ms"] <= late["p99_ms"] <= late["max_ms"] and math.isfinite(late["max_ms"])


def test_task_views_figures(quick_run):
    """The digits CNN trains in the window with each of its views in front in turn."""
    _, report = quick_run
    views = report["views"]
    for loop in ("bare", "engine"):
        assert _positive(views["comparison"][loop]["steps_per_second"])
    live = views["live"]
    assert _positive(live["steps_per_second"]) and live["lateness"]["ticks"] > 10
    repaints = live["repaints_per_second"]
    for prefix in CNN_VIEWS:  # every view drew while it was in front
        mine = [rate for name, rate in repaints.items() if name.startswith(prefix)]
        assert mine and all(_positive(rate) for rate in mine), (prefix, repaints)


def test_presenter_mode_figures(quick_run):
    """The window trains the reference problem in presenter mode, its plots repainting, the GUI
    timer measured."""
    _, report = quick_run
    live = report["presenter"]
    assert live["presenter"] is True and live["runner"] == "ProcessRunner"
    assert _positive(live["steps_per_second"]) and live["lateness"]["ticks"] > 10
    repaints = live["repaints_per_second"]
    for prefix in ("plane", "curves", "canvas"):
        mine = [rate for name, rate in repaints.items() if name.startswith(prefix)]
        assert mine and all(_positive(rate) for rate in mine), (prefix, repaints)


def test_startup_figures(quick_run):
    _, report = quick_run
    st = report["startup"]
    for name in ("python_started_s", "window_shown_s", "worker_ready_s", "first_step_at_once_s",
                 "play_to_first_step_warm_s"):
        assert _positive(st[name]), (name, st[name])
    assert st["python_started_s"] < st["window_shown_s"] < st["first_step_at_once_s"]
    assert [run["mode"] for run in st["each_run"]] == ["at-once", "warm"]


def test_memory_figures(quick_run):
    _, report = quick_run
    mem = report["memory"]
    assert mem["steps"] >= 5_000
    for name in ("gui_before_mb", "gui_after_mb", "worker_before_mb", "worker_after_mb", "seconds"):
        assert _positive(mem[name]), (name, mem[name])
    assert math.isfinite(mem["growth_mb"])


def test_gpu_section_and_targets(quick_run):
    _, report = quick_run
    targets = {t["key"]: t for t in report["targets"]}
    assert set(targets) == TARGET_KEYS
    if _cuda():
        assert report["gpu"]["status"] == "measured"
        assert _positive(report["gpu"]["epoch_ratio"])
    else:
        assert report["gpu"] == {"status": "skipped", "reason": "no CUDA GPU", "device": "",
                                 "comparison": None, "epoch_ratio": None}
        assert targets["gpu_epoch_ratio"]["value"] is None and targets["gpu_epoch_ratio"]["passed"] is None
    for key, t in targets.items():
        if key == "gpu_epoch_ratio" and not _cuda():
            continue
        assert math.isfinite(t["value"]) and isinstance(t["passed"], bool), t
        assert t["passed"] == (t["margin"] >= 0)


def test_target_margins_are_signed_towards_good():
    assert Target("a", "a", 0.95, ">=", 0.9, "x").margin == pytest.approx(0.05)
    assert Target("b", "b", 6.0, "<=", 5.0, "ms").passed is False
    assert Target("b", "b", 6.0, "<=", 5.0, "ms").verdict() == "MISS by 1.0 ms (20%)"
    assert Target("c", "c", None, "<=", 1.15, "x").verdict() == "-"


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile([3.0], 99) == 3.0
    assert percentile([], 50) == 0.0


def test_the_bench_parent_stays_free_of_qt():
    """The window is measured in child processes; the command's own process never loads Qt."""
    code = ("import sys, playground.bench, playground.bench.children, playground.bench.loops\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph', 'shiboken6'}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
