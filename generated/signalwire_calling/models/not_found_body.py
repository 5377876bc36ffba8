from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="NotFoundBody")


@_attrs_define
class NotFoundBody:
    error: Literal["Not Found"]

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
        error = cast(Literal["Not Found"], d.pop("error"))
        if error != "Not Found":
            raise ValueError(f"error must match const 'Not Found', got '{error}'")

        not_found_body = cls(
            error=error,
        )

        return not_found_body
