from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.transcribe_stop_params import TranscribeStopParams


T = TypeVar("T", bound="TranscribeStopRequest")


@_attrs_define
class TranscribeStopRequest:
    """Stop a background transcription before the call ends."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: TranscribeStopParams
    """ Options for `calling.transcribe.stop`. """
    command: Literal["calling.transcribe.stop"] = "calling.transcribe.stop"
    """ Selects this operation; must be `calling.transcribe.stop`. """

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
        from ..models.transcribe_stop_params import TranscribeStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.transcribe.stop"], d.pop("command"))
        if command != "calling.transcribe.stop":
            raise ValueError(f"command must match const 'calling.transcribe.stop', got '{command}'")

        params = TranscribeStopParams.from_dict(d.pop("params"))

        transcribe_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return transcribe_stop_request
