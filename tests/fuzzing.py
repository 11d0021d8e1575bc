"""What the endpoint fuzz tests share: generated JSON and header values, and a raw HTTP
client that sends any bytes with any headers (or none) and never raises for a status or a
connection reset."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

from hypothesis import strategies as st

#: Header values a client can send at all (http.client refuses a line break in one).
HEADER_TEXT = st.characters(blacklist_characters="\r\n")

#: What ``raw_post`` returns when the server closed the connection without a status: uvicorn's
#: HTTP parser answers a header it refuses (a NUL byte) with 400 and closes, and when the body
#: is still unread in its buffer the kernel resets the connection, sometimes before the 400 is
#: read. Never a 500, but no status either.
RESET = -1

#: Any JSON value, nested a little.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def raw_post(url: str, body: bytes, headers: dict[str, str]) -> int:
    """POST ``body`` with exactly ``headers`` (plus Host and Content-Length); the status."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=15)
    try:
        connection.putrequest("POST", parts.path, skip_accept_encoding=True)
        for name, value in headers.items():
            connection.putheader(name, value.encode("latin-1", "replace"))
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        response.read()
        return response.status
    except ConnectionResetError:
        return RESET
    finally:
        connection.close()


def get(url: str) -> tuple[int, bytes]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=15)
    try:
        connection.request("GET", parts.path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()
