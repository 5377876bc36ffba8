"""The mock sends SignalWire's webhooks, signed, to a real handler over HTTP: the example server, verifying with
the package. Every payload it sends is valid against the vendor's published schema."""

from __future__ import annotations

import asyncio
import copy
import hashlib
import hmac
import json
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from signalwire_calling import RestClient, webhooks
from signalwire_calling.testing import CallingMock
from tests.support import vendor_webhooks as vendor
from tests.support.webhook_server import KEY, PROJECT, SWML, Handler, serving


@pytest.fixture
def handler() -> Iterator[Handler]:
    with serving() as server:
        yield Handler(server)


@pytest.fixture
def mock() -> CallingMock:
    return CallingMock(PROJECT, signing_key=KEY, delivery_timeout=2.0)


def dial(client: RestClient, handler: Handler, **params: Any) -> str:
    call = client.calling.dial(from_="+15550100001", to="+15550100002", url=f"{handler.base}/swml", **params)
    return str(call.id)


def assert_signed_as_signalwire_signs(delivery: Any, url: str, *, sha256: bool) -> None:
    """Recomputed here from the bytes sent, independently of the package."""
    message = url.encode() + delivery.body
    assert delivery.headers["X-Signalwire-Signature"] == hmac.new(KEY.encode(), message, hashlib.sha1).hexdigest()
    if sha256:
        expected = hmac.new(KEY.encode(), message, hashlib.sha256).hexdigest()
        assert delivery.headers["X-Signalwire-SHA256-Signature"] == expected
    else:
        assert "X-Signalwire-SHA256-Signature" not in delivery.headers


def assert_vendor_valid(delivery: Any) -> None:
    schema = vendor.payload_schemas()[delivery.kind]
    assert vendor.errors(schema, delivery.payload) == []
    assert json.loads(delivery.body) == delivery.payload


def test_dial_with_url_fetches_the_swml_from_the_handler(mock: CallingMock, handler: Handler) -> None:
    with mock.client() as client:
        call_id = dial(client, handler, custom_variables={"case": "42"})
        (delivery,) = mock.wait_for_deliveries(1)
    assert delivery.ok
    assert (delivery.kind, delivery.status, delivery.call_id) == ("inboundCallWebhook", 200, call_id)
    assert json.loads(delivery.answer) == SWML
    assert mock.call(call_id).swml == delivery.answer
    assert_signed_as_signalwire_signs(delivery, f"{handler.base}/swml", sha256=True)
    assert_vendor_valid(delivery)
    (event,) = handler.events
    assert isinstance(event, webhooks.InboundCallWebhookPayload)
    assert (event.call.call_id, event.call.to, event.call.type_, event.call.direction) == (
        call_id,
        "+15550100002",
        "phone",
        "outbound",
    )
    assert event.envs.to_dict() == {"case": "42"}


def test_update_with_url_fetches_again(mock: CallingMock, handler: Handler) -> None:
    with mock.client() as client:
        call_id = dial(client, handler)
        client.calling.update(call_id, url=f"{handler.base}/swml?step=2")
        _, second = mock.wait_for_deliveries(2)
    assert second.url == f"{handler.base}/swml?step=2"
    assert second.payload["call"]["call_state"] == "answered"
    assert_signed_as_signalwire_signs(second, f"{handler.base}/swml?step=2", sha256=True)
    assert [type(e).__name__ for e in handler.events] == ["InboundCallWebhookPayload"] * 2


def test_stream_posts_streaming_then_finished(mock: CallingMock, handler: Handler) -> None:
    status_url = f"{handler.base}/status"
    with mock.client() as client:
        call_id = dial(client, handler)
        client.calling.stream(call_id, control_id="s1", url="wss://example.com/a", name="n", status_url=status_url)
        client.calling.stream_stop(call_id, control_id="s1")
        client.calling.stream(call_id, control_id="s2", url="wss://example.com/b", status_url=status_url)
        client.calling.end(call_id, reason="hangup")  # the call's end finishes the second stream
        deliveries = mock.wait_for_deliveries(5)[1:]
    states = [(d.payload["params"]["control_id"], d.payload["params"]["state"]) for d in deliveries]
    assert states == [("s1", "streaming"), ("s1", "finished"), ("s2", "streaming"), ("s2", "finished")]
    for delivery in deliveries:
        assert (delivery.kind, delivery.status) == ("streamStatusCallback", 204)
        assert_signed_as_signalwire_signs(delivery, status_url, sha256=False)
        assert_vendor_valid(delivery)
    parsed = [e for e in handler.events if isinstance(e, webhooks.StreamEvent)]
    assert [e.params.state for e in parsed] == ["streaming", "finished", "streaming", "finished"]
    assert parsed[0].params.name == "n"


@pytest.mark.parametrize("text", ["The caller asked for a refund.", None], ids=["completed", "failed"])
def test_transcribe_posts_the_transcript_when_it_ends(mock: CallingMock, handler: Handler, text: str | None) -> None:
    mock.transcript_text = text
    status_url = f"{handler.base}/status?kind=transcript"
    with mock.client() as client:
        call_id = dial(client, handler)
        client.calling.transcribe(call_id, control_id="t", status_url=status_url)
        client.calling.transcribe_stop(call_id, control_id="t")
        delivery = mock.wait_for_deliveries(2)[1]
    assert delivery.kind == "transcribeStatusCallback"
    assert_signed_as_signalwire_signs(delivery, status_url, sha256=False)
    assert_vendor_valid(delivery)
    event = handler.events[-1]
    assert isinstance(event, webhooks.TranscriptEvent)
    if text is None:
        assert event.event_type == "calling.transcript.failed"
        assert "text" not in delivery.payload["params"]
    else:
        assert (event.event_type, event.params.text) == ("calling.transcript.completed", text)


def test_a_hangup_by_the_test_finishes_a_transcription_too(mock: CallingMock, handler: Handler) -> None:
    with mock.client() as client:
        call_id = dial(client, handler)
        client.calling.transcribe(call_id, control_id="t", status_url=f"{handler.base}/status")
    mock.hangup(call_id)
    assert mock.wait_for_deliveries(2)[1].payload["event_type"] == "calling.transcript.completed"


def test_an_ai_sidecar_posts_start_and_stop_and_any_event_a_test_sends(mock: CallingMock, handler: Handler) -> None:
    sidecar_url = f"{handler.base}/sidecar"
    with mock.client() as client:
        call_id = dial(client, handler)
        client.calling.ai_sidecar(call_id, prompt="Coach the agent.", lang="en-US", url=sidecar_url)
        insight = copy.deepcopy(mock.wait_for_deliveries(2)[1].payload)
        insight["sidecar_event"].update(type="insight", insight={"raw": "Offer the upgrade."})
        mock.deliver(sidecar_url, insight)
        mock.wait_for_deliveries(3)
        client.calling.ai_sidecar_stop(call_id)
        deliveries = mock.wait_for_deliveries(4)[1:]
    assert [d.payload["sidecar_event"]["type"] for d in deliveries] == ["start", "insight", "stop"]
    for delivery in deliveries:
        assert_signed_as_signalwire_signs(delivery, sidecar_url, sha256=False)
        assert_vendor_valid(delivery)
    event = handler.events[2]
    assert isinstance(event, webhooks.AiSidecarCallbackPayload)
    assert event.sidecar_event.type_ == "insight"
    assert event.sidecar_event["insight"] == {"raw": "Offer the upgrade."}


def test_the_whole_loop_over_real_http(handler: Handler) -> None:
    """The mock served over HTTP, the client over HTTP, the handler over HTTP verifying with the package."""
    mock = CallingMock(PROJECT, signing_key=KEY)
    with mock.serve() as space, RestClient(mock.project, mock.token, space.url) as client:
        call_id = dial(client, handler)
        client.calling.stream(call_id, control_id="s", url="wss://example.com/a", status_url=f"{handler.base}/status")
        client.calling.transcribe(call_id, control_id="t", status_url=f"{handler.base}/status")
        client.calling.end(call_id, reason="hangup")
        deliveries = mock.wait_for_deliveries(4)
    assert all(d.ok for d in deliveries)
    assert [type(e).__name__ for e in handler.events] == [
        "InboundCallWebhookPayload",
        "StreamEvent",
        "StreamEvent",
        "TranscriptEvent",
    ]


def test_a_handler_with_the_wrong_key_refuses_and_the_mock_records_it(handler: Handler) -> None:
    mock = CallingMock(signing_key="not-the-handlers-key")
    with mock.client() as client:
        leg = client.calling.dial(from_="+15550100001", to="+15550100002", url=f"{handler.base}/swml")
        (delivery,) = mock.wait_for_deliveries(1)
    assert leg.status == "queued"  # the command was answered normally
    assert (delivery.status, delivery.error, delivery.answer) == (403, "answered 403", "bad signature\n")
    assert mock.call(leg.id).swml is None
    assert handler.events == []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def failing(status: str, body: bytes = b"", pause: float = 0.0) -> Callable[..., Iterable[bytes]]:
    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        time.sleep(pause)
        start_response(status, [("Content-Length", str(len(body)))])
        return [body]

    return app


def trickling(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """Answers a byte every 0.1 s for 2 s: each read is quick, the whole answer is not."""
    environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    start_response("200 OK", [])
    for _ in range(20):
        time.sleep(0.1)
        yield b"x"


@pytest.mark.parametrize(
    ("app", "error"),
    [
        (failing("500 Internal Server Error", b"boom"), "answered 500"),
        (trickling, "no answer within 0.3s"),
        (failing("200 OK", b"x" * (2 << 20)), "answer longer than 1048576 bytes"),
        (failing("200 OK", pause=1.0), "no answer within 0.3s"),
    ],
    ids=["error-status", "trickle", "oversized", "slow"],
)
def test_a_failing_handler_is_recorded_not_fatal(app: Callable[..., Iterable[bytes]], error: str) -> None:
    mock = CallingMock(signing_key=KEY, delivery_timeout=0.3)
    with serving(app) as server, mock.client() as client:
        url = f"http://127.0.0.1:{server.server_port}/swml"
        leg = client.calling.dial(from_="+15550100001", to="+15550100002", url=url)
        client.calling.play(leg.id, control_id="p", play=[{"type": "silence", "params": {"duration": 1}}])
        (delivery,) = mock.wait_for_deliveries(1)
    assert delivery.error == error
    assert not delivery.ok
    assert len(delivery.answer) <= 1 << 20
    assert mock.commands == ["dial", "calling.play"]


def test_an_unreachable_handler_is_recorded() -> None:
    mock = CallingMock(signing_key=KEY)
    with mock.client() as client:
        client.calling.dial(from_="+15550100001", to="+15550100002", url=f"http://127.0.0.1:{free_port()}/x")
        (delivery,) = mock.wait_for_deliveries(1)
    assert delivery.status is None
    assert delivery.error is not None
    assert delivery.error.startswith("ConnectError")


def test_a_password_in_the_url_is_not_journaled(mock: CallingMock, handler: Handler) -> None:
    with mock.client() as client:
        url = handler.base.replace("http://", "http://user:s3cret-pass@") + "/status"
        call_id = dial(client, handler)
        client.calling.transcribe(call_id, control_id="t", status_url=url)
        client.calling.transcribe_stop(call_id, control_id="t")
        delivery = mock.wait_for_deliveries(2)[1]
    assert "s3cret-pass" not in delivery.url + repr(delivery)
    assert delivery.url.startswith("http://user:<redacted>@127.0.0.1:")


def test_without_a_signing_key_nothing_is_sent(handler: Handler) -> None:
    mock = CallingMock()
    with mock.client() as client:
        dial(client, handler)
    assert mock.deliveries == []
    assert mock._deliveries.pending == 0  # nothing was even queued
    with pytest.raises(ValueError, match="signing_key"):
        mock.deliver(f"{handler.base}/status", {"event_type": "calling.call.stream"})


def test_reset_forgets_deliveries(mock: CallingMock, handler: Handler) -> None:
    with mock.client() as client:
        dial(client, handler)
        mock.wait_for_deliveries(1)
    mock.reset()
    assert mock.deliveries == []


def test_waiting_for_more_than_was_sent_says_what_was(mock: CallingMock, handler: Handler) -> None:
    with mock.client() as client:
        dial(client, handler)
        mock.wait_for_deliveries(1)
    with pytest.raises(AssertionError, match=r"expected 2 webhook deliveries within 0.1s; 1 over \(inboundCallWebhook"):
        mock.wait_for_deliveries(2, timeout=0.1)


def test_async_client_in_process_with_a_handler_on_the_same_event_loop(mock: CallingMock) -> None:
    """The mock's in-process transport runs on the test's event loop, and so does this handler: deliveries come
    from the mock's own thread, so neither the command nor the handler waits for the other."""
    received: list[tuple[dict[str, str], bytes]] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode().split("\r\n")
        headers = dict(line.split(": ", 1) for line in head[1:] if line)
        body = await reader.readexactly(int(headers["Content-Length"]))
        received.append((headers, body))
        answer = json.dumps(SWML).encode()
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(answer), answer))
        await writer.drain()
        writer.close()

    async def main() -> tuple[str, str, Any]:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/swml"
        async with server, mock.async_client() as client:
            call = await client.calling.dial(from_="+15550100001", to="+15550100002", url=url)
            (delivery,) = await mock.async_wait_for_deliveries(1)
        return url, str(call.id), delivery

    url, call_id, delivery = asyncio.run(main())
    assert delivery.ok
    headers, body = received[0]
    event = webhooks.unwrap(signing_key=KEY, url=url, raw_body=body, headers=headers)
    assert isinstance(event, webhooks.InboundCallWebhookPayload)
    assert event.call.call_id == call_id
    assert mock.call(call_id).swml == json.dumps(SWML)


def test_the_example_server_demo_runs() -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / "webhook_server.py"
    argv = [sys.executable, str(path), "--mock"]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)  # noqa: S603
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("mock -> http://127.0.0.1:") == 4
    assert "inboundCallWebhook: 200" in result.stdout
    assert "the call's SWML, as the server answered it: {" in result.stdout


@pytest.mark.parametrize("how", ["option", "environment"])
def test_the_mock_command_line_sends_signed_webhooks_with_a_signing_key(handler: Handler, how: str) -> None:
    from tests.support.mock import cli

    args, env = (["--signing-key", KEY], None) if how == "option" else ([], {"SIGNALWIRE_SIGNING_KEY": KEY})
    with cli("--quiet", *args, env=env) as (_, url), RestClient("test-project", "test-token", url) as client:
        dial(client, handler)
        deadline = time.monotonic() + 5
        while not handler.events and time.monotonic() < deadline:
            time.sleep(0.02)
    assert [type(event).__name__ for event in handler.events] == ["InboundCallWebhookPayload"]
