# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SidecarPromptFile")


@_attrs_define
class SidecarPromptFile:
    """Sidecar prompt read from a file on the server."""

    file: str
    """ Server-side file path; the file's text becomes the prompt. """

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file")

        sidecar_prompt_file = cls(
            file=file,
        )

        return sidecar_prompt_file
