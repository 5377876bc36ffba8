from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.play_pause_params import PlayPauseParams


T = TypeVar("T", bound="PlayPauseRequest")


@_attrs_define
class PlayPauseRequest:
    """Pause a playback on the call; continue it with `calling.play.resume`."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: PlayPauseParams
    """ Options for `calling.play.pause`. """
    command: Literal["calling.play.pause"] = "calling.play.pause"
    """ Selects this operation; must be `calling.play.pause`. """

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
        from ..models.play_pause_params import PlayPauseParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.play.pause"], d.pop("command"))
        if command != "calling.play.pause":
            raise ValueError(f"command must match const 'calling.play.pause', got '{command}'")

        params = PlayPauseParams.from_dict(d.pop("params"))

        play_pause_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return play_pause_request
