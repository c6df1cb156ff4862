"""Help → About: the version, the bundled components and their licences.

Qt is used under the LGPL-3.0, which asks that a user be told so, be given the
licence text and be able to replace the Qt libraries: the third tab does all three.
"""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.about import COMPONENTS, QT_REPLACEMENT_NOTE, licence_text
from app.resources import resource_path
from app.version import app_version
from app.views.shared.bidi import fill


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Fieldsales"))
        self.resize(620, 520)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), self.tr("About"))
        self.tabs.addTab(self._components_tab(), self.tr("Components"))
        self.tabs.addTab(self._qt_licence_tab(), self.tr("Qt licence"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _about_tab(self) -> QWidget:
        page = QWidget()
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "fieldsales.svg"))).pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.version_label = QLabel(fill(self.tr("Fieldsales %1"), app_version()))
        self.version_label.setObjectName("version")
        font = QFont(self.version_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.version_label.setFont(font)
        self.version_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        tagline = QLabel(self.tr("Offline-first CRM for field sales teams"))
        tagline.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # Version numbers are Latin digits in every language: support staff read them out.
        runtime = QLabel(f"Qt {qVersion()} · Python {platform.python_version()}")
        runtime.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        runtime.setStyleSheet("color: #5e6470;")
        notice = QLabel(
            self.tr(
                "This program includes third-party components; their names, versions "
                "and licences are listed under Components. Your workspace stays on this "
                "computer, encrypted with your passphrase."
            )
        )
        notice.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (icon, self.version_label, tagline, runtime):
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(notice)
        layout.addStretch(1)
        return page

    def _components_tab(self) -> QWidget:
        self.components = QTableWidget(len(COMPONENTS), 3)
        self.components.setObjectName("components")
        self.components.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        for row, component in enumerate(COMPONENTS):
            for column, text in enumerate((component.name, component.version, component.licence)):
                self.components.setItem(row, column, QTableWidgetItem(text))
        self.components.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components.verticalHeader().hide()
        header = self.components.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(self.tr("The full licence texts are in the program folder:"))
        note.setWordWrap(True)
        # Paths read left to right in every language; on their own they cannot be
        # scrambled by the sentence around them.
        paths = QLabel("_internal/resources/licenses/\n_internal/*.dist-info/")
        paths.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        paths.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        paths.setStyleSheet("font-family: monospace;")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.components)
        layout.addWidget(note)
        layout.addWidget(paths)
        return page

    def _qt_licence_tab(self) -> QWidget:
        summary = QLabel(
            self.tr(
                "Fieldsales uses Qt under the GNU Lesser General Public License version 3. "
                "You may replace the Qt libraries in the program folder with your own build "
                "of the same Qt version; how to do so is written below and in "
                "QT-LGPL-NOTICE.txt beside the program."
            )
        )
        summary.setWordWrap(True)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.licence_text.setPlainText(
            licence_text(QT_REPLACEMENT_NOTE) + "\n\n" + licence_text("LGPL-3.0.txt")
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(summary)
        layout.addWidget(self.licence_text, 1)
        return page
