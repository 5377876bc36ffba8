from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.play_stop_params import PlayStopParams


T = TypeVar("T", bound="PlayStopRequest")


@_attrs_define
class PlayStopRequest:
    """Stop a playback on the call."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: PlayStopParams
    """ Options for `calling.play.stop`. """
    command: Literal["calling.play.stop"] = "calling.play.stop"
    """ Selects this operation; must be `calling.play.stop`. """

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
        from ..models.play_stop_params import PlayStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.play.stop"], d.pop("command"))
        if command != "calling.play.stop":
            raise ValueError(f"command must match const 'calling.play.stop', got '{command}'")

        params = PlayStopParams.from_dict(d.pop("params"))

        play_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return play_stop_request
