from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="UnauthorizedBody")


@_attrs_define
class UnauthorizedBody:
    error: Literal["Unauthorized"]

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = cast(Literal["Unauthorized"], d.pop("error"))
        if error != "Unauthorized":
            raise ValueError(f"error must match const 'Unauthorized', got '{error}'")

        unauthorized_body = cls(
            error=error,
        )

        return unauthorized_body
