"""Python client for the SignalWire Calling REST API.

from signalwire_calling import RestClient

with RestClient() as client:  # SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE
    call = client.calling.dial(from_="+15551230000", to="+15551231111", url="https://example.com/swml")
    client.calling.play(call.id, control_id="greeting", play=[{"type": "tts", "params": {"text": "Hello"}}])
"""

import os as _os
from typing import TYPE_CHECKING, Any

# One import name over two directories: the hand-written modules here (facade/) and the generated ones
# (generated/). A wheel merges them into one; in a development install the generated half is found on sys.path.
if not _os.path.exists(_os.path.join(__path__[0], "_spec.py")):
    from pkgutil import extend_path

    __path__ = extend_path(__path__, __name__)

from ._calling import AsyncCalling, AsyncCallingWithRawResponse, Calling, CallingWithRawResponse
from ._client import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncRestClient,
    RestClient,
)
from ._event_store import DEFAULT_END_GRACE, DEFAULT_WAIT_TIMEOUT
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CallEndedError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    SignalWireError,
    UnprocessableEntityError,
    WaitTimeoutError,
    WebhookPayloadError,
    WebhookVerificationError,
)
from ._response import APIResponse
from ._transports import ReclaimingAsyncTransport
from ._version import __version__

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_END_GRACE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WAIT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCalling",
    "AsyncCallingWithRawResponse",
    "AsyncEventRouter",
    "AsyncRestClient",
    "AuthenticationError",
    "BadRequestError",
    "CallEndedError",
    "CallResponse",
    "Calling",
    "CallingWithRawResponse",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DefaultAioHttpClient",
    "EventRouter",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReclaimingAsyncTransport",
    "ResponseTooLargeError",
    "RestClient",
    "SignalWireError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    "models",
    "swml",
    "swml_types",
    "typed_dicts",
    "webhooks",
]

if TYPE_CHECKING:
    from . import models, swml, swml_types, typed_dicts, webhooks
    from ._aiohttp import DefaultAioHttpClient
    from ._handles import *  # noqa: F403
    from ._router import AsyncEventRouter, EventRouter
    from ._spec import CallResponse


def __getattr__(name: str) -> Any:
    import importlib

    # Imported when first asked for, not with the package (import time): typed_dicts and swml_types only serve
    # type checkers and IDEs, swml only code that builds SWML, webhooks and the event routers only servers that
    # receive SignalWire's callbacks, the models and CallResponse come with the first answer, the handles (Call,
    # PlayOperation, …) with the first dial, DefaultAioHttpClient imports aiohttp.
    if name in ("models", "swml", "swml_types", "typed_dicts", "webhooks"):
        return importlib.import_module(f"{__name__}.{name}")
    if name == "CallResponse":
        return importlib.import_module(f"{__name__}._spec").CallResponse
    if name == "DefaultAioHttpClient":
        return importlib.import_module(f"{__name__}._aiohttp").DefaultAioHttpClient
    if name in ("EventRouter", "AsyncEventRouter"):
        return getattr(importlib.import_module(f"{__name__}._router"), name)
    if name.endswith(("Call", "Operation")):
        handles = importlib.import_module(f"{__name__}._handles")
        if name in handles.__all__:
            return getattr(handles, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
