"""CSV import through the service: bad rows with their lines, all or nothing, upserts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Account, Contact, PriceList, PriceListItem, Product, Territory
from app.services.csv_import import import_csv
from app.services.csv_reading import CsvImportError

ACCOUNT_HEADER = "account_number,name,type,territory,phone,email,city,country,credit_limit,currency"


def write(tmp_path: Path, text: str, *, name: str = "in.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def run(workspace, kind: str, path: Path, **options):
    with workspace.transaction() as session:
        return import_csv(session, kind, path, **options)


def count(workspace, model) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def problems_of(workspace, kind: str, path: Path) -> list[tuple[int, str | None]]:
    with pytest.raises(CsvImportError) as caught:
        run(workspace, kind, path)
    return [(problem.line, problem.column) for problem in caught.value.problems]


def test_accounts_are_created_with_territory_by_name_and_aliases(workspace, tmp_path):
    path = write(
        tmp_path,
        f"{ACCOUNT_HEADER},tags\n"
        "A-1,Müller GmbH,customer,Berlin,+49 30 1,info@mueller.de,Berlin,de,10000.50,eur,"
        "key account; export\n"
        "A-2,شركة النور,prospect,Berlin,,,الرياض,SA,,SAR,\n",
    )
    report = run(workspace, "accounts", path)
    assert (report.created, report.updated, report.skipped) == (2, 0, 0)
    with workspace.session() as session:
        first = session.scalar(select(Account).where(Account.account_number == "A-1"))
        assert first.billing_city == "Berlin" and first.billing_country == "DE"
        assert first.credit_limit == Decimal("10000.50") and first.currency == "EUR"
        assert first.tags == ["key account", "export"]
        assert first.territory.name == "Berlin"
        second = session.scalar(select(Account).where(Account.account_number == "A-2"))
        assert second.name == "شركة النور" and second.credit_limit == 0
        assert second.territory_id == first.territory_id
    assert count(workspace, Territory) == 1


def test_each_kind_of_bad_row_is_reported_with_its_physical_line(workspace, tmp_path):
    path = write(
        tmp_path,
        f"{ACCOUNT_HEADER}\n"
        'A-1,"Two line\nname",customer,,,,,,,EUR\n'  # lines 2-3
        "A-2,Bad type,client,,,,,,,EUR\n"  # line 4
        "A-3,Bad mail,lead,,,anna.example.com,,,,EUR\n"  # line 5
        "A-4,Bad number,lead,,,,,,12;5,EUR\n"  # line 6
        "A-5,Bad currency,lead,,,,,,,EURO\n"  # line 7
        "A-6,Bad country,lead,,,,,Germany,,EUR\n"  # line 8
        ",No number,lead,,,,,,,EUR\n"  # line 9
        "A-1,Duplicate,lead,,,,,,,EUR\n"  # line 10
        "A-7,Short row\n",  # line 11
    )
    assert problems_of(workspace, "accounts", path) == [
        (4, "type"),
        (5, "email"),
        (6, "credit_limit"),
        (7, "currency"),
        (8, "country"),
        (9, "account_number"),
        (10, "account_number"),
        (11, None),
    ]
    assert count(workspace, Account) == 0


def test_header_problems_name_the_column(workspace, tmp_path):
    path = write(tmp_path, "account_number,nmae,city,billing_city\nA-1,x,y,z\n")
    assert problems_of(workspace, "accounts", path) == [
        (1, "nmae"),
        (1, "billing_city"),
        (1, "name"),
    ]


def test_a_bad_row_changes_nothing_in_an_existing_workspace(workspace, tmp_path):
    run(workspace, "accounts", write(tmp_path, "account_number,name\nA-1,Old name\n"))
    path = write(tmp_path, "account_number,name,credit_limit\nA-1,New name,5\nA-2,Other,-1\n")
    assert problems_of(workspace, "accounts", path) == [(3, "credit_limit")]
    with workspace.session() as session:
        assert session.scalars(select(Account.name)).all() == ["Old name"]


def test_skip_invalid_imports_the_good_rows_and_lists_the_bad(workspace, tmp_path):
    path = write(tmp_path, "account_number,name,type\nA-1,Good,lead\nA-2,Bad,boss\nA-3,Good,\n")
    report = run(workspace, "accounts", path, skip_invalid=True)
    assert (report.created, report.skipped) == (2, 1)
    assert [(problem.line, problem.column) for problem in report.problems] == [(3, "type")]
    assert count(workspace, Account) == 2


def test_upsert_updates_rather_than_duplicates(workspace, tmp_path):
    run(
        workspace, "accounts", write(tmp_path, "account_number,name,phone\nA-1,Old,1\nA-2,Same,2\n")
    )
    with workspace.session() as session:
        version = session.scalar(select(Account.row_version).where(Account.account_number == "A-1"))
    report = run(
        workspace,
        "accounts",
        write(tmp_path, "account_number,name,phone\nA-1,New,1\nA-2,Same,2\nA-3,Added,3\n"),
    )
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    with workspace.session() as session:
        changed = session.scalar(select(Account).where(Account.account_number == "A-1"))
        assert changed.name == "New" and changed.row_version == version + 1
    assert count(workspace, Account) == 3


def test_columns_absent_from_the_file_are_left_alone(workspace, tmp_path):
    run(workspace, "accounts", write(tmp_path, "account_number,name,phone\nA-1,Old,123\n"))
    run(workspace, "accounts", write(tmp_path, "account_number,name\nA-1,New\nA-2,Fresh\n"))
    with workspace.session() as session:
        assert session.scalar(select(Account.phone).where(Account.account_number == "A-1")) == "123"
        fresh = session.scalar(select(Account).where(Account.account_number == "A-2"))
        # Columns the file leaves out get the model's defaults on new records.
        assert (fresh.type, fresh.status, fresh.tags) == ("prospect", "active", [])
        assert (fresh.credit_limit, fresh.currency, fresh.row_version) == (0, "EUR", 1)


def test_utf8_bom_from_excel_is_accepted(workspace, tmp_path):
    report = run(
        workspace, "accounts", write(tmp_path, "account_number,name\nA-1,Иванов\n", bom=True)
    )
    assert report.created == 1


def test_a_file_that_is_not_utf8_is_refused(workspace, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("account_number,name\nA-1,Müller\n".encode("latin-1"))
    with pytest.raises(CsvImportError, match="UTF-8"):
        run(workspace, "accounts", path)


def _seed_accounts(workspace, tmp_path):
    run(
        workspace,
        "accounts",
        write(tmp_path, "account_number,name\nA-1,One\nA-2,Two\n", name="a.csv"),
    )


def test_contacts_reference_accounts_and_upsert_by_email_then_name(workspace, tmp_path):
    _seed_accounts(workspace, tmp_path)
    header = "account_number,first_name,last_name,email,preferred_language,marketing_consent\n"
    first = run(
        workspace,
        "contacts",
        write(tmp_path, header + "A-1,Anna,Berg,anna@x.de,de,yes\nA-1,Omar,Haddad,,ar,no\n"),
    )
    assert first.created == 2
    second = run(
        workspace,
        "contacts",
        write(
            tmp_path,
            header
            + "A-1,Anna,Berg-Lund,ANNA@x.de,de,yes\n"  # same e-mail: renamed
            + "A-1,Omar,Haddad,omar@x.sa,ar,no\n"  # same name, e-mail added
            + "A-2,Anna,Berg,anna@x.de,de,no\n",  # same e-mail, other account: a new contact
        ),
    )
    assert (second.created, second.updated) == (1, 2)
    with workspace.session() as session:
        names = session.scalars(select(Contact.last_name).order_by(Contact.last_name)).all()
    assert names == ["Berg", "Berg-Lund", "Haddad"]


def test_contact_errors_unknown_account_duplicate_and_language(workspace, tmp_path):
    _seed_accounts(workspace, tmp_path)
    path = write(
        tmp_path,
        "account_number,last_name,email,preferred_language,marketing_consent_date\n"
        "A-9,Nobody,,,\n"
        "A-1,Berg,b@x.de,xx-YY,\n"
        "A-1,Berg,b@x.de,,\n"
        "A-1,Lund,,,31.12.2026\n"
        "A-1,Berg,B@X.DE,,\n"  # the same e-mail as line 4, in capitals
        "A-2,Nyström,,,\n"
        "A-2,Nyström,,,\n",  # no e-mail: the same name is the same person
    )
    assert sorted(problems_of(workspace, "contacts", path)) == [
        (2, "account_number"),
        (3, "preferred_language"),
        (5, "marketing_consent_date"),
        (6, "email"),
        (8, "last_name"),
    ]


def test_products_upsert_by_sku(workspace, tmp_path):
    header = "sku,name,unit,tax_rate,active\n"
    run(workspace, "products", write(tmp_path, header + "P-1,Bolt,pcs,19,true\n"))
    report = run(workspace, "products", write(tmp_path, header + "P-1,Bolt M8,pcs,19,false\n"))
    assert (report.created, report.updated) == (0, 1)
    with workspace.session() as session:
        product = session.scalar(select(Product))
    assert (product.name, product.active, product.tax_rate) == ("Bolt M8", False, Decimal(19))
    bad = write(tmp_path, header + "P-2,Nut,pcs,120,maybe\n")
    assert problems_of(workspace, "products", bad) == [(2, "tax_rate"), (2, "active")]


PRICE_HEADER = "price_list,currency,valid_from,valid_to,sku,min_quantity,unit_price\n"


def test_prices_with_quantity_breaks_create_the_list_and_upsert_items(workspace, tmp_path):
    run(workspace, "products", write(tmp_path, "sku,name\nP-1,Bolt\nP-2,Nut\n", name="p.csv"))
    report = run(
        workspace,
        "prices",
        write(
            tmp_path,
            PRICE_HEADER
            + "Standard EUR,EUR,2026-01-01,,P-1,1,1.20\n"
            + "Standard EUR,EUR,2026-01-01,,P-1,10,1.05\n"
            + "Standard EUR,EUR,2026-01-01,,P-2,1,0.30\n",
        ),
    )
    assert report.created == 3
    again = run(
        workspace,
        "prices",
        write(tmp_path, PRICE_HEADER + "Standard EUR,EUR,2026-01-01,,P-1,10.0,0.99\n"),
    )
    assert (again.created, again.updated) == (0, 1)
    with workspace.session() as session:
        price_list = session.scalar(select(PriceList))
        breaks = {
            (item.product.sku, item.min_quantity): item.unit_price for item in price_list.items
        }
    assert price_list.currency == "EUR" and count(workspace, PriceList) == 1
    assert breaks == {
        ("P-1", Decimal(1)): Decimal("1.20"),
        ("P-1", Decimal(10)): Decimal("0.99"),
        ("P-2", Decimal(1)): Decimal("0.30"),
    }
    assert count(workspace, PriceListItem) == 3


def test_price_errors_unknown_sku_conflicting_list_and_validity(workspace, tmp_path):
    run(workspace, "products", write(tmp_path, "sku,name\nP-1,Bolt\n", name="p.csv"))
    path = write(
        tmp_path,
        PRICE_HEADER
        + "Standard,EUR,,,P-1,1,1.20\n"
        + "Standard,USD,,,P-1,5,1.10\n"  # same list, other currency
        + "Standard,EUR,,,P-404,1,1.00\n"  # unknown SKU
        + "Promo,EUR,2026-02-01,2026-01-01,P-1,1,1.00\n"  # ends before it starts
        + "Standard,EUR,,,P-1,1.0,1.30\n",  # the same break again
    )
    assert sorted(problems_of(workspace, "prices", path)) == [
        (3, "currency"),
        (4, "sku"),
        (5, "valid_to"),
        (6, "min_quantity"),
    ]
    assert count(workspace, PriceList) == 0


def test_an_empty_trailing_column_is_ignored_unless_it_holds_values(workspace, tmp_path):
    fine = write(tmp_path, "account_number,name,\nA-1,One,\n", name="fine.csv")
    assert run(workspace, "accounts", fine).created == 1
    bad = write(tmp_path, "account_number,name,\nA-2,Two,oops\n", name="bad.csv")
    assert problems_of(workspace, "accounts", bad) == [(2, None)]


def test_a_field_beyond_the_csv_limit_is_refused_with_its_line(workspace, tmp_path):
    path = tmp_path / "huge.csv"
    huge = b"x" * 200_000  # beyond the csv module's field limit
    path.write_bytes(b"account_number,name\nA-1,One\nA-2," + huge + b"\n")
    with pytest.raises(CsvImportError, match="not valid CSV at line 3"):
        run(workspace, "accounts", path)
    assert count(workspace, Account) == 0


def test_an_export_into_a_missing_folder_is_a_clear_error(workspace, tmp_path):
    from app.errors import ValidationError
    from app.services.csv_export import export_csv

    with pytest.raises(ValidationError, match="Cannot write"), workspace.session() as session:
        export_csv(session, "accounts", tmp_path / "no such folder" / "accounts.csv")
