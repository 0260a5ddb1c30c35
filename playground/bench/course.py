"""The bench at the sizes courses use (issue #16): a 784-64-64-10 MLP on 60,000 MNIST-shaped images
and the digits CNN's layers on 50,000 CIFAR-shaped images.

The bench writes the data itself, in the real formats the app reads (MNIST's IDX files, CIFAR-10's
binary batches): random images with a bright class-specific square, so the networks have
something to learn, made from a fixed seed. Each set is measured three ways: how long loading it
takes (the worker's `load_dataset`), the peak memory of a worker-like child process (the
worker's own loop, `WorkerLoop.serve`, loading the run, training and publishing snapshots with
every view's probe) over its memory once torch is warm, and the epoch time in the window with
every view live against a bare torch loop over tensors already in memory (no DataLoader).

`python -m playground.bench.course peak PROJECT SECONDS` is the child that measures memory.
"""

from __future__ import annotations

import json
import math
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from playground.core.graph import Graph
from playground.core.project import DataSettings, Project, TrainSettings, load_project
from playground.bench.reference import DIGITS_CNN

MNIST_IMAGES = 70_000  # 60,000 to train: MNIST's own sizes
CIFAR_IMAGES = 60_000  # 50,000 to train
PEAK_TIMEOUT = 600.0


@dataclass
class CourseSet:
    """One course-scale data set on disk and the project that trains on it."""

    name: str
    title: str
    project: Project
    images: int


def _pattern_images(rng: np.random.Generator, labels: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """uint8 images (N, *shape, with the side last two), noise plus a bright square whose place
    says the class."""
    images = rng.integers(0, 96, size=(len(labels), *shape), dtype=np.uint8)
    side = shape[-1]
    cell = side // 4
    for k in range(10):
        row, col = divmod(k, 4)
        images[labels == k, ..., row * cell:(row + 1) * cell, col * cell:(col + 1) * cell] = 255
    return images


def _idx(path: Path, array: np.ndarray) -> None:
    header = struct.pack(">HBB", 0, 0x08, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    path.write_bytes(header + array.tobytes())


def write_mnist(folder: Path, images: int, seed: int = 0) -> None:
    """MNIST's four IDX files, with 1/7 of `images` as the test files."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    test = images // 7
    for prefix, n in (("train", images - test), ("t10k", test)):
        labels = rng.integers(0, 10, n, dtype=np.uint8)
        _idx(folder / f"{prefix}-images-idx3-ubyte", _pattern_images(rng, labels, (28, 28)))
        _idx(folder / f"{prefix}-labels-idx1-ubyte", labels)


def write_cifar10(folder: Path, images: int, seed: int = 0) -> None:
    """CIFAR-10's six binary batches (five to train, one to test), `images` records in all."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    per_batch = math.ceil(images / 6)
    names = [f"data_batch_{i}.bin" for i in range(1, 6)] + ["test_batch.bin"]
    for name in names:
        labels = rng.integers(0, 10, per_batch, dtype=np.uint8)
        pixels = _pattern_images(rng, labels, (3, 32, 32)).reshape(per_batch, -1)
        (folder / name).write_bytes(np.concatenate([labels[:, None], pixels], axis=1).tobytes())


def _data(name: str, folder: Path, images: int, train_images: int) -> DataSettings:
    return DataSettings(name, {"path": str(folder), "limit": images,
                               "train_ratio": round(train_images / images, 2), "seed": 0})


def mnist_mlp(folder: Path, scale: float = 1.0) -> CourseSet:
    """Flatten, Dense 64 ReLU, Dense 64 ReLU, Dense 10, cross-entropy, Adam, batch 32."""
    images = int(MNIST_IMAGES * scale)
    write_mnist(folder, images)
    graph = Graph()
    ids = [graph.add_node("Input").id, graph.add_node("Flatten").id]
    for units, activation in ((64, "ReLU"), (64, "ReLU"), (10, "Linear")):
        ids.append(graph.add_node("Dense", {"units": units, "activation": activation}).id)
    ids.append(graph.add_node("Output").id)
    for a, b in zip(ids, ids[1:]):
        graph.connect(a, b)
    training = TrainSettings(loss="cross_entropy", optimizer="adam", learning_rate=0.001, batch_size=32,
                             device="cpu")
    project = Project(graph, _data("mnist", folder, images, images * 6 // 7), training,
                      "Bench: 784-64-64-10 MLP on MNIST-shaped images")
    return CourseSet("mnist_mlp", f"784-64-64-10 MLP, {images:,} MNIST-shaped images", project, images)


def cifar_cnn(folder: Path, scale: float = 1.0) -> CourseSet:
    """The digits CNN example's layers (conv 8, pool, conv 16, pool, dense 10, Adam) on CIFAR."""
    images = int(CIFAR_IMAGES * scale)
    write_cifar10(folder, images)
    project = load_project(DIGITS_CNN)
    project.title = "Bench: small CNN on CIFAR-shaped images"
    project.data = _data("cifar10", folder, images, images * 5 // 6)
    project.training.device = "cpu"
    return CourseSet("cifar_cnn", f"small CNN (conv 8, conv 16), {images:,} CIFAR-shaped images", project,
                     images)


# ----- the bare loop ------------------------------------------------------------------------------
def on_device(course: CourseSet, device: str) -> CourseSet:
    """The same set and network trained on `device` (the project's own setting, as the app runs it)."""
    project = course.project.copy()
    project.training.device = device
    return CourseSet(course.name, course.title, project, course.images)


def bare_loop(course: CourseSet):
    """The network written by hand over tensors in memory (on the project's device), as
    loops.BareLoop trains it."""
    import torch
    from torch import nn
    from torch.nn import functional as F

    from playground.bench.loops import BareLoop, bare_digits_cnn
    from playground.engine.data import load_dataset

    project = course.project
    device = torch.device(project.training.device)
    if course.name == "cifar_cnn":
        return bare_digits_cnn(project, device)
    data = load_dataset(project.data.dataset, project.data.params)
    x = torch.as_tensor(data.x_train, dtype=torch.float32, device=device)
    y = torch.as_tensor(data.y_train, dtype=torch.long, device=device)
    t = project.training
    torch.manual_seed(t.weight_seed)
    net = nn.Sequential(nn.Flatten(), nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(),
                        nn.Linear(64, 10)).to(device)
    optimizer = torch.optim.Adam(net.parameters(), lr=t.learning_rate)
    return BareLoop(net, optimizer, F.cross_entropy, x, y, t.batch_size, t.weight_seed)


def load_seconds(course: CourseSet) -> tuple[float, int]:
    """Seconds `load_dataset` takes for the set, and the bytes of the arrays it makes."""
    from playground.engine.data import load_dataset

    start = time.perf_counter()
    data = load_dataset(course.project.data.dataset, course.project.data.params)
    seconds = time.perf_counter() - start
    return seconds, sum(a.nbytes for a in (data.x_train, data.y_train, data.x_test, data.y_test))


# ----- peak memory, in a worker-like child ----------------------------------------------------------
@dataclass
class PeakMemory:
    warm_mb: float  # resident memory with torch imported and warm, before the run is loaded
    peak_mb: float  # the process's high-water mark, after loading, training and publishing
    steps: int


def _status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="utf-8") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    raise OSError(f"no {field} in /proc/self/status")


def _peak_child(project_path: str, seconds: float) -> dict:
    from playground.bench.loops import run_engine
    from playground.engine.runner import _warm_up

    _warm_up()  # what the worker does before it is given a run
    warm = _status_mb("VmRSS")
    speed = run_engine(load_project(project_path), "cpu", seconds)
    return {"warm_mb": warm, "peak_mb": _status_mb("VmHWM"), "steps": speed.steps}


def peak_memory(project_path: Path, seconds: float) -> PeakMemory | None:
    """The worker-like child's memory; None where there is no /proc to read it from."""
    from playground.bench.loops import BenchError

    if not Path("/proc/self/status").exists():
        return None
    command = [sys.executable, "-m", "playground.bench.course", "peak", str(project_path), str(seconds)]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=PEAK_TIMEOUT,
                             cwd=Path(__file__).resolve().parents[2])
    except subprocess.TimeoutExpired:
        raise BenchError(f"the memory child did not finish within {PEAK_TIMEOUT:.0f} s") from None
    if out.returncode != 0:
        tail = " ".join(out.stderr.strip().splitlines()[-3:])
        raise BenchError(f"the memory child failed (exit code {out.returncode}): {tail}")
    return PeakMemory(**json.loads(out.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "peak":
        sys.exit("usage: python -m playground.bench.course peak PROJECT SECONDS")
    print(json.dumps(_peak_child(sys.argv[2], float(sys.argv[3]))))
