# Generated from spec/ by generator/; do not edit.
from typing import Literal

AiSidecarEventType = Literal[
    "action",
    "ask_answer",
    "ask_request",
    "error",
    "final",
    "global_data_change",
    "history_pruned",
    "insight",
    "request",
    "skip",
    "start",
    "stop",
    "thought",
    "tool_call",
    "tool_result",
    "turn",
]

AI_SIDECAR_EVENT_TYPE_VALUES: set[AiSidecarEventType] = {
    "action",
    "ask_answer",
    "ask_request",
    "error",
    "final",
    "global_data_change",
    "history_pruned",
    "insight",
    "request",
    "skip",
    "start",
    "stop",
    "thought",
    "tool_call",
    "tool_result",
    "turn",
}


def check_ai_sidecar_event_type(value: str) -> AiSidecarEventType:
    if value in AI_SIDECAR_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_SIDECAR_EVENT_TYPE_VALUES!r}")
