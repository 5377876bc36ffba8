"""`python -m signalwire_calling.testing` (also `signalwire-calling-mock`): serve the mock on 127.0.0.1.

The first line of output is the URL it listens on, `http://127.0.0.1:<port>`; it serves until SIGINT or
SIGTERM and then exits 0. One line per request goes to stderr unless `--quiet`. With `--signing-key` (or
`SIGNALWIRE_SIGNING_KEY`) it also delivers signed webhooks to the URLs the commands give, as SignalWire does,
status events included, and operations end by themselves (`--time-scale`, `--play-duration`, `--record-duration`
set how fast; no caller input can be scripted from the command line: a collect whose input timers run ends with
`no_input`).

Its bounds against a misbehaving peer are those of `MockServer` (`_server`): 256 connections served at once
(more wait in a backlog of 1024), 10 s for each whole request, bodies of at most 10 MiB (and 512 levels of
nesting: deeper gets 400); of a request that is not authenticated, the journal keeps the first 1 KiB of body.
Nothing but the one line per request (and one per connection closed for its timeout) is logged, and with
`--quiet` nothing at all.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from types import FrameType

from ._mock import CallingMock
from ._records import DEFAULT_PROJECT, DEFAULT_TOKEN


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="signalwire-calling-mock",
        description="Serve a mock of the SignalWire Calling API (POST /api/calling/calls) on 127.0.0.1.",
        epilog="Bounds: 256 connections served at once (more wait to be accepted), 10 s for each whole request, "
        "bodies of at most 10 MiB and 512 levels of nesting.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on; 0 (default) picks a free one")
    parser.add_argument(
        "--project",
        default=None,
        help=f"project ID to accept; default: $SIGNALWIRE_PROJECT_ID, else {DEFAULT_PROJECT!r}",
    )
    parser.add_argument(
        "--token", default=None, help=f"API token to accept; default: $SIGNALWIRE_API_TOKEN, else {DEFAULT_TOKEN!r}"
    )
    parser.add_argument(
        "--no-auto-answer",
        dest="auto_answer",
        action="store_false",
        help="leave dialed calls queued (they can then only be updated or ended)",
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="accept params fields the spec does not know (the known ones are still checked)",
    )
    parser.add_argument(
        "--signing-key",
        default=None,
        help="send SignalWire's webhooks (the SWML fetch, every command's status events, sidecar events) to the "
        "URLs the commands give, signed with this key, and let operations end by themselves; default: "
        "$SIGNALWIRE_SIGNING_KEY, else none are sent",
    )
    parser.add_argument(
        "--time-scale",
        type=_positive,
        default=1.0,
        help="real seconds per second of a call, for every duration and timeout (0.01: 100 times faster)",
    )
    parser.add_argument(
        "--play-duration", type=_seconds, default=0.0, help="seconds a play lasts (default 0: it ends as it starts)"
    )
    parser.add_argument(
        "--record-duration",
        type=_seconds,
        default=None,
        help="seconds the caller speaks into a recording before it ends (default: until it is stopped)",
    )
    parser.add_argument("--quiet", action="store_true", help="do not log requests to stderr")
    return parser


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds >= 0")
    return value


def _positive(text: str) -> float:
    value = _seconds(text)
    if value == 0:
        raise argparse.ArgumentTypeError("the time scale must be more than 0")
    return value


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    mock = CallingMock(
        project=args.project or os.environ.get("SIGNALWIRE_PROJECT_ID") or DEFAULT_PROJECT,
        token=args.token or os.environ.get("SIGNALWIRE_API_TOKEN") or DEFAULT_TOKEN,
        auto_answer=args.auto_answer,
        lenient=args.lenient,
        signing_key=args.signing_key or os.environ.get("SIGNALWIRE_SIGNING_KEY") or None,
        time_scale=args.time_scale,
        play_duration=args.play_duration,
        record_duration=args.record_duration,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    try:
        server = mock.serve(args.port, log=None if args.quiet else log)
    except OSError as error:
        print(f"signalwire-calling-mock: cannot listen on port {args.port}: {error}", file=sys.stderr)
        return 1
    with server:
        print(server.url, flush=True)
        if not args.quiet:
            log(f"serving the SignalWire Calling mock for project {mock.project!r}; stop with Ctrl-C")
        stop.wait()  # a signal handler runs in this thread, sets the event and ends the wait
    return 0


if __name__ == "__main__":
    sys.exit(main())
