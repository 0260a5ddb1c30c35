"""What a CSV file's reader wants the user to know reaches the window's problems list as a
warning (the file still trains), not a log line."""

from __future__ import annotations

from builders import chain_project, dense
from PySide6.QtCore import QSettings

from playground.core.table import clear_table_cache
from playground.engine.runner import make_runner
from playground.ui.main_window import MainWindow


def test_a_latin1_csv_is_a_warning_in_the_problems_list_and_play_stays_on(qtbot, tmp_path):
    csv_path = tmp_path / "data.csv"
    csv_path.write_bytes(("h\u00f6he,klasse\n" + "".join(f"{i},{i % 2}\n" for i in range(20)))
                         .encode("latin-1"))
    project_path = tmp_path / "latin1.json"
    chain_project([dense(4), dense(2, "Linear")], "csv", {"path": str(csv_path)},
                  loss="cross_entropy").save(project_path)
    clear_table_cache()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner=make_runner("thread"), settings=settings)
    window.show()
    window.start_worker()
    try:
        assert window.open_path(project_path)
        items = [window.problems.item(i).text() for i in range(window.problems.count())]
        assert ("\u26a0 'data.csv' is not saved as UTF-8, so it was read as Latin-1 (Western "
                "European): accented letters may look wrong. To be sure, save it from the "
                "spreadsheet as 'CSV UTF-8'.") in items
        assert window.document.analysis.ok and window.play_action.isEnabled()
        qtbot.waitUntil(lambda: window.controller.ready, timeout=30_000)
    finally:
        window.document.undo_stack.setClean()  # no save prompt on close
        window.close()
    assert not window.controller.runner.alive
