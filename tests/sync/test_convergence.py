"""Randomized convergence: three laptops, a real server, a line that fails at random.

A hypothesis state machine drives ``tests/sync/convergence.py``: a rep's two
laptops and their manager's create, edit and delete offline (accounts, contacts,
draft quotes and their lines), the manager moves accounts out of the rep's
territory and back, and they sync in any order while a loopback proxy drops requests before or after the server commits, cuts pull pages
in half and sends pushes twice, and syncs die half-way (a fresh engine on the
reopened workspace carries on). After every laptop has synced twice on a quiet
line, nothing acknowledged is lost, nothing is applied twice, every workspace
equals the server's view of its scope and nothing is left stuck.

The examples are derandomized (the same programs on every run); the soak in
``bench/sync_soak.py`` runs thousands of seeded ones.
"""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test

from tests.sync.convergence import (
    EDITABLE,
    FAULT_PATHS,
    AddLine,
    Break,
    Case,
    CreateAccount,
    CreateContact,
    CreateQuote,
    DeleteContact,
    DeleteQuote,
    Edit,
    MoveAccount,
    ServerSide,
    Sync,
    blank_workspace,
    describe_steps,
    random_program,
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

        @rule(client=laptop, pick=pick)
        def create_quote(self, client: int, pick: int) -> None:
            self.case.run(CreateQuote(client, pick))

        @rule(client=laptop, pick=pick)
        def add_line(self, client: int, pick: int) -> None:
            self.case.run(AddLine(client, pick))

        @rule(client=laptop, pick=pick)
        def delete_quote(self, client: int, pick: int) -> None:
            self.case.run(DeleteQuote(client, pick))

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


def test_seeded_programs_make_quotes_and_the_first_ones_still_do_not() -> None:
    """The soak's programs create, edit and delete quotes with lines; with
    ``quotes=False`` a seed draws the accounts-and-contacts program it always did."""
    kinds: set[str] = set()
    edited: set[str] = set()
    for seed in range(200):
        rng = random.Random(seed)
        steps = random_program(rng, rng.randint(8, 30))
        kinds |= {type(step).__name__ for step in steps}
        edited |= {step.entity for step in steps if isinstance(step, Edit)}
        first = random.Random(seed)
        old = random_program(first, first.randint(8, 30), quotes=False)
        assert not any(isinstance(step, CreateQuote | AddLine | DeleteQuote) for step in old)
        assert {step.entity for step in old if isinstance(step, Edit)} <= {"account", "contact"}
    assert {"CreateQuote", "AddLine", "DeleteQuote"} <= kinds
    assert {"quote", "quote_line"} <= edited


def test_a_quote_delete_cascades_and_a_move_carries_the_lines(sync_world, tmp_path) -> None:
    """Two levels below the account: a deleted quote takes its lines on the server,
    the one another laptop added unseen by the deleter too (against that laptop's
    edit of a line, behind a push whose answer is lost), and an account moved away
    takes the other quote's line off the rep's laptops."""
    server = ServerSide(sync_world.url, sync_world.database_url)
    blank = blank_workspace(tmp_path / "blank")
    rep, other_rep, manager = 0, 1, Case.MANAGER
    try:
        with FaultProxy(sync_world.url) as proxy:
            case = Case(server, proxy, tmp_path / "case", blank)
            try:
                steps = [
                    CreateAccount(rep, 0),
                    CreateQuote(rep, 1),  # two lines
                    Sync(rep),
                    Sync(other_rep),
                    Sync(manager),
                    AddLine(other_rep, 0),  # the rep's laptop never sees it
                    Sync(other_rep),
                    Edit(other_rep, "quote_line", 0, "description"),
                    DeleteQuote(rep, 0),
                    Break("drop_after", "/api/v1/sync/push", 1),
                    Sync(rep),
                    Sync(other_rep),
                    CreateQuote(rep, 0),  # one line
                    Sync(rep),
                    Sync(manager),
                    MoveAccount(0),
                    Sync(manager),
                    Sync(rep),
                    Sync(other_rep),
                ]
                for step in steps:
                    case.run(step)
                verdict = case.settle()
                states = [laptop.state() for laptop in case.laptops]
            finally:
                case.close()
        assert verdict.ok, f"{verdict.describe()}\nsteps: {describe_steps(case.log)}"
        lines = [key for key in case.ledger.created if key[0] == "quote_line"]
        stored = server.records(set(lines), {case.team.shared, case.team.other})
        deleted = [key for key in lines if stored[key]["deleted"]]
        moved = [key for key in lines if not stored[key]["deleted"]]
        assert len(deleted) == 3 and len(moved) == 1
        assert stored[moved[0]]["territory_id"] == case.team.other
        for state in states[:2]:  # the rep's laptops: the moved line is gone
            assert moved[0] not in state
        assert states[manager][moved[0]]["deleted"] is False
        assert all(states[manager][key]["deleted"] for key in deleted)
    finally:
        server.close()
