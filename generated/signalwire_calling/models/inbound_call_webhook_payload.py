# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inbound_call import InboundCall
    from ..models.inbound_call_webhook_payload_envs import InboundCallWebhookPayloadEnvs
    from ..models.inbound_call_webhook_payload_params import InboundCallWebhookPayloadParams
    from ..models.inbound_call_webhook_payload_vars import InboundCallWebhookPayloadVars


T = TypeVar("T", bound="InboundCallWebhookPayload")


@_attrs_define
class InboundCallWebhookPayload:
    """What SignalWire POSTs to a SWML URL to fetch a call's document: the call, and the variables the document can use.
    Like every webhook payload here, fields this spec does not list are kept, not refused.

    """

    call: InboundCall
    """ The call whose SWML SignalWire is fetching. """
    vars_: InboundCallWebhookPayloadVars
    """ The call session's script variables; empty on the first fetch. """
    envs: InboundCallWebhookPayloadEnvs
    """ Variables the document can read as `${envs.<key>}`: those set on the account or project, plus the
    `custom_variables` of the `dial` (which win over an account or project variable of exactly the same name; keys
    are case-sensitive). """
    params: InboundCallWebhookPayloadParams
    """ Values passed by the SWML `execute` or `transfer` step that caused the fetch; empty on the first fetch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call = self.call.to_dict()

        vars_ = self.vars_.to_dict()

        envs = self.envs.to_dict()

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call": call,
                "vars": vars_,
                "envs": envs,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_call import InboundCall  # noqa: PLC0415
        from ..models.inbound_call_webhook_payload_envs import InboundCallWebhookPayloadEnvs  # noqa: PLC0415
        from ..models.inbound_call_webhook_payload_params import InboundCallWebhookPayloadParams  # noqa: PLC0415
        from ..models.inbound_call_webhook_payload_vars import InboundCallWebhookPayloadVars  # noqa: PLC0415

        d = dict(src_dict)
        call = InboundCall.from_dict(d.pop("call"))

        vars_ = InboundCallWebhookPayloadVars.from_dict(d.pop("vars"))

        envs = InboundCallWebhookPayloadEnvs.from_dict(d.pop("envs"))

        params = InboundCallWebhookPayloadParams.from_dict(d.pop("params"))

        inbound_call_webhook_payload = cls(
            call=call,
            vars_=vars_,
            envs=envs,
            params=params,
        )

        inbound_call_webhook_payload.additional_properties = d
        return inbound_call_webhook_payload

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
