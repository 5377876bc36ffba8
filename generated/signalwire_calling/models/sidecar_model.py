# Generated from spec/ by generator/; do not edit.
from typing import Literal

SidecarModel = Literal["gpt-4.1-mini", "gpt-4.1-nano", "gpt-4o-mini"]

SIDECAR_MODEL_VALUES: set[SidecarModel] = {
    "gpt-4.1-mini",
    "gpt-4.1-nano",
    "gpt-4o-mini",
}


def check_sidecar_model(value: str) -> SidecarModel:
    if value in SIDECAR_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIDECAR_MODEL_VALUES!r}")
