"""Installer presets: the shipped example loads, and every mistake stops with a clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.preset import Preset, PresetNetwork, load_preset, network_settings, read_preset

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
    assert preset.locked == {"server_url", "idle_lock_minutes"} and preset.proxy == "system"


def test_load_preset_takes_the_file_named_by_the_environment(tmp_path, monkeypatch):
    path = write(tmp_path, {"language": "fa", "calendar": "jalali", "idle_lock_minutes": 5})
    monkeypatch.setenv("FIELDSALES_PRESET", str(path))
    preset = load_preset()
    assert (preset.language, preset.calendar, preset.idle_lock_minutes) == ("fa", "jalali", 5)
    assert preset.source == path


def test_the_machine_wide_preset_wins_over_a_users_own(tmp_path, monkeypatch):
    site, user = tmp_path / "etc-xdg", tmp_path / "home-config"
    for folder, language in ((site, "ar"), (user, "ru")):
        (folder / "Fieldsales").mkdir(parents=True)
        write(folder / "Fieldsales", {"language": language, "locked": ["language"]})
    monkeypatch.delenv("FIELDSALES_PRESET", raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user))
    assert load_preset().language == "ar"


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
        ({"proxy": "proxy.corp:3128"}, 'proxy must be "system" or a URL'),
        ({"proxy": "none"}, 'proxy must be "system" or a URL'),
        ({"proxy": "socks5://proxy.corp:1080"}, 'proxy must be "system" or a URL'),
        ({"proxy": "http://proxy.corp"}, "proxy must give a port"),
        ({"proxy": "http://proxy.corp:99999"}, "proxy must give a port"),
        ({"proxy": "http://proxy.corp:3128/pac"}, "proxy must give a port, and nothing after"),
        ({"proxy": "http://ali:secret@proxy.corp:3128"}, "must not hold a user name or password"),
        ({"proxy": 3128}, 'proxy must be "system"'),
        ({"ca_bundle": "missing.pem"}, "missing.pem named in the preset is not a PEM file"),
        ({"ca_bundle": 7}, "ca_bundle must be the path of a PEM file"),
        ({"locked": "language"}, "locked must be a list of setting names"),
        ({"locked": ["username"]}, "cannot lock username; it can lock language"),
        ({"locked": ["server_url"]}, "locks server_url but does not set it"),
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


def test_the_error_names_the_line_and_key(tmp_path):
    path = tmp_path / "preset.json"
    path.write_text(
        '{\n  "language": "ar",\n  "company": {\n    "name": "ACME",\n    "phone": 12345\n  }\n}\n',
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as caught:
        read_preset(path)
    assert str(caught.value) == (
        f"The preset file {path}, line 5, key company.phone: "
        "The preset's company phone must be text."
    )


def test_a_misspelt_key_is_named_with_its_line(tmp_path):
    path = tmp_path / "preset.json"
    path.write_text('{\n  "language": "ar",\n\n  "idle_lock_minutse": 5\n}\n', encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_preset(path)
    assert "line 4, key idle_lock_minutse: Unknown setting(s)" in str(caught.value)


def test_broken_json_names_the_line(tmp_path):
    path = tmp_path / "preset.json"
    path.write_text('{\n  "language": "ar"\n  "calendar": "jalali"\n}\n', encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_preset(path)
    assert f"{path}, line 3, is not valid JSON" in str(caught.value)


def test_proxy_and_ca_bundle_reach_the_sync_transport(tmp_path):
    import certifi

    from app.sync.network import network_from_preset

    bundle = tmp_path / "corp-ca.pem"
    bundle.write_bytes(Path(certifi.where()).read_bytes())
    data = {"proxy": "http://proxy.corp:3128/", "ca_bundle": "corp-ca.pem"}
    preset = read_preset(write(tmp_path, data))
    assert network_settings(preset) == PresetNetwork(
        proxy="http://proxy.corp:3128", ca_bundle=str(bundle)
    )
    network = network_from_preset(preset)
    assert (network.proxy, network.ca_bundle) == ("http://proxy.corp:3128", str(bundle))


def test_the_system_proxy_is_the_default(tmp_path):
    preset = read_preset(write(tmp_path, {}))
    assert preset.proxy == "system"
    assert network_settings(preset) == PresetNetwork(proxy=None, ca_bundle=None)


def test_a_file_that_is_not_pem_is_refused_as_ca_bundle(tmp_path):
    (tmp_path / "notes.pem").write_text("not a certificate", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_preset(write(tmp_path, {"ca_bundle": "notes.pem"}))
    assert "line 1, key ca_bundle" in str(caught.value)


def test_locked_settings_are_read_back(tmp_path):
    data = {"language": "ar", "idle_lock_minutes": 5, "locked": ["language", "idle_lock_minutes"]}
    preset = read_preset(write(tmp_path, data))
    assert preset.is_locked("language") and preset.is_locked("idle_lock_minutes")
    assert not preset.is_locked("calendar")
