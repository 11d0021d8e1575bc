"""The Slack App Home tab: how to ask, example questions as buttons, and the directory as
sections whose buttons open an office's card, within Slack's 100 blocks.

A button clicked here has no message to answer under, so its answer goes to the person's
direct messages with the bot (``bot.slack.listeners.actions``).
"""

from __future__ import annotations

from bot import wording
from bot.answer import Answer
from bot.render.blockkit import MAX_HOME_BLOCKS, Block, context, escape, header, mrkdwn
from bot.render.slack_rows import directory_sections, step_elements
from bot.steps import StepKind

#: What the Home tab says under its examples, since answers from it arrive in the DM.
ANSWERS_IN_DMS = "Answers to the buttons here arrive in your messages with me."


def how_to_ask() -> str:
    """The Home tab's "How to ask" section."""
    return (
        "*How to ask*\n"
        "• Mention me in a channel, or send me a direct message, in your own words.\n"
        + escape(
            "• `/whohandles <question>` answers privately; `/contact <office>` gives a contact "
            "card.\n"
        )
        + "• On any message, use the shortcut *Who handles this?*"
    )


def examples(help_answer: Answer) -> list[Block]:
    """Help's example questions as buttons (the directory is right below them)."""
    asks = tuple(s for s in wording.next_steps(help_answer) if s.step.kind is StepKind.ASK)
    if not asks:
        return []
    intro = wording.steps_intro(help_answer, typed=False) or ""
    return [
        mrkdwn(f"*{escape(intro)}*"),
        {"type": "actions", "block_id": "examples", "elements": step_elements(asks)},
        context(escape(ANSWERS_IN_DMS)),
    ]


def home_view(directory: Answer, help_answer: Answer) -> Block:
    """The App Home tab: how to ask, the examples (``help_answer``'s steps), then the whole
    directory (``directory``'s groups), within 100 blocks."""
    about = directory.about
    blocks = [
        header(f"Who handles it at {about.district}?"),
        mrkdwn(escape(wording.HELP_INTRO)),
        mrkdwn(how_to_ask()),
        *examples(help_answer),
        {"type": "divider"},
        *directory_sections(directory.groups),
        context(escape(about.scope)),
    ]
    if len(blocks) > MAX_HOME_BLOCKS:
        blocks = [
            *blocks[: MAX_HOME_BLOCKS - 1],
            context("The directory continues: ask me by name."),
        ]
    return {"type": "home", "blocks": blocks}
