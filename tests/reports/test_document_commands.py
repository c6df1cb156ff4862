"""`fieldsales quote|order|visit-report pdf` against a real encrypted workspace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.workspace import Workspace
from app.workspace.keyfile import KdfParams

from .pdf_reading import page_texts, placed_texts, reader
from .workspace_data import Printed, fill

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def workspace_dir(tmp_path_factory) -> tuple[Path, Printed]:
    folder = tmp_path_factory.mktemp("pdf-workspace") / "ws"
    with Workspace.create(folder, PASSPHRASE, kdf=KdfParams.for_tests()) as workspace:
        with workspace.session() as session:
            printed = fill(session)
    return folder, printed


def fieldsales(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("FIELDSALES_")}
    env["FIELDSALES_PASSPHRASE"] = PASSPHRASE
    env["FIELDSALES_PRESET"] = str(tmp_path / "no-preset.json")  # built-in company details
    # ... and no preset from this machine's user or site configuration either.
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_CONFIG_DIRS"] = str(tmp_path / "site-config")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_quote_pdf_in_persian(workspace_dir, tmp_path):
    folder, printed = workspace_dir
    out = tmp_path / "quote.pdf"
    result = fieldsales("quote", "pdf", printed.quote_number, "--out", str(out), "--lang", "fa",
                        "--calendar", "jalali", "--data-dir", str(folder), tmp_path=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    pdf = out.read_bytes()
    assert reader(pdf).metadata.title == f"پیش‌فاکتور {printed.quote_number}"
    drawn = [piece.text for piece in placed_texts(pdf)]
    assert {"۳", "آذر", "۱۴۰۵"} <= set(drawn)  # issued 24 November 2026 = 3 Azar 1405
    assert "امارات" in drawn  # the country, named in Persian


def test_order_pdf_defaults_to_english(workspace_dir, tmp_path):
    folder, printed = workspace_dir
    out = tmp_path / "order.pdf"
    result = fieldsales(
        "order",
        "pdf",
        printed.order_number,
        "--out",
        str(out),
        "--data-dir",
        str(folder),
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    text = page_texts(out.read_bytes())[0]
    assert (
        "Order confirmation" in text
        and printed.order_number in text
        and printed.quote_number in text
    )


def test_visit_report_pdf(workspace_dir, tmp_path):
    folder, printed = workspace_dir
    out = tmp_path / "visit.pdf"
    result = fieldsales("visit-report", "pdf", printed.visit_id, "--out", str(out), "--lang", "ru",
                        "--data-dir", str(folder), tmp_path=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Отчёт о визите" in page_texts(out.read_bytes())[0]


def test_unknown_number_is_one_line_exit_1_and_no_file(workspace_dir, tmp_path):
    folder, _ = workspace_dir
    out = tmp_path / "missing.pdf"
    result = fieldsales(
        "quote",
        "pdf",
        "Q-NOPE-00001",
        "--out",
        str(out),
        "--data-dir",
        str(folder),
        tmp_path=tmp_path,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "fieldsales: No quote with number Q-NOPE-00001."
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


def test_missing_output_folder_is_a_clear_error(workspace_dir, tmp_path):
    folder, printed = workspace_dir
    out = tmp_path / "nowhere" / "quote.pdf"
    result = fieldsales(
        "quote",
        "pdf",
        printed.quote_number,
        "--out",
        str(out),
        "--data-dir",
        str(folder),
        tmp_path=tmp_path,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"fieldsales: Folder {out.parent} does not exist"


def test_unsupported_language_is_refused_by_the_command_line(workspace_dir, tmp_path):
    folder, printed = workspace_dir
    result = fieldsales("quote", "pdf", printed.quote_number, "--out", str(tmp_path / "q.pdf"),
                        "--lang", "de", "--data-dir", str(folder), tmp_path=tmp_path)  # fmt: skip
    assert result.returncode == 2 and "invalid choice: 'de'" in result.stderr


def test_quote_pdf_with_gregorian_and_umm_al_qura_dates(workspace_dir, tmp_path):
    folder, printed = workspace_dir
    out = tmp_path / "quote.pdf"
    result = fieldsales("quote", "pdf", printed.quote_number, "--out", str(out), "--lang", "ar",
                        "--calendar", "gregorian", "--second-calendar", "islamic-umalqura",
                        "--data-dir", str(folder), tmp_path=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    drawn = {piece.text for piece in placed_texts(out.read_bytes())}
    # Issued 24 November 2026 = 14 Jumada al-Akhirah 1448 by Umm al-Qura (13 tabular).
    assert {"نوفمبر", "الموافق", "١٤", "جمادى", "الآخرة", "١٤٤٨"} <= drawn


def test_an_unknown_second_calendar_is_refused(workspace_dir, tmp_path):
    folder, printed = workspace_dir
    result = fieldsales("quote", "pdf", printed.quote_number, "--out", str(tmp_path / "q.pdf"),
                        "--second-calendar", "julian", "--data-dir", str(folder), tmp_path=tmp_path)  # fmt: skip
    assert result.returncode == 2 and "invalid choice: 'julian'" in result.stderr
    assert not (tmp_path / "q.pdf").exists()
