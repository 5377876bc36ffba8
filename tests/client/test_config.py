"""Settings (`_config`): space hosts, values from the environment, and the checks of every client option."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest

from signalwire_calling import AsyncRestClient, ConfigurationError, RestClient
from signalwire_calling._config import as_timeout, base_url, setting
from tests.conftest import CALL_ID, HOST, PROJECT, TOKEN, Capture

# --- hosts -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("example.signalwire.com", "https://example.signalwire.com"),
        ("example", "https://example.signalwire.com"),
        ("EXAMPLE", "https://example.signalwire.com"),
        ("  example.signalwire.com  ", "https://example.signalwire.com"),
        ("https://example.signalwire.com", "https://example.signalwire.com"),
        ("https://example.signalwire.com/", "https://example.signalwire.com"),
        ("HTTPS://example.signalwire.com", "https://example.signalwire.com"),
        ("example:8443", "https://example.signalwire.com:8443"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://[::1]:9000", "http://[::1]:9000"),
        # A loopback host without a scheme is reached over plain http (the bundled mock, a local tunnel).
        ("127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("127.0.0.1", "http://127.0.0.1"),
        ("127.42.0.9:1", "http://127.42.0.9:1"),
        ("localhost:9000", "http://localhost:9000"),
        ("LOCALHOST", "http://localhost"),
        ("[::1]:9000", "http://[::1]:9000"),
        ("::1", "http://[::1]"),
        ("https://127.0.0.1:8443", "https://127.0.0.1:8443"),  # a scheme given is kept
        ("10.0.0.1:8080", "https://10.0.0.1:8080"),  # not loopback: https
        ("192.168.1.10", "https://192.168.1.10"),
        ("2001:db8::1", "https://[2001:db8::1]"),
        ("example:8080", "https://example.signalwire.com:8080"),
        ("localhost.example.com", "https://localhost.example.com"),
    ],
)
def test_host_forms(host: str, url: str) -> None:
    assert base_url(host) == url


@pytest.mark.parametrize(
    "host",
    [
        "http://example.com",
        "http://example.signalwire.com",
        "http://0.0.0.0:8080",
        "http://10.0.0.1:8080",
        "http://127.0.0.1.example.com",
        "ftp://example.signalwire.com",
        "example.signalwire.com/api",
        "https://example.signalwire.com/api/calling/calls",
        "https://example.signalwire.com?space=1",
        "https://example.signalwire.com#fragment",
        "user:password@example.signalwire.com",
        "https://",
        "   ",
        "example:port",
    ],
)
def test_rejected_hosts(host: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        base_url(host)
    assert isinstance(caught.value, ValueError)
    assert host.strip().rsplit("@", 1)[-1] in str(caught.value)  # named, credentials aside


@pytest.mark.parametrize(
    "host",
    [
        "exa mple",
        "example.signalwire.com:0",
        "ex%41mple",
        "-example",
        "a..b",
        "example-\n.signalwire.com",
        "ex\nample.signalwire.com",
        "example.signal\twire.com",
    ],
)
def test_hosts_that_are_no_hostnames_are_rejected(host: str) -> None:
    with pytest.raises(ConfigurationError, match="expected a space host"):
        base_url(host)


def test_host_errors_mask_credentials_written_into_the_host() -> None:
    with pytest.raises(ConfigurationError) as caught:
        base_url("https://user:hunter2@example.com/path")
    assert "hunter2" not in str(caught.value)
    assert "***@example.com" in str(caught.value)


def test_the_client_sends_to_the_host_it_was_given(capture: Capture) -> None:
    with httpx.Client(transport=capture.transport) as http:
        RestClient(PROJECT, TOKEN, "127.0.0.1:8080", http_client=http).calling.end(CALL_ID)
    assert str(capture.requests[0].url) == "http://127.0.0.1:8080/api/calling/calls"


def test_a_rejected_host_fails_the_construction() -> None:
    with pytest.raises(ConfigurationError, match="plain http"):
        RestClient(PROJECT, TOKEN, "http://10.0.0.1:8080")


# --- settings from the environment -------------------------------------------------------------------------


def test_a_setting_given_wins_over_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXAMPLE_SETTING", "from-the-environment")
    assert setting("given", variable="EXAMPLE_SETTING", name="example") == "given"
    assert setting(None, variable="EXAMPLE_SETTING", name="example") == "from-the-environment"


@pytest.mark.parametrize("environment", [None, ""])
@pytest.mark.parametrize("given", [None, ""])
def test_a_missing_setting_names_the_argument_and_the_variable(
    environment: str | None, given: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if environment is None:
        monkeypatch.delenv("EXAMPLE_SETTING", raising=False)
    else:
        monkeypatch.setenv("EXAMPLE_SETTING", environment)
    with pytest.raises(ConfigurationError, match=r"no example given: pass example= or set EXAMPLE_SETTING"):
        setting(given, variable="EXAMPLE_SETTING", name="example")


# --- option checks -----------------------------------------------------------------------------------------

INVALID = [
    ("max_retries", -1),
    ("max_retries", True),
    ("max_retries", "2"),
    ("max_retries", 2.0),
    ("max_retries", 1.5),
    ("timeout", 0),
    ("timeout", -1),
    ("timeout", -1.0),
    ("timeout", math.inf),
    ("timeout", math.nan),
    ("timeout", "5"),
    ("timeout", "10"),
    ("timeout", True),
    ("timeout", (5.0, 1.0)),
    ("timeout", httpx.Timeout(-1)),
    ("timeout", httpx.Timeout(5.0, read=0)),
    ("timeout", httpx.Timeout(5.0, connect=math.nan)),
    ("timeout", httpx.Timeout(5.0, pool=-3)),
    ("timeout", httpx.Timeout(5.0, write=math.inf)),
    ("deadline", 0),
    ("deadline", -1.0),
    ("deadline", math.inf),
    ("deadline", math.nan),
    ("deadline", "5"),
    ("deadline", False),
    ("max_response_bytes", 0),
    ("max_response_bytes", -1),
    ("max_response_bytes", 0.5),
    ("max_response_bytes", 1024.0),
    ("max_response_bytes", True),
    ("max_response_bytes", "1024"),
    ("log_bodies", "no"),
    ("log_bodies", 1),
    ("log_bodies", 0),
]
"""Values `RestClient(...)` and `with_options(...)` both refuse. (None is `with_options`' "keep this one".)"""


def shown(option: tuple[str, Any]) -> str:
    return f"{option[0]}={option[1]!r}"


@pytest.fixture
def made_http_clients(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Client | httpx.AsyncClient]:
    """The HTTP clients the package makes itself, instead of being given one."""
    made: list[httpx.Client | httpx.AsyncClient] = []

    class Client(httpx.Client):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            made.append(self)

    class AsyncClient(httpx.AsyncClient):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            made.append(self)

    monkeypatch.setattr(RestClient, "_default_http_client", Client)
    monkeypatch.setattr(AsyncRestClient, "_default_http_client", AsyncClient)
    return made


@pytest.mark.parametrize("cls", [RestClient, AsyncRestClient])
@pytest.mark.parametrize(
    "option", [*INVALID, ("max_retries", None), ("deadline", None), ("log_bodies", None)], ids=shown
)
def test_the_client_refuses_a_bad_option_and_names_it(
    option: tuple[str, Any], cls: type[Any], made_http_clients: list[Any]
) -> None:
    name, value = option
    with pytest.raises(ConfigurationError, match=name) as caught:
        cls(PROJECT, TOKEN, HOST, **{name: value})
    assert isinstance(caught.value, ValueError)
    assert TOKEN not in str(caught.value)
    assert made_http_clients == []  # checked before an HTTP client is made: nothing left to close


@pytest.mark.parametrize("option", [*INVALID, ("extra_params", [("beta", 1)]), ("extra_params", {1: "a"})], ids=shown)
def test_with_options_refuses_a_bad_option_and_names_it(
    option: tuple[str, Any], client: RestClient, capture: Capture
) -> None:
    name, value = option
    with pytest.raises(ConfigurationError, match=name):
        client.with_options(**{name: value})
    assert capture.requests == []


@pytest.mark.parametrize("timeout", [-1, 0, httpx.Timeout(5.0, read=-2.0)], ids=repr)
def test_a_given_http_client_with_an_unusable_timeout_is_refused(timeout: Any) -> None:
    with httpx.Client(timeout=timeout) as http, pytest.raises(ConfigurationError, match="http_client's timeout"):
        RestClient(PROJECT, TOKEN, HOST, http_client=http)
    with httpx.Client(timeout=timeout) as http:  # a timeout of the client's own is what its commands use
        RestClient(PROJECT, TOKEN, HOST, http_client=http, timeout=5.0).close()


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (None, httpx.Timeout(None)),
        (5, httpx.Timeout(5.0)),
        (2.5, httpx.Timeout(2.5)),
        (httpx.Timeout(3.0, connect=1.0), httpx.Timeout(3.0, connect=1.0)),
    ],
)
def test_timeouts_accepted(timeout: Any, expected: httpx.Timeout) -> None:
    assert as_timeout(timeout) == expected


def test_each_accepted_timeout_reaches_the_request(client: RestClient, capture: Capture) -> None:
    client.with_options(timeout=2.5).calling.end(CALL_ID)
    client.with_options(timeout=httpx.Timeout(3.0, connect=1.0)).calling.end(CALL_ID)
    client.with_options(timeout=None, deadline=7.0).calling.end(CALL_ID)
    first, second, unbounded = (request.extensions["timeout"] for request in capture.requests)
    assert first == httpx.Timeout(2.5).as_dict()
    assert second == httpx.Timeout(3.0, connect=1.0).as_dict()
    assert all(0 < value <= 7.0 for value in unbounded.values())  # no timeout: only the deadline bounds a read
