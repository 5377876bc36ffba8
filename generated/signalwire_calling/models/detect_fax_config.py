# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detect_fax_params import DetectFaxParams


T = TypeVar("T", bound="DetectFaxConfig")


@_attrs_define
class DetectFaxConfig:
    """Selects fax tone detection."""

    type_: Literal["fax"] = "fax"
    """ Discriminator choosing the fax detector. """
    params: DetectFaxParams | Unset = UNSET
    """ Settings for the fax tone detector. """

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
        from ..models.detect_fax_params import DetectFaxParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["fax"], d.pop("type"))
        if type_ != "fax":
            raise ValueError(f"type must match const 'fax', got '{type_}'")

        _params = d.pop("params", UNSET)
        params: DetectFaxParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = DetectFaxParams.from_dict(_params)

        detect_fax_config = cls(
            type_=type_,
            params=params,
        )

        return detect_fax_config
