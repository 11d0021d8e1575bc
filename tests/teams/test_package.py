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


def _pixels(data: bytes) -> list[bytes]:
    """RGBA pixels of an unfiltered 8-bit RGBA PNG (what scripts/draw_teams_icons.py writes)."""
    import zlib

    width, height = _png_size(data)
    chunks, at = b"", 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        if data[at + 4 : at + 8] == b"IDAT":
            chunks += data[at + 8 : at + 8 + length]
        at += 12 + length
    raw = zlib.decompress(chunks)
    stride = width * 4 + 1
    assert all(raw[y * stride] == 0 for y in range(height)), "filter type 0 expected"
    return [
        raw[y * stride + 1 + x * 4 : y * stride + 5 + x * 4]
        for y in range(height)
        for x in range(width)
    ]


def test_manifest_fits_teams_limits_and_the_outline_icon_is_white_on_transparent(
    tmp_path: Path,
) -> None:
    from bot.teams.package import build_package

    out = build_package(
        APP_ID,
        tmp_path / "p.zip",
        developer="Chicago Public Schools",
        website="https://www.cps.edu",
    )
    with zipfile.ZipFile(out) as package:
        manifest = json.loads(package.read("manifest.json"))
        outline = _pixels(package.read("outline.png"))
    assert len(manifest["name"]["short"]) <= 30 and len(manifest["name"]["full"]) <= 100
    assert len(manifest["description"]["short"]) <= 80
    assert len(manifest["description"]["full"]) <= 4000
    for command in manifest["bots"][0]["commandLists"][0]["commands"]:
        assert len(command["title"]) <= 32 and len(command["description"]) <= 128
    search = manifest["composeExtensions"][0]["commands"][0]
    assert search["id"] == "searchOffices" and search["initialRun"] is True
    assert len(search["title"]) <= 32 and len(search["parameters"][0]["title"]) <= 32
    assert {p[3] for p in outline} <= {0, 255}
    assert all(p[:3] == b"\xff\xff\xff" for p in outline if p[3])


def test_package_app_id_defaults_to_client_id(tmp_path: Path) -> None:
    import os

    out = tmp_path / "whohandles.zip"
    done = subprocess.run(
        [sys.executable, "-m", "bot.teams.package", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "CLIENT_ID": APP_ID},
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as package:
        assert json.loads(package.read("manifest.json"))["bots"][0]["botId"] == APP_ID
