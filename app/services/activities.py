"""Tasks and opportunities: the to-do list and the pipeline."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.errors import ValidationError, translatable
from app.models import Account, Opportunity, PipelineStage, Task, Visit
from app.models.validation import require_currency, require_non_negative, require_text


def create_task(
    session: Session,
    *,
    title: str,
    due_date: date | None = None,
    assignee: str | None = None,
    account: Account | None = None,
    visit: Visit | None = None,
    opportunity: Opportunity | None = None,
    notes: str | None = None,
) -> Task:
    task = Task(
        title=require_text(title, field="title"),
        due_date=due_date,
        assignee=assignee,
        account_id=account.id if account else (visit.account_id if visit else None),
        visit_id=visit.id if visit else None,
        opportunity_id=opportunity.id if opportunity else None,
        notes=notes,
    )
    session.add(task)
    session.flush()
    return task


def complete_task(session: Session, task: Task) -> Task:
    task.done = True
    session.flush()
    return task


def reopen_task(session: Session, task: Task) -> Task:
    task.done = False
    session.flush()
    return task


def create_opportunity(
    session: Session,
    *,
    account: Account,
    title: str,
    stage: PipelineStage,
    amount: Decimal | int | str = 0,
    currency: str | None = None,
    expected_close_date: date | None = None,
    owner: str | None = None,
) -> Opportunity:
    opportunity = Opportunity(
        account=account,
        title=require_text(title, field="title"),
        stage=stage,
        amount=require_non_negative(amount, field="amount"),
        currency=require_currency(currency or account.currency),
        expected_close_date=expected_close_date,
        owner=owner,
    )
    session.add(opportunity)
    session.flush()
    return opportunity


def move_opportunity(
    session: Session,
    opportunity: Opportunity,
    *,
    stage: PipelineStage,
    lost_reason: str | None = None,
) -> Opportunity:
    """Move to another stage; a lost stage needs the reason, any other clears it."""
    if stage.is_lost:
        lost_reason = require_text(lost_reason, field="lost_reason")
    elif lost_reason:
        raise ValidationError(
            translatable("errors", "Only a lost opportunity has a lost reason."),
            field="lost_reason",
        )
    opportunity.stage = stage
    opportunity.lost_reason = lost_reason if stage.is_lost else None
    session.flush()
    return opportunity


def update_opportunity(
    session: Session,
    opportunity: Opportunity,
    *,
    title: str,
    amount: Decimal | int | str,
    currency: str,
    expected_close_date: date | None,
) -> Opportunity:
    """Change what the opportunity is about; its stage moves only through move_opportunity."""
    opportunity.title = require_text(title, field="title")
    opportunity.amount = require_non_negative(amount, field="amount")
    opportunity.currency = require_currency(currency)
    opportunity.expected_close_date = expected_close_date
    session.flush()
    return opportunity
