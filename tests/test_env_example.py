"""``.env.example`` is the one list of settings a user copies: every variable the settings read
is in it, and it names none they do not read."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from bot.runtime import StoreSettings
from bot.settings import CoreSettings
from bot.slack.settings import SlackSettings
from bot.teams.settings import TeamsSettings

EXAMPLE = Path(__file__).resolve().parents[1] / ".env.example"

#: Values under which every settings class reads every variable it knows.
WORKING = {
    "SLACK_BOT_TOKEN": "xoxb-1-2",
    "SLACK_APP_TOKEN": "xapp-1-2",
    "SLACK_SIGNING_SECRET": "secret",
    "CLIENT_ID": "00000000-0000-0000-0000-000000000000",
    "CLIENT_SECRET": "secret",
}


class Recording(Mapping[str, str]):
    """A settings mapping that remembers every name asked for, set or not."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self._settings = dict(values)
        self.asked: set[str] = set()

    def __getitem__(self, name: str) -> str:
        self.asked.add(name)
        return self._settings[name]

    def __contains__(self, name: object) -> bool:
        self.asked.add(str(name))
        return name in self._settings

    def __iter__(self) -> Iterator[str]:
        return iter(self._settings)

    def __len__(self) -> int:
        return len(self._settings)


def test_every_setting_read_is_in_env_example_and_nothing_else_is() -> None:
    env = Recording(WORKING)
    CoreSettings.from_env(env)
    StoreSettings.from_env(env)
    SlackSettings.from_env(env, http=True)
    TeamsSettings.from_env(env)
    listed = set(re.findall(r"^([A-Z_]+)=", EXAMPLE.read_text(encoding="utf-8"), re.MULTILINE))
    assert env.asked - listed == set(), "read but not in .env.example"
    assert listed - env.asked == set(), "in .env.example but never read"
    assert {"WHOHANDLES_CONTEXT_MINUTES", "SLACK_BOT_TOKEN", "CLIENT_ID"} <= env.asked
