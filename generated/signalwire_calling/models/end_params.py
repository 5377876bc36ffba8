from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.hangup_reason import HangupReason, check_hangup_reason
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndParams")


@_attrs_define
class EndParams:
    """Options for `calling.end`."""

    reason: HangupReason | Unset = UNSET
    """ Why the call is being ended: `hangup` for a normal hangup, `cancel` for a call abandoned before it was
    answered, `busy` for a busy callee, `noAnswer` when nobody answered, `decline` for a rejected call, `error` for
    a failure. """

    def to_dict(self) -> dict[str, Any]:
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reason = d.pop("reason", UNSET)
        reason: HangupReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = check_hangup_reason(_reason)

        end_params = cls(
            reason=reason,
        )

        return end_params
