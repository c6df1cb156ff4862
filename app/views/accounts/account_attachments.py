"""The Attachments tab of the account 360° view: the files of the account and of
everything done with it (visits, reports, quotes, orders, contracts).

Attach a file, save a decrypted copy where the user chooses, preview a photo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import and_, or_, select

from app.errors import FieldsalesError
from app.models import Account, Attachment, Contract, Order, Quote, Visit, VisitReport
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.widgets import FieldError, RecordTable


class AccountAttachments(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        account_id: Callable[[], str | None],
        *,
        changed: Callable[[], object],
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._account_id = account_id
        self._changed = changed
        self.table = RecordTable(
            [self.tr("File"), self.tr("Belongs to"), self.tr("Type"), self.tr("Size")]
        )
        self.table.setObjectName("accountAttachments")
        self.table.itemActivated.connect(lambda _item: self.preview())
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(self.choose_attachment)
        self.save_copy_button = QPushButton(self.tr("Save a copy…"))
        self.save_copy_button.clicked.connect(lambda: self.save_copy())
        self.error = FieldError()
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.save_copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def choose_attachment(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file to this account"), str(Path.home())
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Store ``path`` encrypted in the workspace, attached to this account."""
        self.error.clear()
        try:
            with self.ctx.transaction() as session:
                self.ctx.workspace.attachments.add_file(
                    session, owner_entity="account", owner_id=self._account_id(), path=path
                )
        except FieldsalesError as error:
            self.error.show_error(error_text(error))
        self._changed()

    def preview(self):
        """A photo opens in a preview; other files are saved as a copy to open them."""
        from app.views.shared.attachment_strip import PhotoPreview, pixmap_of

        attachment_id = self.table.current_id()
        if attachment_id is None:
            return None
        with self.ctx.session() as session:
            attachment = session.get(Attachment, attachment_id)
            if not (attachment.media_type or "").startswith("image/"):
                return None
            try:
                image = pixmap_of(self.ctx.workspace.attachments.read(attachment))
            except FieldsalesError as error:
                self.error.show_error(error_text(error))
                return None
            name = attachment.filename
        if image is None:
            return None
        self.preview = PhotoPreview(name, image, self)
        self.preview.open()
        return self.preview

    def save_copy(self, target: Path | None = None) -> Path | None:
        """Decrypt the chosen attachment into a file the user picks (their explicit export)."""
        attachment_id = self.table.current_id()
        if attachment_id is None:
            return None
        with self.ctx.session() as session:
            attachment = session.get(Attachment, attachment_id)
            if target is None:
                chosen, _filter = QFileDialog.getSaveFileName(
                    self, self.tr("Save a copy"), str(Path.home() / attachment.filename)
                )
                if not chosen:
                    return None
                target = Path(chosen)
            try:
                target.write_bytes(self.ctx.workspace.attachments.read(attachment))
            except FieldsalesError as error:
                self.error.show_error(error_text(error))
                return None
            except OSError as error:
                self.error.show_error(error.strerror or str(error))
                return None
        return target

    def fill(self, session, account: Account) -> None:
        """Files on the account itself and on its visits, reports, quotes, orders, contracts."""
        fmt = self.ctx.formatter
        owners = {
            "account": select(Account.id).where(Account.id == account.id),
            "visit": select(Visit.id).where(Visit.account_id == account.id),
            "visit_report": select(VisitReport.id)
            .join(Visit, Visit.id == VisitReport.visit_id)
            .where(Visit.account_id == account.id),
            "quote": select(Quote.id).where(Quote.account_id == account.id),
            "order": select(Order.id).where(Order.account_id == account.id),
            "contract": select(Contract.id).where(Contract.account_id == account.id),
        }
        labels = {
            "account": self.tr("Account"),
            "visit": self.tr("Visit"),
            "visit_report": self.tr("Visit report"),
            "quote": self.tr("Quote"),
            "order": self.tr("Order"),
            "contract": self.tr("Contract"),
        }
        condition = or_(
            *(
                and_(Attachment.owner_entity == entity, Attachment.owner_id.in_(ids))
                for entity, ids in owners.items()
            )
        )
        attachments = session.scalars(
            select(Attachment)
            .where(Attachment.deleted.is_(False), condition)
            .order_by(Attachment.created_at.desc())
        )
        self.table.set_rows(
            [
                (
                    a.id,
                    [
                        a.filename,
                        labels.get(a.owner_entity, a.owner_entity),
                        a.media_type or "",
                        fmt.number(a.size or 0),
                    ],
                )
                for a in attachments
            ],
            right_aligned={3},
        )
