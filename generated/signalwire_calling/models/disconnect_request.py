from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.disconnect_params import DisconnectParams


T = TypeVar("T", bound="DisconnectRequest")


@_attrs_define
class DisconnectRequest:
    """Break the connection between this call and the call it is bridged to, leaving both legs up."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: DisconnectParams
    """ `calling.disconnect` takes no parameters; send an empty object. """
    command: Literal["calling.disconnect"] = "calling.disconnect"
    """ Selects this operation; must be `calling.disconnect`. """

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
        from ..models.disconnect_params import DisconnectParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.disconnect"], d.pop("command"))
        if command != "calling.disconnect":
            raise ValueError(f"command must match const 'calling.disconnect', got '{command}'")

        params = DisconnectParams.from_dict(d.pop("params"))

        disconnect_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return disconnect_request
