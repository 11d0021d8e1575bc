"""What the bot says about itself, and what it says when it will not guess."""

from __future__ import annotations

from bot.answer import Answer, OfficeCard
from intents import Meta
from knowledge import About

HELP_INTRO = (
    "Ask me who handles something, in your own words, and I'll name the office, say what it "
    "does and how to reach it, and cite the page it comes from."
)

GREETING = "Hi! " + HELP_INTRO
THANKS = "You're welcome. Ask again any time."
DIRECTORY_INTRO = "Here is every office I know, grouped by parent office."
CLARIFY_INTRO = "A few offices could fit. Which one did you mean?"
THANKS_HELPFUL = "Thanks! Glad that helped."
THANKS_NOT_HELPFUL = "Thanks for telling me. A curator reviews answers that missed."
UNREADABLE_ACTION = "Sorry, I couldn't read that button. Please ask again."


def _listed(items: tuple[str, ...], fallback: str) -> str:
    return ", ".join(items) if items else fallback


def contact_usage(about: About) -> str:
    """What ``/contact`` with nothing after it says."""
    names = " or ".join(f"`/contact {name}`" for name in about.lookup_examples[:2])
    example = f", for example {names}" if names else ""
    return f"Give me an office name or acronym{example}. Typos are fine."


def search_no_match(about: About) -> str:
    """What the Teams office search says when nothing matches."""
    names = _listed(about.lookup_examples[:2], "an office's name")
    topics = _listed(about.topic_examples[:2], "what it handles")
    return f"No office matches that. Try a name or an acronym ({names}) or a topic ({topics})."


def which_office_text(answer: Answer) -> str:
    """A follow-up with nothing to refer to: ask which office, with an example."""
    names = answer.about.lookup_examples
    example = f", for example \u201cfax for {names[0]}\u201d" if names else ""
    return f"Which office do you mean? Ask again with its name{example}."


def no_parent_text(card: OfficeCard) -> str:
    """Asked which office this one is part of: the documents name none."""
    return f"The pages I use do not say {card.office.label} is part of a larger office."


def unknown_text(answer: Answer) -> str:
    """Why the bot is not answering, in a sentence or two. Never a guess: what to try instead
    is offered as next steps (``bot.wording.steps``), which every platform lays out."""
    if answer.needs_office:
        return which_office_text(answer)
    if answer.out_of_scope:
        return (
            f"I don't know who handles that. It sounds like {answer.out_of_scope}, "
            "which isn't in my directory."
        )
    return "I'm not sure which office handles that, so I won't guess."


def meta_text(meta: Meta) -> str:
    """The opening sentence for conversation about the bot itself."""
    return {
        Meta.HELP: HELP_INTRO,
        Meta.GREETING: GREETING,
        Meta.THANKS: THANKS,
        Meta.DIRECTORY: DIRECTORY_INTRO,
    }[meta]
