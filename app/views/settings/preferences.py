"""User preferences in QSettings, with the installer preset as the defaults.

Only non-secret values live here: language, calendar, idle-lock minutes, the
server URL and user name, window geometry. Passwords and tokens never do.
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

    def _get(self, key: str, default):
        value = self._settings.value(key, default)
        return default if value is None else value

    def _flag(self, key: str, default: bool) -> bool:
        # QSettings hands an INI file's booleans back as the strings "true"/"false".
        return str(self._get(key, default)).lower() in ("true", "1")

    @property
    def language(self) -> str:
        value = str(self._get("ui/language", self.preset.language))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._settings.setValue("ui/language", value)

    @property
    def calendar(self) -> str:
        value = str(self._get("ui/calendar", self.preset.calendar))
        return value if value in CALENDARS else "gregorian"

    @calendar.setter
    def calendar(self, value: str) -> None:
        if value not in CALENDARS:
            raise ValueError(value)
        self._settings.setValue("ui/calendar", value)

    @property
    def idle_lock_minutes(self) -> int:
        try:
            value = int(self._get("security/idle_lock_minutes", self.preset.idle_lock_minutes))
        except (TypeError, ValueError):
            value = self.preset.idle_lock_minutes
        return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, value))

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._settings.setValue("security/idle_lock_minutes", int(value))

    @property
    def server_url(self) -> str:
        return str(self._get("sync/server_url", self.preset.server_url or ""))

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._settings.setValue("sync/server_url", value)

    @property
    def allow_insecure_http(self) -> bool:
        """Whether the user (or the installer's preset) allowed plain http to a remote host."""
        return self._flag("sync/allow_insecure_http", self.preset.allow_insecure_http)

    @allow_insecure_http.setter
    def allow_insecure_http(self, value: bool) -> None:
        self._settings.setValue("sync/allow_insecure_http", bool(value))

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
