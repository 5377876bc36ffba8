from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.send_fax_stop_params import SendFaxStopParams


T = TypeVar("T", bound="SendFaxStopRequest")


@_attrs_define
class SendFaxStopRequest:
    """Stop sending a fax on the call."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: SendFaxStopParams
    """ Options for `calling.send_fax.stop`. """
    command: Literal["calling.send_fax.stop"] = "calling.send_fax.stop"
    """ Selects this operation; must be `calling.send_fax.stop`. """

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
        from ..models.send_fax_stop_params import SendFaxStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.send_fax.stop"], d.pop("command"))
        if command != "calling.send_fax.stop":
            raise ValueError(f"command must match const 'calling.send_fax.stop', got '{command}'")

        params = SendFaxStopParams.from_dict(d.pop("params"))

        send_fax_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return send_fax_stop_request
