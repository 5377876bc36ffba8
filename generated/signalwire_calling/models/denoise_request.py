from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.denoise_params import DenoiseParams


T = TypeVar("T", bound="DenoiseRequest")


@_attrs_define
class DenoiseRequest:
    """Turn on noise reduction for the call's audio. Only one noise filter can be active per call, so no `control_id` is
    involved; turn it off with `calling.denoise.stop`.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: DenoiseParams
    """ `calling.denoise` takes no parameters; send an empty object. """
    command: Literal["calling.denoise"] = "calling.denoise"
    """ Selects this operation; must be `calling.denoise`. """

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
        from ..models.denoise_params import DenoiseParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.denoise"], d.pop("command"))
        if command != "calling.denoise":
            raise ValueError(f"command must match const 'calling.denoise', got '{command}'")

        params = DenoiseParams.from_dict(d.pop("params"))

        denoise_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return denoise_request
