"""The Training panel of a GAN: its GAN box (loss, each network's optimizer and learning rate, steps
per round) in place of the one-network settings, edited through the undo stack."""

from __future__ import annotations

from builders import gan_project

from playground.core.project import default_project
from playground.ui.document import Document
from playground.ui.settings_panel import TrainingPanel


def _panel(qtbot, project) -> tuple[TrainingPanel, Document]:
    document = Document(project)
    panel = TrainingPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    return panel, document


def test_a_gan_shows_its_own_settings_and_hides_the_single_network_ones(qtbot):
    panel, document = _panel(qtbot, gan_project())
    assert panel.gan_box.isVisible() and not panel.optimizer_box.isVisible()
    assert not panel.loss.isVisible() and not panel.optimizer.isVisible()
    assert not panel.general.editor("learning_rate").widget.isVisible()
    assert panel.general.editor("batch_size").widget.isVisible()  # one batch size for real and fake
    panel.gan_form.editor("d_steps").widget.setValue(3)  # as the user types it
    assert document.project.training.d_steps == 3
    panel.gan_form.editor("gan_loss").widget.setCurrentText("least_squares")
    assert document.project.training.gan_loss == "least_squares"
    document.undo_stack.undo()
    assert document.project.training.gan_loss == "non_saturating"
    assert panel.gan_form.editor("gan_loss").value() == "non_saturating"  # the panel follows the undo
    document.undo_stack.setClean()


def test_the_gan_box_comes_and_goes_with_the_noise_source(qtbot):
    panel, document = _panel(qtbot, default_project())
    assert not panel.gan_box.isVisible() and panel.loss.isVisible()
    noise = document.project.graph.add_node("Noise")
    assert panel.gan_box.isVisible() and not panel.loss.isVisible()
    document.project.graph.remove_node(noise.id)
    assert not panel.gan_box.isVisible() and panel.optimizer_box.isVisible()
    document.undo_stack.setClean()
