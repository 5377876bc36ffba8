"""The async client: ring two phones at once, greet both, hang up both.

    python examples/call_flow_async.py --mock   # against the bundled mock on 127.0.0.1
    python examples/call_flow_async.py          # against your space

Against your space it needs SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN and SIGNALWIRE_SPACE, plus DEMO_FROM
(a number of your project) and DEMO_TO (two phones to ring, comma-separated, E.164). It waits DEMO_WAIT
seconds (default 10; 0 against the mock) for the callees to answer.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from signalwire_calling import (
    AsyncCall,
    AsyncRestClient,
    CallResponse,
    ConfigurationError,
    SignalWireError,
    typed_dicts,
)

MOCK_FROM = "+15550100001"  # 555-01xx: numbers reserved for fiction
MOCK_TO = "+15550100002,+15550100003"
SWML: typed_dicts.Swml = {"version": "1.0.0", "sections": {"main": [{"answer": {}}, {"play": {"url": "silence:120"}}]}}


def show(answer: CallResponse | None) -> None:
    assert answer is not None  # every handle a command returned carries the leg it answered
    print(f"<- call {answer.id} {answer.status}")


async def greet(call: AsyncCall, text: str) -> None:
    playback = await call.play(control_id="greeting", play=[{"type": "tts", "params": {"text": text}}])
    show(playback.leg)


async def run(client: AsyncRestClient, *, from_: str, to: list[str], wait: float) -> None:
    print(f"-> dial from={from_} to={' and '.join(to)} (at once)")
    calls = await asyncio.gather(*(client.calling.dial(from_=from_, to=number, swml=SWML) for number in to))
    for call in calls:
        show(call.leg)
    if wait:
        print(f"   (waiting {wait:g}s for the callees to answer)")
        await asyncio.sleep(wait)
    print('-> calling.play control_id=greeting tts="Hello, this is a appointment reminder." (on every call)')
    await asyncio.gather(*(greet(call, "Hello, this is a appointment reminder.") for call in calls))
    print("-> calling.end (every call)")
    for answer in await asyncio.gather(*(call.end() for call in calls)):
        show(answer)


async def main_async(mock: bool, wait: float) -> int:
    if mock:
        from signalwire_calling.testing import CallingMock

        with CallingMock().serve() as server:
            print(f"mock: serving the Calling API on {server.url}")
            async with server.async_client() as client:
                to = os.environ.get("DEMO_TO", MOCK_TO).split(",")
                await run(client, from_=os.environ.get("DEMO_FROM", MOCK_FROM), to=to, wait=wait)
            print(f"mock: {len(server.mock.requests)} requests handled")
        print("mock: stopped")
        return 0
    from_, numbers = os.environ.get("DEMO_FROM"), os.environ.get("DEMO_TO")
    if not from_ or not numbers:
        print("set DEMO_FROM and DEMO_TO (E.164 numbers, comma-separated), or pass --mock", file=sys.stderr)
        return 2
    async with AsyncRestClient() as client:
        await run(client, from_=from_, to=numbers.split(","), wait=wait)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mock", action="store_true", help="run against the bundled mock on 127.0.0.1")
    args = parser.parse_args(argv)
    wait = float(os.environ.get("DEMO_WAIT", "0" if args.mock else "10"))
    try:
        return asyncio.run(main_async(args.mock, wait))
    except ConfigurationError as error:
        print(f"{error} (or pass --mock to run against the bundled mock)", file=sys.stderr)
        return 2
    except SignalWireError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
