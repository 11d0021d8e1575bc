"""The ``whohandles`` command line. The only place that reads the environment and ``.env``
(through ``bot.settings.Environment``) and sets up logging.

Platform code (Slack, Teams) is imported lazily by its own subcommand, so ``whohandles ask``
starts fast and works without any platform package installed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.service import Assistant, Brain, load_brain
from bot.settings import ConfigError, CoreSettings, Environment
from knowledge import KnowledgeError

if TYPE_CHECKING:
    from bot.conversation import Conversation

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class Invocation:
    """One run of the command: its arguments, settings and loaded knowledge."""

    args: argparse.Namespace
    env: Environment
    core: CoreSettings
    brain: Brain

    @property
    def assistant(self) -> Assistant:
        return Assistant(self.brain)


Command = Callable[[Invocation], int]


def _print(text: str) -> None:
    print(text, flush=True)


def _fail(message: str) -> int:
    print(f"whohandles: {message}", file=sys.stderr)
    return EXIT_FAILED


def cmd_ask(run: Invocation) -> int:
    from bot.batch import answer_lines, answer_one

    question = " ".join(run.args.question)
    if question or not run.args.json:
        _print(answer_one(run.assistant, question, as_json_line=run.args.json))
        return EXIT_OK
    for line in answer_lines(run.assistant, sys.stdin):
        _print(line)
    return EXIT_OK


def cmd_chat(run: Invocation) -> int:
    from bot.console import chat_in_terminal

    chat_in_terminal(run.assistant)
    return EXIT_OK


def cmd_offices(run: Invocation) -> int:
    import json

    from bot.answer import card_to_dict
    from bot.render.text import render_directory

    directory = run.assistant.directory_answer()
    if run.args.json:
        cards = directory.directory
        _print(json.dumps([card_to_dict(c) for c in cards], ensure_ascii=False, indent=2))
    else:
        _print(render_directory(directory.groups))
    return EXIT_OK


def cmd_explain(run: Invocation) -> int:
    from bot.explain import print_explanation

    question = " ".join(run.args.question)
    return print_explanation(question, run.brain.index, run.brain.kb, _print)


def cmd_kb(run: Invocation) -> int:
    from bot.curator import kb_check

    return kb_check(run.brain, _print)


def cmd_eval(run: Invocation) -> int:
    from bot.evaluate import run_eval

    return run_eval(run.args.file, run.assistant, quiet=run.args.quiet, write=_print)


def cmd_report(run: Invocation) -> int:
    from bot.report import report_command
    from bot.runtime import StoreSettings

    if run.args.days < 1:
        print("whohandles report: --days must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    settings = StoreSettings.from_env(run.env)
    return report_command(settings, run.assistant, run.args.days, run.args.format, run.args.output)


def _serve(run: Invocation, serve: Callable[[Conversation], None]) -> int:
    """Open the stores, start watching the knowledge, serve until interrupted, close."""
    from bot.runtime import StoreSettings, build_runtime

    _always_to_stderr("whohandles.requests")
    runtime = build_runtime(run.core, StoreSettings.from_env(run.env), brain=run.brain)
    try:
        serve(runtime.conversation)
    finally:
        runtime.close()
    return EXIT_OK


def cmd_slack(run: Invocation) -> int:
    from bot.slack import SlackSettings, serve

    settings = SlackSettings.from_env(run.env, http=run.args.http or None, port=run.args.port)
    return _serve(run, lambda conversation: serve(conversation, settings))


def cmd_teams(run: Invocation) -> int:
    from bot.teams import TeamsSettings, serve

    settings = TeamsSettings.from_env(
        run.env,
        port=run.args.port,
        dangerously_allow_unauthenticated=run.args.dangerously_allow_unauthenticated,
    )
    return _serve(run, lambda conversation: serve(conversation, settings))


def _serve_both(run: Invocation) -> int:
    """Slack and Teams from one process, sharing one Conversation (dedupe, feedback, metrics).

    Teams starts first on a background thread, so a Teams start-up error (port in use,
    extra missing) stops the command before Slack connects; Slack then runs in the foreground.
    """
    from bot.slack import SlackSettings
    from bot.slack import serve as serve_slack
    from bot.teams import TeamsSettings
    from bot.teams import start as start_teams

    slack_settings = SlackSettings.from_env(run.env)
    teams_settings = TeamsSettings.from_env(run.env)

    def serve_both(conversation: Conversation) -> None:
        teams_server = start_teams(conversation, teams_settings)
        try:
            serve_slack(conversation, slack_settings)
        finally:
            teams_server.stop()

    return _serve(run, serve_both)


def cmd_run(run: Invocation) -> int:
    """The README's run command: platforms when configured, otherwise the terminal chat."""
    from bot.slack import SlackSettings, serve, slack_configured
    from bot.teams import TeamsSettings, teams_configured
    from bot.teams import serve as serve_teams

    slack, teams = slack_configured(run.env), teams_configured(run.env)
    if slack and teams:
        return _serve_both(run)
    if slack:
        slack_settings = SlackSettings.from_env(run.env)
        return _serve(run, lambda conversation: serve(conversation, slack_settings))
    if teams:
        teams_settings = TeamsSettings.from_env(run.env)
        return _serve(run, lambda conversation: serve_teams(conversation, teams_settings))
    print(
        "whohandles: no Slack or Teams credentials found (see .env.example); "
        "starting the terminal chat.",
        file=sys.stderr,
    )
    return cmd_chat(run)


COMMANDS: dict[str, Command] = {
    "ask": cmd_ask,
    "chat": cmd_chat,
    "offices": cmd_offices,
    "kb": cmd_kb,
    "explain": cmd_explain,
    "eval": cmd_eval,
    "report": cmd_report,
    "slack": cmd_slack,
    "teams": cmd_teams,
    "run": cmd_run,
}


def _always_to_stderr(name: str, prefix: str = "") -> None:
    """Lines of logger ``name`` reach stderr whatever the general log level: a server's
    request log, and the status lines saying where it listens and how to stop it."""
    found = logging.getLogger(name)
    if not found.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(prefix + "%(message)s"))
        found.addHandler(handler)
    found.setLevel(logging.INFO)
    found.propagate = False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``whohandles`` console script and ``python -m bot``."""
    from bot.cli_parser import build_parser

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        env = Environment.load()
        core = CoreSettings.from_env(env, knowledge_dir=args.knowledge, intents_dir=args.intents)
    except ConfigError as exc:
        return _fail(str(exc))
    if args.command == "kb" and args.kb_command == "import":
        # Before loading: a draft just imported is expected not to load until its TODOs are
        # done, and must not block the next import.
        from bot.kb_import import run_import
        from knowledge import DEFAULT_ROOT

        return run_import(
            args.page,
            core.knowledge_dir or DEFAULT_ROOT,
            source_id=args.source_id,
            title=args.title,
            url=args.url,
            dry_run=args.dry_run,
        )
    logging.basicConfig(
        level=core.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    _always_to_stderr("whohandles.status", prefix="whohandles: ")
    try:
        # One-shot commands reuse the knowledge loaded by the previous run when no file
        # changed; servers (which watch the files and reload) and curator checks load afresh.
        one_shot = args.command in ("ask", "offices", "chat", "eval")
        brain = load_brain(core.knowledge_dir, core.intents_dir, cache=one_shot)
    except KnowledgeError as exc:
        return _fail(f"the knowledge base has problems:\n{exc}")
    try:
        return COMMANDS[args.command](Invocation(args, env, core, brain))
    except (KnowledgeError, ConfigError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return EXIT_OK
    except BrokenPipeError:
        # The reader went away (``whohandles eval ... | head``): stop quietly, as cat does.
        # Pointing stdout at /dev/null stops Python's own flush at exit from raising again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
