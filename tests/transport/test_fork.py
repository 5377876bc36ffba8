"""Fork safety: a child process made by `os.fork()` opens connections of its own instead of using its parent's.

A pre-fork server (gunicorn with `--preload`, multiprocessing's `fork` start method) makes the client in the parent,
and the children inherit its pooled connections. A child and its parent sending at once on one such connection
read each other's answers (6 of 6 trials before the fix). Now the child forgets what it inherited, and an answer
that is the leg of another call than the one asked about is an `APIResponseValidationError`, never a leg.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from signalwire_calling import APIResponseValidationError, AsyncRestClient, RestClient
from tests.conftest import CALL_ID, PROJECT, TOKEN
from tests.support.loopback import LegServer, leg_server

pytestmark = pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork() here")

FORKED = r"""
import asyncio, json, os, sys, uuid

import httpx
import signalwire_calling as sc

url, kind, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])


def make():
    if kind == "own":
        return sc.RestClient("project", "token", url, max_retries=0)
    if kind == "given":
        return sc.RestClient("project", "token", url, http_client=httpx.Client(), max_retries=0)
    if kind == "async-own":
        return sc.AsyncRestClient("project", "token", url, max_retries=0)
    return sc.AsyncRestClient("project", "token", url, http_client=sc.DefaultAioHttpClient(), max_retries=0)


def check(who, call_id, leg, failures):
    if str(leg.id) != call_id:
        failures.append(f"{who} asked about {call_id} and was answered about {leg.id}")


def run_sync(who):
    ids, failures = [], []
    for _ in range(rounds):
        ids.append(str(uuid.uuid4()))
        try:
            check(who, ids[-1], client.calling.end(ids[-1]), failures)
        except Exception as error:
            failures.append(f"{who}: {error!r}")
    return {"who": who, "ids": ids, "failures": failures}


async def run_async(who):
    ids, failures = [], []
    for _ in range(rounds):
        ids.append(str(uuid.uuid4()))
        try:
            check(who, ids[-1], await client.calling.end(ids[-1]), failures)
        except Exception as error:
            failures.append(f"{who}: {error!r}")
    return {"who": who, "ids": ids, "failures": failures}


client = make()
sync = kind in ("own", "given")
if sync:
    client.calling.end(str(uuid.uuid4()))  # the parent's connection, pooled: what the child inherits
else:
    async def first():
        await client.calling.end(str(uuid.uuid4()))
    asyncio.run(first())

read, write = os.pipe()
pid = os.fork()
if pid == 0:  # the child
    os.close(read)
    result = run_sync("child") if sync else asyncio.run(run_async("child"))
    with os.fdopen(write, "w") as pipe:
        json.dump(result, pipe)
    os._exit(0)
os.close(write)
results = [run_sync("parent")] if sync else []  # an async parent's loop is over: only the child sends
with os.fdopen(read) as pipe:
    results.append(json.load(pipe))
os.waitpid(pid, 0)
print(json.dumps(results))
"""


@pytest.fixture
def server() -> Iterator[LegServer]:
    with leg_server() as running:
        yield running


def forked(server: LegServer, kind: str, rounds: int = 50) -> dict[str, dict[str, Any]]:
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", FORKED, server.url, kind, str(rounds)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return {result["who"]: result for result in json.loads(done.stdout.strip().splitlines()[-1])}


def connections_of(server: LegServer, ids: list[str]) -> set[int]:
    wanted = set(ids)
    return {item.connection for item in server.received if item.body.get("id") in wanted}


@pytest.mark.parametrize("kind", ["own", "given"])
def test_a_forked_child_and_its_parent_sending_at_once_each_get_their_own_answers(server: LegServer, kind: str) -> None:
    results = forked(server, kind)
    assert results["child"]["failures"] == []
    assert results["parent"]["failures"] == []
    child, parent = connections_of(server, results["child"]["ids"]), connections_of(server, results["parent"]["ids"])
    assert child
    assert parent
    assert not child & parent  # the child never sent on a connection its parent used


@pytest.mark.parametrize("kind", ["async-own", "aiohttp"])
def test_an_async_client_in_a_forked_child_opens_its_own_connections(server: LegServer, kind: str) -> None:
    results = forked(server, kind)
    assert results["child"]["failures"] == []
    assert 1 not in connections_of(server, results["child"]["ids"])  # the first, its parent's


# The answer's leg must be that of the call asked about.


def another_call(body: dict[str, Any]) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "type": "relay_pstn_call", "status": "answered"}


@pytest.fixture
def mixed_up() -> Iterator[LegServer]:
    with leg_server(answer=another_call) as running:
        yield running


def test_the_leg_of_another_call_is_an_api_response_validation_error(mixed_up: LegServer) -> None:
    with RestClient(PROJECT, TOKEN, mixed_up.url, max_retries=0) as client:
        with pytest.raises(APIResponseValidationError, match="leg of another call") as caught:
            client.calling.end(CALL_ID)
        raw = client.calling.with_raw_response.update(CALL_ID, url="https://example.com/swml")  # id in params
        with pytest.raises(APIResponseValidationError, match="leg of another call"):
            raw.parse()
    assert f"calling.end on call {CALL_ID}" in str(caught.value)
    assert caught.value.body["id"] != CALL_ID
    assert TOKEN not in str(caught.value)
    assert caught.value.request.headers["authorization"] == "[redacted]"


@pytest.mark.anyio
async def test_the_async_client_refuses_the_leg_of_another_call_too(mixed_up: LegServer) -> None:
    async with AsyncRestClient(PROJECT, TOKEN, mixed_up.url, max_retries=0) as client:
        with pytest.raises(APIResponseValidationError, match="leg of another call"):
            await client.calling.play_stop(CALL_ID, control_id="p")
        call = client.calling.call(CALL_ID)
        with pytest.raises(APIResponseValidationError, match="leg of another call"):
            await call.end()
    assert call.leg is None  # the handle never took the other call's leg


def test_a_call_id_in_capitals_is_the_same_call(server: LegServer) -> None:
    def lower(body: dict[str, Any]) -> dict[str, Any]:
        return {"id": str(body["id"]).lower(), "type": "relay_pstn_call"}

    with leg_server(answer=lower) as lowering, RestClient(PROJECT, TOKEN, lowering.url) as client:
        assert str(client.calling.end(CALL_ID.upper()).id) == CALL_ID


def test_dial_answers_a_new_call_whatever_its_id(server: LegServer) -> None:
    with httpx.Client() as http, RestClient(PROJECT, TOKEN, server.url, http_client=http) as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
    assert str(call.id) == server.received[-1].body.get("id", str(call.id))


ROUTER_IN_A_CHILD = r"""
import json, os, threading

import signalwire_calling as sc

URL, KEY, CALL = "https://hooks.example.com/events", "key", "3fa85f64-5717-4562-b3fc-2c963f66afa6"
client = sc.RestClient("project", "token", "example", status_url=URL)
router = client.events(signing_key=KEY)
handled = []
router.on("*")(lambda event, call: handled.append(event.params.call_state))


def deliver(state):
    params = {"call_id": CALL, "call_state": state}
    raw = json.dumps({"event_type": "calling.call.state", "timestamp": 1.0, "params": params}).encode()
    return router.dispatch(raw, sc.webhooks.sign(signing_key=KEY, url=URL, raw_body=raw, sha256=False)).status


deliver("ringing")  # in the parent: the handler pool has a thread, idle once the handler is done
while not handled:  # forking while that thread still imports the event's model would leave the child a
    threading.Event().wait(0.01)  # half-imported module, which no library can mend
held, release = threading.Event(), threading.Event()


def hold_the_store():  # a delivery being recorded in another thread at the moment of the fork
    with router._store._lock:
        held.set()
        release.wait()


threading.Thread(target=hold_the_store).start()
held.wait()
read, write = os.pipe()
pid = os.fork()
if pid == 0:
    status = deliver("answered")
    router.close()  # waits for the handler
    state = client.calling.call(CALL).state
    with os.fdopen(write, "w") as pipe:
        json.dump({"status": status, "handled": handled, "state": state}, pipe)
    os._exit(0)
os.close(write)
release.set()
with os.fdopen(read) as pipe:
    print(pipe.read())
os.waitpid(pid, 0)
router.close()
"""


def test_a_router_made_before_the_fork_records_and_handles_in_the_child() -> None:
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", ROUTER_IN_A_CHILD], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    child = json.loads(done.stdout.strip().splitlines()[-1])
    assert child == {"status": 200, "handled": ["ringing", "answered"], "state": "answered"}
