"""The ``whohandles`` command line's grammar: every subcommand and option, with its help.

Kept apart from ``bot.cli`` (what each command does) so the help a user reads is in one
place. Options that a variable can also set say which one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

DESCRIPTION = (
    "Who handles it at CPS? Answers staff questions with the responsible office, what it does, "
    "how to reach it, and the page that says so."
)
EPILOG = (
    "Settings come from options, then the environment, then .env, then defaults "
    "(see .env.example). Run 'whohandles COMMAND --help' for a command's options."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="whohandles", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument(
        "--knowledge",
        type=Path,
        metavar="DIR",
        help="knowledge folder (default: $WHOHANDLES_KNOWLEDGE_DIR, else the bundled one)",
    )
    parser.add_argument(
        "--intents",
        type=Path,
        metavar="DIR",
        help="intents folder (default: $WHOHANDLES_INTENTS_DIR, else the bundled one)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _ask(sub)
    sub.add_parser(
        "chat",
        help="chat in the terminal (line editing and history; 'quit' or Ctrl-D leaves)",
        description="Ask questions one after another, as in a Slack thread: follow-ups such "
        "as 'what's their fax?' read the conversation so far.",
    )
    offices = sub.add_parser(
        "offices",
        help="print the directory of every office",
        description="Print every office, grouped by parent office, with its contacts.",
    )
    offices.add_argument("--json", action="store_true", help="print JSON instead of text")
    _kb(sub)
    explain = sub.add_parser(
        "explain",
        help="why the bot answers a question as it does: evidence, weights, decision",
        description="Print how the question was read (words, typo corrections, what the "
        "thesaurus implied, the contact field), each leading office's evidence word by word "
        "with its weight, what a parent office contributed, every out-of-scope entry "
        "considered, and why the outcome is answer, clarify or unknown.",
    )
    explain.add_argument("question", nargs="+", help="the question, as staff would type it")
    ev = sub.add_parser(
        "eval",
        help="measure answer quality on labelled question files",
        description="Score labelled files and print the figures: question sets "
        "(tests/eval/*.yaml), conversations (tests/eval/threads/) and emergencies "
        "(tests/eval/urgent/). A held-out set's misses are never printed.",
    )
    ev.add_argument(
        "file",
        type=Path,
        nargs="+",
        help="a question set ({q, expect, field}), conversations ({thread, turns}, "
        "tests/eval/threads/) or emergencies ({q, urgent, expect}, tests/eval/urgent/)",
    )
    ev.add_argument("--quiet", action="store_true", help="print only the figures, never the misses")
    _report(sub)
    _platforms(sub)
    sub.add_parser(
        "run",
        help="start Slack and/or Teams when their credentials are set, else the terminal chat",
        description="What scripts/run starts: Slack when SLACK_BOT_TOKEN is set, Teams when "
        "CLIENT_ID and CLIENT_SECRET are, both when both are, otherwise the terminal chat. "
        "Takes no options; use 'whohandles slack' or 'whohandles teams' for theirs.",
    )
    return parser


def _ask(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ask = sub.add_parser(
        "ask",
        help="answer one question (with --json and no question: one per line of stdin)",
        description="Answer a question. With --json and no question, answer each line of "
        'standard input; a line may be a JSON object {"question": ..., "thread": ...}, and '
        "lines with the same thread are one conversation.",
    )
    ask.add_argument("question", nargs="*", help="the question, in your own words")
    ask.add_argument(
        "--json", action="store_true", help="print JSON (one object per line in batch mode)"
    )


def _kb(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kb = sub.add_parser(
        "kb",
        help="knowledge base tools for curators (check, import)",
        description="Tools for the people who keep the knowledge base: 'kb check' before "
        "every change, 'kb import' to start from a department's page.",
    )
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="KB_COMMAND", required=True)
    page = kb_sub.add_parser(
        "import",
        help="turn a department page into a source document and a draft of its offices",
        description="Read a page saved from a browser (HTML) or as text, write its clean text "
        "to knowledge/sources/ and register it in sources.yaml, and write a draft "
        "knowledge/offices/<id>.yaml with names, roles, handles and contacts copied exactly, "
        "and # TODO where the page does not say. Importing a newer copy of a page that is "
        "already a source shows which contact lines changed and which entries no longer "
        "match it.",
    )
    page.add_argument("page", type=Path, help="the saved page (.html or .txt)")
    page.add_argument("--id", dest="source_id", help="the source id (default: from the title)")
    page.add_argument("--title", help="the source's title (default: the page's title)")
    page.add_argument("--url", help="the page's public address, https://...")
    page.add_argument(
        "--dry-run", action="store_true", help="show what would be written; write nothing"
    )
    kb_sub.add_parser(
        "check",
        help="validate the YAML and prove every contact against its source page",
        description="Validate every office, intent and out-of-scope file, naming file, line, "
        "entry and field for each problem; prove every phone, fax and address line against "
        "the source document the entry cites; and name every overlap (an out-of-scope phrase "
        "an office's entry now covers, a phrase listed twice or under both an office and an "
        "out-of-scope entry). Exit status 1 when anything is wrong.",
    )


def _report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser(
        "report",
        help="the curator's report: what staff asked that the bot could not answer",
        description="Read the bot's store (WHOHANDLES_DB_PATH, or DATABASE_URL) and report "
        "the questions it could not answer outright, grouped, and the feedback clicks.",
    )
    report.add_argument("--days", type=int, default=30, help="how far back to look (default 30)")
    report.add_argument(
        "--format",
        choices=("text", "csv", "html"),
        default="text",
        help="text (default), csv for a spreadsheet, or html: one self-contained page",
    )
    report.add_argument("--output", type=Path, help="write to this file instead of stdout")


def _platforms(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    slack = sub.add_parser(
        "slack",
        help="run the Slack app (Socket Mode, or --http)",
        description="Run the Slack app: Socket Mode (SLACK_BOT_TOKEN and SLACK_APP_TOKEN), or "
        "HTTP mode with --http (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET).",
    )
    slack.add_argument(
        "--http", action="store_true", help="HTTP mode: serve POST /slack/events for Slack"
    )
    slack.add_argument("--port", type=int, help="HTTP mode's port (default: $PORT, else 3000)")
    teams = sub.add_parser(
        "teams",
        help="run the Microsoft Teams app (needs the [teams] extra)",
        description="Run the Teams app: POST /api/messages, with CLIENT_ID and CLIENT_SECRET.",
    )
    teams.add_argument(
        "--port", type=int, help="port for POST /api/messages (default: $TEAMS_PORT, else 3978)"
    )
    teams.add_argument(
        "--dangerously-allow-unauthenticated",
        action="store_true",
        help="accept requests without a Bot Framework token, on 127.0.0.1 only: local testing "
        "only, never production, refused while credentials are set",
    )
