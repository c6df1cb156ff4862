"""The wheel is a working app: built here, installed in a fresh venv, it passes self-test.

pip takes the dependencies from its cache (the checkout's own .venv installed the
same ones), so this costs about a minute, not a download.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from tests.packaging.conftest import REPO, assert_self_test_passed, clean_environment, run_program


@pytest.mark.slow
def test_the_wheel_installed_in_a_fresh_venv_passes_self_test(tmp_path):
    wheels = tmp_path / "wheels"
    build = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels)]
    subprocess.run(
        [*build, str(REPO)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("fieldsales-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "fieldsales_resources/fonts/DejaVuSans.ttf" in names
    assert "fieldsales_resources/translations/fieldsales_ar.ts" in names
    assert "fieldsales_resources/licenses/LGPL-3.0.txt" in names
    assert any(name.startswith("app/migrations/versions/") for name in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = run_program(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        cwd=tmp_path,
        env=clean_environment(PIP_DISABLE_PIP_VERSION_CHECK="1"),
    )
    assert install.returncode == 0, install.stderr

    # Run from an empty folder, so nothing of the checkout can be imported by accident.
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    version = run_program([str(venv / "bin" / "fieldsales"), "--version"], cwd=empty)
    assert version.stdout.strip().startswith("fieldsales ")
    result = run_program([str(venv / "bin" / "fieldsales"), "self-test"], cwd=empty)
    details = assert_self_test_passed(result)
    assert details["resources"].startswith(str(venv))
    assert details["resources"].endswith("fieldsales_resources")
