"""`_event_table.py`: each `event_type` the webhooks' `x-signalwire-event` describe, with its model and the rules
that say how it bears on calls and operations (`facade/signalwire_calling/_event_info.py` reads them).
"""

from __future__ import annotations

from typing import Any

from generator.events import Rule
from generator.model import Spec
from generator.render.common import HEADER

PATH = "signalwire_calling/_event_table.py"


def _values(values: frozenset[Any]) -> str:
    ordered = sorted(values, key=lambda value: (type(value).__name__, str(value)))  # a frozenset has no order
    return f"frozenset({{{', '.join(repr(value) for value in ordered)}}})" if ordered else "frozenset()"


def _rules(rules: tuple[Rule, ...]) -> str:
    inner = ", ".join(f"({path!r}, {_values(values)})" for path, values in rules)
    return f"({inner},)" if len(rules) == 1 else f"({inner})"


def render(spec: Spec) -> str:
    entries = []
    for event in spec.events:
        for event_type in event.event_types:
            entries.append(
                f"    {event_type!r}: EventInfo(\n"
                f"        event_type={event_type!r},\n"
                f"        model={event.model!r},\n"
                f"        webhook={event.webhook!r},\n"
                f"        operations={event.operations!r},\n"
                f"        terminal={_rules(event.terminal)},\n"
                f"        progress={_rules(event.progress)},\n"
                f"        call_state={event.call_state!r},\n"
                f"        ended={_values(event.ended)},\n"
                f"    ),"
            )
    return f'''"""Status events by `event_type`: their models, and how they bear on calls and operations. {HEADER}"""

from __future__ import annotations

from typing import Final

from ._event_info import EventInfo

EVENTS: Final[dict[str, EventInfo]] = {{
{chr(10).join(entries)}
}}

GENERIC_EVENT: Final = {spec.generic_event!r}
"""The model of an event whose `event_type` is not in `EVENTS`."""
'''
