"""Intent routing: which office a staff member's question is about.

Pure: ``route(question, index)`` (which office) and ``urgency(question, index)`` (an emergency
happening now, and the general guidance to open the answer with) depend only on their
arguments, never read the environment, and never import Slack or Teams code.
"""

from intents.index import RoutingIndex, build_index
from intents.loader import load_intents
from intents.model import Candidate, Field, IntentSet, Meta, Outcome, RouteResult
from intents.router import route
from intents.urgent import Urgency, urgency

__all__ = [
    "Candidate",
    "Field",
    "IntentSet",
    "Meta",
    "Outcome",
    "RouteResult",
    "RoutingIndex",
    "Urgency",
    "build_index",
    "load_intents",
    "route",
    "urgency",
]
