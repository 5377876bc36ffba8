"""`_spec.py`: one `CommandInfo` per command, the request and response schema names, the response models.

The per-command facts are the `x-signalwire-*` extensions and where the call id goes; the response models
(by discriminator value) and the validation schemas are imported on first use, not with the package.
`CommandInfo` and `ResponseModels` are hand-written (facade/signalwire_calling/_spec_types.py): this module
holds only their data.
"""

from __future__ import annotations

from generator.model import Command, Spec
from generator.render.common import HEADER, snake_case

PATH = "signalwire_calling/_spec.py"


def _entry(c: Command) -> str:
    operation = tuple(c.operation) if c.operation else None
    return (
        f"    {c.wire_name!r}: CommandInfo(\n"
        f"        name={c.wire_name!r},\n"
        f"        method={c.method!r},\n"
        f"        request_schema={c.request_schema!r},\n"
        f"        call_id={c.call_id!r},\n"
        f"        idempotent={c.idempotent!r},\n"
        f"        fields={tuple(field.name for field in c.fields)!r},\n"
        f"        operation={operation!r},\n"
        f"    ),"
    )


def render(spec: Spec) -> str:
    response = spec.response
    imports = "\n".join(f"    from .models.{snake_case(name)} import {name}" for name in response.models)
    lazy_imports = "\n".join(f"        from .models.{snake_case(name)} import {name}" for name in response.models)
    union = " | ".join(response.models)
    mapping = "\n".join(f"        {tag!r}: {target!r}," for tag, target in response.mapping.items())
    return f'''"""Per-command facts, and (loaded on first use) the validation schemas and response models. {HEADER}"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from ._spec_types import CommandInfo, ResponseModels

if TYPE_CHECKING:
{imports}

    CallResponse: TypeAlias = {union}
    """What every command answers: the call leg it acted on."""
    SCHEMAS: dict[str, Any]
    """The validation schemas by name (from `_schemas`)."""


REQUEST_SCHEMA: Final = "CallRequest"
RESPONSE_SCHEMA: Final = "CallResponse"

COMMANDS: Final[dict[str, CommandInfo]] = {{
{chr(10).join(_entry(c) for c in spec.commands)}
}}

COMMANDS_BY_METHOD: Final[dict[str, CommandInfo]] = {{info.method: info for info in COMMANDS.values()}}

RESPONSE_DISCRIMINATOR: Final = {response.discriminator!r}

_RESPONSE_MODEL_NAMES: Final = {{
{mapping}
}}
RESPONSE_MODELS: Final[Mapping[str, type[CallResponse]]] = ResponseModels(_RESPONSE_MODEL_NAMES)
"""The model for each value of `RESPONSE_DISCRIMINATOR`; a value the spec does not list yet gets the first."""


def __getattr__(name: str) -> Any:
    # The schemas and the models cost import time and are needed only once a command is checked or answered.
    if name == "SCHEMAS":
        from ._schemas import SCHEMAS

        return SCHEMAS
    if name == "CallResponse":
{lazy_imports}

        return {union}
    raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
'''
