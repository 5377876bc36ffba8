from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChargeDetails")


@_attrs_define
class ChargeDetails:
    description: str
    charge: float

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        charge = self.charge

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "charge": charge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        charge = d.pop("charge")

        charge_details = cls(
            description=description,
            charge=charge,
        )

        return charge_details
