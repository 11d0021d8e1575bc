"""The `whohandles` command line, run as a real process."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from bot.cli_parser import build_parser
from tests.conftest import subprocess_env


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=env or subprocess_env(),
        check=False,
    )


def test_ask_prints_the_answer() -> None:
    done = run("ask", "who", "handles", "volunteer", "background", "checks?")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Safety Initiatives and Background Check")


def test_ask_json_is_one_object() -> None:
    done = run("ask", "--json", "fax for osel")
    data = json.loads(done.stdout)
    assert data["status"] == "answer"
    assert data["offices"][0]["fax"] == ["773-553-1895", "773-553-3654"]


def test_batch_mode_answers_each_line_in_order() -> None:
    done = run("ask", "--json", stdin="jrotc\n\npayroll\nOSSS\n")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["jrotc", "", "payroll", "OSSS"]
    assert [r["status"] for r in rows] == ["answer", "unknown", "unknown", "answer"]
    assert rows[1]["meta"] == "help" and rows[1]["offices"] == []


def test_batch_threads_are_conversations_and_may_interleave() -> None:
    lines = [
        {"question": "who handles JROTC scholarships?", "thread": "a"},
        {"question": "what's their fax?", "thread": "new"},
        {"question": "OSEL", "thread": "b"},
        {"question": "fax?", "thread": "a"},
        {"question": "and for OSCPA?", "thread": "a"},
        {"question": "address?", "thread": "b"},
        {"question": "fax?"},
        {"question": "smoke pouring out of the boiler room right now", "thread": "a"},
    ]
    done = run("ask", "--json", stdin="".join(json.dumps(line) + "\n" for line in lines))
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    resolved = [(r["offices"][0]["id"] if r["offices"] else None, r["field"]) for r in rows]
    assert resolved == [
        ("jrotc", None),
        (None, "fax"),  # a new thread's follow-up: never a guessed office
        ("osel", None),
        ("jrotc", "fax"),
        ("oscpa", "fax"),
        ("osel", "address"),
        (None, "fax"),  # no thread, no conversation
        ("student-safety-services", None),  # an emergency is a new question, wherever it is asked
    ]
    assert [r["urgent"] for r in rows] == [False] * 7 + [True]
    assert rows[-1]["text"].startswith("General emergency guidance: if anyone is in danger now")
    assert [r["question"] for r in rows][:2] == [lines[0]["question"], lines[1]["question"]]
    assert rows[1]["text"].startswith("Which office do you mean?")


def test_chat_reads_until_end_of_input_and_resolves_numbers() -> None:
    done = run("chat", stdin="psychologist for a student with asthma\n2\nquit\n")
    assert done.returncode == 0
    assert "A few offices could fit." in done.stdout
    assert "Source:" in done.stdout.split("A few offices could fit.")[1]


def test_chat_help_numbers_examples_a_user_can_type_back() -> None:
    done = run("chat", stdin="help\n5\nquit\n")
    assert done.returncode == 0
    assert "  5. fax for OSEL" in done.stdout
    assert "Fax for Office of Social & Emotional Learning (OSEL): 773-553-1895" in done.stdout


def test_chat_follows_an_unknown_answers_numbered_next_steps() -> None:
    done = run("chat", stdin="my paycheck from OSEL was short\n1\nSTLS\n")
    assert done.returncode == 0
    assert "  1. Contact card for Office of Social & Emotional Learning (OSEL)" in done.stdout
    assert "Phone: 773-553-1830" in done.stdout
    tail = done.stdout.split("Students in Temporary Living Situations (STLS)", 1)[1]
    assert "(theirs, not STLS's)" in tail


def test_run_without_credentials_starts_the_terminal_chat() -> None:
    done = run("run", stdin="fax for jrotc\n")
    assert done.returncode == 0
    assert "Fax for Junior Reserve Officers' Training Corps (JROTC): 773-535-1957" in done.stdout


def test_offices_prints_the_directory() -> None:
    done = run("offices")
    assert "Office of School Safety and Security (OSSS)" in done.stdout
    assert "  At 42 W. Madison St., Chicago, IL 60602: OCCS, ECCE, OSCPA, OSSE, OSEL" in done.stdout
    rows = json.loads(run("offices", "--json").stdout)
    assert len(rows) == 28


def test_kb_check_passes_on_the_bundled_knowledge() -> None:
    done = run("kb", "check")
    assert done.returncode == 0, done.stderr
    assert "kb check: ok: 28 offices" in done.stdout
    assert "match only word for word:" in done.stdout
    assert '"acting out"' in done.stdout


def test_kb_check_fails_with_file_and_line_on_broken_yaml(knowledge_copy: Path) -> None:
    path = knowledge_copy / "offices" / "occs.yaml"
    path.write_text(path.read_text().replace("  - id: osse", "  - id: osse\n   bad: [", 1))
    done = run("--knowledge", str(knowledge_copy), "kb", "check")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "knowledge/offices/occs.yaml:" in done.stderr
    assert "not valid YAML" in done.stderr


def test_kb_check_reports_a_contact_not_in_the_source(knowledge_copy: Path) -> None:
    path = knowledge_copy / "offices" / "occs.yaml"
    path.write_text(path.read_text().replace('"773-534-0700"', '"773-534-0701"', 1))
    done = run("--knowledge", str(knowledge_copy), "kb", "check")
    assert done.returncode == 1
    assert "entry 'osa', field 'contacts.phone'" in done.stderr


def test_kb_check_names_a_bad_synonym(intents_copy: Path) -> None:
    path = intents_copy / "synonyms.yaml"
    path.write_text(path.read_text() + "  - idea: fight\n    words: [midnight]\n")
    done = run("--intents", str(intents_copy), "kb", "check")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "intents/synonyms.yaml:" in done.stderr
    assert "'midnight' already stands for 'after hours'" in done.stderr


def test_every_command_starts_on_broken_knowledge_without_traceback(knowledge_copy: Path) -> None:
    (knowledge_copy / "offices" / "osss.yaml").write_text("offices: [\n")
    for args in (("ask", "hi"), ("chat",), ("offices",), ("run",)):
        done = run("--knowledge", str(knowledge_copy), *args)
        assert done.returncode == 1
        assert "osss.yaml:" in done.stderr and "Traceback" not in done.stderr


def test_knowledge_folder_from_environment(knowledge_copy: Path) -> None:
    (knowledge_copy / "offices" / "osss.yaml").write_text("offices: [\n")
    done = run("ask", "hi", env=subprocess_env(WHOHANDLES_KNOWLEDGE_DIR=str(knowledge_copy)))
    assert done.returncode == 1


def test_eval_prints_figures(tmp_path: Path) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "- {q: 'fax for osel', expect: [osel], field: fax}\n"
        "- {q: 'metal detectors', expect: [student-safety-services]}\n"
        "- {q: 'payroll problem', expect: []}\n"
        "- {q: 'metal detectors', expect: [jrotc]}\n"
    )
    done = run("eval", str(cases))
    assert done.returncode == 0, done.stderr
    assert "top-1:                  2/3 = 66.7%" in done.stdout
    assert "out-of-scope rejected:  1/1 = 100.0%" in done.stdout
    assert "field accuracy:         1/1 = 100.0%" in done.stdout
    assert "exact when routed:    1/1 = 100.0%" in done.stdout
    assert "fields not asked for:   0" in done.stdout
    assert "want ['jrotc'], got answer ['student-safety-services']" in done.stdout


def test_no_command_prints_help() -> None:
    done = run()
    assert done.returncode == 2
    assert "usage: whohandles" in done.stdout


def test_output_cut_short_by_the_reader_ends_quietly() -> None:
    """``whohandles ask --json < questions | head -1``: the reader leaves early (with far
    more output than a pipe holds still to come); no traceback follows."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    )
    assert process.stdin and process.stdout and process.stderr
    process.stdin.write(b"fax for OSEL\n" * 2000)
    process.stdin.close()
    assert json.loads(process.stdout.readline())["status"] == "answer"
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) != 0
    assert "Traceback" not in stderr, stderr


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[name] = sub
                found.update({f"{name} {k}": v for k, v in _subparsers(sub).items()})
    return found


def test_every_command_and_option_has_help() -> None:
    parser = build_parser()
    commands = _subparsers(parser)
    assert {"ask", "chat", "run", "kb check", "report", "eval", "slack", "teams"} <= set(commands)
    for name, sub in {"": parser, **commands}.items():
        assert sub.description or name == "", f"{name}: no description"
        for action in sub._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help, f"whohandles {name}: {action.option_strings or action.dest}"


def test_teams_port_help_names_its_variable() -> None:
    assert "$TEAMS_PORT" in run("teams", "--help").stdout


def test_eval_adds_up_the_held_out_sets_and_shows_none_of_their_misses(tmp_path: Path) -> None:
    """Two made-up held-out sets (named as held-out sets are) and one tuning set, each with a
    question the bot cannot get right: a combined held-out line, a line for all three, and
    only the tuning set's miss."""
    wrong = '- {q: "fax for OSEL", expect: [jrotc]}\n- {q: "jrotc", expect: [jrotc]}\n'
    for name in ("holdout_x.yaml", "holdout_y.yaml", "tune_x.yaml"):
        (tmp_path / name).write_text(wrong, encoding="utf-8")
    done = run("eval", *sorted(str(p) for p in tmp_path.iterdir()))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "== all 2 held-out sets" in lines and "== all 3 sets" in lines
    assert done.stdout.count("fax for OSEL") == 1, "only the tuning set's miss is printed"
    assert lines.index("misses:") > lines.index(f"== {tmp_path / 'tune_x.yaml'}")


def test_eval_of_held_out_sets_alone_prints_their_total_once(tmp_path: Path) -> None:
    for name in ("holdout_x.yaml", "holdout_y.yaml"):
        (tmp_path / name).write_text('- {q: "jrotc", expect: [jrotc]}\n', encoding="utf-8")
    done = run("eval", *sorted(str(p) for p in tmp_path.iterdir()))
    assert "== all 2 held-out sets" in done.stdout
    assert "== all 2 sets" not in done.stdout
