"""The ``whohandles`` command line. The only place that reads ``.env`` and sets up logging.

Platform code (Slack, Teams) is imported lazily by its own subcommand, so ``whohandles ask``
starts fast and works without any platform package installed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.answer import answer_to_dict
from bot.conversation import Conversation
from bot.render.text import render_text
from bot.runtime import ConfigError, RuntimeSettings
from bot.service import Assistant, Brain, load_brain
from knowledge import KnowledgeError, check_provenance

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="whohandles",
        description="Who handles it at CPS? Answers staff questions with the responsible office.",
    )
    parser.add_argument(
        "--knowledge",
        type=Path,
        metavar="DIR",
        help="knowledge folder (default: $WHOHANDLES_KNOWLEDGE_DIR or the bundled one)",
    )
    parser.add_argument(
        "--intents",
        type=Path,
        metavar="DIR",
        help="intents folder (default: $WHOHANDLES_INTENTS_DIR or the bundled one)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer one question (or, with --json and no question, stdin)")
    ask.add_argument("question", nargs="*", help="the question, in your own words")
    ask.add_argument(
        "--json", action="store_true", help="print JSON (one object per line in batch mode)"
    )

    sub.add_parser("chat", help="interactive terminal chat")
    offices = sub.add_parser("offices", help="print the directory of offices")
    offices.add_argument("--json", action="store_true", help="print JSON")

    kb = sub.add_parser("kb", help="knowledge base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="KB_COMMAND", required=True)
    kb_sub.add_parser("check", help="validate the YAML and prove every contact against its source")

    ev = sub.add_parser("eval", help="measure answer quality on a labelled question file")
    ev.add_argument("file", type=Path, nargs="+", help="YAML list of {q, expect, field}")
    ev.add_argument("--quiet", action="store_true", help="do not list the misses")

    report = sub.add_parser("report", help="the curator's report of gaps and feedback")
    report.add_argument("--days", type=int, default=30, help="how far back to look (default 30)")
    report.add_argument("--format", choices=("text", "csv", "html"), default="text")
    report.add_argument("--output", type=Path, help="write to this file instead of stdout")

    slack = sub.add_parser("slack", help="run the Slack app (Socket Mode, or --http)")
    slack.add_argument("--http", action="store_true", help="HTTP mode: POST /slack/events")
    slack.add_argument("--port", type=int, help="HTTP port (default: $PORT or 3000)")

    teams = sub.add_parser("teams", help="run the Microsoft Teams app (needs the [teams] extra)")
    teams.add_argument("--port", type=int, help="port for POST /api/messages (default 3978)")
    teams.add_argument(
        "--dangerously-allow-unauthenticated",
        action="store_true",
        help="accept requests without a Bot Framework token: local testing only, never production",
    )

    sub.add_parser("run", help="start Slack and/or Teams when configured, else the terminal chat")
    return parser


def _folder(explicit: Path | None, variable: str) -> Path | None:
    """Explicit argument, then environment, then None (the bundled default)."""
    if explicit is not None:
        return explicit
    value = os.environ.get(variable, "").strip()
    return Path(value) if value else None


def _load(args: argparse.Namespace) -> Brain:
    return load_brain(
        _folder(args.knowledge, "WHOHANDLES_KNOWLEDGE_DIR"),
        _folder(args.intents, "WHOHANDLES_INTENTS_DIR"),
    )


def _print(text: str) -> None:
    print(text, flush=True)


def cmd_ask(args: argparse.Namespace, assistant: Assistant) -> int:
    question = " ".join(args.question)
    if question or not args.json:
        answer = assistant.ask(question)
        text = render_text(answer)
        _print(json.dumps(answer_to_dict(answer, text), ensure_ascii=False) if args.json else text)
        return EXIT_OK
    for line in sys.stdin:
        question = line.rstrip("\r\n")
        answer = assistant.ask(question)
        _print(json.dumps(answer_to_dict(answer, render_text(answer)), ensure_ascii=False))
    return EXIT_OK


def cmd_chat(assistant: Assistant) -> int:
    from bot.console import chat

    interactive = sys.stdin.isatty()

    def prompt() -> None:
        if interactive:
            print("you> ", end="", flush=True)

    chat(assistant, sys.stdin, _print, prompt=prompt)
    return EXIT_OK


def cmd_offices(args: argparse.Namespace, assistant: Assistant) -> int:
    answer = assistant.ask("directory")
    if args.json:
        from bot.answer import card_to_dict

        _print(
            json.dumps([card_to_dict(c) for c in answer.directory], ensure_ascii=False, indent=2)
        )
    else:
        _print(render_text(answer))
    return EXIT_OK


#: Phrases matched word for word that ``kb check`` names (the rest are counted).
EXACT_SHOWN = 12


def cmd_kb_check(brain: Brain) -> int:
    problems = check_provenance(brain.kb)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"kb check: {len(problems)} problem(s)", file=sys.stderr)
        return EXIT_FAILED
    contacts = sum(
        len(o.contacts.phone) + len(o.contacts.fax) + len(o.contacts.address)
        for o in brain.kb
        if o.contacts
    )
    intents = brain.index.intents
    _print(
        f"kb check: ok: {len(brain.kb)} offices, {len(intents.intents)} intents, "
        f"{len(intents.synonyms)} synonym groups, "
        f"{contacts} contact lines proven against {len(brain.kb.sources)} source documents"
    )
    # Not a problem, but a curator should know: "drop out" never matches "drop" alone.
    exact = sorted({cue.text for cue in brain.index.cues if cue.exact})
    if exact:
        shown = ", ".join(f'"{text}"' for text in exact[:EXACT_SHOWN])
        more = f" and {len(exact) - EXACT_SHOWN} more" if len(exact) > EXACT_SHOWN else ""
        _print(
            f"kb check: {len(exact)} phrases are left one word by their stop words, so they "
            f"match only word for word: {shown}{more}"
        )
    return EXIT_OK


def cmd_eval(args: argparse.Namespace, assistant: Assistant) -> int:
    from bot.evaluate import evaluate, load_cases

    for path in args.file:
        report = evaluate(load_cases(path), assistant)
        _print(f"== {path}")
        _print(report.summary())
        if not args.quiet and report.misses:
            _print("misses:")
            for miss in report.misses:
                _print(f"  - {miss}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace, assistant: Assistant) -> int:
    from bot.report import RENDERERS, build_report
    from bot.runtime import RuntimeSettings, feedback_sink
    from bot.stores.sql_feedback import SQLFeedbackStore

    if args.days < 1:
        print("whohandles report: --days must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    settings = RuntimeSettings.from_env(os.environ)
    if not settings.database_url and not Path(settings.db_path).exists():
        print(
            f"whohandles report: no feedback database at {settings.db_path} yet "
            "(set WHOHANDLES_DB_PATH or DATABASE_URL to the bot's store)",
            file=sys.stderr,
        )
        return EXIT_FAILED
    sink = feedback_sink(settings, assistant)
    if not isinstance(sink, SQLFeedbackStore):
        print(
            "whohandles report: the feedback store is off (WHOHANDLES_DB_PATH=off)", file=sys.stderr
        )
        return EXIT_FAILED
    try:
        output = RENDERERS[args.format](build_report(sink, args.days))
    finally:
        sink.close()
    if args.output:
        args.output.write_text(output, encoding="utf-8")
        print(f"whohandles report: wrote {args.output}", file=sys.stderr)
    else:
        _print(output)
    return EXIT_OK


def _request_log_to_stderr() -> None:
    """Servers write one JSON line per request to stderr, whatever the general log level."""
    request_log = logging.getLogger("whohandles.requests")
    if not request_log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        request_log.addHandler(handler)
    request_log.setLevel(logging.INFO)
    request_log.propagate = False


def _serve(args: argparse.Namespace, brain: Brain, serve: Callable[[Conversation], None]) -> int:
    """Open the stores, start watching the knowledge, serve until interrupted, close."""
    from bot.runtime import build_runtime

    _request_log_to_stderr()
    runtime = build_runtime(_runtime_settings(args), brain=brain)
    try:
        serve(runtime.conversation)
    finally:
        runtime.close()
    return EXIT_OK


def cmd_slack(args: argparse.Namespace, brain: Brain) -> int:
    from bot.slack import SlackSettings, serve

    settings = SlackSettings.from_env(os.environ, http=args.http or None, port=args.port)
    return _serve(args, brain, lambda conversation: serve(conversation, settings))


def _runtime_settings(args: argparse.Namespace) -> RuntimeSettings:
    return RuntimeSettings.from_env(
        os.environ, knowledge_dir=args.knowledge, intents_dir=args.intents
    )


def cmd_teams(args: argparse.Namespace, brain: Brain) -> int:
    from bot.teams import TeamsSettings, serve

    settings = TeamsSettings.from_env(
        os.environ,
        port=args.port,
        dangerously_allow_unauthenticated=args.dangerously_allow_unauthenticated,
    )
    return _serve(args, brain, lambda conversation: serve(conversation, settings))


def cmd_both(args: argparse.Namespace, brain: Brain) -> int:
    """Slack and Teams from one process, sharing one Conversation (dedupe, feedback, metrics).

    Teams starts first on a background thread, so a Teams start-up error (port in use,
    extra missing) stops the command before Slack connects; Slack then runs in the foreground.
    """
    from bot.slack import SlackSettings
    from bot.slack import serve as serve_slack
    from bot.teams import TeamsSettings
    from bot.teams import start as start_teams

    slack_settings = SlackSettings.from_env(os.environ)
    teams_settings = TeamsSettings.from_env(os.environ)

    def serve_both(conversation: Conversation) -> None:
        teams_server = start_teams(conversation, teams_settings)
        try:
            serve_slack(conversation, slack_settings)
        finally:
            teams_server.stop()

    return _serve(args, brain, serve_both)


def cmd_run(args: argparse.Namespace, assistant: Assistant) -> int:
    """The README's run command: platforms when configured, otherwise the terminal chat."""
    from bot.slack import slack_configured
    from bot.teams import teams_configured

    slack, teams = slack_configured(os.environ), teams_configured(os.environ)
    if slack and teams:
        return cmd_both(args, assistant.brain)
    if slack:
        return cmd_slack(argparse.Namespace(**vars(args), http=False, port=None), assistant.brain)
    if teams:
        options = {"port": None, "dangerously_allow_unauthenticated": False}
        return cmd_teams(argparse.Namespace(**vars(args), **options), assistant.brain)
    print(
        "whohandles: no Slack or Teams credentials found (see .env.example); "
        "starting the terminal chat.",
        file=sys.stderr,
    )
    return cmd_chat(assistant)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``whohandles`` console script and ``python -m bot``."""
    from dotenv import load_dotenv

    load_dotenv()
    logging.basicConfig(
        level=os.environ.get("WHOHANDLES_LOG_LEVEL", "WARNING").upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        brain = _load(args)
    except KnowledgeError as exc:
        print(f"whohandles: the knowledge base has problems:\n{exc}", file=sys.stderr)
        return EXIT_FAILED
    assistant = Assistant(brain)
    try:
        if args.command == "ask":
            return cmd_ask(args, assistant)
        if args.command == "chat":
            return cmd_chat(assistant)
        if args.command == "offices":
            return cmd_offices(args, assistant)
        if args.command == "kb":
            return cmd_kb_check(brain)
        if args.command == "eval":
            return cmd_eval(args, assistant)
        if args.command == "report":
            return cmd_report(args, assistant)
        if args.command == "slack":
            return cmd_slack(args, brain)
        if args.command == "teams":
            return cmd_teams(args, brain)
        if args.command == "run":
            return cmd_run(args, assistant)
    except (KnowledgeError, ConfigError) as exc:
        print(f"whohandles: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_OK
    except BrokenPipeError:
        # The reader went away (``whohandles eval ... | head``): stop quietly, as cat does.
        # Pointing stdout at /dev/null stops Python's own flush at exit from raising again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    parser.error(f"unknown command {args.command!r}")
    return EXIT_USAGE  # pragma: no cover - parser.error exits
