from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.api_error_item import ApiErrorItem


T = TypeVar("T", bound="UnprocessableEntityBody")


@_attrs_define
class UnprocessableEntityBody:
    errors: list[ApiErrorItem]

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error_item import ApiErrorItem  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ApiErrorItem.from_dict(errors_item_data)

            errors.append(errors_item)

        unprocessable_entity_body = cls(
            errors=errors,
        )

        return unprocessable_entity_body
