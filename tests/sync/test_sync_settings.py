"""What a sync keeps about the user and the way out: written as a whole, read afresh
at every sync.

``GET /me`` tells a sync the user's territories, role and the teams they review;
the three settings are written in one transaction, so a failure half-way leaves
the ones from the sync before. The system's proxy is read once per sync, not per
request, and a proxy set or removed between two syncs is honoured by the next.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.sync import connection as stored
from app.workspace.local_settings import WorkspaceSetting, set_setting
from tests.sync.test_network import forward_proxy

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


def test_what_the_server_says_about_the_user_is_stored_whole_or_not_at_all(
    sync_world, laptops
) -> None:
    laptop = laptops()
    laptop.connect(sync_world, "anna")
    laptop.sync()
    north = sync_world.territories["North"]
    # Stale values, as if the server had changed them since: the next sync rewrites
    # the territories, then the role, then adds the reviewed teams.
    with laptop.workspace.transaction() as session:
        set_setting(session, stored.MY_TERRITORIES, "[]")
        set_setting(session, stored.ROLE, "manager")
        session.delete(session.get(WorkspaceSetting, stored.REVIEWED_TERRITORIES))
    # A real failure inside the workspace database, at the second of the three writes.
    with laptop.workspace.transaction() as session:
        session.execute(
            text(
                "CREATE TRIGGER fail_role BEFORE UPDATE ON workspace_setting "
                f"WHEN NEW.key = '{stored.ROLE}' BEGIN SELECT RAISE(ABORT, 'disk gone'); END"
            )
        )

    # The driver's own error (SQLCipher's module is not the dialect's sqlite3).
    with pytest.raises(Exception, match="disk gone"):  # noqa: PT011 - matched by text
        laptop.sync()
    with laptop.workspace.session() as session:
        assert stored.my_territories(session) == []
        assert stored.reviewed_territories(session) is None
        assert stored.load_connection(session).role == "manager"

    with laptop.workspace.transaction() as session:
        session.execute(text("DROP TRIGGER fail_role"))
    assert laptop.sync().converged
    with laptop.workspace.session() as session:
        assert stored.my_territories(session) == [north]
        assert stored.reviewed_territories(session) == []
        assert stored.load_connection(session).role == "rep"


def test_a_system_proxy_set_or_removed_between_syncs_is_honoured(
    sync_world, laptops, monkeypatch
) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    laptop = laptops()  # the preset's proxy is "system": the environment's variables
    laptop.connect(sync_world, "anna")
    assert laptop.sync().converged

    with forward_proxy() as (proxy_url, seen):
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        assert laptop.sync().converged
        assert "GET /api/v1/me" in seen and "GET /api/v1/sync/pull" in seen

        monkeypatch.delenv("HTTP_PROXY")
        seen.clear()
        assert laptop.sync().converged
        assert seen == [], "the proxy removed before this sync was still used"
