"""`RestClient` and `AsyncRestClient`: one implementation, two I/O loops."""

from __future__ import annotations

import base64
import ipaddress
import json
import os
import random
import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Self, TypeVar, cast
from urllib.parse import urlsplit

import anyio
import httpx

from . import __version__
from ._body import NOT_GIVEN, build_body
from ._calling import AsyncCalling, Calling
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    InvalidRequestError,
    status_error,
)
from ._response import APIResponse, AsyncSender, Sender
from ._spec import RESPONSE_DISCRIMINATOR, RESPONSE_MODELS, CommandInfo
from ._validation import validate

if TYPE_CHECKING:
    from ._spec import CallResponse

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncRestClient", "RestClient"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
PATH = "/api/calling/calls"
MAX_RETRY_AFTER = 60.0

# Failures after which the request certainly did not reach SignalWire: any command may be sent again.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Statuses worth a retry; 429 means "not processed", the others only for commands that are safe to repeat.
_RETRY_ANY_COMMAND = {429}
_RETRY_IDEMPOTENT = {408, 409, 500, 502, 503, 504}

_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)
_HttpClientT = TypeVar("_HttpClientT", httpx.Client, httpx.AsyncClient)
_CallingT = TypeVar("_CallingT", Calling, AsyncCalling)


class _Options(NamedTuple):  # not attrs: attrs costs import time and only the models need it
    timeout: httpx.Timeout | None
    """None: the HTTP client's own default."""
    max_retries: int
    extra_params: Mapping[str, Any]


def _base_url(host: str) -> str:
    """`https://{host}`; `http://` only for loopback addresses. A bare space name gets `.signalwire.com`.

    A loopback host given without a scheme (`127.0.0.1:8080`, `localhost`, `[::1]:8080`) gets `http://`, as in
    SignalWire's own SDKs: that is the bundled mock, or a tunnel on this machine.
    """
    text = host.strip()
    shown = _without_userinfo(text)
    scheme, separator, rest = text.partition("://")
    if not separator:
        scheme, rest = "https", text
    scheme = scheme.lower()
    if scheme not in ("http", "https"):
        raise ConfigurationError(f"host {shown!r}: only https:// (or http:// on loopback) is supported")
    rest = rest.rstrip("/")
    if ":" in rest and _is_ip_address(rest):  # a bare IPv6 address such as ::1
        rest = f"[{rest}]"
    expected = f"host {shown!r}: expected a space host such as 'example.signalwire.com'"
    try:
        parts = urlsplit(f"//{rest}")
        hostname, port = parts.hostname or "", parts.port
    except ValueError:
        raise ConfigurationError(expected) from None
    if not hostname or parts.path or "@" in parts.netloc or "?" in rest or "#" in rest:
        raise ConfigurationError(expected)
    if not (_is_ip_address(hostname) or all(_LABEL.match(label) for label in hostname.split("."))):
        raise ConfigurationError(expected)
    if port == 0:
        raise ConfigurationError(expected)
    if "." not in hostname and ":" not in hostname and hostname != "localhost":
        hostname = f"{hostname}.signalwire.com"
    if not separator and _is_loopback(hostname):
        scheme = "http"
    if scheme == "http" and not _is_loopback(hostname):
        raise ConfigurationError(f"host {shown!r}: plain http is only allowed for loopback hosts")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return f"{scheme}://{netloc}" + ("" if port is None else f":{port}")


def _without_userinfo(host: str) -> str:
    """The host as it may be shown in a message: credentials someone put in it are masked."""
    scheme, separator, rest = host.rpartition("://")
    if "@" in rest:
        rest = "***@" + rest.rsplit("@", 1)[1]
    return f"{scheme}{separator}{rest}"


def _checked_retries(max_retries: int) -> int:
    if max_retries < 0:
        raise ConfigurationError("max_retries must be 0 or more")
    return max_retries


_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", re.IGNORECASE)


def _is_ip_address(hostname: str) -> bool:
    try:
        ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return True


def _is_loopback(hostname: str) -> bool:
    if hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def _setting(value: str | None, variable: str, name: str) -> str:
    resolved = value if value is not None else os.environ.get(variable)
    if not resolved:
        raise ConfigurationError(f"no {name} given: pass {name}= or set {variable}")
    return resolved


def _retry_after(response: httpx.Response) -> float | None:
    header = response.headers.get("retry-after")
    if header is None:
        return None
    try:
        return max(0.0, float(header))
    except ValueError:
        pass
    import email.utils  # only for an HTTP-date Retry-After; costly to import with the package

    try:
        moment = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # unreadable: back off as if there were none
    return max(0.0, moment.timestamp() - time.time())


class _BaseClient(Generic[_HttpClientT, _CallingT]):
    """Everything but I/O: settings, request building and checking, retry decisions, answer parsing."""

    calling: _CallingT
    """The Calling commands: `client.calling.dial(...)`, `client.calling.play(call_id, ...)`, …"""

    _default_http_client: type[_HttpClientT]
    _merged_headers: tuple[list[tuple[bytes, bytes]], httpx.Headers]

    def __init__(
        self,
        project: str | None = None,
        token: str | None = None,
        host: str | None = None,
        *,
        http_client: _HttpClientT | None = None,
        timeout: float | httpx.Timeout | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
    ) -> None:
        self.project = _setting(project, "SIGNALWIRE_PROJECT_ID", "project")
        credentials = f"{self.project}:{_setting(token, 'SIGNALWIRE_API_TOKEN', 'token')}".encode()
        self._headers = {
            "Authorization": "Basic " + base64.b64encode(credentials).decode("ascii"),
            "Content-Type": "application/json",
            "Accept": "application/json",
            "User-Agent": f"signalwire-calling-python/{__version__}",
        }
        self.host = _setting(host, "SIGNALWIRE_SPACE", "host")
        self._url = httpx.URL(_base_url(self.host) + PATH)
        self._owns_http_client = http_client is None
        if http_client is not None and not isinstance(http_client, self._default_http_client):
            expected = self._default_http_client.__name__
            raise ConfigurationError(f"{type(self).__name__} sends with an httpx.{expected}, not {type(http_client)}")
        if http_client is None:
            http_client = self._default_http_client(timeout=DEFAULT_TIMEOUT if timeout is NOT_GIVEN else timeout)
        self._http: _HttpClientT = http_client
        per_request = None if timeout is NOT_GIVEN or self._owns_http_client else _as_timeout(timeout)
        self._options = _Options(timeout=per_request, max_retries=_checked_retries(max_retries), extra_params={})
        self.calling = self._bind_calling()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
    ) -> Self:
        """A client that shares this one's connections but sends with other settings.

        `extra_params` are added to the `params` of every command sent through the returned client, unchecked:
        the way to send a field this package's spec does not know yet.
        """
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_http_client = False
        clone._options = self._options._replace(
            timeout=self._options.timeout if timeout is NOT_GIVEN else _as_timeout(timeout),
            max_retries=self._options.max_retries if max_retries is None else _checked_retries(max_retries),
            extra_params=dict(extra_params) if extra_params is not None else self._options.extra_params,
        )
        clone.calling = clone._bind_calling()
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project={self.project!r}, host={self.host!r})"

    def _bind_calling(self) -> _CallingT:
        raise NotImplementedError

    def _build_request(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> httpx.Request:
        body = build_body(info, call_id, params, self._options.extra_params)
        try:
            content = _JSON.encode(body).encode()
        except (TypeError, ValueError) as exc:  # only extra_params, which are not checked, can get here
            raise InvalidRequestError(info.name, "params", f"cannot be sent as JSON: {exc}") from None
        # Built directly rather than through http_client.build_request(): one URL, no cookies or params to merge.
        # The client's own default headers still go first (ours win), and its timeout applies unless overridden.
        headers = self._request_headers()
        timeout = self._http.timeout if self._options.timeout is None else self._options.timeout
        return httpx.Request(
            "POST", self._url, headers=headers, content=content, extensions={"timeout": timeout.as_dict()}
        )

    def _request_headers(self) -> httpx.Headers:
        """The client's own default headers, then ours: merged once, again only if the client's change."""
        source = self._http.headers.raw
        cached: tuple[list[tuple[bytes, bytes]], httpx.Headers] | None = self.__dict__.get("_merged_headers")
        if cached is None or cached[0] != source:
            merged = httpx.Headers(self._http.headers)
            merged.update(self._headers)
            cached = self._merged_headers = (source, merged)
        return cached[1]  # httpx.Request copies it

    def _delay_after_error(self, info: CommandInfo, attempt: int, error: httpx.RequestError) -> float | None:
        if attempt >= self._options.max_retries or not isinstance(error, httpx.TransportError):
            return None  # a redirect loop or an undecodable body will not go away by sending again
        if isinstance(error, _NOT_SENT) or info.idempotent:
            return _backoff(attempt)
        return None

    def _delay_after_response(self, info: CommandInfo, attempt: int, response: httpx.Response) -> float | None:
        status = response.status_code
        if attempt >= self._options.max_retries:
            return None
        if status not in _RETRY_ANY_COMMAND and not (info.idempotent and status in _RETRY_IDEMPOTENT):
            return None
        wait = _retry_after(response)
        if wait is None:
            return _backoff(attempt)
        return wait if wait <= MAX_RETRY_AFTER else None

    @staticmethod
    def _connection_error(error: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(request=request)
        detail = f": {error}" if str(error) else ""
        return APIConnectionError(request=request, message=f"Connection error ({type(error).__name__}){detail}")

    @staticmethod
    def _parse(response: httpx.Response) -> CallResponse:
        if not response.is_success:
            raise status_error(response)
        try:
            data = response.json()
        except ValueError:
            raise APIResponseValidationError(
                f"{response.status_code} answer is not JSON", response=response, body=response.text
            ) from None
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                f"{response.status_code} answer is not a call leg: not a JSON object", response=response, body=data
            )
        tag = data.get(RESPONSE_DISCRIMINATOR)
        model = RESPONSE_MODELS.get(tag if isinstance(tag, str) else "") or next(iter(RESPONSE_MODELS.values()))
        issues = validate(data, model.__name__)  # each model is named after its schema
        if issues:
            raise APIResponseValidationError(
                f"{response.status_code} answer is not a call leg: {issues[0].path}: {issues[0].message}",
                response=response,
                body=data,
            )
        return model.from_dict(data)


def _as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _backoff(attempt: int) -> float:
    return min(0.5 * 2.0**attempt, 8.0) * random.uniform(0.75, 1.0)


class RestClient(_BaseClient[httpx.Client, Calling]):
    """Synchronous client for the SignalWire Calling API.

    Args:
        project: Project ID; defaults to `SIGNALWIRE_PROJECT_ID`.
        token: API token; defaults to `SIGNALWIRE_API_TOKEN`.
        host: Space host, e.g. `example.signalwire.com` (or just `example`); defaults to `SIGNALWIRE_SPACE`.
        http_client: An `httpx.Client` to send with; its transport, proxies, TLS settings and event hooks
            are used, and it is not closed by this client.
        timeout: Seconds (or an `httpx.Timeout`) per attempt; defaults to 30 s (5 s to connect), or to
            `http_client`'s own timeout when one is given.
        max_retries: Retries after a failure that is safe to retry (see the README); 0 turns them off.
    """

    _default_http_client = httpx.Client

    def _bind_calling(self) -> Calling:
        return Calling(self._send, cast("Sender", self._send_raw))  # with_raw_response types its own answers

    def _send(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> CallResponse:
        return self._parse(self._exchange(info, call_id, params))

    def _send_raw(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> APIResponse[CallResponse]:
        return APIResponse(self._exchange(info, call_id, params), self._parse)

    def _exchange(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> httpx.Response:
        request = self._build_request(info, call_id, params)
        attempt = 0
        while True:
            try:
                response = self._http.send(request, auth=None)  # the Authorization header is ours
            except httpx.RequestError as error:
                delay = self._delay_after_error(info, attempt, error)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                delay = self._delay_after_response(info, attempt, response)
                if delay is None:
                    return response
                response.close()
            time.sleep(delay)
            attempt += 1

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

    def _bind_calling(self) -> AsyncCalling:
        return AsyncCalling(self._send, cast("AsyncSender", self._send_raw))  # with_raw_response types its own answers

    async def _send(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> CallResponse:
        return self._parse(await self._exchange(info, call_id, params))

    async def _send_raw(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> APIResponse[CallResponse]:
        return APIResponse(await self._exchange(info, call_id, params), self._parse)

    async def _exchange(self, info: CommandInfo, call_id: object, params: dict[str, Any]) -> httpx.Response:
        request = self._build_request(info, call_id, params)
        attempt = 0
        while True:
            try:
                response = await self._http.send(request, auth=None)  # the Authorization header is ours
            except httpx.RequestError as error:
                delay = self._delay_after_error(info, attempt, error)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                delay = self._delay_after_response(info, attempt, response)
                if delay is None:
                    return response
                await response.aclose()
            await anyio.sleep(delay)
            attempt += 1

    async def close(self) -> None:
        """Close the connections, unless the `http_client` was passed in."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
