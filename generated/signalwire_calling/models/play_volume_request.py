from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.play_volume_params import PlayVolumeParams


T = TypeVar("T", bound="PlayVolumeRequest")


@_attrs_define
class PlayVolumeRequest:
    """Change the volume of a playback while it is running."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: PlayVolumeParams
    """ Options for `calling.play.volume`. """
    command: Literal["calling.play.volume"] = "calling.play.volume"
    """ Selects this operation; must be `calling.play.volume`. """

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
        from ..models.play_volume_params import PlayVolumeParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.play.volume"], d.pop("command"))
        if command != "calling.play.volume":
            raise ValueError(f"command must match const 'calling.play.volume', got '{command}'")

        params = PlayVolumeParams.from_dict(d.pop("params"))

        play_volume_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return play_volume_request
