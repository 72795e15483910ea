"""User settings, kept in `config.toml` in the config folder.

A broken config must never stop the app from opening: unknown keys are ignored and bad
values fall back to defaults, with the problems reported so the caller can say so. The
file is the user's: a change made from the app (the theme, highlights) rewrites only that
one key with a style-preserving writer, and a file we could not parse is never rewritten.
"""

from __future__ import annotations

import re
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_THEME = "textual-dark"

_WRITE_LOCK = threading.Lock()
"""Two quick changes (theme, then highlights) are written one after the other, never interleaved."""

FILTER_FIELDS = ("title", "author", "feed", "text", "any")
FILTER_ACTIONS = ("hide", "read")


class ConfigError(Exception):
    """The config file cannot be changed safely (unreadable, or not valid TOML)."""


@dataclass(frozen=True, slots=True)
class Retention:
    """How long unread, unbookmarked, unsaved articles are kept."""

    max_age_days: int = 60
    max_per_feed: int = 500


@dataclass(frozen=True, slots=True)
class FilterRule:
    """Hide or mark read the articles a refresh brings in that match (newsboat's ignore rules).

    `contains` is a case-insensitive substring; `matches` a regular expression (searched,
    case-insensitive). Exactly one of them is set.
    """

    field: str
    action: str
    contains: str | None = None
    matches: str | None = None

    def describe(self) -> str:
        how = (
            f"contains {self.contains!r}"
            if self.contains is not None
            else f"matches /{self.matches}/"
        )
        return f"{self.action} when {self.field} {how}"


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A view in the feeds pane defined by a query and/or an entity (newsboat's query feeds)."""

    name: str
    query: str | None = None
    mentioning: str | None = None
    unread: bool = False


@dataclass(frozen=True, slots=True)
class Settings:
    theme: str = DEFAULT_THEME
    keybindings: dict[str, str] = field(default_factory=dict)
    """Action name -> comma-separated keys, overriding the defaults (e.g. `refresh_all = "ctrl+r"`)."""
    retention: Retention = field(default_factory=Retention)
    save_images: bool = True
    entity_backend: str = "builtin"
    """`builtin` (default) or `spacy` when spaCy and an English model are installed."""
    concurrency: int = 20
    per_host_concurrency: int = 4
    refresh_on_start: bool = True
    highlight_entities: bool = True
    refresh_interval_minutes: int = 0
    """Refresh every N minutes while the app is open; 0 (the default) never."""
    filters: tuple[FilterRule, ...] = ()
    searches: tuple[SavedSearch, ...] = ()
    feed_deadline_seconds: int = 30
    """The most one feed may take, redirects and body included (a hanging or trickling server)."""
    max_response_mb: int = 10
    """Largest feed accepted, in megabytes, counted on the wire and after decompression."""


_MAXIMUM = {"feed_deadline_seconds": 3600, "max_response_mb": 1000}
"""Upper bounds: a larger value is almost certainly a typo (minutes for seconds, bytes for MB)."""


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[str, ...] = ()


_ZERO_ALLOWED = frozenset({"refresh_interval_minutes"})


def _coerce(name: str, value: Any, default: Any, problems: list[str]) -> Any:
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
    elif isinstance(default, int):
        least = 0 if name in _ZERO_ALLOWED else 1
        highest = _MAXIMUM.get(name)
        if (
            isinstance(value, int)
            and not isinstance(value, bool)
            and value >= least
            and (highest is None or value <= highest)
        ):
            return value
        if highest is not None:
            problems.append(f"config: ignoring {name} = {value!r} (expected 1 to {highest})")
            return default
    elif isinstance(default, str):
        if isinstance(value, str):
            return value
    elif (
        isinstance(default, dict)
        and isinstance(value, dict)
        and all(isinstance(v, str) for v in value.values())
    ):
        return {str(k): v for k, v in value.items()}
    expected = {bool: "true or false", str: "text"}.get(type(default), "a table of text values")
    if isinstance(default, int) and not isinstance(default, bool):
        expected = "a whole number of at least " + ("0" if name in _ZERO_ALLOWED else "1")
    problems.append(f"config: ignoring {name} = {value!r} (expected {expected})")
    return default


def _filters(raw: Any, problems: list[str]) -> tuple[FilterRule, ...]:
    if not isinstance(raw, list):
        problems.append("config: [[filters]] must be a list of tables; ignored")
        return ()
    rules: list[FilterRule] = []
    for number, item in enumerate(raw, 1):
        where = f"config: filter {number}"
        if not isinstance(item, dict):
            problems.append(f"{where} is not a table; ignored")
            continue
        field_name = item.get("field", "any")
        action = item.get("action", "hide")
        contains, matches = item.get("contains"), item.get("matches")
        if field_name not in FILTER_FIELDS:
            problems.append(f"{where}: field must be one of {', '.join(FILTER_FIELDS)}; ignored")
            continue
        if action not in FILTER_ACTIONS:
            problems.append(f"{where}: action must be one of {', '.join(FILTER_ACTIONS)}; ignored")
            continue
        if (contains is None) == (matches is None) or not isinstance(contains or matches, str):
            problems.append(f'{where}: give one of contains = "text" or matches = "regex"; ignored')
            continue
        if not (contains or matches or "").strip():
            problems.append(f"{where}: an empty pattern would match everything; ignored")
            continue
        if matches is not None:
            try:
                re.compile(matches)
            except re.error as error:
                problems.append(f"{where}: bad regular expression {matches!r} ({error}); ignored")
                continue
        rules.append(FilterRule(field_name, action, contains, matches))
    return tuple(rules)


def _searches(raw: Any, problems: list[str]) -> tuple[SavedSearch, ...]:
    if not isinstance(raw, list):
        problems.append("config: [[searches]] must be a list of tables; ignored")
        return ()
    found: list[SavedSearch] = []
    for number, item in enumerate(raw, 1):
        where = f"config: saved search {number}"
        if not isinstance(item, dict):
            problems.append(f"{where} is not a table; ignored")
            continue
        name, query, mentioning = item.get("name"), item.get("query"), item.get("mentioning")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where} needs a name; ignored")
            continue
        if not any(isinstance(value, str) and value.strip() for value in (query, mentioning)):
            problems.append(f'{where} ({name!r}) needs query = "…" or mentioning = "…"; ignored')
            continue
        found.append(
            SavedSearch(
                name.strip(),
                query.strip() if isinstance(query, str) and query.strip() else None,
                mentioning.strip() if isinstance(mentioning, str) and mentioning.strip() else None,
                item.get("unread") is True,
            )
        )
    return tuple(found)


def settings_from(raw: Mapping[str, Any]) -> LoadedSettings:
    """Settings from a parsed TOML table, with a line per value that was ignored."""
    problems: list[str] = []
    defaults = Settings()
    values: dict[str, Any] = {}
    known = {spec.name for spec in fields(Settings)}
    for name in raw:
        if name not in known:
            problems.append(f"config: unknown setting {name!r} ignored")
    for spec in fields(Settings):
        if spec.name not in raw:
            continue
        default = getattr(defaults, spec.name)
        if spec.name == "retention":
            section = raw["retention"]
            if not isinstance(section, dict):
                problems.append("config: [retention] must be a table")
                continue
            retention = {
                f.name: _coerce(
                    f"retention.{f.name}", section[f.name], getattr(default, f.name), problems
                )
                for f in fields(Retention)
                if f.name in section
            }
            values["retention"] = replace(default, **retention)
        elif spec.name == "filters":
            values["filters"] = _filters(raw["filters"], problems)
        elif spec.name == "searches":
            values["searches"] = _searches(raw["searches"], problems)
        else:
            values[spec.name] = _coerce(spec.name, raw[spec.name], default, problems)
    return LoadedSettings(replace(defaults, **values), tuple(problems))


def load_settings(path: Path) -> LoadedSettings:
    """Read settings from `path`; a missing file gives defaults, a broken one defaults + problems."""
    if not path.exists():
        return LoadedSettings(Settings())
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return LoadedSettings(Settings(), (f"config: cannot read {path}: {error}",))
    return settings_from(raw)


def update_config(path: Path, changes: Mapping[str, Any]) -> None:
    """Set top-level keys in the config file, keeping everything else as the user wrote it.

    Comments, order, spacing and every other key stay; a missing file is created with just
    these keys. Written atomically (temp file + rename) so a crash never leaves half a file.

    Raises:
        ConfigError: the file exists but cannot be read or parsed; it is left untouched.
    """
    with _WRITE_LOCK:
        _update_config(path, changes)


def _update_config(path: Path, changes: Mapping[str, Any]) -> None:
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    if path.exists():
        try:
            text = path.read_text(encoding="utf-8")
            tomllib.loads(text)  # what load_settings accepts, and nothing it refuses
            document = tomlkit.parse(text)
        except (OSError, UnicodeDecodeError, TOMLKitError, ValueError) as error:
            raise ConfigError(f"{path} could not be read ({error}); left unchanged") from None
    else:
        document = tomlkit.document()
    for key, value in changes.items():
        document[key] = value  # tomlkit keeps a new top-level key above the first table
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".toml.tmp")
    temporary.write_text(tomlkit.dumps(document), encoding="utf-8")
    temporary.replace(path)
