"""Export then import into a fresh workspace gives the same records."""

from __future__ import annotations

from sqlalchemy import select

from app.models import Account
from app.services.csv_export import export_csv
from app.services.csv_import import import_csv
from app.services.demo import fill_demo
from app.workspace import KdfParams, Workspace

# Import order matters: prices need products, contacts need accounts.
KINDS = ("products", "prices", "accounts", "contacts")


def _export_all(workspace: Workspace, folder) -> dict[str, bytes]:
    folder.mkdir()
    files = {}
    with workspace.session() as session:
        for kind in KINDS:
            path = folder / f"{kind}.csv"
            assert export_csv(session, kind, path) > 0
            files[kind] = path.read_bytes()
    return files


def test_demo_data_survives_export_and_import_into_a_fresh_workspace(tmp_path):
    kdf = KdfParams.for_tests()
    with Workspace.create(tmp_path / "source", "test passphrase", kdf=kdf) as source:
        with source.transaction() as session:
            fill_demo(session, accounts=60, device_prefix=source.device_prefix, seed=3)
        exported = _export_all(source, tmp_path / "first")
        with source.session() as session:
            original = session.scalar(select(Account).where(Account.account_number == "ACC-000007"))
            original_values = (
                original.name,
                original.credit_limit,
                original.tags,
                original.territory.name,
            )

    with Workspace.create(tmp_path / "target", "test passphrase", kdf=kdf) as target:
        for kind in KINDS:
            with target.transaction() as session:
                report = import_csv(session, kind, tmp_path / "first" / f"{kind}.csv")
            assert report.problems == [] and report.updated == 0, kind
        again = _export_all(target, tmp_path / "second")
        with target.session() as session:
            copy = session.scalar(select(Account).where(Account.account_number == "ACC-000007"))
            assert (copy.name, copy.credit_limit, copy.tags, copy.territory.name) == original_values

    for kind in KINDS:
        assert again[kind] == exported[kind], kind
    # Non-Latin text and exact decimals made it through as text, not floats.
    accounts = exported["accounts"].decode("utf-8")
    assert any("\u0600" <= character <= "\u06ff" for character in accounts)
    assert "e+" not in accounts.lower()


def test_reimporting_an_export_changes_nothing(tmp_path):
    with Workspace.create(tmp_path / "ws", "test passphrase", kdf=KdfParams.for_tests()) as ws:
        with ws.transaction() as session:
            fill_demo(session, accounts=30, device_prefix=ws.device_prefix, seed=5)
        _export_all(ws, tmp_path / "out")
        for kind in KINDS:
            with ws.transaction() as session:
                report = import_csv(session, kind, tmp_path / "out" / f"{kind}.csv")
            assert (report.created, report.updated) == (0, 0), kind
            assert report.unchanged > 0


FORMULA_LIKE = {
    "name": '=HYPERLINK("http://evil.example","Click")',
    "legal_name": "@SUM(A1:A9)",
    "segment": "-2+3",
    "phone": "+971 4 555 0100",
    "website": "'=already quoted by hand",
}


def test_exported_text_never_runs_as_a_spreadsheet_formula_and_still_round_trips(tmp_path):
    import csv

    from app.services.accounts import create_account

    kdf = KdfParams.for_tests()
    with Workspace.create(tmp_path / "source", "test passphrase", kdf=kdf) as source:
        with source.transaction() as session:
            create_account(session, account_number="ACC-1", **FORMULA_LIKE)
        for excel in (False, True):
            path = tmp_path / f"accounts-{excel}.csv"
            with source.session() as session:
                export_csv(session, "accounts", path, excel=excel)
            with open(path, encoding="utf-8-sig", newline="") as stream:
                row = next(csv.DictReader(stream))
            for column, value in FORMULA_LIKE.items():
                assert row[column] == "'" + value, (excel, column)
            assert row["account_number"] == "ACC-1"

    for excel in (False, True):
        with Workspace.create(tmp_path / f"target-{excel}", "test passphrase", kdf=kdf) as target:
            with target.transaction() as session:
                report = import_csv(session, "accounts", tmp_path / f"accounts-{excel}.csv")
            assert report.problems == [] and report.created == 1
            with target.session() as session:
                copy = session.scalar(select(Account))
                assert {column: getattr(copy, column) for column in FORMULA_LIKE} == FORMULA_LIKE
