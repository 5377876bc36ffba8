"""Every error this package raises derives from `SignalWireError`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from .models import ApiErrorItem

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SignalWireError",
    "UnprocessableEntityError",
]


class SignalWireError(Exception):
    """Base class of every error raised by signalwire_calling."""


class ConfigurationError(SignalWireError, ValueError):
    """The client was constructed with missing or unusable settings."""


class InvalidRequestError(SignalWireError, ValueError):
    """The arguments of a command do not match the spec. Raised before anything is sent."""

    def __init__(self, command: str, field: str, reason: str) -> None:
        super().__init__(f"{command}: {field}: {reason}")
        self.command = command
        """The wire name of the command, e.g. `calling.play`."""
        self.field = field
        """Where the problem is, as a path in the request body, e.g. `params.play[0].params.url`."""
        self.reason = reason
        """What is wrong there, e.g. `is required`."""


class APIError(SignalWireError):
    """A request was sent (or attempted) and did not give a usable answer."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APIConnectionError(APIError):
    """The request could not be completed: connection refused or dropped, TLS failure, …"""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


def request_id_of(response: httpx.Response) -> str | None:
    """The `X-Request-Id` (or `Request-Id`) header SignalWire sent, if any."""
    found: str | None = response.headers.get("x-request-id") or response.headers.get("request-id")
    return found


class _APIResponseError(APIError):
    """An error about an answer SignalWire gave."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        """The parsed JSON body, or the text when it is not JSON."""
        self.request_id = request_id_of(response)
        """The `X-Request-Id` response header, when SignalWire sent one."""


class APIResponseValidationError(_APIResponseError):
    """A 2xx answer whose body is not the JSON the spec promises."""


class APIStatusError(_APIResponseError):
    """SignalWire answered with a non-2xx status. Subclasses name the common statuses."""


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

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response=response, body=body)
        from .models import ApiErrorItem

        self.errors: list[ApiErrorItem] = []
        items = body.get("errors") if isinstance(body, dict) else None
        for item in items if isinstance(items, list) else []:
            try:
                self.errors.append(ApiErrorItem.from_dict(item))
            except (KeyError, TypeError, ValueError, AttributeError):
                continue


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a non-2xx response (whose body has been read)."""
    body: Any
    try:
        body = response.json()
    except ValueError:
        body = response.text
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
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
    message = f"{response.status_code} {reason}".rstrip() + detail
    return cls(message, response=response, body=body)


# --- webhooks (signalwire_calling.webhooks) ------------------------------------------------------------------


class WebhookVerificationError(SignalWireError):
    """A webhook request's signature is missing or does not match: do not trust it, do not answer it."""


class WebhookPayloadError(SignalWireError, ValueError):
    """A webhook body is not JSON, or not the payload of any webhook the spec describes."""


__all__ += ["WebhookPayloadError", "WebhookVerificationError"]
