"""The header fields of a quote or order: number, customer, status, dates, contact,
notes, terms and the B2B references, shown from the document and read back as the
values a service call takes.

Texts are translated in the editor's context ("DocumentEditor"), where the
catalogue has always kept them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.views.shared.bidi import fill, isolated, shown
from app.views.shared.formatting import Formatter, date_of, qdate_of, use_date_format
from app.views.shared.labels import status_label
from app.views.shared.widgets import FieldError, PageTitle


class DocumentHeader:
    """The widgets and layouts of the header; the editor places the layouts.

    ``on_dates`` runs when a date is changed, ``on_details`` when the contact, notes,
    terms or a reference is; both are quiet while :meth:`show` fills the fields.
    """

    def __init__(
        self,
        *,
        kind: str,
        formatter: Formatter,
        on_dates: Callable[[], None],
        on_details: Callable[[], None],
    ) -> None:
        self.kind = kind
        self.title = PageTitle("")
        self.title.setObjectName("documentTitle")
        self.account_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setObjectName("documentStatus")
        self.first_date = QDateEdit()
        self.first_date.setCalendarPopup(True)
        self.second_date = QDateEdit()
        self.second_date.setCalendarPopup(True)
        for edit in (self.first_date, self.second_date):
            use_date_format(edit, formatter)
            edit.dateChanged.connect(on_dates)
        self.date_error = FieldError()
        self.contact = QComboBox()
        self.contact.setObjectName("documentContact")
        self.contact.activated.connect(lambda _index: on_details())
        self.notes = QLineEdit()
        self.notes.setObjectName("documentNotes")
        self.notes.setPlaceholderText(
            QCoreApplication.translate("DocumentEditor", "Notes for the customer")
        )
        self.notes.editingFinished.connect(on_details)
        self.terms = QLineEdit()
        self.terms.setObjectName("documentTerms")
        self.terms.setPlaceholderText(
            QCoreApplication.translate(
                "DocumentEditor", "Terms (the company's standard terms if empty)"
            )
        )
        self.terms.editingFinished.connect(on_details)
        self.references = self._reference_edits(on_details)
        self.details_error = FieldError()

        self.dates = QFormLayout()
        if kind == "quote":
            self.dates.addRow(
                QCoreApplication.translate("DocumentEditor", "Issue date"), self.first_date
            )
            self.dates.addRow(
                QCoreApplication.translate("DocumentEditor", "Valid until"), self.second_date
            )
        else:
            self.dates.addRow(
                QCoreApplication.translate("DocumentEditor", "Order date"), self.first_date
            )
            self.dates.addRow(
                QCoreApplication.translate("DocumentEditor", "Requested delivery"), self.second_date
            )
        self.dates.addRow("", self.date_error)
        self.details = QFormLayout()
        self.details.addRow(QCoreApplication.translate("DocumentEditor", "Contact"), self.contact)
        self.details.addRow(QCoreApplication.translate("DocumentEditor", "Notes"), self.notes)
        if kind == "quote":
            self.details.addRow(QCoreApplication.translate("DocumentEditor", "Terms"), self.terms)
        for label, edit in self.references.values():
            self.details.addRow(label, edit)
        self.details.addRow("", self.details_error)
        self.heading = QVBoxLayout()
        self.heading.addWidget(self.title)
        self.heading.addWidget(self.account_label)
        self.heading.addWidget(self.status_label)

    def _reference_edits(self, on_details: Callable[[], None]) -> dict[str, tuple[str, QLineEdit]]:
        """Field name -> (label, edit) for what a B2B document carries besides its lines."""
        fields = {
            "customer_reference": (
                QCoreApplication.translate("DocumentEditor", "Customer reference"),
                QCoreApplication.translate(
                    "DocumentEditor", "The customer's enquiry or purchase order number"
                ),
            ),
            "delivery_terms": (
                QCoreApplication.translate("DocumentEditor", "Delivery terms"),
                QCoreApplication.translate("DocumentEditor", "Incoterms, e.g. EXW Dubai"),
            ),
        }
        if self.kind == "order":
            fields["payment_terms"] = (
                QCoreApplication.translate("DocumentEditor", "Payment terms"),
                QCoreApplication.translate(
                    "DocumentEditor", "The account's payment terms if empty"
                ),
            )
            fields["delivery_address"] = (
                QCoreApplication.translate("DocumentEditor", "Delivery address"),
                QCoreApplication.translate(
                    "DocumentEditor", "The account's shipping address if empty"
                ),
            )
        edits = {}
        for name, (label, hint) in fields.items():
            edit = QLineEdit()
            edit.setObjectName(f"document_{name}")
            edit.setPlaceholderText(hint)
            edit.editingFinished.connect(on_details)
            edits[name] = (label, edit)
        return edits

    def show(self, doc, formatter: Formatter, *, editable: bool) -> None:
        """Fill every field from ``doc``; only a draft's fields can be edited."""
        revision = getattr(doc, "revision", 0)
        self.title.setText(
            fill(
                QCoreApplication.translate("DocumentEditor", "%1 (rev. %2)"),
                doc.number,
                formatter.number(revision),
            )
            if revision
            else shown(doc.number)
        )
        self.account_label.setText(shown(doc.account.name))
        self.status_label.setText(shown(status_label(doc.status)))
        if self.kind == "quote":
            first, second = doc.issue_date, doc.valid_until
        else:
            first, second = doc.order_date, doc.requested_delivery_date
        self.first_date.setDate(qdate_of(first))
        self.second_date.setDate(qdate_of(second or first))
        self.contact.clear()
        self.contact.addItem(QCoreApplication.translate("DocumentEditor", "(none)"), None)
        for person in doc.account.contacts:
            if not person.deleted:
                self.contact.addItem(isolated(person.full_name), person.id)
        self.contact.setCurrentIndex(max(self.contact.findData(doc.contact_id), 0))
        self.notes.setText(doc.notes or "")
        self.terms.setText(getattr(doc, "terms", None) or "")
        for name, (_label, edit) in self.references.items():
            edit.setText(getattr(doc, name) or "")
        for widget in (
            self.first_date,
            self.second_date,
            self.contact,
            self.notes,
            self.terms,
            *(edit for _label, edit in self.references.values()),
        ):
            widget.setEnabled(editable)

    def date_values(self) -> dict[str, date]:
        """The two dates as the service's keyword arguments."""
        first, second = date_of(self.first_date.date()), date_of(self.second_date.date())
        if self.kind == "quote":
            return {"issue_date": first, "valid_until": second}
        return {"order_date": first, "requested_delivery_date": second}

    def reference_values(self) -> dict[str, str | None]:
        return {
            name: edit.text().strip() or None for name, (_label, edit) in self.references.items()
        }
