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

__version__ = "0.1.0"

from . import models
from ._calling import AsyncCalling, AsyncCallingWithRawResponse, Calling, CallingWithRawResponse
from ._client import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncRestClient,
    RestClient,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
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
)
from ._response import APIResponse
from ._spec import CallResponse

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCalling",
    "AsyncCallingWithRawResponse",
    "AsyncRestClient",
    "AuthenticationError",
    "BadRequestError",
    "CallResponse",
    "Calling",
    "CallingWithRawResponse",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "RestClient",
    "SignalWireError",
    "UnprocessableEntityError",
    "__version__",
    "models",
    "typed_dicts",
]

if TYPE_CHECKING:
    from . import typed_dicts


def __getattr__(name: str) -> Any:
    # typed_dicts only serves type checkers and IDEs: it is imported when asked for, not with the package.
    if name == "typed_dicts":
        import importlib

        return importlib.import_module(f"{__name__}.typed_dicts")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
