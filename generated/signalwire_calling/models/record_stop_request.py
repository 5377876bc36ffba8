from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.record_stop_params import RecordStopParams


T = TypeVar("T", bound="RecordStopRequest")


@_attrs_define
class RecordStopRequest:
    """Stop a recording and finalise the file."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: RecordStopParams
    """ Options for `calling.record.stop`. """
    command: Literal["calling.record.stop"] = "calling.record.stop"
    """ Selects this operation; must be `calling.record.stop`. """

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
        from ..models.record_stop_params import RecordStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.record.stop"], d.pop("command"))
        if command != "calling.record.stop":
            raise ValueError(f"command must match const 'calling.record.stop', got '{command}'")

        params = RecordStopParams.from_dict(d.pop("params"))

        record_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return record_stop_request
