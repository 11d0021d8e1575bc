"""The search messaging extension's matching and paging, without the SDK."""

from __future__ import annotations

from typing import Any

import pytest

from bot.conversation import Conversation
from bot.service import Assistant
from bot.teams.search import MAX_RESULTS, SearchQuery, find_offices, search_response
from tests.conftest import RecordingSink


@pytest.fixture
def conversation(assistant: Assistant) -> Conversation:
    return Conversation(assistant, sink=RecordingSink())


def _ids(query: str, conversation: Conversation) -> list[str]:
    return [card.office.id for card in find_offices(query, conversation)]


def test_parse_reads_text_first_open_and_paging() -> None:
    value = {
        "commandId": "searchOffices",
        "parameters": [{"name": "query", "value": "  jrotc   scholarships "}],
        "queryOptions": {"skip": 5, "count": 10},
    }
    assert SearchQuery.parse(value) == SearchQuery("jrotc scholarships", False, 5, 10)
    first = {"parameters": [{"name": "initialRun", "value": "true"}]}
    assert SearchQuery.parse(first) == SearchQuery("", True, 0, MAX_RESULTS)


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"parameters": None, "queryOptions": None},
        {"parameters": ["x", {"name": "query", "value": 3}], "queryOptions": {"skip": "a"}},
        {"queryOptions": {"skip": -4, "count": 10_000}},
    ],
)
def test_malformed_queries_read_as_an_empty_first_page(value: dict[str, Any]) -> None:
    query = SearchQuery.parse(value)
    assert query.text == "" and query.skip == 0 and 1 <= query.count <= MAX_RESULTS


def test_names_acronyms_topics_and_prefixes(conversation: Conversation) -> None:
    assert _ids("jrotc", conversation)[0] == "jrotc"
    assert _ids("OSEL", conversation)[0] == "osel"
    assert "jrotc" in _ids("jro", conversation)
    assert "safe-passage" in _ids("safe pass", conversation)
    tornado = conversation.assistant.ask("tornado drill").best
    assert tornado is not None and _ids("tornado drill", conversation)[0] == tornado.office.id
    assert len(_ids("", conversation)) == len(conversation.assistant.directory())


def test_results_are_unique_and_paged(conversation: Conversation) -> None:
    ids = _ids("office", conversation)
    assert len(ids) == len(set(ids)) > 3
    page = search_response(SearchQuery("office", skip=2, count=2), conversation)
    titles = [a["preview"]["content"]["title"] for a in page["composeExtension"]["attachments"]]
    labels = {c.office.id: c.office.label for c in conversation.assistant.directory()}
    assert titles == [labels[i] for i in ids[2:4]]


def test_past_the_last_page_is_an_empty_list(conversation: Conversation) -> None:
    page = search_response(SearchQuery("jrotc", skip=500), conversation)
    assert page == {
        "composeExtension": {"type": "result", "attachmentLayout": "list", "attachments": []}
    }


def test_search_keystrokes_stay_out_of_the_curators_log(conversation: Conversation) -> None:
    """Each keystroke is a query; none of them is a question the bot failed to answer.
    (Search latency is measured in benchmarks/teams_http.py.)"""
    for typed in ("j", "jr", "jro", "jrot", "jrotc", "tornado drill", "x" * 200):
        search_response(SearchQuery(typed), conversation)
    sink = conversation.sink
    assert isinstance(sink, RecordingSink) and sink.events == []
