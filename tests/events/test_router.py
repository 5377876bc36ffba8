"""`EventRouter` / `AsyncEventRouter`: verify, parse, record, hand to handlers; refuse forgeries; stay up.

Deliveries here are signed by `webhooks.sign` (itself checked against openssl vectors in test_webhooks.py) and
sent to the router directly, through its WSGI app over real HTTP, and through its ASGI app under uvicorn.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
import pytest

from signalwire_calling import (
    AsyncCall,
    AsyncEventRouter,
    Call,
    ConfigurationError,
    EventRouter,
    PlayOperation,
    RestClient,
    webhooks,
)
from signalwire_calling.testing import CallingMock

KEY = "PSK_router_test_key"
URL = "https://hooks.example.com/events?tenant=7"


def delivery(event_type: str, call_id: str | None, moment: float = 1.0, **params: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "event_type": event_type,
        "event_channel": "swml:x",
        "timestamp": moment,
        "project_id": "p",
        "space_id": "s",
        "params": params,
    }
    if call_id is not None:
        body["params"]["call_id"] = call_id
    return body


def signed(payload: dict[str, Any], *, url: str = URL, key: str = KEY) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(payload).encode()
    return raw, webhooks.sign(signing_key=key, url=url, raw_body=raw, sha256=False)


@pytest.fixture
def mock() -> CallingMock:
    return CallingMock()


@pytest.fixture
def client(mock: CallingMock) -> Iterator[RestClient]:
    with mock.client(status_url=URL) as client:
        yield client


@pytest.fixture
def router(client: RestClient) -> Iterator[EventRouter]:
    with client.events(signing_key=KEY) as router:
        yield router


def dial(client: RestClient) -> Call:
    return client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")


def finished_play(call: Call, control_id: str, moment: float = 2.0) -> dict[str, Any]:
    return delivery("calling.call.play", str(call.id), moment, control_id=control_id, state="finished")


# -- the client setting --------------------------------------------------------------------------------------


def test_the_client_puts_its_status_url_on_every_command_that_takes_one(mock: CallingMock, client: RestClient) -> None:
    call = dial(client)
    call.play(play=[{"type": "silence", "params": {"duration": 1}}])
    call.play(play=[{"type": "silence", "params": {"duration": 1}}], status_url="https://elsewhere.example.com/x")
    call.end()
    dial_params, play, own, end = (request.params for request in mock.requests)
    assert dial_params["status_url"] == URL
    assert dial_params["status_events"] == ["created", "ringing", "answered", "ended"]  # so wait_for() can see them
    assert play["status_url"] == URL
    assert own["status_url"] == "https://elsewhere.example.com/x"  # given: kept
    assert "status_url" not in end  # calling.end takes none


def test_with_options_changes_or_drops_the_status_url(mock: CallingMock, client: RestClient) -> None:
    dial(client.with_options(status_url=None))
    dial(client.with_options(status_url="https://other.example.com/e"))
    assert "status_url" not in mock.requests[0].params
    assert mock.requests[1].params["status_url"] == "https://other.example.com/e"
    assert "status_events" in mock.requests[1].params


@pytest.mark.parametrize("value", ["hooks.example.com/events", "ftp://x/y", 7])
def test_a_status_url_that_is_not_http_is_refused_at_construction(mock: CallingMock, value: Any) -> None:
    with pytest.raises(ConfigurationError, match="status_url"):
        mock.client(status_url=value)


def test_a_router_needs_a_url_and_a_signing_key(mock: CallingMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIGNALWIRE_SIGNING_KEY", raising=False)
    with mock.client() as plain, pytest.raises(ConfigurationError, match="url"):
        plain.events(signing_key=KEY)
    with mock.client(status_url=URL) as client, pytest.raises(ConfigurationError, match="SIGNALWIRE_SIGNING_KEY"):
        client.events()
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", KEY)
    with mock.client(status_url=URL) as client, client.events() as router:
        assert router.url == URL
        assert KEY not in repr(router)


# -- dispatch ------------------------------------------------------------------------------------------------


def test_an_event_reaches_the_handle_and_the_handler_with_a_call_that_can_send(
    mock: CallingMock, client: RestClient, router: EventRouter
) -> None:
    seen: list[tuple[Any, Any]] = []
    done = threading.Event()

    @router.on(webhooks.PlayEvent)
    def on_play(event: webhooks.PlayEvent, call: Call) -> None:
        seen.append((event, call))
        call.end(reason="hangup")  # the next command, from the handler
        done.set()

    call = dial(client)
    greeting = call.play(play=[{"type": "silence", "params": {"duration": 1}}])
    result = router.dispatch(*signed(finished_play(call, greeting.control_id)))
    assert (result.status, result.duplicate) == (200, False)
    assert greeting.wait(timeout=5).params.state == "finished"
    assert greeting.done
    assert greeting.state == "finished"
    assert greeting.result is result.event
    assert done.wait(5)
    ((event, handler_call),) = seen
    assert isinstance(event, webhooks.PlayEvent)
    assert isinstance(handler_call, Call)
    assert handler_call.id == call.id
    mock.assert_sent("calling.end", call_id=call.id)


@pytest.mark.parametrize(
    "forge",
    [
        lambda raw, headers: (raw, {}),
        lambda raw, headers: (raw, webhooks.sign(signing_key="another-key", url=URL, raw_body=raw)),
        lambda raw, headers: (
            raw,
            webhooks.sign(signing_key=KEY, url="https://hooks.example.com/events", raw_body=raw),
        ),
        lambda raw, headers: (raw.replace(b"finished", b"error   "), headers),
    ],
    ids=["unsigned", "wrong-key", "other-url", "tampered"],
)
def test_a_forged_event_is_refused_and_changes_nothing(client: RestClient, router: EventRouter, forge: Any) -> None:
    handled: list[Any] = []
    router.on("*")(lambda event, call: handled.append(event))
    call = dial(client)
    play = call.play(play=[{"type": "silence", "params": {"duration": 1}}])
    result = router.dispatch(*forge(*signed(finished_play(call, play.control_id))))
    assert result.status == 403
    assert result.event is None
    assert KEY not in result.reason
    assert play.events == []
    assert not play.done
    router.close()
    assert handled == []


def test_a_duplicate_delivery_is_acknowledged_and_dispatched_once(client: RestClient, router: EventRouter) -> None:
    count = []
    router.on("calling.call.play")(lambda event, call: count.append(1))
    call = dial(client)
    play = call.play(play=[{"type": "silence", "params": {"duration": 1}}])
    raw, headers = signed(finished_play(call, play.control_id))
    first, second = router.dispatch(raw, headers), router.dispatch(raw, headers)
    router.close()
    assert (first.status, first.duplicate, second.status, second.duplicate) == (200, False, 200, True)
    assert len(play.events) == 1
    assert count == [1]


def test_a_failing_handler_is_logged_and_isolated(
    client: RestClient, router: EventRouter, caplog: pytest.LogCaptureFixture
) -> None:
    ran: list[str] = []

    @router.on("*")
    def broken(event: Any, call: Call) -> None:
        raise RuntimeError("handler bug")

    router.on("*")(lambda event, call: ran.append("second"))
    call = dial(client)
    play = call.play(play=[{"type": "silence", "params": {"duration": 1}}])
    with caplog.at_level(logging.ERROR, logger="signalwire_calling"):
        assert router.dispatch(*signed(finished_play(call, play.control_id))).status == 200
        assert router.dispatch(*signed(finished_play(call, play.control_id, moment=3.0))).status == 200
        router.close()
    assert ran == ["second", "second"]
    assert sum("broken" in record.getMessage() for record in caplog.records) == 2


def test_handlers_never_delay_the_answer(client: RestClient, router: EventRouter) -> None:
    release = threading.Event()
    router.on("*")(lambda event, call: release.wait(5))
    call = dial(client)
    started = time.monotonic()
    for moment in range(10):
        router.dispatch(*signed(finished_play(call, "p", moment=float(moment))))
    assert time.monotonic() - started < 1.0  # four threads busy, six queued: dispatch still answered at once
    release.set()


def test_past_its_backlog_the_router_answers_503_and_takes_the_redelivery(mock: CallingMock) -> None:
    release = threading.Event()
    with (
        mock.client(status_url=URL) as client,
        client.events(signing_key=KEY, max_pending=2, handler_threads=1) as router,
    ):
        router.on("*")(lambda event, call: release.wait(5))
        call = dial(client)
        deliveries = [signed(finished_play(call, f"p{n}")) for n in range(3)]
        assert [router.dispatch(*d).status for d in deliveries] == [200, 200, 503]
        release.set()
        deadline = time.monotonic() + 5
        while router._pending and time.monotonic() < deadline:
            time.sleep(0.01)
        assert router.dispatch(*deliveries[2]).status == 200  # the refused one was not taken for seen
        assert [len(PlayOperation(call, f"p{n}").events) for n in range(3)] == [1, 1, 1]
    assert router.dispatch(*signed(finished_play(call, "late"))).status == 503  # closed


def test_an_event_type_the_spec_does_not_know_is_a_generic_event_for_its_handlers(
    client: RestClient, router: EventRouter
) -> None:
    got: list[Any] = []
    router.on(webhooks.GenericEvent)(lambda event, call: got.append(("class", event)))
    router.on("calling.call.hologram")(lambda event, call: got.append(("string", event)))
    router.on(webhooks.PlayEvent)(lambda event, call: got.append(("play", event)))
    call = dial(client)
    result = router.dispatch(*signed(delivery("calling.call.hologram", str(call.id), beam="up")))
    router.close()
    assert result.status == 200
    assert isinstance(result.event, webhooks.GenericEvent)
    assert sorted(kind for kind, _ in got) == ["class", "string"]
    assert call.events[0].params["beam"] == "up"


def test_an_event_that_names_no_call_is_acknowledged_not_handled(
    router: EventRouter, caplog: pytest.LogCaptureFixture
) -> None:
    got: list[Any] = []
    router.on("*")(lambda event, call: got.append(event))
    with caplog.at_level(logging.WARNING, logger="signalwire_calling"):
        result = router.dispatch(*signed(delivery("calling.call.play", None, control_id="s", state="playing")))
    router.close()
    assert result.status == 200
    assert got == []
    assert any("names no call" in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("raw", [b"{not json", b"[]", b'{"event_type": 5, "params": {}}'])
def test_a_signed_body_that_is_no_event_is_answered_400(router: EventRouter, raw: bytes) -> None:
    assert router.dispatch(raw, webhooks.sign(signing_key=KEY, url=URL, raw_body=raw)).status == 400


def test_a_known_event_that_does_not_fit_its_model_is_kept_as_a_generic_event(
    client: RestClient, router: EventRouter, caplog: pytest.LogCaptureFixture
) -> None:
    call = dial(client)
    result = router.dispatch(*signed(delivery("calling.call.play", str(call.id), state="finished")))  # no control_id
    assert result.status == 200  # accepted: SignalWire changed its shape, and the event is not lost
    with caplog.at_level(logging.WARNING, logger="signalwire_calling"):
        event = result.event  # built when first read
    assert isinstance(event, webhooks.GenericEvent)
    assert event.params["state"] == "finished"
    assert any("does not fit its model" in record.getMessage() for record in caplog.records)


def test_an_async_handler_runs_on_a_sync_router(client: RestClient, router: EventRouter) -> None:
    done = threading.Event()

    @router.on(webhooks.PlayEvent)
    async def on_play(event: webhooks.PlayEvent, call: Call) -> None:
        await asyncio.sleep(0)
        done.set()

    call = dial(client)
    router.dispatch(*signed(finished_play(call, "p")))
    assert done.wait(5)


def test_on_refuses_what_is_no_event() -> None:
    with pytest.raises(TypeError):
        EventRouter._keys(int)
    with pytest.raises(TypeError):
        EventRouter._keys(None)


# -- the WSGI app, over real HTTP ----------------------------------------------------------------------------


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve_wsgi(app: Any) -> tuple[WSGIServer, str]:
    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/events"


def test_the_wsgi_app_over_real_http(mock: CallingMock) -> None:
    server, local_url = serve_wsgi(None)
    try:
        with mock.client(status_url=local_url) as client, client.events(signing_key=KEY, max_body_bytes=4096) as router:
            server.set_app(router.wsgi_app())
            call = dial(client)
            menu = call.collect(digits={"max": 1})
            payload = delivery("calling.call.collect", str(call.id), control_id=menu.control_id,
                               result={"type": "digit", "params": {"digits": "7", "terminator": ""}})  # fmt: skip
            raw, headers = signed(payload, url=local_url)
            answers = [
                httpx.post(local_url, content=raw, headers=headers),
                httpx.post(local_url, content=raw, headers={}),
                httpx.get(local_url),
                httpx.post(local_url, content=b"x" * 5000, headers=headers),
            ]
            assert [answer.status_code for answer in answers] == [200, 403, 405, 413]
            assert menu.wait(timeout=5).params.result.params.digits == "7"
    finally:
        server.shutdown()
        server.server_close()


# -- AsyncEventRouter ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("entered", [True, False], ids=["task-group", "loop-tasks"])
def test_the_async_router_on_asyncio(mock: CallingMock, entered: bool) -> None:
    async def main() -> list[str]:
        ran: list[str] = []
        async with mock.async_client(status_url=URL) as client:
            router = client.events(signing_key=KEY)

            @router.on(webhooks.RecordEvent)
            async def on_record(event: webhooks.RecordEvent, call: AsyncCall) -> None:
                ran.append(f"async {event.params.url}")
                await call.end()

            router.on("*")(lambda event, call: ran.append("sync in a thread"))
            call = await client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
            recording = await call.record(record={"audio": {"format": "mp3"}})
            payload = delivery("calling.call.record", str(call.id), control_id=recording.control_id, state="finished",
                               url="https://x/r.mp3", duration=2.0, size=99)  # fmt: skip
            if entered:
                async with router:
                    assert (await router.dispatch(*signed(payload))).status == 200
            else:
                assert (await router.dispatch(*signed(payload))).status == 200
                await router.aclose()
            assert (await recording.wait(timeout=5)).params.url == "https://x/r.mp3"
        return sorted(ran)

    assert asyncio.run(main()) == ["async https://x/r.mp3", "sync in a thread"]


def test_the_async_router_on_trio_runs_handlers_in_its_task_group(mock: CallingMock) -> None:
    import trio

    async def main() -> list[str]:
        ran: list[str] = []
        async with mock.async_client(status_url=URL) as client:
            router = client.events(signing_key=KEY)
            router.on(webhooks.PlayEvent)(_appending(ran))
            call = await client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
            play = await call.play(play=[{"type": "silence", "params": {"duration": 1}}])
            payload = delivery("calling.call.play", str(call.id), control_id=play.control_id, state="finished")
            with pytest.raises(RuntimeError, match="async with router"):
                await router.dispatch(*signed(payload))
            async with router:
                assert (await router.dispatch(*signed({**payload, "timestamp": 3.0}))).status == 200
                assert (await play.wait(timeout=5)).params.state == "finished"
        return ran

    assert trio.run(main) == ["finished"]


def _appending(ran: list[str]) -> Any:
    async def handler(event: Any, call: AsyncCall) -> None:
        ran.append(event.params.state)

    return handler


def test_an_async_handler_that_hangs_is_cancelled_at_its_timeout(
    mock: CallingMock, caplog: pytest.LogCaptureFixture
) -> None:
    async def main() -> float:
        async with mock.async_client(status_url=URL) as client:
            router = client.events(signing_key=KEY, handler_timeout=0.1)

            @router.on("*")
            async def hangs(event: Any, call: AsyncCall) -> None:
                await asyncio.sleep(60)

            started = time.monotonic()
            async with router:
                await router.dispatch(*signed(delivery("calling.call.play", "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                                                       control_id="p", state="playing")))  # fmt: skip
            return time.monotonic() - started

    with caplog.at_level(logging.ERROR, logger="signalwire_calling"):
        assert asyncio.run(main()) < 2.0
    assert any("cancelled after" in record.getMessage() for record in caplog.records)


# -- the ASGI app under uvicorn, over real HTTP --------------------------------------------------------------


def test_the_asgi_app_under_uvicorn(mock: CallingMock) -> None:
    import uvicorn

    async def main() -> tuple[list[int], str, list[str]]:
        ran: list[str] = []
        config = uvicorn.Config(None, host="127.0.0.1", port=0, log_level="error", lifespan="on")  # type: ignore[arg-type]
        server = uvicorn.Server(config)
        async with mock.async_client(status_url="http://127.0.0.1:1/placeholder") as base:
            # the port is known once the server listens: bind first, then point the client and router at it
            sockets = [config.bind_socket()]
            local_url = f"http://127.0.0.1:{sockets[0].getsockname()[1]}/events"
            client = base.with_options(status_url=local_url)
            router: AsyncEventRouter = client.events(signing_key=KEY)
            router.on(webhooks.DetectEvent)(lambda event, call: ran.append(event.params.detect.params.event))
            config.app = router.asgi_app()
            config.loaded = False
            serving = asyncio.create_task(server.serve(sockets=sockets))
            while not server.started:
                await asyncio.sleep(0.01)
            try:
                call = await client.calling.dial(from_="+15550100001", to="+15550100002", url="https://e.com/s")
                detector = await call.detect(detect={"type": "machine", "params": {}})
                payload = delivery("calling.call.detect", str(call.id), control_id=detector.control_id,
                                   detect={"type": "machine", "params": {"event": "HUMAN"}})  # fmt: skip
                raw, headers = signed(payload, url=local_url)
                async with httpx.AsyncClient() as http:
                    statuses = [
                        (await http.post(local_url, content=raw, headers=headers)).status_code,
                        (await http.post(local_url, content=raw, headers=headers)).status_code,  # a repeat
                        (await http.post(local_url, content=b"{}", headers=headers)).status_code,  # not what was signed
                        (await http.get(local_url)).status_code,
                    ]
                verdict = (await detector.wait(timeout=5)).params.detect.params.event
            finally:
                server.should_exit = True
                await serving
        return statuses, verdict, ran

    statuses, verdict, ran = asyncio.run(main())
    assert statuses == [200, 200, 403, 405]
    assert verdict == "HUMAN"
    assert ran == ["HUMAN"]  # once, though delivered twice
