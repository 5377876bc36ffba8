from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiHoldParams")


@_attrs_define
class AiHoldParams:
    timeout: str | Unset = UNSET
    prompt: str | Unset = UNSET

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
