"""`EventRouter` / `AsyncEventRouter`: receive the status callbacks of your commands and route them.

    client = RestClient(status_url="https://hooks.example.com/events")  # on every command that takes one
    router = client.events()                                           # verifies against that URL

    @router.on(webhooks.CollectEvent)
    def on_collect(event: webhooks.CollectEvent, call: Call) -> None:
        ...

    app = router.wsgi_app()   # or router.asgi_app(), or router.dispatch(raw_body, headers) in your framework

Each delivery is verified (`webhooks.verify_signature`), parsed (`webhooks.parse`), recorded in the client's event
store (which the handles' `wait()`, `state`, `events` read), and handed to the handlers registered for its event
type. The router answers at once: handlers run afterwards (a thread pool, or tasks on the event loop), so a slow
handler never delays SignalWire, and a failing one is logged, never fatal.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from operator import methodcaller
from typing import TYPE_CHECKING, Any, Final, Generic, NamedTuple, Self, TypeVar, cast, overload

from . import webhooks
from ._event_store import Recorded, model_of
from ._event_table import EVENTS
from ._exceptions import WebhookPayloadError, WebhookVerificationError
from ._fork import renew_in_child
from ._json import loads

if TYPE_CHECKING:
    from ._client import AsyncRestClient, RestClient, _BaseClient
    from ._event_store import EventStore
    from ._handles import AsyncCall, Call  # noqa: F401 (named in the routers' base classes, as strings)

__all__ = [
    "DEFAULT_HANDLER_THREADS",
    "DEFAULT_HANDLER_TIMEOUT",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_MAX_PENDING",
    "AsyncEventRouter",
    "Dispatched",
    "EventRouter",
]

DEFAULT_MAX_BODY_BYTES: Final = 1 << 20
"""Largest delivery the apps read (a status event is under 4 KiB); a longer one is answered 413."""
DEFAULT_MAX_PENDING: Final = 1_000
"""Handler runs that may wait or run at once; past that a delivery is answered 503 (SignalWire may send it again)."""
DEFAULT_HANDLER_THREADS: Final = 4
"""Threads `EventRouter` runs handlers on."""
DEFAULT_HANDLER_TIMEOUT: Final = 30.0
"""Seconds `AsyncEventRouter` lets one handler run before cancelling it (threads cannot be cancelled)."""
_SEEN: Final = 4_096
"""Deliveries remembered to drop a repeat of one (SignalWire may deliver an event twice)."""

log = logging.getLogger("signalwire_calling")

_E = TypeVar("_E")
_R = TypeVar("_R")
_CallT = TypeVar("_CallT")
_ClientT = TypeVar("_ClientT", bound="_BaseClient[Any, Any]")

_REASONS: Final = {200: "OK", 400: "Bad Request", 403: "Forbidden", 405: "Method Not Allowed", 411: "Length Required",
                   413: "Content Too Large", 503: "Service Unavailable"}  # fmt: skip


class Dispatched:
    """What `dispatch` did with one delivery."""

    __slots__ = ("_call_id", "_recorded", "_store", "duplicate", "reason", "status")

    def __init__(
        self,
        status: int,
        recorded: Recorded | None = None,
        *,
        duplicate: bool = False,
        reason: str = "",
        store: EventStore | None = None,
        call_id: str | None = None,
    ) -> None:
        self.status = status
        """The HTTP status to answer SignalWire with: 200, 400 (not an event), 403 (not signed by SignalWire), 503."""
        self.duplicate = duplicate
        """It had been delivered before: acknowledged, not recorded or handled again."""
        self.reason = reason
        """Why it was refused, for your logs (never the signing key)."""
        self._recorded = recorded
        self._store = store
        self._call_id = call_id

    @property
    def event(self) -> Any:
        """The parsed event (a model of `signalwire_calling.models`); None when it was refused or a repeat."""
        if self._recorded is None:
            return None
        if self._store is None or self._call_id is None:
            return model_of(self._recorded.body)
        return self._store.event_of(self._call_id, self._recorded)

    def __repr__(self) -> str:
        return f"Dispatched(status={self.status}, duplicate={self.duplicate}, reason={self.reason!r})"


class _Job(NamedTuple):
    handler: Callable[..., Any]
    recorded: Recorded
    call_id: str


class _Router(Generic[_ClientT, _CallT]):
    """What both routers share: verify, parse, deduplicate, record, pick the handlers."""

    def __init__(
        self,
        client: _ClientT,
        *,
        url: str | None = None,
        signing_key: str | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        max_pending: int = DEFAULT_MAX_PENDING,
    ) -> None:
        from ._config import setting

        self.client: _ClientT = client
        """The client whose calls the events are about; handlers get handles bound to it."""
        configured = url if url is not None else client._options.status_url
        if not configured:
            from ._exceptions import ConfigurationError

            raise ConfigurationError("no url given: pass url= (the URL configured at SignalWire) or set status_url=")
        self.url: str = configured
        """The URL SignalWire POSTs to, exactly as configured there: signatures are checked against it."""
        self._key = setting(signing_key, variable=webhooks.SIGNING_KEY_VARIABLE, name="signing_key").encode()
        self._url = self.url.encode()
        self.max_body_bytes = max_body_bytes
        self.max_pending = max_pending
        self._store: EventStore = client._event_store
        self._handlers: dict[str, list[Callable[..., Any]]] = {}
        self._seen: OrderedDict[str, None] = OrderedDict()
        """The digests of recent deliveries (a digest of url + body: a repeat has the same one)."""
        self._lock = threading.Lock()
        self._pending = 0
        self._closed = False
        renew_in_child(self, methodcaller("_after_fork_in_child"))  # the subclass's, which renews its own part

    def _after_fork_in_child(self) -> None:
        """A child process runs none of its parent's handlers: it counts its own, under a lock of its own."""
        self._lock = threading.Lock()
        self._pending = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, handlers={sum(map(len, self._handlers.values()))})"

    @overload
    def on(self, event: type[_E]) -> Callable[[Callable[[_E, _CallT], _R]], Callable[[_E, _CallT], _R]]: ...

    @overload
    def on(self, event: str = "*") -> Callable[[Callable[[Any, _CallT], _R]], Callable[[Any, _CallT], _R]]: ...

    def on(self, event: Any = "*") -> Any:
        """Register a handler for an event type, called as `handler(event, call)` (sync or async).

        `event` is a model class (`webhooks.CollectEvent`: every event type it models), an `event_type` string
        (`"calling.call.collect"`, or one this package does not know, which arrives as a `GenericEvent`), or
        `"*"` for every event. `call` is a handle on the event's call, bound to the router's client, so the
        handler can send the next command. Events that name no call are recorded but not handled.
        """
        keys = self._keys(event)

        def register(handler: Callable[..., _R]) -> Callable[..., _R]:
            if not callable(handler):
                raise TypeError(f"a handler must be callable, not {handler!r}")
            for key in keys:
                self._handlers.setdefault(key, []).append(handler)
            return handler

        return register

    @staticmethod
    def _keys(event: Any) -> list[str]:
        if isinstance(event, str):
            return [event]
        if isinstance(event, type):
            name = event.__name__
            if name == "GenericEvent":
                return ["?"]
            found = [info.event_type for info in EVENTS.values() if info.model == name]
            if found:
                return found
        raise TypeError(f"on() takes an event model class or an event_type string, not {event!r}")

    # -- the core of dispatch ----------------------------------------------------------------------------------

    def _accept(self, raw_body: bytes | str, headers: webhooks.SupportsItems) -> tuple[Dispatched, Sequence[_Job]]:
        if type(raw_body) is bytes:
            body = raw_body
        else:
            try:
                body = webhooks.body_bytes(raw_body)
            except WebhookPayloadError as exc:
                if not isinstance(raw_body, str):
                    raise  # not a body at all: a mistake in the code calling dispatch
                return Dispatched(400, reason=str(exc)), []
        try:
            digest = webhooks.check_signature(self._key, self._url, body, headers)
        except WebhookVerificationError as exc:
            return Dispatched(403, reason=str(exc)), []
        if digest in self._seen:
            return Dispatched(200, duplicate=True), []
        try:
            data = loads(body)
        except RecursionError:
            return Dispatched(400, reason="the body nests too deeply to be read"), []
        except ValueError:
            return Dispatched(400, reason="the body is not JSON"), []
        if type(data) is not dict:
            return Dispatched(400, reason="the body is not a JSON object"), []
        event_type = data.get("event_type")
        if event_type is not None and type(event_type) is not str:
            return Dispatched(400, reason=f"event_type is not text but {_json_type(event_type)}"), []
        if "params" in data and type(data["params"]) is not dict:
            return Dispatched(400, reason=f"params is not an object but {_json_type(data['params'])}"), []
        info = EVENTS.get(event_type) if event_type is not None else None
        call_id = _call_id_of(data)
        handlers = self._handlers_for(event_type, info is not None) if self._handlers and call_id is not None else []
        with self._lock:
            if digest in self._seen:
                return Dispatched(200, duplicate=True), []
            if self._closed:
                return Dispatched(503, reason="the router is closed"), []
            if handlers and self._pending + len(handlers) > self.max_pending:
                return Dispatched(503, reason=f"more than {self.max_pending} handler runs pending"), []
            self._seen[digest] = None
            if len(self._seen) > _SEEN:
                self._seen.popitem(last=False)
            self._pending += len(handlers)
        if call_id is None:
            if self._handlers:
                log.warning("a %s event names no call: kept nowhere, not handled", event_type)
            return Dispatched(200, Recorded(0.0, None, body)), []
        recorded = self._store.record(call_id, data, info, body)
        jobs = [_Job(handler, recorded, call_id) for handler in handlers] if handlers else ()
        return Dispatched(200, recorded, store=self._store, call_id=call_id), jobs

    def _handlers_for(self, event_type: str | None, known: bool) -> list[Callable[..., Any]]:
        """Handlers of the event type (or, for one the spec does not know, of `GenericEvent` and of that string),
        then those for every event."""
        handlers = self._handlers
        if not handlers:
            return []
        found: list[Callable[..., Any]] = []
        if event_type is not None:
            if not known:
                found += handlers.get("?", ())
            found += handlers.get(event_type, ())
        return found + handlers.get("*", [])

    def _done(self) -> None:
        with self._lock:
            self._pending -= 1

    def _call(self, call_id: str) -> _CallT:
        return cast("_CallT", self.client.calling.call(call_id))


def _json_type(value: Any) -> str:
    """What JSON type a decoded value is, for a reason (the value itself may nest too deeply to show)."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _call_id_of(data: dict[str, Any]) -> str | None:
    """The call an event is about: `params.call_id` (or, for the payloads that are not status events, where they
    keep it), lower-cased as the handles write UUIDs."""
    params = data.get("params")
    if type(params) is dict:
        value = params.get("call_id")
        if type(value) is str and value:
            return value.lower()
    for holder in (data.get("call"), data.get("call_info"), params.get("call") if type(params) is dict else None):
        value = holder.get("call_id") if type(holder) is dict else None
        if type(value) is str and value:
            return value.lower()
    return None


def _header_pairs(raw: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
    return {name.decode("latin-1"): value.decode("latin-1") for name, value in raw}


class EventRouter(_Router["RestClient", "Call"]):
    """Routes the status events of a `RestClient`'s commands; handlers run on a small thread pool.

    Made by `client.events(...)`. Close it (or use `with`) to stop the pool once handlers are done.
    """

    def __init__(self, client: RestClient, *, handler_threads: int = DEFAULT_HANDLER_THREADS, **options: Any) -> None:
        super().__init__(client, **options)
        self._handler_threads = handler_threads
        self._pool = self._new_pool()

    def _new_pool(self) -> concurrent.futures.ThreadPoolExecutor:
        return concurrent.futures.ThreadPoolExecutor(self._handler_threads, thread_name_prefix="signalwire-events")

    def _after_fork_in_child(self) -> None:
        """The parent's handler threads are not in the child (a pool that had them would wait for them forever)."""
        super()._after_fork_in_child()
        self._pool = self._new_pool()

    def dispatch(self, raw_body: bytes | str, headers: webhooks.SupportsItems) -> Dispatched:
        """Verify, parse, record and route one delivery; answer what to reply. Handlers run after it returns."""
        result, jobs = self._accept(raw_body, headers)
        for job in jobs:
            self._pool.submit(self._run, job)
        return result

    def _run(self, job: _Job) -> None:
        try:
            outcome = job.handler(self._store.event_of(job.call_id, job.recorded), self._call(job.call_id))
            if inspect.isawaitable(outcome):
                asyncio.run(_awaited(outcome))
        except Exception:
            log.exception("handler %s failed on a %s event", _name(job.handler), _event_type(job.recorded))
        finally:
            self._done()

    def wsgi_app(self) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
        """A WSGI application that dispatches every POST it receives (serve it at the router's URL)."""

        def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            status = self._wsgi_status(environ)
            start_response(f"{status} {_REASONS.get(status, '')}".rstrip(), [("Content-Length", "0")])
            return [b""]

        return app

    def _wsgi_status(self, environ: dict[str, Any]) -> int:
        if environ.get("REQUEST_METHOD") != "POST":
            return 405
        try:
            length = int(environ.get("CONTENT_LENGTH") or "")
        except ValueError:
            return 411
        if not 0 <= length <= self.max_body_bytes:
            return 413
        body = environ["wsgi.input"].read(length)
        return self.dispatch(body, environ).status

    def asgi_app(self) -> Callable[..., Awaitable[None]]:
        """An ASGI application that dispatches every POST it receives; handlers run on the router's threads."""
        return _asgi_app(self, self._dispatch_async)

    async def _dispatch_async(self, body: bytes, headers: dict[str, str]) -> Dispatched:
        return self.dispatch(body, headers)

    def close(self) -> None:
        """Answer later deliveries 503, wait for the handlers that are running or queued, then stop the threads."""
        with self._lock:
            self._closed = True
        self._pool.shutdown(wait=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncEventRouter(_Router["AsyncRestClient", "AsyncCall"]):
    """Routes the status events of an `AsyncRestClient`'s commands; handlers run as tasks.

    Made by `client.events(...)`. `async with router:` runs handlers in a task group of its own (needed on Trio);
    without it, on asyncio, each handler is a task of the running loop. Served by `asgi_app()`, whose lifespan
    opens that task group for the app's lifetime.
    """

    def __init__(
        self, client: AsyncRestClient, *, handler_timeout: float = DEFAULT_HANDLER_TIMEOUT, **options: Any
    ) -> None:
        super().__init__(client, **options)
        self.handler_timeout = handler_timeout
        self._group: Any = None
        self._tasks: set[asyncio.Task[None]] = set()

    def _after_fork_in_child(self) -> None:
        """The parent's tasks and task group belong to its event loop, which the child does not run."""
        super()._after_fork_in_child()
        self._group = None
        self._tasks = set()

    async def dispatch(self, raw_body: bytes | str, headers: webhooks.SupportsItems) -> Dispatched:
        """Verify, parse, record and route one delivery; answer what to reply. Handlers run after it returns."""
        result, jobs = self._accept(raw_body, headers)
        for job in jobs:
            self._spawn(job)
        return result

    def _spawn(self, job: _Job) -> None:
        if self._group is not None:
            self._group.start_soon(self._run, job)
            return
        import sniffio

        if sniffio.current_async_library() != "asyncio":
            self._done()
            raise RuntimeError("AsyncEventRouter runs handlers on Trio only inside `async with router:`")
        task = asyncio.get_running_loop().create_task(self._run(job))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, job: _Job) -> None:
        import anyio

        try:
            with anyio.move_on_after(self.handler_timeout) as scope:
                call, event = self._call(job.call_id), self._store.event_of(job.call_id, job.recorded)
                if inspect.iscoroutinefunction(job.handler):
                    await job.handler(event, call)
                else:
                    outcome = await anyio.to_thread.run_sync(job.handler, event, call)
                    if inspect.isawaitable(outcome):
                        await outcome
            if scope.cancelled_caught:
                log.error("handler %s was cancelled after %g s", _name(job.handler), self.handler_timeout)
        except Exception:
            log.exception("handler %s failed on a %s event", _name(job.handler), _event_type(job.recorded))
        finally:
            self._done()

    def asgi_app(self) -> Callable[..., Awaitable[None]]:
        """An ASGI application that dispatches every POST it receives (serve it at the router's URL)."""
        return _asgi_app(self, self.dispatch)

    async def __aenter__(self) -> Self:
        import anyio

        self._group_cm = anyio.create_task_group()
        self._group = await self._group_cm.__aenter__()
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        group_cm, self._group = self._group_cm, None
        await group_cm.__aexit__(*exc_info)

    async def aclose(self) -> None:
        """Wait for the handler tasks started outside `async with router:`."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


def _asgi_app(
    router: _Router[Any, Any], dispatch: Callable[[bytes, dict[str, str]], Awaitable[Dispatched]]
) -> Callable[..., Awaitable[None]]:
    async def app(scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]], send: Any) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(router, receive, send)
            return
        if scope["type"] != "http":
            return
        status = 405
        if scope.get("method") == "POST":
            body, status = await _read_body(receive, router.max_body_bytes)
            if body is not None:
                status = (await dispatch(body, _header_pairs(scope.get("headers") or ()))).status
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})

    return app


async def _read_body(receive: Callable[[], Awaitable[dict[str, Any]]], cap: int) -> tuple[bytes | None, int]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None, 400
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > cap:
            return None, 413
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), 200


async def _lifespan(router: _Router[Any, Any], receive: Callable[[], Awaitable[dict[str, Any]]], send: Any) -> None:
    """Answer the ASGI lifespan protocol; an `AsyncEventRouter` runs its handlers in a task group for the app's life."""
    message = await receive()
    if message["type"] != "lifespan.startup":
        return
    if isinstance(router, AsyncEventRouter):
        async with router:
            await send({"type": "lifespan.startup.complete"})
            while (await receive())["type"] != "lifespan.shutdown":
                pass
    else:
        await send({"type": "lifespan.startup.complete"})
        while (await receive())["type"] != "lifespan.shutdown":
            pass
    await send({"type": "lifespan.shutdown.complete"})


async def _awaited(outcome: Awaitable[Any]) -> None:
    await outcome


def _event_type(recorded: Recorded) -> str:
    try:
        return str(json.loads(recorded.body).get("event_type"))
    except (ValueError, AttributeError):
        return "?"


def _name(handler: Callable[..., Any]) -> str:
    return getattr(handler, "__qualname__", None) or repr(handler)
