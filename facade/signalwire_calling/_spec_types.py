"""The hand-written types of the generated `_spec.py`, which holds only their data.

- `CommandInfo`: what the client knows about one command beyond its signature (`_spec.COMMANDS`, from the
  spec's `x-signalwire-*` extensions); the methods of `client.calling` hand theirs to the client.
- `ResponseModels`: the response model for each value of the discriminator (`_spec.RESPONSE_MODELS`),
  imported with the first answer rather than with the package.
- `SchemaTable`: the validation schemas by name (`_schemas.SCHEMAS`), whose SWML part (`swml.*`, from
  `_swml_schemas`) loads on its first lookup, so that a command without inline SWML never imports it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

if TYPE_CHECKING:
    from ._spec import CallResponse

__all__ = ["CommandInfo", "ResponseModels", "SchemaTable"]


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


class ResponseModels(Mapping[str, "type[CallResponse]"]):
    """Discriminator value -> response model, from a table of model names; the models load on first lookup."""

    __slots__ = ("_models", "_names")

    def __init__(self, names: Mapping[str, str]) -> None:
        self._names = names
        """Discriminator value -> the model's class name in `signalwire_calling.models`."""
        self._models: dict[str, type[CallResponse]] | None = None

    def _loaded(self) -> dict[str, type[CallResponse]]:
        if self._models is None:
            from . import models

            self._models = {tag: getattr(models, name) for tag, name in self._names.items()}
        return self._models

    def __getitem__(self, tag: str) -> type[CallResponse]:
        return self._loaded()[tag]

    def get(self, tag: str, default: Any = None) -> Any:  # one dict lookup: it runs for every answer
        return self._loaded().get(tag, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


class SchemaTable(dict[str, Any]):
    """Validation schemas by name; a name under one of `extensions`' prefixes loads that table on first lookup.

    The validators look names up with `[]`, so `__missing__` runs only for a name not loaded yet.
    """

    __slots__ = ("_extensions",)

    def __init__(self, schemas: Mapping[str, Any], extensions: Mapping[str, str]) -> None:
        super().__init__(schemas)
        self._extensions = dict(extensions)
        """Name prefix -> the module of this package whose `SCHEMAS` holds the names under it."""

    def __missing__(self, name: str) -> Any:
        for prefix, module in list(self._extensions.items()):
            if name.startswith(prefix):
                del self._extensions[prefix]
                self.update(importlib.import_module(module, __package__).SCHEMAS)
                return self[name]
        raise KeyError(name)
