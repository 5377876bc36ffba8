from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.refer_params import ReferParams


T = TypeVar("T", bound="ReferRequest")


@_attrs_define
class ReferRequest:
    """Transfer a SIP call with a SIP REFER, asking the SIP endpoint on the other side to connect to a new SIP target."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: ReferParams
    """ Options for `calling.refer`. """
    command: Literal["calling.refer"] = "calling.refer"
    """ Selects this operation; must be `calling.refer`. """

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
        from ..models.refer_params import ReferParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.refer"], d.pop("command"))
        if command != "calling.refer":
            raise ValueError(f"command must match const 'calling.refer', got '{command}'")

        params = ReferParams.from_dict(d.pop("params"))

        refer_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return refer_request
