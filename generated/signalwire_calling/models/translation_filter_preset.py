# Generated from spec/ by generator/; do not edit.
from typing import Literal

TranslationFilterPreset = Literal["gen-z", "polite", "professional", "rude", "shakespeare"]

TRANSLATION_FILTER_PRESET_VALUES: set[TranslationFilterPreset] = {
    "gen-z",
    "polite",
    "professional",
    "rude",
    "shakespeare",
}


def check_translation_filter_preset(value: str) -> TranslationFilterPreset:
    if value in TRANSLATION_FILTER_PRESET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSLATION_FILTER_PRESET_VALUES!r}")
