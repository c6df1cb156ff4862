"""Three laptops, a real server and a line that fails: the convergence harness.

Shared by the hypothesis state machine (``test_convergence.py``) and the seeded
soak (``bench/sync_soak.py``). A *case* is a fresh team on a running server: a
rep with two laptops, and the team's manager with one laptop, who sees the rep's
territory and a second one the rep does not hold. The clients create, edit and
delete accounts and contacts offline, the manager moves accounts between the two
territories (the rep's laptops must drop them, with their contacts, quotes and the
quotes' lines), and they sync in any order while ``FaultProxy`` breaks requests
and syncs are killed half-way. Draft quotes with lines under an account are the
kind with a child of its own: deleting one cascades to its lines, and an account
move carries them as grandchildren.

``Case.verdict`` then syncs every laptop twice with a quiet line and counts:

* **lost**: a create, delete or last write of a field that the server does not
  hold, with no conflict or refused change on the writer's laptop to show for it;
* **duplicated**: records on the server nobody created, conflicts on a field no
  one else wrote (a change applied twice runs into itself), or more conflicts for
  a field than the laptop wrote it;
* **diverged**: a workspace that differs from the server's view of its user's
  scope (record set, deleted flags, field values);
* **stuck**: a final sync that fails, or leaves changes or a stored batch behind.
"""

from __future__ import annotations

import json
import random
import shutil
import traceback
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from app.models import Account, Contact, Quote, QuoteLine
from app.services.accounts import create_account, create_contact, update_account, update_contact
from app.services.quote_drafts import delete_draft
from app.services.quotes import add_quote_line, create_quote, update_quote, update_quote_line
from app.services.records import soft_delete
from app.sync.engine import SyncEngine
from app.sync.errors import ServerBusyError, ServerUnreachableError
from app.sync.tables import OutboxEntry, PendingPush, RecordVersions, SyncIssue
from app.sync.transport import NetworkSettings
from app.sync.values import row_to_fields
from app.workspace import KdfParams, Workspace
from app.workspace.local_settings import set_setting
from protocol.entities import ENTITY_FIELDS
from server.db import make_engine, make_sessionmaker, transaction
from server.directory import create_team, create_territory, create_user, user_by_name
from server.models import Record
from server.scope import viewer_for
from tests.server.server_helpers import PASSWORD
from tests.sync.fault_proxy import FAULTS, Fault, FaultProxy

PASSPHRASE = "convergence passphrase"
# What the verdict compares: every kind a program creates.
MODELS: dict[str, type] = {
    "account": Account,
    "contact": Contact,
    "quote": Quote,
    "quote_line": QuoteLine,
}
ENTITIES = tuple(MODELS)
# The kinds the soak's first programs edited (seeds below ``bench/sync_soak.py``'s
# QUOTES_FROM): kept apart so those seeds still draw the same programs.
FIRST_ENTITIES = ("account", "contact")
EDITABLE = {
    "account": ("name", "phone", "notes", "billing_city", "credit_limit"),
    "contact": ("first_name", "last_name", "phone", "title"),
    "quote": ("notes", "terms"),
    "quote_line": ("description", "quantity"),
}
DECIMALS = {"credit_limit", "quantity", "unit_price"}
# A quote's dates: fixed, so a program writes the same values whatever the day.
QUOTE_DATE = date(2026, 12, 1)
FAULT_PATHS = ("/api/v1/sync/push", "/api/v1/sync/pull", "/api/v1/")
# Small batches and pages: a handful of records already spans several of each, so
# faults and kills land between them.
BATCH_SIZE = 3
PAGE_SIZE = 4
# A laptop's first sync, before the program starts, pulls the server's whole catalog
# (every earlier case's territories) with no fault on the line: small pages there
# test nothing and were most of a case's time on a server that had run many cases.
FIRST_PAGE_SIZE = 1000


class Killed(Exception):  # noqa: N818 - it stands for the process dying, not an error
    """The laptop's process dies here (raised from a sync's progress callbacks)."""


# -- the program's steps ------------------------------------------------------------


@dataclass(frozen=True)
class CreateAccount:
    client: int
    pick: int  # chooses the territory among those the client's user holds


@dataclass(frozen=True)
class CreateContact:
    client: int
    pick: int  # chooses the account among the client's live ones


@dataclass(frozen=True)
class Edit:
    client: int
    entity: str
    pick: int
    field_name: str


@dataclass(frozen=True)
class DeleteContact:
    client: int
    pick: int


@dataclass(frozen=True)
class CreateQuote:
    """A draft quote with one or two lines on one of the client's live accounts."""

    client: int
    pick: int  # chooses the account; its parity the number of lines


@dataclass(frozen=True)
class AddLine:
    """A line added to one of the client's live quotes (maybe another laptop's)."""

    client: int
    pick: int


@dataclass(frozen=True)
class DeleteQuote:
    """Throw a draft quote away: its lines go with it, here and on the server."""

    client: int
    pick: int


@dataclass(frozen=True)
class MoveAccount:
    """The manager moves an account to the team's other territory."""

    pick: int


@dataclass(frozen=True)
class Sync:
    client: int
    kill_at: int | None = None  # the n-th progress/cancel check of the sync dies


@dataclass(frozen=True)
class Break:
    kind: str
    path: str
    times: int


Step = (
    CreateAccount
    | CreateContact
    | CreateQuote
    | AddLine
    | Edit
    | DeleteContact
    | DeleteQuote
    | MoveAccount
    | Sync
    | Break
)


# -- the server side ----------------------------------------------------------------


@dataclass
class Team:
    rep: str
    manager: str
    shared: str  # the rep's territory (the manager sees it too)
    other: str  # only the manager's


class ServerSide:
    """The server's database, read directly: the oracle a workspace is compared with."""

    def __init__(self, url: str, database_url: str) -> None:
        self.url = url
        self.engine = make_engine(database_url, pool_size=2)
        self.sessions = make_sessionmaker(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def new_team(self) -> Team:
        tag = uuid.uuid4().hex[:10]
        with transaction(self.sessions) as session:
            create_user(session, username=f"m{tag}", password=PASSWORD, role="manager")
            create_team(session, name=f"t{tag}", manager=f"m{tag}")
            shared = create_territory(session, name=f"N{tag}", team=f"t{tag}").id
            other = create_territory(session, name=f"S{tag}", team=f"t{tag}").id
            create_user(
                session,
                username=f"r{tag}",
                password=PASSWORD,
                role="rep",
                team=f"t{tag}",
                territories=[f"N{tag}"],
            )
        return Team(rep=f"r{tag}", manager=f"m{tag}", shared=shared, other=other)

    def records(self, ids: set[tuple[str, str]] | None, territories: set[str]) -> dict:
        """(entity, id) -> Record for the team's records of the kinds a program makes."""
        with transaction(self.sessions) as session:
            query = select(Record).where(Record.entity.in_(ENTITIES))
            found = {}
            for record in session.scalars(query.where(Record.territory_id.in_(territories))):
                found[(record.entity, record.id)] = _snapshot(record)
            for entity, record_id in ids or set():
                if (entity, record_id) not in found:
                    record = session.get(Record, (entity, record_id))
                    if record is not None:
                        found[(entity, record_id)] = _snapshot(record)
            return found

    def scope_of(self, username: str) -> set[str]:
        with transaction(self.sessions) as session:
            viewer = viewer_for(session, user_by_name(session, username))
            return set(viewer.territories or ())


def _snapshot(record: Record) -> dict[str, Any]:
    return {
        "doc": dict(record.doc),
        "versions": dict(record.versions),
        "deleted": bool(record.deleted),
        "territory_id": record.territory_id,
        "account_id": record.account_id,
    }


# -- one laptop -----------------------------------------------------------------------


# The passphrase's key derivation at its cheapest (Argon2's floor is 8 KiB a lane):
# every laptop open and restart derives it, and the harness tests the sync, not the
# key file. Even ``KdfParams.for_tests()`` (8 MiB) cost a tenth of a case's set-up.
CHEAPEST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)


def blank_workspace(folder: Path) -> Path:
    """A new, never connected workspace to copy laptops from (creating one takes a second)."""
    Workspace.create(folder, PASSPHRASE, kdf=CHEAPEST_KDF).close()
    return folder


class Laptop:
    def __init__(self, folder: Path, username: str, server_url: str, blank: Path) -> None:
        self.folder = folder
        self.username = username
        self.server_url = server_url
        shutil.copytree(blank, folder)
        self.workspace = Workspace.open(folder, PASSPHRASE)
        with self.workspace.transaction() as session:
            # Each laptop numbers its documents with a prefix of its own.
            self.device_prefix = uuid.uuid4().hex[:4].upper()
            set_setting(session, "device_prefix", self.device_prefix)
        self.kills = 0

    def engine(self, kill_at: int | None = None, page_size: int = PAGE_SIZE) -> SyncEngine:
        calls = 0

        def checkpoint(*_args: object) -> bool:
            nonlocal calls
            calls += 1
            if kill_at is not None and calls >= kill_at:
                raise Killed(f"killed at check {calls}")
            return False

        return SyncEngine(
            self.workspace,
            network=NetworkSettings(retries=2, backoff_factor=0),
            progress=checkpoint,
            cancelled=checkpoint,
            batch_size=BATCH_SIZE,
            page_size=page_size,
        )

    def connect(self) -> None:
        self.engine().connect(server_url=self.server_url, username=self.username, password=PASSWORD)

    def restart(self) -> None:
        """The process died: open the workspace afresh, as the next start does."""
        self.workspace.close()
        self.workspace = Workspace.open(self.folder, PASSPHRASE)
        self.kills += 1

    def sync(self, kill_at: int | None = None, *, page_size: int = PAGE_SIZE) -> str:
        try:
            self.engine(kill_at, page_size).sync()
        except Killed:
            self.restart()
            return "killed"
        except (ServerUnreachableError, ServerBusyError):
            return "failed"  # could not reach the server: the next sync carries on
        return "ok"

    def close(self) -> None:
        if self.workspace.engine is not None:
            self.workspace.close()

    def created_values(self, key: tuple[str, str]) -> dict[str, Any]:
        """Every field of a record as its create wrote it, defaults included: the create
        travels with all of them, so the server may hold one (a credit limit of 0) that
        no edit wrote when every later edit was refused or lost a conflict."""
        entity, record_id = key
        table = MODELS[entity].__table__
        with self.workspace.session() as session:
            row = session.execute(select(table).where(table.c.id == record_id)).mappings().one()
            return row_to_fields(entity, row, list(ENTITY_FIELDS[entity]))

    def live(self, model: type) -> list[Any]:
        with self.workspace.session() as session:
            # In the order they arrived here, so that a program picks the same rows again.
            query = select(model).where(model.deleted.is_(False)).order_by(text("rowid"))
            return list(session.scalars(query))

    def state(self) -> dict[tuple[str, str], dict[str, Any]]:
        found = {}
        with self.workspace.session() as session:
            for entity, model in MODELS.items():
                table = model.__table__
                for row in session.execute(select(table)).mappings():
                    found[(entity, row["id"])] = {
                        "fields": row_to_fields(entity, row, list(ENTITY_FIELDS[entity])),
                        "deleted": bool(row["deleted"]),
                        "versions": {},
                    }
            for known in session.scalars(select(RecordVersions)):
                if (known.entity, known.record_id) in found:
                    found[(known.entity, known.record_id)]["versions"] = json.loads(known.versions)
        return found

    def issues(self) -> list[SyncIssue]:
        with self.workspace.session() as session:
            return list(session.scalars(select(SyncIssue)))

    def leftovers(self) -> tuple[int, int]:
        """(outbox rows, stored batches) after the final syncs: both must be 0."""
        with self.workspace.session() as session:
            return (
                len(session.scalars(select(OutboxEntry.id)).all()),
                len(session.scalars(select(PendingPush.idempotency_key)).all()),
            )


# -- what the program did, for the verdict ----------------------------------------------


@dataclass
class Written:
    order: int
    client: int
    value: Any


@dataclass
class Ledger:
    created: dict[tuple[str, str], int] = field(default_factory=dict)  # key -> creator
    initial: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    writes: dict[tuple[str, str, str], list[Written]] = field(
        default_factory=lambda: defaultdict(list)
    )
    deleted_by: dict[tuple[str, str], set[int]] = field(default_factory=lambda: defaultdict(set))
    moved: set[str] = field(default_factory=set)  # accounts the manager moved
    parent: dict[str, str] = field(default_factory=dict)  # contact, quote or line -> account
    quote_of: dict[str, str] = field(default_factory=dict)  # line -> quote
    order: int = 0

    def tick(self) -> int:
        self.order += 1
        return self.order


@dataclass
class Verdict:
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    diverged: list[str] = field(default_factory=list)
    stuck: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.diverged or self.stuck)

    def counts(self) -> dict[str, int]:
        return {
            "lost": len(self.lost),
            "duplicated": len(self.duplicated),
            "diverged": len(self.diverged),
            "stuck": len(self.stuck),
        }

    def describe(self) -> str:
        lines = []
        for name in ("lost", "duplicated", "diverged", "stuck"):
            lines += [f"{name}: {item}" for item in getattr(self, name)]
        return "\n".join(lines)


# -- a case -------------------------------------------------------------------------------


class Case:
    """A fresh team with three laptops behind one fault proxy."""

    MANAGER = 2

    def __init__(self, server: ServerSide, proxy: FaultProxy, folder: Path, blank: Path) -> None:
        self.server = server
        self.proxy = proxy
        self.folder = folder
        self.team = server.new_team()
        users = [self.team.rep, self.team.rep, self.team.manager]
        self.laptops = [
            Laptop(folder / f"laptop-{index}", username, proxy.url, blank)
            for index, username in enumerate(users)
        ]
        self.ledger = Ledger()
        self.values = 0
        self.log: list[Step] = []
        for laptop in self.laptops:
            laptop.connect()
            assert laptop.sync(page_size=FIRST_PAGE_SIZE) == "ok"

    def close(self) -> None:
        self.proxy.clear()
        for laptop in self.laptops:
            laptop.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- steps ------------------------------------------------------------------------

    def run(self, step: Step) -> None:
        self.log.append(step)
        handler: Callable[[Any], None] = getattr(self, f"_{type(step).__name__}")
        handler(step)

    def _value(self, entity: str, name: str) -> Any:
        self.values += 1
        if name in DECIMALS:
            return Decimal(f"{self.values}.50")
        text = f"{name}-{self.values}"
        return f"Gieß {text} ü" if self.values % 3 == 0 else text

    def _CreateAccount(self, step: CreateAccount) -> None:  # noqa: N802
        laptop = self.laptops[step.client]
        choices = (
            [self.team.shared]
            if step.client != self.MANAGER
            else [
                self.team.shared,
                self.team.other,
            ]
        )
        territory = choices[step.pick % len(choices)]
        fields = {"name": self._value("account", "name"), "phone": self._value("account", "phone")}
        number = f"A-{uuid.uuid4().hex[:8]}"
        with laptop.workspace.transaction() as session:
            account = create_account(
                session, account_number=number, territory_id=territory, **fields
            )
            key = ("account", account.id)
        self.ledger.tick()
        self.ledger.created[key] = step.client
        self.ledger.initial[key] = laptop.created_values(key)

    def _CreateContact(self, step: CreateContact) -> None:  # noqa: N802
        laptop = self.laptops[step.client]
        accounts = laptop.live(Account)
        if not accounts:
            return
        account_id = accounts[step.pick % len(accounts)].id
        last_name = self._value("contact", "last_name")
        with laptop.workspace.transaction() as session:
            contact = create_contact(
                session, account=session.get(Account, account_id), last_name=last_name
            )
            key = ("contact", contact.id)
        self.ledger.tick()
        self.ledger.created[key] = step.client
        self.ledger.initial[key] = laptop.created_values(key)
        self.ledger.parent[key[1]] = account_id

    def _CreateQuote(self, step: CreateQuote) -> None:  # noqa: N802
        laptop = self.laptops[step.client]
        accounts = laptop.live(Account)
        if not accounts:
            return
        account_id = accounts[step.pick % len(accounts)].id
        with laptop.workspace.transaction() as session:
            quote = create_quote(
                session,
                account=session.get(Account, account_id),
                device_prefix=laptop.device_prefix,
                issue_date=QUOTE_DATE,
                notes=self._value("quote", "notes"),
            )
            lines = [self._new_line(session, quote) for _ in range(1 + step.pick % 2)]
            keys = [("quote", quote.id)] + [("quote_line", line) for line in lines]
        self.ledger.tick()
        for key in keys:
            self.ledger.created[key] = step.client
            self.ledger.initial[key] = laptop.created_values(key)
            self.ledger.parent[key[1]] = account_id
        for line in lines:
            self.ledger.quote_of[line] = quote.id

    def _new_line(self, session: Any, quote: Quote) -> str:
        return add_quote_line(
            session,
            quote,
            quantity=self._value("quote_line", "quantity"),
            description=self._value("quote_line", "description"),
            unit_price=self._value("quote_line", "unit_price"),
        ).id

    def _AddLine(self, step: AddLine) -> None:  # noqa: N802
        laptop = self.laptops[step.client]
        quotes = laptop.live(Quote)
        if not quotes:
            return
        quote = quotes[step.pick % len(quotes)]
        with laptop.workspace.transaction() as session:
            key = ("quote_line", self._new_line(session, session.get(Quote, quote.id)))
        self.ledger.tick()
        self.ledger.created[key] = step.client
        self.ledger.initial[key] = laptop.created_values(key)
        self.ledger.parent[key[1]] = quote.account_id
        self.ledger.quote_of[key[1]] = quote.id

    def _Edit(self, step: Edit) -> None:  # noqa: N802
        laptop = self.laptops[step.client]
        model = MODELS[step.entity]
        rows = laptop.live(model)
        if not rows:
            return
        record_id = rows[step.pick % len(rows)].id
        value = self._value(step.entity, step.field_name)
        update = {
            "account": update_account,
            "contact": update_contact,
            "quote": update_quote,
            "quote_line": update_quote_line,
        }[step.entity]
        with laptop.workspace.transaction() as session:
            update(session, session.get(model, record_id), **{step.field_name: value})
        protocol_value = format(value, "f") if isinstance(value, Decimal) else value
        self.ledger.writes[(step.entity, record_id, step.field_name)].append(
            Written(self.ledger.tick(), step.client, protocol_value)
        )

    def _DeleteContact(self, step: DeleteContact) -> None:  # noqa: N802
        laptop = self.laptops[step.client]
        contacts = laptop.live(Contact)
        if not contacts:
            return
        contact_id = contacts[step.pick % len(contacts)].id
        with laptop.workspace.transaction() as session:
            soft_delete(session, session.get(Contact, contact_id))
        self.ledger.tick()
        self.ledger.deleted_by[("contact", contact_id)].add(step.client)

    def _DeleteQuote(self, step: DeleteQuote) -> None:  # noqa: N802
        laptop = self.laptops[step.client]
        quotes = laptop.live(Quote)
        if not quotes:
            return
        quote_id = quotes[step.pick % len(quotes)].id
        with laptop.workspace.transaction() as session:
            line_ids = delete_draft(session, session.get(Quote, quote_id))
        self.ledger.tick()
        # The lines went with it, on this laptop: its delete of each.
        for key in [("quote", quote_id)] + [("quote_line", line) for line in line_ids]:
            self.ledger.deleted_by[key].add(step.client)

    def _MoveAccount(self, step: MoveAccount) -> None:  # noqa: N802
        laptop = self.laptops[self.MANAGER]
        accounts = laptop.live(Account)
        if not accounts:
            return
        account = accounts[step.pick % len(accounts)]
        target = self.team.other if account.territory_id == self.team.shared else self.team.shared
        with laptop.workspace.transaction() as session:
            update_account(session, session.get(Account, account.id), territory_id=target)
        self.ledger.writes[("account", account.id, "territory_id")].append(
            Written(self.ledger.tick(), self.MANAGER, target)
        )
        self.ledger.moved.add(account.id)

    def _Sync(self, step: Sync) -> None:  # noqa: N802
        self.laptops[step.client].sync(step.kill_at)

    def _Break(self, step: Break) -> None:  # noqa: N802
        self.proxy.inject(Fault(step.kind, step.path, step.times))

    # -- the verdict --------------------------------------------------------------------

    def settle(self) -> Verdict:
        """Quiet line, every laptop syncs twice; then count what went wrong."""
        verdict = Verdict()
        self.proxy.clear()
        for _round in range(2):
            for index, laptop in enumerate(self.laptops):
                outcome = laptop.sync()
                if outcome != "ok":
                    verdict.stuck.append(f"laptop {index}: final sync {outcome}")
        for index, laptop in enumerate(self.laptops):
            outbox, batches = laptop.leftovers()
            if outbox or batches:
                verdict.stuck.append(f"laptop {index}: {outbox} outbox rows, {batches} batches")
        territories = {self.team.shared, self.team.other}
        server = self.server.records(set(self.ledger.created), territories)
        issues = [laptop.issues() for laptop in self.laptops]
        self._check_lost(verdict, server, issues)
        self._check_duplicated(verdict, server, issues)
        for index, laptop in enumerate(self.laptops):
            scope = self.server.scope_of(laptop.username)
            self._check_diverged(verdict, index, laptop.state(), server, scope, issues[index])
        return verdict

    def _excused(self, issues: list[SyncIssue], key: tuple[str, str], name: str | None) -> bool:
        """A conflict on the field, or a refused change of the record, on the writer's laptop."""
        for issue in issues:
            if (issue.entity, issue.record_id) != key:
                continue
            if issue.kind == "refused" or issue.field == name or issue.record_deleted:
                return True
        return False

    def _moved_away(self, key: tuple[str, str]) -> bool:
        account = key[1] if key[0] == "account" else self.ledger.parent.get(key[1])
        return account in self.ledger.moved

    def _quote_deleted(self, key: tuple[str, str]) -> bool:
        """A line's quote was deleted by some laptop: a change to the line may be refused."""
        quote = self.ledger.quote_of.get(key[1])
        return quote is not None and ("quote", quote) in self.ledger.deleted_by

    def _check_lost(self, verdict: Verdict, server: dict, issues: list[list[SyncIssue]]) -> None:
        ledger = self.ledger
        for key, creator in ledger.created.items():
            if creator in ledger.deleted_by.get(key, ()):
                continue  # created and deleted here, maybe before it ever travelled
            if key not in server and not self._excused(issues[creator], key, None):
                verdict.lost.append(f"create of {key} by laptop {creator}")
        for key, deleters in ledger.deleted_by.items():
            stored = server.get(key)
            if stored is None or stored["deleted"]:
                continue
            for deleter in deleters:
                if not self._excused(issues[deleter], key, None):
                    verdict.lost.append(f"delete of {key} by laptop {deleter}")
        for (entity, record_id, name), writes in ledger.writes.items():
            key = (entity, record_id)
            stored = server.get(key)
            if stored is not None and stored["deleted"]:
                continue  # an edit against a delete: the delete wins (conflict recorded)
            if stored is None and key in ledger.deleted_by:
                continue  # created, edited and deleted here before it ever travelled
            last = writes[-1]
            value = None if stored is None else stored["doc"].get(name)
            if stored is not None and _same(entity, name, value, last.value):
                continue
            if not self._excused(issues[last.client], key, name):
                verdict.lost.append(
                    f"{entity} {record_id}.{name}: laptop {last.client} wrote "
                    f"{last.value!r}, server holds {value!r}"
                )
            known = {w.value for w in writes} | {ledger.initial.get(key, {}).get(name)}
            if stored is not None and not any(_same(entity, name, value, v) for v in known):
                verdict.lost.append(f"{entity} {record_id}.{name}: {value!r} was never written")
        for key, record in server.items():
            if not record["deleted"] and key[0] != "account":
                account = server.get(("account", record["account_id"]))
                if account is not None and account["territory_id"] != record["territory_id"]:
                    verdict.diverged.append(f"server: {key} not in its account's territory")
            if not record["deleted"] and key[0] == "quote_line":
                quote = server.get(("quote", record["doc"].get("quote_id")))
                if quote is not None and quote["deleted"]:
                    verdict.diverged.append(f"server: live {key} under a deleted quote")

    def _check_duplicated(
        self, verdict: Verdict, server: dict, issues: list[list[SyncIssue]]
    ) -> None:
        ledger = self.ledger
        for key in server:
            if key not in ledger.created:
                verdict.duplicated.append(f"server holds {key} that no laptop created")
        for index, laptop_issues in enumerate(issues):
            per_field = Counter(
                (issue.entity, issue.record_id, issue.field)
                for issue in laptop_issues
                if issue.kind == "conflict"
            )
            for (entity, record_id, name), count in per_field.items():
                writes = ledger.writes.get((entity, record_id, name), [])
                mine = sum(1 for w in writes if w.client == index)
                others = {w.client for w in writes} - {index}
                deleted_elsewhere = ledger.deleted_by.get((entity, record_id), set()) - {index}
                if not others and not deleted_elsewhere:
                    verdict.duplicated.append(
                        f"laptop {index}: conflict on {entity} {record_id}.{name} "
                        "that no other laptop wrote"
                    )
                elif count > mine:
                    verdict.duplicated.append(
                        f"laptop {index}: {count} conflicts on {entity} {record_id}.{name} "
                        f"for {mine} writes"
                    )
            for issue in laptop_issues:
                key = (issue.entity, issue.record_id)
                if (
                    issue.kind == "refused"
                    and not self._moved_away(key)
                    and not self._quote_deleted(key)
                ):
                    verdict.lost.append(
                        f"laptop {index}: {issue.entity} {issue.record_id} refused "
                        f"({issue.code}: {issue.reason})"
                    )

    def _check_diverged(
        self,
        verdict: Verdict,
        index: int,
        local: dict,
        server: dict,
        scope: set[str],
        issues: list[SyncIssue],
    ) -> None:
        refused = {(i.entity, i.record_id) for i in issues if i.kind == "refused"}
        visible = {key: record for key, record in server.items() if record["territory_id"] in scope}
        for key, record in visible.items():
            mine = local.get(key)
            if mine is None:
                verdict.diverged.append(f"laptop {index}: {key} missing")
                continue
            if mine["deleted"] != record["deleted"]:
                verdict.diverged.append(
                    f"laptop {index}: {key} deleted={mine['deleted']}, server {record['deleted']}"
                )
            if not record["deleted"]:
                # The versions the next push will name as its base: a stale one would
                # turn the user's next edit into a conflict with nobody.
                for name, version in record["versions"].items():
                    if name in ENTITY_FIELDS[key[0]] and mine["versions"].get(name) != version:
                        verdict.diverged.append(
                            f"laptop {index}: {key}.{name} at version "
                            f"{mine['versions'].get(name)}, server {version}"
                        )
            for name, value in record["doc"].items():
                if name in ENTITY_FIELDS[key[0]] and not _same(
                    key[0], name, mine["fields"].get(name), value
                ):
                    verdict.diverged.append(
                        f"laptop {index}: {key}.{name} = {mine['fields'].get(name)!r}, "
                        f"server {value!r}"
                    )
        for key, mine in local.items():
            if key in visible:
                continue
            never_pushed = mine["deleted"] and key not in server
            if not never_pushed and key not in refused:
                verdict.diverged.append(f"laptop {index}: holds {key} outside its scope")


def _same(entity: str, name: str, left: Any, right: Any) -> bool:
    if ENTITY_FIELDS[entity].get(name) == "decimal" and left is not None and right is not None:
        return Decimal(str(left)) == Decimal(str(right))
    return left == right


def describe_steps(steps: list[Step]) -> str:
    return json.dumps([{type(s).__name__: vars(s)} for s in steps])


# -- seeded programs (the soak) -----------------------------------------------------------


def random_program(rng: random.Random, length: int, *, quotes: bool = True) -> list[Step]:
    """A program like the state machine's, drawn from ``rng``.

    ``quotes=False`` draws the soak's first programs (accounts and contacts only):
    the same ``rng`` gives the same steps as before quotes were added.
    """
    entities = ENTITIES if quotes else FIRST_ENTITIES
    makers: list[tuple[int, Callable[[], Step]]] = [
        (2, lambda: CreateAccount(rng.randrange(3), rng.randrange(50))),
        (2, lambda: CreateContact(rng.randrange(3), rng.randrange(50))),
        (5, lambda: Edit(*_edit_target(rng, entities))),
        (1, lambda: DeleteContact(rng.randrange(3), rng.randrange(50))),
        (1, lambda: MoveAccount(rng.randrange(50))),
        (
            4,
            lambda: Sync(rng.randrange(3), rng.randrange(1, 9) if rng.random() < 0.3 else None),
        ),
        (
            2,
            lambda: Break(rng.choice(FAULTS), rng.choice(FAULT_PATHS), rng.choice((1, 3))),
        ),
    ]
    if quotes:
        makers += [
            (1, lambda: CreateQuote(rng.randrange(3), rng.randrange(50))),
            (1, lambda: AddLine(rng.randrange(3), rng.randrange(50))),
            (1, lambda: DeleteQuote(rng.randrange(3), rng.randrange(50))),
        ]
    weights = [weight for weight, _ in makers]
    return [rng.choices(makers, weights)[0][1]() for _ in range(length)]


def _edit_target(rng: random.Random, entities: tuple[str, ...]) -> tuple[int, str, int, str]:
    entity = rng.choice(entities)
    return rng.randrange(3), entity, rng.randrange(50), rng.choice(EDITABLE[entity])


def run_case(
    server: ServerSide, proxy: FaultProxy, folder: Path, blank: Path, steps: list[Step]
) -> Verdict:
    """One program from a fresh team to its verdict; an unexpected error counts as stuck."""
    case = None
    try:
        case = Case(server, proxy, folder, blank)
        for step in steps:
            case.run(step)
        return case.settle()
    except Exception:  # noqa: BLE001 - any crash of the client is a finding, kept with its trace
        return Verdict(stuck=[traceback.format_exc()])
    finally:
        if case is not None:
            case.close()
        else:
            shutil.rmtree(folder, ignore_errors=True)
