"""Passwords are hashed with Argon2id: the strong profile in production, the cheap one here.

The suite creates hundreds of users and logs in thousands of times; at the production
cost that was half of a full run. The profile is read once, when ``server.security``
is first imported: in a whole-suite run (``pytest`` with no path, as ``make test``)
tests/packaging is collected before tests/server's conftest is loaded, and imports
the server. The second test fails there unless tests/conftest.py chose the profile.
"""

from __future__ import annotations

import os
import subprocess
import sys

from argon2 import extract_parameters, profiles

from server.security import hash_password, verify_password


def test_the_server_hashes_with_argon2id_at_rfc_9106_low_memory_cost():
    environment = {k: v for k, v in os.environ.items() if k != "FIELDSALES_ARGON2_PROFILE"}
    printed = subprocess.run(
        [sys.executable, "-c", "from server.security import hash_password as h; print(h('pw'))"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    parameters = extract_parameters(printed)
    assert printed.startswith("$argon2id$")
    assert parameters.memory_cost == profiles.RFC_9106_LOW_MEMORY.memory_cost
    assert parameters.time_cost == profiles.RFC_9106_LOW_MEMORY.time_cost


def test_the_suite_hashes_with_the_cheapest_profile_whatever_was_imported_first():
    stored = hash_password("correct horse")
    assert extract_parameters(stored) == profiles.CHEAPEST
    assert verify_password(stored, "correct horse")
    assert not verify_password(stored, "wrong horse")
