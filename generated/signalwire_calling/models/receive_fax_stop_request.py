from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.receive_fax_stop_params import ReceiveFaxStopParams


T = TypeVar("T", bound="ReceiveFaxStopRequest")


@_attrs_define
class ReceiveFaxStopRequest:
    """Stop receiving a fax on the call."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: ReceiveFaxStopParams
    """ Options for `calling.receive_fax.stop`. """
    command: Literal["calling.receive_fax.stop"] = "calling.receive_fax.stop"
    """ Selects this operation; must be `calling.receive_fax.stop`. """

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
        from ..models.receive_fax_stop_params import ReceiveFaxStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.receive_fax.stop"], d.pop("command"))
        if command != "calling.receive_fax.stop":
            raise ValueError(f"command must match const 'calling.receive_fax.stop', got '{command}'")

        params = ReceiveFaxStopParams.from_dict(d.pop("params"))

        receive_fax_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return receive_fax_stop_request
