"""`fieldsales --version` and `fieldsales self-test` from the checkout, passing and failing."""

from __future__ import annotations

import sys
import tomllib

from app.resources import resource_path, resource_root
from app.version import app_version
from tests.packaging.conftest import (
    REPO,
    assert_self_test_passed,
    check_lines,
    clean_environment,
    run_program,
)


def test_the_version_is_the_one_in_pyproject(tmp_path):
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    assert app_version() == declared
    result = run_program([sys.executable, "-m", "app", "--version"], cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"fieldsales {declared}"


def test_a_checkout_finds_its_resources_in_the_top_level_folder():
    assert resource_root() == REPO / "resources"
    assert resource_path("fonts", "DejaVuSans.ttf").is_file()


def test_self_test_passes_in_a_checkout_with_one_line_per_check(tmp_path):
    result = run_program([sys.executable, "-m", "app", "self-test"], cwd=tmp_path)
    details = assert_self_test_passed(result)
    assert details["resources"] == str(REPO / "resources")
    assert "ar “الإعدادات”" in details["translations"]
    assert "Traceback" not in result.stderr


def test_a_broken_preset_and_no_display_fail_naming_what_is_wrong(tmp_path):
    preset = tmp_path / "preset.json"
    preset.write_text('{\n  "language": "de"\n}\n', encoding="utf-8")
    # A display that does not exist: Qt aborts, and the check reports Qt's reason.
    env = clean_environment(FIELDSALES_PRESET=str(preset), DISPLAY=":99")
    result = run_program([sys.executable, "-m", "app", "self-test"], cwd=tmp_path, env=env)
    assert result.returncode == 1
    checks = check_lines(result.stdout)
    status, detail = checks["preset"]
    assert status == "FAIL" and f"{preset}, line 2, key language" in detail
    assert "Unsupported language de" in detail
    status, detail = checks["qt-platform"]
    # Qt's own words depend on the machine's X libraries (no display, or no xcb-cursor).
    assert status == "FAIL" and ("could not connect to display :99" in detail or "xcb" in detail)
    assert checks["sqlcipher"][0] == checks["pdf-ar"][0] == "ok"  # one failure stops nothing else
    assert "2 of 10 checks failed" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
