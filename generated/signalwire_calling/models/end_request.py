from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.end_params import EndParams


T = TypeVar("T", bound="EndRequest")


@_attrs_define
class EndRequest:
    """Hang up an active call."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: EndParams
    """ Options for `calling.end`. """
    command: Literal["calling.end"] = "calling.end"
    """ Selects this operation; must be `calling.end`. """

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
        from ..models.end_params import EndParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.end"], d.pop("command"))
        if command != "calling.end":
            raise ValueError(f"command must match const 'calling.end', got '{command}'")

        params = EndParams.from_dict(d.pop("params"))

        end_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return end_request
