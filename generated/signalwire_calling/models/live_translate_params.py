from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_translate_inject_action import LiveTranslateInjectAction
    from ..models.live_translate_start_action import LiveTranslateStartAction
    from ..models.live_translate_summarize_action import LiveTranslateSummarizeAction


T = TypeVar("T", bound="LiveTranslateParams")


@_attrs_define
class LiveTranslateParams:
    """Options for `calling.live_translate`. `action` is `{start: {...}}`, `{summarize: {...}}`, `{inject: {...}}`, or the
    string `stop`.

    """

    action: Literal["stop"] | LiveTranslateInjectAction | LiveTranslateStartAction | LiveTranslateSummarizeAction
    """ What to do: start translating, request a summary, inject a message, or `stop`. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook that receives events about the translation session. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.live_translate_inject_action import LiveTranslateInjectAction  # noqa: PLC0415
        from ..models.live_translate_start_action import LiveTranslateStartAction  # noqa: PLC0415
        from ..models.live_translate_summarize_action import LiveTranslateSummarizeAction  # noqa: PLC0415

        action: dict[str, Any] | Literal["stop"]
        if isinstance(self.action, LiveTranslateStartAction):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveTranslateSummarizeAction):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveTranslateInjectAction):
            action = self.action.to_dict()
        else:
            action = self.action

        status_url = self.status_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_translate_inject_action import LiveTranslateInjectAction  # noqa: PLC0415
        from ..models.live_translate_start_action import LiveTranslateStartAction  # noqa: PLC0415
        from ..models.live_translate_summarize_action import LiveTranslateSummarizeAction  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action(
            data: object,
        ) -> Literal["stop"] | LiveTranslateInjectAction | LiveTranslateStartAction | LiveTranslateSummarizeAction:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = LiveTranslateStartAction.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_1 = LiveTranslateSummarizeAction.from_dict(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_2 = LiveTranslateInjectAction.from_dict(data)

                return action_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            action_type_3 = cast(Literal["stop"], data)
            if action_type_3 != "stop":
                raise ValueError(f"action_type_3 must match const 'stop', got '{action_type_3}'")
            return action_type_3

        action = _parse_action(d.pop("action"))

        status_url = d.pop("status_url", UNSET)

        live_translate_params = cls(
            action=action,
            status_url=status_url,
        )

        return live_translate_params
