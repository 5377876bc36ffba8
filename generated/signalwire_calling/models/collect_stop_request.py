from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.collect_stop_params import CollectStopParams


T = TypeVar("T", bound="CollectStopRequest")


@_attrs_define
class CollectStopRequest:
    """Stop an input collection that is in progress."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: CollectStopParams
    """ Options for `calling.collect.stop`. """
    command: Literal["calling.collect.stop"] = "calling.collect.stop"
    """ Selects this operation; must be `calling.collect.stop`. """

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
        from ..models.collect_stop_params import CollectStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.collect.stop"], d.pop("command"))
        if command != "calling.collect.stop":
            raise ValueError(f"command must match const 'calling.collect.stop', got '{command}'")

        params = CollectStopParams.from_dict(d.pop("params"))

        collect_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return collect_stop_request
