# Generated from spec/ by generator/; do not edit.
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
    """Inline SWML document, as accepted by `swml` in `dial` and `update`, `to_script` in `dial` and `dest` in
    `calling.transfer`: `version` plus `sections`, whose required `main` section and any other named sections are lists
    of SWML instructions. The envelope is typed here; the instructions are described by spec/swml.yaml (`x-signalwire-
    swml`), against which the client checks the whole document before sending. Build one with `signalwire_calling.swml`
    (`swml.Document`), or pass a plain dict of the same shape.

    """

    sections: SwmlSections
    """ Sections of a SWML document, keyed by name. `main` is required and is where execution begins; other sections
    can be invoked from instructions such as `execute` or `transfer`. Each section is a list of SWML instructions
    run in order (typed by spec/swml.yaml, see `Swml`). """
    version: SwmlVersion | Unset = UNSET
    """ SWML language version the document is written in. """

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
