"""`SIGNALWIRE_SPACE=127.0.0.1:<port>`: a loopback host without a scheme is reached over plain http.

Every host form and its URL: tests/client/test_config.py.
"""

from __future__ import annotations

import pytest

from signalwire_calling import RestClient
from signalwire_calling.testing import CallingMock


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
