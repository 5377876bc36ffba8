from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AiSidecarStopParams")


@_attrs_define
class AiSidecarStopParams:
    """`calling.ai_sidecar.stop` takes no parameters; send an empty object. The sidecar is identified by the call `id`."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ai_sidecar_stop_params = cls()

        return ai_sidecar_stop_params
