"""The account 360° view: who they are, what they owe, everything we did with them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.models import Account, Attachment, Contact, Contract, Opportunity, Order, Quote, Visit
from app.views.account_list_model import account_status_label, account_type_label
from app.views.context import AppContext
from app.views.labels import status_label
from app.views.widgets import PageTitle, RecordTable


class Account360(QWidget):
    back_requested = Signal()
    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.account_id: str | None = None
        self.back_button = QPushButton(self.tr("← All accounts"))
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = PageTitle("")
        self.title.setObjectName("accountTitle")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #555;")
        self.details = QLabel()
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self.credit_limit = QLabel()
        self.open_balance = QLabel()
        self.open_orders = QLabel()
        self.available = QLabel()
        self.available.setObjectName("creditAvailable")
        credit = QGroupBox(self.tr("Credit"))
        form = QFormLayout(credit)
        form.addRow(self.tr("Limit"), self.credit_limit)
        form.addRow(self.tr("Open balance"), self.open_balance)
        form.addRow(self.tr("Open orders"), self.open_orders)
        form.addRow(self.tr("Available"), self.available)
        self.new_visit = QPushButton(self.tr("Plan visit…"))
        self.new_visit.clicked.connect(
            lambda: self.navigate.emit("visits", "new:" + (self.account_id or ""))
        )
        self.new_quote = QPushButton(self.tr("New quote…"))
        self.new_quote.clicked.connect(
            lambda: self.navigate.emit("quotes", "new:" + (self.account_id or ""))
        )
        self.contacts = RecordTable(
            [self.tr("Name"), self.tr("Title"), self.tr("Phone"), self.tr("E-mail")]
        )
        self.visits = RecordTable(
            [self.tr("Planned"), self.tr("Status"), self.tr("Purpose"), self.tr("Report")]
        )
        self.opportunities = RecordTable(
            [self.tr("Title"), self.tr("Stage"), self.tr("Amount"), self.tr("Close date")]
        )
        self.quotes = RecordTable(
            [self.tr("Number"), self.tr("Date"), self.tr("Status"), self.tr("Valid until")]
        )
        self.orders = RecordTable(
            [self.tr("Number"), self.tr("Date"), self.tr("Status"), self.tr("Delivery")]
        )
        self.contracts = RecordTable(
            [self.tr("Number"), self.tr("Title"), self.tr("Ends"), self.tr("Status")]
        )
        self.attachments = RecordTable([self.tr("File"), self.tr("Type"), self.tr("Size")])
        self.visits.itemActivated.connect(lambda _i: self._open("visits", self.visits))
        self.quotes.itemActivated.connect(lambda _i: self._open("quotes", self.quotes))
        self.orders.itemActivated.connect(lambda _i: self._open("orders", self.orders))
        self.tabs = QTabWidget()
        for widget, label in (
            (self.contacts, self.tr("Contacts")),
            (self.visits, self.tr("Visits and reports")),
            (self.opportunities, self.tr("Opportunities")),
            (self.quotes, self.tr("Quotes")),
            (self.orders, self.tr("Orders")),
            (self.contracts, self.tr("Contracts")),
            (self.attachments, self.tr("Attachments")),
        ):
            self.tabs.addTab(widget, label)

        header_text = QVBoxLayout()
        header_text.addWidget(self.title)
        header_text.addWidget(self.subtitle)
        header_text.addWidget(self.details)
        header_text.addStretch(1)
        actions = QVBoxLayout()
        actions.addWidget(self.new_visit)
        actions.addWidget(self.new_quote)
        actions.addStretch(1)
        header = QHBoxLayout()
        header.addLayout(header_text, 1)
        header.addWidget(credit)
        header.addLayout(actions)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def _open(self, page: str, table: RecordTable) -> None:
        if record_id := table.current_id():
            self.navigate.emit(page, record_id)

    def show_account(self, account_id: str) -> None:
        self.account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        if self.account_id is None:
            return
        from app.services.queries import account_summary

        fmt = self.ctx.formatter
        with self.ctx.session() as session:
            account = session.get(Account, self.account_id)
            if account is None:
                return
            credit = account_summary(session, account).credit
            self.title.setText(account.name)
            self.subtitle.setText(
                " · ".join(
                    part
                    for part in (
                        account.account_number,
                        account_type_label(account.type),
                        account_status_label(account.status),
                        account.segment or "",
                    )
                    if part
                )
            )
            address = ", ".join(
                p
                for p in (account.billing_street, account.billing_city, account.billing_country)
                if p
            )
            self.details.setText(
                "\n".join(p for p in (address, account.phone or "", account.email or "") if p)
            )
            currency = credit.currency
            self.credit_limit.setText(fmt.money(credit.credit_limit, currency))
            self.open_balance.setText(fmt.money(credit.open_balance, currency))
            self.open_orders.setText(fmt.money(credit.open_orders, currency))
            self.available.setText(fmt.money(credit.available, currency))
            colour = "#b3261e" if credit.available <= 0 else "#1b6e20"
            self.available.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self._fill_lists(session, account)

    def _fill_lists(self, session, account: Account) -> None:
        fmt = self.ctx.formatter
        live = lambda model: model.deleted.is_(False)  # noqa: E731
        contacts = session.scalars(
            select(Contact)
            .where(Contact.account_id == account.id, live(Contact))
            .order_by(Contact.last_name)
        )
        self.contacts.set_rows(
            [(c.id, [c.full_name, c.title or "", c.phone or "", c.email or ""]) for c in contacts]
        )
        visits = session.scalars(
            select(Visit)
            .where(Visit.account_id == account.id, live(Visit))
            .order_by(Visit.planned_start.desc())
        )
        self.visits.set_rows(
            [
                (
                    v.id,
                    [
                        fmt.datetime(v.planned_start),
                        status_label(v.status),
                        (v.purpose or "").splitlines()[0] if v.purpose else "",
                        status_label(v.report.review_state)
                        if v.report and v.report.submitted
                        else "",
                    ],
                )
                for v in visits
            ]
        )
        opportunities = session.scalars(
            select(Opportunity).where(Opportunity.account_id == account.id, live(Opportunity))
        )
        self.opportunities.set_rows(
            [
                (
                    o.id,
                    [
                        o.title,
                        o.stage.name,
                        fmt.money(o.amount, o.currency),
                        fmt.date(o.expected_close_date),
                    ],
                )
                for o in opportunities
            ],
            right_aligned={2},
        )
        quotes = session.scalars(
            select(Quote)
            .where(Quote.account_id == account.id, live(Quote))
            .order_by(Quote.issue_date.desc())
        )
        self.quotes.set_rows(
            [
                (
                    q.id,
                    [
                        q.number,
                        fmt.date(q.issue_date),
                        status_label(q.status),
                        fmt.date(q.valid_until),
                    ],
                )
                for q in quotes
            ]
        )
        orders = session.scalars(
            select(Order)
            .where(Order.account_id == account.id, live(Order))
            .order_by(Order.order_date.desc())
        )
        self.orders.set_rows(
            [
                (
                    o.id,
                    [
                        o.number,
                        fmt.date(o.order_date),
                        status_label(o.status),
                        fmt.date(o.requested_delivery_date),
                    ],
                )
                for o in orders
            ]
        )
        contracts = session.scalars(
            select(Contract).where(Contract.account_id == account.id, live(Contract))
        )
        self.contracts.set_rows(
            [
                (c.id, [c.number, c.title, fmt.date(c.end_date), status_label(c.status)])
                for c in contracts
            ]
        )
        attachments = session.scalars(
            select(Attachment).where(
                Attachment.owner_entity == "account",
                Attachment.owner_id == account.id,
                live(Attachment),
            )
        )
        self.attachments.set_rows(
            [
                (a.id, [a.filename, a.media_type or "", fmt.number(a.size or 0)])
                for a in attachments
            ],
            right_aligned={2},
        )
