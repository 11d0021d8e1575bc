"""A draft as the YAML a curator edits: the layout of the hand-written office files.

Written as text rather than dumped, so it reads like its neighbours (flow lists for contacts,
a folded role) and so TODOs can stand as comments beside the field they concern, which a
YAML dumper cannot do.
"""

from __future__ import annotations

import json
import re
import textwrap

from knowledge.importing.draft import NO_CONTACTS, NO_ROLE, Draft, DraftOffice

_WIDTH = 100
#: Text YAML reads back unchanged without quotes: no ": ", " #", leading indicator or quote.
_PLAIN = re.compile(r"^[A-Za-z(][\w .,()'’&/-]*$")
_NOT_PLAIN = frozenset({"yes", "no", "true", "false", "null", "on", "off", "y", "n"})


def scalar(text: str) -> str:
    """``text`` as a YAML scalar: bare when that reads back the same, else double-quoted."""
    if _PLAIN.match(text) and text.lower() not in _NOT_PLAIN:
        return text
    return json.dumps(text, ensure_ascii=False)


def _flow(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"


def _wrap(text: str, first: str, rest: str) -> list[str]:
    """``text`` in lines of at most 100 characters; words, URLs and numbers never split."""
    return textwrap.wrap(
        text,
        _WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _comment(text: str, indent: str) -> list[str]:
    return _wrap(text, f"{indent}# ", f"{indent}#   ")


def _todos(texts: tuple[str, ...] | list[str], indent: str) -> list[str]:
    return [line for text in texts for line in _comment(f"TODO: {text}", indent)]


def _contacts(office: DraftOffice, indent: str) -> list[str]:
    block = office.contacts
    if block is None:
        return _todos([NO_CONTACTS], indent) if NO_CONTACTS in office.todos else []
    lines = [f"{indent}contacts:", f"{indent}  heading: {scalar(block.heading)}"]
    for key, values in (("phone", block.phone), ("fax", block.fax), ("address", block.address)):
        if values:
            lines.append(f"{indent}  {key}: {_flow(values)}")
    return lines


def _item(text: str, indent: str) -> list[str]:
    """A list item; a long one folded over several lines, as roles are."""
    line = f"{indent}  - {scalar(text)}"
    if len(line) <= _WIDTH:
        return [line]
    return [f"{indent}  - >-", *_wrap(text, f"{indent}    ", f"{indent}    ")]


def _office(office: DraftOffice, source_id: str) -> list[str]:
    ind = "    "
    other_todos = [t for t in office.todos if t not in (NO_ROLE, NO_CONTACTS)]
    lines = [f"  - id: {office.id}", *_todos(other_todos, ind), f"{ind}name: {scalar(office.name)}"]
    if office.acronym:
        lines.append(f"{ind}acronym: {scalar(office.acronym)}")
    if office.aliases:
        lines.append(f"{ind}aliases: {_flow(office.aliases)}")
    if office.parent:
        lines.append(f"{ind}parent: {office.parent}")
    if office.role is None:
        lines += _todos([NO_ROLE], ind)
    else:
        lines += [f"{ind}role: >", *_wrap(office.role, f"{ind}  ", f"{ind}  ")]
    if office.handles:
        lines += [f"{ind}handles:", *(line for h in office.handles for line in _item(h, ind))]
    lines.append(f"{ind}source: {source_id}")
    return lines + _contacts(office, ind)


def render_draft(draft: Draft, *, title: str, source_file: str) -> str:
    """The draft as the text of ``knowledge/offices/<id>.yaml``."""
    named = f"{source_file} ({title})" if title else source_file
    header = (
        f"Draft written by `whohandles kb import` from {named}. Names, headings "
        "and contact lines are copied exactly from the page; each role is the first sentence "
        "under the office's heading and handles are its bullet items, in the page's own words: "
        "rewrite them in ours. Resolve every TODO, add the words staff would use to "
        "intents/topics/, then run `whohandles kb check`."
    )
    lines = _wrap(header, "# ", "# ") + _todos(draft.todos, "")
    if not draft.offices:
        return "\n".join([*lines, "offices: []"]) + "\n"
    lines.append("offices:")
    for number, office in enumerate(draft.offices):
        lines += ([""] if number else []) + _office(office, draft.source_id)
    return "\n".join(lines) + "\n"
