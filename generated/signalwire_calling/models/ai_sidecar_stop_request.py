from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ai_sidecar_stop_params import AiSidecarStopParams


T = TypeVar("T", bound="AiSidecarStopRequest")


@_attrs_define
class AiSidecarStopRequest:
    """Stop the call's AI sidecar and detach it from the call."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: AiSidecarStopParams
    """ `calling.ai_sidecar.stop` takes no parameters; send an empty object. The sidecar is identified by the call
    `id`. """
    command: Literal["calling.ai_sidecar.stop"] = "calling.ai_sidecar.stop"
    """ Selects this operation; must be `calling.ai_sidecar.stop`. """

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
        from ..models.ai_sidecar_stop_params import AiSidecarStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.ai_sidecar.stop"], d.pop("command"))
        if command != "calling.ai_sidecar.stop":
            raise ValueError(f"command must match const 'calling.ai_sidecar.stop', got '{command}'")

        params = AiSidecarStopParams.from_dict(d.pop("params"))

        ai_sidecar_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return ai_sidecar_stop_request
