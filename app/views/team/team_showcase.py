"""A manager's view of the showcase: a few reps' reports in every review state.

Used by the screenshots (after :func:`app.views.showcase.fill_showcase`) and the
Team page's tests. ``sign_in_as_manager`` writes the role the server would have
given at sign-in, without a server or tokens, so nothing tries to sync.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import Account
from app.services.actor import REVIEW_REPORTS, Actor
from app.sync import connection
from app.workspace.local_settings import WorkspaceSetting

MANAGER = "maria"
# rep, account number, days ago, outcome, summary, decision, comment, with a photo
REPORTS = [
    ("omar", "C-1006", 1, "quote_requested", "Ward 3 needs 12 pumps replaced.", None, None, True),
    ("lena", "C-1007", 2, "interested", "Tour of the treatment plant.", None, None, False),
    ("omar", "C-1004", 4, "follow_up", "Met the buyer.", "changes", "Which products?", False),
    ("lena", "C-1008", 6, "order_placed", "Signed for 40 valves.", "approve", "Well done", True),
]


def sign_in_as_manager(session: Session, username: str = MANAGER) -> None:
    connection.save_connection(
        session,
        server_url="https://crm.example.com",
        username=username,
        user_id="showcase",
        role="manager",
        allow_insecure_http=False,
    )


def sign_out(session: Session) -> None:
    """Forget the made-up connection again (the workspace is a rep's, unconnected)."""
    session.execute(
        delete(WorkspaceSetting).where(WorkspaceSetting.key.startswith(connection.PREFIX))
    )


def shelf_photo(width: int = 480, height: int = 320) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe8f2"))
    painter = QPainter(image)
    for index, colour in enumerate(("#1a5fb4", "#26a269", "#c64600", "#613583")):
        painter.fillRect(30 + index * 110, 60, 90, height - 120, QColor(colour))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def fill_team_showcase(session: Session, attachments: object) -> list[str]:
    """Submitted reports of two more reps; returns their visit ids, newest first."""
    from app.services.visits import (
        check_in,
        check_out,
        plan_visit,
        review_report,
        submit_report,
        write_report,
    )

    local = datetime.now().astimezone().tzinfo
    today = datetime.now().astimezone().date()
    manager = Actor(MANAGER, {REVIEW_REPORTS})
    visit_ids = []
    for rep, number, days, outcome, summary, decision, comment, photo in REPORTS:
        account = session.scalar(select(Account).where(Account.account_number == number))
        start = datetime.combine(today - timedelta(days=days), time(10, 0), tzinfo=local)
        visit = plan_visit(
            session,
            account=account,
            planned_start=start,
            planned_end=start + timedelta(hours=1),
            purpose="Quarterly review",
            owner=rep,
            contacts=list(account.contacts)[:2],
        )
        check_in(session, visit, now=start + timedelta(minutes=5))
        check_out(session, visit, now=start + timedelta(minutes=55))
        report = write_report(
            session,
            visit,
            summary=summary,
            outcome=outcome,
            next_steps="Send the quote by Thursday.",
            follow_up_title="Send quote",
            follow_up_due=start.date() + timedelta(days=3),
        )
        if photo:
            attachments.add(  # type: ignore[attr-defined]
                session,
                owner_entity="visit_report",
                owner_id=report.id,
                filename="shelf.png",
                media_type="image/png",
                data=shelf_photo(),
            )
        submit_report(session, report, now=start + timedelta(hours=2))
        if decision:
            review_report(
                session,
                report,
                decision="approve" if decision == "approve" else "request_changes",
                reviewer=manager,
                comment=comment,
                now=start + timedelta(hours=5),
            )
        visit_ids.append(visit.id)
    session.flush()
    return visit_ids
