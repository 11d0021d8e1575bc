"""Small storage interfaces with in-process defaults; shared backends plug in behind them."""
