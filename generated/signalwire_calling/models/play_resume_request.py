from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.play_resume_params import PlayResumeParams


T = TypeVar("T", bound="PlayResumeRequest")


@_attrs_define
class PlayResumeRequest:
    """Continue a paused playback from where it stopped."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: PlayResumeParams
    """ Options for `calling.play.resume`. """
    command: Literal["calling.play.resume"] = "calling.play.resume"
    """ Selects this operation; must be `calling.play.resume`. """

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
        from ..models.play_resume_params import PlayResumeParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.play.resume"], d.pop("command"))
        if command != "calling.play.resume":
            raise ValueError(f"command must match const 'calling.play.resume', got '{command}'")

        params = PlayResumeParams.from_dict(d.pop("params"))

        play_resume_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return play_resume_request
