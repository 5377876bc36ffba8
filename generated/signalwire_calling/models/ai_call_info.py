# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiCallInfo")


@_attrs_define
class AiCallInfo:
    """Which call an AI sidecar event belongs to. `project_id` and `space_id` are present when SignalWire has them."""

    call_id: str
    """ ID of the call (a UUID). """
    content_type: str
    """ Content type of the POSTed body; `text/json` in every event seen so far. """
    content_disposition: str
    """ How the body is delivered; `post_data` in every event seen so far. """
    conversation_type: str
    """ Kind of conversation; `voice` in every event seen so far. """
    project_id: str | Unset = UNSET
    """ Your project's ID (a UUID). """
    space_id: str | Unset = UNSET
    """ Your space's ID (a UUID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        content_type = self.content_type

        content_disposition = self.content_disposition

        conversation_type = self.conversation_type

        project_id = self.project_id

        space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "content_type": content_type,
                "content_disposition": content_disposition,
                "conversation_type": conversation_type,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if space_id is not UNSET:
            field_dict["space_id"] = space_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        content_type = d.pop("content_type")

        content_disposition = d.pop("content_disposition")

        conversation_type = d.pop("conversation_type")

        project_id = d.pop("project_id", UNSET)

        space_id = d.pop("space_id", UNSET)

        ai_call_info = cls(
            call_id=call_id,
            content_type=content_type,
            content_disposition=content_disposition,
            conversation_type=conversation_type,
            project_id=project_id,
            space_id=space_id,
        )

        ai_call_info.additional_properties = d
        return ai_call_info

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
