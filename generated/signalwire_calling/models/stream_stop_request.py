from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.stream_stop_params import StreamStopParams


T = TypeVar("T", bound="StreamStopRequest")


@_attrs_define
class StreamStopRequest:
    """Stop an audio stream."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: StreamStopParams
    """ Options for `calling.stream.stop`. """
    command: Literal["calling.stream.stop"] = "calling.stream.stop"
    """ Selects this operation; must be `calling.stream.stop`. """

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
        from ..models.stream_stop_params import StreamStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.stream.stop"], d.pop("command"))
        if command != "calling.stream.stop":
            raise ValueError(f"command must match const 'calling.stream.stop', got '{command}'")

        params = StreamStopParams.from_dict(d.pop("params"))

        stream_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return stream_stop_request
