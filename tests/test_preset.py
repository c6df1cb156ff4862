"""Installer presets: the shipped example loads, and every mistake stops with a clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.preset import Preset, load_preset, read_preset

EXAMPLE = Path(__file__).resolve().parents[1] / "packaging" / "preset.example.json"


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "preset.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_shipped_example_loads_with_its_logo():
    preset = read_preset(EXAMPLE)
    assert preset.server_url == "https://sync.gulf-industrial.example"
    assert preset.language == "ar"
    assert preset.company.address_lines[0] == "Office 1204, Al Moosa Tower"
    assert Path(preset.company.logo_path).is_file()


def test_load_preset_takes_the_file_named_by_the_environment(tmp_path, monkeypatch):
    path = write(tmp_path, {"language": "fa", "calendar": "jalali", "idle_lock_minutes": 5})
    monkeypatch.setenv("FIELDSALES_PRESET", str(path))
    preset = load_preset()
    assert (preset.language, preset.calendar, preset.idle_lock_minutes) == ("fa", "jalali", 5)
    assert preset.source == path


def test_an_empty_preset_gives_the_defaults(tmp_path):
    preset = read_preset(write(tmp_path, {}))
    assert preset.server_url is None and preset.language == Preset().language


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "must be a JSON object"),
        ({"langauge": "ar"}, "Unknown setting(s) in the preset: langauge"),
        ({"company": {"nmae": "X"}}, "Unknown company setting(s) in the preset: nmae"),
        ({"company": "ACME"}, "company must be a JSON object"),
        ({"company": {"phone": 12345}}, "company phone must be text"),
        ({"company": {"address_lines": ["a", 2]}}, "address_lines must be a list of lines"),
        ({"company": {"logo_path": "missing.png"}}, "missing.png named in the preset does not"),
        ({"language": "de"}, "Unsupported language de"),
        ({"calendar": "julian"}, "Unsupported calendar julian"),
        ({"idle_lock_minutes": "ten"}, "idle_lock_minutes must be a whole number"),
        ({"idle_lock_minutes": 0}, "idle_lock_minutes must be a whole number"),
        ({"idle_lock_minutes": True}, "idle_lock_minutes must be a whole number"),
        ({"server_url": "http://sync.example.com"}, "Plain http is not encrypted"),
        ({"server_url": "sync.example.com"}, "must look like https://"),
        ({"server_url": 8765}, "server_url must be text"),
        ({"allow_insecure_http": "yes"}, "allow_insecure_http must be true or false"),
    ],
)
def test_mistakes_are_refused_with_the_setting_named(tmp_path, data, message):
    with pytest.raises(ValidationError) as caught:
        read_preset(write(tmp_path, data))
    assert message in str(caught.value)


def test_plain_http_server_only_with_the_explicit_allowance(tmp_path):
    data = {"server_url": "http://10.0.0.5:8765", "allow_insecure_http": True}
    preset = read_preset(write(tmp_path, data))
    assert preset.server_url == "http://10.0.0.5:8765" and preset.allow_insecure_http


def test_an_unreadable_file_names_the_path(tmp_path):
    path = tmp_path / "preset.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_preset(path)
    assert str(path) in str(caught.value)
