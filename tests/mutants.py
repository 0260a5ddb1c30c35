"""Damaged inputs for the property-based tests: project files mutated from the shipped examples,
and MNIST IDX files mutated from good ones.

Imported as `from mutants import ...`, like builders.py beside it. A project mutant is JSON text,
not a dict: some damage (a number of 5,000 digits, lists nested 5,000 deep) cannot be written by
json.dumps, so it is spliced into the text where a marker string stands.
"""

from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path
from typing import Any

import numpy as np
from hypothesis import strategies as st

from playground.core.datasets import resolve_paths

from builders import idx_bytes

EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "assets" / "examples"
EXAMPLE_PATHS = sorted(EXAMPLES_DIR.glob("*.json"))


def _example(path: Path) -> dict:
    data = json.loads(path.read_text())
    # a shipped CSV is named relative to the example: the mutant is written elsewhere
    data["data"]["params"] = resolve_paths(data["data"]["params"], str(EXAMPLES_DIR))
    return data


EXAMPLES: dict[str, dict] = {p.stem: _example(p) for p in EXAMPLE_PATHS}

# Markers replaced in the JSON text by what json.dumps cannot write.
_SPLICES = {
    "\u0000huge-4400": "1" + "0" * 4400,  # past Python's 4,300-digit limit on reading integers
    "\u0000huge-400": "1" + "0" * 400,  # a whole number too large for a float
    "\u0000huge-neg": "-" + "9" * 330,
    "\u0000deep-60": "[" * 60 + "]" * 60,
    "\u0000deep-3000": "[" * 3000 + "]" * 3000,  # deeper than Python's recursion limit
    "\u0000deep-obj": '{"a":' * 400 + "1" + "}" * 400,
    "\u0000nan": "NaN",
    "\u0000inf": "Infinity",
    "\u0000-inf": "-Infinity",
    "\u0000surrogate": '"\\ud800XOR"',
    "\u0000low-surrogate": '"\\udfff"',
}

_odd_numbers = st.sampled_from([0, -1, 1, 2**31, 2**31 - 1, -(2**63), 2**64, 10**20, 1e308, -1e308,
                                5e-324, 0.5, -0.0, 1e7, 999999.5, 1.5, 3.0, 10**300])
_odd_text = st.one_of(
    st.sampled_from(["", " ", "Dense", "Input", "Output", "mnist", "cifar10", "csv", "cross_entropy",
                     "adam", "..", "/", "/dev/zero", "\ufffd", "X\u2081", "\u202etxt", "a" * 5000,
                     "C:\\\\data"]),
    st.text(max_size=12),
)
ODD_VALUES = st.one_of(
    st.none(), st.booleans(), _odd_numbers, _odd_text,
    st.integers(-(10**6), 10**6), st.floats(allow_nan=False, allow_infinity=False),
    st.just([]), st.just({}), st.lists(st.integers(-3, 3), max_size=3),
    st.dictionaries(st.sampled_from(["id", "x", "units", "kind", "path"]), st.integers(-2, 5),
                    max_size=2),
)


# What a data set's files may be named: nothing, nowhere, a folder of other files, a device, a
# directory where a file is expected, the shipped CSV.
_DATA_PATHS = st.sampled_from(["", "nowhere", "/", "/dev/null", ".", "..", "p.json", str(EXAMPLES_DIR),
                               str(EXAMPLES_DIR.parent / "iris.csv"), str(EXAMPLES_DIR / "xor.json"),
                               "\u0000surrogate"])


def _tweak(draw, value: Any) -> Any:
    """A value of the same kind, odd: the damage that gets past the type checks."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return draw(st.one_of(_odd_numbers, st.integers(-5, 70_000), st.floats(-1e6, 1e6)))
    if isinstance(value, str):
        return draw(st.one_of(_odd_text, st.sampled_from(["Conv2D", "LSTM", "Flatten", "Add", "mse",
                                                          "sgd", "spiral", "wave_kind", "cuda"])))
    return value


def _paths(tree: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in the tree (the root is ())."""
    out = [prefix]
    if isinstance(tree, dict):
        for key, value in tree.items():
            out += _paths(value, prefix + (key,))
    elif isinstance(tree, list):
        for i, value in enumerate(tree):
            out += _paths(value, prefix + (i,))
    return out


def _get(tree: Any, path: tuple) -> Any:
    for key in path:
        tree = tree[key]
    return tree


def _set(tree: Any, path: tuple, value: Any) -> Any:
    """The tree with the value at `path` replaced (the root itself when `path` is ())."""
    if not path:
        return value
    _get(tree, path[:-1])[path[-1]] = value
    return tree


# every kind of damage, the likelier ones listed twice
EVERY_DAMAGE = ("tweak", "tweak", "tweak", "replace", "replace", "splice", "splice", "drop", "wrap",
                "as_text", "duplicate", "link", "empty_graph", "nest_more", "data_files", "pins")
# damage that mostly leaves a file readable: odd values of the right type, links, data files, pins
READABLE_DAMAGE = ("tweak", "tweak", "link", "empty_graph", "data_files", "pins")


def _mutate_once(draw, tree: Any, ops: tuple[str, ...]) -> Any:
    paths = _paths(tree)[::-1]  # the root and the format last: hypothesis favours the first ones
    path = draw(st.sampled_from(paths))
    here = _get(tree, path)
    op = draw(st.sampled_from(ops))
    if op == "tweak":
        leaves = [p for p in paths if not isinstance(_get(tree, p), (dict, list))]
        leaf = draw(st.sampled_from(leaves)) if leaves else ()
        return _set(tree, leaf, _tweak(draw, _get(tree, leaf)))
    if op == "data_files" and isinstance(tree, dict):  # data from files that may not be there
        tree["data"] = {"dataset": draw(st.sampled_from(["mnist", "cifar10", "csv"])),
                        "params": {"path": draw(_DATA_PATHS)}}
        return tree
    if op == "pins" and isinstance(tree, dict):  # pinned runs (then maybe damaged by the next op)
        n = draw(st.integers(0, 5))
        pinned = {k: copy.deepcopy(v) for k, v in tree.items() if k != "pins"}
        tree["pins"] = [{"project": pinned, "steps": 10 * n,
                         "epochs": [i / 2 for i in range(n)],
                         "series": {"train_loss": [1.0 / (i + 1) for i in range(n)], "test_acc": [None] * n}}
                        for _ in range(draw(st.integers(1, 2)))]
        return tree
    if op == "replace":
        return _set(tree, path, draw(ODD_VALUES))
    if op == "splice":
        return _set(tree, path, draw(st.sampled_from(list(_SPLICES))))
    if op == "drop" and path:
        del _get(tree, path[:-1])[path[-1]]
        return tree
    if op == "wrap":
        return _set(tree, path, draw(st.sampled_from([[here], {"value": here}])))
    if op == "as_text":
        try:
            return _set(tree, path, json.dumps(here))
        except (TypeError, ValueError):
            return tree
    if op == "duplicate" and isinstance(here, list) and here:
        here.append(copy.deepcopy(here[draw(st.integers(0, len(here) - 1))]))  # duplicate ids
        return tree
    graph = tree.get("graph") if isinstance(tree, dict) else None
    if not (isinstance(graph, dict) and isinstance(graph.get("nodes"), list)
            and isinstance(graph.get("links"), list)):
        return tree
    if op == "link":  # a cycle, a link back, a link to a node that is not there, a self-loop
        ids = [n["id"] for n in graph["nodes"] if isinstance(n, dict) and "id" in n] or [1]
        source = draw(st.one_of(st.sampled_from(ids), st.integers(-2, 200)))
        target = draw(st.one_of(st.sampled_from(ids), st.integers(-2, 200)))
        graph["links"].append({"id": draw(st.integers(0, 300)), "source": source, "target": target})
    elif op == "empty_graph":
        graph["nodes"], graph["links"] = [], []
    elif op == "nest_more":
        graph["nodes"] = [graph["nodes"]]
    return tree


@st.composite
def project_mutants(draw, max_mutations: int = 3,
                    ops: tuple[str, ...] = EVERY_DAMAGE) -> tuple[str, str]:
    """(example name, JSON text): a shipped example with 1 to `max_mutations` kinds of damage
    drawn from `ops`."""
    name = draw(st.sampled_from(sorted(EXAMPLES)))
    tree: Any = copy.deepcopy(EXAMPLES[name])
    for _ in range(draw(st.integers(1, max_mutations))):
        tree = _mutate_once(draw, tree, ops)
    text = json.dumps(tree, indent=draw(st.sampled_from([None, 2])))
    for marker, splice in _SPLICES.items():
        text = text.replace(json.dumps(marker), splice)
    return name, text


# ----- IDX files ------------------------------------------------------------------------------------
def good_idx(ndim: int, count: int = 4) -> bytes:
    """A valid IDX file: `count` 28x28 images (ndim 3) or `count` labels 0-9 (ndim 1)."""
    shape = (count, 28, 28) if ndim == 3 else (count,)
    return idx_bytes(np.arange(int(np.prod(shape)), dtype=np.uint8).reshape(shape) % 10)


@st.composite
def idx_mutants(draw) -> tuple[int, bytes, bool]:
    """(ndim the reader expects, file bytes, whether they are gzipped): a good file damaged."""
    ndim = draw(st.sampled_from([1, 3]))
    data = bytearray(good_idx(draw(st.sampled_from([1, 3])), draw(st.integers(0, 5))))
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["truncate", "magic", "size", "append", "flip", "random"]))
        if op == "truncate":
            del data[draw(st.integers(0, len(data))):]
        elif op == "magic":
            data[0:4] = draw(st.binary(min_size=4, max_size=4))
        elif op == "size":  # a declared size: huge, zero, or off by a little
            at = 4 + 4 * draw(st.integers(0, 3))
            value = draw(st.one_of(st.sampled_from([0, 1, 2**31, 2**32 - 1, 60000, 784]),
                                   st.integers(0, 2**32 - 1)))
            data[at:at + 4] = value.to_bytes(4, "big")
        elif op == "append":
            data += draw(st.binary(min_size=1, max_size=64))
        elif op == "flip" and data:
            at = draw(st.integers(0, len(data) - 1))
            data[at] ^= draw(st.integers(1, 255))
        elif op == "random":
            data = bytearray(draw(st.binary(max_size=200)))
    raw = bytes(data)
    gz = draw(st.booleans())
    if gz:
        packed = gzip.compress(raw)
        cut = draw(st.one_of(st.none(), st.integers(0, len(packed))))  # a download cut short
        raw = packed if cut is None else packed[:cut]
    return ndim, raw, gz
