"""The example projects' names in the app's language: File > Open Example lists each by a short name
(in English its file stem with spaces, "digits mlp", as it always was), and each project's own
title (the window's title once it is open) has a translation here too.

The names live in a table keyed by file stem, not in the example files: the files stay the
projects they are (any version of the app opens them), and lupdate finds the names here. An
example added without an entry keeps its English name.
"""

from __future__ import annotations

from pathlib import Path

from playground.core.i18n import translate, translate_later

# the menu's names: in English exactly the file stem with spaces
EXAMPLE_NAMES: dict[str, str] = {
    "blobs_4class": translate_later("examples", "blobs 4class"),
    "cifar10_cnn": translate_later("examples", "cifar10 cnn"),
    "circle": translate_later("examples", "circle"),
    "concat_branches": translate_later("examples", "concat branches"),
    "digits_autoencoder": translate_later("examples", "digits autoencoder"),
    "digits_cnn": translate_later("examples", "digits cnn"),
    "digits_mlp": translate_later("examples", "digits mlp"),
    "drawn_points": translate_later("examples", "drawn points"),
    "function_sin": translate_later("examples", "function sin"),
    "gan_digits": translate_later("examples", "gan digits"),
    "gan_mixture": translate_later("examples", "gan mixture"),
    "gan_ring": translate_later("examples", "gan ring"),
    "image_folder_shapes": translate_later("examples", "image folder shapes"),
    "iris_table": translate_later("examples", "iris table"),
    "mnist_cnn": translate_later("examples", "mnist cnn"),
    "plane_regression": translate_later("examples", "plane regression"),
    "residual_add": translate_later("examples", "residual add"),
    "sine_next_lstm": translate_later("examples", "sine next lstm"),
    "spiral": translate_later("examples", "spiral"),
    "wave_kind_gru": translate_later("examples", "wave kind gru"),
    "xor": translate_later("examples", "xor"),
}

# the projects' own titles, as the example files hold them (in English)
EXAMPLE_TITLES: dict[str, str] = {
    "blobs_4class": translate_later("examples", "Four blobs: softmax and cross-entropy for 4 classes"),
    "cifar10_cnn": translate_later(
        "examples", "CIFAR-10: a small convolutional network (choose the folder with the CIFAR-10 binary batches)"),
    "circle": translate_later("examples", "Circle: the TensorFlow Playground classic (2-8-8-1 tanh)"),
    "concat_branches": translate_later("examples", "Concat: a tanh branch and a ReLU branch side by side"),
    "digits_autoencoder": translate_later("examples",
                                          "Digits 8x8: an autoencoder squeezes each image through 8 numbers"),
    "digits_cnn": translate_later("examples", "Digits 8x8: a small convolutional network"),
    "digits_mlp": translate_later("examples", "Digits 8x8: a multilayer perceptron"),
    "drawn_points": translate_later(
        "examples", "Drawn points: click on the plot to add points, drag to move them, right-click to erase"),
    "function_sin": translate_later("examples", "Fit sin(x): a 1-32-32-1 tanh network"),
    "gan_digits": translate_later("examples", "Digits GAN: 8x8 handwritten digits made from 16 random numbers"),
    "gan_mixture": translate_later("examples",
                                   "Gaussian-mixture GAN: three separate blobs, where mode collapse shows"),
    "gan_ring": translate_later("examples", "Ring GAN: a generator learns to bend 2-D noise into a ring"),
    "image_folder_shapes": translate_later(
        "examples", "Your own images: circles, squares and triangles from a folder (pooled down to 1x1, so a "
        "shape is found anywhere)"),
    "iris_table": translate_later("examples", "Iris flowers from a CSV table: a small classifier"),
    "mnist_cnn": translate_later("examples",
                                 "MNIST: a small convolutional network (choose the folder with the MNIST files)"),
    "plane_regression": translate_later("examples", "Plane: regression with mean squared error"),
    "residual_add": translate_later("examples", "Residual: an Add layer adds a skip connection around two layers"),
    "sine_next_lstm": translate_later("examples", "Sine wave: an LSTM predicts the next value"),
    "spiral": translate_later("examples", "Spiral: a deeper network with extra input features"),
    "wave_kind_gru": translate_later("examples", "Wave shapes: a GRU tells sine, square and sawtooth apart"),
    "xor": translate_later("examples", "XOR: a hidden layer bends the boundary"),
}


def example_name(path: Path) -> str:
    """The example's name in File > Open Example, in the app's language."""
    name = EXAMPLE_NAMES.get(path.stem)
    return translate("examples", name) if name is not None else path.stem.replace("_", " ")


def example_title(path: Path, title: str) -> str:
    """The example project's title (`title`, as its file holds it) in the app's language: the
    translation when the file's title is the one this table knows, else the file's own."""
    known = EXAMPLE_TITLES.get(path.stem)
    return translate("examples", known) if known == title else title
