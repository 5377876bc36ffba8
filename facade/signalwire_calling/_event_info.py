"""What the client knows about each status event beyond its shape: the spec's `x-signalwire-event` facts.

The table itself (`_event_table.EVENTS`, by `event_type`) is generated from `spec/calling.yaml`; this module holds
the class of its entries and the one rule that reads them: whether an event ends the operation it reports on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

__all__ = ["EventInfo", "Rule", "is_terminal", "value_at"]

Rule = tuple[tuple[str, ...], frozenset[Any]]
"""A path into the event's JSON (`("params", "state")`) and the values there that make the rule hold."""


class EventInfo(NamedTuple):
    """One `event_type` of the spec's webhooks: its model and how it bears on calls and operations."""

    event_type: str
    """The wire value of `event_type`, e.g. `calling.call.play`."""
    model: str
    """The name of its model in `signalwire_calling.models`, e.g. `PlayEvent`."""
    webhook: str
    """The webhook of the spec that describes it, e.g. `playStatusCallback`."""
    operations: tuple[str, ...]
    """The kinds of operation it reports on (`play`, `collect`, …), the one named by `params.control_id`; an event
    without one (a transcript) goes to the call's oldest unfinished operation of the first kind. Empty: a
    call-level event."""
    terminal: tuple[Rule, ...]
    """Any of these holding means the event is the operation's outcome."""
    progress: tuple[Rule, ...]
    """Any of these holding means the event is progress only, even when a terminal rule holds too."""
    call_state: tuple[str, ...] | None
    """Where the event carries the call's state (`calling.call.state`: `params.call_state`), else None."""
    ended: frozenset[str]
    """The values of `call_state` that mean the call is over."""


_MISSING: Any = object()


def value_at(data: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    """The value at `path` in decoded JSON, or a private marker when any step is missing or not an object."""
    value: Any = data
    for key in path:
        if type(value) is not dict:
            return _MISSING
        value = value.get(key, _MISSING)
        if value is _MISSING:
            return _MISSING
    return value


def _rule(path: tuple[str, ...], values: frozenset[Any]) -> Callable[[dict[str, Any]], bool]:
    """One rule as a closure over decoded JSON (dicts, as `json.loads` makes them); the common path lengths get a
    closure without a loop (rules run on every event a router takes)."""
    strings = frozenset(value for value in values if type(value) is str)
    # exact types for the others: `final: false` must not match a rule about 0, nor `1` one about `true`
    others = tuple((type(value), value) for value in values if type(value) is not str)

    def matches(value: Any) -> bool:
        if type(value) is str:
            return value in strings
        return value is not None and any(type(value) is kind and value == option for kind, option in others)

    if len(path) == 2:
        first, second = path

        def holds_2(data: dict[str, Any]) -> bool:
            inner = data.get(first)
            return type(inner) is dict and matches(inner.get(second))

        return holds_2
    if len(path) == 3:
        first, second, third = path

        def holds_3(data: dict[str, Any]) -> bool:
            inner = data.get(first)
            inner = inner.get(second) if type(inner) is dict else None
            return type(inner) is dict and matches(inner.get(third))

        return holds_3

    def holds(data: dict[str, Any]) -> bool:
        value: Any = data
        for key in path:
            if type(value) is not dict:
                return False
            value = value.get(key)
        return matches(value)

    return holds


def _compile(info: EventInfo) -> Callable[[dict[str, Any]], bool]:
    progress = [_rule(path, values) for path, values in info.progress]
    terminal = [_rule(path, values) for path, values in info.terminal]

    def check(data: dict[str, Any]) -> bool:
        for rule in progress:
            if rule(data):
                return False
        return any(rule(data) for rule in terminal)

    return check


_checks: dict[str, tuple[EventInfo, Callable[[dict[str, Any]], bool]]] = {}
"""The compiled rules, by event type (with the entry they were compiled from)."""


def is_terminal(info: EventInfo, data: dict[str, Any]) -> bool:
    """Whether the decoded event `data` is the outcome of the operation it reports on (progress rules first)."""
    entry = _checks.get(info.event_type)
    if entry is None or entry[0] is not info:
        entry = _checks[info.event_type] = (info, _compile(info))
    return entry[1](data)
