"""Python client for the SignalWire Calling REST API.

from signalwire_calling import RestClient

with RestClient() as client:  # SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE
    call = client.calling.dial(from_="+15551230000", to="+15551231111", url="https://example.com/swml")
    client.calling.play(call.id, control_id="greeting", play=[{"type": "tts", "params": {"text": "Hello"}}])
"""

__version__ = "0.1.0"

from . import models, typed_dicts
from ._client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncRestClient, CallResponse, RestClient
from ._commands import Calling
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SignalWireError,
    UnprocessableEntityError,
)

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRestClient",
    "AuthenticationError",
    "BadRequestError",
    "CallResponse",
    "Calling",
    "ConfigurationError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RestClient",
    "SignalWireError",
    "UnprocessableEntityError",
    "__version__",
    "models",
    "typed_dicts",
]
