"""A server for SignalWire's Calling webhooks on the standard library alone (WSGI, `wsgiref`).

    python examples/webhook_server.py --mock    # demo: the bundled mock drives it over HTTP on 127.0.0.1
    SIGNALWIRE_SIGNING_KEY=... python examples/webhook_server.py --public-url https://hooks.example.com --port 8080

Routes (give SignalWire `<public url>/swml` as a call's `url`, `<public url>/status` as a `status_url`, and
`<public url>/sidecar` as an AI sidecar's `url`):

    POST /swml      the fetch of a call's SWML (inboundCallWebhook): answers a SWML document
    POST /status    stream and transcription status callbacks: answers 204
    POST /sidecar   AI sidecar events: answers 204

Every request is checked with `signalwire_calling.webhooks.unwrap` against the URL as configured at SignalWire
(`--public-url` + path + query), never one rebuilt from the request's Host header: a proxy or tunnel in front
of this server rewrites host and scheme, and the signature covers the URL SignalWire used. A bad signature is
answered 403, a body that is no webhook payload 400. Run behind HTTPS (a reverse proxy) in production:
`wsgiref` is a development server.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Callable, Iterable
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from signalwire_calling import swml, webhooks

MAX_BODY = 1 << 20  # SignalWire's payloads are a few KiB
Handler = Callable[[webhooks.WebhookPayload], bytes | None]


def menu(called: str) -> swml.Document:
    """The call's SWML: a greeting and a one-digit menu, typed (mypy checks every method and param)."""
    return (
        swml.Document()
        .main(
            swml.answer(),
            swml.prompt(play=f"say:Hello! You called {called}. Press 1 for sales, 2 for support.", max_digits=1),
            swml.switch(
                variable="prompt_value",
                case={"1": [swml.execute(dest="sales")], "2": [swml.execute(dest="support")]},
                default=[swml.play(url="say:Sorry, that is not an option.")],
            ),
            swml.hangup(),
        )
        .section("sales", swml.play(url="say:Connecting you to sales."), swml.connect(to="+15551230001"))
        .section("support", swml.play(url="say:Please leave a message after the beep."), swml.record(beep=True))
    )


def greeting(event: webhooks.WebhookPayload) -> bytes | None:
    """What this server does with each webhook: SWML for a call, a log line for the others."""
    if isinstance(event, webhooks.InboundCallWebhookPayload):
        return menu(event.call.to).to_json().encode()  # checked against SWML's schema first
    if isinstance(event, webhooks.StreamEvent):
        print(f"stream {event.params.control_id} of call {event.params.call_id}: {event.params.state}")
    elif isinstance(event, webhooks.TranscriptEvent):
        print(f"transcript of call {event.params.call_id}: {event.event_type} {event.params.text or ''}".rstrip())
    elif isinstance(event, webhooks.AiSidecarCallbackPayload):
        print(f"sidecar event {event.sidecar_event.type_} for call {event.call_info.call_id}")
    else:  # every other status event: an EventRouter (client.events()) routes these to handles and handlers
        print(f"{event.event_type} event")
    return None


def make_app(public_url: str, *, signing_key: str | None = None, handle: Handler = greeting) -> WSGIApplication:
    """The WSGI app: verify, parse, hand the event to `handle` (which answers SWML bytes or None)."""
    base = public_url.rstrip("/")

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def reply(status: str, body: bytes = b"", content_type: str = "text/plain") -> list[bytes]:
            start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
            return [body]

        path = environ.get("PATH_INFO", "")
        if environ["REQUEST_METHOD"] != "POST" or path not in ("/swml", "/status", "/sidecar"):
            return reply("404 Not Found", b"not found\n")
        length = int(environ.get("CONTENT_LENGTH") or 0)
        if length > MAX_BODY:
            return reply("413 Content Too Large", b"too large\n")
        raw_body = environ["wsgi.input"].read(length)
        query = environ.get("QUERY_STRING", "")
        url = base + path + (f"?{query}" if query else "")  # the URL as configured at SignalWire
        try:
            event = webhooks.unwrap(signing_key=signing_key, url=url, raw_body=raw_body, headers=environ)
        except webhooks.WebhookVerificationError:
            return reply("403 Forbidden", b"bad signature\n")
        except webhooks.WebhookPayloadError as exc:
            return reply("400 Bad Request", f"{exc}\n".encode())
        answer = handle(event)
        return reply("204 No Content") if answer is None else reply("200 OK", answer, "application/json")

    return app


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(app: WSGIApplication, port: int = 0) -> tuple[WSGIServer, threading.Thread]:
    """Serve `app` on 127.0.0.1 from a daemon thread; `server.shutdown()` stops it."""
    server = make_server("127.0.0.1", port, app, handler_class=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="webhook-server", daemon=True)
    thread.start()
    return server, thread


def demo() -> None:
    """The bundled mock, over HTTP, places a call whose SWML it fetches from this server, then streams and
    transcribes it: every webhook it sends is signed, verified here, and journaled by the mock."""
    from signalwire_calling.testing import CallingMock

    key = "demo-signing-key"
    server, _ = serve(make_app("http://placeholder", signing_key=key))  # the URL is set once the port is known
    base = f"http://127.0.0.1:{server.server_port}"
    server.set_app(make_app(base, signing_key=key))
    mock = CallingMock(signing_key=key)
    try:
        with mock.serve() as space, space.client() as client:
            call = client.calling.dial(from_="+15550100001", to="+15550100002", url=f"{base}/swml")
            client.calling.stream(
                call.id, control_id="audio", url="wss://example.com/audio", status_url=f"{base}/status"
            )
            client.calling.transcribe(call.id, control_id="words", status_url=f"{base}/status")
            client.calling.stream_stop(call.id, control_id="audio")
            client.calling.end(call.id, reason="hangup")
            for delivery in mock.wait_for_deliveries(4):
                print(f"mock -> {delivery.url} {delivery.kind}: {delivery.status or delivery.error}")
            print(f"the call's SWML, as the server answered it: {mock.call(call.id).swml}")
    finally:
        server.shutdown()
        server.server_close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mock", action="store_true", help="run the demo against the bundled mock")
    parser.add_argument("--public-url", default=os.environ.get("WEBHOOK_PUBLIC_URL"), help="the URL SignalWire calls")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    if args.mock:
        demo()
        return 0
    if not args.public_url:
        parser.error("--public-url (or WEBHOOK_PUBLIC_URL) is needed: the signatures cover the URL SignalWire calls")
    if not os.environ.get(webhooks.SIGNING_KEY_VARIABLE):
        parser.error(f"set {webhooks.SIGNING_KEY_VARIABLE} to your project's signing key")
    with make_server("0.0.0.0", args.port, make_app(args.public_url)) as server:  # noqa: S104 - a server
        print(f"listening on :{args.port} for {args.public_url}/swml, /status, /sidecar")
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
