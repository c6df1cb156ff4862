"""Contacts: every contact person, searchable, leading to their account."""

from __future__ import annotations

from app.models import Contact
from app.views.shared.bidi import left_to_right
from app.views.shared.context import AppContext
from app.views.shared.search_list import SearchList


class ContactsPage(SearchList):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._build(
            self.tr("Contacts"),
            [
                self.tr("Full name"),
                self.tr("Account"),
                self.tr("Job title"),
                self.tr("Phone"),
                self.tr("E-mail"),
            ],
            self.tr("Search name, account, phone or e-mail (Ctrl+F)"),
        )

    def refresh(self) -> None:
        self._fill(
            Contact,
            order_by=(Contact.last_name, Contact.first_name),
            searched=(Contact.last_name, Contact.first_name, Contact.email, Contact.phone),
            cells=lambda c, name: [
                c.full_name,
                name,
                c.title or "",
                left_to_right(c.phone),
                left_to_right(c.email),
            ],
        )
