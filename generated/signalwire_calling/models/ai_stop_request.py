from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ai_stop_params import AiStopParams


T = TypeVar("T", bound="AiStopRequest")


@_attrs_define
class AiStopRequest:
    """End the AI agent session that is running on the call."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: AiStopParams
    """ Options for `calling.ai.stop`. """
    command: Literal["calling.ai.stop"] = "calling.ai.stop"
    """ Selects this operation; must be `calling.ai.stop`. """

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
        from ..models.ai_stop_params import AiStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.ai.stop"], d.pop("command"))
        if command != "calling.ai.stop":
            raise ValueError(f"command must match const 'calling.ai.stop', got '{command}'")

        params = AiStopParams.from_dict(d.pop("params"))

        ai_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return ai_stop_request
