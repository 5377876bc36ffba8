from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ai_message_params import AiMessageParams


T = TypeVar("T", bound="AiMessageRequest")


@_attrs_define
class AiMessageRequest:
    """Inject a message into a running AI agent conversation, for example to change the agent's instructions mid-call, add
    context, or reset the conversation.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: AiMessageParams
    """ Options for `calling.ai_message`: text to add to the AI conversation, an optional conversation reset, and
    data to merge into the session's global data. """
    command: Literal["calling.ai_message"] = "calling.ai_message"
    """ Selects this operation; must be `calling.ai_message`. """

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
        from ..models.ai_message_params import AiMessageParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.ai_message"], d.pop("command"))
        if command != "calling.ai_message":
            raise ValueError(f"command must match const 'calling.ai_message', got '{command}'")

        params = AiMessageParams.from_dict(d.pop("params"))

        ai_message_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return ai_message_request
