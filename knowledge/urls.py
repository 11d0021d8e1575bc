"""The shape of a source page's public address, checked offline.

A source's ``url`` tells a curator where to capture the page again when the district changes
it, so a typo there surfaces months later, when nobody remembers the page. Checking the shape
at load time (never fetching it: the loader and tests stay offline) catches the typos that
matter: a missing scheme, ``http://``, a host with no dot, spaces pasted from a document.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: One DNS label: letters, digits and inner dashes.
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
#: A public host name: two labels or more, ending in an alphabetic top-level domain.
_HOST = re.compile(rf"^(?:{_LABEL}\.)+[a-z]{{2,63}}$")

EXAMPLE = "https://www.example.org/page"


def url_problem(url: str) -> str | None:
    """Why ``url`` is not a plausible ``https://host/...`` address, or None when it is."""
    if any(ch.isspace() for ch in url):
        return f"'{url}' contains spaces; expected an address like {EXAMPLE}"
    parts = urlsplit(url)
    if parts.scheme != "https":
        return f"'{url}' must start with https:// (like {EXAMPLE})"
    if "@" in parts.netloc or ":" in parts.netloc or not _HOST.match(parts.netloc.lower()):
        return f"'{url}' has no plausible host name; expected an address like {EXAMPLE}"
    if parts.path and not parts.path.startswith("/"):
        return f"'{url}' is not an address like {EXAMPLE}"
    return None
