"""Installer presets: company details, server address and defaults for a rollout.

An installer ships one JSON file with the build (``packaging/preset.example.json``
shows every key). It is looked up, first found wins, at:

1. the path in ``$FIELDSALES_PRESET``;
2. ``preset.json`` in the user config directory (platformdirs);
3. ``preset.json`` in the site config directory (for machine-wide rollouts).

Nothing here is secret: no passwords or keys belong in a preset.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

import platformdirs

from app.errors import ValidationError, translatable

APP_NAME = "Fieldsales"
CALENDARS = ("gregorian", "jalali", "islamic-civil")
LANGUAGES = ("en", "ar", "fa", "ru")


@dataclass(frozen=True)
class CompanyProfile:
    name: str = "Fieldsales Demo Trading Ltd."
    address_lines: tuple[str, ...] = ("12 Harbour Road", "Dubai, United Arab Emirates")
    phone: str = "+971 4 555 0100"
    email: str = "sales@example.com"
    website: str = "www.example.com"
    tax_id: str = "TRN 100234567800003"
    logo_path: str | None = None  # PNG or JPEG; relative paths are taken from the preset's folder
    bank_details: str = ""
    quote_terms: str = "Prices valid until the date shown. Payment 30 days net."


@dataclass(frozen=True)
class Preset:
    company: CompanyProfile = field(default_factory=CompanyProfile)
    server_url: str | None = None
    language: str = "en"
    calendar: str = "gregorian"
    idle_lock_minutes: int = 10
    source: Path | None = None


def preset_locations() -> list[Path]:
    locations = []
    if env_path := os.environ.get("FIELDSALES_PRESET"):
        locations.append(Path(env_path))
    locations.append(Path(platformdirs.user_config_dir(APP_NAME)) / "preset.json")
    locations.append(Path(platformdirs.site_config_dir(APP_NAME)) / "preset.json")
    return locations


def load_preset() -> Preset:
    for path in preset_locations():
        if path.is_file():
            return read_preset(path)
    return Preset()


def read_preset(path: Path) -> Preset:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(
            translatable("errors", "The preset file {path} cannot be read: {reason}"),
            path=str(path),
            reason=str(error),
        ) from error
    return preset_from_dict(data, base_dir=path.parent, source=path)


def preset_from_dict(
    data: dict, *, base_dir: Path | None = None, source: Path | None = None
) -> Preset:
    company_data = dict(data.get("company") or {})
    known = {f.name for f in fields(CompanyProfile)}
    unknown = set(company_data) - known
    if unknown:
        raise ValidationError(
            translatable("errors", "Unknown company setting(s) in the preset: {names}"),
            names=", ".join(sorted(unknown)),
        )
    if "address_lines" in company_data:
        company_data["address_lines"] = tuple(company_data["address_lines"])
    logo = company_data.get("logo_path")
    if logo and base_dir is not None and not Path(logo).is_absolute():
        company_data["logo_path"] = str(base_dir / logo)
    language = data.get("language", "en")
    calendar = data.get("calendar", "gregorian")
    if language not in LANGUAGES:
        raise ValidationError(
            translatable("errors", "Unsupported language {value}; choose one of {choices}"),
            field="language",
            value=language,
            choices=", ".join(LANGUAGES),
        )
    if calendar not in CALENDARS:
        raise ValidationError(
            translatable("errors", "Unsupported calendar {value}; choose one of {choices}"),
            field="calendar",
            value=calendar,
            choices=", ".join(CALENDARS),
        )
    return Preset(
        company=CompanyProfile(**company_data),
        server_url=data.get("server_url"),
        language=language,
        calendar=calendar,
        idle_lock_minutes=int(data.get("idle_lock_minutes", 10)),
        source=source,
    )
