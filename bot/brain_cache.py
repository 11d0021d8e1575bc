"""A cache of the loaded knowledge on disk, so a one-shot command starts in a blink.

Loading validates every YAML file, proves every contact against its page and builds the
routing index: a few hundred milliseconds, paid by every ``whohandles ask``. The cache keeps
the finished Brain, keyed by a hash of every file the loaders read and of the code that reads
them, so any edit to the knowledge or to the router makes a new entry (and a stale one can
never be served). Servers load once and do not use it.

The cache lives in the user's own cache folder (``$XDG_CACHE_HOME/whohandles``, else
``~/.cache/whohandles``); pickles there are trusted as much as the user's own files. Any
failure to read or write it falls back to loading, silently: the cache only saves time.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path

logger = logging.getLogger(__name__)

#: Entries kept; older ones are removed when a new one is written.
KEEP = 4
_CODE = Path(__file__).resolve().parent.parent
_CODE_FOLDERS = ("intents", "knowledge")


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "whohandles"


def _files(folders: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        found += sorted(
            p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml", ".txt", ".py")
        )
    return found


def key(folders: Iterable[Path]) -> str:
    """A hash of every knowledge, intent and code file that loading depends on."""
    digest = hashlib.sha256()
    code = [_CODE / name for name in _CODE_FOLDERS]
    for path in _files([*folders, *code]):
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def cached(folders: Iterable[Path], load: Callable[[], object]) -> object:
    """``load()``'s result, from the cache when these files were loaded before."""
    try:
        entry = cache_folder() / f"brain-{key(folders)}.pickle"
    except OSError:
        return load()
    with contextlib.suppress(Exception):
        return pickle.loads(entry.read_bytes())  # noqa: S301 - the user's own cache
    found = load()
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(entry)
        old = sorted(entry.parent.glob("brain-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-KEEP]:
            stale.unlink(missing_ok=True)
    except OSError as exc:
        logger.debug("knowledge cache not written: %s", exc)
    return found
