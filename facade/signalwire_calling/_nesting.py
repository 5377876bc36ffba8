"""How deeply a decoded JSON value nests, measured without recursion (so a deep value cannot exhaust the stack).

The CLI bounds its JSON options with it, and the mock the bodies it reads.
"""

from __future__ import annotations

from typing import Any

__all__ = ["deeper_than"]


def deeper_than(value: Any, limit: int) -> bool:
    """Whether arrays and objects nest more than `limit` levels in `value` (`[]` is one level, `[[]]` two)."""
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (list, dict)):
            if level > limit:
                return True
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False
