"""Every error this package raises derives from `SignalWireError`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

import httpx

if TYPE_CHECKING:
    from ._validation import Issue
    from .models import ApiErrorItem

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CallEndedError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SignalWireError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookPayloadError",
    "WebhookVerificationError",
]


class SignalWireError(Exception):
    """Base class of every error raised by signalwire_calling."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt without calling __init__ (whose arguments are keyword-only), so that pickle.loads works too.
        return (_rebuild, (type(self), self.args), self.__dict__)


def _rebuild(cls: type[SignalWireError], args: tuple[Any, ...]) -> SignalWireError:
    error = cls.__new__(cls)
    error.args = args
    return error


class ConfigurationError(SignalWireError, ValueError):
    """The client was constructed with missing or unusable settings."""


class ClientClosedError(SignalWireError, RuntimeError):
    """A command was given to a client after it was closed (`close()`, or its `http_client` was closed). Nothing was
    sent. Also a `RuntimeError`, as what httpx raises in its place."""


MAX_ISSUES_SHOWN: Final = 20
"""How many of its issues an error's message lists; its `.issues` holds every one."""


def listed(issues: Sequence[Issue]) -> str:
    """`3 problems: a: is required; b: ...`, the first `MAX_ISSUES_SHOWN` of them, for an error's message."""
    shown = "; ".join(f"{issue.path}: {issue.message}" for issue in issues[:MAX_ISSUES_SHOWN])
    more = len(issues) - MAX_ISSUES_SHOWN
    return f"{len(issues)} problems: {shown}" + (f"; and {more} more (see .issues)" if more > 0 else "")


class InvalidRequestError(SignalWireError, ValueError):
    """The arguments of a command do not match the spec. Raised before anything is sent."""

    MAX_SHOWN = MAX_ISSUES_SHOWN
    """How many issues the message lists; `.issues` holds every one."""

    def __init__(self, command: str, field: str, reason: str, issues: Sequence[Issue] = ()) -> None:
        super().__init__(f"{command}: {listed(issues)}" if len(issues) > 1 else f"{command}: {field}: {reason}")
        self.command = command
        """The wire name of the command, e.g. `calling.play`."""
        self.field = field
        """Where the (first) problem is, as a path in the request body, e.g. `params.play[0].params.url`."""
        self.reason = reason
        """What is wrong there, e.g. `is required`."""
        self.issues: tuple[Issue, ...] = tuple(issues)
        """Every problem found, each with `.path` and `.message`, root causes first (a field the spec does not know
        before a missing one it may misspell); the first is `field`/`reason`. The message lists the first
        `MAX_SHOWN` of them."""


class APIError(SignalWireError):
    """A request was sent (or attempted) and did not give a usable answer."""

    def __init__(self, message: str, *, request: httpx.Request, attempts: int = 1) -> None:
        super().__init__(message)
        self.request = without_credentials(request)
        """The request, with its Authorization header redacted."""
        self.attempts = attempts
        """How many times the request was sent (or tried) before this error was raised."""


REDACTED = "[redacted]"


def without_credentials(request: httpx.Request) -> httpx.Request:
    """A copy of `request` whose Authorization header is redacted: safe to keep, print, log and pickle."""
    if "authorization" not in request.headers and "proxy-authorization" not in request.headers:
        return request
    headers = [
        (name, REDACTED if name.lower() in ("authorization", "proxy-authorization") else value)
        for name, value in request.headers.multi_items()
    ]
    content = request.content if isinstance(request.stream, httpx.ByteStream) else b""
    return httpx.Request(request.method, request.url, headers=headers, content=content)


class APIConnectionError(APIError):
    """The request could not be completed: connection refused or dropped, TLS failure, …"""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.", attempts: int = 1) -> None:
        super().__init__(message, request=request, attempts=attempts)


class APITimeoutError(APIConnectionError):
    """The request timed out, or the command's deadline passed."""

    def __init__(self, *, request: httpx.Request, message: str = "Request timed out.", attempts: int = 1) -> None:
        super().__init__(request=request, message=message, attempts=attempts)


def describe_command(command: str, call_id: object) -> str:
    """How messages name a command: `calling.play on call <id>`, or just `dial`."""
    return command if call_id is None else f"{command} on call {call_id}"


def request_id_of(response: httpx.Response) -> str | None:
    """The `X-Request-Id` (or `Request-Id`) header SignalWire sent, if any."""
    found: str | None = response.headers.get("x-request-id") or response.headers.get("request-id")
    return found


class _APIResponseError(APIError):
    """An error about an answer SignalWire gave."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any, attempts: int = 1) -> None:
        super().__init__(message, request=response.request, attempts=attempts)
        response.request = self.request  # the redacted copy
        self.response = response
        """The response; its `request` has the Authorization header redacted."""
        self.status_code = response.status_code
        self.body = body
        """The parsed JSON body, or the text when it is not JSON."""
        self.request_id = request_id_of(response)
        """The `X-Request-Id` response header, when SignalWire sent one."""


class APIResponseValidationError(_APIResponseError):
    """A 2xx answer whose body is not the JSON the spec promises. The command may have been carried out."""

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, attempts: int = 1, issues: Sequence[Issue] = ()
    ) -> None:
        super().__init__(message, response=response, body=body, attempts=attempts)
        self.issues: tuple[Issue, ...] = tuple(issues)
        """Where the body departs from the spec's call leg, each with `.path` and `.message` (empty when the body
        is not JSON, not an object, or is the leg of another call); the message lists the first 20."""


class ResponseTooLargeError(APIResponseValidationError):
    """The answer's body (decoded) was longer than the client's `max_response_bytes`; reading stopped there.

    A validation error: an answer arrived (status, headers and request id are known) but is not the call leg the
    spec promises, and the command may have been carried out. `body` is None.
    """


class APIStatusError(_APIResponseError):
    """SignalWire answered with a non-2xx status. Subclasses name the common statuses."""

    retry_after: float | None = None
    """The server's `Retry-After`, in seconds, when it was longer than what was left of the deadline, so the
    client gave up at once instead of waiting (429 and 5xx); otherwise None."""


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the project ID or API token was not accepted."""


class PermissionDeniedError(APIStatusError):
    """403: the token lacks a scope the command needs (Calling needs _Voice_)."""


class NotFoundError(APIStatusError):
    """404: usually an unknown or already ended call."""


class UnprocessableEntityError(APIStatusError):
    """422: SignalWire rejected the params; `errors` says which and why."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any, attempts: int = 1) -> None:
        super().__init__(message, response=response, body=body, attempts=attempts)
        from .models import ApiErrorItem

        self.errors: list[ApiErrorItem] = []
        items = body.get("errors") if isinstance(body, dict) else None
        for item in items if isinstance(items, list) else []:
            try:
                self.errors.append(ApiErrorItem.from_dict(item))
            except (KeyError, TypeError, ValueError, AttributeError):
                continue


class ConflictError(APIStatusError):
    """409: the call is in a state where the command cannot run now (e.g. an operation already running)."""


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


_HINTS = {
    401: "check the project ID, the API token and the space host",
    403: "check that the API token has the Voice scope",
    404: "the call is unknown or has already ended",
    409: "the call is not in a state where this command can run",
    429: "too many requests: slow down",
}


def status_error(
    response: httpx.Response,
    *,
    command: str | None = None,
    call_id: object = None,
    attempts: int = 1,
    retry_after: float | None = None,
) -> APIStatusError:
    """The typed error for a non-2xx response (whose body has been read), its message naming the command."""
    body: Any
    try:
        body = response.json()
    except (ValueError, RecursionError):
        body = response.text
    status = response.status_code
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    detail = ""
    reason = response.reason_phrase or ""
    if isinstance(body, dict) and isinstance(body.get("error"), str) and body["error"] != reason:
        detail = f": {body['error']}"
    elif isinstance(body, dict) and isinstance(body.get("errors"), list) and body["errors"]:
        first = body["errors"][0]
        if isinstance(first, dict):
            attribute, text = str(first.get("attribute") or ""), str(first.get("message") or "")
            # SignalWire's messages usually start with the attribute already ("url must be ...").
            named = text == attribute or text.startswith(attribute + " ")
            shown = text if named else f"{attribute}: {text}" if text else attribute
            detail = f": {shown}" if shown else ""
    message = f"{status} {reason}".rstrip() + detail
    hint = _HINTS.get(status) or ("SignalWire had a problem; try again later" if status >= 500 else "")
    where = "" if command is None else describe_command(command, call_id)
    context = ": ".join(part for part in (where, hint) if part)
    if context:
        message += f" ({context})"
    if attempts > 1:
        message += f"; gave up after {attempts} attempts"
    if retry_after is not None:
        message += f"; SignalWire asked to wait {retry_after:.0f} s, longer than what was left of the deadline"
    error = cls(message, response=response, body=body, attempts=attempts)
    error.retry_after = retry_after
    return error


# --- webhooks (signalwire_calling.webhooks) ------------------------------------------------------------------


class WebhookVerificationError(SignalWireError):
    """A webhook request's signature is missing or does not match: do not trust it, do not answer it."""


class WebhookPayloadError(SignalWireError, ValueError):
    """A webhook body is not JSON, or not the payload of any webhook the spec describes."""


# --- results of operations (status events) -------------------------------------------------------------------


class WaitTimeoutError(SignalWireError, TimeoutError):
    """A wait for a call's state or an operation's outcome ran out of time: no status event said it in time.

    Status callbacks are best-effort: check that the command had a `status_url` that reaches your router.
    """

    def __init__(self, message: str, *, call_id: str, timeout: float) -> None:
        super().__init__(message)
        self.call_id = call_id
        self.timeout = timeout
        """The seconds waited."""


class CallEndedError(SignalWireError):
    """The call ended before what was waited for happened (the state was never reached, the outcome never came)."""

    def __init__(self, message: str, *, call_id: str, event: Any) -> None:
        super().__init__(message)
        self.call_id = call_id
        self.event = event
        """The `CallStateEvent` that said the call ended (its `params.end_reason` says why), when one did."""
