"""The journal: every request the mock received, and the helpers a test checks them with. Thread-safe."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from typing import Any

from .._body import to_json, wire_name
from ._http import canonical_id
from ._records import RecordedRequest

__all__ = ["Journal"]


class Journal:
    """Requests in the order they were handled, faulted and refused ones included."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[RecordedRequest] = []

    def __repr__(self) -> str:
        return f"Journal(requests={len(self)})"

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def append(self, request: RecordedRequest) -> None:
        with self._lock:
            self._entries.append(request)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request, oldest first (a copy)."""
        with self._lock:
            return list(self._entries)

    @property
    def last(self) -> RecordedRequest:
        """The latest request; LookupError when there is none."""
        with self._lock:
            if not self._entries:
                raise LookupError("the mock has received no request yet")
            return self._entries[-1]

    def sent(self, command: str | None = None, *, call_id: object = None, **params: Any) -> list[RecordedRequest]:
        """Requests of `command` (any when None) to `call_id` whose params include `params`.

        Param names are the façade's keywords (`from_` matches `from`); values are compared as JSON.
        """
        wanted = {wire_name(key): to_json(value) for key, value in params.items()}
        return [request for request in self.requests if _matches(request, command, call_id, wanted)]

    def assert_sent(
        self, command: str, *, call_id: object = None, times: int | None = None, **params: Any
    ) -> RecordedRequest:
        """The latest matching request (see `sent`); AssertionError, listing what was sent, when none matches
        (or when `times` is given and the count differs)."""
        found = self.sent(command, call_id=call_id, **params)
        if not found or (times is not None and len(found) != times):
            expected = f"{times} time(s)" if times is not None else "at least once"
            raise AssertionError(
                f"expected {command} {_describe(call_id, params)} sent {expected}, found {len(found)};"
                f" sent: {self.summary()}"
            )
        return found[-1]

    def assert_not_sent(self, command: str, *, call_id: object = None, **params: Any) -> None:
        """AssertionError, listing what was sent, when a request matches (see `sent`)."""
        found = self.sent(command, call_id=call_id, **params)
        if found:
            raise AssertionError(
                f"expected no {command} {_describe(call_id, params)}, found {len(found)}; sent: {self.summary()}"
            )

    def summary(self) -> str:
        """One `command params -> status` item per request, for assertion messages; `nothing` when empty."""
        lines = [f"{r.command or r.method + ' ' + r.path} {dict(r.params)} -> {r.status}" for r in self.requests]
        return "; ".join(lines) if lines else "nothing"


def _matches(request: RecordedRequest, command: str | None, call_id: object, params: Mapping[str, Any]) -> bool:
    if command is not None and request.command != command:
        return False
    if call_id is not None and request.call_id != canonical_id(str(call_id)):
        return False
    return all(key in request.params and request.params[key] == value for key, value in params.items())


def _describe(call_id: object, params: Mapping[str, Any]) -> str:
    shown = dict(params)
    if call_id is not None:
        shown = {"call_id": call_id, **shown}
    return json.dumps(shown, default=str) if shown else "(any params)"
