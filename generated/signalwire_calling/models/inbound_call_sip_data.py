# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inbound_call_sip_data_sip_contact_params import InboundCallSipDataSipContactParams


T = TypeVar("T", bound="InboundCallSipData")


@_attrs_define
class InboundCallSipData:
    """SIP details of a SIP call (`type` `sip`), taken from its request URI and its From, To and Contact headers."""

    sip_req_host: str
    """ Host part of the request URI. """
    sip_req_uri: str
    """ The request URI. """
    sip_req_user: str
    """ User part of the request URI. """
    sip_from_host: str
    """ Host part of the From header. """
    sip_from_uri: str
    """ URI of the From header. """
    sip_from_user: str
    """ User part of the From header. """
    sip_to_host: str
    """ Host part of the To header. """
    sip_to_uri: str
    """ URI of the To header. """
    sip_to_user: str
    """ User part of the To header. """
    sip_contact_user: str
    """ User part of the Contact header. """
    sip_contact_port: str
    """ Port of the Contact header, as a string. """
    sip_contact_uri: str
    """ URI of the Contact header. """
    sip_contact_host: str
    """ Host part of the Contact header. """
    sip_contact_params: InboundCallSipDataSipContactParams
    """ Other parameters of the Contact header. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sip_req_host = self.sip_req_host

        sip_req_uri = self.sip_req_uri

        sip_req_user = self.sip_req_user

        sip_from_host = self.sip_from_host

        sip_from_uri = self.sip_from_uri

        sip_from_user = self.sip_from_user

        sip_to_host = self.sip_to_host

        sip_to_uri = self.sip_to_uri

        sip_to_user = self.sip_to_user

        sip_contact_user = self.sip_contact_user

        sip_contact_port = self.sip_contact_port

        sip_contact_uri = self.sip_contact_uri

        sip_contact_host = self.sip_contact_host

        sip_contact_params = self.sip_contact_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sip_req_host": sip_req_host,
                "sip_req_uri": sip_req_uri,
                "sip_req_user": sip_req_user,
                "sip_from_host": sip_from_host,
                "sip_from_uri": sip_from_uri,
                "sip_from_user": sip_from_user,
                "sip_to_host": sip_to_host,
                "sip_to_uri": sip_to_uri,
                "sip_to_user": sip_to_user,
                "sip_contact_user": sip_contact_user,
                "sip_contact_port": sip_contact_port,
                "sip_contact_uri": sip_contact_uri,
                "sip_contact_host": sip_contact_host,
                "sip_contact_params": sip_contact_params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_call_sip_data_sip_contact_params import InboundCallSipDataSipContactParams  # noqa: PLC0415

        d = dict(src_dict)
        sip_req_host = d.pop("sip_req_host")

        sip_req_uri = d.pop("sip_req_uri")

        sip_req_user = d.pop("sip_req_user")

        sip_from_host = d.pop("sip_from_host")

        sip_from_uri = d.pop("sip_from_uri")

        sip_from_user = d.pop("sip_from_user")

        sip_to_host = d.pop("sip_to_host")

        sip_to_uri = d.pop("sip_to_uri")

        sip_to_user = d.pop("sip_to_user")

        sip_contact_user = d.pop("sip_contact_user")

        sip_contact_port = d.pop("sip_contact_port")

        sip_contact_uri = d.pop("sip_contact_uri")

        sip_contact_host = d.pop("sip_contact_host")

        sip_contact_params = InboundCallSipDataSipContactParams.from_dict(d.pop("sip_contact_params"))

        inbound_call_sip_data = cls(
            sip_req_host=sip_req_host,
            sip_req_uri=sip_req_uri,
            sip_req_user=sip_req_user,
            sip_from_host=sip_from_host,
            sip_from_uri=sip_from_uri,
            sip_from_user=sip_from_user,
            sip_to_host=sip_to_host,
            sip_to_uri=sip_to_uri,
            sip_to_user=sip_to_user,
            sip_contact_user=sip_contact_user,
            sip_contact_port=sip_contact_port,
            sip_contact_uri=sip_contact_uri,
            sip_contact_host=sip_contact_host,
            sip_contact_params=sip_contact_params,
        )

        inbound_call_sip_data.additional_properties = d
        return inbound_call_sip_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
