from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiHoldParams")


@_attrs_define
class AiHoldParams:
    """Options for `calling.ai_hold`."""

    timeout: str | Unset = UNSET
    """ How long the hold may last, in seconds, written as a numeric string such as `"300"`; SignalWire rejects a
    JSON number here. """
    prompt: str | Unset = UNSET
    """ Instruction injected as a system message just before the hold; the AI says it to the caller, then hold music
    plays. """

    def to_dict(self) -> dict[str, Any]:
        timeout = self.timeout

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timeout = d.pop("timeout", UNSET)

        prompt = d.pop("prompt", UNSET)

        ai_hold_params = cls(
            timeout=timeout,
            prompt=prompt,
        )

        return ai_hold_params
