"""Status events: every example SignalWire's sources give parses to its model and back; the shapes the sources
disagree on all parse; an event type the spec does not know is a `GenericEvent`, not an error."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from signalwire_calling import models, webhooks
from signalwire_calling._event_table import EVENTS
from tests.support import vendor_events

CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def body(event_type: str, **params: Any) -> bytes:
    return json.dumps({"event_type": event_type, "timestamp": 1777565701.5, "params": params}).encode()


def test_fixture_is_byte_identical_to_the_shared_reference() -> None:
    if not vendor_events.SHARED_COPY.exists():
        pytest.skip(f"no shared reference copy at {vendor_events.SHARED_COPY} to compare with")
    assert vendor_events.PATH.read_bytes() == vendor_events.SHARED_COPY.read_bytes()


def test_the_spec_models_every_event_type_the_sources_name() -> None:
    assert vendor_events.event_types() <= set(EVENTS)


@pytest.mark.parametrize(("name", "example"), vendor_events.examples(), ids=[n for n, _ in vendor_events.examples()])
def test_every_example_parses_to_its_model_and_round_trips(name: str, example: dict[str, Any]) -> None:
    event = webhooks.parse(json.dumps(example))
    assert type(event).__name__ == EVENTS[example["event_type"]].model
    assert type(event) is getattr(models, EVENTS[example["event_type"]].model)
    assert event.to_dict() == example
    assert webhooks.kind_of(example) == EVENTS[example["event_type"]].webhook


def test_collect_results_are_told_apart_by_type() -> None:
    digit = webhooks.parse(
        body(
            "calling.call.collect",
            control_id="c",
            result={"type": "digit", "params": {"digits": "12", "terminator": "#"}},
        )
    )
    speech = webhooks.parse(
        body(
            "calling.call.collect",
            control_id="c",
            result={"type": "speech", "params": {"text": "sales", "confidence": 0.95}},
        )
    )
    nothing = webhooks.parse(body("calling.call.collect", control_id="c", result={"type": "no_input"}))
    assert isinstance(digit, models.CollectEvent)
    assert isinstance(digit.params.result, models.CollectDigitResult)
    assert (digit.params.result.params.digits, digit.params.result.params.terminator) == ("12", "#")
    assert isinstance(speech.params.result, models.CollectSpeechResult)
    assert speech.params.result.params.confidence == 0.95  # the 0-1 scale of one source
    assert isinstance(nothing.params.result, models.CollectOtherResult)
    assert nothing.params.result.type_ == "no_input"


def test_a_collect_result_type_added_later_still_parses_with_its_params() -> None:
    event = webhooks.parse(
        body("calling.call.collect", control_id="c", result={"type": "dtmf_and_speech", "params": {"x": 1}})
    )
    assert isinstance(event, models.CollectEvent)
    assert isinstance(event.params.result, models.CollectOtherResult)
    assert event.params.result.type_ == "dtmf_and_speech"
    assert event.params.result.to_dict() == {"type": "dtmf_and_speech", "params": {"x": 1}}


def test_a_record_url_parses_flat_and_nested() -> None:
    flat = webhooks.parse(
        body("calling.call.record", control_id="r", state="finished", url="https://x/rec.mp3", duration=3.5, size=10)
    )
    nested = webhooks.parse(
        body(
            "calling.call.record",
            control_id="r",
            state="finished",
            record={"url": "https://x/rec.mp3", "duration": 3.5, "size": 10, "format": "mp3"},
        )
    )
    assert isinstance(flat, models.RecordEvent)
    assert isinstance(nested, models.RecordEvent)
    assert flat.params.url == "https://x/rec.mp3"
    assert nested.params.record.url == "https://x/rec.mp3"
    assert nested.params.record.format_ == "mp3"


@pytest.mark.parametrize(
    "reason", ["noAnswer", "no_answer", "maxDuration", "max_duration", "declined", "brand_new", None]
)
def test_end_reasons_are_kept_as_sent_whatever_their_spelling(reason: str | None) -> None:
    event = webhooks.parse(
        body("calling.call.state", call_id=CALL_ID, call_state="ended", direction="outbound", end_reason=reason)
    )
    assert isinstance(event, models.CallStateEvent)
    assert event.params.end_reason == reason


@pytest.mark.parametrize("tag", ["one-tag", ["two", "tags"]])
def test_a_call_state_tag_parses_as_text_or_as_a_list(tag: Any) -> None:
    event = webhooks.parse(body("calling.call.state", call_id=CALL_ID, call_state="answered", tag=tag, device={}))
    assert isinstance(event, models.CallStateEvent)
    assert event.params.tag == tag


def test_values_the_spec_does_not_list_arrive_as_plain_strings() -> None:
    event = webhooks.parse(body("calling.call.play", control_id="p", state="buffering", brand_new_field=[1]))
    assert isinstance(event, models.PlayEvent)
    assert event.params.state == "buffering"
    assert event.params["brand_new_field"] == [1]
    detect = webhooks.parse(
        body("calling.call.detect", control_id="d", detect={"type": "voice", "params": {"event": "X"}})
    )
    assert isinstance(detect, models.DetectEvent)
    assert isinstance(detect.params.detect, models.DetectOtherResult)


def test_an_unknown_event_type_is_a_generic_event_with_its_params_kept() -> None:
    raw = {
        "event_type": "calling.call.hologram",
        "event_channel": "swml:x",
        "timestamp": 1.5,
        "params": {"a": {"b": 1}},
        "more": True,
    }
    event = webhooks.parse(json.dumps(raw))
    assert isinstance(event, webhooks.GenericEvent)
    assert event.event_type == "calling.call.hologram"
    assert event.params["a"] == {"b": 1}
    assert event.to_dict() == raw
    assert webhooks.kind_of(raw) == "genericEvent"


def test_parsing_does_not_change_the_decoded_body() -> None:
    example = vendor_events.examples()[0][1]
    kept = copy.deepcopy(example)
    webhooks.parse_decoded(example)
    assert example == kept


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (body("calling.call.play", state="finished"), "control_id"),
        (b'{"event_type": "calling.call.play"}', "params"),
        (b'{"event_type": "calling.call.play", "params": "finished"}', "PlayEvent"),
    ],
    ids=["no-control-id", "no-params", "params-not-an-object"],
)
def test_a_known_event_without_what_it_needs_is_a_payload_error(raw: bytes, message: str) -> None:
    with pytest.raises(webhooks.WebhookPayloadError, match=message):
        webhooks.parse(raw)


def test_the_old_names_of_the_stream_and_transcript_payloads_still_work() -> None:
    assert webhooks.StreamStatusCallbackPayload is webhooks.StreamEvent
    assert webhooks.TranscribeStatusCallbackPayload is webhooks.TranscriptEvent
