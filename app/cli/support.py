"""What every CLI command needs: the workspace folder, the passphrase, an open workspace.

``app.workspace`` is imported inside the functions: it brings SQLAlchemy, Alembic
and the models (most of a second), which ``--help`` and a mistyped argument must
not pay, since every command module imports this one to register its arguments.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import ValidationError, translatable

if TYPE_CHECKING:
    from app.workspace import Workspace

DEFAULT_PASSPHRASE_ENV = "FIELDSALES_PASSPHRASE"


def data_dir_from(args: argparse.Namespace) -> Path:
    explicit = getattr(args, "data_dir", None)
    if explicit:
        return Path(explicit)
    from app.workspace import default_data_dir

    return default_data_dir()


def passphrase_from(
    args: argparse.Namespace,
    *,
    prompt: str = "Workspace passphrase: ",
    env_option: str = "passphrase_env",
    default_env: str = DEFAULT_PASSPHRASE_ENV,
    confirm: bool = False,
) -> str:
    """The passphrase from the named environment variable, else asked for without echo."""
    variable = getattr(args, env_option, None) or default_env
    if value := os.environ.get(variable):
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(
            translatable(
                "errors", "No passphrase: set ${variable} or run the command in a terminal"
            ),
            field="passphrase",
            variable=variable,
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != value:
        raise ValidationError(
            translatable("errors", "The two passphrases differ"), field="passphrase"
        )
    return value


def open_workspace(args: argparse.Namespace) -> Workspace:
    from app.workspace import Workspace

    data_dir = data_dir_from(args)
    return Workspace.open(data_dir, passphrase_from(args))
