"""Intent routing: which office a staff member's question is about.

Pure: ``route(question, index)`` depends only on its arguments, never reads the environment,
and never imports Slack or Teams code.
"""

from intents.index import RoutingIndex, build_index
from intents.loader import load_intents
from intents.model import Candidate, Field, IntentSet, Meta, Outcome, RouteResult
from intents.router import route

__all__ = [
    "Candidate",
    "Field",
    "IntentSet",
    "Meta",
    "Outcome",
    "RouteResult",
    "RoutingIndex",
    "build_index",
    "load_intents",
    "route",
]
