"""A call flow: dial, greet with text-to-speech, collect digits, record, stop the recording, hang up.

    python examples/call_flow.py --mock   # against the bundled mock on 127.0.0.1 (what `make demo` runs)
    python examples/call_flow.py          # against your space

Against the mock, the script also serves its client's status-event router (`client.events(...).wsgi_app()`) with
`wsgiref` on 127.0.0.1 and gives its URL to every command as `status_url`; the mock's caller types a PIN, and the
script prints the digits and the recording's URL from the events. Against your space it needs
SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN and SIGNALWIRE_SPACE, plus DEMO_FROM (a number of your project) and
DEMO_TO (the phone to ring), both E.164 like +15551230000; it waits DEMO_WAIT seconds (default 10; 0 against the
mock) for the callee to answer and again while it records. To get the events there too, set DEMO_STATUS_URL to a
public URL that reaches port DEMO_STATUS_PORT (default 8080) of this machine, and SIGNALWIRE_SIGNING_KEY.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from ivr import served  # examples/ivr.py: a wsgiref server in a thread

from signalwire_calling import Call, CallResponse, ConfigurationError, RestClient, SignalWireError, models, typed_dicts

MOCK_FROM = "+15550100001"  # 555-01xx: numbers reserved for fiction
MOCK_TO = "+15550100002"
MOCK_KEY = "demo-signing-key"
MOCK_PIN = "1234#"
# What the call runs while this script sends commands: answer, then keep the line open for two minutes.
SWML: typed_dicts.Swml = {"version": "1.0.0", "sections": {"main": [{"answer": {}}, {"play": {"url": "silence:120"}}]}}


def show(answer: CallResponse | None) -> None:
    """Print the short form of an answer: the call's id and status."""
    assert answer is not None  # every handle a command returned carries the leg it answered
    print(f"<- call {answer.id} {answer.status}")


def run(
    client: RestClient,
    *,
    from_: str,
    to: str,
    wait: float,
    events: bool = False,
    caller: Callable[[Call], Any] = lambda call: None,
) -> None:
    """The flow. `events`: the client's `status_url` reaches a router, so the outcomes can be waited for.
    `caller` is called with the new call (the mock scripts its caller there)."""
    print(f"-> dial from={from_} to={to}")
    call = client.calling.dial(from_=from_, to=to, swml=SWML)  # a handle: the commands below need no call id
    show(call.leg)
    if events:
        caller(call)
    try:
        if wait:
            print(f"   (waiting {wait:g}s for the callee to answer)")
            time.sleep(wait)
        print('-> calling.play control_id=greeting tts="Hello! Please enter your four digit PIN."')
        greeting = call.play(
            control_id="greeting",
            play=[{"type": "tts", "params": {"text": "Hello! Please enter your four digit PIN."}}],
        )
        show(greeting.leg)
        if events:
            print(f"<- greeting {greeting.wait(timeout=60).params.state}")
        print("-> calling.collect control_id=pin digits.max=4 terminators=# initial_timeout=10 start_input_timers=true")
        pin = call.collect(
            control_id="pin", digits={"max": 4, "terminators": "#"}, initial_timeout=10, start_input_timers=True
        )
        show(pin.leg)
        if events:
            result = pin.wait(timeout=60).params.result
            if isinstance(result, models.CollectDigitResult):
                ended_by = f" then {result.params.terminator}" if result.params.terminator else ""
                print(f"<- pin: the caller pressed {result.params.digits}{ended_by}")
            else:
                print(f"<- pin: {getattr(result, 'type_', 'no result')}")
        print("-> calling.record control_id=memo format=mp3 direction=both")
        memo = call.record(control_id="memo", record={"audio": {"format": "mp3", "direction": "both"}})
        show(memo.leg)
        if wait:
            print(f"   (recording for {wait:g}s)")
            time.sleep(wait)
        print("-> calling.record.stop control_id=memo")
        show(memo.stop())
        if events:
            recording = memo.wait(timeout=60).params
            print(f"<- memo: {recording.state}, {recording.url}")
    except BaseException:
        with contextlib.suppress(SignalWireError):
            call.end()  # do not leave a real call up when a step failed
        raise
    print("-> calling.end reason=hangup")
    show(call.end(reason="hangup"))


@contextlib.contextmanager
def mock_client() -> Iterator[tuple[RestClient, Callable[[Call], Any]]]:
    """A client of the bundled mock, served over HTTP on 127.0.0.1, whose status events go to its router, served
    on 127.0.0.1 too; and the mock's caller, who types `MOCK_PIN`."""
    from signalwire_calling.testing import CallingMock

    mock = CallingMock(signing_key=MOCK_KEY)
    with mock.serve() as server, served(0) as events:
        url = f"http://127.0.0.1:{events.server_port}/events"
        print(f"mock: serving the Calling API on {server.url}")
        print(f"mock: status events go to the router on {url}")
        with server.client(status_url=url) as client, client.events(signing_key=MOCK_KEY) as router:
            events.set_app(router.wsgi_app())
            yield client, lambda call: mock.press(call.id, MOCK_PIN)
        print(f"mock: {len(mock.requests)} requests handled; the call is {mock.last_call.status}")
        print(f"mock: {len(mock.deliveries)} status events delivered, {sum(d.ok for d in mock.deliveries)} accepted")
    print("mock: stopped")


@contextlib.contextmanager
def space_client() -> Iterator[tuple[RestClient, bool]]:
    """A client of your space; with DEMO_STATUS_URL, its router served on DEMO_STATUS_PORT."""
    public_url = os.environ.get("DEMO_STATUS_URL")
    if not public_url:
        with RestClient() as client:
            yield client, False
        return
    with (
        served(int(os.environ.get("DEMO_STATUS_PORT", "8080"))) as events,
        RestClient(status_url=public_url) as client,
        client.events() as router,
    ):
        events.set_app(router.wsgi_app())
        yield client, True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mock", action="store_true", help="run against the bundled mock on 127.0.0.1")
    args = parser.parse_args(argv)
    wait = float(os.environ.get("DEMO_WAIT", "0" if args.mock else "10"))
    try:
        if args.mock:
            with mock_client() as (client, caller):
                run(
                    client,
                    from_=os.environ.get("DEMO_FROM", MOCK_FROM),
                    to=os.environ.get("DEMO_TO", MOCK_TO),
                    wait=wait,
                    events=True,
                    caller=caller,
                )
            return 0
        numbers = os.environ.get("DEMO_FROM"), os.environ.get("DEMO_TO")
        if not all(numbers):
            print("set DEMO_FROM and DEMO_TO (E.164 numbers), or pass --mock", file=sys.stderr)
            return 2
        with space_client() as (client, events):
            run(client, from_=str(numbers[0]), to=str(numbers[1]), wait=wait, events=events)
        return 0
    except ConfigurationError as error:
        print(f"{error} (or pass --mock to run against the bundled mock)", file=sys.stderr)
        return 2
    except SignalWireError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
