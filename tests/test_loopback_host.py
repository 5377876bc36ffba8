"""`SIGNALWIRE_SPACE=127.0.0.1:<port>`: a loopback host without a scheme is reached over plain http."""

from __future__ import annotations

import httpx
import pytest

from signalwire_calling import ConfigurationError, RestClient
from signalwire_calling.testing import CallingMock

PROJECT, TOKEN = "test-project", "test-token"


@pytest.mark.parametrize(
    ("host", "url"),
    [
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
def test_scheme_of_a_host_given_without_one(host: str, url: str) -> None:
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(404, json={"error": "Not Found"})

    with httpx.Client(transport=httpx.MockTransport(answer)) as http:
        client = RestClient(PROJECT, TOKEN, host, http_client=http, max_retries=0)
        with pytest.raises(Exception):  # noqa: B017, PT011 - only the URL matters here
            client.calling.end("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert str(requests[0].url) == url + "/api/calling/calls"


def test_plain_http_elsewhere_is_still_refused() -> None:
    with pytest.raises(ConfigurationError):
        RestClient(PROJECT, TOKEN, "http://10.0.0.1:8080")


def test_the_mock_server_by_host_and_port_only(monkeypatch: pytest.MonkeyPatch) -> None:
    mock = CallingMock()
    with mock.serve() as server:
        monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", mock.project)
        monkeypatch.setenv("SIGNALWIRE_API_TOKEN", mock.token)
        monkeypatch.setenv("SIGNALWIRE_SPACE", server.url.removeprefix("http://"))
        with RestClient() as client:
            call = client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
    assert mock.commands == ["dial"]
    assert str(call.id) in mock.calls
