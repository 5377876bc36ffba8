from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.update_call_status import UpdateCallStatus, check_update_call_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.swml import Swml


T = TypeVar("T", bound="UpdateSwmlParams")


@_attrs_define
class UpdateSwmlParams:
    """Parameters for `update` that give the call's new flow inline as SWML."""

    id: UUID
    """ ID of the call to update. """
    swml: Swml
    """ Inline SWML document, as accepted by `swml` in `dial` and `update`, `to_script` in `dial` and `dest` in
    `calling.transfer`; only its envelope is typed: `version` plus `sections`, whose required `main` section and any
    other named sections are lists of SWML instructions left as free-form JSON. SWML is a separate, much larger
    language (SignalWire's own definition of it is about 190 schemas and 300 KB, versioned on its own), so the
    client validates just the envelope, passes the instructions through unchanged and lets SignalWire validate them.
    For typed SWML, build the document with a SWML builder and pass the result here. """
    fallback_url: str | Unset = UNSET
    """ URL of backup SWML that SignalWire uses if the new instructions cannot be fetched or fail. """
    status: UpdateCallStatus | Unset = UNSET
    """ Final status to impose on a call with `update`: `canceled` stops a call that has not been answered yet
    (queued or ringing), `completed` hangs up a call that is in progress. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook that receives status updates for the call. """

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        swml = self.swml.to_dict()

        fallback_url = self.fallback_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        status_url = self.status_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "swml": swml,
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
        from ..models.swml import Swml  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        swml = Swml.from_dict(d.pop("swml"))

        fallback_url = d.pop("fallback_url", UNSET)

        _status = d.pop("status", UNSET)
        status: UpdateCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_update_call_status(_status)

        status_url = d.pop("status_url", UNSET)

        update_swml_params = cls(
            id=id,
            swml=swml,
            fallback_url=fallback_url,
            status=status,
            status_url=status_url,
        )

        return update_swml_params
