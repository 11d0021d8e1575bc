"""Renderers: one Answer in, one platform's presentation out. Layout only; the words live in
``bot.wording`` and the facts in ``bot.answer``."""
