# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiMessageReset")


@_attrs_define
class AiMessageReset:
    """How `calling.ai_message` resets the AI conversation."""

    full_reset: bool | Unset = UNSET
    """ Clear the entire conversation history rather than keeping it. """
    user_prompt: str | Unset = UNSET
    """ User prompt to install after the reset. """
    system_prompt: str | Unset = UNSET
    """ System prompt to install after the reset. """

    def to_dict(self) -> dict[str, Any]:
        full_reset = self.full_reset

        user_prompt = self.user_prompt

        system_prompt = self.system_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full_reset is not UNSET:
            field_dict["full_reset"] = full_reset
        if user_prompt is not UNSET:
            field_dict["user_prompt"] = user_prompt
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_reset = d.pop("full_reset", UNSET)

        user_prompt = d.pop("user_prompt", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        ai_message_reset = cls(
            full_reset=full_reset,
            user_prompt=user_prompt,
            system_prompt=system_prompt,
        )

        return ai_message_reset
