"""Every number the router uses, in one place, each with one line saying what it does.

The score of an office is one sum: for each word of the question, the word's rarity (idf)
times the weight of the strongest evidence that office has for it. ``whohandles explain``
prints each term of that sum, so a curator can see which of these numbers decided.
"""

from __future__ import annotations

# --- How much one word is worth, per unit of rarity, by where the office has it -------------
#: An acronym written in the question (OSEL, JROTC).
ACRONYM = 3.0
#: The office's name or an alias, all of its words present.
NAME = 2.0
#: A topic phrase a curator wrote for the office (intents/topics), all of its words present.
PHRASE = 1.5
#: Share of its weight a topic phrase keeps when another office's documents say all its
#: words and its own office's do not: the page that says it outright wins ("withdraw").
SAID_ELSEWHERE = 0.5
#: ...each word at least this many times: once is in passing ("bus" on a Title IX page).
SAID_ELSEWHERE_TIMES = 2
#: A phrase of the office's ``handles`` list, all of its words present.
HANDLES = 1.0
#: An out-of-scope phrase, all of its words present (intents/out_of_scope.yaml).
OUT_OF_SCOPE = 1.5
#: Two words that stand together in the office's role or its own section of its pages.
PAGE_PAIR = 1.25
#: A word of the office's documents (its role, handles and own section of its pages).
DOCUMENT = 0.55
#: Telling words an office's documents must share with a question to answer it without a
#: phrase: one word alone ("workers") is a coincidence more often than a request.
DOCUMENT_WORDS = 2
#: ...within one stretch of this many words of the question.
DOCUMENT_WINDOW = 15
#: A word the question only implies, through the district thesaurus (synonyms.yaml).
IMPLIED = 0.9

# --- Phrases ---------------------------------------------------------------------------------
#: Bonus per extra word of a multi-word phrase matched in full.
PHRASE_BONUS = 0.25
#: Credit for a phrase whose words are only partly present, per share of its words present.
PARTIAL_CREDIT = 0.6
#: A multi-word phrase's words must lie within its own length plus this many words.
PROXIMITY_SLACK = 10
#: ...but a pair of words from a page, in its order, only this many: "free and reduced-price
#: lunch", not two words of the page that a long question happens to hold.
PAGE_PAIR_SLACK = 2

# --- Rarity ----------------------------------------------------------------------------------
#: Sharpens idf; 1.0 is the textbook formula.
RARITY_POWER = 1.5
#: Words in more than a fifth of the offices (idf below log(1 + 5) ** RARITY_POWER) say
#: little: they earn no partial credit and cannot anchor an answer on their own.
COMMON_SHARE = 5
#: A word shared by more targets than this (and than 1% of them) is only looked up through a
#: rarer word of the same phrase, so "school" cannot touch every school in a big directory.
COMMON_MIN_TARGETS = 50

# --- Documents (BM25's saturation and length normalisation) ----------------------------------
#: How fast repeats of a word in one office's documents stop adding weight.
DOC_SATURATION = 1.2
#: How much a long section is discounted for its length (0: not at all, 1: fully).
DOC_LENGTH = 0.5

# --- Deciding --------------------------------------------------------------------------------
#: Below this score nothing is specific enough to answer.
MIN_SCORE = 3.5
#: Offices within this fraction of the best score are offered together as choices.
CLARIFY_RATIO = 0.75
#: At most this many choices in a clarify answer.
MAX_CHOICES = 3
#: An out-of-scope entry this close to the best office still means "not ours".
OUT_OF_SCOPE_RATIO = 0.8
#: An out-of-scope entry stops claiming a question when the best office has firm evidence
#: (a phrase in full, or its documents) for at least this share of the entry's own evidence.
EXPLAINED_SHARE = 1.01
#: An out-of-scope entry is covered by a family of offices when this share of its phrases...
COVERED_SHARE = 0.35
#: ...and at least this many of them have all their words in the family's documents.
COVERED_PHRASES = 3
#: The same for one about the asker's own affairs, claimed in the first person.
PERSONAL_RATIO = 0.4
#: ...when "I", "me" or "my" stands within this many words of its phrase.
FIRST_PERSON_REACH = 5
#: A child office with its own evidence inherits this share of its parent's score.
PARENT_SHARE = 0.5
#: An umbrella office this close to the best answer wins when the question asks for one.
UMBRELLA_RATIO = 0.5

# --- Confidence (intents/confidence.py; fitted by benchmarks/fit_confidence.py) --------------
#: The logistic model's weight for each signal of the best office's evidence.
CONFIDENCE_WEIGHTS = {
    "strength": 1.53,
    "margin": 0.79,
    "named": 0.80,
    "phrase": -0.17,
    "implied": -0.88,
    "documents": 1.40,
    "coverage": 2.86,
    "one_word": 0.24,
    "out_of_scope": -3.97,
}
#: The model's intercept.
CONFIDENCE_BIAS = -5.01
#: (model chance, share of such answers that were right on the tuning sets): the
#: monotone map from the model's chance to the confidence an answer shows.
CONFIDENCE_KNOTS = (
    (0.0, 0.0),
    (0.114, 0.101),
    (0.427, 0.424),
    (0.58, 0.57),
    (0.689, 0.62),
    (0.772, 0.728),
    (0.836, 0.797),
    (0.882, 0.867),
    (0.912, 0.937),
    (0.94, 0.953),
    (0.958, 0.962),
    (0.967, 0.975),
    (0.977, 0.991),
    (0.984, 1.0),
    (0.987, 1.0),
    (0.99, 1.0),
    (0.993, 1.0),
    (0.996, 1.0),
    (0.999, 1.0),
)
#: An office found by its documents alone is preferred to the offices with a phrase in the
#: question when its score is at least this many times theirs.
DOCUMENTS_AHEAD = 1.5
#: The router answers from documents alone only when the model's chance is at least this.
ANSWER_AT = 0.6
#: Confidence of an answer resting on a single word that does not name the office.
ONE_WORD_CAP = 0.5
#: Confidence of an answer by a phrase that another department's pages contest (below 0.8:
#: on the growth sets such answers were right far less often than others shown that high).
CONTESTED_CAP = 0.79
#: ...contest: hold this many telling words of the question the answer's evidence lacks.
CONTESTED_WORDS = 2
#: Confidence of an answer whose only phrase is an out-of-scope entry's, lent to the office
#: because its pages cover the entry's subject: the phrase was not written for that office.
LENT_CAP = 0.79

# --- Reading the question --------------------------------------------------------------------
#: Content words of a question considered at most: a pasted page cannot make routing slow.
MAX_TERMS = 64
#: Words this long may be two edits from the word meant ("scolarship"); shorter ones, one.
LONG_WORD = 9
#: Shortest word that typo correction will touch.
MIN_CORRECTABLE = 5
#: Shortest word corrected for two swapped neighbouring letters, the only fix below that.
MIN_TRANSPOSED = 4
#: Shorter words are not corrected for one changed letter: that is usually another word.
SAFE_TO_RESPELL = 6
