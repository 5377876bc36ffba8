from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tap_params import TapParams


T = TypeVar("T", bound="TapRequest")


@_attrs_define
class TapRequest:
    id: UUID
    params: TapParams
    command: Literal["calling.tap"] = "calling.tap"

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
        from ..models.tap_params import TapParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.tap"], d.pop("command"))
        if command != "calling.tap":
            raise ValueError(f"command must match const 'calling.tap', got '{command}'")

        params = TapParams.from_dict(d.pop("params"))

        tap_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return tap_request
