from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.swml_version import SwmlVersion, check_swml_version
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.swml_sections import SwmlSections


T = TypeVar("T", bound="Swml")


@_attrs_define
class Swml:
    sections: SwmlSections
    version: SwmlVersion | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sections = self.sections.to_dict()

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sections": sections,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.swml_sections import SwmlSections  # noqa: PLC0415

        d = dict(src_dict)
        sections = SwmlSections.from_dict(d.pop("sections"))

        _version = d.pop("version", UNSET)
        version: SwmlVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = check_swml_version(_version)

        swml = cls(
            sections=sections,
            version=version,
        )

        return swml
