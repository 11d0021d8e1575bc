"""Configuration: one precedence rule, one reader, one typed settings object per concern.

Every setting is resolved the same way: the explicit argument (a command-line option), then
the process environment, then the ``.env`` file, then the default. An empty value means
"not set", so a copied ``.env.example`` full of ``NAME=`` lines changes nothing. A value that
cannot work stops the bot at start with one line naming the variable and what it accepts.

``Environment`` is that reader; each concern's settings (``CoreSettings`` here,
``StoreSettings``, ``SlackSettings``, ``TeamsSettings``) is a frozen dataclass built by a
``from_env(env, **explicit)`` classmethod that asks it for typed values. Only the entry point
(``bot.cli``) reads the process environment and ``.env``; everything else is handed a
mapping, so tests pass a plain dict.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

#: The log levels a user may set, as the ``logging`` module names them.
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(ValueError):
    """A setting that cannot work; the message names the variable and what to set."""


class Environment(Mapping[str, str]):
    """Settings text by variable name: the process environment over the ``.env`` file.

    ``.env`` is read here and never copied into ``os.environ``, so libraries that read the
    environment themselves (the Teams SDK does) see only what the operator exported.
    """

    def __init__(self, values: Mapping[str, str]) -> None:
        self._values = dict(values)

    @classmethod
    def load(
        cls, dotenv: Path | None = Path(".env"), environ: Mapping[str, str] | None = None
    ) -> Environment:
        """The process environment (``environ``, default ``os.environ``) over ``dotenv``."""
        from dotenv import dotenv_values

        values: dict[str, str] = {}
        if dotenv is not None and dotenv.is_file():
            values = {k: v for k, v in dotenv_values(dotenv).items() if v is not None}
        values.update(os.environ if environ is None else environ)
        return cls(values)

    def __getitem__(self, name: str) -> str:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def text(env: Mapping[str, str], name: str) -> str | None:
    """The variable's value without surrounding blanks; None when unset or empty."""
    value = env.get(name, "").strip()
    return value or None


def number(env: Mapping[str, str], name: str, default: int, *, low: int, high: int) -> int:
    """A whole number in [low, high], or ``default`` when unset."""
    raw = text(env, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise ConfigError(f"{name} must be a whole number from {low} to {high}, got {raw!r}")
    return value


def port(env: Mapping[str, str], name: str, default: int, given: int | None = None) -> int:
    """A TCP port (0 asks the system for a free one): ``given``, then ``name``, then default."""
    if given is not None:
        if not 0 <= given <= 65535:
            raise ConfigError(f"the port must be from 0 to 65535, got {given} (or set {name})")
        return given
    return number(env, name, default, low=0, high=65535)


def choice(env: Mapping[str, str], name: str, allowed: tuple[str, ...], default: str) -> str:
    """One of ``allowed`` (case-insensitive), or ``default`` when unset."""
    raw = text(env, name)
    if raw is None:
        return default
    if raw.upper() not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, got {raw!r}")
    return raw.upper()


def folder(env: Mapping[str, str], name: str, given: Path | None, option: str) -> Path | None:
    """A folder that must exist: ``given`` (from ``option``), then ``name``, else None (the
    bundled default)."""
    chosen = given if given is not None else (Path(v) if (v := text(env, name)) else None)
    if chosen is not None and not chosen.is_dir():
        where = option if given is not None else name
        raise ConfigError(f"{where}: {chosen} is not a folder")
    return chosen


@dataclass(frozen=True)
class CoreSettings:
    """What every command needs: where the knowledge lives, and how much to log."""

    knowledge_dir: Path | None = None
    intents_dir: Path | None = None
    log_level: str = "WARNING"

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str],
        *,
        knowledge_dir: Path | None = None,
        intents_dir: Path | None = None,
    ) -> CoreSettings:
        """Resolve and check; raises ConfigError naming the variable."""
        return cls(
            knowledge_dir=folder(env, "WHOHANDLES_KNOWLEDGE_DIR", knowledge_dir, "--knowledge"),
            intents_dir=folder(env, "WHOHANDLES_INTENTS_DIR", intents_dir, "--intents"),
            log_level=choice(env, "WHOHANDLES_LOG_LEVEL", LOG_LEVELS, "WARNING"),
        )
