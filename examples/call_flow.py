"""A call flow: dial, greet with text-to-speech, collect digits, record, stop the recording, hang up.

    python examples/call_flow.py --mock   # against the bundled mock on 127.0.0.1 (what `make demo` runs)
    python examples/call_flow.py          # against your space

Against your space it needs SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN and SIGNALWIRE_SPACE, plus DEMO_FROM
(a number of your project) and DEMO_TO (the phone to ring), both E.164 like +15551230000. It waits DEMO_WAIT
seconds (default 10; 0 against the mock) for the callee to answer and again while it records.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Iterator

from signalwire_calling import CallResponse, ConfigurationError, RestClient, SignalWireError, typed_dicts

MOCK_FROM = "+15550100001"  # 555-01xx: numbers reserved for fiction
MOCK_TO = "+15550100002"
# What the call runs while this script sends commands: answer, then keep the line open for two minutes.
SWML: typed_dicts.Swml = {"version": "1.0.0", "sections": {"main": [{"answer": {}}, {"play": {"url": "silence:120"}}]}}


def show(answer: CallResponse | None) -> None:
    """Print the short form of an answer: the call's id and status."""
    assert answer is not None  # every handle a command returned carries the leg it answered
    print(f"<- call {answer.id} {answer.status}")


def run(client: RestClient, *, from_: str, to: str, wait: float) -> None:
    print(f"-> dial from={from_} to={to}")
    call = client.calling.dial(from_=from_, to=to, swml=SWML)  # a handle: the commands below need no call id
    show(call.leg)
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
        print("-> calling.collect control_id=pin digits.max=4 terminators=#")
        show(call.collect(control_id="pin", digits={"max": 4, "terminators": "#"}).leg)
        print("-> calling.record control_id=memo format=mp3 direction=both")
        memo = call.record(control_id="memo", record={"audio": {"format": "mp3", "direction": "both"}})
        show(memo.leg)
        if wait:
            print(f"   (recording for {wait:g}s)")
            time.sleep(wait)
        print("-> calling.record.stop control_id=memo")
        show(memo.stop())
    except BaseException:
        with contextlib.suppress(SignalWireError):
            call.end()  # do not leave a real call up when a step failed
        raise
    print("-> calling.end reason=hangup")
    show(call.end(reason="hangup"))


@contextlib.contextmanager
def mock_client() -> Iterator[RestClient]:
    """A client of the bundled mock, served over HTTP on 127.0.0.1 from a background thread."""
    from signalwire_calling.testing import CallingMock

    with CallingMock().serve() as server:
        print(f"mock: serving the Calling API on {server.url}")
        with server.client() as client:
            yield client
        print(f"mock: {len(server.mock.requests)} requests handled; the call is {server.mock.last_call.status}")
    print("mock: stopped")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mock", action="store_true", help="run against the bundled mock on 127.0.0.1")
    args = parser.parse_args(argv)
    wait = float(os.environ.get("DEMO_WAIT", "0" if args.mock else "10"))
    try:
        if args.mock:
            with mock_client() as client:
                run(
                    client,
                    from_=os.environ.get("DEMO_FROM", MOCK_FROM),
                    to=os.environ.get("DEMO_TO", MOCK_TO),
                    wait=wait,
                )
            return 0
        numbers = os.environ.get("DEMO_FROM"), os.environ.get("DEMO_TO")
        if not all(numbers):
            print("set DEMO_FROM and DEMO_TO (E.164 numbers), or pass --mock", file=sys.stderr)
            return 2
        with RestClient() as client:
            run(client, from_=str(numbers[0]), to=str(numbers[1]), wait=wait)
        return 0
    except ConfigurationError as error:
        print(f"{error} (or pass --mock to run against the bundled mock)", file=sys.stderr)
        return 2
    except SignalWireError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
