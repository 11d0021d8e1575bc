"""Block Kit rendering of an Answer.

It says what ``bot.render.text`` says (the sentences come from ``bot.wording``), laid out as
Block Kit: every phone number a ``tel:`` link, a question about one field answered first in
the message's largest text, choices and next steps as buttons, other offices as rows whose
button opens their card. Everything that goes into ``mrkdwn`` passes through ``escape``
(``&``, ``<``, ``>``), office data included ("Social & Emotional Learning"), so no text can
ever become ``<!channel>`` or a user mention; lengths are kept within Slack's limits by
``bot.render.blockkit``. Rows shared with the App Home tab (``bot.render.slack_home``) are in
``bot.render.slack_rows``.
"""

from __future__ import annotations

from typing import Any

from bot import wording
from bot.answer import Answer, OfficeCard
from bot.conversation import FeedbackRef, Replay
from bot.links import tel_uri
from bot.render.blockkit import (
    MAX_FIELD_TEXT,
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
from bot.render.slack_rows import (
    directory_sections,
    link,
    office_row,
    steps_blocks,
    values,
)
from bot.render.text import render_text
from bot.wording import CardText
from intents import Field, Meta, Outcome, Urgency

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
    return clip(escape(render_text(answer, numbered=False)), MAX_FALLBACK_TEXT)


def feedback_value(answer: Answer) -> str:
    """The feedback reference, its question shortened until it fits a button value."""
    ref = FeedbackRef.of(answer)
    return fit_value(
        lambda n: FeedbackRef(
            ref.outcome, ref.confidence, ref.office_ids, ref.question[:n]
        ).dumps(),
        len(ref.question),
    )


def _source(said: CardText) -> Block:
    title = escape(said.source_title)
    if said.source_url:
        title = link(said.source_title, said.source_url)
    return context(f":page_facing_up: Source: {title}")


def _lead(said: CardText) -> list[Block]:
    """The field asked for, first and in the message's largest text, or why it is missing."""
    if said.asked is None:
        return [mrkdwn(f"*{escape(said.lead)}*")] if said.lead else []
    blocks = [header(f"{said.asked.label}: {said.asked.text}")]
    if said.asked.field is Field.PHONE:
        calls = ", ".join(link(f"Call {v}", u) for v in said.asked.values if (u := tel_uri(v)))
        if calls:
            blocks.append(mrkdwn(f":telephone_receiver: {calls}"))
    return blocks


def card_blocks(card: OfficeCard, answer: Answer, steps: list[Block] | None = None) -> list[Block]:
    """One office: the field asked, name, role, parent, contacts, what is missing, borrowed or
    partners' contacts, ``steps``, source."""
    said = wording.card_text(card, answer.field)
    blocks = _lead(said)
    blocks.append(mrkdwn(f"*{escape(said.title)}*") if said.asked else header(said.title))
    about = escape(said.role)
    if said.parent:
        about += f"\n_{escape(said.parent)}_"
    blocks.append(mrkdwn(about))
    if said.contacts:
        fields = [
            {"type": "mrkdwn", "text": clip(f"*{c.label}*\n{values(c)}", MAX_FIELD_TEXT)}
            for c in said.contacts
        ]
        blocks.append({"type": "section", "fields": fields})
    blocks += [mrkdwn(f":information_source: {escape(note)}") for note in said.notes]
    if said.borrowed_heading:
        lines = "\n".join(f"*{c.label}:* {values(c)}" for c in said.borrowed)
        blocks.append(mrkdwn(f"{escape(said.borrowed_heading)}\n{lines}"))
    if said.partners_heading:
        blocks.append(mrkdwn(f"*{escape(said.partners_heading)}*"))
        blocks += [office_row(partner, n) for n, partner in enumerate(said.partners)]
    blocks += steps or []
    blocks.append(_source(said))
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
    """Feedback (not on a clarify: nothing is answered yet) and "Share in channel"."""
    elements = []
    if answer.meta is None and answer.status is not Outcome.CLARIFY:
        value = feedback_value(answer)
        elements += [
            button("Helpful", ACTION_HELPFUL, value),
            button("Not helpful", ACTION_NOT_HELPFUL, value),
        ]
    if share:
        elements.append(share_button(answer, kind))
    return {"type": "actions", "block_id": "feedback", "elements": elements} if elements else None


def _clarify_blocks(answer: Answer) -> list[Block]:
    """Each choice: its full name and role, with its short name on a primary button."""
    blocks = [mrkdwn(escape(wording.CLARIFY_INTRO))]
    for n, card in enumerate(answer.offices):
        office = card.office
        row = mrkdwn(f"*{escape(office.label)}*\n{escape(office.role)}")
        short = wording.short_name(office)
        row["accessory"] = button(short, f"{ACTION_CHOOSE}_{n}", office.id, "primary")
        blocks.append(row)
    return blocks


def _meta_blocks(answer: Answer) -> list[Block]:
    if answer.meta is Meta.DIRECTORY:
        return [mrkdwn(escape(wording.DIRECTORY_INTRO)), *directory_sections(answer.groups)]
    if answer.meta is Meta.HELP:
        intro = f"{wording.HELP_INTRO}\n{answer.about.scope}"
        return [mrkdwn(escape(intro)), *steps_blocks(answer)]
    assert answer.meta is not None
    return [mrkdwn(escape(wording.meta_text(answer.meta))), *steps_blocks(answer)]


def urgency_block(urgency: Urgency) -> Block:
    """An emergency's general guidance, first in the message and marked with a warning."""
    lines = "\n".join(f"*{escape(line)}*" for line in urgency.guidance)
    return mrkdwn(f":warning: {lines}")


def answer_blocks(
    answer: Answer, *, share: bool = False, asked: str | None = None, kind: str = "ask"
) -> list[Block]:
    """The whole answer as Block Kit, at most 50 blocks.

    ``share`` adds a "Share in channel" button (private slash-command answers), which replays
    the answer as ``kind`` ("ask" or "contact"); ``asked`` echoes the question, escaped and
    clipped, where the user's text is not otherwise visible.
    """
    blocks: list[Block] = []
    if answer.urgency is not None:
        blocks.append(urgency_block(answer.urgency))
    if asked is not None and asked.strip():
        blocks.append(
            context(f"You asked: {escape(clip(' '.join(asked.split()), ASKED_ECHO_CHARS))}")
        )
    if answer.status is Outcome.ANSWER and answer.best is not None:
        if answer.no_parent:
            blocks.append(mrkdwn(escape(wording.no_parent_text(answer.best))))
        blocks += card_blocks(answer.best, answer, steps_blocks(answer))
    elif answer.status is Outcome.CLARIFY:
        blocks += _clarify_blocks(answer)
    elif answer.meta is not None:
        blocks += _meta_blocks(answer)
    else:
        blocks += [mrkdwn(escape(wording.unknown_text(answer))), *steps_blocks(answer)]
    actions = _actions(answer, share=share and answer.meta is None, kind=kind)
    if actions is not None:
        if any(e["action_id"] == ACTION_HELPFUL for e in actions["elements"]):
            blocks.append(context(escape(wording.FEEDBACK_PROMPT)))
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
