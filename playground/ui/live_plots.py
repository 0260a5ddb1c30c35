"""Everything that moves while a run trains: the loss and gradient plots, the task's views and
the canvas's neurons and weights, drawn from the run's snapshots in slices.

A snapshot is drawn one part per event-loop turn (`plots/frames.py`), so no single turn holds
the GUI thread for all the repaints: the views first, then the canvas's neurons and its links (a
batch a turn), then the loss plot, the accuracy plot and the gradients. A part out of sight (a
hidden tab) only keeps its data and catches up when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

from playground.core.i18n import translate
from playground.engine.snapshot import Snapshot
from playground.ui.canvas.scene import CanvasScene
from playground.ui.plots.boundary import BoundaryPlot
from playground.ui.plots.curves import CurvePoints, CurvesPlot
from playground.ui.plots.frames import FrameScheduler
from playground.ui.plots.gradients import GradientPoints, GradientsPlot
from playground.ui.views.area import ViewsArea


class LivePlots(QObject):
    def __init__(self, scene: CanvasScene, neuron_title: Callable[[int, int], str], parent: QObject | None = None):
        super().__init__(parent)
        self.scene = scene
        self.neuron_title = neuron_title  # (node id, unit) -> "Dense 4, neuron 2"
        self.curves = CurvesPlot()
        self.gradients = GradientsPlot()
        self.frames = FrameScheduler(self)
        self.frames.add_stage("neurons", self._draw_neurons)
        self.frames.add_stage("links", self._draw_links)
        self.frames.add_stage("loss", self._draw_loss)
        self.frames.add_stage("accuracy", self._draw_accuracy)
        self.frames.add_stage("gradients", self.gradients.draw)
        self.curves.on_dirty = self._curves_dirty
        self.gradients.on_dirty = self._gradients_dirty
        self.tabs = QTabWidget()
        self.tabs.addTab(self.curves, translate("LivePlots", "Loss && accuracy"))
        self.tabs.addTab(self.gradients, translate("LivePlots", "Gradients"))
        self.views = ViewsArea(self.tabs, self.frames, self, first_stage="neurons")
        self.snapshot: Snapshot | None = None  # the latest, for the deferred stages
        self.hovered: tuple[int, int] | None = None  # (node id, unit) under the mouse
        self._links_waiting: list[list[int]] = []  # link batches of the frame being drawn
        self._kept: tuple[CurvePoints, GradientPoints] | None = None  # a hidden run's points

    def name_curves_tab(self, accuracy: bool) -> None:
        """The curves' tab says what it plots: a regression, an autoencoder or a GAN has no accuracy."""
        self.tabs.setTabText(self.tabs.indexOf(self.curves), translate("LivePlots", "Loss && accuracy") if accuracy
                             else translate("LivePlots", "Loss"))

    @property
    def boundary(self) -> BoundaryPlot | None:
        """The decision-boundary (or function-fit) plot, when the task has one."""
        view = self.views.widget("plane") or self.views.widget("curve")
        return view.boundary if view is not None else None

    # ----- snapshots in ------------------------------------------------------------------------
    def add(self, snapshots: list[Snapshot]) -> None:
        """Every snapshot since the last poll: the curves keep each point (appending is cheap;
        they ask for a drawing slice themselves)."""
        for snap in snapshots:
            self.curves.add(snap)
            self.gradients.add(snap)

    def show(self, snap: Snapshot) -> None:
        """The latest snapshot: the views, the canvas and the hovered neuron follow it."""
        self.views.show_snapshot(snap)
        self.snapshot = snap
        if self.hovered is not None and "plane" in snap.views:
            self._show_hovered(snap)
        self.frames.mark("neurons", "links")

    def clear(self) -> None:
        """A new run: nothing of the old one stays on screen."""
        self._kept = None
        self.curves.clear()
        self.gradients.clear()
        self.frames.cancel()
        self.snapshot = None
        self._links_waiting = []
        self.scene.clear_snapshot()
        self.views.clear()

    def put_away(self) -> None:
        """The run is hidden, not gone (its network left the canvas): the plots show their empty
        state and keep its points for bring_back()."""
        kept = (self.curves.put_away(), self.gradients.put_away())
        self.clear()
        self._kept = kept

    def bring_back(self, snap: Snapshot | None) -> None:
        """Show the hidden run again: its curves and norms, and `snap` (its latest) everywhere else."""
        if self._kept is not None:
            curves, gradients = self._kept
            self._kept = None
            self.curves.bring_back(curves)
            self.gradients.bring_back(gradients)
        if snap is not None:
            self.show(snap)

    def flush(self) -> None:
        """Draw every waiting slice now (tests, and readers that need the plots current)."""
        self.frames.flush()

    # ----- the hovered neuron --------------------------------------------------------------------
    def hover(self, target: tuple[int, int] | None, snap: Snapshot | None) -> None:
        self.hovered = target
        self._show_hovered(snap)

    def _show_hovered(self, snap: Snapshot | None) -> None:
        """TensorFlow Playground's hover: the neuron under the mouse, large on the boundary plot."""
        boundary, maps = self.boundary, None
        if boundary is None:
            return
        plane = snap.views.get("plane") if snap is not None else None
        if self.hovered is not None and plane is not None:
            node_id, unit = self.hovered
            maps = plane.neuron_maps.get(node_id)
        if maps is None or unit >= len(maps):
            boundary.set_focus(None)
            return
        boundary.set_focus(maps[unit], self.neuron_title(node_id, unit))

    # ----- the slices ----------------------------------------------------------------------------
    def _curves_dirty(self) -> None:
        self.frames.mark("loss", "accuracy")

    def _gradients_dirty(self) -> None:
        self.frames.mark("gradients")

    def _draw_loss(self) -> None:
        self.curves.draw("loss")

    def _draw_accuracy(self) -> None:
        self.curves.draw("accuracy")

    def _draw_neurons(self) -> None:
        if self.snapshot is not None:
            self.scene.show_neurons(self.snapshot)

    def _draw_links(self) -> None:
        """One batch of links a turn (scene.weight_batches): the per-weight lines of one link
        take up to a few ms to repaint, all of them together too long for one turn."""
        if self.snapshot is None:
            return
        if not self._links_waiting:  # a new frame: every link
            self._links_waiting = self.scene.weight_batches()
        if self._links_waiting:
            self.scene.show_weights(self.snapshot, self._links_waiting.pop(0))
        if self._links_waiting:
            self.frames.mark("links")
