"""Block Kit rendering of an Answer, and the App Home directory.

It says what ``bot.render.text`` says (the sentences come from ``bot.wording``), laid out as
Block Kit. Everything that goes into ``mrkdwn`` passes through ``escape`` (``&``, ``<``,
``>``), office data included ("Social & Emotional Learning"), so no text can ever become
``<!channel>`` or a user mention; lengths are kept within Slack's limits by
``bot.render.blockkit``.
"""

from __future__ import annotations

from typing import Any

from bot import wording
from bot.answer import Answer, OfficeCard
from bot.conversation import FeedbackRef, Replay
from bot.render.blockkit import (
    MAX_ACTION_ELEMENTS,
    MAX_FIELD_TEXT,
    MAX_HOME_BLOCKS,
    MAX_SECTION_TEXT,
    Block,
    button,
    clip,
    context,
    escape,
    fit_message,
    fit_value,
    header,
    mrkdwn,
)
from bot.render.text import render_help, render_text
from intents import Meta, Outcome
from knowledge import About

#: The plain ``text`` beside the blocks: notifications and screen readers, kept short.
MAX_FALLBACK_TEXT = 3000
ASKED_ECHO_CHARS = 200
OVERFLOW = "The list is longer than one message; the Home tab has all of it."

ACTION_CHOOSE = "choose_office"
ACTION_HELPFUL = "feedback_helpful"
ACTION_NOT_HELPFUL = "feedback_not_helpful"
ACTION_SHARE = "share_answer"


def fallback_text(answer: Answer) -> str:
    """The notification and screen-reader text: the plain answer, escaped and clipped."""
    return clip(escape(render_text(answer)), MAX_FALLBACK_TEXT)


def feedback_value(answer: Answer) -> str:
    """The feedback reference, its question shortened until it fits a button value."""
    ref = FeedbackRef.of(answer)
    return fit_value(
        lambda n: FeedbackRef(
            ref.outcome, ref.confidence, ref.office_ids, ref.question[:n]
        ).dumps(),
        len(ref.question),
    )


def card_blocks(card: OfficeCard, answer: Answer) -> list[Block]:
    """One office: lead, name, role, parent, contacts, honest gaps, source."""
    text = wording.card_text(card, answer.field)
    blocks: list[Block] = []
    if text.lead:
        blocks.append(mrkdwn(f"*{escape(text.lead)}*"))
    blocks.append(header(text.title))
    about = escape(text.role)
    if text.parent:
        about += f"\n_{escape(text.parent)}_"
    blocks.append(mrkdwn(about))
    if text.contacts:
        blocks.append(
            {
                "type": "section",
                "fields": [
                    {"type": "mrkdwn", "text": clip(f"*{label}*\n{escape(value)}", MAX_FIELD_TEXT)}
                    for label, value in text.contacts
                ],
            }
        )
    for note in text.notes:
        blocks.append(mrkdwn(f":information_source: {escape(note)}"))
    if text.borrowed_heading:
        lines = "\n".join(f"*{label}:* {escape(value)}" for label, value in text.borrowed)
        blocks.append(mrkdwn(f"{escape(text.borrowed_heading)}\n{lines}"))
    blocks.append(context(f":page_facing_up: {escape(text.source)}"))
    return blocks


def share_button(answer: Answer, kind: str) -> Block:
    """A button that posts the same answer to the channel, for everyone."""
    replay = Replay.of(answer, kind)
    value = fit_value(
        lambda n: Replay(replay.kind, replay.query[:n], replay.field).dumps(), len(replay.query)
    )
    return button("Share in channel", ACTION_SHARE, value, "primary")


def parse_share_value(raw: str) -> Replay | None:
    """The answer a share button asks for; None when the value is unreadable."""
    return Replay.loads(raw)


def _actions(answer: Answer, *, share: bool, kind: str) -> Block | None:
    elements = []
    if answer.meta is None:
        value = feedback_value(answer)
        elements += [
            button("Helpful", ACTION_HELPFUL, value),
            button("Not helpful", ACTION_NOT_HELPFUL, value),
        ]
    if share:
        elements.append(share_button(answer, kind))
    return {"type": "actions", "block_id": "feedback", "elements": elements} if elements else None


def _clarify_blocks(answer: Answer) -> list[Block]:
    buttons = [
        button(card.office.label, f"{ACTION_CHOOSE}_{n}", card.office.id)
        for n, card in enumerate(answer.offices[:MAX_ACTION_ELEMENTS])
    ]
    summaries = "\n".join(
        f"• *{escape(card.office.label)}*: {escape(card.office.role)}" for card in answer.offices
    )
    return [
        mrkdwn(escape(wording.CLARIFY_INTRO)),
        mrkdwn(summaries),
        {"type": "actions", "block_id": "clarify", "elements": buttons},
    ]


def directory_sections(cards: tuple[OfficeCard, ...]) -> list[Block]:
    """The directory as sections grouped by parent office, each within 3,000 characters."""
    blocks: list[Block] = []
    for heading, members in wording.directory_groups(cards):
        blocks.append(header(heading))
        chunk = ""
        for card in members:
            contacts = " · ".join(
                f"{label} {escape(value)}" for label, value in wording.card_text(card).contacts
            )
            line = f"*{escape(card.office.label)}*" + (f"\n{contacts}" if contacts else "") + "\n"
            if len(chunk) + len(line) > MAX_SECTION_TEXT:
                blocks.append(mrkdwn(chunk))
                chunk = ""
            chunk += line
        if chunk:
            blocks.append(mrkdwn(chunk))
    return blocks


def _meta_blocks(answer: Answer) -> list[Block]:
    if answer.meta is Meta.DIRECTORY:
        return [mrkdwn(escape(wording.DIRECTORY_INTRO)), *directory_sections(answer.directory)]
    if answer.meta is Meta.HELP:
        return [mrkdwn(escape(render_help(answer.about)))]
    assert answer.meta is not None
    return [mrkdwn(escape(wording.meta_text(answer.meta)))]


def answer_blocks(
    answer: Answer, *, share: bool = False, asked: str | None = None, kind: str = "ask"
) -> list[Block]:
    """The whole answer as Block Kit, at most 50 blocks.

    ``share`` adds a "Share in channel" button (private slash-command answers), which replays
    the answer as ``kind`` ("ask" or "contact"); ``asked`` echoes the question, escaped and
    clipped, where the user's text is not otherwise visible.
    """
    blocks: list[Block] = []
    if asked is not None and asked.strip():
        blocks.append(
            context(f"You asked: {escape(clip(' '.join(asked.split()), ASKED_ECHO_CHARS))}")
        )
    if answer.status is Outcome.ANSWER and answer.best is not None:
        if answer.no_parent:
            blocks.append(mrkdwn(escape(wording.no_parent_text(answer.best))))
        blocks += card_blocks(answer.best, answer)
    elif answer.status is Outcome.CLARIFY:
        blocks += _clarify_blocks(answer)
    elif answer.meta is not None:
        blocks += _meta_blocks(answer)
    else:
        blocks.append(mrkdwn(escape(wording.unknown_text(answer))))
    actions = _actions(answer, share=share and answer.meta is None, kind=kind)
    if actions is not None:
        blocks.append(actions)
    return fit_message(blocks, OVERFLOW)


def answer_message(
    answer: Answer, *, share: bool = False, asked: str | None = None, kind: str = "ask"
) -> dict[str, Any]:
    """``text`` and ``blocks`` of a message carrying ``answer`` (see ``answer_blocks``)."""
    return {
        "text": fallback_text(answer),
        "blocks": answer_blocks(answer, share=share, asked=asked, kind=kind),
    }


def how_to_ask(about: About) -> str:
    """The Home tab's "How to ask" section, with a few of the district's example questions."""
    return (
        "*How to ask*\n"
        "• Mention me in a channel, or send me a direct message, in your own words.\n"
        + escape(
            "• `/whohandles <question>` answers privately; `/contact <office>` gives a contact "
            "card.\n"
        )
        + "• On any message, use the shortcut *Who handles this?*\n"
        "Examples: " + ", ".join(f"_{escape(e)}_" for e in about.examples[:4])
    )


def home_view(cards: tuple[OfficeCard, ...], about: About) -> Block:
    """The App Home tab: how to ask, then the whole directory, within 100 blocks."""
    blocks = [
        header(f"Who handles it at {about.district}?"),
        mrkdwn(escape(wording.HELP_INTRO)),
        mrkdwn(how_to_ask(about)),
        {"type": "divider"},
        *directory_sections(cards),
        context(escape(about.scope)),
    ]
    if len(blocks) > MAX_HOME_BLOCKS:
        blocks = [
            *blocks[: MAX_HOME_BLOCKS - 1],
            context("The directory continues: ask me by name."),
        ]
    return {"type": "home", "blocks": blocks}
