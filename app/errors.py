"""Errors a user can cause, in one hierarchy.

    FieldsalesError            anything fit to show a user as it is
    ├── ValidationError        a field's value is wrong (names the field)
    ├── NotFoundError          a number or id that does not exist
    ├── StateError             a forbidden status change, a read-only record
    ├── CreditLimitError       an order above the account's available credit
    └── WorkspaceError         the workspace cannot be opened or written
        ├── WrongPassphraseError
        └── CorruptWorkspaceError

The CLI prints ``str(error)`` on one line and exits non-zero; the UI shows it next to
the field named by ``error.field``; nothing else is caught on purpose. Messages are
marked with ``translatable`` so ``pyside6-lupdate`` can collect them, and the view
translates them in the "errors" context before filling in named placeholders.
"""

from __future__ import annotations

from datetime import date


def translatable(context: str, text: str) -> str:
    """No-op marker (QT_TRANSLATE_NOOP) so domain code stays free of Qt."""
    del context
    return text


class FieldsalesError(Exception):
    """Base class: ``template`` is the untranslated message, ``params`` fill it in."""

    def __init__(self, template: str, /, *, field: str | None = None, **params: object) -> None:
        self.template = template
        self.params = params
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message, as the CLI prints it: dates in ISO form. (A screen
        formats the same params in the user's calendar and locale.)"""
        if not self.params:
            return self.template
        plain = {
            name: value.isoformat() if isinstance(value, date) else value
            for name, value in self.params.items()
        }
        return self.template.format(**plain)

    def __str__(self) -> str:
        return self.message


class ValidationError(FieldsalesError):
    """Invalid input. ``field`` names the offending field when there is one."""


class NotFoundError(FieldsalesError):
    pass


class StateError(FieldsalesError):
    pass


class CreditLimitError(FieldsalesError):
    pass


class WorkspaceError(FieldsalesError):
    pass


class WrongPassphraseError(WorkspaceError):
    pass


class CorruptWorkspaceError(WorkspaceError):
    pass
