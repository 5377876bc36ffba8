from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ai_sidecar_poke_params import AiSidecarPokeParams


T = TypeVar("T", bound="AiSidecarPokeRequest")


@_attrs_define
class AiSidecarPokeRequest:
    """Send a message to the call's AI sidecar and make it respond right away instead of waiting for the customer's next
    turn.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: AiSidecarPokeParams
    """ Options for `calling.ai_sidecar.poke`. """
    command: Literal["calling.ai_sidecar.poke"] = "calling.ai_sidecar.poke"
    """ Selects this operation; must be `calling.ai_sidecar.poke`. """

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
        from ..models.ai_sidecar_poke_params import AiSidecarPokeParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.ai_sidecar.poke"], d.pop("command"))
        if command != "calling.ai_sidecar.poke":
            raise ValueError(f"command must match const 'calling.ai_sidecar.poke', got '{command}'")

        params = AiSidecarPokeParams.from_dict(d.pop("params"))

        ai_sidecar_poke_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return ai_sidecar_poke_request
