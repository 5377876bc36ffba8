from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.live_transcribe_params import LiveTranscribeParams


T = TypeVar("T", bound="LiveTranscribeRequest")


@_attrs_define
class LiveTranscribeRequest:
    """Control real-time transcription of a call: start a session, request an AI summary of the conversation so far, or
    stop it.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: LiveTranscribeParams
    """ Options for `calling.live_transcribe`. `action` is `{start: {...}}`, `{summarize: {...}}`, or the string
    `stop`. """
    command: Literal["calling.live_transcribe"] = "calling.live_transcribe"
    """ Selects this operation; must be `calling.live_transcribe`. """

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
        from ..models.live_transcribe_params import LiveTranscribeParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.live_transcribe"], d.pop("command"))
        if command != "calling.live_transcribe":
            raise ValueError(f"command must match const 'calling.live_transcribe', got '{command}'")

        params = LiveTranscribeParams.from_dict(d.pop("params"))

        live_transcribe_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return live_transcribe_request
