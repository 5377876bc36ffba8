from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="InternalServerErrorBody")


@_attrs_define
class InternalServerErrorBody:
    error: Literal["Internal Server Error"]

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
        error = cast(Literal["Internal Server Error"], d.pop("error"))
        if error != "Internal Server Error":
            raise ValueError(f"error must match const 'Internal Server Error', got '{error}'")

        internal_server_error_body = cls(
            error=error,
        )

        return internal_server_error_body
