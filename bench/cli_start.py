"""How long the ``fieldsales`` command takes to start, beside what Python itself takes.

    python bench/cli_start.py [--runs 15]

Installers script this CLI across many laptops and the tests start it hundreds of
times, so every command pays its start. Each row is a fresh process, run
``--runs`` times (the rows take turns, so a burst of load on a shared machine
spreads over all of them); the table shows the median wall time and the median
CPU time (user + system, the steadier figure on a busy machine) and the exit
status. The limits, measured in the same run:

* ``python -c pass``: an interpreter that does nothing, the floor of any command;
* ``python -c "import sqlalchemy"``: what one heavy import alone costs, which
  parsing the command line (``--help``, ``--version``, a wrong argument) must not pay;
* ``python -c "import app.workspace"``: the database layer, migrations and models,
  which a command that opens a workspace cannot avoid.

The workspace commands run against a new, empty workspace in a temporary folder,
made with the tests' light key derivation so that the figure is the start and
not Argon2; ``sync --json`` on a workspace never connected stops at "not
connected" after opening it and loading the sync engine (no network).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "bench passphrase for the cli start"


@dataclass
class Row:
    label: str
    argv: list[str]
    limit: bool = False
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    codes: set[int] = field(default_factory=set)


def rows(data_dir: Path) -> list[Row]:
    python, cli = [sys.executable], [sys.executable, "-m", "app"]
    workspace = ["--data-dir", str(data_dir)]
    return [
        Row("python -c pass", [*python, "-c", "pass"], limit=True),
        Row('python -c "import sqlalchemy"', [*python, "-c", "import sqlalchemy"], limit=True),
        Row(
            'python -c "import app.workspace"', [*python, "-c", "import app.workspace"], limit=True
        ),
        Row("fieldsales --help", [*cli, "--help"]),
        Row("fieldsales --version", [*cli, "--version"]),
        Row("fieldsales sync --help", [*cli, "sync", "--help"]),
        Row("fieldsales import nonsense x.csv", [*cli, "import", "nonsense", "x.csv"]),
        Row("fieldsales info --json", [*cli, "info", "--json", *workspace]),
        Row("fieldsales sync --json (never connected)", [*cli, "sync", "--json", *workspace]),
    ]


def run_once(row: Row, environment: dict[str, str]) -> None:
    """One start; its CPU is what the children's rusage grew by while it ran."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(
        row.argv,
        cwd=REPO,
        env=environment,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    row.wall.append(time.perf_counter() - started)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    row.cpu.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    row.codes.add(completed.returncode)


def make_workspace(data_dir: Path) -> None:
    sys.path.insert(0, str(REPO))
    from app.workspace import KdfParams, Workspace

    with Workspace.create(data_dir, PASSPHRASE, kdf=KdfParams.for_tests()):
        pass


def print_table(table: list[Row], runs: int) -> None:
    bare = statistics.median(table[0].cpu) * 1000
    width = max(len(row.label) for row in table)
    print(f"median of {runs} runs; load average {os.getloadavg()[0]:.2f} at the end")
    print(f"{'':<{width}}  {'wall ms':>8}  {'CPU ms':>8}  {'CPU over bare':>13}  exit")
    for row in table:
        wall, cpu = statistics.median(row.wall) * 1000, statistics.median(row.cpu) * 1000
        codes = ",".join(str(code) for code in sorted(row.codes))
        print(
            f"{row.label:<{width}}  {wall:8.0f}  {cpu:8.0f}  {cpu - bare:13.0f}  {codes}"
            + ("  (limit)" if row.limit else "")
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="starts per row (default 15)")
    args = parser.parse_args()
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("FIELDSALES_")
    }
    environment["FIELDSALES_PASSPHRASE"] = PASSPHRASE
    with tempfile.TemporaryDirectory(prefix="cli-start-") as folder:
        data_dir = Path(folder) / "workspace"
        make_workspace(data_dir)
        table = rows(data_dir)
        for row in table:  # one warm-up start each: the file cache, .pyc files
            run_once(row, environment)
            row.wall.clear()
            row.cpu.clear()
        for _ in range(args.runs):
            for row in table:
                run_once(row, environment)
    print_table(table, args.runs)


if __name__ == "__main__":
    main()
