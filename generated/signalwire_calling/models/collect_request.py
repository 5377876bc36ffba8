from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.collect_params import CollectParams


T = TypeVar("T", bound="CollectRequest")


@_attrs_define
class CollectRequest:
    """Wait for the caller to press keys, speak, or either, and report what was entered to `status_url`."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: CollectParams
    """ Options for `calling.collect`. Give `digits`, `speech`, or both; with neither SignalWire answers 400. Digit
    results arrive at `status_url` as `result.type: digit` events with the digits and terminator, speech results as
    `result.type: speech` events with text and confidence. """
    command: Literal["calling.collect"] = "calling.collect"
    """ Selects this operation; must be `calling.collect`. """

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        command = self.command

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "command": command,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collect_params import CollectParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.collect"], d.pop("command"))
        if command != "calling.collect":
            raise ValueError(f"command must match const 'calling.collect', got '{command}'")

        params = CollectParams.from_dict(d.pop("params"))

        collect_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return collect_request
