from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.record_params import RecordParams


T = TypeVar("T", bound="RecordRequest")


@_attrs_define
class RecordRequest:
    """Begin capturing a call's audio to a file. The response describes the call leg and does not contain the recording
    URL; the recording runs in the background and the `finished` event sent to `status_url` carries the final URL.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: RecordParams
    """ Options for `calling.record`. """
    command: Literal["calling.record"] = "calling.record"
    """ Selects this operation; must be `calling.record`. """

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
        from ..models.record_params import RecordParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.record"], d.pop("command"))
        if command != "calling.record":
            raise ValueError(f"command must match const 'calling.record', got '{command}'")

        params = RecordParams.from_dict(d.pop("params"))

        record_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return record_request
