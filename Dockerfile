# whohandles, for Slack HTTP mode and/or Teams behind a load balancer.
# Not built or run in this repository's CI (no container engine there): keep it simple.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
COPY intents ./intents
RUN pip install --no-cache-dir ".[teams,shared]" && useradd --system whohandles
USER whohandles
ENV PORT=3000 WHOHANDLES_LOG_LEVEL=INFO
EXPOSE 3000 3978
# `whohandles run` serves Slack and/or Teams, whichever has credentials in the environment.
CMD ["whohandles", "run"]
