"""Runs the window measurements (playground.ui.bench_window) in child processes and reads them back.

The children are fresh interpreters, so start-up is timed as a user meets it, and this process
never imports Qt. Each child gets its own config folder, so the user's window settings are
neither read nor changed.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from playground.bench.loops import BenchError
from playground.ui.bench_window import LiveResult, Lateness, StartupRun

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]  # the folder that holds the playground package
STARTUP_TIMEOUT = 120.0  # seconds for one start-up child (it gives up by itself after 60)


@dataclass
class StartupResult:
    """Seconds from just before the child process was created; medians over the runs."""

    runs: int
    python_started_s: float  # the interpreter ran our first line
    imports_done_s: float  # Qt, pyqtgraph, numpy and the window's modules imported
    window_shown_s: float  # the main window's first paint pass was over
    worker_ready_s: float  # the training worker had imported torch and warmed up
    first_step_at_once_s: float  # Play pressed as soon as the window showed: first step seen
    play_to_first_step_warm_s: float  # Play pressed after READY: from the press to the first step
    each_run: list[dict[str, float | str]] = field(default_factory=list)
    bytecode: str = "as installed"  # where the children's compiled modules came from


def _child_env(config_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # set it (e.g. to xcb) to measure on a screen
    env["XDG_CONFIG_HOME"] = config_dir  # app.main() keeps its QSettings there
    env["XDG_DATA_HOME"] = config_dir  # and its autosaves: the user's own are never offered here
    env.pop("PLAYGROUND_RUNNER", None)  # the app's default runner (a worker process) is what we measure
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    # With PYTHONDONTWRITEBYTECODE set (some sandboxes and CI set it) and an editable install, each
    # child would compile every playground module from source as it starts, ~0.15 s that no user
    # pays: pip compiles an installed app, and Python caches an editable one's modules (in its
    # __pycache__ folders) on the first start. The children start as a user's app does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(args: list[str], timeout: float) -> tuple[dict, float]:
    """Run `python -m playground.ui.bench_window ARGS --out FILE`; its JSON and its start time.

    "{tmp}" in ARGS stands for the child's temporary folder (removed once it has exited).
    """
    with tempfile.TemporaryDirectory(prefix="playground-bench-") as tmp:
        out = Path(tmp) / "result.json"
        log_path = Path(tmp) / "child.log"
        args = [a.replace("{tmp}", tmp) for a in args]
        command = [sys.executable, "-m", "playground.ui.bench_window", *args, "--out", str(out)]
        with open(log_path, "w+", encoding="utf-8", errors="replace") as child_log:
            started = time.monotonic()  # the clock the child reads too (system-wide, monotonic)
            # its own session, so a child that hangs can be ended with everything it started
            process = subprocess.Popen(command, cwd=ROOT, env=_child_env(tmp), stdout=child_log,
                                       stderr=subprocess.STDOUT, start_new_session=True)
            try:
                code = process.wait(timeout)
            except subprocess.TimeoutExpired:
                _end_group(process)
                raise BenchError(f"the window child {args[0]} did not finish within {timeout:.0f} s") from None
            child_log.seek(0)
            output = child_log.read()
        if code != 0 or not out.exists():
            tail = "\n".join(output.strip().splitlines()[-8:])
            raise BenchError(f"the window child {args[0]} failed (exit code {code}): {tail}")
        return json.loads(out.read_text(encoding="utf-8")), started


def _end_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(2.0)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()


def run_live(project_path: Path, seconds: float, memory_steps: int, every_view: bool = False,
             presenter: bool = False) -> LiveResult:
    timeout = 120.0 + seconds + memory_steps / 500.0  # 500 steps/s would be a broken app
    data, _ = run_child(["live", "--project", str(project_path), "--seconds", str(seconds),
                         "--memory-steps", str(memory_steps),
                         "--settings", os.path.join("{tmp}", "settings.ini")]
                        + (["--every-view"] if every_view else []) + (["--presenter"] if presenter else []),
                        timeout)
    data["lateness"] = Lateness(**data["lateness"])
    return LiveResult(**data)


def _startup_run(mode: str) -> dict[str, float | str]:
    data, started = run_child(["startup", "--mode", mode], STARTUP_TIMEOUT)
    run = StartupRun(**data)
    since = {name: value - started for name, value in vars(run).items()
             if isinstance(value, float) and name not in ("play_pressed",)}
    return {"mode": mode, **since, "play_to_first_step": run.first_step - run.play_pressed}


def run_startup(runs: int) -> StartupResult:
    """`runs` starts with Play pressed at once, and `runs` with Play pressed after the warm-up."""
    bytecode = "as installed"
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        with tempfile.TemporaryDirectory(prefix="playground-bench-") as tmp:
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "playground")], cwd=ROOT,
                           env=_child_env(tmp), stdout=subprocess.DEVNULL, check=False, timeout=STARTUP_TIMEOUT)
        bytecode = "compiled beforehand (PYTHONDONTWRITEBYTECODE is set here)"
    at_once = [_startup_run("at-once") for _ in range(runs)]
    warm = [_startup_run("warm") for _ in range(runs)]
    both = at_once + warm
    median = statistics.median
    return StartupResult(
        runs=runs,
        python_started_s=median(r["main_started"] for r in both),
        imports_done_s=median(r["imports_done"] for r in both),
        window_shown_s=median(r["shown"] for r in both),
        worker_ready_s=median(r["worker_ready"] for r in both if r.get("worker_ready") is not None),
        first_step_at_once_s=median(r["first_step"] for r in at_once),
        play_to_first_step_warm_s=median(r["play_to_first_step"] for r in warm),
        each_run=both,
        bytecode=bytecode,
    )
