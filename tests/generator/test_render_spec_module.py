"""generator/render/spec_module.py: `_spec.py`, the per-command facts and the response models by tag."""

from __future__ import annotations

import pytest

from generator.render import spec_module
from signalwire_calling._spec_types import CommandInfo, ResponseModels
from tests.support.generator import fixture_spec, run_module


def test_one_command_info_per_command() -> None:
    namespace = run_module(spec_module.render(fixture_spec()), "_fixture_spec")
    commands = namespace["COMMANDS"]
    assert list(commands) == ["dial", "update", "calling.play", "calling.play.stop", "calling.end"]
    assert commands["dial"] == CommandInfo(
        name="dial",
        method="dial",
        request_schema="DialRequest",
        call_id="none",
        idempotent=False,
        fields=("from", "to", "url", "timeout", "swml"),
        operation=None,
    )
    assert commands["update"].call_id == "params"
    assert commands["update"].fields == ("status", "url")
    assert commands["calling.play.stop"].idempotent is True
    assert type(commands["calling.play"].operation) is tuple  # a plain pair, whatever the model uses
    assert commands["calling.play"].operation == ("play", "start")
    assert namespace["COMMANDS_BY_METHOD"]["play_stop"] is commands["calling.play.stop"]


def test_schema_names_and_the_response_models_by_discriminator() -> None:
    namespace = run_module(spec_module.render(fixture_spec()), "_fixture_spec")
    assert (namespace["REQUEST_SCHEMA"], namespace["RESPONSE_SCHEMA"]) == ("CallRequest", "CallResponse")
    assert namespace["RESPONSE_DISCRIMINATOR"] == "type"
    models = namespace["RESPONSE_MODELS"]
    assert isinstance(models, ResponseModels)
    assert list(models) == ["relay_pstn_call", "device_leg"]
    assert namespace["_RESPONSE_MODEL_NAMES"] == {"relay_pstn_call": "CallLeg", "device_leg": "DeviceLeg"}


def test_the_response_union_is_typed_and_imported_only_on_demand() -> None:
    source = spec_module.render(fixture_spec())
    assert "    CallResponse: TypeAlias = CallLeg | DeviceLeg\n" in source
    assert "        from .models.device_leg import DeviceLeg\n" in source
    assert "\nclass " not in source  # the classes are hand-written (_spec_types), not emitted
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        run_module(source, "_fixture_spec")["__getattr__"]("nope")
