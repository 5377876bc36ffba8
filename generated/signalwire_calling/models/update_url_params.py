from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.update_call_status import UpdateCallStatus, check_update_call_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUrlParams")


@_attrs_define
class UpdateUrlParams:
    """Parameters for `update` that point the call at SWML served from a URL."""

    id: UUID
    """ ID of the call to update. """
    url: str
    """ URL that returns the SWML the call runs from now on. """
    fallback_url: str | Unset = UNSET
    """ URL of backup SWML that SignalWire uses if the new instructions cannot be fetched or fail. """
    status: UpdateCallStatus | Unset = UNSET
    """ Final status to impose on a call with `update`: `canceled` stops a call that has not been answered yet
    (queued or ringing), `completed` hangs up a call that is in progress. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook that receives status updates for the call. """

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        fallback_url = self.fallback_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        status_url = self.status_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "url": url,
            }
        )
        if fallback_url is not UNSET:
            field_dict["fallback_url"] = fallback_url
        if status is not UNSET:
            field_dict["status"] = status
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        fallback_url = d.pop("fallback_url", UNSET)

        _status = d.pop("status", UNSET)
        status: UpdateCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_update_call_status(_status)

        status_url = d.pop("status_url", UNSET)

        update_url_params = cls(
            id=id,
            url=url,
            fallback_url=fallback_url,
            status=status,
            status_url=status_url,
        )

        return update_url_params
