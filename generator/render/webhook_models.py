"""`webhook_models.py`: the payload model of each webhook in the spec's `webhooks:` (what SignalWire POSTs to
the user's server), the generic event, their union and the webhooks' names, for `signalwire_calling.webhooks`;
nothing imports it with the package.
"""

from __future__ import annotations

from generator.model import Spec
from generator.render.common import HEADER, snake_case

PATH = "signalwire_calling/webhook_models.py"


GENERIC = "genericEvent"
"""The kind of an event whose `event_type` no webhook of the spec describes (its model: the generic event)."""


def render(spec: Spec) -> str:
    models = sorted({*spec.webhooks.values(), spec.generic_event})
    imports = "\n".join(f"from .models.{snake_case(name)} import {name}" for name in models)
    table = "\n".join(
        f"    {hook!r}: {model}," for hook, model in {**spec.webhooks, GENERIC: spec.generic_event}.items()
    )
    kinds = ", ".join(repr(hook) for hook in [*spec.webhooks, GENERIC])
    return f'''"""The payload model of each webhook in the spec's `webhooks:`. {HEADER}"""

from __future__ import annotations

from typing import Final, Literal, TypeAlias

{imports}

WebhookPayload: TypeAlias = {" | ".join(models)}
"""Any payload SignalWire POSTs to your server for the Calling API."""

WebhookKind: TypeAlias = Literal[{kinds}]
"""The webhooks of the spec by their name there; `genericEvent`: an event whose `event_type` none of them describes."""

WEBHOOK_MODELS: Final[dict[str, type[WebhookPayload]]] = {{
{table}
}}
"""The model of each webhook's payload, by the webhook's name in the spec."""

__all__ = ["WEBHOOK_MODELS", "WebhookKind", "WebhookPayload"]
'''
