"""generator/model.py: the spec read once into data classes, and the rules that fail the build."""

from __future__ import annotations

from typing import Any

import pytest

from generator import model
from tests.support.generator import FIXTURE, document, fixture_spec

ROOT = FIXTURE.parents[2]


def command(spec: model.Spec, method: str) -> model.Command:
    (found,) = [c for c in spec.commands if c.method == method]
    return found


def test_commands_in_discriminator_order_with_their_extensions() -> None:
    spec = model.load(FIXTURE)
    assert [(c.wire_name, c.method, c.request_schema) for c in spec.commands] == [
        ("dial", "dial", "DialRequest"),
        ("update", "update", "UpdateRequest"),
        ("calling.play", "play", "PlayRequest"),
        ("calling.play.stop", "play_stop", "PlayStopRequest"),
        ("calling.end", "end", "EndRequest"),
    ]
    assert [c.idempotent for c in spec.commands] == [False, False, False, True, True]


def test_the_call_id_goes_in_the_body_in_params_or_nowhere() -> None:
    spec = fixture_spec()
    assert {c.method: c.call_id for c in spec.commands} == {
        "dial": "none",
        "update": "params",
        "play": "body",
        "play_stop": "body",
        "end": "body",
    }
    assert [c.method for c in spec.commands if not c.takes_call_id] == ["dial"]


def test_fields_merge_the_params_variants_and_required_means_in_every_variant() -> None:
    dial = command(fixture_spec(), "dial")
    assert dial.params_schemas == ("DialUrlParams", "DialSwmlParams")
    assert [f.name for f in dial.fields] == ["from", "to", "url", "timeout", "swml"]
    assert [f.name for f in dial.required] == ["from", "to"]  # url and swml: one variant each


def test_a_python_keyword_field_gets_a_trailing_underscore() -> None:
    dial = command(fixture_spec(), "dial")
    assert [(f.name, f.keyword) for f in dial.fields][:2] == [("from", "from_"), ("to", "to")]


def test_update_takes_its_id_from_the_call_not_as_a_field() -> None:
    update = command(fixture_spec(), "update")
    assert [f.name for f in update.fields] == ["status", "url"]
    assert update.required == ()


def test_field_descriptions_fall_back_to_the_referenced_schema_and_defaults_are_kept() -> None:
    dial = command(fixture_spec(), "dial")
    fields = {f.name: f for f in dial.fields}
    assert fields["swml"].description == "An inline SWML document."
    assert fields["timeout"].has_default
    assert fields["timeout"].default == 30
    assert not fields["to"].has_default


@pytest.mark.parametrize(
    ("method", "summary", "details"),
    [
        ("end", "Hang up the call.", "The reason is recorded."),
        ("dial", "Place a new outbound call.", ""),  # whitespace collapsed, the period added
        ("play_stop", "Send `calling.play.stop`.", ""),  # no description
        ("update", "Change a call in progress.", "Its id goes inside params."),
    ],
)
def test_summary_is_the_first_sentence(method: str, summary: str, details: str) -> None:
    found = command(fixture_spec(), method)
    assert (found.summary, found.details) == (summary, details)


def test_first_sentence_splits_at_the_first_full_stop_and_space() -> None:
    assert model.first_sentence("Stops it. Then more. And more.") == ("Stops it.", "Then more. And more.")
    assert model.first_sentence("One sentence.") == ("One sentence.", "")
    assert model.first_sentence("No period") == ("No period.", "")


def test_operations_group_the_start_and_the_other_commands_by_kind() -> None:
    spec = fixture_spec()
    play = command(spec, "play")
    assert play.operation == model.Operation("play", "start")
    assert play.starts
    assert not command(spec, "play_stop").starts
    assert command(spec, "end").operation is None
    (kind,) = spec.operations
    assert kind.kind == "play"
    assert kind.start is play
    assert [c.method for c in kind.actions] == ["play_stop"]


def test_an_operation_only_swml_starts_has_no_start_command() -> None:
    broken = document()
    broken["components"]["schemas"]["PlayStopRequest"]["x-signalwire-operation"]["kind"] = "tap"
    (play, tap) = model.build(broken).operations
    assert (play.kind, [c.method for c in play.actions]) == ("play", [])
    assert (tap.kind, tap.start, [c.method for c in tap.actions]) == ("tap", None, ["play_stop"])


def test_the_response_union_and_its_discriminator() -> None:
    response = fixture_spec().response
    assert response.models == ("CallLeg", "DeviceLeg")
    assert response.discriminator == "type"
    assert response.mapping == {"relay_pstn_call": "CallLeg", "device_leg": "DeviceLeg"}


def test_webhooks_name_their_payload_and_its_own_schemas_are_webhook_only() -> None:
    spec = fixture_spec()
    assert spec.webhooks == {
        "statusCallback": "StatusPayload",
        "playCallback": "PlayedEvent",
        "stateCallback": "StateEvent",
    }
    assert spec.webhook_only == {"StatusPayload", "StatusEvent", "PlayedEvent", "StateEvent", "AnyEvent"}
    assert spec.generic_event == "AnyEvent"


def test_events_read_their_facts_from_x_signalwire_event() -> None:
    play, state = fixture_spec().events
    assert (play.webhook, play.model, play.event_types, play.operations) == (
        "playCallback", "PlayedEvent", ("calling.call.play",), ("play",)
    )  # fmt: skip
    assert play.terminal == ((("params", "state"), frozenset({"finished", "error"})),)
    assert play.progress == ((("params", "final"), frozenset({False})),)
    assert (play.call_state, play.ended) == (None, frozenset())
    assert (state.operations, state.terminal, state.call_state, state.ended) == (
        (),
        (),
        ("params", "call_state"),
        {"ended"},
    )
    assert fixture_spec().operation_results == {"play": "PlayedEvent"}


def event_fact(broken: dict[str, Any], webhook: str = "playCallback") -> dict[str, Any]:
    fact: dict[str, Any] = broken["webhooks"][webhook]["post"]["x-signalwire-event"]
    return fact


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda fact, doc: fact.update(operations=["juggle"]),
            "operations \\['juggle'\\] are no x-signalwire-operation kind",
        ),
        (lambda fact, doc: fact.update(terminal={"params.state": "finished"}), "terminal: rules map a dotted path"),
        (lambda fact, doc: fact.update(progress={"params.state": []}), "progress: rules map a dotted path"),
        (lambda fact, doc: event_fact(doc, "stateCallback").update(event_types=["calling.call.play"]), "two webhooks"),
        (lambda fact, doc: event_fact(doc, "stateCallback").update(operations=["play"], terminal={"x": [1]}), "both"),
        (lambda fact, doc: doc.pop("x-signalwire-generic-event"), "x-signalwire-generic-event is missing"),
    ],
    ids=["unknown-kind", "values-not-a-list", "empty-values", "event-type-twice", "two-ends", "no-generic-event"],
)
def test_event_facts_that_break_a_rule_fail(change: Any, message: str) -> None:
    broken = document()
    change(event_fact(broken), broken)
    with pytest.raises(model.SpecError, match=message):
        model.build(broken)


def test_request_only_schemas_are_the_requests_and_their_top_level_params() -> None:
    assert fixture_spec().request_only == {
        "CallRequest",
        *("DialRequest", "UpdateRequest", "PlayRequest", "PlayStopRequest", "EndRequest"),
        *("DialUrlParams", "DialSwmlParams", "UpdateParams", "PlayParams", "PlayStopParams", "EndParams"),
    }


def test_a_params_schema_another_kept_schema_uses_is_not_request_only() -> None:
    broken = document()
    schemas = broken["components"]["schemas"]
    schemas["CallLeg"]["properties"]["last_end"] = {"$ref": "#/components/schemas/EndParams"}
    assert "EndParams" not in model.build(broken).request_only


def test_validation_schemas_keep_only_validation_keywords_and_leave_out_webhook_only_ones() -> None:
    schemas = fixture_spec().validation_schemas
    assert "StatusPayload" not in schemas
    assert "StatusEvent" not in schemas
    assert schemas["DialRequest"]["properties"]["params"] == {
        "oneOf": [{"$ref": "DialUrlParams"}, {"$ref": "DialSwmlParams"}]
    }
    assert schemas["DialUrlParams"]["properties"]["timeout"] == {"type": "integer", "minimum": 1}  # no description
    assert schemas["CallRequest"]["discriminator"]["mapping"]["dial"] == "DialRequest"
    assert "x-signalwire-method" not in schemas["DialRequest"]


def test_duplicate_methods_fail() -> None:
    broken = document()
    broken["components"]["schemas"]["EndRequest"]["x-signalwire-method"] = "play"
    with pytest.raises(model.SpecError, match=r"x-signalwire-method values must be unique: \['play'\]"):
        model.build(broken)


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"type": "integer", "multipleOf": 5}, r"\['multipleOf'\], which the request validator does not implement"),
        ({"allOf": [{"type": "string"}]}, r"\['allOf'\]"),
        ({"type": "string", "format": "email"}, r"format 'email', which the request validator does not implement"),
        ({"type": "object", "properties": {"x": {"type": "string", "format": "date"}}}, "format 'date'"),
    ],
)
def test_a_keyword_or_format_the_validator_does_not_implement_fails(schema: dict[str, Any], message: str) -> None:
    broken = document()
    broken["components"]["schemas"]["Broken"] = schema
    with pytest.raises(model.SpecError, match=message):
        model.build(broken)


def test_an_unsupported_keyword_in_a_webhook_only_schema_is_not_checked() -> None:
    """Nothing validates webhook payloads (they are parsed leniently), so they may use any keyword."""
    lenient = document()
    lenient["components"]["schemas"]["StatusPayload"]["minProperties"] = 1
    assert {"StatusPayload", "StatusEvent"} <= model.build(lenient).webhook_only


def test_a_webhook_body_must_be_a_ref() -> None:
    broken = document()
    body = broken["webhooks"]["statusCallback"]["post"]["requestBody"]["content"]["application/json"]
    body["schema"] = {"type": "object"}
    with pytest.raises(model.SpecError, match="webhook statusCallback: the request body must be a \\$ref"):
        model.build(broken)


def test_a_ref_to_no_schema_fails() -> None:
    broken = document()
    broken["components"]["schemas"]["CallRequest"]["discriminator"]["mapping"]["dial"] = "#/components/schemas/Nope"
    with pytest.raises(model.SpecError, match="'#/components/schemas/Nope' names no schema"):
        model.build(broken)


def test_the_real_spec_builds() -> None:
    spec = model.load(ROOT / "spec" / "calling.yaml")
    assert len(spec.commands) == 42
    assert len({c.method for c in spec.commands}) == 42
