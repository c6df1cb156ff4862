"""Settings that belong to this device's workspace and never sync (device prefix ...)."""

from __future__ import annotations

from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import Base


class WorkspaceSetting(Base):
    __tablename__ = "workspace_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def get_setting(session: Session, key: str) -> str | None:
    return session.scalar(select(WorkspaceSetting.value).where(WorkspaceSetting.key == key))


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(WorkspaceSetting, key)
    if row is None:
        session.add(WorkspaceSetting(key=key, value=value))
    else:
        row.value = value
