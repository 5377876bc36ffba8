from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiStopParams")


@_attrs_define
class AiStopParams:
    """Options for `calling.ai.stop`."""

    control_id: str | Unset = UNSET
    """ Reserved. The AI session active on the call is stopped either way; SignalWire currently ignores this value.
    """

    def to_dict(self) -> dict[str, Any]:
        control_id = self.control_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if control_id is not UNSET:
            field_dict["control_id"] = control_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_id = d.pop("control_id", UNSET)

        ai_stop_params = cls(
            control_id=control_id,
        )

        return ai_stop_params
