from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.transcribe_params import TranscribeParams


T = TypeVar("T", bound="TranscribeRequest")


@_attrs_define
class TranscribeRequest:
    """Transcribe the whole call in the background; the transcript is complete when the call ends or the transcription is
    stopped. Only one transcription can run per call (starting a second is refused with a conflict). For results while
    the call is live, use `calling.live_transcribe`.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: TranscribeParams
    """ Options for `calling.transcribe`. """
    command: Literal["calling.transcribe"] = "calling.transcribe"
    """ Selects this operation; must be `calling.transcribe`. """

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
        from ..models.transcribe_params import TranscribeParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.transcribe"], d.pop("command"))
        if command != "calling.transcribe":
            raise ValueError(f"command must match const 'calling.transcribe', got '{command}'")

        params = TranscribeParams.from_dict(d.pop("params"))

        transcribe_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return transcribe_request
