# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pom_body_section import PomBodySection
    from ..models.pom_bullets_section import PomBulletsSection


T = TypeVar("T", bound="SidecarPromptPom")


@_attrs_define
class SidecarPromptPom:
    """Sidecar prompt written as Prompt Object Model sections."""

    pom: list[PomBodySection | PomBulletsSection]
    """ POM sections that make up the prompt; SignalWire turns them into Markdown for the model. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.pom_body_section import PomBodySection  # noqa: PLC0415

        pom = []
        for pom_item_data in self.pom:
            pom_item: dict[str, Any]
            if isinstance(pom_item_data, PomBodySection):
                pom_item = pom_item_data.to_dict()
            else:
                pom_item = pom_item_data.to_dict()

            pom.append(pom_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pom": pom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pom_body_section import PomBodySection  # noqa: PLC0415
        from ..models.pom_bullets_section import PomBulletsSection  # noqa: PLC0415

        d = dict(src_dict)
        pom = []
        _pom = d.pop("pom")
        for pom_item_data in _pom:

            def _parse_pom_item(data: object) -> PomBodySection | PomBulletsSection:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_pom_section_type_0 = PomBodySection.from_dict(data)

                    return componentsschemas_pom_section_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pom_section_type_1 = PomBulletsSection.from_dict(data)

                return componentsschemas_pom_section_type_1

            pom_item = _parse_pom_item(pom_item_data)

            pom.append(pom_item)

        sidecar_prompt_pom = cls(
            pom=pom,
        )

        return sidecar_prompt_pom
