"""The problems `playground bench` trains, built with the core API (no torch, no Qt).

The reference problem is issue #5's: spiral, 500 points, half of them to train, a 2-8-8-1 tanh
network, SGD at lr 0.03, batch 10, BCE on logits, float32, on the CPU. It is the app's default
network (`default_project()`) pointed at the spiral data, so the window shows what a first-time
user would see. The GPU section uses the shipped digits CNN example, the GAN section the ring GAN.
"""

from __future__ import annotations

from playground.core.project import DataSettings, Project, default_project, load_project
from playground.core.resources import examples_dir

DIGITS_CNN = examples_dir() / "digits_cnn.json"
GAN_RING = examples_dir() / "gan_ring.json"

REFERENCE_DATA = {"samples": 500, "train_ratio": 0.5, "noise": 0.0, "seed": 0}
REFERENCE_SEED = 1  # initial weights and batch order (TrainSettings.weight_seed)
HIDDEN = (8, 8)
LEARNING_RATE = 0.03
BATCH_SIZE = 10
REFERENCE_TEXT = ("spiral, 500 points (250 train), 2-8-8-1 tanh, SGD lr 0.03, batch 10, "
                  "BCE on logits, float32, CPU")


def reference_project() -> Project:
    project = default_project()  # Input -> Dense 8 tanh -> Dense 8 tanh -> Dense 1 linear -> Output
    project.title = "Bench reference: spiral, 2-8-8-1 tanh"
    project.data = DataSettings("spiral", dict(REFERENCE_DATA))
    t = project.training
    t.loss, t.optimizer, t.optimizer_params = "bce", "sgd", {}
    t.learning_rate, t.batch_size, t.weight_seed = LEARNING_RATE, BATCH_SIZE, REFERENCE_SEED
    t.regularization, t.epochs, t.device = "none", 0, "cpu"
    return project


def digits_cnn_project(device: str) -> Project:
    project = load_project(DIGITS_CNN)
    project.training.device = device
    return project


def gan_ring_project() -> Project:
    """The shipped ring GAN, on the CPU (the GAN section)."""
    project = load_project(GAN_RING)
    project.training.device = "cpu"
    return project
