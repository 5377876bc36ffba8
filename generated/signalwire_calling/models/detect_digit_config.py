# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detect_digit_params import DetectDigitParams


T = TypeVar("T", bound="DetectDigitConfig")


@_attrs_define
class DetectDigitConfig:
    """Selects DTMF digit detection."""

    type_: Literal["digit"] = "digit"
    """ Discriminator choosing the digit detector. """
    params: DetectDigitParams | Unset = UNSET
    """ Settings for the DTMF digit detector. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detect_digit_params import DetectDigitParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["digit"], d.pop("type"))
        if type_ != "digit":
            raise ValueError(f"type must match const 'digit', got '{type_}'")

        _params = d.pop("params", UNSET)
        params: DetectDigitParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = DetectDigitParams.from_dict(_params)

        detect_digit_config = cls(
            type_=type_,
            params=params,
        )

        return detect_digit_config
