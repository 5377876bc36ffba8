from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ai_sidecar_status_params import AiSidecarStatusParams


T = TypeVar("T", bound="AiSidecarStatusRequest")


@_attrs_define
class AiSidecarStatusRequest:
    """Read the sidecar's activity counters (whether it is `running`; counts of `ticks`, `insights`, `skips`, `tools` and
    `errors`; token usage; history size). SignalWire returns them as a single `+OK` text line of `key=value` pairs, not
    as JSON.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: AiSidecarStatusParams
    """ `calling.ai_sidecar.status` takes no parameters; send an empty object. The sidecar is identified by the call
    `id`. """
    command: Literal["calling.ai_sidecar.status"] = "calling.ai_sidecar.status"
    """ Selects this operation; must be `calling.ai_sidecar.status`. """

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
        from ..models.ai_sidecar_status_params import AiSidecarStatusParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.ai_sidecar.status"], d.pop("command"))
        if command != "calling.ai_sidecar.status":
            raise ValueError(f"command must match const 'calling.ai_sidecar.status', got '{command}'")

        params = AiSidecarStatusParams.from_dict(d.pop("params"))

        ai_sidecar_status_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return ai_sidecar_status_request
