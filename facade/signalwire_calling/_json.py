"""`loads`: `json.loads` for a UTF-8 body, without its encoding sniffing and its two whitespace scans.

`json.loads(bytes)` first guesses the encoding (UTF-8, -16 or -32, with or without a BOM), decodes, then scans for
leading and trailing whitespace around the one value. The bodies this package reads (answers, webhooks) are UTF-8
JSON objects with nothing around them, so the common case goes straight to the C scanner: about half the time of
`json.loads` for a status event. Anything else (another encoding, a BOM, whitespace around the value, invalid
JSON) falls back to `json.loads` itself, so the value, and the error for bad input, are exactly what it gives.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["loads"]

_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # set in __init__, not declared


def loads(body: bytes | bytearray | str) -> Any:
    """`json.loads(body)`: the same value, or the same `ValueError` (or `RecursionError`) for a body that is not one."""
    try:
        text = body if isinstance(body, str) else body.decode()
        value, end = _SCAN(text, 0)
    except (UnicodeDecodeError, StopIteration, ValueError):
        return json.loads(body)
    if end != len(text):  # something after the value: whitespace is fine, anything else an error of json.loads
        return json.loads(body)
    return value
