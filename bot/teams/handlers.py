"""The Teams activity handlers: a message, the app being installed, a messaging-extension
search. Each only translates: the reply comes from ``bot.teams.replies`` and
``bot.teams.search``, and ``bot.teams.connector`` sends it to the activity's ``serviceUrl``.

Methods of one small class rather than closures, so a test can call them with a mocked
context (``ctx.activity``, ``ctx.send``) and no HTTP at all.
"""

from __future__ import annotations

import asyncio
import warnings

from microsoft_teams.common import ExperimentalWarning

from bot.conversation import Conversation
from bot.teams.connector import deliver
from bot.teams.replies import Reply, delivery_key, reply_to_message, welcome_reply
from bot.teams.search import SearchQuery, search_response

with warnings.catch_warnings():
    warnings.simplefilter("ignore", ExperimentalWarning)
    from microsoft_teams.api.activities.install_update.add import InstalledActivity
    from microsoft_teams.api.activities.invoke.message_extension.query import (
        MessageExtensionQueryInvokeActivity,
    )
    from microsoft_teams.api.activities.message.message import MessageActivity
    from microsoft_teams.api.models.messaging_extension.messaging_extension_response import (
        MessagingExtensionResponse,
    )
    from microsoft_teams.apps import ActivityContext, App

PLATFORM = "teams"


class TeamsHandlers:
    """Every handler, sharing one Conversation."""

    def __init__(self, conversation: Conversation) -> None:
        self.conversation = conversation

    def register(self, app: App) -> None:
        app.on_message(self.on_message)
        app.on_install_add(self.on_install)
        app.on_message_ext_query(self.on_search)

    async def on_message(self, ctx: ActivityContext[MessageActivity]) -> None:
        """A typed question or a card button's data: answered once per delivery."""
        activity = ctx.activity
        key = delivery_key(activity.conversation.id, activity.id)

        def answer() -> Reply | None:
            if not self.conversation.is_new(PLATFORM, key):
                return None
            thread = activity.conversation.id
            return reply_to_message(activity.text, activity.value, self.conversation, thread)

        # Off the event loop: the dedupe store may be Redis, a network round trip.
        reply = await asyncio.to_thread(answer)
        if reply is not None:
            await deliver(ctx.send, reply, clicked_id=activity.reply_to_id)

    async def on_install(self, ctx: ActivityContext[InstalledActivity]) -> None:
        """The app added to a chat or team: say hello, once."""
        key = delivery_key(ctx.activity.conversation.id, ctx.activity.id)
        if await asyncio.to_thread(self.conversation.is_new, PLATFORM, key):
            await deliver(ctx.send, welcome_reply(self.conversation))

    async def on_search(
        self, ctx: ActivityContext[MessageExtensionQueryInvokeActivity]
    ) -> MessagingExtensionResponse:
        """The search messaging extension: office cards, as the invoke's response."""
        query = SearchQuery.parse(ctx.activity.value.model_dump(by_alias=True))
        return MessagingExtensionResponse.model_validate(search_response(query, self.conversation))
