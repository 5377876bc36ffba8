from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.transfer_params import TransferParams


T = TypeVar("T", bound="TransferRequest")


@_attrs_define
class TransferRequest:
    """Hand an active call over to a new destination (phone number, SIP URI, or SWML by URL or inline), which controls the
    call from then on.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: TransferParams
    """ Options for `calling.transfer`. """
    command: Literal["calling.transfer"] = "calling.transfer"
    """ Selects this operation; must be `calling.transfer`. """

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
        from ..models.transfer_params import TransferParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.transfer"], d.pop("command"))
        if command != "calling.transfer":
            raise ValueError(f"command must match const 'calling.transfer', got '{command}'")

        params = TransferParams.from_dict(d.pop("params"))

        transfer_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return transfer_request
