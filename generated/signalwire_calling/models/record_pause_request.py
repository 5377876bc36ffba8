from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.record_pause_params import RecordPauseParams


T = TypeVar("T", bound="RecordPauseRequest")


@_attrs_define
class RecordPauseRequest:
    """Pause a recording; continue it with `calling.record.resume`."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: RecordPauseParams
    """ Options for `calling.record.pause`. """
    command: Literal["calling.record.pause"] = "calling.record.pause"
    """ Selects this operation; must be `calling.record.pause`. """

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
        from ..models.record_pause_params import RecordPauseParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.record.pause"], d.pop("command"))
        if command != "calling.record.pause":
            raise ValueError(f"command must match const 'calling.record.pause', got '{command}'")

        params = RecordPauseParams.from_dict(d.pop("params"))

        record_pause_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return record_pause_request
