"""The routing index: everything the router reads a question against, built once per
knowledge base.

Two kinds of evidence point at an office (a "target"):
- **cues**, short phrases matched as phrases: its name, acronym and aliases, its ``handles``,
  the topic phrases curators write (intents/topics), and every pair of words that stand
  together in its role or its own section of its pages (``page_pairs``). Out-of-scope
  entries are indexed the same way under pseudo-targets (``out:<label>``), so "not ours"
  competes on equal terms.
- **documents**, the words of its role, its handles and its own section of the pages it cites
  (``knowledge.sections``), weighed like a search engine weighs a document (BM25's saturation
  and length normalisation). This is what finds an office a curator added from its page.

An out-of-scope phrase that an office's entry says word for word (its name, aliases or
``handles``: "special education" on a special-education office) is left out of the index:
the knowledge base now has an office for it. ``kb check`` names every such phrase so the
curator can remove or narrow it.

Cost grows with the knowledge base only through inverted indexes: a question touches the cues
and documents that share a word with it, never every office.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from intents import weights
from intents.model import Field, IntentSet, Meta
from intents.vocabulary import STOPWORDS, content_terms, stem
from knowledge import KnowledgeBase
from knowledge.sections import office_sections
from knowledge.text import tokens

OUT_OF_SCOPE_PREFIX = "out:"
#: The label of a phrase asking for the umbrella office ("overall", "oversees").
UMBRELLA = "umbrella"
#: What a frame phrase says about a question: the field it asks for, that it is about the bot
#: (help, greeting...), or UMBRELLA.
FrameLabel = Field | Meta | str
#: Cue kinds that name an office: a question holding one in full names that office.
NAMING_KINDS = frozenset({"acronym", "name", "alias"})
KIND_WEIGHTS = {
    "acronym": weights.ACRONYM,
    "name": weights.NAME,
    "alias": weights.NAME,
    "phrase": weights.PHRASE,
    "handles": weights.HANDLES,
    "out_of_scope": weights.OUT_OF_SCOPE,
    "page": weights.PAGE_PAIR,
}
#: Stop words that change what the word beside them means: "drop out" is not "drop", "after
#: hours" is not "hours". A phrase left one word by dropping these must match word for word;
#: one that loses only frame words ("Chicago police", "been truant") need not.
PARTICLES = frozenset(
    "about above after again at by down for from in into of off on out over to up with".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Cue:
    """One phrase pointing at one target (an office id, or ``out:<label>``)."""

    target: str
    terms: tuple[str, ...]
    weight: float
    text: str
    kind: str
    #: Words in the phrase as written, stop words included: how far apart its terms may lie.
    length: int = 1
    #: For a phrase whose stop words leave one term ("drop out" -> "drop"): its stemmed words,
    #: all of which must appear in order, or "drop off the forms" would be a dropout.
    exact: tuple[str, ...] = ()
    #: For a curator's phrase that another office's documents say and its own do not: that
    #: office (the phrase then weighs ``weights.SAID_ELSEWHERE`` of its weight).
    elsewhere: str = ""


@dataclass(frozen=True, slots=True)
class ThesaurusEntry:
    """One word or phrase of the synonyms or the thesaurus, the terms of the idea it implies,
    and how strongly: as if typed (synonyms) or a little less (the district thesaurus)."""

    words: tuple[str, ...]
    idea: str
    terms: tuple[str, ...]
    strength: float = 1.0


@dataclass(frozen=True)
class Coverage:
    """A family of offices whose pages cover an out-of-scope entry's subject."""

    #: The family's top-level office.
    head: str
    #: Every office of the family, the head included.
    offices: frozenset[str]
    #: How many of the entry's phrases the family's documents say, of how many.
    covered: int
    phrases: int


@dataclass(frozen=True)
class RoutingIndex:
    """Cues, documents, each term's rarity across targets, and the vocabulary for typos.

    ``vocabulary`` groups the known words by first letter: typo correction searches only the
    group of the typo's first letter, which keeps it fast at 10,000 offices at the price of
    not correcting a wrong first letter (rare in practice: "councelor", "backgroud").
    """

    cues: tuple[Cue, ...]
    postings: dict[str, tuple[int, ...]]
    idf: dict[str, float]
    vocabulary: dict[str, tuple[str, ...]]
    parents: dict[str, str | None]
    intents: IntentSet
    #: term -> ((office id, the term's BM25 weight in its documents: saturation times its
    #: rarity among the offices' documents), ...)
    documents: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    #: The out-of-scope entries about the asker's own affairs (``OutOfScope.personal``).
    personal: frozenset[str] = frozenset()
    #: Out-of-scope target -> the family of offices whose pages now cover its subject
    #: (``covering_families``): it no longer declines a question one of them answers, and
    #: its phrases lead to them (``scoring._lend_covered_subjects``).
    covered: dict[str, Coverage] = field(default_factory=dict)
    #: First stemmed word -> the thesaurus entries starting with it.
    thesaurus: dict[str, tuple[ThesaurusEntry, ...]] = field(default_factory=dict)
    #: The words of the field, meta and umbrella phrases, keyed by their first word.
    frame_phrases: dict[str, tuple[tuple[tuple[str, ...], FrameLabel], ...]] = field(
        default_factory=dict
    )
    stop_words: frozenset[str] = STOPWORDS
    #: Rarity below which a word is common (see weights.COMMON_SHARE).
    common_idf: float = 0.0
    #: Document words that tell offices apart: in no more than a fifth of the offices' documents
    #: (and always a word only one office has).
    telling: frozenset[str] = frozenset()

    def is_out_of_scope(self, target: str) -> bool:
        """True for a pseudo-target standing for an out-of-scope entry."""
        return target.startswith(OUT_OF_SCOPE_PREFIX)

    def covering(self, target: str) -> frozenset[str]:
        """The offices whose pages cover out-of-scope ``target``'s subject (none if no
        family does)."""
        coverage = self.covered.get(target)
        return coverage.offices if coverage else frozenset()


def _cue(text: str, target: str, kind: str, stop: frozenset[str], scale: float = 1.0) -> Cue | None:
    """The cue for ``text``, or None when nothing in it can tell offices apart."""
    words = tokens(text)
    # An acronym is a name even when it spells a stop word ("ITS"); keep all its words.
    terms = tuple(stem(w) for w in words) if kind == "acronym" else content_terms(text, words, stop)
    if not terms:
        return None
    situation = kind not in NAMING_KINDS
    # An out-of-scope phrase says "not ours" with confidence, so it must mean exactly what it
    # says: "my career" is a personal matter, "career" alone is a student's.
    telling = kind == "out_of_scope" or any(word in PARTICLES for word in words)
    exact: tuple[str, ...] = ()
    if situation and telling and len(terms) == 1 < len(words):
        exact = tuple(stem(w) for w in words)
    weight = KIND_WEIGHTS[kind] * scale
    return Cue(target, terms, weight, text, kind, length=len(words), exact=exact)


def _all_cues(kb: KnowledgeBase, intents: IntentSet, stop: frozenset[str]) -> list[Cue]:
    found: list[Cue | None] = []
    for office in kb:
        found.append(_cue(office.name, office.id, "name", stop))
        if office.acronym:
            found.append(_cue(office.acronym, office.id, "acronym", stop))
        for alias in office.aliases:
            found.append(_cue(alias, office.id, "acronym" if alias.isupper() else "alias", stop))
        found += [_cue(phrase, office.id, "handles", stop) for phrase in office.handles]
    for intent in intents.intents:
        found += [_cue(p, intent.office, "phrase", stop, intent.weight) for p in intent.phrases]
    for entry in intents.out_of_scope:
        target = OUT_OF_SCOPE_PREFIX + entry.label
        found += [_cue(phrase, target, "out_of_scope", stop) for phrase in entry.phrases]
    return [cue for cue in found if cue is not None]


#: Where a page's sentence ends: a pair of words never spans two sentences or a bracket.
_SENTENCE_END = re.compile(r"[.;:!?()\n]")


def page_pairs(
    kb: KnowledgeBase, stop: frozenset[str], sections: dict[str, str] | None = None
) -> list[Cue]:
    """A cue for every two content words that stand together in an office's role or its own
    section of its pages (stop words between them skipped, never across a sentence): "free
    lunch", "speech therapy", "building permits". A curator who adds a department from its
    page gets its wording as phrases without writing them; staff who say "lunch menu" reach
    the page that says "lunch menus". They weigh about as a ``handles`` phrase but never answer on
    their own the way a curator's phrase does (``intents.scoring``): the confidence model
    decides. A pair inside another office's name ("school safety" on a team's page, from
    "Office of School Safety and Security") mentions that office: it is left out.
    ``sections`` is ``office_sections(kb)`` when the caller already has it."""
    sections = office_sections(kb) if sections is None else sections
    #: "a b" (stemmed) -> the offices whose name or an alias holds both words.
    named: dict[str, set[str]] = defaultdict(set)
    for office in kb:
        stems = {stem(w) for n in (office.name, *office.aliases) for w in tokens(n)}
        for a, b in itertools.permutations(stems, 2):
            named[f"{a} {b}"].add(office.id)
    found: list[Cue] = []
    for office in kb:
        seen: set[str] = set()
        for sentence in _SENTENCE_END.split(f"{office.role}\n{sections.get(office.id, '')}"):
            # Numbers are phones, rooms and dates on a page, not what an office does.
            words = [w for w in tokens(sentence) if w not in stop and not w.isdigit()]
            for a, b in itertools.pairwise(words):
                key = f"{stem(a)} {stem(b)}"
                another = named.get(key, set()) - {office.id}
                new = key not in seen and not another
                cue = _cue(f"{a} {b}", office.id, "page", stop) if new else None
                seen.add(key)
                if cue is not None and len(cue.terms) == 2:
                    found.append(cue)
    return found


def office_words(
    kb: KnowledgeBase, stop: frozenset[str], sections: dict[str, str] | None = None
) -> dict[str, list[str]]:
    """Office id -> the stemmed content words, in order, of everything the knowledge base
    says about it: names, role, handles and its sections of its pages (its documents).
    ``sections`` is ``office_sections(kb)`` when the caller already has it."""
    sections = office_sections(kb) if sections is None else sections
    found: dict[str, list[str]] = {}
    for office in kb:
        names = [office.name, *office.aliases, office.acronym or ""]
        text = " . ".join([*names, office.role, *office.handles, sections.get(office.id, "")])
        found[office.id] = [stem(w) for w in tokens(text) if w not in stop]
    return found


def entry_phrases(kb: KnowledgeBase) -> dict[str, str]:
    """Office id -> its name, acronym, aliases and handles as stemmed words, stop words kept,
    each padded with spaces and set apart by "|": what an office's entry says it does."""
    return {
        office.id: "|".join(
            " " + " ".join(stem(w) for w in tokens(text)) + " "
            for text in (office.name, office.acronym or "", *office.aliases, *office.handles)
            if text
        )
        for office in kb
    }


def covering_office(phrase: str, entries: dict[str, str]) -> str | None:
    """The first office whose entry holds ``phrase`` word for word (an out-of-scope phrase
    that an office's name, aliases or handles say: that office now covers the subject)."""
    wanted = " " + " ".join(stem(w) for w in tokens(phrase)) + " "
    if not wanted.strip():
        return None
    return next((oid for oid, text in entries.items() if wanted in text), None)


def family_root(office_id: str, parents: dict[str, str | None]) -> str:
    """The top-level office of an office's family (its department): itself when it has no
    parent."""
    seen = {office_id}
    while (parent := parents.get(office_id)) and parent not in seen:
        seen.add(parent)
        office_id = parent
    return office_id


def covering_families(
    kb: KnowledgeBase, intents: IntentSet, words: dict[str, list[str]], stop: frozenset[str]
) -> dict[str, Coverage]:
    """Out-of-scope target -> the family that covers it, for each entry whose subject a
    family of offices (a top-level office and everything under it) now documents: at least
    ``weights.COVERED_SHARE`` of its phrases, and at least ``weights.COVERED_PHRASES`` of
    them, have all their words in the family's documents. A curator who adds a school-meals
    department from its page need not also find and narrow every phrase of the "school
    meals" entry for its questions to be answered. On the five shipped pages no entry comes
    near (at most 17% of one entry's phrases); the six growth departments cover 40 to 87% of
    the entries about their subjects."""
    parents = {office.id: office.parent for office in kb}
    families: dict[str, set[str]] = defaultdict(set)
    #: term -> the families whose documents hold it: a phrase's families are the
    #: intersection over its terms, so the cost follows the phrases, not the offices.
    holders: dict[str, set[str]] = defaultdict(set)
    for office_id, terms in words.items():
        root = family_root(office_id, parents)
        families[root].add(office_id)
        for term in terms:
            holders[term].add(root)
    covered: dict[str, Coverage] = {}
    for entry in intents.out_of_scope:
        hits: Counter[str] = Counter()
        for phrase in entry.phrases:
            held = sorted(
                (holders.get(t, set()) for t in set(content_terms(phrase, stop=stop))), key=len
            )
            if held:
                hits.update(set.intersection(*held))
        if not hits:
            continue
        root, count = min(hits.items(), key=lambda item: (-item[1], item[0]))
        share = count / len(entry.phrases)
        if count >= weights.COVERED_PHRASES and share >= weights.COVERED_SHARE:
            target = OUT_OF_SCOPE_PREFIX + entry.label
            covered[target] = Coverage(root, frozenset(families[root]), count, len(entry.phrases))
    return covered


def _bm25(counts: dict[str, Counter[str]]) -> dict[str, list[tuple[str, float]]]:
    """term -> [(office, saturation factor)], BM25-style, longer documents discounted."""
    lengths = {office: sum(c.values()) for office, c in counts.items()}
    average = (sum(lengths.values()) / len(lengths)) if lengths else 1.0
    k1, b = weights.DOC_SATURATION, weights.DOC_LENGTH
    found: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for office, terms in counts.items():
        norm = 1 - b + b * lengths[office] / (average or 1.0)
        for term, tf in terms.items():
            found[term].append((office, tf * (k1 + 1) / (tf + k1 * norm)))
    return found


def rarity(targets: int, containing: int) -> float:
    """How much a word tells offices apart: a smoothed idf, raised to RARITY_POWER so a word
    unique to one office outweighs a pair of everyday words ("student support")."""
    return float(math.log(1 + targets / max(containing, 1)) ** weights.RARITY_POWER)


def build_index(kb: KnowledgeBase, intents: IntentSet) -> RoutingIndex:
    """Index every cue and document of ``kb`` and ``intents``. Pure: inputs are not modified."""
    stop = STOPWORDS | intents.stop_words
    sections = office_sections(kb)
    words = office_words(kb, stop, sections)
    entries = entry_phrases(kb)
    cues = tuple(
        cue
        for cue in _all_cues(kb, intents, stop)
        if cue.kind != "out_of_scope" or covering_office(cue.text, entries) is None
    ) + tuple(page_pairs(kb, stop, sections))
    counts = {office: Counter(seq) for office, seq in words.items()}
    documents = _bm25(counts)
    # Two rarities: a phrase word's among the targets' phrases, a document word's among the
    # offices' documents. Each kind of evidence is weighed by rarity in its own kind.
    targets_by_term: dict[str, set[str]] = defaultdict(set)
    for cue in cues:
        for term in cue.terms:
            targets_by_term[term].add(cue.target)
    n_targets = len({cue.target for cue in cues}) or 1
    doc_idf = {t: rarity(len(kb) or 1, len(found)) for t, found in documents.items()}
    idf = {**doc_idf, **{t: rarity(n_targets, len(f)) for t, f in targets_by_term.items()}}
    for term, offices in documents.items():
        targets_by_term[term].update(office for office, _ in offices)
    common = max(weights.COMMON_MIN_TARGETS, int(n_targets * 0.01))

    def is_common(term: str) -> bool:
        return len(targets_by_term[term]) > common

    telling = frozenset(
        t for t, found in documents.items() if len(found) <= max(1, len(kb) / weights.COMMON_SHARE)
    )
    #: term -> the offices whose documents say it at least SAID_ELSEWHERE_TIMES times.
    sayers: dict[str, set[str]] = defaultdict(set)
    for office, found in counts.items():
        for term, times in found.items():
            if times >= weights.SAID_ELSEWHERE_TIMES:
                sayers[term].add(office)
    cues = tuple(_said_elsewhere(cue, sayers, telling) for cue in cues)

    postings: dict[str, list[int]] = defaultdict(list)
    for number, cue in enumerate(cues):
        if all(is_common(term) for term in cue.terms):
            continue  # "high school" on a thousand schools tells none of them apart
        anchor = min(cue.terms, key=lambda term: len(targets_by_term[term]))
        for term in cue.terms:
            # A pair from a page counts only in full, so its rarer word alone finds it.
            if term == anchor or not (is_common(term) or cue.kind == "page"):
                postings[term].append(number)
    thesaurus = _thesaurus(intents, stop)
    # Typos are corrected only into words of phrases and documents: a synonym counts only as
    # typed, or "alteration" would become "altercation" (a fight) and "discard" "discord".
    vocabulary: dict[str, list[str]] = defaultdict(list)
    for term in sorted((set(postings) | set(documents)) - stop):
        vocabulary[term[0]].append(term)
    return RoutingIndex(
        cues=cues,
        postings={term: tuple(numbers) for term, numbers in postings.items()},
        idf=idf,
        vocabulary={letter: tuple(words) for letter, words in vocabulary.items()},
        parents={office.id: office.parent for office in kb},
        intents=intents,
        documents={
            t: tuple((office, factor * doc_idf[t]) for office, factor in found)
            for t, found in documents.items()
            if not is_common(t)
        },
        labels={OUT_OF_SCOPE_PREFIX + e.label: e.label for e in intents.out_of_scope},
        personal=frozenset(
            OUT_OF_SCOPE_PREFIX + e.label for e in intents.out_of_scope if e.personal
        ),
        covered=covering_families(kb, intents, words, stop),
        thesaurus=thesaurus,
        frame_phrases=_frame_phrases(intents),
        stop_words=stop,
        common_idf=math.log(1 + weights.COMMON_SHARE) ** weights.RARITY_POWER,
        telling=telling,
    )


def _said_elsewhere(cue: Cue, sayers: dict[str, set[str]], telling: frozenset[str]) -> Cue:
    """``cue`` weighed down when it is a curator's phrase that another office's documents
    say and its own office's do not: every word at least ``weights.SAID_ELSEWHERE_TIMES``
    times. "withdraw" written for a re-engagement office counts less once an enrollment page
    speaks of withdrawals. A phrase is a curator's guess at how staff ask; a page that says
    it over and over is better evidence, and a department added from its page would
    otherwise stay shadowed by an older office's list of words. A word said once in passing
    ("bus" on a Title IX page) does not count, nor a phrase of words many pages say ("after
    school program")."""
    if cue.kind != "phrase" or not all(term in telling for term in cue.terms):
        return cue
    saying = set.intersection(*(sayers.get(term, set()) for term in cue.terms))
    others = sorted(saying - {cue.target})
    if not others or cue.target in saying:
        return cue
    weight = cue.weight * weights.SAID_ELSEWHERE
    return dataclasses.replace(cue, weight=weight, elsewhere=others[0])


def _thesaurus(intents: IntentSet, stop: frozenset[str]) -> dict[str, tuple[ThesaurusEntry, ...]]:
    found: dict[str, list[ThesaurusEntry]] = defaultdict(list)
    kinds = ((intents.synonyms, 1.0), (intents.thesaurus, weights.IMPLIED))
    for groups, strength in kinds:
        for synonym in groups:
            terms = content_terms(synonym.idea, stop=stop)
            for word in synonym.words:
                stems = tuple(stem(w) for w in tokens(word))
                if stems:
                    found[stems[0]].append(ThesaurusEntry(stems, synonym.idea, terms, strength))
    return {first: tuple(entries) for first, entries in found.items()}


def _frame_phrases(intents: IntentSet) -> dict[str, tuple[tuple[tuple[str, ...], FrameLabel], ...]]:
    found: dict[str, list[tuple[tuple[str, ...], FrameLabel]]] = defaultdict(list)
    labelled: list[tuple[str, FrameLabel]] = [
        *((phrase, name) for name, phrases in intents.fields.items() for phrase in phrases),
        *((phrase, name) for name, phrases in intents.meta.items() for phrase in phrases),
        *((phrase, UMBRELLA) for phrase in intents.umbrella),
    ]
    for phrase, label in labelled:
        words = tuple(tokens(phrase))
        if words:
            found[words[0]].append((words, label))
    return {word: tuple(entries) for word, entries in found.items()}
