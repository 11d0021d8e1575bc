"""Load the intent YAML under ``intents/``: topic files, meta intents, fields, known gaps and
synonyms.

Like the knowledge loader it reports every problem at once, naming file, line, entry and field,
and it checks each intent's office against the knowledge base so a typo in an id cannot
silently drop a whole topic from routing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from intents.model import Field, Intent, IntentSet, Meta, OutOfScope, Synonym
from intents.vocabulary import STOPWORDS, content_terms, stem
from knowledge import KnowledgeBase, KnowledgeError, Problem
from knowledge.text import tokens
from knowledge.yamlio import LineDict, display_path, read_yaml

#: The folder holding this package's YAML: ``topics/*.yaml``, ``meta.yaml``, ``out_of_scope.yaml``
#: and (optional) ``synonyms.yaml``.
DEFAULT_ROOT = Path(__file__).resolve().parent


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


def _load_meta(
    path: Path, shown: str, problems: list[Problem]
) -> tuple[dict[Meta, tuple[str, ...]], dict[Field, tuple[str, ...]], tuple[str, ...]]:
    """``meta.yaml``: phrases for help, greeting, thanks and directory, for each field, and
    the words that ask for an umbrella office."""
    data = read_yaml(path, shown_as=shown)
    if not isinstance(data, LineDict):
        problems.append(Problem(shown, "must be a mapping with 'meta:' and 'fields:'"))
        return {}, {}, ()
    meta = _phrase_block(data, "meta", [m.value for m in Meta], shown, problems)
    fields = _phrase_block(data, "fields", [f.value for f in Field], shown, problems)
    umbrella = _phrases(data.get("umbrella", ["umbrella"]), shown, data.line, "umbrella", problems)
    return (
        {Meta(name): phrases for name, phrases in meta.items()},
        {Field(name): phrases for name, phrases in fields.items()},
        umbrella,
    )


def _load_out_of_scope(path: Path, shown: str, problems: list[Problem]) -> tuple[OutOfScope, ...]:
    data = read_yaml(path, shown_as=shown)
    items = data.get("out_of_scope") if isinstance(data, LineDict) else None
    if not isinstance(items, list):
        problems.append(Problem(shown, "must hold a list under 'out_of_scope:'"))
        return ()
    gaps = []
    for raw in items:
        if not isinstance(raw, LineDict) or not isinstance(raw.get("label"), str):
            problems.append(Problem(shown, "each gap needs a 'label:' and 'phrases:'"))
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
        gaps.append(OutOfScope(label=raw["label"], phrases=phrases, personal=personal))
    return tuple(gaps)


def _load_synonyms(path: Path, shown: str, problems: list[Problem]) -> tuple[Synonym, ...]:
    """``synonyms.yaml`` (optional): a list of ``{idea: text, words: [word, ...]}``."""
    if not path.exists():
        return ()
    data = read_yaml(path, shown_as=shown)
    items = data.get("synonyms") if isinstance(data, LineDict) else None
    if not isinstance(items, list):
        problems.append(Problem(shown, "must hold a list under 'synonyms:'"))
        return ()
    synonyms: list[Synonym] = []
    owner: dict[str, str] = {}
    for raw in items:
        idea = raw.get("idea") if isinstance(raw, LineDict) else None
        if not isinstance(idea, str) or not content_terms(idea):
            line = raw.line if isinstance(raw, LineDict) else None
            problems.append(Problem(shown, "each entry needs an 'idea:' and 'words:'", line=line))
            continue
        words = _phrases(raw.get("words"), shown, raw.line, idea, problems)
        for word in words:
            problem = _synonym_word_problem(word, idea, owner)
            if problem:
                problems.append(Problem(shown, problem, line=raw.line, entry=idea, field="words"))
            owner.setdefault(stem(word.casefold()), idea)
        synonyms.append(Synonym(idea=idea, words=tuple(w.casefold() for w in words)))
    return tuple(synonyms)


def _synonym_word_problem(word: str, idea: str, owner: dict[str, str]) -> str | None:
    """Why ``word`` cannot stand for ``idea``, or None when it can."""
    if len(tokens(word)) != 1:
        return f"'{word}' must be one word; put phrases in a topic file instead"
    if word.casefold() in STOPWORDS:
        return f"'{word}' is a word the router ignores, so it cannot stand for '{idea}'"
    if owner.get(stem(word.casefold()), idea) != idea:
        return f"'{word}' already stands for '{owner[stem(word.casefold())]}'"
    return None


def _unused_ideas(intents: IntentSet, kb: KnowledgeBase, shown: str) -> list[Problem]:
    """A synonym whose idea no office, intent or gap uses would silently do nothing."""
    texts = [p for i in intents.intents for p in i.phrases]
    texts += [p for g in intents.out_of_scope for p in g.phrases]
    texts += [t for o in kb for t in (o.name, *o.aliases, *o.handles)]
    known = {term for text in texts for term in content_terms(text)}
    return [
        Problem(
            shown,
            f"no office, intent or gap uses the words of '{s.idea}'; add a phrase with them first",
            entry=s.idea,
            field="idea",
        )
        for s in intents.synonyms
        if not set(content_terms(s.idea)) <= known
    ]


def load_intents(kb: KnowledgeBase, root: Path | None = None) -> IntentSet:
    """Load and validate every intent file under ``root`` (default: this package)."""
    root = (root or DEFAULT_ROOT).resolve()
    problems: list[Problem] = []
    intents: list[Intent] = []

    def shown(path: Path) -> str:
        return display_path(path, root.parent)

    topic_files = sorted((root / "topics").glob("*.yaml"))
    if not topic_files:
        problems.append(Problem(shown(root / "topics"), "holds no *.yaml topic files"))
    meta: dict[Meta, tuple[str, ...]] = {}
    fields: dict[Field, tuple[str, ...]] = {}
    gaps: tuple[OutOfScope, ...] = ()
    umbrella: tuple[str, ...] = ()
    synonyms: tuple[Synonym, ...] = ()
    try:
        for path in topic_files:
            intents.extend(_load_topic(path, shown(path), kb, problems))
        meta, fields, umbrella = _load_meta(root / "meta.yaml", shown(root / "meta.yaml"), problems)
        gaps = _load_out_of_scope(
            root / "out_of_scope.yaml", shown(root / "out_of_scope.yaml"), problems
        )
        synonyms = _load_synonyms(root / "synonyms.yaml", shown(root / "synonyms.yaml"), problems)
    except KnowledgeError as exc:
        problems.extend(exc.problems)
    loaded = IntentSet(
        intents=tuple(intents),
        meta=meta,
        fields=fields,
        out_of_scope=gaps,
        umbrella=umbrella,
        synonyms=synonyms,
    )
    problems.extend(_unused_ideas(loaded, kb, shown(root / "synonyms.yaml")))
    if problems:
        raise KnowledgeError(problems)
    return loaded
