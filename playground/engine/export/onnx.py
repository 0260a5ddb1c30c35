"""A network as one self-contained ONNX file (torch.onnx.export), for other runtimes.

ONNX is an optional extra: `pip install "neural-playground[onnx]"` (onnx and onnxscript, which
torch's exporter needs). Without it the user gets that command, not a traceback.
"""

from __future__ import annotations

import copy
import importlib.util
import logging
import warnings
from pathlib import Path

import torch

from playground.core.i18n import translate
from playground.engine.build import GraphModule
from playground.engine.export.source import ExportError

log = logging.getLogger(__name__)

EXTRA = 'pip install "neural-playground[onnx]"'
PACKAGES = "pip install onnx onnxscript"
INSTALL = f"{EXTRA}  (or: {PACKAGES})"


def onnx_available() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("onnx", "onnxscript"))


def export_onnx(model: GraphModule, input_shape: tuple[int, ...], path: str | Path) -> Path:
    """Write `model` (taking samples of `input_shape`, any batch size) to `path`, weights inside."""
    if not onnx_available():
        raise ExportError(translate("export", "Exporting to ONNX needs the onnx packages, which are not installed. "
                                    "Install them with: {command}  (or: {packages})").format(command=EXTRA,
                                                                                            packages=PACKAGES))
    path = Path(path)
    model = copy.deepcopy(model).cpu().eval()  # a live run's model keeps its device and mode
    example = torch.zeros(2, *input_shape)  # 2, not 1: a batch of one could be specialised away
    batch = torch.export.Dim("batch", min=1)
    exporter_log = logging.getLogger("torch.onnx")
    level = exporter_log.level
    try:
        # the exporter's notes (torchvision absent, deprecations) are for developers, not students
        exporter_log.setLevel(logging.ERROR)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            program = torch.onnx.export(model, (example,), dynamo=True, input_names=["input"],
                                        output_names=["output"], dynamic_shapes=({0: batch},), verbose=False)
        program.save(str(path), external_data=False)
    except OSError as exc:
        raise ExportError(translate("export", "The ONNX file could not be written to {path}: {error}.").format(
            path=path, error=exc.strerror or exc)) from None
    except Exception as exc:  # the exporter's own errors: say what failed in one line
        log.info("ONNX export failed", exc_info=True)
        raise ExportError(translate("export", "This network could not be exported to ONNX: {error}").format(
            error=str(exc).splitlines()[0])) from None
    finally:
        exporter_log.setLevel(level)
    return path
