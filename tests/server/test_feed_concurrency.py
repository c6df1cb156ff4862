"""The change feed is gap-free while pushes commit concurrently.

Writers hold their transaction open for a random while *after* their changes are
numbered, which is exactly when a sequence-before-commit design loses rows: a puller
moves past a number whose row is not yet visible and never comes back for it. Every
puller here must see every change exactly once, in order.
"""

from __future__ import annotations

import random
import threading
import time
import uuid

from protocol.messages import PushRequest
from server.db import make_sessionmaker
from server.pull import pull
from server.push import push
from server.scope import Viewer

WRITERS, BATCHES, CHANGES_PER_BATCH, PULLERS = 6, 12, 3, 4
ADMIN = Viewer(
    user_id="feed-test", username="feed-test", role="admin", team_id=None, territories=None
)


def _batch() -> PushRequest:
    return PushRequest(
        idempotency_key=str(uuid.uuid4()),
        changes=[
            {
                "entity": "product",
                "id": str(uuid.uuid4()),
                "fields": {"sku": uuid.uuid4().hex[:8], "name": "p"},
            }
            for _ in range(CHANGES_PER_BATCH)
        ],
    )


def test_every_puller_sees_every_change_exactly_once(settings, backend_engine):
    sessions = make_sessionmaker(backend_engine)
    writers_done = threading.Event()
    errors: list[BaseException] = []
    seen: list[list[int]] = [[] for _ in range(PULLERS)]

    def write(seed: int) -> None:
        rng = random.Random(seed)
        try:
            for _ in range(BATCHES):
                with sessions() as session, session.begin():
                    push(session, ADMIN, _batch())
                    time.sleep(rng.uniform(0, 0.02))  # numbered, not yet committed
        except BaseException as error:  # noqa: BLE001 - reported by the main thread
            errors.append(error)

    def read(index: int) -> None:
        cursor = None
        try:
            while True:
                finished = writers_done.is_set()
                while True:
                    with sessions() as session, session.begin():
                        page = pull(session, ADMIN, cursor, limit=7)
                    seen[index].extend(change.seq for change in page.changes)
                    cursor = page.cursor
                    if not page.more:
                        break
                if finished:
                    return
                time.sleep(0.001)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    readers = [threading.Thread(target=read, args=(i,)) for i in range(PULLERS)]
    writers = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join()
    writers_done.set()
    for thread in readers:
        thread.join()

    assert errors == []
    total = WRITERS * BATCHES * CHANGES_PER_BATCH
    for seqs in seen:
        assert len(seqs) == total  # nothing skipped, nothing twice
        assert seqs == sorted(set(seqs))
