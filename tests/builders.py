"""Builders the tests share: networks as a chain of layers, projects around them, short CPU runs.

Test modules import it as `from builders import ...`: pytest (in its default "prepend" import mode)
puts the folder of `tests/conftest.py`, this folder, on sys.path before it collects any test here,
whether it runs one file or the whole suite. `pytest.mark.usefixtures("one_torch_thread")` (a
fixture of that conftest) is the other shared piece.

A layer is written `(kind, params)`, as `Graph.add_node` takes it, or as a bare kind for a layer
with no parameters ("Flatten", "Add"). Nothing here imports torch until a trainer is asked for, so
the tests of `playground.core` can use the graph and project builders without it.

Image data files as the user downloads them (`make_mnist`: IDX files, `make_cifar`: CIFAR-10 binary
batches) are written small, for the loaders, the command line and the fuzz tests.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from playground.core.graph import Graph
from playground.core.project import DataSettings, Project, TrainSettings, default_project

if TYPE_CHECKING:
    from playground.engine.runner import Runner
    from playground.engine.trainer import Trainer

Layer = str | tuple[str, dict]


def dense(units: int, activation: str = "Tanh", **params) -> tuple[str, dict]:
    """A Dense layer of `units` units and `activation`, with any other Dense parameters."""
    return "Dense", {"units": units, "activation": activation, **params}


def chain_graph(*layers: Layer) -> tuple[Graph, dict[str | int, int]]:
    """Input -> layers... -> Output, each node linked to the next, all at the canvas's origin.

    Returns the graph and its node ids by position: `ids["Input"]`, `ids[0]` (the first given
    layer), `ids[1]`, ..., `ids["Output"]`.
    """
    graph = Graph()
    prev = graph.add_node("Input")
    ids: dict[str | int, int] = {"Input": prev.id}
    for i, layer in enumerate(layers):
        kind, params = (layer, {}) if isinstance(layer, str) else layer
        node = graph.add_node(kind, params)
        graph.connect(prev.id, node.id)
        ids[i] = node.id
        prev = node
    out = graph.add_node("Output")
    graph.connect(prev.id, out.id)
    ids["Output"] = out.id
    return graph, ids


def gan_graph(generator: list[Layer], discriminator: list[Layer], noise: dict | None = None,
              real_input: bool = True) -> tuple[Graph, dict[str, int]]:
    """Noise -> generator... -> Generated -> discriminator... -> Output, with the Input linked into
    Generated when `real_input`. Returns the graph and ids: "Noise", "Generated", "Output", "Input",
    "G0", "G1", ..., "D0", "D1", ..."""
    graph = Graph()
    ids: dict[str, int] = {}

    def add(layer: Layer, name: str, after: int | None) -> int:
        kind, params = (layer, {}) if isinstance(layer, str) else layer
        ids[name] = graph.add_node(kind, params).id
        if after is not None:
            graph.connect(after, ids[name])
        return ids[name]

    prev = add(("Noise", dict(noise or {})), "Noise", None)
    for i, layer in enumerate(generator):
        prev = add(layer, f"G{i}", prev)
    prev = add("Generated", "Generated", prev)
    if real_input:
        graph.connect(add("Input", "Input", None), ids["Generated"])
    for i, layer in enumerate(discriminator):
        prev = add(layer, f"D{i}", prev)
    add("Output", "Output", prev)
    return graph, ids


def gan_project(dataset: str = "ring", generator: list[Layer] | None = None,
                discriminator: list[Layer] | None = None, data_params: dict | None = None,
                **training) -> Project:
    """A small GAN (by default G: 2 -> 16 -> 16 -> 2, D: 2 -> 16 -> 16 -> 1, ReLU) on `dataset`, on
    the CPU; `training` sets TrainSettings fields."""
    graph, _ = gan_graph(generator or [dense(16, "ReLU"), dense(16, "ReLU"), dense(2, "Linear")],
                         discriminator or [dense(16, "ReLU"), dense(16, "ReLU"), dense(1, "Linear")])
    return Project(graph, DataSettings(dataset, dict(data_params or {})), TrainSettings(device="cpu", **training))


def single_networks(paths: list[Path]) -> list[Path]:
    """The project files among `paths` that are not GANs: what the export tests take (an export of a
    GAN is refused, as tests/engine/test_gan_trainer.py checks)."""
    from playground.core.gan import is_gan
    from playground.core.project import load_project

    return [p for p in paths if not is_gan(load_project(p).graph)]


def chain_project(layers, dataset: str, data_params: dict | None = None, **training) -> Project:
    """A project training `chain_graph(*layers)` on `dataset` with `data_params` (none: the data
    set's defaults) on the CPU; `training` are TrainSettings fields, the rest stay at their defaults
    (loss "bce", optimizer "sgd", ...)."""
    graph, _ = chain_graph(*layers)
    return Project(graph, DataSettings(dataset, dict(data_params or {})),
                   TrainSettings(device="cpu", **training))


def default_on(dataset: str = "circle", **training) -> Project:
    """`default_project()` (the starting network: Dense 8, Dense 8, Dense 1 on "circle", loss
    "bce") on the CPU, fed `dataset` with its default parameters; `training` sets TrainSettings
    fields."""
    project = default_project()
    project.data.dataset = dataset
    project.training.device = "cpu"
    for name, value in training.items():
        setattr(project.training, name, value)
    return project


def trained(project: Project, epochs: int) -> Trainer:
    """A trainer of `project` after `epochs` epochs in this thread, checked not to have diverged."""
    from playground.engine.trainer import Trainer

    trainer = Trainer.from_project(project)
    trainer.run(epochs=epochs)
    assert not trainer.diverged, trainer.diverged
    return trainer


# ----- image data files: MNIST (IDX) and CIFAR-10 (binary batches) -------------------------------
def idx_bytes(array: np.ndarray) -> bytes:
    header = bytes([0, 0, 0x08, array.ndim]) + b"".join(d.to_bytes(4, "big") for d in array.shape)
    return header + array.astype(np.uint8).tobytes()


def make_mnist(folder: Path, n_train: int = 12, n_test: int = 5, gz: bool = False,
               dotted: bool = False) -> None:
    """Tiny MNIST: image i of label L has every pixel = 10*L + (i % 7), to check the pairing."""
    folder.mkdir(parents=True, exist_ok=True)
    for prefix, n in (("train", n_train), ("t10k", n_test)):
        labels = (np.arange(n) * 3) % 10
        images = np.empty((n, 28, 28), np.uint8)
        images[:] = (10 * labels + np.arange(n) % 7)[:, None, None]
        for kind, arr, nd in (("images", images, 3), ("labels", labels, 1)):
            name = f"{prefix}-{kind}{'.' if dotted else '-'}idx{nd}-ubyte"
            data = idx_bytes(arr)
            if gz:
                (folder / (name + ".gz")).write_bytes(gzip.compress(data))
            else:
                (folder / name).write_bytes(data)


def cifar_records(labels: list[int]) -> bytes:
    """Record i: label, then red plane = label, green = 100 + i, blue = 200."""
    out = bytearray()
    for i, label in enumerate(labels):
        out.append(label)
        out += bytes([label]) * 1024 + bytes([100 + i]) * 1024 + bytes([200]) * 1024
    return bytes(out)


def make_cifar(folder: Path, per_batch: int = 3) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    names = [f"data_batch_{i}.bin" for i in range(1, 6)] + ["test_batch.bin"]
    for b, name in enumerate(names):
        labels = [(b * per_batch + i) % 10 for i in range(per_batch)]
        (folder / name).write_bytes(cifar_records(labels))


def main_window(folder: Path, runner: Runner):
    """The app's main window as a user opens it, on `runner`: shown, its worker started, its
    settings in `folder` (never the user's). Not given to qtbot.addWidget: pytest-qt would close
    it before the test marks its work saved, and the "save your changes?" box would wait for ever."""
    from PySide6.QtCore import QSettings

    from playground.ui.main_window import MainWindow

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner=runner, settings=settings)
    window.resize(1280, 800)
    window.show()
    window.start_worker()
    return window


# examples shipped without their data: they ask for a folder until the user chooses one
USER_FOLDER_EXAMPLES = {"mnist_cnn": make_mnist, "cifar10_cnn": make_cifar}


def with_user_files(project: Project, name: str, folder: Path) -> Project:
    """`project` (the example `name`) pointed at small made-up files in `folder` when it is one of
    USER_FOLDER_EXAMPLES, as if the user had chosen their folder; others are left as they are."""
    make = USER_FOLDER_EXAMPLES.get(name)
    if make is not None:
        folder.mkdir(parents=True, exist_ok=True)
        make(folder)
        project.data.params = {**project.data.params, "path": str(folder)}
    return project


def inspectable_thread_runner():
    """A ThreadRunner that keeps its WorkerLoop as `.loop`, so a test can look at the live model."""
    from playground.engine.runner import ThreadRunner, WorkerLoop

    class InspectableThreadRunner(ThreadRunner):
        loop: WorkerLoop | None = None

        def _main(self, channel) -> None:
            self.loop = WorkerLoop(channel)
            self.loop.serve()

    return InspectableThreadRunner()
