# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pom_bullets_section import PomBulletsSection


T = TypeVar("T", bound="PomBodySection")


@_attrs_define
class PomBodySection:
    """A Prompt Object Model section built around `body` text; bullets and subsections are optional."""

    body: str
    """ Paragraph text of the section. """
    title: str | Unset = UNSET
    """ Heading of the section. """
    subsections: list[PomBodySection | PomBulletsSection] | Unset = UNSET
    """ Sections nested under this one. """
    numbered: bool | Unset = UNSET
    """ Number this section in the rendered prompt. """
    numbered_bullets: bool | Unset = UNSET
    """ Render `bullets` as a numbered list instead of plain bullet points. """
    bullets: list[str] | Unset = UNSET
    """ Bullet points shown after the body text. """

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        title = self.title

        subsections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subsections, Unset):
            subsections = []
            for subsections_item_data in self.subsections:
                subsections_item: dict[str, Any]
                if isinstance(subsections_item_data, PomBodySection):
                    subsections_item = subsections_item_data.to_dict()
                else:
                    subsections_item = subsections_item_data.to_dict()

                subsections.append(subsections_item)

        numbered = self.numbered

        numbered_bullets = self.numbered_bullets

        bullets: list[str] | Unset = UNSET
        if not isinstance(self.bullets, Unset):
            bullets = self.bullets

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if subsections is not UNSET:
            field_dict["subsections"] = subsections
        if numbered is not UNSET:
            field_dict["numbered"] = numbered
        if numbered_bullets is not UNSET:
            field_dict["numberedBullets"] = numbered_bullets
        if bullets is not UNSET:
            field_dict["bullets"] = bullets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pom_bullets_section import PomBulletsSection  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body")

        title = d.pop("title", UNSET)

        _subsections = d.pop("subsections", UNSET)
        subsections: list[PomBodySection | PomBulletsSection] | Unset = UNSET
        if _subsections is not UNSET:
            subsections = []
            for subsections_item_data in _subsections:

                def _parse_subsections_item(data: object) -> PomBodySection | PomBulletsSection:
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

                subsections_item = _parse_subsections_item(subsections_item_data)

                subsections.append(subsections_item)

        numbered = d.pop("numbered", UNSET)

        numbered_bullets = d.pop("numberedBullets", UNSET)

        bullets = cast(list[str], d.pop("bullets", UNSET))

        pom_body_section = cls(
            body=body,
            title=title,
            subsections=subsections,
            numbered=numbered,
            numbered_bullets=numbered_bullets,
            bullets=bullets,
        )

        return pom_body_section
