"""Fixed CPU cost of one small request: an empty pull, a 1-row push, /health.

    FIELDSALES_BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test \\
        python bench/request_cost.py [--requests 2000] [--concurrency 4]

One uvicorn worker, a few keep-alive clients. From /proc it reads the CPU the
worker (and its PostgreSQL backends) spent over each kind of request and prints
milliseconds per request: on a shared machine that stays comparable where
latency does not. Run it before and after a change to the request path.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import uuid
from pathlib import Path

import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))

from server_sync_bench import (  # noqa: E402
    drop_schema,
    free_port,
    login,
    meter_for,
    prepare,
    start_server,
)


async def measure(base: str, kind: str, requests: int, concurrency: int, meter) -> dict:
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        headers = [await login(http, f"rep{i}") for i in range(concurrency)]
        me = (await http.get("/api/v1/me", headers=headers[0])).json()
        territory = me["territories"][0]

        async def one(h: dict[str, str]) -> None:
            if kind == "health":
                response = await http.get("/api/v1/health")
            elif kind == "pull":
                response = await http.get("/api/v1/sync/pull", headers=h)
            else:
                body = {
                    "idempotency_key": str(uuid.uuid4()),
                    "changes": [
                        {
                            "entity": "account",
                            "id": str(uuid.uuid4()),
                            "fields": {"name": "Cost", "territory_id": territory},
                        }
                    ],
                }
                response = await http.post("/api/v1/sync/push", json=body, headers=h)
            response.raise_for_status()

        async def client(index: int) -> None:
            for _ in range(requests // concurrency):
                await one(headers[index % len(headers)] if kind != "push" else headers[0])

        for _ in range(20):  # warm up
            await one(headers[0])
        meter.start()
        await asyncio.gather(*(client(i) for i in range(concurrency)))
        return meter.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--kinds", default="health,pull,push")
    parser.add_argument("--port", type=int, default=0, help="server port (0: a free one)")
    args = parser.parse_args()
    base_url = os.environ.get("FIELDSALES_BENCH_POSTGRES_URL")
    if not base_url:
        raise SystemExit("set FIELDSALES_BENCH_POSTGRES_URL")
    url = prepare(base_url, args.concurrency)
    port = args.port or free_port()
    server = start_server(url, port, 1)
    print(f"load average {os.getloadavg()[0]:.2f}")
    try:
        with psycopg.connect(base_url, autocommit=True) as watcher:
            for kind in args.kinds.split(","):
                meter = meter_for(server.pid, watcher)
                cpu = asyncio.run(
                    measure(
                        f"http://127.0.0.1:{port}",
                        kind,
                        args.requests,
                        args.concurrency,
                        meter,
                    )
                )
                done = args.requests // args.concurrency * args.concurrency
                per = {name: seconds * 1000 / done for name, seconds in cpu.items()}
                print(
                    f"{kind:7} server {per['server']:.2f} ms  postgres {per['postgres']:.2f} ms"
                    f"  (per request, {done} requests)"
                )
    finally:
        server.terminate()
        server.wait()
        drop_schema(base_url)
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
