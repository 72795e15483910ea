"""User settings, kept in `config.toml` in the config folder.

A broken config must never stop the app from opening: unknown keys are ignored and bad
values fall back to defaults, with the problems reported so the caller can say so.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_THEME = "textual-dark"


@dataclass(frozen=True, slots=True)
class Retention:
    """How long unread, unbookmarked, unsaved articles are kept."""

    max_age_days: int = 60
    max_per_feed: int = 500


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


def _coerce(name: str, value: Any, default: Any, problems: list[str]) -> Any:
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
    elif isinstance(default, int):
        highest = _MAXIMUM.get(name)
        if (
            isinstance(value, int)
            and not isinstance(value, bool)
            and value >= 1
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
    expected = {bool: "true or false", int: "a whole number of at least 1", str: "text"}.get(
        type(default), "a table of text values"
    )
    problems.append(f"config: ignoring {name} = {value!r} (expected {expected})")
    return default


def load_settings(path: Path) -> LoadedSettings:
    """Read settings from `path`; a missing file gives defaults, a broken one defaults + problems."""
    if not path.exists():
        return LoadedSettings(Settings())
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return LoadedSettings(Settings(), (f"config: cannot read {path}: {error}",))
    problems: list[str] = []
    defaults = Settings()
    values: dict[str, Any] = {}
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
        else:
            values[spec.name] = _coerce(spec.name, raw[spec.name], default, problems)
    return LoadedSettings(replace(defaults, **values), tuple(problems))


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically (temp file + rename) so a crash never leaves half a file."""
    import tomli_w

    data: dict[str, Any] = {
        "theme": settings.theme,
        "save_images": settings.save_images,
        "entity_backend": settings.entity_backend,
        "concurrency": settings.concurrency,
        "per_host_concurrency": settings.per_host_concurrency,
        "refresh_on_start": settings.refresh_on_start,
        "highlight_entities": settings.highlight_entities,
        "keybindings": dict(settings.keybindings),
        "retention": {
            "max_age_days": settings.retention.max_age_days,
            "max_per_feed": settings.retention.max_per_feed,
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".toml.tmp")
    temporary.write_text(tomli_w.dumps(data), encoding="utf-8")
    temporary.replace(path)
