# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detect_machine_params import DetectMachineParams


T = TypeVar("T", bound="DetectMachineConfig")


@_attrs_define
class DetectMachineConfig:
    """Selects answering-machine detection."""

    type_: Literal["machine"] = "machine"
    """ Discriminator choosing the answering-machine detector. """
    params: DetectMachineParams | Unset = UNSET
    """ Tuning for answering-machine detection, which decides whether a person or a machine picked up. Times are in
    seconds. """

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
        from ..models.detect_machine_params import DetectMachineParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["machine"], d.pop("type"))
        if type_ != "machine":
            raise ValueError(f"type must match const 'machine', got '{type_}'")

        _params = d.pop("params", UNSET)
        params: DetectMachineParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = DetectMachineParams.from_dict(_params)

        detect_machine_config = cls(
            type_=type_,
            params=params,
        )

        return detect_machine_config
