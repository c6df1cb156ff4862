"""What reps do with accounts: opportunities, visits and their reports, tasks."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.account import Account
from app.models.base import Base, Synced
from app.models.catalog import PipelineStage
from app.models.statuses import ReviewState, VisitStatus
from app.models.validation import ChecksCurrency


class Opportunity(ChecksCurrency, Synced, Base):
    __tablename__ = "opportunity"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    stage_id: Mapped[str] = mapped_column(ForeignKey("pipeline_stage.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    expected_close_date: Mapped[date | None]
    owner: Mapped[str | None] = mapped_column(String(120))
    lost_reason: Mapped[str | None] = mapped_column(String(200))

    account: Mapped[Account] = relationship()
    stage: Mapped[PipelineStage] = relationship()


class Visit(Synced, Base):
    """A planned call on an account; ``contact_ids`` lists the contacts met (UUIDs)."""

    __tablename__ = "visit"
    # Both answer their queries from the index alone (0012): each account's last
    # completed visit (dashboard, ranking), and visits by owner, week and status in a
    # date range (dashboard). Every query also filters on ``deleted``.
    __table_args__ = (
        Index("ix_visit_account_status_start", "account_id", "status", "deleted", "planned_start"),
        Index(
            "ix_visit_planned_start", "planned_start", "deleted", "owner", "status", "account_id"
        ),
    )

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    contact_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    planned_start: Mapped[datetime]
    planned_end: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20), default=VisitStatus.PLANNED.value)
    checked_in_at: Mapped[datetime | None]
    checked_out_at: Mapped[datetime | None]
    purpose: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(120), index=True)

    account: Mapped[Account] = relationship()
    report: Mapped[VisitReport | None] = relationship(back_populates="visit", uselist=False)


class Task(Synced, Base):
    __tablename__ = "task"

    title: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[date | None] = mapped_column(index=True)
    assignee: Mapped[str | None] = mapped_column(String(120), index=True)
    account_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"))
    opportunity_id: Mapped[str | None] = mapped_column(ForeignKey("opportunity.id"))
    done: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    account: Mapped[Account | None] = relationship()


class VisitReport(Synced, Base):
    """What happened on a completed visit, reviewed by the rep's manager."""

    __tablename__ = "visit_report"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(120))
    next_steps: Mapped[str | None] = mapped_column(Text)
    follow_up_task_id: Mapped[str | None] = mapped_column(ForeignKey("task.id"))
    submitted: Mapped[bool] = mapped_column(default=False)
    submitted_at: Mapped[datetime | None]
    review_state: Mapped[str] = mapped_column(String(20), default=ReviewState.PENDING.value)
    review_comment: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(120))
    reviewed_at: Mapped[datetime | None]

    visit: Mapped[Visit] = relationship(back_populates="report")
    follow_up_task: Mapped[Task | None] = relationship()
