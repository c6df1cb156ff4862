"""``fieldsales self-test``: one line per check, non-zero exit if any fails.

``app.cli.self_test`` is imported when the command runs, not to parse the
command line; it reads ``PROBE_FLAG`` from here to start its Qt probe.
"""

from __future__ import annotations

import argparse
import logging
import sys

from app.errors import FieldsalesError

log = logging.getLogger(__name__)

# A hidden flag: the self-test starts this command again with it, to try the Qt
# platform plugin in a child process that may crash without taking the report along.
PROBE_FLAG = "--probe-qt-platform"


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "self-test",
        help="check that this installed copy is complete and works (no workspace is touched)",
    )
    command.add_argument(PROBE_FLAG, action="store_true", help=argparse.SUPPRESS)
    command.set_defaults(handler=run_self_test)


def run_self_test(args: argparse.Namespace) -> int:
    from app.cli.self_test import CheckFailed, all_checks, probe_qt_platform
    from app.version import app_version

    if getattr(args, PROBE_FLAG.lstrip("-").replace("-", "_")):
        return probe_qt_platform()
    checks = all_checks()
    width = max(len(check.name) for check in checks)
    failed = 0
    print(f"Fieldsales {app_version()} self-test")
    for check in checks:
        try:
            detail, status = check.run(), "ok"
        except (CheckFailed, FieldsalesError) as error:
            detail, status = str(error), "FAIL"
        except Exception as error:  # a broken build can fail in any way: report, go on
            log.debug("self-test check %s crashed", check.name, exc_info=True)
            detail, status = f"{type(error).__name__}: {error}", "FAIL"
        failed += status == "FAIL"
        print(f"{status:<4}  {check.name:<{width}}  {detail}", flush=True)
    if failed:
        print(f"self-test: {failed} of {len(checks)} checks failed", file=sys.stderr)
        return 1
    print(f"self-test: all {len(checks)} checks ok")
    return 0
