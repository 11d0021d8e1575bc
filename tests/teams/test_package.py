"""The Teams app package: manifest filled in, icons present and of the required sizes."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

APP_ID = "2f3c6a1e-8b0d-4c7e-9f21-5a6b7c8d9e0f"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_package_command_builds_a_sideloadable_zip(tmp_path: Path) -> None:
    out = tmp_path / "whohandles.zip"
    done = subprocess.run(
        [sys.executable, "-m", "bot.teams.package", "--app-id", APP_ID, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(package.read("manifest.json"))
        assert _png_size(package.read("color.png")) == (192, 192)
        assert _png_size(package.read("outline.png")) == (32, 32)
    assert manifest["id"] == APP_ID
    bot = manifest["bots"][0]
    assert bot["botId"] == APP_ID
    assert bot["scopes"] == ["personal", "team", "groupChat"]
    assert {c["title"] for c in bot["commandLists"][0]["commands"]} >= {"help", "directory"}
    command = manifest["composeExtensions"][0]["commands"][0]
    assert manifest["composeExtensions"][0]["botId"] == APP_ID
    assert command["type"] == "query" and command["parameters"][0]["name"] == "query"
    assert "{{" not in json.dumps(manifest)


def test_package_command_rejects_a_bad_app_id(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.teams.package",
            "--app-id",
            "my-bot",
            "--out",
            str(tmp_path / "x.zip"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "--app-id must be the bot's Microsoft app id (a GUID)" in done.stderr
