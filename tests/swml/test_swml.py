"""Typed SWML: the builder, the check and its messages, and SWML wherever the client, the mock and a webhook
take it. Each valid document here is also judged by the vendor's schema (the oracle), so a test cannot pass on
our check agreeing with itself."""

from __future__ import annotations

import base64
import json
import sys
import threading
from typing import Any

import httpx
import pytest

import signalwire_calling
from signalwire_calling import InvalidRequestError, SignalWireError, swml
from signalwire_calling.testing import CallingMock
from signalwire_calling.testing._swml_answers import swml_answer_error
from tests.support import vendor_swml

MAIN_ONLY = {"version": "1.0.0", "sections": {"main": [{"answer": {}}]}}


def document(*instructions: Any) -> dict[str, Any]:
    return {"version": "1.0.0", "sections": {"main": list(instructions)}}


# -- the builder -------------------------------------------------------------------------------------------------


def test_a_document_is_built_in_order_and_is_plain_json() -> None:
    doc = (
        swml.Document()
        .main(swml.answer(max_duration=600), swml.play(url="say:Hello", volume=-3.5))
        .main(swml.execute(dest="menu"))
        .section("menu", swml.goto(label="top", max=3), swml.hangup(reason="busy"))
    )
    expected = {
        "version": "1.0.0",
        "sections": {
            "main": [
                {"answer": {"max_duration": 600}},
                {"play": {"url": "say:Hello", "volume": -3.5}},
                {"execute": {"dest": "menu"}},
            ],
            "menu": [{"goto": {"label": "top", "max": 3}}, {"hangup": {"reason": "busy"}}],
        },
    }
    assert doc.to_dict() == expected
    assert json.loads(doc.to_json()) == expected
    assert vendor_swml.accepts(expected)
    assert doc.check() is doc
    assert list(doc.sections) == ["main", "menu"]
    assert repr(doc) == "<swml.Document main: 3, menu: 2>"
    assert doc == swml.Document().main(*expected["sections"]["main"]).section("menu", *expected["sections"]["menu"])


def test_a_param_left_as_none_is_not_written_and_version_can_be_left_out() -> None:
    doc = swml.Document(version=None).main(swml.play(url="say:Hi", volume=None), swml.answer())
    assert doc.to_dict() == {"sections": {"main": [{"play": {"url": "say:Hi"}}, {"answer": {}}]}}
    assert vendor_swml.accepts(doc.to_dict())


def test_methods_whose_value_is_not_an_object_take_it_positionally() -> None:
    made = [
        swml.label("top"),
        swml.set({"attempts": 0, "name": "Ada"}),
        swml.unset(["attempts"]),
        swml.sleep(500),
        swml.sleep(duration=250),
        swml.sleep("%{vars.pause}"),
        swml.return_({"status": "done"}),
        swml.cond([{"when": "vars.attempts > 2", "then": [swml.hangup()]}, {"else": [swml.goto(label="top")]}]),
    ]
    assert made == [
        {"label": "top"},
        {"set": {"attempts": 0, "name": "Ada"}},
        {"unset": ["attempts"]},
        {"sleep": 500},
        {"sleep": {"duration": 250}},
        {"sleep": "%{vars.pause}"},
        {"return": {"status": "done"}},
        {"cond": [{"when": "vars.attempts > 2", "then": [{"hangup": {}}]}, {"else": [{"goto": {"label": "top"}}]}]},
    ]
    assert vendor_swml.accepts(document(*made))
    swml.check(document(*made))


def test_a_value_and_named_params_together_are_refused() -> None:
    with pytest.raises(swml.InvalidSWMLError, match="either a value or named params"):
        swml.sleep(500, duration=250)


def test_the_methods_without_vendor_examples_build_documents_both_schemas_accept() -> None:
    doc = swml.Document().main(
        swml.live_transcribe(
            action={"start": {"webhook": "https://example.com/t", "lang": "en-US", "direction": ["remote-caller"]}}
        ),
        swml.live_translate(action="stop"),
        swml.live_transcribe(action="stop"),
        swml.sleep(duration=-1),
        swml.cond([{"when": "call.from == '+15550100001'", "then": [swml.play(url="say:Hi")], "else": []}]),
    )
    assert vendor_swml.accepts(doc.to_dict())
    assert json.loads(doc.to_json()) == doc.to_dict()


def test_variables_stand_where_the_schema_lets_them() -> None:
    doc = swml.Document().main(
        swml.play(url="%{vars.greeting}", volume="${vars.volume}"), swml.goto(label="x", max="%{n}")
    )
    assert vendor_swml.accepts(doc.to_dict())
    doc.check()
    wrong = swml.Document().main(swml.goto(label="x", max="n"))  # not a number, not a %{...} variable
    assert not vendor_swml.accepts(wrong.to_dict())
    with pytest.raises(swml.InvalidSWMLError, match=r"sections\.main\[0\]\.goto\.max"):
        wrong.check()


# -- what the check catches that types cannot ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instruction", "field", "reason"),
    [
        ({"goto": {"label": "top", "max": 500}}, "sections.main[1].goto.max", "500 is greater than the maximum 100"),
        ({"goto": {"max": 3}}, "sections.main[1].goto.label", "is required"),
        ({"hangup": {"reason": "bye"}}, "sections.main[1].hangup.reason", "must be 'hangup', got 'bye'"),
        ({"play": {"url": "ftp://example.com/a.wav"}}, "sections.main[1].play.url", "does not match"),
        ({"play": {"volume": 99, "url": "say:x"}}, "sections.main[1].play.volume", "greater than the maximum 40"),
        ({"play": {"url": "say:a", "urls": ["say:b"]}}, "sections.main[1].play", "cannot be used together"),
        ({"play": {"url": "say:a", "ulr": "say:b"}}, "sections.main[1].play.ulr", "is not a known field"),
        ({"playy": {"url": "say:a"}}, "sections.main[1]", "'playy' is not an allowed key (did you mean 'play'?)"),
        ({"detect_machine": {"timeout": -1}}, "sections.main[1].detect_machine.timeout", "less than the minimum 0"),
        ({"prompt": {"max_digits": 1}}, "sections.main[1].prompt.play", "is required"),
        (
            {"ai": {"prompt": {"text": "Hi"}, "params": {"barge_min_words": 0}}},
            "sections.main[1].ai.params.barge_min_words",
            "less than the minimum 1",
        ),
    ],
)
def test_the_check_names_the_path_of_what_is_wrong(instruction: dict[str, Any], field: str, reason: str) -> None:
    bad = document({"answer": {}}, instruction)
    assert not vendor_swml.accepts(bad)
    with pytest.raises(swml.InvalidSWMLError) as raised:
        swml.check(bad)
    error = raised.value
    assert (error.command, error.field) == ("swml", field)
    assert reason in error.reason
    assert str(error).startswith(f"swml: {field}: ")
    assert isinstance(error, InvalidRequestError)
    assert isinstance(error, SignalWireError)
    assert isinstance(error, ValueError)
    assert swml.issues(bad)[0].path == field


def test_a_typed_document_and_the_same_dict_get_the_same_answer() -> None:
    typed = swml.Document().main(swml.answer(), swml.goto(label="top", max=0))
    with pytest.raises(swml.InvalidSWMLError) as from_typed:
        typed.to_json()
    with pytest.raises(swml.InvalidSWMLError) as from_dict:
        swml.check(typed.to_dict())
    assert from_typed.value.issues == from_dict.value.issues
    assert from_typed.value.field == "sections.main[1].goto.max"


def test_a_document_needs_its_main_section_and_nothing_unknown() -> None:
    assert swml.issues(MAIN_ONLY) == []
    assert [issue.path for issue in swml.issues({"sections": {}})] == ["sections.main"]
    assert [issue.path for issue in swml.issues({**MAIN_ONLY, "extra": 1})] == ["extra"]
    assert [issue.path for issue in swml.issues({**MAIN_ONLY, "version": "2.0.0"})] == ["version"]
    with pytest.raises(swml.InvalidSWMLError, match="expected an object"):
        swml.check([])  # type: ignore[arg-type]


def test_swaig_functions_that_map_data_must_say_something() -> None:
    """`data_map` is `minProperties: 1` beside its `$ref`: both keywords apply."""
    function = {"function": "lookup", "description": "Look an order up", "data_map": {}}
    bad = document(swml.ai(prompt={"text": "You take orders."}, SWAIG={"functions": [function]}))
    assert not vendor_swml.accepts(bad)
    (issue,) = swml.issues(bad)
    assert (issue.path, issue.message) == ("sections.main[0].ai.SWAIG.functions[0].data_map", "needs at least 1 entry")
    good = {**function, "data_map": {"output": {"response": "Order %{args.id} is on its way."}}}
    assert vendor_swml.accepts(document(swml.ai(prompt={"text": "You take orders."}, SWAIG={"functions": [good]})))
    assert swml.issues(document(swml.ai(prompt={"text": "You take orders."}, SWAIG={"functions": [good]}))) == []


# -- wherever SWML goes -------------------------------------------------------------------------------------------

IVR = swml.Document().main(swml.answer(), swml.play(url="say:Hello"), swml.hangup())


def test_the_client_sends_a_typed_document_as_its_json() -> None:
    mock = CallingMock()
    with mock.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", swml=IVR)
        client.calling.update(call.id, swml=IVR)
        client.calling.transfer(call.id, dest=IVR)
        client.calling.dial(from_="+15550100001", to_script=IVR, url="https://example.com/swml")
    sent = [request.data["params"] for request in mock.requests]
    assert sent[0]["swml"] == sent[1]["swml"] == sent[2]["dest"] == sent[3]["to_script"] == IVR.to_dict()


@pytest.mark.parametrize(
    ("command", "arguments", "field"),
    [
        (
            "dial",
            {"from_": "+15550100001", "to": "+15550100002", "swml": "DOC"},
            "params.swml.sections.main[1].play.url",
        ),
        ("dial", {"from_": "+1555", "to_script": "DOC", "url": "https://example.com/swml"}, "params.to_script"),
        ("update", {"swml": "DOC"}, "params.swml.sections.main[1].play.url"),
        ("transfer", {"dest": "DOC"}, "params.dest"),
    ],
)
def test_bad_inline_swml_is_refused_before_anything_is_sent(
    command: str, arguments: dict[str, Any], field: str
) -> None:
    bad = swml.Document().main(swml.answer(), swml.play(url="nope"))
    mock = CallingMock()
    with mock.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
        sent = len(mock.requests)
        given = {key: bad if value == "DOC" else value for key, value in arguments.items()}
        method = getattr(client.calling, command)
        with pytest.raises(InvalidRequestError) as raised:
            method(**given) if command == "dial" else method(call.id, **given)
    assert raised.value.field.startswith(field)
    assert len(mock.requests) == sent


def test_the_mock_answers_422_naming_the_path_for_bad_inline_swml() -> None:
    mock = CallingMock()
    bad = document({"answer": {}}, {"goto": {"label": "x", "max": 0}})
    body = {"command": "dial", "params": {"from": "+15550100001", "to": "+15550100002", "swml": bad}}
    credentials = base64.b64encode(f"{mock.project}:{mock.token}".encode()).decode()
    with mock.serve() as server:
        answer = httpx.post(
            f"{server.url}/api/calling/calls", json=body, headers={"Authorization": f"Basic {credentials}"}
        )
    assert answer.status_code == 422
    (error,) = answer.json()["errors"]
    assert error["attribute"] == "swml.sections.main[1].goto.max"  # SignalWire names attributes inside params
    assert "less than the minimum 1" in error["message"]


def test_a_webhook_answer_is_checked_as_swml() -> None:
    assert swml_answer_error(IVR.to_json()) is None
    assert swml_answer_error("version: 1.0.0\nsections: {main: []}") is None  # YAML: SignalWire's to read
    error = swml_answer_error(json.dumps(document({"answer": {}}, {"playy": {}})))
    assert error is not None
    assert "sections.main[1]" in error
    assert swml_answer_error("[1, 2]") == "answered JSON that is no SWML document (expected an object)"


def test_the_mock_records_an_invalid_webhook_answer_as_a_failed_delivery() -> None:
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    answers = iter([json.dumps(document({"hangup": {"reason": "bye"}})).encode(), IVR.to_json().encode()])

    def app(environ: Any, start_response: Any) -> list[bytes]:
        environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        body = next(answers)
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]

    class Quiet(WSGIRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = make_server("127.0.0.1", 0, app, handler_class=Quiet)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    mock = CallingMock(signing_key="k", delivery_timeout=2.0)
    url = f"http://127.0.0.1:{server.server_port}/swml"
    try:
        with mock.client() as client:
            call = client.calling.dial(from_="+15550100001", to="+15550100002", url=url)
            (bad,) = mock.wait_for_deliveries(1)
            before = mock.call(call.id).swml
            client.calling.update(call.id, url=url)
            _, good = mock.wait_for_deliveries(2)
    finally:
        server.shutdown()
        server.server_close()
    assert not bad.ok
    assert bad.status == 200
    assert bad.error is not None
    assert "sections.main[0].hangup.reason" in bad.error
    assert before != bad.answer  # a bad answer is not kept as the call's SWML
    assert good.ok
    assert mock.call(call.id).swml == IVR.to_json()


# -- import time ----------------------------------------------------------------------------------------------


def test_swml_is_not_imported_with_the_package() -> None:
    import subprocess

    code = (
        "import sys, signalwire_calling; "
        "print(sorted(m for m in sys.modules if m.startswith('signalwire_calling.') and 'swml' in m))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout  # noqa: S603
    assert out.strip() == "[]"
    assert signalwire_calling.swml is swml
