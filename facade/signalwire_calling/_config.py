"""Settings: the space host, values taken from the environment, and the checks of the client's options.

Shared by `RestClient`/`AsyncRestClient`, `webhooks` (the signing key) and the CLI. Every problem is a
`ConfigurationError` that names the option or environment variable, raised before any network I/O. Nothing
here shows a credential: a host is named with any `user:password@` in it masked, and a setting's value is
never repeated.
"""

from __future__ import annotations

import ipaddress
import math
import os
import re
from collections.abc import Mapping
from typing import Any, Final, TypeGuard
from urllib.parse import urlsplit

import httpx

from ._exceptions import ConfigurationError

__all__ = [
    "PROJECT_VARIABLE",
    "SPACE_VARIABLE",
    "TOKEN_VARIABLE",
    "as_timeout",
    "base_url",
    "checked_extra_params",
    "checked_flag",
    "checked_positive",
    "checked_retries",
    "checked_size",
    "is_loopback",
    "setting",
    "text_argument",
    "utf8_encodable",
    "without_userinfo",
]

PROJECT_VARIABLE: Final = "SIGNALWIRE_PROJECT_ID"
TOKEN_VARIABLE: Final = "SIGNALWIRE_API_TOKEN"  # noqa: S105 - the variable's name, not a token
SPACE_VARIABLE: Final = "SIGNALWIRE_SPACE"

_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE)
"""One DNS label (use `fullmatch`)."""


def setting(value: str | None, *, variable: str, name: str) -> str:
    """`value`, else the environment variable `variable`; `ConfigurationError` naming both when neither is set.

    An empty string counts as not set. A value that is not text, or that UTF-8 cannot encode (a lone surrogate, as
    `os.environ` makes of bytes that are not UTF-8), is refused without being shown: it may be a credential.
    """
    resolved = value if value is not None else os.environ.get(variable)
    if not resolved:
        raise ConfigurationError(f"no {name} given: pass {name}= or set {variable}")
    where = f"{name}" if value is not None else f"{name} (from {variable})"
    if not isinstance(resolved, str):
        raise ConfigurationError(f"{where} must be a str, not {type(resolved).__name__}")
    if not utf8_encodable(resolved):
        raise ConfigurationError(f"{where} has a character UTF-8 cannot encode (a lone surrogate, or bytes not UTF-8)")
    return resolved


def text_argument(value: object, *, name: str) -> str:
    """`value`, a str UTF-8 can encode (a URL, say); `ConfigurationError` naming `name` otherwise (the value is not
    shown)."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a str, not {type(value).__name__}")
    if not utf8_encodable(value):
        raise ConfigurationError(f"{name} has a character UTF-8 cannot encode (a lone surrogate)")
    return value


def utf8_encodable(text: str) -> bool:
    """Whether `text.encode()` would succeed: false only with a lone surrogate."""
    if text.isascii():
        return True
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


# --- hosts -------------------------------------------------------------------------------------------------


def base_url(host: str) -> str:
    """`https://{host}`; `http://` only for loopback addresses. A bare space name gets `.signalwire.com`.

    A loopback host given without a scheme (`127.0.0.1:8080`, `localhost`, `[::1]:8080`) gets `http://`, as in
    SignalWire's own SDKs: that is the bundled mock, or a tunnel on this machine. Anything but a scheme, a host
    name or IP address and a port (a path, a query, credentials, port 0) is a `ConfigurationError`.
    """
    text = host.strip()
    shown = without_userinfo(text)
    scheme, separator, rest = text.partition("://")
    if not separator:
        scheme, rest = "https", text
    scheme = scheme.lower()
    if scheme not in ("http", "https"):
        raise ConfigurationError(f"host {shown!r}: only https:// (or http:// on loopback) is supported")
    expected = f"host {shown!r}: expected a space host such as 'example.signalwire.com'"
    rest = rest.rstrip("/")
    if not rest.isprintable() or any(char.isspace() for char in rest):
        raise ConfigurationError(expected)  # urlsplit would silently drop a tab or newline inside the host
    if ":" in rest and _is_ip_address(rest):  # a bare IPv6 address such as ::1
        rest = f"[{rest}]"
    try:
        parts = urlsplit(f"//{rest}")
        hostname, port = parts.hostname or "", parts.port
    except ValueError:
        raise ConfigurationError(expected) from None
    if not hostname or parts.path or "@" in parts.netloc or "?" in rest or "#" in rest:
        raise ConfigurationError(expected)
    if not (_is_ip_address(hostname) or all(_LABEL.fullmatch(label) for label in hostname.split("."))):
        raise ConfigurationError(expected)
    if port == 0:
        raise ConfigurationError(expected)
    if "." not in hostname and ":" not in hostname and hostname != "localhost":
        hostname = f"{hostname}.signalwire.com"
    if not separator and is_loopback(hostname):
        scheme = "http"
    if scheme == "http" and not is_loopback(hostname):
        raise ConfigurationError(f"host {shown!r}: plain http is only allowed for loopback hosts")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return f"{scheme}://{netloc}" + ("" if port is None else f":{port}")


def without_userinfo(host: str) -> str:
    """The host as it may be shown in a message: credentials someone put in it are masked."""
    scheme, separator, rest = host.rpartition("://")
    if "@" in rest:
        rest = "***@" + rest.rsplit("@", 1)[1]
    return f"{scheme}{separator}{rest}"


def is_loopback(hostname: str) -> bool:
    """`localhost` or a loopback IP address (127.0.0.0/8, ::1): where plain http is allowed."""
    if hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def _is_ip_address(hostname: str) -> bool:
    try:
        ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return True


# --- options -----------------------------------------------------------------------------------------------


def checked_retries(value: object, *, name: str = "max_retries") -> int:
    """An int of 0 or more (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"{name} must be an int of 0 or more, got {value!r}")
    return value


def checked_positive(value: object, *, name: str) -> float:
    """A finite number above 0 (an int or a float, not a bool)."""
    if not _is_positive(value):
        raise ConfigurationError(f"{name} must be a positive number, got {value!r}")
    return value


def checked_size(value: object, *, name: str) -> int:
    """A count of bytes: an int of 1 or more (not a bool, not a float)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{name} must be an int of 1 or more, got {value!r}")
    return value


def checked_flag(value: object, *, name: str) -> bool:
    """True or False, nothing that merely looks like one (`"no"` would be true)."""
    if not isinstance(value, bool):
        raise ConfigurationError(f"{name} must be True or False, got {value!r}")
    return value


def checked_status_url(value: object, *, name: str = "status_url") -> str | None:
    """None, or an http(s) URL (shown without any credentials in it when refused)."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.lower().startswith(("https://", "http://")):
        raise ConfigurationError(f"{name} must be an http(s) URL, got {without_userinfo(str(value))!r}")
    return value


def checked_extra_params(value: object, *, name: str = "extra_params") -> dict[str, Any]:
    """A copy of a mapping with string keys."""
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise ConfigurationError(f"{name} must be a mapping with string keys, got {type(value).__name__}")
    return dict(value)


def as_timeout(value: object, *, name: str = "timeout") -> httpx.Timeout:
    """An `httpx.Timeout` from None (no timeout), a positive finite number of seconds, or an `httpx.Timeout` whose
    every part (connect, read, write, pool) is one of those two."""
    if isinstance(value, httpx.Timeout):
        for part, seconds in value.as_dict().items():
            if seconds is not None and not _is_positive(seconds):
                expected = "None or a positive number of seconds"
                raise ConfigurationError(f"{name}: {part} must be {expected}, got {seconds!r}")
        return value
    if value is None:
        return httpx.Timeout(None)
    if not _is_positive(value):
        expected = "None, a positive number of seconds or an httpx.Timeout"
        raise ConfigurationError(f"{name} must be {expected}, got {value!r}")
    return httpx.Timeout(value)


def _is_positive(value: object) -> TypeGuard[float]:
    return not isinstance(value, bool) and isinstance(value, (int, float)) and 0 < value < math.inf
