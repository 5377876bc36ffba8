from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.denoise_stop_params import DenoiseStopParams


T = TypeVar("T", bound="DenoiseStopRequest")


@_attrs_define
class DenoiseStopRequest:
    """Turn off noise reduction on the call."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: DenoiseStopParams
    """ `calling.denoise.stop` takes no parameters; send an empty object. """
    command: Literal["calling.denoise.stop"] = "calling.denoise.stop"
    """ Selects this operation; must be `calling.denoise.stop`. """

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
        from ..models.denoise_stop_params import DenoiseStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.denoise.stop"], d.pop("command"))
        if command != "calling.denoise.stop":
            raise ValueError(f"command must match const 'calling.denoise.stop', got '{command}'")

        params = DenoiseStopParams.from_dict(d.pop("params"))

        denoise_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return denoise_stop_request
