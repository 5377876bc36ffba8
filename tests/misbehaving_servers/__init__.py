"""The client against HTTP servers that misbehave: slow, silent, truncated, oversized, dropped."""
