from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ai_sidecar_ask_params import AiSidecarAskParams


T = TypeVar("T", bound="AiSidecarAskRequest")


@_attrs_define
class AiSidecarAskRequest:
    """Put a single question to the call's AI sidecar; the conversation itself is not affected. The immediate reply carries
    an `ask_id`, and the answer is delivered afterwards to your webhook as an `ask_answer` callback with that same
    `ask_id`.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: AiSidecarAskParams
    """ Options for `calling.ai_sidecar.ask`. """
    command: Literal["calling.ai_sidecar.ask"] = "calling.ai_sidecar.ask"
    """ Selects this operation; must be `calling.ai_sidecar.ask`. """

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
        from ..models.ai_sidecar_ask_params import AiSidecarAskParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.ai_sidecar.ask"], d.pop("command"))
        if command != "calling.ai_sidecar.ask":
            raise ValueError(f"command must match const 'calling.ai_sidecar.ask', got '{command}'")

        params = AiSidecarAskParams.from_dict(d.pop("params"))

        ai_sidecar_ask_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return ai_sidecar_ask_request
