# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ai_call_info import AiCallInfo
    from ..models.ai_sidecar_event import AiSidecarEvent


T = TypeVar("T", bound="AiSidecarCallbackPayload")


@_attrs_define
class AiSidecarCallbackPayload:
    """What an AI sidecar POSTs to its `url` for each event: the call it follows and the event itself. Like every webhook
    payload here, fields this spec does not list are kept, not refused.

    """

    call_info: AiCallInfo
    """ Which call an AI sidecar event belongs to. `project_id` and `space_id` are present when SignalWire has them.
    """
    sidecar_event: AiSidecarEvent
    """ One sidecar event. The four fields below come with every event; `type` decides the rest (for example
    `insight.raw` or `final.summary`), which arrive as additional properties. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_info = self.call_info.to_dict()

        sidecar_event = self.sidecar_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_info": call_info,
                "sidecar_event": sidecar_event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_call_info import AiCallInfo  # noqa: PLC0415
        from ..models.ai_sidecar_event import AiSidecarEvent  # noqa: PLC0415

        d = dict(src_dict)
        call_info = AiCallInfo.from_dict(d.pop("call_info"))

        sidecar_event = AiSidecarEvent.from_dict(d.pop("sidecar_event"))

        ai_sidecar_callback_payload = cls(
            call_info=call_info,
            sidecar_event=sidecar_event,
        )

        ai_sidecar_callback_payload.additional_properties = d
        return ai_sidecar_callback_payload

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
