"""The one-folder build and the .deb that `make package` made, tried as an installer would.

They need a build (about three minutes), so they run where one exists: `.ci/run`
builds first and names the folder in FIELDSALES_BUILT_PACKAGES; a developer runs
`make package` and then these tests with that variable set to ``dist``. Without it
they are skipped and say why.
"""

from __future__ import annotations

import configparser
import json
import os
import subprocess
from pathlib import Path

import pytest

from app.version import app_version
from tests.packaging.conftest import REPO, assert_self_test_passed, clean_environment, run_program

BUILT = os.environ.get("FIELDSALES_BUILT_PACKAGES")
pytestmark = pytest.mark.skipif(
    not BUILT, reason="no packages built: run `make package`, set FIELDSALES_BUILT_PACKAGES=dist"
)


@pytest.fixture(scope="module")
def dist() -> Path:
    folder = Path(BUILT or "")
    return folder if folder.is_absolute() else REPO / folder


@pytest.fixture(scope="module")
def unpacked_deb(dist, tmp_path_factory) -> Path:
    (deb,) = dist.glob(f"fieldsales_{app_version()}_*.deb")
    root = tmp_path_factory.mktemp("deb")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def test_the_one_folder_build_answers_version(dist, tmp_path):
    result = run_program([str(dist / "fieldsales" / "fieldsales"), "--version"], cwd=tmp_path)
    assert result.stdout.strip() == f"fieldsales {app_version()}"


def test_the_unpacked_deb_passes_self_test_with_its_preset(unpacked_deb, tmp_path):
    program = unpacked_deb / "opt" / "fieldsales" / "fieldsales"
    preset = unpacked_deb / "etc" / "xdg" / "Fieldsales" / "preset.json"
    env = clean_environment(FIELDSALES_PRESET=str(preset)) if preset.exists() else None
    details = assert_self_test_passed(
        run_program([str(program), "self-test"], cwd=tmp_path, env=env)
    )
    assert details["resources"] == str(program.parent / "_internal" / "resources")
    if preset.exists():
        assert details["preset"] == str(preset)


def test_the_deb_has_a_menu_entry_icons_and_a_command(unpacked_deb):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys such as Name[ar] are case-sensitive
    entry.read(unpacked_deb / "usr" / "share" / "applications" / "fieldsales.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert Path(desktop["Exec"].split()[0]) == Path("/opt/fieldsales/fieldsales")
    assert desktop["Icon"] == "fieldsales" and "Name[ar]" in desktop
    icons = unpacked_deb / "usr" / "share" / "icons" / "hicolor"
    for size in ("48x48", "128x128", "256x256"):
        assert (icons / size / "apps" / "fieldsales.png").stat().st_size > 500
    assert (icons / "scalable" / "apps" / "fieldsales.svg").is_file()
    command = unpacked_deb / "usr" / "bin" / "fieldsales"
    assert os.readlink(command) == "/opt/fieldsales/fieldsales"
    assert (unpacked_deb / "opt" / "fieldsales" / "QT-LGPL-NOTICE.txt").is_file()


def test_the_deb_control_names_the_system_libraries_qt_needs(dist):
    (deb,) = dist.glob("fieldsales_*.deb")
    control = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert f"Version: {app_version()}" in control
    assert "libxcb-cursor0" in control and "libxkbcommon-x11-0" in control


def test_a_shipped_preset_is_a_conffile_with_its_logo(dist, unpacked_deb):
    preset = unpacked_deb / "etc" / "xdg" / "Fieldsales" / "preset.json"
    if not preset.exists():
        pytest.skip("this .deb was built without PRESET=")
    logo = json.loads(preset.read_text(encoding="utf-8"))["company"]["logo_path"]
    assert (preset.parent / logo).is_file()
    (deb,) = dist.glob("fieldsales_*.deb")
    listing = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(deb)], check=True, capture_output=True
    ).stdout
    assert b"conffiles" in listing
