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

from app.models import (
    Account,
    Contact,
    Contract,
    Opportunity,
    Order,
    Quote,
    Visit,
)
from app.views.accounts.account_attachments import AccountAttachments
from app.views.accounts.account_list_model import account_status_label, account_type_label
from app.views.shared.bidi import (
    align_with_layout,
    isolated_html,
    joined,
    layout_mark,
    left_to_right,
    shown,
)
from app.views.shared.contact_links import (
    email_url,
    link_html,
    mark_links,
    open_link,
    phone_url,
)
from app.views.shared.context import AppContext
from app.views.shared.labels import stage_label, status_label
from app.views.shared.widgets import PageTitle, RecordTable


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
        self.details.setObjectName("accountDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.details.linkActivated.connect(open_link)
        self.details.setWordWrap(True)
        for label in (self.subtitle, self.details):
            align_with_layout(label)
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
        self.new_contact = QPushButton(self.tr("New contact…"))
        self.new_contact.clicked.connect(self.add_contact)
        self.edit_button = QPushButton(self.tr("Edit account…"))
        self.edit_button.setObjectName("editAccount")
        self.edit_button.clicked.connect(self.edit_account)
        self.new_opportunity = QPushButton(self.tr("New opportunity…"))
        self.new_opportunity.clicked.connect(self.add_opportunity)
        self.new_quote = QPushButton(self.tr("New quote…"))
        self.new_quote.clicked.connect(
            lambda: self.navigate.emit("quotes", "new:" + (self.account_id or ""))
        )
        self.contacts = RecordTable(
            [self.tr("Full name"), self.tr("Job title"), self.tr("Phone"), self.tr("E-mail")]
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
        self.files = AccountAttachments(ctx, lambda: self.account_id, changed=self.refresh)
        # The tab's parts, under the names the 360° view has always had.
        self.attachments = self.files.table
        self.attachment_error = self.files.error
        self.attach = self.files.attach
        self.save_attachment_copy = self.files.save_copy
        self.preview_attachment = self.files.preview
        self.contacts.setObjectName("accountContacts")
        self.contacts.setToolTip(self.tr("Click a phone number or address to call or write"))
        self.contacts.itemClicked.connect(self._contact_clicked)
        self.contacts.itemActivated.connect(lambda _i: self.edit_contact())
        self.opportunities.setObjectName("accountOpportunities")
        self.opportunities.itemActivated.connect(lambda _i: self.edit_opportunity())
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
            (self.files, self.tr("Attachments")),
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
        actions.addWidget(self.new_contact)
        actions.addWidget(self.new_opportunity)
        actions.addWidget(self.edit_button)
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

    def add_contact(self):
        from app.views.accounts.contact_form import ContactDialog

        dialog = ContactDialog(self.ctx, self.account_id, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def edit_account(self):
        from app.views.accounts.account_form import AccountDialog

        dialog = AccountDialog(self.ctx, self, account_id=self.account_id)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def edit_contact(self):
        from app.views.accounts.contact_form import ContactDialog

        if (contact_id := self.contacts.current_id()) is None:
            return None
        dialog = ContactDialog(self.ctx, self.account_id, self, contact_id=contact_id)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def _contact_clicked(self, item) -> None:
        """The phone and e-mail cells are links: a click calls or writes."""
        url = item.data(Qt.ItemDataRole.UserRole + 1)
        if url:
            open_link(url)

    def add_opportunity(self):
        return self._opportunity_dialog(None)

    def edit_opportunity(self):
        if (opportunity_id := self.opportunities.current_id()) is None:
            return None
        return self._opportunity_dialog(opportunity_id)

    def _opportunity_dialog(self, opportunity_id: str | None):
        from app.views.pipeline.opportunity_form import OpportunityDialog

        dialog = OpportunityDialog(
            self.ctx, self, account_id=self.account_id, opportunity_id=opportunity_id
        )
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

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
            self.title.setText(shown(account.name))
            self.subtitle.setText(
                joined(
                    (
                        account.account_number,
                        account_type_label(account.type),
                        account_status_label(account.status),
                        account.segment,
                    )
                )
            )
            address = ", ".join(
                p
                for p in (account.billing_street, account.billing_city, account.billing_country)
                if p
            )
            # One paragraph per line in a selectable label: each needs its direction.
            self.details.setText(
                layout_mark()
                + "<br>".join(
                    p
                    for p in (
                        isolated_html(address),
                        link_html(account.phone, phone_url(account.phone)),
                        link_html(account.email, email_url(account.email)),
                    )
                    if p
                )
            )
            currency = credit.currency
            self.credit_limit.setText(shown(fmt.money(credit.credit_limit, currency)))
            self.open_balance.setText(shown(fmt.money(credit.open_balance, currency)))
            self.open_orders.setText(shown(fmt.money(credit.open_orders, currency)))
            self.available.setText(shown(fmt.money(credit.available, currency)))
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
        contacts = list(contacts)
        self.contacts.set_rows(
            [
                (c.id, [c.full_name, c.title or "", left_to_right(c.phone), left_to_right(c.email)])
                for c in contacts
            ]
        )
        mark_links(self.contacts, [(phone_url(c.phone), email_url(c.email)) for c in contacts])
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
            ],
            fit={0},
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
                        stage_label(o.stage.name),
                        fmt.money(o.amount, o.currency),
                        fmt.date(o.expected_close_date),
                    ],
                )
                for o in opportunities
            ],
            right_aligned={2},
            fit={3},
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
            ],
            fit={1, 3},
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
            ],
            fit={1, 3},
        )
        contracts = session.scalars(
            select(Contract).where(Contract.account_id == account.id, live(Contract))
        )
        self.contracts.set_rows(
            [
                (c.id, [c.number, c.title, fmt.date(c.end_date), status_label(c.status)])
                for c in contracts
            ],
            fit={2},
        )
        self.files.fill(session, account)
