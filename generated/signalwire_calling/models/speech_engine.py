# Generated from spec/ by generator/; do not edit.
from typing import Literal

SpeechEngine = Literal["deepgram", "google"]

SPEECH_ENGINE_VALUES: set[SpeechEngine] = {
    "deepgram",
    "google",
}


def check_speech_engine(value: str) -> SpeechEngine:
    if value in SPEECH_ENGINE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPEECH_ENGINE_VALUES!r}")
