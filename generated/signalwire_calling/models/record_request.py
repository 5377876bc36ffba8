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
    id: UUID
    params: RecordParams
    command: Literal["calling.record"] = "calling.record"

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
