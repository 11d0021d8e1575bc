"""Load the intent YAML under ``intents/``: topic files, meta intents, fields, out-of-scope
entries and the thesaurus (synonyms).

Like the knowledge loader it reports every problem at once, naming file, line, entry and field,
and it checks each intent's office against the knowledge base so a typo in an id cannot
silently drop a whole topic from routing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from intents.emergency import Emergency
from intents.emergency_file import load_emergency
from intents.model import Field, Followup, Intent, IntentSet, Meta, OutOfScope, Synonym
from intents.vocabulary import STOPWORDS, content_terms, stem
from knowledge import KnowledgeBase, KnowledgeError, Problem
from knowledge.sections import office_sections
from knowledge.text import tokens
from knowledge.yamlio import LineDict, display_path, read_yaml

#: The folder holding this package's YAML: ``topics/*.yaml``, ``meta.yaml``, ``out_of_scope.yaml``
#: and (optional) ``synonyms.yaml``, ``thesaurus.yaml`` and ``emergency.yaml``.
DEFAULT_ROOT = Path(__file__).resolve().parent
#: General emergency guidance and the vocabulary of urgency (``intents.emergency_file``).
EMERGENCY_FILE = "emergency.yaml"


def _phrases(
    raw: Any, file: str, line: int, entry: str, problems: list[Problem]
) -> tuple[str, ...]:
    if (
        not isinstance(raw, list)
        or not raw
        or not all(isinstance(p, str) and p.strip() for p in raw)
    ):
        problems.append(
            Problem(
                file, "must be a non-empty list of texts", line=line, entry=entry, field="phrases"
            )
        )
        return ()
    return tuple(" ".join(str(p).split()) for p in raw)


def _load_topic(path: Path, shown: str, kb: KnowledgeBase, problems: list[Problem]) -> list[Intent]:
    data = read_yaml(path, shown_as=shown)
    if not isinstance(data, LineDict) or not isinstance(data.get("intents"), list):
        problems.append(Problem(shown, "must hold 'topic:' and a list under 'intents:'"))
        return []
    topic = str(data.get("topic") or path.stem)
    intents = []
    for raw in data["intents"]:
        if not isinstance(raw, LineDict):
            problems.append(Problem(shown, "each intent must be a mapping"))
            continue
        iid = str(raw.get("id") or f"(intent at line {raw.line})")
        office = raw.get("office")
        if not isinstance(office, str) or kb.get(office) is None:
            problems.append(
                Problem(
                    shown,
                    f"names unknown office '{office}'",
                    line=raw.line,
                    entry=iid,
                    field="office",
                )
            )
            continue
        phrases = _phrases(raw.get("phrases"), shown, raw.line, iid, problems)
        weight = raw.get("weight", 1.0)
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 2:
            problems.append(
                Problem(
                    shown,
                    "must be a number above 0 and at most 2",
                    line=raw.line,
                    entry=iid,
                    field="weight",
                )
            )
            weight = 1.0
        intents.append(
            Intent(
                id=iid,
                topic=topic,
                office=office,
                phrases=phrases,
                weight=float(weight),
                file=shown,
                line=raw.line,
            )
        )
    return intents


def _phrase_block(
    data: LineDict, section: str, names: list[str], shown: str, problems: list[Problem]
) -> dict[str, tuple[str, ...]]:
    block = data.get(section)
    if not isinstance(block, LineDict):
        problems.append(Problem(shown, f"must hold a mapping under '{section}:'"))
        return {}
    return {name: _phrases(block.get(name), shown, block.line, name, problems) for name in names}


@dataclass(frozen=True)
class _MetaFile:
    meta: dict[Meta, tuple[str, ...]]
    fields: dict[Field, tuple[str, ...]]
    umbrella: tuple[str, ...] = ()
    stop_words: frozenset[str] = frozenset()
    followup: Followup = field(default_factory=Followup)


def _load_meta(path: Path, shown: str, problems: list[Problem]) -> _MetaFile:
    """``meta.yaml``: phrases for help, greeting, thanks and directory, for each field, the
    words that ask for an umbrella office, and the district's own stop words."""
    data = read_yaml(path, shown_as=shown)
    if not isinstance(data, LineDict):
        problems.append(Problem(shown, "must be a mapping with 'meta:' and 'fields:'"))
        return _MetaFile({}, {})
    meta = _phrase_block(data, "meta", [m.value for m in Meta], shown, problems)
    fields = _phrase_block(data, "fields", [f.value for f in Field], shown, problems)
    umbrella = _phrases(data.get("umbrella", ["umbrella"]), shown, data.line, "umbrella", problems)
    stop = _phrases(data.get("stop_words", ["-"]), shown, data.line, "stop_words", problems)
    followup = Followup()
    if "followup" in data:
        names = ["parent", "switch", "parent_ending", "acknowledge", "short_phone"]
        followup = Followup(**_phrase_block(data, "followup", names, shown, problems))
    return _MetaFile(
        {Meta(name): phrases for name, phrases in meta.items()},
        {Field(name): phrases for name, phrases in fields.items()},
        umbrella,
        frozenset(word for phrase in stop for word in tokens(phrase)),
        followup,
    )


def _load_out_of_scope(path: Path, shown: str, problems: list[Problem]) -> tuple[OutOfScope, ...]:
    data = read_yaml(path, shown_as=shown)
    items = data.get("out_of_scope") if isinstance(data, LineDict) else None
    if not isinstance(items, list):
        problems.append(Problem(shown, "must hold a list under 'out_of_scope:'"))
        return ()
    entries = []
    for raw in items:
        if not isinstance(raw, LineDict) or not isinstance(raw.get("label"), str):
            problems.append(
                Problem(shown, "each out-of-scope entry needs a 'label:' and 'phrases:'")
            )
            continue
        phrases = _phrases(raw.get("phrases"), shown, raw.line, raw["label"], problems)
        personal = raw.get("personal", False)
        if not isinstance(personal, bool):
            problems.append(
                Problem(
                    shown,
                    "must be true or false",
                    line=raw.line,
                    entry=raw["label"],
                    field="personal",
                )
            )
            personal = False
        entries.append(
            OutOfScope(
                label=raw["label"], phrases=phrases, personal=personal, file=shown, line=raw.line
            )
        )
    return tuple(entries)


def _load_synonyms(
    path: Path, shown: str, problems: list[Problem], owner: dict[str, str], key: str
) -> tuple[Synonym, ...]:
    """``synonyms.yaml`` or ``thesaurus.yaml`` (both optional): a list under ``key`` of
    ``{idea: text, words: [word or phrase, ...]}``. ``owner`` remembers which idea each word
    stands for across both files: a word stands for one idea only."""
    if not path.exists():
        return ()
    data = read_yaml(path, shown_as=shown)
    items = data.get(key) if isinstance(data, LineDict) else None
    if not isinstance(items, list):
        problems.append(Problem(shown, f"must hold a list under '{key}:'"))
        return ()
    synonyms: list[Synonym] = []
    for raw in items:
        idea = raw.get("idea") if isinstance(raw, LineDict) else None
        if not isinstance(idea, str) or not content_terms(idea):
            line = raw.line if isinstance(raw, LineDict) else None
            problems.append(Problem(shown, "each entry needs an 'idea:' and 'words:'", line=line))
            continue
        words = _phrases(raw.get("words"), shown, raw.line, idea, problems)
        read: list[str] = []
        for word in words:
            split = tokens(word)  # once per word: the thesaurus holds thousands
            problem = _synonym_word_problem(word, split, idea, owner)
            if problem:
                problems.append(Problem(shown, problem, line=raw.line, entry=idea, field="words"))
            owner.setdefault(_key(split), idea)
            read.append(" ".join(split))
        synonyms.append(Synonym(idea=idea, words=tuple(read)))
    return tuple(synonyms)


def _key(split: list[str]) -> str:
    """A thesaurus entry as the router reads it: its stemmed words."""
    return " ".join(stem(w) for w in split)


def _synonym_word_problem(
    word: str, split: list[str], idea: str, owner: dict[str, str]
) -> str | None:
    """Why ``word`` (read as the words ``split``) cannot stand for ``idea``, or None."""
    if all(w in STOPWORDS for w in split):
        return f"'{word}' is only words the router ignores, so it cannot stand for '{idea}'"
    taken = owner.get(_key(split), idea)
    if taken != idea:
        return f"'{word}' already stands for '{taken}'"
    return None


def unused_ideas(intents: IntentSet, kb: KnowledgeBase, shown: str) -> list[Problem]:
    """Thesaurus ideas whose words no office's entry or documents, topic phrase or
    out-of-scope entry uses yet. Not an error: the thesaurus is the district's, and an idea
    waits there for the office a curator adds later; ``kb check`` counts them."""
    texts = [p for i in intents.intents for p in i.phrases]
    texts += [p for g in intents.out_of_scope for p in g.phrases]
    texts += [t for o in kb for t in (o.name, *o.aliases, *o.handles, o.role)]
    texts += list(office_sections(kb).values())
    known = {term for text in texts for term in content_terms(text)}
    return [
        Problem(
            shown,
            f"no office, topic phrase or out-of-scope entry uses the words of '{s.idea}'; "
            "write the idea in the words of an office's page or entry",
            entry=s.idea,
            field="idea",
        )
        for s in (*intents.synonyms, *intents.thesaurus)
        if not set(content_terms(s.idea)) <= known
    ]


def load_intents(kb: KnowledgeBase, root: Path | None = None) -> IntentSet:
    """Load and validate every intent file under ``root`` (default: this package)."""
    root = (root or DEFAULT_ROOT).resolve()
    problems: list[Problem] = []
    intents: list[Intent] = []

    topic_files = sorted((root / "topics").glob("*.yaml"))
    if not topic_files:
        problems.append(Problem(display_path(root / "topics"), "holds no *.yaml topic files"))
    meta = _MetaFile({}, {})
    out_of_scope: tuple[OutOfScope, ...] = ()
    synonyms: tuple[Synonym, ...] = ()
    thesaurus: tuple[Synonym, ...] = ()
    owner: dict[str, str] = {}
    emergency: Emergency | None = None
    try:
        for path in topic_files:
            intents.extend(_load_topic(path, display_path(path), kb, problems))
        meta = _load_meta(root / "meta.yaml", display_path(root / "meta.yaml"), problems)
        out_of_scope = _load_out_of_scope(
            root / "out_of_scope.yaml", display_path(root / "out_of_scope.yaml"), problems
        )
        synonyms = _load_synonyms(
            root / "synonyms.yaml",
            display_path(root / "synonyms.yaml"),
            problems,
            owner,
            "synonyms",
        )
        thesaurus = _load_synonyms(
            root / "thesaurus.yaml",
            display_path(root / "thesaurus.yaml"),
            problems,
            owner,
            "thesaurus",
        )
        # Optional: without it no message is urgent (a test's own intents folder needs none).
        if (root / EMERGENCY_FILE).exists():
            emergency, found = load_emergency(
                root / EMERGENCY_FILE,
                display_path(root / EMERGENCY_FILE),
                lambda o: kb.get(o) is not None,
            )
            problems.extend(found)
    except KnowledgeError as exc:
        problems.extend(exc.problems)
    loaded = IntentSet(
        intents=tuple(intents),
        meta=meta.meta,
        fields=meta.fields,
        out_of_scope=out_of_scope,
        umbrella=meta.umbrella,
        synonyms=synonyms,
        thesaurus=thesaurus,
        followup=meta.followup,
        stop_words=meta.stop_words,
        emergency=emergency,
    )
    if problems:
        raise KnowledgeError(problems)
    return loaded
