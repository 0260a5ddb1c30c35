"""Leaving the playground: a project as a standalone PyTorch script, an ONNX file, or its weights.

`script.py` and the modules it uses (`kinds.py`, `data.py`, `source.py`) are pure Python, so the
window writes scripts without torch; `onnx.py` and `weights.py` need torch.
"""
