"""The bot's words, shared by every renderer so Slack, Teams and the terminal say the same thing.

Renderers decide layout (Block Kit, Adaptive Card, plain text); the sentences live here:
``sentences`` for what the bot says about itself and when it will not guess, ``card`` for
one office's card, ``steps`` for the next steps an answer offers and the directory's lines.
Import them as ``from bot import wording``; ``wording.card_text`` and the like are re-exported.
"""

from __future__ import annotations

from bot.wording.card import (
    FIELD_LABELS,
    CardText,
    ContactLine,
    OfficeLine,
    card_text,
    contact_lines,
    join_values,
    short_name,
)
from bot.wording.sentences import (
    CLARIFY_INTRO,
    DIRECTORY_INTRO,
    GREETING,
    HELP_INTRO,
    THANKS,
    THANKS_HELPFUL,
    THANKS_NOT_HELPFUL,
    UNREADABLE_ACTION,
    contact_usage,
    meta_text,
    no_parent_text,
    search_no_match,
    unknown_text,
    which_office_text,
)
from bot.wording.steps import (
    DIRECTORY_HINT,
    FEEDBACK_PROMPT,
    OPEN_CARD,
    OR_ELSE,
    UNGROUPED_HEADING,
    NextStep,
    address_line,
    group_heading,
    group_summary,
    next_steps,
    open_card_tooltip,
    steps_intro,
)

__all__ = [
    "CLARIFY_INTRO",
    "DIRECTORY_HINT",
    "DIRECTORY_INTRO",
    "FEEDBACK_PROMPT",
    "FIELD_LABELS",
    "GREETING",
    "HELP_INTRO",
    "OPEN_CARD",
    "OR_ELSE",
    "THANKS",
    "THANKS_HELPFUL",
    "THANKS_NOT_HELPFUL",
    "UNGROUPED_HEADING",
    "UNREADABLE_ACTION",
    "CardText",
    "ContactLine",
    "NextStep",
    "OfficeLine",
    "address_line",
    "card_text",
    "contact_lines",
    "contact_usage",
    "group_heading",
    "group_summary",
    "join_values",
    "meta_text",
    "next_steps",
    "no_parent_text",
    "open_card_tooltip",
    "search_no_match",
    "short_name",
    "steps_intro",
    "unknown_text",
    "which_office_text",
]
