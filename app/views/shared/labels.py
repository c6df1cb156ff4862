"""Words shown for stored status values, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(value: str | None) -> str:
    labels = {
        "planned": QCoreApplication.translate("Status", "Planned"),
        "checked_in": QCoreApplication.translate("Status", "Checked in"),
        "completed": QCoreApplication.translate("Status", "Completed"),
        "cancelled": QCoreApplication.translate("Status", "Cancelled"),
        "missed": QCoreApplication.translate("Status", "Missed"),
        "pending": QCoreApplication.translate("Status", "Awaiting review"),
        "approved": QCoreApplication.translate("Status", "Approved"),
        "changes_requested": QCoreApplication.translate("Status", "Changes requested"),
        "draft": QCoreApplication.translate("Status", "Draft"),
        "sent": QCoreApplication.translate("Status", "Sent"),
        "accepted": QCoreApplication.translate("Status", "Accepted"),
        "rejected": QCoreApplication.translate("Status", "Rejected"),
        "expired": QCoreApplication.translate("Status", "Expired"),
        "submitted": QCoreApplication.translate("Status", "Submitted"),
        "confirmed": QCoreApplication.translate("Status", "Confirmed"),
        "fulfilled": QCoreApplication.translate("Status", "Fulfilled"),
        "active": QCoreApplication.translate("Status", "Active"),
        "terminated": QCoreApplication.translate("Status", "Terminated"),
    }
    return labels.get(value or "", value or "")


def stage_label(name: str | None) -> str:
    """A pipeline stage's name; the stages the app seeds read in the user's language
    until an admin renames them (a renamed stage is shown as it was typed)."""
    defaults = {
        "Lead": QCoreApplication.translate("Stages", "Lead"),
        "Qualified": QCoreApplication.translate("Stages", "Qualified"),
        "Proposal": QCoreApplication.translate("Stages", "Proposal"),
        "Negotiation": QCoreApplication.translate("Stages", "Negotiation"),
        "Won": QCoreApplication.translate("Stages", "Won"),
        "Lost": QCoreApplication.translate("Stages", "Lost"),
    }
    return defaults.get(name or "", name or "")
