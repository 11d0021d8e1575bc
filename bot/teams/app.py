"""Build the Teams app: the SDK's App on our own FastAPI, so ``/healthz`` and ``/metrics`` sit
beside ``POST /api/messages``; uvicorn serves it."""

from __future__ import annotations

import logging
import threading
from typing import Any

import uvicorn
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from microsoft_teams.api.activities.invoke.message_extension.query import (
    MessageExtensionQueryInvokeActivity,
)
from microsoft_teams.api.models.messaging_extension.messaging_extension_response import (
    MessagingExtensionResponse,
)
from microsoft_teams.apps import App
from microsoft_teams.apps.http.fastapi_adapter import FastAPIAdapter
from microsoft_teams.apps.routing.activity_context import ActivityContext

from bot.conversation import Conversation
from bot.teams.handlers import reply_for, search_results, send_with_retry
from bot.teams.settings import TeamsSettings

logger = logging.getLogger(__name__)

MESSAGES_PATH = "/api/messages"


def build_app(conversation: Conversation, settings: TeamsSettings) -> tuple[App, FastAPI]:
    """The Teams App with our handlers, and the FastAPI app that serves it."""
    web = FastAPI(title="whohandles", docs_url=None, redoc_url=None, openapi_url=None)

    @web.get("/healthz", response_class=PlainTextResponse)
    async def healthz() -> str:
        return "ok\n"

    @web.get("/metrics", response_class=PlainTextResponse)
    async def metrics() -> str:
        return conversation.metrics.render()

    app = App(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        tenant_id=settings.tenant_id,
        dangerously_allow_unauthenticated_requests=settings.dangerously_allow_unauthenticated,
        http_server_adapter=FastAPIAdapter(app=web),
        messaging_endpoint=MESSAGES_PATH,
    )

    @app.on_message
    async def on_message(ctx: Any) -> None:
        if not conversation.is_new("teams", ctx.activity.id):
            return
        await send_with_retry(ctx.send, reply_for(ctx.activity, conversation))

    @app.on_message_ext_query
    async def on_search(
        ctx: ActivityContext[MessageExtensionQueryInvokeActivity],
    ) -> MessagingExtensionResponse:
        value = ctx.activity.value
        parameters = getattr(value, "parameters", None) or []
        query = next((str(p.value or "") for p in parameters if getattr(p, "value", None)), "")
        return search_results(query, conversation)

    return app, web


class TeamsServer:
    """uvicorn serving the Teams app, in the foreground or a background thread (tests)."""

    def __init__(self, app: App, web: FastAPI, host: str, port: int) -> None:
        self._app = app
        config = uvicorn.Config(web, host=host, port=port, log_level="warning", lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        sockets = [s for server in self._server.servers for s in server.sockets]
        return int(sockets[0].getsockname()[1])

    async def _serve(self) -> None:
        await self._app.initialize()
        await self._server.serve()

    def serve_forever(self) -> None:
        import asyncio

        logger.info("Teams listening (POST %s)", MESSAGES_PATH)
        asyncio.run(self._serve())

    def start(self) -> TeamsServer:
        import time

        self._thread = threading.Thread(target=self.serve_forever, name="teams-http", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started and time.monotonic() < deadline:
            time.sleep(0.01)
        if not self._server.started:
            raise RuntimeError("the Teams server did not start")
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
