from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.live_transcribe_start_action import LiveTranscribeStartAction
    from ..models.live_transcribe_summarize_action import LiveTranscribeSummarizeAction


T = TypeVar("T", bound="LiveTranscribeParams")


@_attrs_define
class LiveTranscribeParams:
    """Options for `calling.live_transcribe`. `action` is `{start: {...}}`, `{summarize: {...}}`, or the string `stop`."""

    action: Literal["stop"] | LiveTranscribeStartAction | LiveTranscribeSummarizeAction
    """ What to do: start a transcription session, request a summary of it, or `stop` it. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.live_transcribe_start_action import LiveTranscribeStartAction  # noqa: PLC0415
        from ..models.live_transcribe_summarize_action import LiveTranscribeSummarizeAction  # noqa: PLC0415

        action: dict[str, Any] | Literal["stop"]
        if isinstance(self.action, LiveTranscribeStartAction):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveTranscribeSummarizeAction):
            action = self.action.to_dict()
        else:
            action = self.action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_transcribe_start_action import LiveTranscribeStartAction  # noqa: PLC0415
        from ..models.live_transcribe_summarize_action import LiveTranscribeSummarizeAction  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action(data: object) -> Literal["stop"] | LiveTranscribeStartAction | LiveTranscribeSummarizeAction:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = LiveTranscribeStartAction.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_1 = LiveTranscribeSummarizeAction.from_dict(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            action_type_2 = cast(Literal["stop"], data)
            if action_type_2 != "stop":
                raise ValueError(f"action_type_2 must match const 'stop', got '{action_type_2}'")
            return action_type_2

        action = _parse_action(d.pop("action"))

        live_transcribe_params = cls(
            action=action,
        )

        return live_transcribe_params
