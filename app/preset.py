"""Installer presets: company details, server address and defaults for a rollout.

An installer ships one JSON file with the build (``packaging/preset.example.json``
shows every key). It is looked up, first found wins, at:

1. the path in ``$FIELDSALES_PRESET``;
2. ``preset.json`` in the site config directory, for machine-wide rollouts
   (``/etc/xdg/Fieldsales``, ``C:\\ProgramData\\Fieldsales``,
   ``/Library/Application Support/Fieldsales``);
3. ``preset.json`` in the user config directory (``~/.config/Fieldsales``,
   ``%LOCALAPPDATA%\\Fieldsales``, ``~/Library/Application Support/Fieldsales``).

Nothing here is secret: no passwords or keys belong in a preset.

For fifty laptops behind a company network a preset also carries the way out
(``proxy``, ``ca_bundle``: :func:`network_settings` hands them to the sync
transport) and the settings a user may not change (``locked``: Settings shows
them greyed, and :class:`Preset` answers the preset's value whatever a user's
own settings file says). A mistake names the file, the line and the key.
"""

from __future__ import annotations

import json
import os
import ssl
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from app.errors import ValidationError, translatable
from app.preset_documents import (
    DEFAULT_QUOTE_TERMS,
    LocalizedText,
    Representatives,
    localized_text,
    representatives,
)
from app.preset_source import key_lines
from app.sync.server_url import validate_server_url

APP_NAME = "Fieldsales"
CALENDARS = ("gregorian", "jalali", "islamic-civil", "islamic-umalqura")
LANGUAGES = ("en", "ar", "fa", "ru")
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240
# ``proxy``: "system" (the default) follows the operating system's proxy settings
# and the HTTPS_PROXY/NO_PROXY variables; else the URL of the company's proxy.
PROXY_SYSTEM = "system"
PROXY_SCHEMES = ("http", "https")
# What a preset may lock: the settings a user can change in Settings.
LOCKABLE = ("language", "calendar", "idle_lock_minutes", "server_url", "allow_insecure_http")


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
    proxy: str = PROXY_SYSTEM
    ca_bundle: str | None = None  # a PEM file of the CAs to trust instead of the built-in ones
    locked: frozenset[str] = frozenset()
    source: Path | None = None

    def is_locked(self, setting: str) -> bool:
        return setting in self.locked


@dataclass(frozen=True)
class PresetNetwork:
    """The preset's way to the server, in the terms the sync transport takes
    (``app/sync/network.py``): ``proxy`` None means the system's proxy settings,
    ``ca_bundle`` None the bundled list of public certificate authorities."""

    proxy: str | None
    ca_bundle: str | None


PRESET_KEYS = frozenset(
    {
        "company",
        "server_url",
        "allow_insecure_http",
        "language",
        "calendar",
        "second_calendar",
        "idle_lock_minutes",
        "proxy",
        "ca_bundle",
        "locked",
    }
)


def preset_locations() -> list[Path]:
    locations = []
    if env_path := os.environ.get("FIELDSALES_PRESET"):
        locations.append(Path(env_path))
    # The machine-wide preset comes before a user's own, so that a user cannot undo
    # the company's locked settings by dropping a file into their profile.
    # appauthor=False: C:\ProgramData\Fieldsales on Windows, not ...\Fieldsales\Fieldsales.
    locations.append(Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "preset.json")
    locations.append(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "preset.json")
    return locations


def load_preset() -> Preset:
    for path in preset_locations():
        if path.is_file():
            return read_preset(path)
    return Preset()


def read_preset(path: Path) -> Preset:
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            translatable(
                "errors", "The preset file {path}, line {line}, is not valid JSON: {reason}"
            ),
            path=str(path),
            line=error.lineno,
            reason=error.msg,
        ) from error
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(
            translatable("errors", "The preset file {path} cannot be read: {reason}"),
            path=str(path),
            reason=str(error),
        ) from error
    try:
        return preset_from_dict(data, base_dir=path.parent, source=path)
    except ValidationError as error:
        line = key_lines(text).get(tuple((error.field or "").split(".")))
        if line is None:
            raise
        raise ValidationError(
            translatable("errors", "The preset file {path}, line {line}, key {key}: {reason}"),
            field=error.field,
            path=str(path),
            line=line,
            key=error.field,
            reason=error,  # translated on its own where it is shown
        ) from error


def network_settings(preset: Preset) -> PresetNetwork:
    """The preset's proxy and CA bundle for the sync transport."""
    proxy = None if preset.proxy == PROXY_SYSTEM else preset.proxy
    return PresetNetwork(proxy=proxy, ca_bundle=preset.ca_bundle)


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
            field=min(unknown),
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
        proxy=_proxy(data.get("proxy", PROXY_SYSTEM)),
        ca_bundle=_ca_bundle(data.get("ca_bundle"), base_dir),
        locked=_locked(data.get("locked", []), given=set(data)),
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
            field="company." + min(unknown),
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
                field="company." + name,
                name=name,
            )
        if is_lines and not all(isinstance(line, str) for line in value):
            raise ValidationError(
                translatable("errors", "The preset's company {name} must be a list of lines."),
                field="company." + name,
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
                field="company.logo_path",
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


def _proxy(value: object) -> str:
    if value == PROXY_SYSTEM:
        return PROXY_SYSTEM
    parts = urlsplit(value) if isinstance(value, str) else None
    if parts is None or parts.scheme not in PROXY_SCHEMES or not parts.hostname:
        raise ValidationError(
            translatable(
                "errors",
                'The preset\'s proxy must be "system" or a URL such as http://proxy.example:3128.',
            ),
            field="proxy",
        )
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None or parts.path not in ("", "/") or parts.query:
        raise ValidationError(
            translatable("errors", "The preset's proxy must give a port, and nothing after it."),
            field="proxy",
        )
    if parts.username or parts.password:
        # A preset is copied to every laptop in plain text.
        raise ValidationError(
            translatable("errors", "The preset's proxy must not hold a user name or password."),
            field="proxy",
        )
    return f"{parts.scheme}://{parts.netloc}"


def _ca_bundle(value: object, base_dir: Path | None) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError(
            translatable("errors", "The preset's ca_bundle must be the path of a PEM file."),
            field="ca_bundle",
        )
    path = Path(value)
    if base_dir is not None and not path.is_absolute():
        path = base_dir / path
    try:
        ssl.create_default_context(cafile=str(path))
    except (OSError, ssl.SSLError) as error:
        raise ValidationError(
            translatable(
                "errors",
                "The CA bundle {path} named in the preset is not a PEM file of certificates: {reason}",
            ),
            field="ca_bundle",
            path=str(path),
            reason=getattr(error, "strerror", None) or str(error),
        ) from error
    return str(path)


def _locked(value: object, *, given: set[str]) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise ValidationError(
            translatable("errors", "The preset's locked must be a list of setting names."),
            field="locked",
        )
    for name in value:
        if name not in LOCKABLE:
            raise ValidationError(
                translatable("errors", "The preset cannot lock {name}; it can lock {choices}"),
                field="locked",
                name=name,
                choices=", ".join(LOCKABLE),
            )
        if name not in given:
            raise ValidationError(
                translatable("errors", "The preset locks {name} but does not set it."),
                field="locked",
                name=name,
            )
    return frozenset(value)
