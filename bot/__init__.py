"""whohandles: tells CPS staff which office handles what, on Slack, Teams and the terminal.

``bot`` holds the front ends (CLI, terminal chat, Slack, Teams) and the platform-neutral
answer; the pure core lives in ``knowledge`` (facts) and ``intents`` (routing).
"""

__version__ = "0.1.0"
