"""Draw the Teams app icons (our own artwork) as PNGs with the standard library only.

    python scripts/draw_teams_icons.py deploy/teams

color.png: 192x192, a white question mark in a signpost circle on the accent colour.
outline.png: 32x32, the same shape in white on transparent, as Teams requires.
"""

from __future__ import annotations

import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

Pixel = tuple[int, int, int, int]
ACCENT: Pixel = (29, 53, 87, 255)
WHITE: Pixel = (255, 255, 255, 255)
CLEAR: Pixel = (0, 0, 0, 0)


def png(width: int, height: int, pixel: Callable[[float, float], Pixel]) -> bytes:
    """Encode an RGBA image; ``pixel`` gets coordinates scaled to [0, 1)."""
    rows = b"".join(
        b"\x00"
        + b"".join(bytes(pixel((x + 0.5) / width, (y + 0.5) / height)) for x in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def glyph(x: float, y: float) -> bool:
    """A ring with a question mark inside, in unit coordinates."""
    dx, dy = x - 0.5, y - 0.5
    r = (dx * dx + dy * dy) ** 0.5
    ring = 0.40 <= r <= 0.46
    hook_r = ((x - 0.5) ** 2 + (y - 0.40) ** 2) ** 0.5
    hook = 0.09 <= hook_r <= 0.15 and not (x < 0.5 and y > 0.40)
    stem = 0.46 <= x <= 0.54 and 0.49 <= y <= 0.62
    dot = ((x - 0.5) ** 2 + (y - 0.72) ** 2) ** 0.5 <= 0.045
    return ring or hook or stem or dot


def main(folder: str) -> None:
    out = Path(folder)
    out.joinpath("color.png").write_bytes(
        png(192, 192, lambda x, y: WHITE if glyph(x, y) else ACCENT)
    )
    out.joinpath("outline.png").write_bytes(
        png(32, 32, lambda x, y: WHITE if glyph(x, y) else CLEAR)
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "deploy/teams")
