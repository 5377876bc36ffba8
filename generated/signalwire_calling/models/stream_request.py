from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.stream_params import StreamParams


T = TypeVar("T", bound="StreamRequest")


@_attrs_define
class StreamRequest:
    """Stream a call's audio in real time to your WebSocket server. End it by sending `calling.stream.stop` with the same
    `control_id`.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: StreamParams
    """ Options for `calling.stream`. """
    command: Literal["calling.stream"] = "calling.stream"
    """ Selects this operation; must be `calling.stream`. """

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
        from ..models.stream_params import StreamParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.stream"], d.pop("command"))
        if command != "calling.stream":
            raise ValueError(f"command must match const 'calling.stream', got '{command}'")

        params = StreamParams.from_dict(d.pop("params"))

        stream_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return stream_request
