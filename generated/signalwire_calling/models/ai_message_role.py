# Generated from spec/ by generator/; do not edit.
from typing import Literal

AiMessageRole = Literal["assistant", "system", "user"]

AI_MESSAGE_ROLE_VALUES: set[AiMessageRole] = {
    "assistant",
    "system",
    "user",
}


def check_ai_message_role(value: str) -> AiMessageRole:
    if value in AI_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_MESSAGE_ROLE_VALUES!r}")
