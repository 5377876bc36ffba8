from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.ai_message_role import AiMessageRole, check_ai_message_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_message_params_global_data import AiMessageParamsGlobalData
    from ..models.ai_message_reset import AiMessageReset


T = TypeVar("T", bound="AiMessageParams")


@_attrs_define
class AiMessageParams:
    """Options for `calling.ai_message`: text to add to the AI conversation, an optional conversation reset, and data to
    merge into the session's global data.

    """

    role: AiMessageRole | Unset = UNSET
    """ Role an injected message is attributed to. `system` adds instructions or context that steer the AI without
    the caller hearing them; `user` makes the AI treat the text as something the caller said and answer it;
    `assistant` records the text in the history as if the AI had said it. """
    message_text: str | Unset = UNSET
    """ Text to add to the conversation. Needed in practice unless the command only performs a `reset`. """
    reset: AiMessageReset | Unset = UNSET
    """ How `calling.ai_message` resets the AI conversation. """
    global_data: AiMessageParamsGlobalData | Unset = UNSET
    """ JSON object to fold into the AI session's global data, where the agent's prompts and functions can read it.
    """

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        message_text = self.message_text

        reset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reset, Unset):
            reset = self.reset.to_dict()

        global_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_data, Unset):
            global_data = self.global_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if message_text is not UNSET:
            field_dict["message_text"] = message_text
        if reset is not UNSET:
            field_dict["reset"] = reset
        if global_data is not UNSET:
            field_dict["global_data"] = global_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_message_params_global_data import AiMessageParamsGlobalData  # noqa: PLC0415
        from ..models.ai_message_reset import AiMessageReset  # noqa: PLC0415

        d = dict(src_dict)
        _role = d.pop("role", UNSET)
        role: AiMessageRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_ai_message_role(_role)

        message_text = d.pop("message_text", UNSET)

        _reset = d.pop("reset", UNSET)
        reset: AiMessageReset | Unset
        if isinstance(_reset, Unset):
            reset = UNSET
        else:
            reset = AiMessageReset.from_dict(_reset)

        _global_data = d.pop("global_data", UNSET)
        global_data: AiMessageParamsGlobalData | Unset
        if isinstance(_global_data, Unset):
            global_data = UNSET
        else:
            global_data = AiMessageParamsGlobalData.from_dict(_global_data)

        ai_message_params = cls(
            role=role,
            message_text=message_text,
            reset=reset,
            global_data=global_data,
        )

        return ai_message_params
