"""Headers are merged once per client (a per-command saving), yet a change to the http_client's own
headers after the client was made still reaches the next request."""

from __future__ import annotations

import json

import httpx

from signalwire_calling import RestClient
from tests.conftest import call_leg

LEG = call_leg()


def test_the_http_clients_headers_are_read_again_when_they_change() -> None:
    seen: list[httpx.Headers] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(200, content=json.dumps(LEG).encode())

    http = httpx.Client(transport=httpx.MockTransport(answer), headers={"X-Team": "blue", "Accept": "text/plain"})
    client = RestClient("project", "token", "example.signalwire.com", http_client=http)
    client.calling.end(LEG["id"], reason="hangup")
    http.headers["X-Team"] = "red"
    client.calling.end(LEG["id"], reason="hangup")
    client.calling.end(LEG["id"], reason="hangup")
    assert [headers["x-team"] for headers in seen] == ["blue", "red", "red"]
    assert {headers["accept"] for headers in seen} == {"application/json"}  # ours win over the client's
    assert len({headers["content-length"] for headers in seen}) == 1
