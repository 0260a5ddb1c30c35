"""What each view's probe sends to its widget: plain numpy data, one module per view name.

numpy only (like `playground.engine.snapshot`): the GUI process unpickles these payloads, and
must not import torch to do so. A view `NAME` keeps its payload in `payloads/NAME.py`, its
probe in `engine/views/NAME.py` and its widget in `ui/views/NAME.py`.
"""
