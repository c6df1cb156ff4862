"""The buttons under a quote or order: which exist, which the status allows, and the
service call each status step makes.

Texts are translated in the editor's context ("DocumentEditor"), where the
catalogue has always kept them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.views.shared.context import AppContext


def action_texts(kind: str) -> dict[str, str]:
    """Action name -> button text, in the order the buttons stand."""
    if kind == "quote":
        return {
            "send": QCoreApplication.translate("DocumentEditor", "Mark as sent"),
            "revise": QCoreApplication.translate("DocumentEditor", "Revise"),
            "accept": QCoreApplication.translate("DocumentEditor", "Accepted"),
            "reject": QCoreApplication.translate("DocumentEditor", "Rejected"),
            "convert": QCoreApplication.translate("DocumentEditor", "Convert to order"),
            "pdf": QCoreApplication.translate("DocumentEditor", "Produce PDF…"),
            "duplicate": QCoreApplication.translate("DocumentEditor", "Duplicate"),
            "delete": QCoreApplication.translate("DocumentEditor", "Delete draft…"),
        }
    return {
        "submit": QCoreApplication.translate("DocumentEditor", "Submit order"),
        "cancel": QCoreApplication.translate("DocumentEditor", "Cancel order…"),
        "pdf": QCoreApplication.translate("DocumentEditor", "Produce PDF…"),
        "delete": QCoreApplication.translate("DocumentEditor", "Delete draft…"),
    }


def allowed_actions(doc, kind: str) -> dict[str, bool]:
    """Which actions the document's status allows (the services refuse the rest anyway)."""
    status = doc.status
    if kind == "quote":
        return {
            "send": status == "draft",
            "revise": status in ("sent", "rejected", "expired") and doc.order_id is None,
            "accept": status == "sent",
            "reject": status == "sent",
            "convert": status == "accepted" and doc.order_id is None,
            "pdf": True,
            "duplicate": True,
            "delete": status == "draft",
        }
    return {
        "submit": status == "draft",
        "cancel": status in ("draft", "submitted"),
        "pdf": True,
        "delete": status == "draft",
    }


def status_step(name: str, ctx: AppContext) -> Callable:
    """The ``change(session, document)`` a status button runs; "convert" returns the
    new order's id, so the editor can open it."""
    from app.services import orders, quotes

    today = date.today()
    prefix = ctx.workspace.device_prefix
    steps = {
        "send": lambda s, d: quotes.send_quote(s, d),
        "revise": lambda s, d: quotes.revise_quote(s, d),
        "accept": lambda s, d: quotes.accept_quote(s, d, today=today),
        "reject": lambda s, d: quotes.reject_quote(s, d),
        "convert": lambda s, d: (
            quotes.convert_quote_to_order(s, d, device_prefix=prefix, order_date=today).id
        ),
        "submit": lambda s, d: orders.submit_order(s, d, actor=ctx.actor),
    }
    return steps[name]
