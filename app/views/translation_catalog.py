"""Keep the .ts translation sources in step with the code.

``python -m app.views.translation_catalog update`` runs ``lupdate`` over the
views (``self.tr`` / ``QCoreApplication.translate``) plus every message domain
code marks with ``translatable("errors", ...)``, which lupdate cannot see by
itself: those are collected with ``ast`` and handed to it as
``QT_TRANSLATE_NOOP`` lines. Existing translations are kept; new strings appear
as unfinished for a translator, and strings no longer used are dropped.

``python -m app.views.translation_catalog fill FILE.json`` then writes the
translations (``{"ar": {"Source": "ترجمة"}, ...}``) into those unfinished entries
and lists what is still unfinished (see :mod:`app.views.translation_fill`).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

from app.views.shared.i18n import TRANSLATED_LANGUAGES, ts_path

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "app" / "views"
DOMAIN_ROOTS = (ROOT / "app", ROOT / "protocol")


def lupdate_command() -> list[str]:
    name = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    return [str(Path(PySide6.__file__).parent / name)]


def view_sources() -> list[Path]:
    return sorted(VIEWS.rglob("*.py"))


def marked_messages() -> list[tuple[str, str]]:
    """(context, text) of every ``translatable(context, "literal")`` call in the client."""
    found: set[tuple[str, str]] = set()
    for root in DOMAIN_ROOTS:
        for path in root.rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "translatable"
                    and len(node.args) == 2
                    and all(
                        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                    )
                ):
                    found.add((node.args[0].value, node.args[1].value))
    return sorted(found)


def _noop_module(messages: list[tuple[str, str]]) -> str:
    lines = ["# generated for lupdate", "def QT_TRANSLATE_NOOP(c, t):", "    return t", ""]
    lines += [f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for context, text in messages]
    return "\n".join(lines) + "\n"


def run_lupdate(targets: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "domain_messages.py"
        extra.write_text(_noop_module(marked_messages()), encoding="utf-8")
        sources = [str(p) for p in view_sources()] + [str(extra)]
        subprocess.run(
            [*lupdate_command(), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts"]
            + [str(t) for t in targets],
            check=True,
            capture_output=True,
        )


def update() -> None:
    targets = [ts_path(language) for language in TRANSLATED_LANGUAGES]
    for target, language in zip(targets, TRANSLATED_LANGUAGES, strict=True):
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}"></TS>\n',
                encoding="utf-8",
            )
    run_lupdate(targets)


USAGE = (
    "usage: python -m app.views.translation_catalog update\n"
    "       python -m app.views.translation_catalog fill FILE.json"
)


def main(argv: list[str]) -> int:
    from app.views.translation_fill import FillError, describe, fill

    if argv == ["update"]:
        update()
        return 0
    if len(argv) == 2 and argv[0] == "fill":
        try:
            reports = fill(Path(argv[1]))
        except FillError as error:
            sys.stderr.write(f"error: {error}\n")
            return 1
        sys.stdout.write(describe(reports) + "\n")
        return 0
    sys.stderr.write(USAGE + "\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
