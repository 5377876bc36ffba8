# Generated from spec/ by generator/; do not edit.
from typing import Literal

CollectSpeechEngine = Literal["Deepgram", "Google", "Google.V2"]

COLLECT_SPEECH_ENGINE_VALUES: set[CollectSpeechEngine] = {
    "Deepgram",
    "Google",
    "Google.V2",
}


def check_collect_speech_engine(value: str) -> CollectSpeechEngine:
    if value in COLLECT_SPEECH_ENGINE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECT_SPEECH_ENGINE_VALUES!r}")
