from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.play_params import PlayParams


T = TypeVar("T", bound="PlayRequest")


@_attrs_define
class PlayRequest:
    """Start playing audio, speech, silence or a ringtone on a call. The response only confirms that playback was accepted;
    its progress (`playing`, `paused`, `finished`, `error`) is reported to `status_url`.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: PlayParams
    """ Options for `calling.play`. Items in `play` are played one after another; `language`, `voice` and `gender`
    here are fallbacks for text-to-speech items that do not set their own. """
    command: Literal["calling.play"] = "calling.play"
    """ Selects this operation; must be `calling.play`. """

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
        from ..models.play_params import PlayParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.play"], d.pop("command"))
        if command != "calling.play":
            raise ValueError(f"command must match const 'calling.play', got '{command}'")

        params = PlayParams.from_dict(d.pop("params"))

        play_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return play_request
