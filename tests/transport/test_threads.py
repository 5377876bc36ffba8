"""Thread safety: a client is shared by the threads of a web server, from the first command of the process on.

What is built on first use (the compiled schema checks, the models index, the response models, the handles, the
event table's rules) must be built once, whichever threads ask at once: each case runs in a fresh process, where
nothing is built yet, with every thread released at the same moment.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator

import pytest

from signalwire_calling import RestClient
from tests.conftest import PROJECT, TOKEN
from tests.support.loopback import LegServer, leg_server

FIRST_USES = r"""
import json, sys, threading, traceback
import signalwire_calling as sc

url, threads = sys.argv[1], int(sys.argv[2])
client = sc.RestClient("project", "token", url, status_url="https://hooks.example.com/events")
router = client.events(signing_key="key")
call_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def event(i):
    kind = ("play", "record", "collect", "detect", "state")[i % 5]
    params = {"call_id": call_id, "control_id": f"c{i}", "state": "finished", "call_state": "answered"}
    return json.dumps({"event_type": f"calling.call.{kind}", "timestamp": 1.0, "params": params}).encode()


def first_use(i):
    kind = i % 7
    if kind == 0:  # a request schema, checked
        client.calling.play(call_id, control_id="x", play=[{"type": "silence", "params": {"duration": 1}}])
    elif kind == 1:  # the handles, the models of a request and of the answer
        call = client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
        call.play(play=[sc.models.PlayTtsItem(params=sc.models.PlayTtsParams(text="Hi"))]).stop()
    elif kind == 2:  # the explaining validator
        try:
            client.calling.record(call_id, control_id="x", record={"audio": {"format": "wav2"}})
        except sc.InvalidRequestError:
            pass
        else:
            raise AssertionError("an invalid format was accepted")
    elif kind == 3:  # the webhook models
        sc.webhooks.parse(event(i))
    elif kind == 4:  # the router, the event table's rules, the event store
        raw = event(i)
        headers = sc.webhooks.sign(signing_key="key", url="https://hooks.example.com/events", raw_body=raw)
        outcome = router.dispatch(raw, headers)
        assert outcome.status == 200 and outcome.event is not None, outcome
    elif kind == 5:  # handles made without a command
        call = client.calling.call(call_id)
        assert sc.PlayOperation(call, "c0").state in (None, "finished")
        call.events
    else:  # the models index
        getattr(sc.models, ("CallLeg", "PlayEvent", "Swml", "ApiErrorItem", "CollectEvent")[i % 5])


barrier = threading.Barrier(threads)
failures = []


def run(i):
    barrier.wait()
    try:
        first_use(i)
    except BaseException as error:
        failures.append("".join(traceback.format_exception(error)))


workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
router.close()
print(json.dumps(failures))
"""


@pytest.fixture(scope="module")
def server() -> Iterator[LegServer]:
    with leg_server() as running:
        yield running


@pytest.mark.parametrize("trial", range(3))
def test_the_first_commands_of_a_process_from_many_threads_at_once(server: LegServer, trial: int) -> None:
    # Before the schema checks were compiled under a lock, 15 of 16 (31 of 32) threads failed this way with a
    # RecursionError: the stand-in for a check being compiled called itself.
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", FIRST_USES, server.url, "32"], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    failures = json.loads(done.stdout.strip().splitlines()[-1])
    assert failures == [], f"{len(failures)} of 32 threads failed; the first:\n{failures[0]}"


def test_threads_sharing_a_client_each_get_the_answer_to_their_own_command(server: LegServer) -> None:
    failures: list[BaseException] = []
    mixed_up: list[tuple[str, str]] = []

    def send(client: RestClient) -> None:
        try:
            for _ in range(20):
                call_id = str(uuid.uuid4())
                leg = client.calling.end(call_id)
                if str(leg.id) != call_id:
                    mixed_up.append((call_id, str(leg.id)))
        except BaseException as error:
            failures.append(error)

    with RestClient(PROJECT, TOKEN, server.url) as client:
        workers = [threading.Thread(target=send, args=(client,)) for _ in range(16)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)

    assert not failures
    assert not mixed_up
    assert len({json.dumps(item.body, sort_keys=True) for item in server.received}) >= 16 * 20
