"""TensorFlow Playground's own training arithmetic (its src/nn.ts and playground.ts' oneStep), as a
plain numpy loop, so the bench's table shows where the app stands against a playground engine.

What it does, as nn.ts does it: one sample at a time, forward (`forwardProp`), then backward
(`backProp`) with the squared error 0.5 (out - target)^2 on targets of -1/+1 and a tanh output
(the playground's classification setting); the derivatives accumulate over the batch, and every
`batch_size` samples `updateWeights` moves each bias and weight by the learning rate times the
mean accumulated derivative, then applies L1 (a weight that would cross zero becomes 0 and stays
"dead") or L2. Weights start uniform in (-0.5, 0.5), biases at 0.1; numbers are float64 like
JavaScript's; the training points are visited in their stored order (the playground shuffles
once, when it makes the data). Each layer is one numpy vector per sample, not one Python loop
per neuron: this measures the arithmetic's cost in numpy, not a JavaScript interpreter's.
"""

from __future__ import annotations

import time

import numpy as np

from playground.bench.loops import Speed


class PlaygroundLoop:
    def __init__(self, x: np.ndarray, labels: np.ndarray, hidden: tuple[int, ...], learning_rate: float,
                 batch_size: int, regularization: str = "none", regularization_rate: float = 0.0,
                 seed: int = 0):
        rng = np.random.default_rng(seed)
        self.x = np.asarray(x, dtype=np.float64)
        self.t = np.where(np.asarray(labels) > 0, 1.0, -1.0)
        widths = (self.x.shape[1], *hidden, 1)
        self.weights = [rng.random((b, a)) - 0.5 for a, b in zip(widths, widths[1:])]
        self.biases = [np.full(b, 0.1) for b in widths[1:]]
        self.dead = [np.zeros(w.shape, dtype=bool) for w in self.weights]
        self.lr, self.batch_size = learning_rate, batch_size
        self.regularization, self.regularization_rate = regularization, regularization_rate
        self.steps_per_epoch = -(-len(self.x) // batch_size)
        self._zero()

    def _zero(self) -> None:
        self.acc_w = [np.zeros_like(w) for w in self.weights]
        self.acc_b = [np.zeros_like(b) for b in self.biases]
        self.count = 0

    def sample(self, i: int) -> None:
        """forwardProp and backProp of one point, accumulating the derivatives."""
        outputs = [self.x[i]]
        for w, b in zip(self.weights, self.biases):
            outputs.append(np.tanh(w @ outputs[-1] + b))
        out = outputs[-1]
        output_der = out - self.t[i]  # the derivative of 0.5 (out - target)^2
        for layer in range(len(self.weights) - 1, -1, -1):
            y = outputs[layer + 1]
            input_der = output_der * (1 - y * y)  # tanh's derivative at the node's total input
            self.acc_b[layer] += input_der
            self.acc_w[layer] += np.outer(input_der, outputs[layer])
            if layer:
                output_der = self.weights[layer].T @ input_der
        self.count += 1

    def update(self) -> None:
        """updateWeights: the mean accumulated derivative, then L1/L2, as nn.ts orders them."""
        if self.count == 0:
            return
        step = self.lr / self.count
        decay = self.lr * self.regularization_rate
        for w, b, acc_w, acc_b, dead in zip(self.weights, self.biases, self.acc_w, self.acc_b, self.dead):
            b -= step * acc_b
            moved = w - step * acc_w
            if self.regularization == "l1":  # its derivative is taken at the weight before the step
                new = moved - decay * np.sign(w)
                crossed = moved * new < 0  # crossed zero through the penalty: 0, and dead from now on
                new[crossed] = 0.0
                new[dead] = w[dead]
                dead |= crossed
            elif self.regularization == "l2":
                new = moved - decay * w
                new[dead] = w[dead]
            else:
                new = moved
            w[...] = new
        self._zero()

    def epoch(self) -> None:
        """playground.ts' oneStep: every training point once, an update every `batch_size` points."""
        for i in range(len(self.x)):
            self.sample(i)
            if (i + 1) % self.batch_size == 0:
                self.update()

    def loss(self) -> float:
        """The mean squared error over the training points (the playground's 'training loss')."""
        out = self.x.T
        for w, b in zip(self.weights, self.biases):
            out = np.tanh(w @ out + b[:, None])
        return float(np.mean(0.5 * (out[0] - self.t) ** 2))

    def run(self, seconds: float) -> Speed:
        """Whole epochs until `seconds` have passed, as updates ("steps") of `batch_size` points."""
        clock = time.perf_counter
        epochs, start = 0, clock()
        while clock() < start + seconds:
            self.epoch()
            epochs += 1
        return Speed(epochs * self.steps_per_epoch, clock() - start, self.steps_per_epoch)
