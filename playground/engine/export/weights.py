"""A trained network's weights as a file: a state dict of tensors under the exported script's names.

`torch.save` of a plain dict of tensors, read back with `torch.load(..., weights_only=True)`: no
pickled objects, so opening a weights file cannot run code. The keys are the script's (`dense_2.0.weight`,
not the app's `layers.2.0.weight`), so the exported script's `--weights FILE` loads a file the app
saved, and the app loads one the script saved.
"""

from __future__ import annotations

from pathlib import Path

import torch

from playground.core.graph import Graph
from playground.core.i18n import translate
from playground.engine.build import GraphModule
from playground.engine.export.kinds import gan_refused
from playground.engine.export.script import attribute_names
from playground.engine.export.source import ExportError

_PREFIX = "layers."  # GraphModule keeps each node's module in `layers[str(node id)]`


def _exported_keys(model: GraphModule, graph: Graph) -> dict[str, str]:
    """The exported script's state-dict key of each of the app's keys."""
    if not isinstance(model, GraphModule):  # a GAN's two networks: the script has no GANs
        raise gan_refused()
    names = attribute_names(graph, [step.node_id for step in model.steps])
    keys = {}
    for key in model.state_dict():
        if key.startswith(_PREFIX):  # not `sequential.`: a chain's flat Sequential holds the same tensors
            node_id, rest = key[len(_PREFIX):].split(".", 1)
            keys[key] = f"{names[int(node_id)]}.{rest}"
    return keys


def exported_state(model: GraphModule, graph: Graph) -> dict[str, torch.Tensor]:
    """The model's parameters and buffers, keyed as the exported script's Net names them."""
    state = model.state_dict()
    return {exported: state[key].detach().cpu().clone() for key, exported in _exported_keys(model, graph).items()}


def save_weights(model: GraphModule, graph: Graph, path: str | Path) -> Path:
    path = Path(path)
    try:
        torch.save(exported_state(model, graph), path)
    except OSError as exc:
        raise ExportError(translate("export", "The weights could not be saved to {path}: {error}.").format(
            path=path, error=exc.strerror or exc)) from None
    return path


def load_weights(model: GraphModule, graph: Graph, path: str | Path) -> None:
    """Put the weights of `path` (saved by the app or an exported script) into `model`."""
    try:
        saved = torch.load(path, map_location="cpu", weights_only=True)
    except FileNotFoundError:
        raise ExportError(translate("export", "There is no weights file {path}.").format(path=path)) from None
    except Exception as exc:  # unpickling refuses anything but tensors and plain containers
        raise ExportError(translate("export", "{path} is not a weights file saved by Neural Playground "
                                    "({error}).").format(path=path, error=exc)) from None
    app_key = {exported: key for key, exported in _exported_keys(model, graph).items()}
    state = model.state_dict()
    if not isinstance(saved, dict) or set(saved) != set(app_key):
        missing = sorted(set(app_key) - set(saved)) if isinstance(saved, dict) else []
        if missing:
            raise ExportError(translate("export", "The weights in {path} belong to another network: they lack "
                                        "{names}.").format(path=path, names=", ".join(missing[:3])))
        raise ExportError(translate("export", "The weights in {path} belong to another network.").format(path=path))
    for key, tensor in saved.items():
        if not isinstance(tensor, torch.Tensor) or tensor.shape != state[app_key[key]].shape:
            raise ExportError(translate("export", "The weights in {path} belong to another network: {key} has "
                                        "another shape.").format(path=path, key=key))
    with torch.no_grad():
        for key, tensor in saved.items():
            state[app_key[key]].copy_(tensor)
