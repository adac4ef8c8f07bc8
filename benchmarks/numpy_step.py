#!/usr/bin/env python3
"""The seed network's training step in numpy, timed on the benchmark shapes.

Same math as the Java networks (see seed/a-numpy-neural-network.md): row-major float64,
h = a W + b, ReLU on hidden layers, identity output, loss sum (y_pred - y)^2,
G = 2 (y_pred - y), dW = a_prev^T delta, db = column sums of delta,
delta_prev = [h_prev >= 0] * (delta W^T), plain SGD. BLAS runs on one thread.

Prints one JSON object per line (operation, shape, median, min and max microseconds per
operation over the repeats) for run.sh to merge into RESULTS.md. With --self-test it checks
its gradients against central finite differences instead and exits non-zero on a mismatch.
"""

import os

# Must be set before numpy loads its BLAS, or the thread pool is already sized.
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import timeit  # noqa: E402

import numpy as np  # noqa: E402

SHAPES = {
    "seed": (32, [50, 25, 25, 10]),
    "mnist": (64, [784, 256, 128, 10]),
    "wide": (256, [64, 64, 64, 16]),
}
PREDICT_ROWS = 10_000
PARAMETER_SEED = 20200531
DATA_SEED = 1234
REPEATS = 7
# Each repeat runs for at least this long, so timer resolution does not matter.
MIN_REPEAT_SECONDS = 0.2


class Network:
    """Weights, biases and the buffers of one forward pass, for one batch size."""

    def __init__(self, sizes, rng):
        self.weights = [rng.uniform(-0.5, 0.5, (fan_in, fan_out))
                        for fan_in, fan_out in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.full(fan_out, 0.1) for fan_out in sizes[1:]]
        self.pre_activations = []
        self.activations = []

    def forward(self, x):
        self.pre_activations = []
        self.activations = [x]
        last = len(self.weights) - 1
        for layer, (w, b) in enumerate(zip(self.weights, self.biases)):
            h = self.activations[-1] @ w + b
            self.pre_activations.append(h)
            self.activations.append(h if layer == last else np.maximum(h, 0))
        return self.activations[-1]

    def gradients(self, x, y):
        """The loss and (dW, db) per layer, without updating."""
        prediction = self.forward(x)
        error = prediction - y
        loss = float(np.sum(error * error))
        delta = 2 * error
        weight_gradients = [None] * len(self.weights)
        bias_gradients = [None] * len(self.weights)
        for layer in range(len(self.weights) - 1, -1, -1):
            weight_gradients[layer] = self.activations[layer].T @ delta
            bias_gradients[layer] = delta.sum(axis=0)
            if layer > 0:
                mask = self.pre_activations[layer - 1] >= 0
                delta = mask * (delta @ self.weights[layer].T)
        return loss, weight_gradients, bias_gradients

    def train_step(self, x, y, learning_rate):
        loss, weight_gradients, bias_gradients = self.gradients(x, y)
        for w, b, dw, db in zip(self.weights, self.biases, weight_gradients, bias_gradients):
            w -= learning_rate * dw
            b -= learning_rate * db
        return loss

    def predict(self, x, rows, batch, out):
        """Batch-sized chunks, the last one padded with zero rows, as the Java networks do."""
        chunk = np.zeros((batch, x.shape[1]))
        for start in range(0, rows, batch):
            count = min(batch, rows - start)
            chunk[:count] = x[start:start + count]
            chunk[count:] = 0
            out[start:start + count] = self.forward(chunk)[:count]
        return out

    def is_healthy(self, x):
        parameters = self.weights + self.biases
        if not all(np.all(np.isfinite(p)) for p in parameters):
            return False
        self.forward(x)
        return all(np.any(a > 0) for a in self.activations[1:-1])


def learning_rate(batch, sizes):
    """As NetworkBenchmark.learningRate: 1e-3 / (n * largest fan-in)."""
    return 1e-3 / (batch * max(sizes[:-1]))


def time_per_op(function):
    timer = timeit.Timer(function)
    number = 1
    while timer.timeit(number) < MIN_REPEAT_SECONDS:
        number *= 2
    seconds = [total / number for total in timer.repeat(repeat=REPEATS, number=number)]
    micros = [s * 1e6 for s in seconds]
    return statistics.median(micros), min(micros), max(micros), number


def benchmark(shape_name, operations):
    batch, sizes = SHAPES[shape_name]
    data = np.random.default_rng(DATA_SEED)
    x = data.uniform(-0.5, 0.5, (batch, sizes[0]))
    y = data.uniform(-0.5, 0.5, (batch, sizes[-1]))
    rate = learning_rate(batch, sizes)
    results = []
    for operation in operations:
        network = Network(sizes, np.random.default_rng(PARAMETER_SEED))
        if operation == "trainStep":
            function = lambda: network.train_step(x, y, rate)  # noqa: E731
        elif operation == "forward":
            function = lambda: network.forward(x)  # noqa: E731
        else:
            rows = data.uniform(-0.5, 0.5, (PREDICT_ROWS, sizes[0]))
            out = np.empty((PREDICT_ROWS, sizes[-1]))
            function = lambda: network.predict(rows, PREDICT_ROWS, batch, out)  # noqa: E731
        median, fastest, slowest, number = time_per_op(function)
        if not network.is_healthy(x):
            raise SystemExit(f"numpy {operation} on {shape_name}: parameters went unhealthy")
        results.append({
            "operation": operation, "shape": shape_name, "median_us": median,
            "min_us": fastest, "max_us": slowest, "repeats": REPEATS, "number": number,
        })
    return results


def self_test():
    """Analytic gradients against central differences on a small shape, in float64."""
    rng = np.random.default_rng(7)
    sizes = [5, 4, 3, 2]
    network = Network(sizes, rng)
    x = rng.uniform(-0.5, 0.5, (3, 5))
    y = rng.uniform(-0.5, 0.5, (3, 2))
    _, weight_gradients, bias_gradients = network.gradients(x, y)
    step = 1e-6
    worst = 0.0
    for parameters, gradients in ((network.weights, weight_gradients),
                                  (network.biases, bias_gradients)):
        for p, g in zip(parameters, gradients):
            for index in np.ndindex(p.shape):
                saved = p[index]
                p[index] = saved + step
                up = network.gradients(x, y)[0]
                p[index] = saved - step
                down = network.gradients(x, y)[0]
                p[index] = saved
                numeric = (up - down) / (2 * step)
                worst = max(worst, abs(numeric - g[index]) / max(1.0, abs(numeric)))
    # Central differences of a piecewise quadratic: error ~ step^2 plus rounding ~ 1e-10.
    tolerance = 1e-6
    print(f"numpy gradient self-test: worst relative difference {worst:.2e}"
          f" (tolerance {tolerance:.0e})", file=sys.stderr)
    return worst <= tolerance


def blas_name():
    try:
        name = np.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
    except (TypeError, KeyError):  # numpy before 1.26 has no dict mode
        return "unknown BLAS"
    for known in ("OpenBLAS", "MKL", "Accelerate", "BLIS"):
        if known.lower() in name.lower():
            return known
    return name


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default="seed,mnist,wide")
    parser.add_argument("--operations", default="trainStep,forward,predict")
    parser.add_argument("--predict-shapes", default="seed,mnist,wide",
                        help="the shapes on which predict runs, if it is an operation")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        return 0 if self_test() else 1
    header = {"numpy": np.__version__, "blas": blas_name(),
              "python": sys.version.split()[0]}
    print(json.dumps(header))
    predict_shapes = args.predict_shapes.split(",")
    for shape_name in args.shapes.split(","):
        operations = [operation for operation in args.operations.split(",")
                      if operation != "predict" or shape_name in predict_shapes]
        for result in benchmark(shape_name, operations):
            print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
