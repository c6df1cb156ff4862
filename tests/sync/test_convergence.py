"""Randomized convergence: three laptops, a real server, a line that fails at random.

A hypothesis state machine drives ``tests/sync/convergence.py``: a rep's two
laptops and their manager's create, edit and delete offline, the manager moves
accounts out of the rep's territory and back, and they sync in any order while a
loopback proxy drops requests before or after the server commits, cuts pull pages
in half and sends pushes twice, and syncs die half-way (a fresh engine on the
reopened workspace carries on). After every laptop has synced twice on a quiet
line, nothing acknowledged is lost, nothing is applied twice, every workspace
equals the server's view of its scope and nothing is left stuck.

The examples are derandomized (the same programs on every run); the soak in
``bench/sync_soak.py`` runs thousands of seeded ones.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test

from tests.sync.convergence import (
    EDITABLE,
    FAULT_PATHS,
    Break,
    Case,
    CreateAccount,
    CreateContact,
    DeleteContact,
    Edit,
    MoveAccount,
    ServerSide,
    Sync,
    blank_workspace,
    describe_steps,
)
from tests.sync.fault_proxy import FAULTS, FaultProxy

# Run on SQLite and on PostgreSQL: the server's backend shapes what a laptop sees.
pytestmark = pytest.mark.every_backend

EXAMPLES = int(os.environ.get("FIELDSALES_CONVERGENCE_EXAMPLES", "4"))
STEPS = 24

laptop = st.integers(0, 2)
pick = st.integers(0, 50)
edits = st.sampled_from([(entity, name) for entity, names in EDITABLE.items() for name in names])


def machine(server: ServerSide, proxy: FaultProxy, blank: Path, root: Path) -> type:
    class Convergence(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.case = Case(server, proxy, Path(tempfile.mkdtemp(dir=root)), blank)

        @rule(client=laptop, pick=pick)
        def create_account(self, client: int, pick: int) -> None:
            self.case.run(CreateAccount(client, pick))

        @rule(client=laptop, pick=pick)
        def create_contact(self, client: int, pick: int) -> None:
            self.case.run(CreateContact(client, pick))

        @rule(client=laptop, pick=pick, what=edits)
        def edit(self, client: int, pick: int, what: tuple[str, str]) -> None:
            self.case.run(Edit(client, what[0], pick, what[1]))

        @rule(client=laptop, pick=pick)
        def delete_contact(self, client: int, pick: int) -> None:
            self.case.run(DeleteContact(client, pick))

        @rule(pick=pick)
        def move_account(self, pick: int) -> None:
            self.case.run(MoveAccount(pick))

        @rule(client=laptop, kill_at=st.none() | st.integers(1, 8))
        def sync(self, client: int, kill_at: int | None) -> None:
            self.case.run(Sync(client, kill_at))

        @rule(
            kind=st.sampled_from(FAULTS),
            path=st.sampled_from(FAULT_PATHS),
            times=st.sampled_from([1, 3]),
        )
        def break_line(self, kind: str, path: str, times: int) -> None:
            self.case.run(Break(kind, path, times))

        def teardown(self) -> None:
            try:
                verdict = self.case.settle()
            finally:
                self.case.close()
            assert verdict.ok, f"{verdict.describe()}\nsteps: {describe_steps(self.case.log)}"

    return Convergence


def test_every_workspace_converges_through_faults(sync_world, tmp_path) -> None:
    server = ServerSide(sync_world.url, sync_world.database_url)
    blank = blank_workspace(tmp_path / "blank")
    try:
        with FaultProxy(sync_world.url) as proxy:
            run_state_machine_as_test(
                machine(server, proxy, blank, tmp_path),
                settings=settings(
                    max_examples=EXAMPLES,
                    stateful_step_count=STEPS,
                    deadline=None,
                    derandomize=True,
                    database=None,
                    # No shrinking: a failure prints its steps (replay them with Case.run).
                    phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=list(HealthCheck),
                ),
            )
    finally:
        server.close()
