# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.live_translate_start_options import LiveTranslateStartOptions


T = TypeVar("T", bound="LiveTranslateStartAction")


@_attrs_define
class LiveTranslateStartAction:
    """Starts a live translation session."""

    start: LiveTranslateStartOptions
    """ Settings for a live translation session between two languages. """

    def to_dict(self) -> dict[str, Any]:
        start = self.start.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_translate_start_options import LiveTranslateStartOptions  # noqa: PLC0415

        d = dict(src_dict)
        start = LiveTranslateStartOptions.from_dict(d.pop("start"))

        live_translate_start_action = cls(
            start=start,
        )

        return live_translate_start_action
