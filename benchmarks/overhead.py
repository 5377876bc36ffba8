"""Per-command cost of the façade (checking, building, parsing) against plain httpx, in the same run.

    .venv/bin/python benchmarks/overhead.py [--calls N]

Both sides send the same `calling.play` body through the same in-process transport, so the ratio is what
the façade adds on top of httpx itself; network time, which dominates in production, is left out.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx

from signalwire_calling import RestClient, typed_dicts

CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
LEG: dict[str, Any] = {
    "id": CALL_ID,
    "from": "+15551230000",
    "to": "+15557654321",
    "direction": "outbound-api",
    "source": "realtime_api",
    "url": None,
    "charge": 0,
    "created_at": "2026-11-23T12:00:00Z",
    "charge_details": [],
    "status": "answered",
    "duration": None,
    "duration_ms": None,
    "billing_ms": None,
    "type": "relay_pstn_call",
    "parent_id": None,
}
PLAY: list[typed_dicts.PlayTtsItem | typed_dicts.PlaySilenceItem | typed_dicts.PlayAudioItem] = [
    {"type": "tts", "params": {"text": "Please enter your account number, then press pound."}},
    {"type": "silence", "params": {"duration": 0.5}},
    {"type": "audio", "params": {"url": "https://example.com/beep.mp3"}},
]
ANSWER = json.dumps(LEG).encode()


def transport() -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, content=ANSWER))


def best_of(rounds: int, calls: int, run: Callable[[], object]) -> float:
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(calls):
            run()
        timings.append((time.perf_counter() - started) / calls)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    http = httpx.Client(transport=transport())
    auth = httpx.BasicAuth("project", "token")
    url = "https://example.signalwire.com/api/calling/calls"
    body = {"command": "calling.play", "id": CALL_ID, "params": {"control_id": "menu", "play": PLAY}}

    def baseline() -> object:
        return http.post(url, json=body, auth=auth).json()

    client = RestClient("project", "token", "example.signalwire.com", http_client=httpx.Client(transport=transport()))

    def facade() -> object:
        return client.calling.play(CALL_ID, control_id="menu", play=PLAY)

    base = best_of(args.rounds, args.calls, baseline)
    ours = best_of(args.rounds, args.calls, facade)
    print(f"httpx post + json:        {base * 1e6:8.1f} µs/call")
    print(f"client.calling.play(...): {ours * 1e6:8.1f} µs/call")
    print(f"ratio: {ours / base:.2f}x (façade / plain httpx, same transport, same run)")


if __name__ == "__main__":
    main()
