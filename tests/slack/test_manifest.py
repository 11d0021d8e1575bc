"""The Slack manifests declare what the app handles, with the least scopes, and agree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.slack.listeners.shortcuts import CALLBACK_ID

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _load(name: str) -> dict[str, Any]:
    manifest: dict[str, Any] = yaml.safe_load((DEPLOY / name).read_text())
    return manifest


def test_socket_manifest() -> None:
    manifest = _load("slack-manifest.yaml")
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "app_mentions:read",
        "chat:write",
        "commands",
        "im:history",
    }
    events = manifest["settings"]["event_subscriptions"]["bot_events"]
    assert events == ["app_mention", "message.im", "app_home_opened"]
    assert not any(e.startswith("message.") and e != "message.im" for e in events), (
        "channel messages would answer a mention twice"
    )
    commands = {c["command"] for c in manifest["features"]["slash_commands"]}
    assert commands == {"/whohandles", "/contact"}
    assert manifest["features"]["shortcuts"][0]["callback_id"] == CALLBACK_ID
    home = manifest["features"]["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"]


def test_http_manifest_matches_and_points_at_the_one_endpoint() -> None:
    socket, http = _load("slack-manifest.yaml"), _load("slack-manifest-http.yaml")
    assert http["settings"]["socket_mode_enabled"] is False
    assert http["oauth_config"] == socket["oauth_config"]
    assert (
        http["settings"]["event_subscriptions"]["bot_events"]
        == (socket["settings"]["event_subscriptions"]["bot_events"])
    )
    urls = [c["url"] for c in http["features"]["slash_commands"]]
    urls += [
        http["settings"]["event_subscriptions"]["request_url"],
        http["settings"]["interactivity"]["request_url"],
    ]
    assert set(urls) == {"https://YOUR-HOST/slack/events"}
