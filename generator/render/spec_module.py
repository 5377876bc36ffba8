"""`_spec.py`: one `CommandInfo` per command, the request and response schema names, the response models.

The per-command facts are the `x-signalwire-*` extensions and where the call id goes; the response models
(by discriminator value) and the validation schemas are imported on first use, not with the package.
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

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple, TypeAlias

if TYPE_CHECKING:
{imports}

    CallResponse: TypeAlias = {union}
    """What every command answers: the call leg it acted on."""
    SCHEMAS: dict[str, Any]
    """The validation schemas by name (from `_schemas`)."""


class CommandInfo(NamedTuple):
    """What the client knows about one command beyond its signature (a NamedTuple: attrs waits for the models)."""

    name: str
    """The wire value of `command`, e.g. `calling.play`."""
    method: str
    """The façade method, e.g. `play`."""
    request_schema: str
    """The schema in `SCHEMAS` that a whole request body of this command must match."""
    call_id: Literal["body", "params", "none"]
    """Where the call id goes: top-level `id`, `params.id` (update), or nowhere (dial)."""
    idempotent: bool
    """True when sending the command twice cannot start anything twice, so a retry after an unclear failure is safe."""
    fields: tuple[str, ...]
    """The wire names of its params, in spec order."""
    operation: tuple[str, str] | None
    """(kind, effect) for commands that start or act on a long-running operation named by `control_id`."""


REQUEST_SCHEMA: Final = "CallRequest"
RESPONSE_SCHEMA: Final = "CallResponse"

COMMANDS: Final[dict[str, CommandInfo]] = {{
{chr(10).join(_entry(c) for c in spec.commands)}
}}

COMMANDS_BY_METHOD: Final[dict[str, CommandInfo]] = {{info.method: info for info in COMMANDS.values()}}

RESPONSE_DISCRIMINATOR: Final = {response.discriminator!r}


class _ResponseModels(Mapping[str, "type[CallResponse]"]):
    """The model for each value of `RESPONSE_DISCRIMINATOR`, imported with the first answer, not with the package."""

    _models: dict[str, type[CallResponse]] | None = None

    def _loaded(self) -> dict[str, type[CallResponse]]:
        if self._models is None:
            from . import models

            self._models = {{tag: getattr(models, name) for tag, name in _RESPONSE_MODEL_NAMES.items()}}
        return self._models

    def __getitem__(self, tag: str) -> type[CallResponse]:
        return self._loaded()[tag]

    def get(self, tag: str, default: Any = None) -> Any:
        return self._loaded().get(tag, default)

    def __iter__(self) -> Iterator[str]:
        return iter(_RESPONSE_MODEL_NAMES)

    def __len__(self) -> int:
        return len(_RESPONSE_MODEL_NAMES)


_RESPONSE_MODEL_NAMES: Final = {{
{mapping}
}}
RESPONSE_MODELS: Final[Mapping[str, type[CallResponse]]] = _ResponseModels()
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
