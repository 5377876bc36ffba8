from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ai_unhold_params import AiUnholdParams


T = TypeVar("T", bound="AiUnholdRequest")


@_attrs_define
class AiUnholdRequest:
    """Take the caller of an AI agent session off hold and let the conversation continue."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: AiUnholdParams
    """ `calling.ai_unhold` takes no parameters; send an empty object. """
    command: Literal["calling.ai_unhold"] = "calling.ai_unhold"
    """ Selects this operation; must be `calling.ai_unhold`. """

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
        from ..models.ai_unhold_params import AiUnholdParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.ai_unhold"], d.pop("command"))
        if command != "calling.ai_unhold":
            raise ValueError(f"command must match const 'calling.ai_unhold', got '{command}'")

        params = AiUnholdParams.from_dict(d.pop("params"))

        ai_unhold_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return ai_unhold_request
