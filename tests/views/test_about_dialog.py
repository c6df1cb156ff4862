"""Help → About shows the version and every bundled component's licence, Qt's in full."""

from __future__ import annotations

from app.about import COMPONENTS
from app.version import app_version


def test_about_shows_version_components_and_the_qt_licence(unlocked, qtbot):
    dialog = unlocked.main_window.show_about()
    qtbot.waitExposed(dialog)
    assert app_version() in dialog.version_label.text()
    names = [dialog.components.item(row, 0).text() for row in range(dialog.components.rowCount())]
    assert names == [component.name for component in COMPONENTS]
    qt_row = names.index("Qt 6 (through PySide6)")
    assert dialog.components.item(qt_row, 1).text()  # a real installed version
    assert dialog.components.item(qt_row, 2).text() == "LGPL-3.0"
    text = dialog.licence_text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3" in text
    assert "replace" in text and "libQt6" in text
    dialog.close()


def test_the_help_menu_opens_it(unlocked, qtbot):
    from app.views.about_dialog import AboutDialog

    unlocked.main_window.about_action.trigger()
    dialogs = [w for w in unlocked.main_window.findChildren(AboutDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()
