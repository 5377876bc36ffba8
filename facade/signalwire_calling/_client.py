"""`RestClient` and `AsyncRestClient`: one implementation, two I/O loops."""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Self, TypeVar, cast

import anyio
import httpx

from ._body import NOT_GIVEN, RequestBody, build_body, unsendable
from ._calling import AsyncCalling, Calling
from ._config import (
    PROJECT_VARIABLE,
    SPACE_VARIABLE,
    TOKEN_VARIABLE,
    as_timeout,
    base_url,
    checked_extra_params,
    checked_flag,
    checked_positive,
    checked_retries,
    checked_size,
    checked_status_url,
    setting,
)
from ._event_store import EventStore
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    InvalidRequestError,
    ResponseTooLargeError,
    SignalWireError,
    describe_command,
    listed,
    request_id_of,
    status_error,
)
from ._json import loads
from ._limits import DEADLINE, CappedBody, TooLargeError
from ._response import APIResponse, AsyncSender, Sender
from ._retry import RETRIED_STATUSES, RetryPolicy
from ._spec import RESPONSE_DISCRIMINATOR, RESPONSE_MODELS
from ._spec_types import CommandInfo
from ._transports import ReclaimingAsyncTransport, environment_mounts, track
from ._validation import Issue, validate
from ._version import __version__

if TYPE_CHECKING:
    from ._router import AsyncEventRouter, EventRouter
    from ._spec import CallResponse

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncRestClient",
    "RestClient",
]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_DEADLINE = 60.0
"""Seconds one command may take in total: every attempt, backoff and Retry-After wait included."""
DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024
"""Largest answer body (after decoding) the client reads; a call leg is well under 2 KiB."""
PATH = "/api/calling/calls"

log = logging.getLogger("signalwire_calling")

_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)
_HttpClientT = TypeVar("_HttpClientT", httpx.Client, httpx.AsyncClient)
_CallingT = TypeVar("_CallingT", Calling, AsyncCalling)


class _Options(NamedTuple):  # not attrs: attrs costs import time and only the models need it
    timeout: httpx.Timeout | None
    """None: the HTTP client's own default."""
    max_retries: int
    extra_params: Mapping[str, Any]
    deadline: float
    max_response_bytes: int
    log_bodies: bool
    status_url: str | None
    """Put on every command that takes a `status_url` and was given none."""


# What `dial` reports when the client adds its `status_url` and no `status_events` were given: every state, so that
# `call.wait_for("answered")` can see it (SignalWire's default is only `ended`).
ALL_CALL_EVENTS = ("created", "ringing", "answered", "ended")


class _Exchange:
    """One command on its way: the request, its deadline and what its attempts found so far."""

    __slots__ = (
        "attempts",
        "call_id",
        "control_id",
        "deadline",
        "info",
        "loosest",
        "request",
        "retry_after",
        "started",
        "timeout",
    )

    def __init__(
        self, info: CommandInfo, call_id: object, control_id: object, request: httpx.Request, deadline: float
    ) -> None:
        self.info = info
        self.call_id = call_id
        self.control_id = control_id
        self.request = request
        self.deadline = deadline
        self.timeout: dict[str, float | None] = request.extensions["timeout"]
        values = self.timeout.values()
        self.loosest = float("inf") if None in values else max(values, default=float("inf"))
        self.attempts = 0
        self.started = 0.0
        self.retry_after: float | None = None

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def describe(self) -> str:
        return describe_command(self.info.name, self.call_id)


class _BaseClient(Generic[_HttpClientT, _CallingT]):
    """Everything but I/O: settings, request building and checking, asking `_retry` what to do, answer parsing."""

    calling: _CallingT
    """The Calling commands: `client.calling.dial(...)`, `client.calling.play(call_id, ...)`, …"""

    _retry_policy: RetryPolicy = RetryPolicy()
    """Backoff and retry decisions. Tests give a client (or the class) one that does not wait, or a fixed jitter."""

    _default_http_client: type[_HttpClientT]
    _merged_headers: tuple[list[tuple[bytes, bytes]], list[tuple[bytes, bytes]]]

    def __init__(
        self,
        project: str | None = None,
        token: str | None = None,
        host: str | None = None,
        *,
        http_client: _HttpClientT | None = None,
        timeout: float | httpx.Timeout | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        log_bodies: bool = False,
        status_url: str | None = None,
    ) -> None:
        self.project = setting(project, variable=PROJECT_VARIABLE, name="project")
        credentials = f"{self.project}:{setting(token, variable=TOKEN_VARIABLE, name='token')}".encode()
        self._headers = {
            "Authorization": "Basic " + base64.b64encode(credentials).decode("ascii"),
            "Content-Type": "application/json",
            "Accept": "application/json",
            "User-Agent": f"signalwire-calling-python/{__version__}",
        }
        self.host = setting(host, variable=SPACE_VARIABLE, name="host")
        self._url = httpx.URL(base_url(self.host) + PATH)
        self._owns_http_client = http_client is None
        if http_client is not None and not isinstance(http_client, self._default_http_client):
            expected = self._default_http_client.__name__
            raise ConfigurationError(f"{type(self).__name__} sends with an httpx.{expected}, not {type(http_client)}")
        chosen = None if timeout is NOT_GIVEN else as_timeout(timeout)
        if chosen is None and http_client is not None:
            as_timeout(http_client.timeout, name="the http_client's timeout")  # what its commands will use
        self._options = _Options(  # every option is checked before an HTTP client is made
            timeout=None if http_client is None else chosen,
            max_retries=checked_retries(max_retries),
            extra_params={},
            deadline=checked_positive(deadline, name="deadline"),
            max_response_bytes=checked_size(max_response_bytes, name="max_response_bytes"),
            log_bodies=checked_flag(log_bodies, name="log_bodies"),
            status_url=checked_status_url(status_url),
        )
        self._event_store = EventStore()
        """What status events said about this client's calls (shared by its `with_options` copies)."""
        if http_client is None:
            http_client = self._new_http_client(DEFAULT_TIMEOUT if chosen is None else chosen)
        self._http: _HttpClientT = http_client
        track(http_client)  # a child process made by fork() opens connections of its own
        self.calling = self._bind_calling()

    @classmethod
    def _new_http_client(cls, timeout: httpx.Timeout) -> _HttpClientT:
        return cls._default_http_client(timeout=timeout)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        log_bodies: bool | None = None,
        status_url: str | None = NOT_GIVEN,
    ) -> Self:
        """A client that shares this one's connections (and event store) but sends with other settings.

        `extra_params` are added to the `params` of every command sent through the returned client, unchecked:
        the way to send a field this package's spec does not know yet. `status_url=None` stops adding one.
        """
        options = self._options
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_http_client = False
        clone._options = options._replace(
            timeout=options.timeout if timeout is NOT_GIVEN else as_timeout(timeout),
            max_retries=options.max_retries if max_retries is None else checked_retries(max_retries),
            extra_params=options.extra_params if extra_params is None else checked_extra_params(extra_params),
            deadline=options.deadline if deadline is None else checked_positive(deadline, name="deadline"),
            max_response_bytes=options.max_response_bytes
            if max_response_bytes is None
            else checked_size(max_response_bytes, name="max_response_bytes"),
            log_bodies=options.log_bodies if log_bodies is None else checked_flag(log_bodies, name="log_bodies"),
            status_url=options.status_url if status_url is NOT_GIVEN else checked_status_url(status_url),
        )
        clone.calling = clone._bind_calling()
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project={self.project!r}, host={self.host!r})"

    def _bind_calling(self) -> _CallingT:
        raise NotImplementedError

    def _begin(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> _Exchange:
        """Check and build the request of a command (raising `InvalidRequestError` before any I/O)."""
        status_url = self._options.status_url
        if status_url is not None and "status_url" in info.fields and params.get("status_url") is None:
            params = {**params, "status_url": status_url}
            if "status_events" in info.fields and params.get("status_events") is None:
                params["status_events"] = ALL_CALL_EVENTS
        body = build_body(info, call_id, params, self._options.extra_params)
        try:
            content = _JSON.encode(body).encode()
        except (TypeError, ValueError):  # what no schema looks into: free-form fields, extra_params
            path, reason = unsendable(body, "")
            raise InvalidRequestError(info.name, path, reason) from None
        # Built directly rather than through http_client.build_request(): one URL, no cookies or params to merge.
        # The client's own default headers still go first (ours win), and its timeout applies unless overridden.
        # Giving httpx the header list and stream it would have built itself costs a third of letting it build them.
        headers = [*self._request_headers(), (b"Content-Length", str(len(content)).encode())]
        timeout = self._http.timeout if self._options.timeout is None else self._options.timeout
        request = httpx.Request(
            "POST",
            self._url,
            headers=headers,
            stream=RequestBody(content),
            extensions={"timeout": timeout.as_dict()},
        )
        request.read()  # `request.content`, for logs and errors; a ByteStream holds it already
        deadline = time.monotonic() + self._options.deadline
        return _Exchange(info, call_id, params.get("control_id"), request, deadline)

    def _request_headers(self) -> list[tuple[bytes, bytes]]:
        """Host, the client's own default headers, then ours: merged once, again only if the client's change."""
        source = self._http.headers.raw
        cached: tuple[list[tuple[bytes, bytes]], list[tuple[bytes, bytes]]] | None = self.__dict__.get(
            "_merged_headers"
        )
        if cached is None or cached[0] != source:
            merged = httpx.Headers(self._http.headers)
            merged.update(self._headers)
            host = [] if "host" in merged else [(b"Host", self._url.netloc)]  # where httpx would put it
            cached = self._merged_headers = (source, host + merged.raw)  # `.raw` is a new list each time
        return cached[1]

    def _next_attempt(self, exchange: _Exchange) -> None:
        """Before each attempt: stop if the deadline has passed, else clamp every timeout to the time left."""
        left = exchange.left()
        if left <= 0:
            raise self._deadline_error(exchange)
        exchange.attempts += 1
        if left < exchange.loosest:  # else every timeout already ends before the deadline
            exchange.request.extensions["timeout"] = {
                name: left if value is None or value > left else value for name, value in exchange.timeout.items()
            }
        exchange.started = time.perf_counter()

    def _log_attempt(self, exchange: _Exchange, outcome: str, request_id: str | None = None) -> None:
        if not log.isEnabledFor(logging.DEBUG):
            return
        log.debug(
            "%s call_id=%s control_id=%s attempt %d/%d: %s in %.0f ms request_id=%s",
            exchange.info.name,
            exchange.call_id,
            exchange.control_id,
            exchange.attempts,
            self._options.max_retries + 1,
            outcome,
            (time.perf_counter() - exchange.started) * 1000,
            request_id,
        )
        if self._options.log_bodies:
            log.debug("%s request body: %s", exchange.info.name, exchange.request.content.decode(errors="replace"))

    def _retry_or_raise(self, exchange: _Exchange, error: httpx.RequestError) -> float:
        """The wait before sending again after a transport failure; raises the package error when giving up."""
        self._log_attempt(exchange, f"{type(error).__name__}")
        delay = self._retry_policy.delay_after_error(
            error,
            attempts=exchange.attempts,
            max_retries=self._options.max_retries,
            idempotent=exchange.info.idempotent,
            left=exchange.left(),
        )
        if delay is None:
            raise self._connection_error(error, exchange) from error
        if log.isEnabledFor(logging.INFO):
            log.info("%s: retrying in %.2f s after %s", exchange.describe(), delay, type(error).__name__)
        return delay

    def _retry_delay(self, exchange: _Exchange, response: httpx.Response) -> float | None:
        """The wait before sending again after this answer, or None to keep it (read it, then parse or raise)."""
        status = response.status_code
        if log.isEnabledFor(logging.DEBUG):
            self._log_attempt(exchange, str(status), request_id_of(response))
        if status not in RETRIED_STATUSES:  # nearly every answer: kept without asking the policy
            return None
        verdict = self._retry_policy.delay_after_status(
            status,
            response.headers.get("retry-after"),
            attempts=exchange.attempts,
            max_retries=self._options.max_retries,
            idempotent=exchange.info.idempotent,
            left=exchange.left(),
        )
        delay = verdict.delay
        if delay is None:
            exchange.retry_after = verdict.retry_after
            return None
        if log.isEnabledFor(logging.INFO):
            reason = f"{status} {response.reason_phrase}".rstrip()
            request_id = request_id_of(response)
            log.info("%s: retrying in %.2f s after %s (request_id=%s)", exchange.describe(), delay, reason, request_id)
        return delay

    def _keep(self, exchange: _Exchange, response: httpx.Response, body: CappedBody) -> httpx.Response:
        """The final answer, read: returned when 2xx, else raised as its typed error."""
        body.store(response)
        if self._options.log_bodies and log.isEnabledFor(logging.DEBUG):
            log.debug("%s response body: %s", exchange.info.name, response.content.decode(errors="replace"))
        if response.is_success:
            return response
        raise status_error(
            response,
            command=exchange.info.name,
            call_id=exchange.call_id,
            attempts=exchange.attempts,
            retry_after=exchange.retry_after,
        )

    def _body(self, exchange: _Exchange, response: httpx.Response) -> CappedBody:
        return CappedBody(response, self._options.max_response_bytes, exchange.deadline)

    def _unreadable(
        self, exchange: _Exchange, response: httpx.Response, problem: Exception
    ) -> APIResponseValidationError:
        """The error for an answer whose body is too large or cannot be decoded; what was read is dropped."""
        response._content = b""
        status = response.status_code
        if isinstance(problem, TooLargeError):
            cap = self._options.max_response_bytes
            message = f"{exchange.describe()}: {status} answer is longer than {cap} bytes; not read"
            return ResponseTooLargeError(message, response=response, body=None, attempts=exchange.attempts)
        message = f"{exchange.describe()}: {status} answer cannot be decoded: {problem}"
        return APIResponseValidationError(message, response=response, body=None, attempts=exchange.attempts)

    def _not_sendable(self, exchange: _Exchange, error: RuntimeError) -> SignalWireError:
        """The error for a command its HTTP client refused to send: closed, or used from another event loop."""
        if self._http.is_closed:
            return ClientClosedError(
                f"{exchange.describe()}: the client is closed (by its close(), or its http_client's): make a new one"
            )
        hint = ""
        if "loop" in str(error):
            hint = "; an async client's connections belong to the event loop they were opened in: use it in that loop"
        message = f"{exchange.describe()}: could not be sent ({type(error).__name__}: {error}){hint}"
        return APIConnectionError(request=exchange.request, message=message, attempts=exchange.attempts)

    def _deadline_error(self, exchange: _Exchange) -> APITimeoutError:
        attempts = exchange.attempts
        message = (
            f"{exchange.describe()}: no complete answer within the {self._options.deadline:g} s deadline "
            f"({attempts} attempt{'s' if attempts != 1 else ''})"
        )
        return APITimeoutError(request=exchange.request, message=message, attempts=attempts)

    def _connection_error(self, error: httpx.RequestError, exchange: _Exchange) -> APIConnectionError:
        if isinstance(error, httpx.TimeoutException) and exchange.left() <= 0:
            failure: APIConnectionError = self._deadline_error(exchange)
        else:
            attempts = exchange.attempts
            after = f" (after {attempts} attempts)" if attempts > 1 else ""
            detail = f": {error}" if str(error) else ""
            kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
            message = f"{exchange.describe()}: Connection error ({type(error).__name__}){detail}{after}"
            failure = kind(request=exchange.request, message=message, attempts=attempts)
        error.request = failure.request  # the transport error, kept as __cause__, must not carry credentials either
        return failure

    @staticmethod
    def _parse(response: httpx.Response, call_id: object = None) -> CallResponse:
        """The call leg in a 2xx answer; `APIResponseValidationError` for anything else, such as the leg of another
        call than `call_id`, the one the command was sent for (None for `dial`, which makes one)."""

        def invalid(problem: str, body: Any, issues: Sequence[Issue] = ()) -> APIResponseValidationError:
            return APIResponseValidationError(
                f"{_command_of(response)}: {response.status_code} answer {problem}",
                response=response,
                body=body,
                issues=issues,
            )

        try:
            data = loads(response.content)
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            raise invalid("is not JSON", response.content.decode(errors="replace")) from None
        if not isinstance(data, dict):
            raise invalid("is not a call leg: not a JSON object", data)
        tag = data.get(RESPONSE_DISCRIMINATOR)
        model = RESPONSE_MODELS.get(tag if isinstance(tag, str) else "") or next(iter(RESPONSE_MODELS.values()))
        try:
            issues = validate(data, model.__name__)  # each model is named after its schema
            if not issues:
                if call_id is not None and data["id"].lower() != str(call_id).lower():
                    raise invalid(
                        f"is the leg of another call ({data['id']}): the answer to some other command, such as one "
                        "sent by another process on a connection both hold",
                        data,
                    )
                return model.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise invalid(f"is not a call leg: {exc}", data) from None
        found = listed(issues) if len(issues) > 1 else f"{issues[0].path}: {issues[0].message}"
        raise invalid(f"is not a call leg: {found}", data, issues)


def _command_of(response: httpx.Response) -> str:
    """`calling.play on call <id>` from the request an answer belongs to (only for error messages)."""
    try:
        body = json.loads(response.request.content)
        name, params = body["command"], body.get("params") or {}
        call_id = body.get("id") or params.get("id")
    except (ValueError, KeyError, TypeError, AttributeError, RuntimeError):
        return "command"
    return describe_command(str(name), call_id or None)


class RestClient(_BaseClient[httpx.Client, Calling]):
    """Synchronous client for the SignalWire Calling API.

    Args:
        project: Project ID; defaults to `SIGNALWIRE_PROJECT_ID`.
        token: API token; defaults to `SIGNALWIRE_API_TOKEN`.
        host: Space host, e.g. `example.signalwire.com` (or just `example`); defaults to `SIGNALWIRE_SPACE`.
        http_client: An `httpx.Client` to send with; its transport, proxies, TLS settings and event hooks
            are used, and it is not closed by this client.
        timeout: Seconds (or an `httpx.Timeout`; None: none) per read, write and connect; defaults to 30 s (5 s to
            connect), or to `http_client`'s own timeout when one is given.
        max_retries: Retries (an int) after a failure that is safe to retry (see the README); 0 turns them off.
        deadline: Seconds one command may take in all (attempts, backoff, Retry-After waits); 60 by default.
        max_response_bytes: Largest answer body read, in bytes after decoding (an int); 256 KiB by default.
        log_bodies: Also log request and response bodies at DEBUG (they may hold personal data).
        status_url: Put on every command that takes a `status_url` and was given none (and, on `dial`, every
            call state as `status_events` unless given): the URL of your `client.events()` router.
    """

    _default_http_client = httpx.Client

    @classmethod
    def _new_http_client(cls, timeout: httpx.Timeout) -> httpx.Client:
        from ._sync_transport import deadline_transport  # needs httpcore, which httpx too imports only now

        mounts = environment_mounts(deadline_transport)  # httpx reads no proxy settings for a client given a transport
        return cls._default_http_client(timeout=timeout, transport=deadline_transport(), mounts=mounts)

    def _bind_calling(self) -> Calling:
        return Calling(self._send, cast("Sender", self._send_raw), self._event_store)  # raw view types its answers

    def _send(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> CallResponse:
        return self._parse(self._exchange(info, call_id, params), call_id)

    def _send_raw(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> APIResponse[CallResponse]:
        return APIResponse(self._exchange(info, call_id, params), partial(self._parse, call_id=call_id))

    def _exchange(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> httpx.Response:
        exchange = self._begin(info, call_id, params)
        token = DEADLINE.set(exchange.deadline)  # every socket read of the default transport obeys it
        try:
            while True:
                self._next_attempt(exchange)
                try:
                    response = self._http.send(exchange.request, auth=None, stream=True)  # our Authorization
                    try:
                        delay = self._retry_delay(exchange, response)
                        if delay is None:
                            try:
                                body = self._body(exchange, response)
                                if not body.done:
                                    for chunk in response.iter_raw() if body.raw else response.iter_bytes():
                                        body.feed(chunk)
                                return self._keep(exchange, response, body)
                            except (TooLargeError, httpx.DecodingError) as problem:
                                raise self._unreadable(exchange, response, problem) from None
                    finally:
                        response.close()
                except httpx.RequestError as error:
                    delay = self._retry_or_raise(exchange, error)
                except RuntimeError as error:  # httpx's "the client has been closed", asyncio's "another event loop"
                    raise self._not_sendable(exchange, error) from error
                time.sleep(delay)
        finally:
            DEADLINE.reset(token)

    def events(self, *, url: str | None = None, signing_key: str | None = None, **options: Any) -> EventRouter:
        """An `EventRouter` for the status callbacks of this client's commands: it verifies each delivery, keeps
        what it says for the handles (`op.wait()`, `call.state`, …) and runs your handlers.

        Args:
            url: The URL SignalWire POSTs to, as configured there; default: this client's `status_url`.
            signing_key: Your project's signing key; default: `SIGNALWIRE_SIGNING_KEY`.
            options: `max_body_bytes`, `max_pending`, `handler_threads` (see `EventRouter`).
        """
        from ._router import EventRouter

        return EventRouter(self, url=url, signing_key=signing_key, **options)

    def close(self) -> None:
        """Close the connections, unless the `http_client` was passed in."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncRestClient(_BaseClient[httpx.AsyncClient, AsyncCalling]):
    """Asynchronous client for the SignalWire Calling API; the same arguments as `RestClient`.

    Every `client.calling` method is a coroutine function; bad arguments raise `InvalidRequestError` when it
    is awaited, before anything is sent.
    """

    _default_http_client = httpx.AsyncClient

    @classmethod
    def _new_http_client(cls, timeout: httpx.Timeout) -> httpx.AsyncClient:
        mounts = environment_mounts(ReclaimingAsyncTransport.with_proxy)
        return cls._default_http_client(timeout=timeout, transport=ReclaimingAsyncTransport(), mounts=mounts)

    def _bind_calling(self) -> AsyncCalling:
        return AsyncCalling(self._send, cast("AsyncSender", self._send_raw), self._event_store)

    async def _send(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> CallResponse:
        return self._parse(await self._exchange(info, call_id, params), call_id)

    async def _send_raw(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> APIResponse[CallResponse]:
        return APIResponse(await self._exchange(info, call_id, params), partial(self._parse, call_id=call_id))

    async def _exchange(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> httpx.Response:
        exchange = self._begin(info, call_id, params)
        # Bounds every await below, whatever the transport. A cancel scope rather than `anyio.fail_after` (the
        # same scope behind a generator-based context manager): a few µs less per command.
        with anyio.CancelScope(deadline=anyio.current_time() + self._options.deadline):
            while True:
                self._next_attempt(exchange)
                try:
                    response = await self._http.send(exchange.request, auth=None, stream=True)
                    try:
                        delay = self._retry_delay(exchange, response)
                        if delay is None:
                            try:
                                body = self._body(exchange, response)
                                if not body.done:
                                    async for chunk in response.aiter_raw() if body.raw else response.aiter_bytes():
                                        body.feed(chunk)
                                return self._keep(exchange, response, body)
                            except (TooLargeError, httpx.DecodingError) as problem:
                                raise self._unreadable(exchange, response, problem) from None
                    finally:
                        await response.aclose()
                except httpx.RequestError as error:
                    delay = self._retry_or_raise(exchange, error)
                except RuntimeError as error:  # httpx's "the client has been closed", asyncio's "another event loop"
                    raise self._not_sendable(exchange, error) from error
                await anyio.sleep(delay)
        raise self._deadline_error(exchange)  # only the scope's own cancellation at the deadline gets here

    def events(self, *, url: str | None = None, signing_key: str | None = None, **options: Any) -> AsyncEventRouter:
        """An `AsyncEventRouter` for the status callbacks of this client's commands (see `RestClient.events`).

        `options`: `max_body_bytes`, `max_pending`, `handler_timeout`.
        """
        from ._router import AsyncEventRouter

        return AsyncEventRouter(self, url=url, signing_key=signing_key, **options)

    async def close(self) -> None:
        """Close the connections, unless the `http_client` was passed in."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
