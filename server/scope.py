"""Who sees what: a user's territories, and whether one record is in their scope.

A rep sees the territories assigned to them; a manager those of the team they
belong to or manage, and reviews the visit reports of the teams they manage; an
admin sees everything. Catalog rows (no territory, no owner) are visible to all; a
personal row (a task with no account) only to its author.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from server.models import Record, Team, Territory


@dataclass(frozen=True)
class Viewer:
    user_id: str
    username: str
    role: str
    team_id: str | None
    # None: every territory (admins).
    territories: frozenset[str] | None
    # Territories whose team this user manages: the visit reports they review.
    reviewed_territories: frozenset[str] = frozenset()

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def sees_territory(self, territory_id: str | None) -> bool:
        return self.territories is None or territory_id in self.territories

    def sees(self, *, territory_id: str | None, personal_user_id: str | None) -> bool:
        if territory_id is not None:
            return self.sees_territory(territory_id)
        if personal_user_id is not None:
            return self.is_admin or personal_user_id == self.user_id
        return True  # catalog

    def sees_record(self, record: Record) -> bool:
        return self.sees(territory_id=record.territory_id, personal_user_id=record.personal_user_id)

    def reviews(self, record: Record) -> bool:
        """Whether this user is the manager of the team ``record`` belongs to.

        The one definition of "the manager of the rep's team": the manager named
        on the team that owns the record's territory. A manager who is only a
        member of that team sees its records but does not review them; an admin
        does not review either.
        """
        return self.role == "manager" and record.territory_id in self.reviewed_territories


class Person(Protocol):
    """A user as scoping needs it: an ORM ``User`` or the token check's ``Principal``."""

    @property
    def id(self) -> str: ...
    @property
    def username(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def team_id(self) -> str | None: ...


def territories_of(
    session: Session, user: Person, rep_territories: frozenset[str] | None = None
) -> tuple[frozenset[str] | None, frozenset[str]]:
    """(territories the user sees, territories whose reports they review): one query.

    ``rep_territories``: a rep's territories when the caller already read them
    (the token check does), so a rep's request needs no query here.
    """
    if user.role == "admin":
        return None, frozenset()
    if user.role != "manager":
        if rep_territories is not None:
            return rep_territories, frozenset()
        query = select(Territory.id).where(Territory.rep_id == user.id)
        return frozenset(session.scalars(query)), frozenset()
    managed = select(Team.id).where(Team.manager_id == user.id)
    conditions = [Territory.team_id.in_(managed), Territory.rep_id == user.id]
    if user.team_id is not None:
        conditions.append(Territory.team_id == user.team_id)
    rows = session.execute(
        select(Territory.id, Territory.team_id.in_(managed).label("managed")).where(
            or_(*conditions)
        )
    ).all()
    seen = frozenset(territory for territory, _ in rows)
    return seen, frozenset(territory for territory, is_managed in rows if is_managed)


def viewer_for(
    session: Session, user: Person, rep_territories: frozenset[str] | None = None
) -> Viewer:
    territories, reviewed = territories_of(session, user, rep_territories)
    return Viewer(
        user_id=user.id,
        username=user.username,
        role=user.role,
        team_id=user.team_id,
        territories=territories,
        reviewed_territories=reviewed,
    )
