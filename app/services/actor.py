"""The person acting, as services see them: a name and a set of rights."""

from __future__ import annotations

from dataclasses import dataclass, field

# May submit an order above the account's available credit (recorded on the order).
CREDIT_OVERRIDE = "credit_override"
# May approve visit reports or send them back for changes.
REVIEW_REPORTS = "review_reports"


@dataclass(frozen=True)
class Actor:
    username: str
    rights: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rights", frozenset(self.rights))

    def can(self, right: str) -> bool:
        return right in self.rights
