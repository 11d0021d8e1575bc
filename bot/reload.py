"""Live reload: notice edits to the knowledge and intent YAML and swap the brain atomically.

Polling file times once a second costs nothing at this size and needs no dependency or OS
notification support (network drives and containers often lack it). A broken edit keeps the
old knowledge serving and logs one clear error naming the file and line; fixing the file
brings the new knowledge in on the next poll.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from bot.metrics import Metrics
from bot.service import Assistant, Brain
from knowledge import KnowledgeError

logger = logging.getLogger(__name__)

WATCHED_SUFFIXES = (".yaml", ".yml", ".txt")

Snapshot = dict[Path, tuple[int, int]]


def snapshot(folders: Iterable[Path]) -> Snapshot:
    """(mtime, size) of every watched file under ``folders``."""
    files: Snapshot = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.suffix in WATCHED_SUFFIXES and path.is_file():
                try:
                    stat = path.stat()
                except OSError:
                    continue  # deleted between listing and stat: the next poll sees it
                files[path] = (stat.st_mtime_ns, stat.st_size)
    return files


class KnowledgeWatcher:
    """Polls ``folders``; on a change, loads a new Brain and swaps it into ``assistant``."""

    def __init__(
        self,
        assistant: Assistant,
        load: Callable[[], Brain],
        folders: Iterable[Path],
        *,
        interval: float = 1.0,
        metrics: Metrics | None = None,
    ) -> None:
        self._assistant = assistant
        self._load = load
        self._folders = tuple(folders)
        self._interval = interval
        self._metrics = metrics
        self._seen = snapshot(self._folders)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def check_once(self) -> bool | None:
        """Reload if anything changed: True on success, False if the edit is broken, None if
        nothing changed."""
        current = snapshot(self._folders)
        if current == self._seen:
            return None
        self._seen = current
        try:
            brain = self._load()
        except KnowledgeError as exc:
            logger.error("knowledge edit rejected; still serving the previous version:\n%s", exc)
            if self._metrics:
                self._metrics.reloaded(ok=False)
            return False
        self._assistant.swap(brain)
        logger.info("knowledge reloaded: %d offices", len(brain.kb))
        if self._metrics:
            self._metrics.reloaded(ok=True)
        return True

    def start(self) -> None:
        """Poll in a daemon thread until ``stop``."""
        self._thread = threading.Thread(target=self._run, name="knowledge-watcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.check_once()
            except Exception:  # the watcher must outlive any surprise
                logger.exception("knowledge watcher failed; will retry")
