from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BadRequestBody")


@_attrs_define
class BadRequestBody:
    error: Literal["Bad Request"]

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
        error = cast(Literal["Bad Request"], d.pop("error"))
        if error != "Bad Request":
            raise ValueError(f"error must match const 'Bad Request', got '{error}'")

        bad_request_body = cls(
            error=error,
        )

        return bad_request_body
