"""The Slack listeners as plain functions, with a mocked ``ack``, ``say``, ``respond`` and
``client``: what each one acknowledges, posts and files, with no HTTP at all.

The worker runs each job at once (``InlineWorker``), so when a listener returns, its answer
has been "posted" to the mock. What only the wire can show (signatures, retries over HTTP,
429s, limits) is in test_http_e2e.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from unittest.mock import MagicMock

import pytest
from slack_bolt import BoltContext

from bot.conversation import Conversation, FeedbackRef
from bot.service import Assistant
from bot.slack.listeners import SERVICES_KEY, Services, actions, commands, events, shortcuts
from bot.slack.markup import typed_text
from bot.slack.worker import AnswerWorker, Job, run_logged
from bot.steps import Step, StepKind
from bot.wording import UNREADABLE_ACTION
from tests.conftest import RecordingSink
from tests.slack.blockkit import button, buttons, problems, shown
from tests.slack.conftest import payload
from tests.slack.stand_in import BOT_ID, BOT_USER_ID


class InlineWorker(AnswerWorker):
    """Runs each job at once, in the listener's thread."""

    def submit(self, kind: str, job: Job) -> None:
        run_logged(kind, job)


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def context(assistant: Assistant, sink: RecordingSink) -> BoltContext:
    conversation = Conversation(assistant, sink=sink)
    return BoltContext(
        {"bot_user_id": BOT_USER_ID, SERVICES_KEY: Services(conversation, InlineWorker(1))}
    )


def _ok() -> MagicMock:
    """A mock ``say`` or ``respond`` whose call succeeds, as Slack's would."""
    return MagicMock(return_value=MagicMock(status_code=200))


def _sent(mock: MagicMock) -> dict[str, Any]:
    """The keyword arguments of the mock's only call, with Block Kit checked on the way."""
    mock.assert_called_once()
    sent: dict[str, Any] = dict(mock.call_args.kwargs)
    if "blocks" in sent:
        assert problems(sent["blocks"]) == []
    return sent


def _texts(node: object) -> str:
    return json.dumps(node)


def _mention(context: BoltContext, say: MagicMock, **changes: Any) -> None:
    body = payload("app_mention", **changes)
    events.on_mention(event=body["event"], body=body, context=context, say=say)


def _dm(context: BoltContext, say: MagicMock, **changes: Any) -> None:
    body = payload("message_im", **changes)
    events.on_message(event=body["event"], body=body, context=context, say=say)


# --- Mentions and DMs ------------------------------------------------------------------------


def test_a_mention_is_answered_in_its_thread(context: BoltContext) -> None:
    say = _ok()
    _mention(context, say)
    sent = _sent(say)
    assert sent["thread_ts"] == "1700000000.000100"
    assert sent["unfurl_links"] is False
    blocks = sent["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Safety Initiatives and Background Check"},
    }
    assert "Contact for its parent office, Office of School Safety and Security (OSSS)" in (
        _texts(blocks)
    )
    assert "Source: " in blocks[-3]["elements"][0]["text"], "context line citing the source"
    assert blocks[-2]["elements"][0]["text"] == "Did this answer help?"
    assert [e["text"]["text"] for e in blocks[-1]["elements"]] == ["Helpful", "Not helpful"]
    assert sent["text"].startswith("Safety Initiatives and Background Check")


def test_a_mention_inside_a_thread_stays_in_that_thread(context: BoltContext) -> None:
    say = _ok()
    _mention(context, say, event__thread_ts="1699999999.000001")
    assert _sent(say)["thread_ts"] == "1699999999.000001"


def test_a_direct_message_leads_with_the_field_asked_for(context: BoltContext) -> None:
    say = _ok()
    _dm(context, say)
    sent = _sent(say)
    assert sent["thread_ts"] is None
    assert sent["blocks"][0]["text"]["text"] == "Fax for OSEL: 773-553-1895, 773-553-3654"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello!", "Hi! Ask me who handles something"),
        ("thanks", "You're welcome"),
        ("help", "Tap an example to ask it:"),
    ],
)
def test_greetings_thanks_and_help(context: BoltContext, text: str, expected: str) -> None:
    say = _ok()
    _dm(context, say, event__text=text)
    assert expected in _texts(_sent(say)["blocks"])


@pytest.mark.parametrize("kind", ["message_im", "app_mention"])
def test_a_redelivered_event_is_answered_once(context: BoltContext, kind: str) -> None:
    say = _ok()
    listen = events.on_message if kind == "message_im" else events.on_mention
    body = payload(kind, event_id="Ev0RETRY")
    for _ in range(3):
        listen(event=body["event"], body=body, context=context, say=say)
    say.assert_called_once()


@pytest.mark.parametrize(
    ("kind", "changes"),
    [
        ("message_im", {"event__user": BOT_USER_ID}),
        ("message_im", {"event__bot_id": BOT_ID}),
        ("message_im", {"event__bot_id": "B0OTHERBOT", "event__user": "U0OTHERBOT"}),
        ("message_im", {"event__subtype": "message_changed"}),
        ("message_im", {"event__subtype": "channel_join"}),
        ("message_im", {"event__subtype": "message_replied"}),
        ("message_im", {"event__subtype": "bot_message"}),
        ("message_im", {"event__channel_type": "channel"}),
        ("app_mention", {"event__user": BOT_USER_ID}),
        ("app_mention", {"event__bot_id": "B0OTHERBOT"}),
        ("app_mention", {"event__channel": "D0DIRECT1"}),  # message.im answers that one
    ],
)
def test_ignores_itself_other_bots_subtypes_and_channel_messages(
    context: BoltContext, sink: RecordingSink, kind: str, changes: dict[str, str]
) -> None:
    say = _ok()
    listen = events.on_message if kind == "message_im" else events.on_mention
    body = payload(kind, **changes)
    listen(event=body["event"], body=body, context=context, say=say)
    say.assert_not_called()
    assert sink.events == []


def test_user_text_never_pings_anyone(context: BoltContext) -> None:
    say = _ok()
    _dm(context, say, event__text="<!channel> <!here> <@U0PRINCIPAL> & who handles jrotc?")
    for text in shown(_sent(say)):
        assert "<!" not in text and "<@U0" not in text
    respond = _ok()
    sneaky = "&lt;!channel&gt; Q&amp;A: who handles jrotc scholarships?"
    commands.whohandles(
        ack=MagicMock(), command=payload("slash_command", text=sneaky), context=context,
        respond=respond,
    )  # fmt: skip
    sent = _sent(respond)
    blocks = json.dumps(sent["blocks"])
    assert "You asked: &lt;!channel&gt; Q&amp;A: who handles jrotc scholarships?" in blocks, (
        "typed text is decoded once, then escaped once"
    )
    assert "&amp;amp;" not in blocks and "&amp;lt;" not in blocks


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("<@UBOT0001> who handles jrotc", "who handles jrotc"),
        ("<!channel> <!here|here> fax for osel", "fax for osel"),
        ("see <#C0123|front-office> Q&amp;A &lt;b&gt;", "see Q&A <b>"),
    ],
)
def test_slack_markup_goes_and_entities_are_decoded(typed: str, read: str) -> None:
    assert typed_text(typed) == read


# --- Slash commands and the shortcut -----------------------------------------------------------


def test_slash_command_answers_privately_with_a_sharebutton(context: BoltContext) -> None:
    ack, respond = MagicMock(), _ok()
    commands.whohandles(ack=ack, command=payload("slash_command"), context=context, respond=respond)
    ack.assert_called_once_with()
    sent = _sent(respond)
    assert sent["response_type"] == "ephemeral"
    assert sent["blocks"][0]["elements"][0]["text"] == "You asked: jrotc scolarships"
    assert sent["blocks"][1]["text"]["text"] == "Junior Reserve Officers' Training Corps (JROTC)"
    assert button(sent["blocks"], "share_answer")["text"]["text"] == "Share in channel"


def test_slash_command_without_text_shows_help(context: BoltContext) -> None:
    respond = _ok()
    commands.whohandles(
        ack=MagicMock(), command=payload("slash_command", text=""), context=context,
        respond=respond,
    )  # fmt: skip
    sent = _sent(respond)
    assert sent["response_type"] == "ephemeral"
    assert "Tap an example to ask it:" in _texts(sent["blocks"])
    assert "fax for OSEL" in _texts(sent["blocks"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("osel", "773-553-1830"),
        ("jrotc", "773-535-1955"),
        ("jortc", "773-535-1955"),
        ("Sports Adminstration", "773-534-0700"),
        ("", "Give me an office name or acronym"),
    ],
)
def test_contact_command(context: BoltContext, text: str, expected: str) -> None:
    ack, respond = MagicMock(), _ok()
    command = payload("slash_command", command="/contact", text=text)
    commands.contact(ack=ack, command=command, context=context, respond=respond)
    ack.assert_called_once_with()
    sent = _sent(respond)
    assert sent["response_type"] == "ephemeral"
    assert expected in json.dumps(sent)


def test_message_shortcut_answers_privately(context: BoltContext) -> None:
    ack, respond = MagicMock(), _ok()
    shortcuts.who_handles_this(
        ack=ack, shortcut=payload("message_action"), context=context, respond=respond
    )
    ack.assert_called_once_with()
    sent = _sent(respond)
    assert sent["response_type"] == "ephemeral"
    assert "Network Safety" in json.dumps(sent["blocks"])


# --- Buttons -----------------------------------------------------------------------------------

CLARIFY_QUESTION = "psychologist for a student with asthma"


def _click(
    listener: Callable[..., None],
    context: BoltContext,
    action_id: str,
    value: str,
    **container: Any,
) -> MagicMock:
    click = payload("block_actions")
    click["container"].update(container)
    click["actions"][0].update(action_id=action_id, value=value)
    ack, respond = MagicMock(), _ok()
    given = {"ack": ack, "action": click["actions"][0], "context": context, "respond": respond}
    if listener is actions.choose:
        given["body"] = click
    listener(**given)
    ack.assert_called_once_with()
    return respond


def _feedback_click(context: BoltContext, helpful: bool, value: str) -> MagicMock:
    ack, respond = MagicMock(), _ok()
    listen = actions.helpful if helpful else actions.not_helpful
    listen(ack=ack, action={"value": value}, context=context, respond=respond)
    ack.assert_called_once_with()
    return respond


def test_clarify_buttons_then_a_click_replaces_the_message(context: BoltContext) -> None:
    say = _ok()
    _dm(context, say, event__text=CLARIFY_QUESTION)
    choices = [b for b in buttons(_sent(say)["blocks"]) if b["action_id"].startswith("choose_")]
    labels = [c["text"]["text"] for c in choices]
    assert "Related Service Providers" in labels and "Health and Wellness" in labels
    assert all(c["style"] == "primary" for c in choices)
    choice = next(c for c in choices if c["text"]["text"] == "Related Service Providers")
    respond = _click(actions.choose, context, choice["action_id"], choice["value"])
    sent = _sent(respond)
    assert sent["replace_original"] is True and sent["response_type"] == "in_channel"
    assert sent["blocks"][0]["text"]["text"] == "Related Service Providers"


def test_a_click_on_a_private_answer_stays_private(context: BoltContext) -> None:
    respond = _click(
        actions.choose, context, "choose_office_1", "related-service-providers", is_ephemeral=True
    )
    sent = _sent(respond)
    assert sent["replace_original"] is True and sent["response_type"] == "ephemeral"
    assert button(sent["blocks"], "share_answer")


@pytest.mark.parametrize(("helpful", "thanks"), [(True, "Glad that helped"), (False, "Thanks")])
def test_feedback_is_filed_and_thanked(
    context: BoltContext, sink: RecordingSink, helpful: bool, thanks: str
) -> None:
    say = _ok()
    _dm(context, say, event__text="metal detectors")
    action = "feedback_helpful" if helpful else "feedback_not_helpful"
    value = button(_sent(say)["blocks"], action)["value"]
    assert FeedbackRef.loads(value) is not None
    sent = _sent(_feedback_click(context, helpful, value))
    assert sent["response_type"] == "ephemeral" and sent["replace_original"] is False
    assert thanks in sent["text"]
    assert [(e.helpful, e.office_ids, e.platform, e.question) for e in sink.clicks] == [
        (helpful, ("student-safety-services",), "slack", "metal detectors")
    ]


def test_a_forged_feedback_value_gets_a_polite_reply(
    context: BoltContext, sink: RecordingSink
) -> None:
    sent = _sent(_feedback_click(context, True, "{not json"))
    assert "couldn't read that button" in sent["text"]
    assert sink.clicks == []


def test_share_posts_the_answer_in_channel_then_removes_the_private_one(
    context: BoltContext,
) -> None:
    respond = _ok()
    command = payload("slash_command", text="fax for jrotc")
    commands.whohandles(ack=MagicMock(), command=command, context=context, respond=respond)
    share = button(_sent(respond)["blocks"], "share_answer")
    respond = _click(actions.share, context, "share_answer", share["value"], is_ephemeral=True)
    posted, deleted = respond.call_args_list
    assert posted.kwargs["response_type"] == "in_channel"
    assert "Fax for JROTC: 773-535-1957" in json.dumps(posted.kwargs["blocks"])
    assert deleted.kwargs == {"delete_original": True}


def test_a_share_slack_refuses_keeps_the_private_answer(context: BoltContext) -> None:
    respond = MagicMock(return_value=MagicMock(status_code=404))
    value = json.dumps({"k": "office", "q": "jrotc"})
    actions.share(ack=MagicMock(), action={"value": value}, context=context, respond=respond)
    respond.assert_called_once()  # no delete_original: the private answer stays


def test_an_unreadable_share_value_gets_a_polite_reply(context: BoltContext) -> None:
    respond = _click(actions.share, context, "share_answer", "not json")
    assert "couldn't read that button" in _sent(respond)["text"]


# --- Next steps: ask an example, open a card, help, the directory -----------------------------

STEP_LISTENERS = {
    StepKind.ASK: actions.ask_example,
    StepKind.OFFICE: actions.open_office,
    StepKind.HELP: actions.show_help,
    StepKind.DIRECTORY: actions.show_directory,
}


def _step_click(
    context: BoltContext,
    button_: dict[str, Any],
    *,
    home: bool = False,
    **container: Any,
) -> tuple[MagicMock | None, MagicMock]:
    """Click a next-step button; returns the ``respond`` (None on the Home tab) and ``client``."""
    click = payload("block_actions")
    click["container"].update(container)
    if home:
        click["container"] = {"type": "view", "view_id": "V0HOME"}
        del click["response_url"], click["message"], click["channel"]
    click["actions"][0].update(action_id=button_["action_id"], value=button_["value"])
    kind = StepKind(button_["action_id"].split("_")[1])
    ack, respond, client = MagicMock(), None if home else _ok(), MagicMock()
    STEP_LISTENERS[kind](
        ack=ack,
        action=click["actions"][0],
        body=click,
        context=context,
        respond=respond,
        client=client,
    )
    ack.assert_called_once_with()
    return respond, client


def _help_buttons(context: BoltContext) -> list[dict[str, Any]]:
    say = _ok()
    _dm(context, say, event__text="help")
    return buttons(_sent(say)["blocks"])


def test_an_example_button_asks_it_in_the_thread_and_is_counted(
    context: BoltContext, sink: RecordingSink
) -> None:
    example = next(b for b in _help_buttons(context) if b["action_id"] == "step_ask_0")
    question = example["text"]["text"]
    respond, _ = _step_click(context, example, thread_ts="1700000001.000200")
    assert respond is not None
    sent = _sent(respond)
    assert sent["response_type"] == "in_channel" and sent["replace_original"] is False
    assert sent["thread_ts"] == "1700000001.000200", "in the thread, beside the help"
    assert sent["blocks"][0]["elements"][0]["text"] == f"You asked: {question}"
    assert [e.question for e in sink.events] == [question]


def test_a_button_on_a_private_answer_answers_privately(context: BoltContext) -> None:
    example = next(b for b in _help_buttons(context) if b["action_id"] == "step_ask_4")
    respond, _ = _step_click(context, example, is_ephemeral=True)
    assert respond is not None
    sent = _sent(respond)
    assert sent["response_type"] == "ephemeral" and sent["replace_original"] is False
    assert button(sent["blocks"], "share_answer"), "a private answer can still be shared"


def test_open_buttons_show_a_partners_card(context: BoltContext) -> None:
    say = _ok()
    _dm(context, say, event__text="STLS")
    opens = [b for b in buttons(_sent(say)["blocks"]) if b["action_id"].startswith("step_office_")]
    assert [b["text"]["text"] for b in opens] == ["Open", "Open", "Open"]
    respond, _ = _step_click(context, opens[0])
    assert respond is not None
    blocks = _sent(respond)["blocks"]
    assert blocks[0]["text"]["text"] == "School Counseling and Postsecondary Advising (OSCPA)"


def test_an_unknown_answer_offers_the_named_office_help_and_the_directory(
    context: BoltContext,
) -> None:
    say = _ok()
    _dm(context, say, event__text="my paycheck from JROTC was short")
    steps = [b for b in buttons(_sent(say)["blocks"]) if b["action_id"].startswith("step_")]
    assert [b["text"]["text"] for b in steps] == ["Contact card for JROTC", "Examples", "Directory"]
    first_lines = []
    for step in steps:
        respond, _ = _step_click(context, step)
        assert respond is not None
        first = _sent(respond)["blocks"][0]
        first_lines.append(first["text"]["text"])
    assert first_lines[0] == "Junior Reserve Officers' Training Corps (JROTC)"
    assert first_lines[1].startswith("Ask me who handles something")
    assert first_lines[2] == "Here is every office I know, grouped by parent office."


def test_a_home_tab_button_answers_in_the_persons_dm(context: BoltContext) -> None:
    client = MagicMock()
    events.on_home_opened(event=payload("app_home_opened")["event"], context=context, client=client)
    view = client.views_publish.call_args.kwargs["view"]
    example = next(b for b in buttons(view["blocks"]) if b["action_id"] == "step_ask_1")
    _, posted = _step_click(context, example, home=True)
    call = posted.chat_postMessage.call_args.kwargs
    assert call["channel"] == "U0STAFF01"
    assert problems(call["blocks"]) == []
    assert call["blocks"][0]["elements"][0]["text"] == f"You asked: {example['text']['text']}"
    office = next(b for b in buttons(view["blocks"]) if b["action_id"].startswith("step_office"))
    _, posted = _step_click(context, office, home=True)
    assert posted.chat_postMessage.call_args.kwargs["channel"] == "U0STAFF01"


@pytest.mark.parametrize(
    ("action_id", "value"),
    [
        ("step_ask_0", "not json"),
        ("step_ask_0", '{"k":"office","q":"jrotc"}'),  # another kind than the button's
        ("step_office_0", '{"k":"office"}'),
        ("step_office_0", '{"k":"office","q":["jrotc"]}'),
        ("step_help_0", "[]"),
        ("step_directory_0", '{"k":"launch"}'),
    ],
)
def test_an_unreadable_step_value_gets_a_polite_reply(
    context: BoltContext, sink: RecordingSink, action_id: str, value: str
) -> None:
    respond, _ = _step_click(context, {"action_id": action_id, "value": value})
    assert respond is not None
    sent = _sent(respond)
    assert sent["text"] == UNREADABLE_ACTION and sent["response_type"] == "ephemeral"
    assert sink.events == []
    _, client = _step_click(context, {"action_id": action_id, "value": value}, home=True)
    assert client.chat_postMessage.call_args.kwargs["text"] == UNREADABLE_ACTION


def test_an_office_gone_since_the_button_was_sent_is_an_answer(context: BoltContext) -> None:
    value = Step.office("no-such-office").dumps()
    respond, _ = _step_click(context, {"action_id": "step_office_0", "value": value})
    assert respond is not None
    assert "won't guess" in json.dumps(_sent(respond)["blocks"])


# --- App Home ----------------------------------------------------------------------------------


def test_opening_the_home_tab_publishes_the_directory(context: BoltContext) -> None:
    client = MagicMock()
    events.on_home_opened(event=payload("app_home_opened")["event"], context=context, client=client)
    client.views_publish.assert_called_once()
    call = client.views_publish.call_args.kwargs
    assert call["user_id"] == "U0STAFF01"
    view = call["view"]
    assert view["type"] == "home" and problems(view["blocks"], home=True) == []
    text = json.dumps(view)
    assert "How to ask" in text and "Students in Temporary Living Situations (STLS)" in text
    assert "Office of School Safety and Security (OSSS)" in [
        b["text"]["text"] for b in view["blocks"] if b["type"] == "header"
    ]


def test_opening_the_messages_tab_publishes_nothing(context: BoltContext) -> None:
    client = MagicMock()
    event = payload("app_home_opened", event__tab="messages")["event"]
    events.on_home_opened(event=event, context=context, client=client)
    client.views_publish.assert_not_called()
