"""The knowledge base: curated YAML about a district's offices, validated against its source
documents.

Pure data and validation: nothing here reads the environment or knows about Slack or Teams.
"""

from knowledge.errors import KnowledgeError, Problem
from knowledge.loader import DEFAULT_ROOT, load_knowledge_base
from knowledge.model import About, Contacts, KnowledgeBase, Office, Source
from knowledge.provenance import check_provenance

__all__ = [
    "DEFAULT_ROOT",
    "About",
    "Contacts",
    "KnowledgeBase",
    "KnowledgeError",
    "Office",
    "Problem",
    "Source",
    "check_provenance",
    "load_knowledge_base",
]
