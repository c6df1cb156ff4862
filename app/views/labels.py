"""Words shown for stored status values, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Status", text)


def status_label(value: str | None) -> str:
    labels = {
        "planned": _t("Planned"),
        "checked_in": _t("Checked in"),
        "completed": _t("Completed"),
        "cancelled": _t("Cancelled"),
        "missed": _t("Missed"),
        "pending": _t("Awaiting review"),
        "approved": _t("Approved"),
        "changes_requested": _t("Changes requested"),
        "draft": _t("Draft"),
        "sent": _t("Sent"),
        "accepted": _t("Accepted"),
        "rejected": _t("Rejected"),
        "expired": _t("Expired"),
        "submitted": _t("Submitted"),
        "confirmed": _t("Confirmed"),
        "fulfilled": _t("Fulfilled"),
        "active": _t("Active"),
        "terminated": _t("Terminated"),
    }
    return labels.get(value or "", value or "")
