"""Build the Teams app package to sideload: the manifest with the app id filled in, plus the
two icons, zipped.

    python -m bot.teams.package --app-id 00000000-0000-0000-0000-000000000000
    python -m bot.teams.package            # the app id from CLIENT_ID (.env is not read here)

Uses only the standard library, so it runs without the [teams] extra.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "deploy" / "teams"
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
ICONS = ("color.png", "outline.png")


def fill_manifest(template: str, values: dict[str, str]) -> dict[str, object]:
    """The manifest with every ``{{NAME}}`` replaced; fails if any placeholder is left."""
    text = template
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", json.dumps(value)[1:-1])
    left = sorted(set(re.findall(r"\{\{([A-Z_]+)\}\}", text)))
    if left:
        raise ValueError(f"manifest placeholders not filled: {', '.join(left)}")
    manifest: dict[str, object] = json.loads(text)
    return manifest


def build_package(
    app_id: str, out: Path, *, developer: str, website: str, template: Path = TEMPLATE
) -> Path:
    """Write the zip and return its path. Raises ValueError for a bad app id or URL."""
    if not GUID.match(app_id):
        raise ValueError(f"--app-id must be the bot's Microsoft app id (a GUID), got {app_id!r}")
    if not website.startswith("https://"):
        raise ValueError(f"--website-url must be an https:// URL, got {website!r}")
    manifest = fill_manifest(
        (template / "manifest.json").read_text(encoding="utf-8"),
        {"APP_ID": app_id, "DEVELOPER_NAME": developer, "WEBSITE_URL": website},
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", json.dumps(manifest, indent=2))
        for icon in ICONS:
            package.write(template / icon, icon)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.teams.package", description=__doc__)
    parser.add_argument(
        "--app-id",
        default=os.environ.get("CLIENT_ID", "").strip() or None,
        help="the Azure bot's Microsoft App ID (default: $CLIENT_ID)",
    )
    parser.add_argument("--developer-name", default="Chicago Public Schools")
    parser.add_argument("--website-url", default="https://www.cps.edu")
    parser.add_argument("--out", type=Path, default=Path("dist-teams/whohandles.zip"))
    args = parser.parse_args(argv)
    if not args.app_id:
        message = "package: give --app-id (the Azure bot's Microsoft App ID) or set CLIENT_ID"
        print(message, file=sys.stderr)
        return 2
    try:
        path = build_package(
            args.app_id, args.out, developer=args.developer_name, website=args.website_url
        )
    except ValueError as exc:
        print(f"package: {exc}", file=sys.stderr)
        return 2
    print(f"package: wrote {path}; upload it in Teams (Apps > Manage your apps > Upload an app)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
