"""User preferences in QSettings, with the installer preset as the defaults.

Only non-secret values live here: language, calendar, idle-lock minutes, the
server URL and user name, window geometry. Passwords and tokens never do.

A setting the preset locks always reads as the preset's value, whatever the
settings file holds (a value saved before the lock, or edited by hand), and
setting it stores nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app.preset import (
    CALENDARS,
    LANGUAGES,
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    Preset,
    load_preset,
)


class Preferences:
    def __init__(self, settings: QSettings | None = None, *, preset: Preset | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()
        self.preset = preset if preset is not None else load_preset()

    @property
    def settings(self) -> QSettings:
        return self._settings

    def is_locked(self, setting: str) -> bool:
        return self.preset.is_locked(setting)

    def _set(self, setting: str, key: str, value) -> None:
        if not self.is_locked(setting):
            self._settings.setValue(key, value)

    def _get(self, key: str, default):
        value = self._settings.value(key, default)
        return default if value is None else value

    def _flag(self, key: str, default: bool) -> bool:
        # QSettings hands an INI file's booleans back as the strings "true"/"false".
        return str(self._get(key, default)).lower() in ("true", "1")

    @property
    def language(self) -> str:
        if self.is_locked("language"):
            return self.preset.language
        value = str(self._get("ui/language", self.preset.language))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._set("language", "ui/language", value)

    @property
    def calendar(self) -> str:
        if self.is_locked("calendar"):
            return self.preset.calendar
        value = str(self._get("ui/calendar", self.preset.calendar))
        return value if value in CALENDARS else "gregorian"

    @calendar.setter
    def calendar(self, value: str) -> None:
        if value not in CALENDARS:
            raise ValueError(value)
        self._set("calendar", "ui/calendar", value)

    @property
    def idle_lock_minutes(self) -> int:
        if self.is_locked("idle_lock_minutes"):
            return self.preset.idle_lock_minutes
        try:
            value = int(self._get("security/idle_lock_minutes", self.preset.idle_lock_minutes))
        except (TypeError, ValueError):
            value = self.preset.idle_lock_minutes
        return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, value))

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._set("idle_lock_minutes", "security/idle_lock_minutes", int(value))

    @property
    def server_url(self) -> str:
        if self.is_locked("server_url"):
            return self.preset.server_url or ""
        return str(self._get("sync/server_url", self.preset.server_url or ""))

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._set("server_url", "sync/server_url", value)

    @property
    def allow_insecure_http(self) -> bool:
        """Whether the user (or the installer's preset) allowed plain http to a remote host."""
        if self.is_locked("allow_insecure_http"):
            return self.preset.allow_insecure_http
        return self._flag("sync/allow_insecure_http", self.preset.allow_insecure_http)

    @allow_insecure_http.setter
    def allow_insecure_http(self, value: bool) -> None:
        self._set("allow_insecure_http", "sync/allow_insecure_http", bool(value))

    @property
    def username(self) -> str:
        return str(self._get("sync/username", ""))

    @username.setter
    def username(self, value: str) -> None:
        self._settings.setValue("sync/username", value)

    @property
    def work_offline(self) -> bool:
        return self._flag("sync/offline", True)

    @work_offline.setter
    def work_offline(self, value: bool) -> None:
        self._settings.setValue("sync/offline", bool(value))

    def geometry(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self._settings.sync()
