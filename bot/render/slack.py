"""Block Kit rendering of an Answer, and the App Home directory.

Everything that goes into ``mrkdwn`` passes through ``escape`` (``&``, ``<``, ``>``), office
data included ("Social & Emotional Learning"), so no text can ever become ``<!channel>`` or a
user mention. Every length Slack limits is clipped here, in one place.
"""

from __future__ import annotations

from typing import Any

from bot import wording
from bot.answer import Answer, OfficeCard
from bot.conversation import FeedbackRef, Replay
from bot.render.text import render_help, render_text
from intents import Meta, Outcome

Block = dict[str, Any]

MAX_MESSAGE_BLOCKS = 50
MAX_HOME_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_HEADER_TEXT = 150
MAX_FALLBACK_TEXT = 3000
ASKED_ECHO_CHARS = 200

ACTION_CHOOSE = "choose_office"
ACTION_HELPFUL = "feedback_helpful"
ACTION_NOT_HELPFUL = "feedback_not_helpful"
ACTION_SHARE = "share_answer"


def escape(text: str) -> str:
    """Make user or document text inert in mrkdwn."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mrkdwn(text: str) -> Block:
    """A section of escaped-by-the-caller mrkdwn, clipped to Slack's limit."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, MAX_SECTION_TEXT)}}


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, 3000)}]}


def button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    element: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": clip(text, MAX_BUTTON_TEXT), "emoji": True},
        "action_id": action_id,
        "value": value[:MAX_BUTTON_VALUE],
    }
    if style:
        element["style"] = style
    return element


def fallback_text(answer: Answer) -> str:
    """The notification and screen-reader text: the plain answer, escaped and clipped."""
    return clip(escape(render_text(answer)), MAX_FALLBACK_TEXT)


def feedback_value(answer: Answer) -> str:
    """The feedback reference, shortened until it fits a button value."""
    ref = FeedbackRef.of(answer)
    value = ref.dumps()
    while len(value) > MAX_BUTTON_VALUE and ref.question:
        ref = FeedbackRef(ref.outcome, ref.confidence, ref.office_ids, ref.question[:-100])
        value = ref.dumps()
    return value


def card_blocks(card: OfficeCard, answer: Answer) -> list[Block]:
    """One office: lead, name, role, parent, contacts, honest gaps, source."""
    text = wording.card_text(card, answer.field)
    blocks: list[Block] = []
    if text.lead:
        blocks.append(mrkdwn(f"*{escape(text.lead)}*"))
    blocks.append(
        {
            "type": "header",
            "text": {"type": "plain_text", "text": clip(text.title, MAX_HEADER_TEXT)},
        }
    )
    about = escape(text.role)
    if text.parent:
        about += f"\n_{escape(text.parent)}_"
    blocks.append(mrkdwn(about))
    if text.contacts:
        blocks.append(
            {
                "type": "section",
                "fields": [
                    {"type": "mrkdwn", "text": clip(f"*{label}*\n{escape(value)}", 2000)}
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
    return button("Share in channel", ACTION_SHARE, Replay.of(answer, kind).dumps(), "primary")


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
        for n, card in enumerate(answer.offices)
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
        blocks.append(
            {
                "type": "header",
                "text": {"type": "plain_text", "text": clip(heading, MAX_HEADER_TEXT)},
            }
        )
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
        return [mrkdwn(escape(render_help()))]
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
    if len(blocks) > MAX_MESSAGE_BLOCKS:
        overflow = context("The list is longer than one message; the Home tab has all of it.")
        blocks = [*blocks[: MAX_MESSAGE_BLOCKS - 1], overflow]
    return blocks


HOW_TO_ASK = (
    "*How to ask*\n"
    "• Mention me in a channel, or send me a direct message, in your own words.\n"
    "• `/whohandles <question>` answers privately; `/contact <office>` gives a contact card.\n"
    "• On any message, use the shortcut *Who handles this?*\n"
    "Examples: " + ", ".join(f"_{escape(e)}_" for e in wording.EXAMPLES[:4])
)


def home_view(cards: tuple[OfficeCard, ...]) -> Block:
    """The App Home tab: how to ask, then the whole directory, within 100 blocks."""
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "Who handles it at CPS?"}},
        mrkdwn(escape(wording.HELP_INTRO)),
        mrkdwn(HOW_TO_ASK),
        {"type": "divider"},
        *directory_sections(cards),
        context(escape(wording.SCOPE)),
    ]
    if len(blocks) > MAX_HOME_BLOCKS:
        blocks = [
            *blocks[: MAX_HOME_BLOCKS - 1],
            context("The directory continues: ask me by name."),
        ]
    return {"type": "home", "blocks": blocks}
