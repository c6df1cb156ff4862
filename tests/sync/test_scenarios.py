"""A rep's week, told through the sync client: scope moves, expiring tokens, refusals,
photos, a workspace used before its first connection, an app too old for the server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import Account, Attachment, Contact, Territory, Visit
from app.services.accounts import create_account, create_contact
from app.services.csv_import import import_csv
from app.services.csv_reading import CsvImportError
from app.services.visits import plan_visit
from app.sync import issues
from app.sync.engine import SyncEngine
from app.sync.errors import UpgradeRequiredError
from app.sync.tables import OutboxEntry
from server.directory import assign_territory
from tests.server.server_helpers import live_server


def territory_id(workspace, name: str) -> str:
    with workspace.session() as session:
        return session.scalar(select(Territory.id).where(Territory.name == name))


def test_a_new_account_goes_to_the_reps_only_territory(sync_world, laptops) -> None:
    laptop = laptops()
    laptop.connect(sync_world, "anna")
    laptop.sync()
    with laptop.workspace.transaction() as session:
        account = create_account(session, account_number="A-1", name="Acme")
    assert account.territory_id == sync_world.territories["North"]
    assert laptop.sync().converged


def test_a_territory_that_moves_away_is_removed_and_nothing_is_deleted_or_lost(
    sync_world, laptops
) -> None:
    anna, omar = laptops("anna"), laptops("omar")
    anna.connect(sync_world, "anna")
    omar.connect(sync_world, "omar")
    anna.sync()
    omar.sync()
    with anna.workspace.transaction() as session:
        account = create_account(session, account_number="A-1", name="Acme")
        contact = create_contact(session, account=account, last_name="Doe")
    anna.sync()
    with anna.workspace.transaction() as session:  # an edit made offline, not yet pushed
        session.get(Contact, contact.id).phone = "+49 1"
    with sync_world.server_session() as session:
        # omar takes North over; anna keeps nothing of it
        assign_territory(session, territory="North", username="omar")

    report = anna.sync()
    assert report.dropped >= 2
    with anna.workspace.session() as session:
        assert session.get(Account, account.id) is None
        assert session.get(Contact, contact.id) is None
        leftovers = issues.open_issues(session)
    # The offline edit could not go (the server no longer lets anna write there): it is
    # kept in the refused list with its value, not lost and not pushed as anything else.
    [refused] = leftovers
    assert (refused.kind, refused.record_id, refused.mine) == (
        "refused",
        contact.id,
        {"phone": "+49 1"},
    )
    omar.sync()
    with omar.workspace.session() as session:
        assert session.get(Account, account.id).deleted is False  # nothing was deleted
        assert session.get(Contact, contact.id).deleted is False


def test_an_expired_access_token_is_refreshed_without_asking(sync_world, laptops) -> None:
    with live_server(
        sync_world.database_url,
        FIELDSALES_ARGON2_PROFILE="test",
        # Long enough that a fresh token outlives its retry on a loaded machine (at 1 s,
        # with expiry counted in whole seconds, a new token could be dead on arrival).
        FIELDSALES_ACCESS_TOKEN_SECONDS="3",
    ) as url:
        laptop = laptops()
        laptop.engine.connect(server_url=url, username="anna", password="correct horse battery")
        laptop.engine.sync()
        with laptop.workspace.session() as session:
            from app.sync.connection import load_connection

            first = load_connection(session).tokens
        import time

        time.sleep(4.5)
        assert laptop.engine.sync().converged
        with laptop.workspace.session() as session:
            second = load_connection(session).tokens
        assert second != first  # both tokens rotated, and stored


def test_a_refused_change_is_set_aside_and_the_rest_goes_through(sync_world, laptops) -> None:
    laptop = laptops()
    laptop.connect(sync_world, "anna")
    laptop.sync()
    south = territory_id(laptop.workspace, "South")
    with laptop.workspace.transaction() as session:
        good = [
            create_account(session, account_number=f"N-{i}", name=f"Nord {i}") for i in range(5)
        ]
        bad = create_account(session, account_number="S-1", name="Not mine", territory_id=south)
        orphan = create_contact(session, account=bad, last_name="Orphan")
        good.append(create_account(session, account_number="N-9", name="Nord 9"))
    report = laptop.sync()
    assert report.refused == 2 and report.pushed == 6
    with laptop.workspace.session() as session:
        refused = {issue.record_id: issue for issue in issues.open_issues(session)}
        assert set(refused) == {bad.id, orphan.id}
        assert refused[bad.id].mine["name"] == "Not mine"  # nothing lost
        assert session.scalar(select(OutboxEntry.id).limit(1)) is None  # nothing stuck
    other = laptops("other")
    other.connect(sync_world, "anna")
    other.sync()
    with other.workspace.session() as session:
        numbers = set(session.scalars(select(Account.account_number)))
    assert numbers == {account.account_number for account in good}

    # Discarding takes the server's version: the record never existed there, so it goes.
    laptop.engine.resolve(refused[orphan.id].id, "theirs")
    laptop.engine.resolve(refused[bad.id].id, "theirs")
    with laptop.workspace.session() as session:
        assert session.get(Account, bad.id) is None
    assert laptop.sync().converged


def test_photos_travel_encrypted_and_arrive_on_the_other_laptop(sync_world, laptops) -> None:
    first, second = laptops("a"), laptops("b")
    for laptop in (first, second):
        laptop.connect(sync_world, "anna")
        laptop.sync()
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    with first.workspace.transaction() as session:
        account = create_account(session, account_number="A-1", name="Acme")
        start = datetime.now(UTC) + timedelta(days=1)
        visit = plan_visit(
            session, account=account, planned_start=start, planned_end=start + timedelta(hours=1)
        )
        attachment = first.workspace.attachments.add(
            session,
            owner_entity="visit",
            owner_id=visit.id,
            filename="shelf.png",
            media_type="image/png",
            data=photo,
        )
    assert first.sync().converged
    report = second.sync()
    assert report.downloaded == 1
    with second.workspace.session() as session:
        copy = session.get(Attachment, attachment.id)
        assert second.workspace.attachments.read(copy) == photo
        assert session.get(Visit, visit.id) is not None
    stored = second.workspace.attachments.path_for(attachment.id).read_bytes()
    assert photo[20:60] not in stored  # encrypted at rest


def test_a_workspace_used_alone_first_maps_its_catalog_and_lists_what_cannot_go(
    sync_world, laptops, tmp_path
) -> None:
    laptop = laptops()
    with laptop.workspace.transaction() as session:
        north = Territory(name="North")
        atlantis = Territory(name="Atlantis")
        session.add_all([north, atlantis])
        session.flush()
        kept = create_account(session, account_number="A-1", name="Acme", territory_id=north.id)
        lost = create_account(
            session, account_number="A-2", name="Poseidon", territory_id=atlantis.id
        )
    laptop.connect(sync_world, "anna")
    report = laptop.sync()
    assert report.first_sync
    with laptop.workspace.session() as session:
        names = sorted(session.scalars(select(Territory.name)))
        assert names == ["Atlantis", "North", "South"]  # the local North is the server's now
        assert session.get(Account, kept.id).territory_id == sync_world.territories["North"]
        refused = {issue.record_id: issue for issue in issues.open_issues(session)}
    assert set(refused) == {atlantis.id, lost.id}
    assert "administrator" in refused[atlantis.id].reason

    # Connected now: the server's catalog is the truth for names typed or imported here.
    csv = tmp_path / "accounts.csv"
    csv.write_text("account_number,name,territory\nA-3,Gamma,Atlantis\nA-4,Delta,North\n", "utf-8")
    with laptop.workspace.transaction() as session, pytest.raises(CsvImportError) as refusal:
        import_csv(session, "accounts", csv)
    assert "Atlantis" in str(refusal.value.problems[0])
    products = tmp_path / "products.csv"
    products.write_text("sku,name\nX-1,Thing\n", "utf-8")
    with laptop.workspace.transaction() as session, pytest.raises(CsvImportError):
        import_csv(session, "products", products)


def test_an_app_too_old_for_the_server_says_so_and_changes_nothing(
    sync_world, laptops, monkeypatch
) -> None:
    laptop = laptops()
    laptop.connect(sync_world, "anna")
    laptop.sync()
    with laptop.workspace.transaction() as session:
        create_account(session, account_number="A-1", name="Acme")
    monkeypatch.setattr("app.sync.transport.PROTOCOL_VERSION", 0)
    with pytest.raises(UpgradeRequiredError, match="update the app"):
        SyncEngine(laptop.workspace).sync()
    with laptop.workspace.session() as session:
        assert session.scalar(select(OutboxEntry.id).limit(1)) is not None
    monkeypatch.undo()
    assert SyncEngine(laptop.workspace).sync().converged


def _enable_second_factor(world, username: str) -> str:
    import uuid

    import httpx
    import pyotp

    from tests.server.server_helpers import PASSWORD

    login = httpx.post(
        f"{world.url}/api/v1/auth/login",
        json={"username": username, "password": PASSWORD, "device_id": str(uuid.uuid4())},
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    enrolment = httpx.post(
        f"{world.url}/api/v1/auth/totp/enrol", json={"password": PASSWORD}, headers=headers
    )
    assert enrolment.status_code == 200, enrolment.text
    secret = enrolment.json()["secret"]
    totp = pyotp.TOTP(secret)
    previous = totp.generate_otp(totp.timecode(datetime.now(UTC)) - 1)  # leaves "now" unused
    confirmed = httpx.post(
        f"{world.url}/api/v1/auth/totp/confirm",
        json={"code": previous, "password": PASSWORD},
        headers=headers,
    )
    assert confirmed.status_code == 204, confirmed.text
    return secret


def test_a_second_factor_is_asked_for_and_a_code_signs_in(sync_world, laptops) -> None:
    import pyotp

    from app.sync.errors import SecondFactorRequiredError
    from tests.server.server_helpers import PASSWORD

    secret = _enable_second_factor(sync_world, "anna")
    laptop = laptops()
    with pytest.raises(SecondFactorRequiredError) as asked:
        laptop.engine.connect(server_url=sync_world.url, username="anna", password=PASSWORD)
    assert asked.value.field == "totp_code"
    with pytest.raises(SecondFactorRequiredError, match="wrong"):
        laptop.engine.connect(
            server_url=sync_world.url, username="anna", password=PASSWORD, totp_code="000000"
        )
    laptop.engine.connect(
        server_url=sync_world.url,
        username="anna",
        password=PASSWORD,
        totp_code=pyotp.TOTP(secret).now(),
    )
    assert laptop.sync().converged


def test_a_null_the_workspace_cannot_hold_never_stops_a_pull(sync_world, laptops) -> None:
    import uuid

    from app.models import Product

    laptop = laptops()
    laptop.connect(sync_world, "anna")
    laptop.sync()
    odd = str(uuid.uuid4())
    answer = sync_world.admin_push(
        [{"entity": "product", "id": odd, "fields": {"sku": "X-9", "name": None, "unit": None}}]
    )
    assert answer.status_code == 200, answer.text
    assert laptop.sync().converged
    with laptop.workspace.session() as session:
        product = session.get(Product, odd)
        assert (product.sku, product.name, product.unit) == ("X-9", "", "pcs")
