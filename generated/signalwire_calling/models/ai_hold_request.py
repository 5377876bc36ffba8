from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ai_hold_params import AiHoldParams


T = TypeVar("T", bound="AiHoldRequest")


@_attrs_define
class AiHoldRequest:
    """Put the caller in an active AI agent session on hold, pausing the conversation until `calling.ai_unhold` is sent or
    the hold `timeout` runs out.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: AiHoldParams
    """ Options for `calling.ai_hold`. """
    command: Literal["calling.ai_hold"] = "calling.ai_hold"
    """ Selects this operation; must be `calling.ai_hold`. """

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
        from ..models.ai_hold_params import AiHoldParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.ai_hold"], d.pop("command"))
        if command != "calling.ai_hold":
            raise ValueError(f"command must match const 'calling.ai_hold', got '{command}'")

        params = AiHoldParams.from_dict(d.pop("params"))

        ai_hold_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return ai_hold_request
