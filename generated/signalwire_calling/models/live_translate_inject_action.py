# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.live_translate_inject_options import LiveTranslateInjectOptions


T = TypeVar("T", bound="LiveTranslateInjectAction")


@_attrs_define
class LiveTranslateInjectAction:
    """Injects a message into a live translation session."""

    inject: LiveTranslateInjectOptions
    """ A message to be translated and spoken into the call. """

    def to_dict(self) -> dict[str, Any]:
        inject = self.inject.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inject": inject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_translate_inject_options import LiveTranslateInjectOptions  # noqa: PLC0415

        d = dict(src_dict)
        inject = LiveTranslateInjectOptions.from_dict(d.pop("inject"))

        live_translate_inject_action = cls(
            inject=inject,
        )

        return live_translate_inject_action
