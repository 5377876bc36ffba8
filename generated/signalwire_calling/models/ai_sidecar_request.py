from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ai_sidecar_params import AiSidecarParams


T = TypeVar("T", bound="AiSidecarRequest")


@_attrs_define
class AiSidecarRequest:
    """Attach an AI sidecar to an answered call: a silent observer that follows the conversation and sends advice for the
    human agent to your webhook. With `action.summarize` it instead produces a one-off summary of the conversation.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: AiSidecarParams
    """ Configuration for `calling.ai_sidecar`, the same body as the SWML `ai_sidecar` instruction. A sidecar is an
    AI observer on an answered call: it follows the conversation and posts advice for the human agent to your
    webhook, but never speaks itself. When `action` is set, the command produces a one-off conversation summary
    instead and no sidecar is attached. """
    command: Literal["calling.ai_sidecar"] = "calling.ai_sidecar"
    """ Selects this operation; must be `calling.ai_sidecar`. """

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
        from ..models.ai_sidecar_params import AiSidecarParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.ai_sidecar"], d.pop("command"))
        if command != "calling.ai_sidecar":
            raise ValueError(f"command must match const 'calling.ai_sidecar', got '{command}'")

        params = AiSidecarParams.from_dict(d.pop("params"))

        ai_sidecar_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return ai_sidecar_request
