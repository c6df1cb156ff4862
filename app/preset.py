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
from app.preset_documents import (
    DEFAULT_QUOTE_TERMS,
    LocalizedText,
    Representatives,
    localized_text,
    representatives,
)
from app.sync.server_url import validate_server_url

APP_NAME = "Fieldsales"
CALENDARS = ("gregorian", "jalali", "islamic-civil", "islamic-umalqura")
LANGUAGES = ("en", "ar", "fa", "ru")
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


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
    # Printed documents (app/preset_documents.py): terms per language, the seller's
    # registration number (commercial register, ОГРН) and Russian КПП beside the tax
    # id, and the representatives printed by name instead of their login.
    quote_terms: LocalizedText = DEFAULT_QUOTE_TERMS
    registration_number: str = ""
    kpp: str = ""
    representatives: Representatives = field(default_factory=Representatives)


@dataclass(frozen=True)
class Preset:
    company: CompanyProfile = field(default_factory=CompanyProfile)
    server_url: str | None = None
    allow_insecure_http: bool = False  # plain http to a remote host; for test rollouts only
    language: str = "en"
    calendar: str = "gregorian"
    second_calendar: str = ""  # printed documents: a second date beside each, e.g. Hijri
    idle_lock_minutes: int = 10
    source: Path | None = None


PRESET_KEYS = frozenset(
    {"company", "server_url", "allow_insecure_http", "language", "calendar", "idle_lock_minutes"}
    | {"second_calendar"}
)


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
    data: object, *, base_dir: Path | None = None, source: Path | None = None
) -> Preset:
    """A checked ``Preset``; any mistake raises ValidationError naming the setting.

    A preset is written by hand by an installer and copied to many laptops, so a
    typo must stop the rollout with a clear message rather than be ignored.
    """
    if not isinstance(data, dict):
        raise ValidationError(translatable("errors", "The preset must be a JSON object."))
    unknown = set(data) - PRESET_KEYS
    if unknown:
        raise ValidationError(
            translatable("errors", "Unknown setting(s) in the preset: {names}"),
            names=", ".join(sorted(unknown)),
        )
    language = data.get("language", "en")
    calendar = data.get("calendar", "gregorian")
    if language not in LANGUAGES:
        raise ValidationError(
            translatable("errors", "Unsupported language {value}; choose one of {choices}"),
            field="language",
            value=language,
            choices=", ".join(LANGUAGES),
        )
    second_calendar = data.get("second_calendar") or ""
    for name, value in (("calendar", calendar), ("second_calendar", second_calendar or calendar)):
        if value not in CALENDARS:
            raise ValidationError(
                translatable("errors", "Unsupported calendar {value}; choose one of {choices}"),
                field=name,
                value=value,
                choices=", ".join(CALENDARS),
            )
    allow_insecure = data.get("allow_insecure_http", False)
    if not isinstance(allow_insecure, bool):
        raise ValidationError(
            translatable("errors", "The preset's {name} must be true or false."),
            field="allow_insecure_http",
            name="allow_insecure_http",
        )
    return Preset(
        company=_company(data.get("company") or {}, base_dir),
        server_url=_server_url(data.get("server_url"), allow_insecure=allow_insecure),
        allow_insecure_http=allow_insecure,
        language=language,
        calendar=calendar,
        second_calendar=second_calendar,
        idle_lock_minutes=_idle_lock_minutes(data.get("idle_lock_minutes", 10)),
        source=source,
    )


def _company(data: object, base_dir: Path | None) -> CompanyProfile:
    if not isinstance(data, dict):
        raise ValidationError(
            translatable("errors", "The preset's company must be a JSON object."), field="company"
        )
    known = {f.name for f in fields(CompanyProfile)}
    unknown = set(data) - known
    if unknown:
        raise ValidationError(
            translatable("errors", "Unknown company setting(s) in the preset: {names}"),
            names=", ".join(sorted(unknown)),
        )
    company = dict(data)
    documents = {}
    if "quote_terms" in company:
        documents["quote_terms"] = localized_text(company.pop("quote_terms"), name="quote_terms")
    if "representatives" in company:
        documents["representatives"] = representatives(company.pop("representatives"))
    for name, value in company.items():
        is_lines = name == "address_lines" and isinstance(value, list)
        if not (isinstance(value, str) or value is None and name == "logo_path" or is_lines):
            raise ValidationError(
                translatable("errors", "The preset's company {name} must be text."),
                field=name,
                name=name,
            )
        if is_lines and not all(isinstance(line, str) for line in value):
            raise ValidationError(
                translatable("errors", "The preset's company {name} must be a list of lines."),
                field=name,
                name=name,
            )
    if "address_lines" in company:
        company["address_lines"] = tuple(company["address_lines"])
    logo = company.get("logo_path")
    if logo:
        path = Path(logo)
        if base_dir is not None and not path.is_absolute():
            path = base_dir / path
        if not path.is_file():
            raise ValidationError(
                translatable("errors", "The logo file {path} named in the preset does not exist."),
                field="logo_path",
                path=str(path),
            )
        company["logo_path"] = str(path)
    return CompanyProfile(**company, **documents)


def _server_url(value: object, *, allow_insecure: bool) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError(
            translatable("errors", "The preset's server_url must be text."), field="server_url"
        )
    try:
        return validate_server_url(value, allow_insecure=allow_insecure)
    except ValidationError as error:
        raise ValidationError(
            translatable("errors", "The preset's server_url {url} is refused: {reason}"),
            field="server_url",
            url=value,
            reason=str(error),
        ) from error


def _idle_lock_minutes(value: object) -> int:
    # bool is an int in Python; "true" minutes is a typo, not 1.
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not MIN_IDLE_MINUTES <= value <= MAX_IDLE_MINUTES
    ):
        raise ValidationError(
            translatable(
                "errors",
                "The preset's idle_lock_minutes must be a whole number from {low} to {high}.",
            ),
            field="idle_lock_minutes",
            low=MIN_IDLE_MINUTES,
            high=MAX_IDLE_MINUTES,
        )
    return value
