# Generated from spec/ by generator/; do not edit.
from typing import Literal

TtsGender = Literal["female", "male"]

TTS_GENDER_VALUES: set[TtsGender] = {
    "female",
    "male",
}


def check_tts_gender(value: str) -> TtsGender:
    if value in TTS_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TTS_GENDER_VALUES!r}")
