"""`webhook_models.py`: the payload model of each webhook in the spec's `webhooks:` (what SignalWire POSTs to
the user's server), and their union, for `signalwire_calling.webhooks`; nothing imports it with the package.
"""

from __future__ import annotations

from generator.model import Spec
from generator.render.common import HEADER, snake_case

PATH = "signalwire_calling/webhook_models.py"


def render(spec: Spec) -> str:
    models = sorted(set(spec.webhooks.values()))
    imports = "\n".join(f"from .models.{snake_case(name)} import {name}" for name in models)
    table = "\n".join(f"    {hook!r}: {model}," for hook, model in spec.webhooks.items())
    return f'''"""The payload model of each webhook in the spec's `webhooks:`. {HEADER}"""

from __future__ import annotations

from typing import Final, TypeAlias

{imports}

WebhookPayload: TypeAlias = {" | ".join(models)}
"""Any payload SignalWire POSTs to your server for the Calling API."""

WEBHOOK_MODELS: Final[dict[str, type[WebhookPayload]]] = {{
{table}
}}
"""The model of each webhook's payload, by the webhook's name in the spec."""

__all__ = ["WEBHOOK_MODELS", "WebhookPayload"]
'''
