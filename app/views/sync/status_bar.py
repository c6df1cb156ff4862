"""The always-visible sync state at the bottom of the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from app.views.shared.bidi import fill
from app.views.shared.formatting import Formatter
from app.views.sync.sync_status import SyncState, SyncStatusProvider


class SyncStatusBar(QStatusBar):
    conflicts_clicked = Signal()

    def __init__(
        self, provider: SyncStatusProvider, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._provider = provider
        self._formatter = formatter
        self.connection_label = QLabel()
        self.connection_label.setObjectName("syncConnection")
        self.pending_label = QLabel()
        self.last_sync_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setObjectName("syncError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("syncNotice")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.conflicts_button = QPushButton()
        self.conflicts_button.setFlat(True)
        self.conflicts_button.clicked.connect(self.conflicts_clicked)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send and receive changes (Ctrl+Shift+S)"))
        self.sync_button.clicked.connect(provider.sync_now)
        for widget in (self.connection_label, self.pending_label, self.last_sync_label):
            self.addWidget(widget)
        self.addWidget(self.notice_label)
        self.addWidget(self.error_label, 1)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.conflicts_button)
        self.addPermanentWidget(self.sync_button)
        provider.changed.connect(self.show_state)
        self.show_state(provider.state())

    def show_state(self, state: SyncState) -> None:
        if not state.connected:
            text = self.tr("Offline: not connected to a server")
        elif state.syncing:
            text = self.tr("Syncing…")
        elif state.online:
            text = self.tr("Online")
        else:
            text = self.tr("Offline")
        self.connection_label.setText(text)
        # Without a sync client nobody counts pending changes: show nothing rather than 0.
        self.pending_label.setVisible(state.connected)
        self.last_sync_label.setVisible(state.connected or state.last_sync is not None)
        self.pending_label.setText(
            fill(self.tr("Changes waiting: %1"), self._formatter.number(state.pending_changes))
        )
        if state.last_sync is None:
            self.last_sync_label.setText(self.tr("Never synced"))
        else:
            self.last_sync_label.setText(
                fill(self.tr("Last sync: %1"), self._formatter.datetime(state.last_sync))
            )
        self.error_label.setText(state.error or "")
        self.notice_label.setText(state.notice or "")
        self.notice_label.setVisible(bool(state.notice))
        self.progress.setVisible(state.syncing)
        if state.syncing:
            self.progress.setRange(0, max(state.progress_total, 0))
            self.progress.setValue(state.progress_done)
        self.conflicts_button.setText(
            fill(self.tr("Conflicts: %1"), self._formatter.number(state.open_conflicts))
        )
        self.conflicts_button.setVisible(state.open_conflicts > 0)
        self.conflicts_button.setStyleSheet(
            "QPushButton { background: #b3261e; color: white; border-radius: 8px; padding: 1px 8px; }"
        )
        self.sync_button.setEnabled(self._provider.can_sync() and not state.syncing)
