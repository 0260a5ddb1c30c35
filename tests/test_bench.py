"""`playground bench --quick`: it runs and reports every figure. No timing targets are asserted:
a benchmark is a command (its figures depend on the machine and its load), not a timed test."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

import numpy as np
import torch

from playground import cli
from playground.bench.tfplayground import PlaygroundLoop
from playground.bench.report import Target
from playground.ui.bench_window import percentile

REPO = Path(__file__).resolve().parents[1]
TARGET_KEYS = {"engine_ratio", "train_ratio", "app_epochs_per_second", "app_ratio", "plots_fps", "timer_p99_ms",
               "window_shown_s", "first_step_at_once_s", "first_step_warm_s", "memory_growth_mb",
               "gpu_epoch_ratio", "views_app_ratio", "views_timer_p99_ms", "mnist_mlp_window_ratio",
               "mnist_mlp_memory_mb", "cifar_cnn_window_ratio", "cifar_cnn_memory_mb", "gan_app_ratio",
               "gan_timer_p99_ms", "presenter_timer_p99_ms", "mnist_mlp_cuda_window_ratio",
               "cifar_cnn_cuda_window_ratio"}
GPU_KEYS = {"gpu_epoch_ratio", "mnist_mlp_cuda_window_ratio", "cifar_cnn_cuda_window_ratio"}
PLOT_VIEWS = ("plane", "curves", "gradients", "canvas")
CNN_VIEWS = ("predictions", "feature_maps", "kernels", "confusion", "explain", "results", "curves", "gradients")


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


def test_train_command_and_tf_playground_figures(quick_run):
    """`playground train` and TensorFlow Playground's rule, each beside its own bare loop."""
    _, report = quick_run
    for part in ("train_command", "tf_playground"):
        for loop in ("bare", "engine"):
            assert _positive(report[part][loop]["steps_per_second"]), (part, loop)
            assert report[part][loop]["steps_per_epoch"] == 25
        assert _positive(report[part]["ratio"])


@pytest.mark.parametrize("name, images", [("mnist_mlp", 7_000), ("cifar_cnn", 6_000)])
def test_course_scale_figures(quick_run, name, images):
    """--quick writes a tenth of the course-scale sets, loads them, and trains them both ways."""
    _, report = quick_run
    course = report[name]
    assert course["images"] == images and 0 < course["train_images"] < images
    for figure in ("load_seconds", "data_mb", "window_ratio"):
        assert _positive(course[figure]), (figure, course[figure])
    assert _positive(course["bare"]["steps_per_second"]) and _positive(course["window"]["steps_per_second"])
    assert course["window"]["lateness"]["ticks"] > 10
    memory = course["memory"]
    assert memory["peak_mb"] >= memory["warm_mb"] > 0 and memory["steps"] > 0
    assert course["memory_over_data_mb"] == pytest.approx(
        memory["peak_mb"] - memory["warm_mb"] - course["data_mb"])


def test_course_scale_files_are_what_the_app_reads(tmp_path):
    """The written IDX files and CIFAR batches load through the app's own readers, at full size."""
    from playground.bench import course
    from playground.engine.data import load_dataset

    for made, size in ((course.mnist_mlp(tmp_path / "m", 0.02), 1_400), (course.cifar_cnn(tmp_path / "c", 0.02), 1_200)):
        data = load_dataset(made.project.data.dataset, made.project.data.params)
        assert len(data.x_train) + len(data.x_test) == made.images == size
        assert set(np.unique(data.y_train)) == set(range(10))


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


def _every_view_drew(part: dict, views: tuple[str, ...]) -> None:
    for loop in ("bare", "engine"):
        assert _positive(part["comparison"][loop]["steps_per_second"])
    live = part["live"]
    assert _positive(live["steps_per_second"]) and live["lateness"]["ticks"] > 10
    repaints = live["repaints_per_second"]
    for prefix in views:  # every view drew while it was in front
        mine = [rate for name, rate in repaints.items() if name.startswith(prefix)]
        assert mine and all(_positive(rate) for rate in mine), (prefix, repaints)


def test_task_views_figures(quick_run):
    """The digits CNN trains in the window with each of its views in front in turn."""
    _every_view_drew(quick_run[1]["views"], CNN_VIEWS)


def test_gan_figures(quick_run):
    """The ring GAN trains in the window with each of its views in front in turn."""
    _every_view_drew(quick_run[1]["gan"], ("gan_plane", "gan_scores", "curves", "gradients"))


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
        for key in GPU_KEYS:
            assert targets[key]["value"] is None and targets[key]["passed"] is None
    for key, t in targets.items():
        if key in GPU_KEYS and not _cuda():
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


@pytest.mark.parametrize("regularization", ["none", "l1", "l2"])
def test_tf_playground_rule_is_a_mean_gradient_step(regularization):
    """One batch of TensorFlow Playground's loop is SGD on the batch's mean of 0.5 (out - t)^2 over
    a tanh network, then the penalty's step at the weights from before it (nn.ts' order); under
    L1 a weight the penalty pushes across zero becomes 0."""
    rng = np.random.default_rng(3)
    x, labels = rng.normal(size=(6, 2)), rng.integers(0, 2, 6)
    loop = PlaygroundLoop(x, labels, (4, 3), learning_rate=0.3, batch_size=6,
                          regularization=regularization, regularization_rate=0.5, seed=5)
    weights = [torch.tensor(w, requires_grad=True) for w in loop.weights]
    biases = [torch.tensor(b, requires_grad=True) for b in loop.biases]
    out = torch.tensor(x).T
    for w, b in zip(weights, biases):
        out = torch.tanh(w @ out + b[:, None])
    target = torch.tensor(np.where(labels > 0, 1.0, -1.0))
    (0.5 * (out[0] - target) ** 2).mean().backward()
    loop.epoch()  # six points, one update
    for w, b, new_w, new_b in zip(weights, biases, loop.weights, loop.biases):
        np.testing.assert_allclose(new_b, (b - 0.3 * b.grad).detach().numpy(), rtol=1e-12)
        moved = (w - 0.3 * w.grad).detach().numpy()
        before = w.detach().numpy()
        if regularization == "none":
            expected = moved
        elif regularization == "l2":
            expected = moved - 0.15 * before
        else:
            expected = moved - 0.15 * np.sign(before)
            expected[moved * expected < 0] = 0.0
        np.testing.assert_allclose(new_w, expected, rtol=1e-12, atol=1e-15)
    if regularization == "l1":
        assert any(dead.any() for dead in loop.dead)  # the case the rule is about was met


def test_a_section_alone_measures_only_that_part(tmp_path, capsys):
    """`bench --section gan` runs section 9 alone: its figures, and no other part measured or shown."""
    path = tmp_path / "gan.json"
    code = cli.main(["bench", "--quick", "--section", "gan", "--json", str(path)])
    report = json.loads(path.read_text(encoding="utf-8"))
    assert code == 0 and report["errors"] == {}
    assert "gan" in report and not {"cpu", "app", "views", "startup", "gpu"} & set(report)
    _every_view_drew(report["gan"], ("gan_plane", "gan_scores", "curves", "gradients"))
    measured = {t["key"] for t in report["targets"] if t["value"] is not None}
    assert measured == {"gan_app_ratio", "gan_timer_p99_ms"}
    table = capsys.readouterr().out
    assert "--section gan" in table and "9. GAN" in table and "1-2. Training speed" not in table


@pytest.mark.skipif(_cuda(), reason="checks the skip on a machine without CUDA")
def test_course_sections_on_cuda_are_skipped_in_words_without_a_gpu():
    from playground.bench import QUICK, build_sections, measure

    for name in ("mnist_mlp", "cifar_cnn"):
        outcome = measure(QUICK, None, only=f"{name}_cuda")
        assert not outcome.errors
        sections, targets = build_sections(outcome)
        assert [(s.title, s.note) for s in sections] == [(f"8b. Course scale on CUDA: {name}", "skipped: no CUDA GPU")]
        assert all(t.value is None for t in targets)


def test_course_sets_on_cuda_train_with_the_projects_own_device(tmp_path):
    """The CUDA sections set the project's device, the setting the app's worker builds its trainer
    from (Trainer.from_project): the path a user who picks cuda gets."""
    from playground.bench import course

    cpu = course.mnist_mlp(tmp_path, scale=0.01)
    gpu = course.on_device(cpu, "cuda")
    assert gpu.project.training.device == "cuda" and cpu.project.training.device == "cpu"
    assert gpu.project.to_dict()["graph"] == cpu.project.to_dict()["graph"]
