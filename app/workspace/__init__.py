"""The encrypted offline workspace (no Qt here)."""

from app.workspace.keyfile import KdfParams
from app.workspace.workspace import (
    Workspace,
    change_passphrase,
    check_passphrase_strength,
    default_data_dir,
)

__all__ = [
    "KdfParams",
    "Workspace",
    "change_passphrase",
    "check_passphrase_strength",
    "default_data_dir",
]
