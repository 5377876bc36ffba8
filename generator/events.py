"""The status events of spec/calling.yaml: its `webhooks:` and the `x-signalwire-event` facts on them.

`webhooks(document, schemas)` maps each webhook to the schema of its body; `events(...)` reads each
`x-signalwire-event` (the event types it describes, the operations it reports on, the rules that make it an
outcome or progress, where it carries the call's state); `webhook_only(...)` names the schemas only webhooks
use. `generator/model.py` puts the results on its `Spec`; a fact the generated code cannot honour raises
`SpecError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.spec_refs import SpecError, reachable, references, schema_name

Rule = tuple[tuple[str, ...], frozenset[Any]]
"""A path into an event's JSON (`("params", "state")`) and the values there that make the rule hold."""


@dataclass(frozen=True)
class Event:
    """A webhook's `x-signalwire-event`: the status events it describes and how they bear on calls and operations."""

    webhook: str
    model: str
    """The schema of its payload."""
    event_types: tuple[str, ...]
    """The values of `event_type` it describes."""
    operations: tuple[str, ...]
    """The kinds of operation (`x-signalwire-operation`) it reports on; empty for a call-level event."""
    terminal: tuple[Rule, ...]
    """Any holding: the event is its operation's outcome."""
    progress: tuple[Rule, ...]
    """Any holding: progress only, even when a terminal rule holds too."""
    call_state: tuple[str, ...] | None
    """Where it carries the call's state, if it does."""
    ended: frozenset[str]
    """The values of that state that mean the call is over."""


def webhooks(document: Mapping[str, Any], schemas: Mapping[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, item in document.get("webhooks", {}).items():
        body = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        if "$ref" not in body:
            raise SpecError(f"webhook {name}: the request body must be a $ref to a named schema")
        found[name] = schema_name(body["$ref"], schemas)
    return found


def events(document: Mapping[str, Any], webhooks: Mapping[str, str], kinds: set[str]) -> tuple[Event, ...]:
    found: list[Event] = []
    ended_by: dict[str, str] = {}
    for name, item in document.get("webhooks", {}).items():
        fact = item["post"].get("x-signalwire-event")
        if fact is None:
            continue
        operations = tuple(fact.get("operations", ()))
        unknown = [kind for kind in operations if kind not in kinds]
        if unknown:
            raise SpecError(f"webhook {name}: operations {unknown} are no x-signalwire-operation kind")
        event = Event(
            webhook=name,
            model=webhooks[name],
            event_types=tuple(fact["event_types"]),
            operations=operations,
            terminal=_rules(fact.get("terminal"), f"webhook {name}: terminal"),
            progress=_rules(fact.get("progress"), f"webhook {name}: progress"),
            call_state=tuple(fact["call_state"].split(".")) if "call_state" in fact else None,
            ended=frozenset(fact.get("ended", ())),
        )
        for kind in operations if event.terminal else ():
            if ended_by.setdefault(kind, name) != name:
                raise SpecError(f"operation {kind!r}: both {ended_by[kind]} and {name} have terminal rules for it")
        found.append(event)
    types = [event_type for event in found for event_type in event.event_types]
    if len(set(types)) != len(types):
        raise SpecError(
            f"an event_type is described by two webhooks: {sorted({t for t in types if types.count(t) > 1})}"
        )
    return tuple(found)


def _rules(node: Any, where: str) -> tuple[Rule, ...]:
    """`{"params.state": [finished, error]}` -> `((("params", "state"), frozenset({...})),)`."""
    if node is None:
        return ()
    if not isinstance(node, dict) or not all(isinstance(values, list) and values for values in node.values()):
        raise SpecError(f"{where}: rules map a dotted path to a list of values")
    return tuple((tuple(str(path).split(".")), frozenset(values)) for path, values in node.items())


def webhook_only(document: Mapping[str, Any], webhooks: Mapping[str, str], schemas: Mapping[str, Any]) -> set[str]:
    for_webhooks = reachable(schemas, set(webhooks.values()))
    return for_webhooks - reachable(schemas, {schema_name(ref, schemas) for ref in references(document["paths"])})
