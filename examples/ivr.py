"""An IVR: greet the callee with a menu, collect one key, then 1 records a message, 2 says goodbye; hang up.

    python examples/ivr.py --mock             # against the bundled mock, whose caller presses 1 (--press 2: 2)
    python examples/ivr.py                    # against your space

Each step waits for what the caller did, told by SignalWire's status events: the script serves the router of its
client (`client.events(...).wsgi_app()`) with `wsgiref` on 127.0.0.1 and gives its URL to every command as
`status_url` (`RestClient(status_url=...)`). Against the mock that is all. Against your space the URL must reach
this machine from the internet: set IVR_PUBLIC_URL (say, an HTTPS tunnel to port IVR_PORT, default 8080) and
SIGNALWIRE_SIGNING_KEY, plus SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE, DEMO_FROM (a number of
your project) and DEMO_TO (the phone to ring).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any
from wsgiref.simple_server import WSGIServer

from webhook_server import serve  # examples/webhook_server.py: wsgiref in a daemon thread

from signalwire_calling import (
    Call,
    ConfigurationError,
    RestClient,
    SignalWireError,
    WaitTimeoutError,
    models,
    swml,
    typed_dicts,
)

MOCK_FROM = "+15550100001"  # 555-01xx: numbers reserved for fiction
MOCK_TO = "+15550100002"
MOCK_KEY = "ivr-demo-signing-key"
MENU = "Thanks for calling. Press 1 to leave a message, or 2 to hang up."
# What the call runs between commands: answer, then keep the line open while this script drives it.
SWML = swml.Document().main(swml.answer(), swml.play(url="silence:300"))


def say(text: str) -> list[typed_dicts.PlayTtsItem]:
    return [{"type": "tts", "params": {"text": text}}]


def ivr(client: RestClient, *, from_: str, to: str, caller: Callable[[Call], Any] = lambda call: None) -> None:
    """The IVR, on a call it places. `caller` is called with the new call (the mock scripts its caller there)."""
    call = client.calling.dial(from_=from_, to=to, swml=SWML)
    print(f"-> dial {to}")
    caller(call)
    try:
        call.wait_for("answered", timeout=60)
        print("<- answered")
        call.play(play=say(MENU)).wait(timeout=60)
        print("<- menu played")
        choice = call.collect(digits={"max": 1}, initial_timeout=10, start_input_timers=True)
        result = choice.wait(timeout=30).params.result
        key = result.params.digits if isinstance(result, models.CollectDigitResult) else ""
        print(f"<- caller pressed {key}" if key else f"<- no key ({getattr(result, 'type_', 'no result')})")
        if key == "1":
            call.play(play=say("Leave your message after the tone. Press pound when you are done.")).wait(timeout=60)
            memo = call.record(record={"audio": {"format": "mp3", "beep": True, "max_length": 120}})
            recording = memo.wait(timeout=180).params
            print(f"<- recording {recording.state}: {recording.url}")
        call.play(play=say("Goodbye.")).wait(timeout=60)
        print("<- goodbye played")
    finally:
        if not call.ended:
            call.end(reason="hangup")
    print(f"<- call ended: {call.wait_ended(timeout=60).params.end_reason}")


@contextlib.contextmanager
def served(port: int) -> Iterator[WSGIServer]:
    """A `wsgiref` server on 127.0.0.1:`port` (0: a free one), in a thread; its app is set once the router exists."""
    server, thread = serve(lambda environ, start_response: [], port)  # examples/webhook_server.py's
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def run_mock(press: str) -> None:
    """The IVR against the bundled mock over HTTP; the mock's caller presses `press` and talks for 5 s."""
    from signalwire_calling.testing import CallingMock

    mock = CallingMock(signing_key=MOCK_KEY, record_duration=5.0, time_scale=0.01)  # 100x faster than life
    with mock.serve() as space, served(0) as events:
        url = f"http://127.0.0.1:{events.server_port}/events"
        print(f"mock: the Calling API on {space.url}, status events to {url}")
        with space.client(status_url=url) as client, client.events(signing_key=MOCK_KEY) as router:
            events.set_app(router.wsgi_app())
            ivr(client, from_=MOCK_FROM, to=MOCK_TO, caller=lambda call: mock.press(call.id, press))
        print(f"mock: {len(mock.requests)} requests handled, {len(mock.deliveries)} status events delivered")


def space_numbers() -> tuple[str, str, str] | None:
    """IVR_PUBLIC_URL, DEMO_FROM and DEMO_TO; None (and what to set, on stderr) when one is missing."""
    found = os.environ.get("IVR_PUBLIC_URL"), os.environ.get("DEMO_FROM"), os.environ.get("DEMO_TO")
    if not all(found):
        print("set IVR_PUBLIC_URL, DEMO_FROM and DEMO_TO (E.164 numbers), or pass --mock", file=sys.stderr)
        return None
    return str(found[0]), str(found[1]), str(found[2])


def run_space() -> int:
    settings = space_numbers()
    if settings is None:
        return 2
    public_url, from_, to = settings
    with (
        served(int(os.environ.get("IVR_PORT", "8080"))) as events,
        RestClient(status_url=public_url) as client,
        client.events() as router,
    ):
        events.set_app(router.wsgi_app())
        ivr(client, from_=from_, to=to)
    return 0


def main(
    argv: list[str] | None = None,
    *,
    doc: str | None = __doc__,
    mock: Callable[[str], object] = run_mock,
    space: Callable[[], int] = run_space,
) -> int:
    """The command line: `--mock` runs `mock(key)`, else `space()`; errors become a message and an exit status."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("--mock", action="store_true", help="run against the bundled mock on 127.0.0.1")
    parser.add_argument("--press", default="1", help="with --mock: the key the caller presses (default 1)")
    args = parser.parse_args(argv)
    try:
        if args.mock:
            mock(args.press)
            return 0
        return space()
    except ConfigurationError as error:
        print(f"{error} (or pass --mock to run against the bundled mock)", file=sys.stderr)
        return 2
    except WaitTimeoutError as error:
        print(f"error: {error} (do the status events reach IVR_PUBLIC_URL?)", file=sys.stderr)
        return 1
    except SignalWireError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
