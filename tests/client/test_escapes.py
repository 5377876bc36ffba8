"""Nothing but a `SignalWireError` escapes a command, and a bad value is refused before any byte is sent.

Each case was found escaping as a bare `ValueError`, `TypeError`, `RuntimeError`, `RecursionError` or
`UnicodeEncodeError`, or as the wrong bytes on the wire. The commands go to a real loopback server, which records
what reached it; secrets are checked to appear in no message.
"""

from __future__ import annotations

import asyncio
import gc
import io
import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from signalwire_calling import (
    APIConnectionError,
    AsyncRestClient,
    ClientClosedError,
    ConfigurationError,
    DefaultAioHttpClient,
    InvalidRequestError,
    RestClient,
    SignalWireError,
    WebhookPayloadError,
    models,
    webhooks,
)
from signalwire_calling._event_store import model_of
from signalwire_calling._router import Dispatched
from signalwire_calling.testing import CallingMock
from tests.conftest import CALL_ID, PROJECT, TOKEN
from tests.support.loopback import LegServer, leg_server


@pytest.fixture
def server() -> Iterator[LegServer]:
    with leg_server() as running:
        yield running


# A closed client.


def test_a_closed_client_says_so(server: LegServer) -> None:
    client = RestClient(PROJECT, TOKEN, server.url)
    client.calling.end(CALL_ID)
    client.close()
    for sender in (client, client.with_options(max_retries=0)):
        with pytest.raises(ClientClosedError, match="the client is closed") as caught:
            sender.calling.end(CALL_ID)
        assert isinstance(caught.value, SignalWireError)
        assert isinstance(caught.value, RuntimeError)  # what httpx raised, for code that caught that
        assert f"calling.end on call {CALL_ID}" in str(caught.value)
        assert TOKEN not in str(caught.value)
    assert len(server.received) == 1


def test_a_client_whose_http_client_was_closed_says_so(server: LegServer) -> None:
    http = httpx.Client()
    client = RestClient(PROJECT, TOKEN, server.url, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError, match="closed"):
        client.calling.end(CALL_ID)
    assert server.received == []


@pytest.mark.anyio
async def test_a_closed_async_client_says_so(server: LegServer) -> None:
    client = AsyncRestClient(PROJECT, TOKEN, server.url)
    await client.close()
    with pytest.raises(ClientClosedError, match="the client is closed"):
        await client.calling.end(CALL_ID)
    async with DefaultAioHttpClient() as http:
        on_aiohttp = AsyncRestClient(PROJECT, TOKEN, server.url, http_client=http)
    with pytest.raises(ClientClosedError):
        await on_aiohttp.calling.end(CALL_ID)
    assert server.received == []


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the first loop's socket, unclosed
def test_an_async_client_used_in_another_event_loop_is_an_api_connection_error(server: LegServer) -> None:
    client = AsyncRestClient(PROJECT, TOKEN, server.url, max_retries=0)
    asyncio.run(client.calling.end(CALL_ID))  # its connection stays in the pool, tied to that loop
    with pytest.raises(APIConnectionError, match="event loop") as caught:
        asyncio.run(client.calling.end(CALL_ID))
    assert TOKEN not in str(caught.value)
    del client, caught
    gc.collect()  # here, not in a later test


# Values JSON cannot carry, or would carry wrongly: refused before anything is sent, naming the field.


def nested(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {"leaf": 1}
    for _ in range(levels - 1):
        value = {"a": value}
    return value


def circular_dict() -> dict[str, Any]:
    loop: dict[str, Any] = {"name": "x"}
    loop["self"] = loop
    return loop


def circular_list() -> dict[str, Any]:
    items: list[Any] = [1]
    items.append(items)
    return {"items": items}


REFUSED: list[tuple[str, Callable[[RestClient], object], str, str]] = [
    (
        "a model class for an instance",
        lambda client: client.calling.play(CALL_ID, control_id="p", play=[models.PlayTtsItem]),  # type: ignore[list-item]
        "params.play[0]",
        "is the class PlayTtsItem, where an instance belongs",
    ),
    (
        "a model class inside a model",
        lambda client: client.calling.play(
            CALL_ID,
            control_id="p",
            play=[models.PlayTtsItem(params=models.PlayTtsParams)],  # type: ignore[arg-type]
        ),
        "params.play[0].params",
        "is the class PlayTtsParams",
    ),
    (
        "a model holding a value of the wrong kind",
        lambda client: client.calling.play(CALL_ID, control_id="p", play=[models.PlayTtsItem(params="Hi")]),  # type: ignore[arg-type]
        "params.play[0]",
        "is a PlayTtsItem that cannot be sent",
    ),
    (
        "free-form nested 500 deep",
        lambda client: client.calling.ai_message(CALL_ID, global_data=nested(500)),
        "params.global_data" + ".a" * 100,
        "nests more than 100 levels deep",
    ),
    (
        "free-form nested 101 deep",
        lambda client: client.calling.ai_message(CALL_ID, global_data=nested(101)),
        "params.global_data" + ".a" * 100,
        "nests more than 100 levels deep",
    ),
    (
        "SWML nested 500 deep",
        lambda client: client.calling.update(CALL_ID, swml={"sections": {"main": [nested(500)]}}),
        "params.swml.sections.main[0]" + ".a" * 97,
        "nests more than 100 levels deep",
    ),
    (
        "a dict that contains itself",
        lambda client: client.calling.ai_message(CALL_ID, global_data=circular_dict()),
        "params.global_data.self",
        "contains itself",
    ),
    (
        "a list that contains itself",
        lambda client: client.calling.ai_message(CALL_ID, global_data=circular_list()),
        "params.global_data.items[1]",
        "contains itself",
    ),
    (
        "keys 1 and '1' inside a free-form field",
        lambda client: client.calling.ai_message(CALL_ID, global_data={"vars": {1: "a", "1": "b"}}),
        "params.global_data.vars",
        "has a key that is not a string (int 1)",
    ),
    (
        "a key True inside a free-form field",
        lambda client: client.calling.ai_message(CALL_ID, global_data={"vars": [{True: "a", "true": "b"}]}),
        "params.global_data.vars[0]",
        "has a key that is not a string (bool True)",
    ),
    (
        "NaN inside a free-form field",
        lambda client: client.calling.ai_message(CALL_ID, global_data={"scores": [1.0, math.nan]}),
        "params.global_data.scores[1]",
        "JSON has no NaN or infinity",
    ),
    (
        "bytes inside a free-form field",
        lambda client: client.calling.ai_message(CALL_ID, global_data={"blob": b"\x00\x01"}),
        "params.global_data.blob",
        "a bytes is no JSON value",
    ),
    (
        "a lone surrogate in a string",
        lambda client: client.calling.play(
            CALL_ID, control_id="p", play=[{"type": "tts", "params": {"text": "caf\udce9"}}]
        ),
        "params.play[0].params.text",
        "lone surrogate",
    ),
    (
        "extra_params nested 500 deep",
        lambda client: client.with_options(extra_params={"beta": nested(500)}).calling.end(CALL_ID),
        "params.beta" + ".a" * 100,
        "nests more than 100 levels deep",
    ),
    (
        "infinity in extra_params",
        lambda client: client.with_options(extra_params={"beta": {"gain": math.inf}}).calling.end(CALL_ID),
        "params.beta.gain",
        "JSON has no NaN or infinity",
    ),
]


@pytest.mark.parametrize(("case", "send", "field", "reason"), REFUSED, ids=[case[0] for case in REFUSED])
def test_what_json_cannot_carry_is_an_invalid_request_naming_the_field(
    case: str, send: Callable[[RestClient], object], field: str, reason: str, server: LegServer
) -> None:
    with RestClient(PROJECT, TOKEN, server.url) as client, pytest.raises(InvalidRequestError) as caught:
        send(client)
    assert caught.value.field == field
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"{caught.value.command}: {field}: ")
    assert caught.value.__cause__ is None
    assert server.received == []  # before any network I/O


@pytest.mark.anyio
async def test_the_async_client_refuses_them_alike(server: LegServer) -> None:
    async with AsyncRestClient(PROJECT, TOKEN, server.url) as client:
        with pytest.raises(InvalidRequestError, match="contains itself"):
            await client.calling.ai_message(CALL_ID, global_data=circular_dict())
        with pytest.raises(InvalidRequestError, match="is the class PlayTtsItem"):
            await client.calling.call(CALL_ID).play(play=[models.PlayTtsItem])  # type: ignore[list-item]
    assert server.received == []


def test_nesting_up_to_the_limit_is_sent(server: LegServer) -> None:
    with RestClient(PROJECT, TOKEN, server.url) as client:
        client.calling.ai_message(CALL_ID, global_data=nested(100))
    assert server.received[-1].body["params"]["global_data"] == nested(100)


def test_a_secret_with_a_lone_surrogate_is_not_repeated(server: LegServer) -> None:
    secret = "sip-pass\udc80word"
    with RestClient(PROJECT, TOKEN, server.url) as client, pytest.raises(InvalidRequestError) as caught:
        client.calling.dial(from_="+15550100001", to="sip:a@example.com", password=secret, url="https://e.com/s")
    assert caught.value.field == "params.password"
    assert "sip-pass" not in str(caught.value)


# Call ids: the exact form of the spec's `uuid` format, for the methods, the handles and the mock.

NOT_CALL_IDS = [
    CALL_ID + "\n",
    " " + CALL_ID[1:],  # uuid.UUID reads this as 0fa85f64-...: another call
    "+" + CALL_ID[1:],
    CALL_ID[:4] + "_" + CALL_ID[5:].replace("-", "", 1),
    "{" + CALL_ID + "}",
    "urn:uuid:" + CALL_ID,
    CALL_ID.replace("-", ""),
]


@pytest.mark.parametrize("call_id", NOT_CALL_IDS, ids=repr)
def test_a_call_id_not_in_the_uuid_form_is_refused_by_methods_and_handles(call_id: str, server: LegServer) -> None:
    with RestClient(PROJECT, TOKEN, server.url) as client:
        with pytest.raises(InvalidRequestError, match="is not a UUID") as caught:
            client.calling.end(call_id)
        assert caught.value.field == "id"
        with pytest.raises(InvalidRequestError, match="must be a call's UUID"):
            client.calling.call(call_id)
        with pytest.raises(InvalidRequestError):
            client.calling.update(call_id, url="https://example.com/swml")
    assert server.received == []


SPOILED: dict[str, Callable[[str], str]] = {
    "a trailing newline": lambda call_id: call_id + "\n",
    "a space for its first digit": lambda call_id: " " + call_id[1:],
    "a sign for its first digit": lambda call_id: "+" + call_id[1:],
}


@pytest.mark.parametrize("spoil", SPOILED.values(), ids=SPOILED.keys())
def test_the_mock_refuses_a_call_id_not_in_the_uuid_form(spoil: Callable[[str], str]) -> None:
    mock = CallingMock()
    with mock.serve() as served, served.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
        body = {"command": "calling.end", "id": spoil(str(call.id)), "params": {}}
        answer = httpx.post(served.url + "/api/calling/calls", json=body, auth=(mock.project, mock.token))
    assert answer.status_code == 422
    assert mock.calls[str(call.id)].status != "ended"


# Credentials: text UTF-8 can encode, refused without being shown.

LONE_SURROGATE_TOKEN = "PTsecret-\udcff-token"  # what os.environ makes of a byte that is not UTF-8


@pytest.mark.parametrize("cls", [RestClient, AsyncRestClient])
@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ((PROJECT, LONE_SURROGATE_TOKEN, "example"), "token"),
        (("project-\ud800", TOKEN, "example"), "project"),
        ((PROJECT, TOKEN, "exa\udc80mple"), "host"),
        ((PROJECT, TOKEN.encode(), "example"), "token must be a str"),
        ((b"project", TOKEN, "example"), "project must be a str"),
    ],
    ids=["token", "project", "host", "bytes token", "bytes project"],
)
def test_credentials_that_cannot_be_sent_are_a_configuration_error(
    cls: type[Any], arguments: tuple[Any, ...], named: str
) -> None:
    with pytest.raises(ConfigurationError, match=named) as caught:
        cls(*arguments)
    assert "secret" not in str(caught.value)
    assert TOKEN not in str(caught.value)
    assert caught.value.__context__ is None  # no UnicodeEncodeError holding the token along with it


def test_a_token_from_the_environment_that_is_not_utf8_is_named_by_its_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", PROJECT)
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", LONE_SURROGATE_TOKEN)
    monkeypatch.setenv("SIGNALWIRE_SPACE", "example")
    with pytest.raises(ConfigurationError, match="SIGNALWIRE_API_TOKEN") as caught:
        RestClient()
    assert "secret" not in str(caught.value)


# Webhooks: arguments of the wrong kind, and bodies nested too deeply.

HOOK_URL = "https://hooks.example.com/events"
HOOK_KEY = "PSK_signing-key-never-shown"


def test_webhook_functions_name_an_argument_of_the_wrong_kind() -> None:
    body = b'{"event_type": "calling.call.play", "params": {}}'
    headers = webhooks.sign(signing_key=HOOK_KEY, url=HOOK_URL, raw_body=body)
    wrong: list[tuple[Callable[[], object], type[Exception], str]] = [
        (
            lambda: webhooks.sign(signing_key=HOOK_KEY.encode(), url=HOOK_URL, raw_body=body),
            ConfigurationError,
            "signing_key",
        ),  # type: ignore[arg-type]
        (lambda: webhooks.sign(signing_key=None, url=HOOK_URL, raw_body=body), ConfigurationError, "signing_key"),  # type: ignore[arg-type]
        (lambda: webhooks.sign(signing_key=HOOK_KEY, url=HOOK_URL.encode(), raw_body=body), ConfigurationError, "url"),  # type: ignore[arg-type]
        (lambda: webhooks.sign(signing_key=HOOK_KEY, url=HOOK_URL, raw_body={"a": 1}), WebhookPayloadError, "dict"),  # type: ignore[arg-type]
        (
            lambda: webhooks.verify_signature(
                signing_key=HOOK_KEY.encode(), url=HOOK_URL, raw_body=body, headers=headers
            ),  # type: ignore[arg-type]
            ConfigurationError,
            "signing_key",
        ),
        (
            lambda: webhooks.verify_signature(
                signing_key=HOOK_KEY, url=HOOK_URL.encode(), raw_body=body, headers=headers
            ),  # type: ignore[arg-type]
            ConfigurationError,
            "url",
        ),
        (
            lambda: webhooks.verify_signature(
                signing_key=HOOK_KEY, url=HOOK_URL + "\udc80", raw_body=body, headers=headers
            ),
            ConfigurationError,
            "url",
        ),
        (
            lambda: webhooks.verify_signature(
                signing_key=HOOK_KEY + "\udc80", url=HOOK_URL, raw_body=body, headers=headers
            ),
            ConfigurationError,
            "signing_key",
        ),
        (
            lambda: webhooks.verify_signature(signing_key=HOOK_KEY, url=HOOK_URL, raw_body=body, headers=None),  # type: ignore[arg-type]
            ConfigurationError,
            "headers",
        ),
        (
            lambda: webhooks.unwrap(signing_key=HOOK_KEY, url=HOOK_URL, raw_body=json.loads(body), headers=headers),
            WebhookPayloadError,
            "raw_body",
        ),
        (
            lambda: webhooks.unwrap(signing_key=HOOK_KEY, url=HOOK_URL, raw_body='{"a": "\udc80"}', headers=headers),
            WebhookPayloadError,
            "lone surrogate",
        ),
        (lambda: webhooks.parse({"event_type": "calling.call.play"}), WebhookPayloadError, "not a dict"),  # type: ignore[arg-type]
        (lambda: webhooks.parse(None), WebhookPayloadError, "not a NoneType"),  # type: ignore[arg-type]
    ]
    for call, error, named in wrong:
        with pytest.raises(error, match=named) as caught:
            call()
        assert HOOK_KEY not in str(caught.value)
    assert webhooks.parse(memoryview(b'{"event_type": "calling.call.new"}')).event_type == "calling.call.new"
    webhooks.verify_signature(signing_key=HOOK_KEY, url=HOOK_URL, raw_body=bytearray(body), headers=headers)


def deep_event(levels: int) -> bytes:
    inner = "[" * levels + "1" + "]" * levels
    return f'{{"event_type": "calling.call.play", "params": {{"call_id": "{CALL_ID}", "x": {inner}}}}}'.encode()


def test_a_body_nested_too_deeply_is_a_payload_error() -> None:
    body = deep_event(100_000)
    headers = webhooks.sign(signing_key=HOOK_KEY, url=HOOK_URL, raw_body=body)
    with pytest.raises(WebhookPayloadError, match="nests too deeply"):
        webhooks.parse(body)
    with pytest.raises(WebhookPayloadError, match="nests too deeply"):
        webhooks.unwrap(signing_key=HOOK_KEY, url=HOOK_URL, raw_body=body, headers=headers)
    webhooks.verify_signature(signing_key=HOOK_KEY, url=HOOK_URL, raw_body=body, headers=headers)  # only bytes
    assert webhooks.sign(signing_key=HOOK_KEY, url=HOOK_URL, raw_body=body) == headers


def test_the_router_answers_400_to_what_is_no_event(server: LegServer) -> None:
    client = RestClient(PROJECT, TOKEN, server.url, status_url=HOOK_URL)
    with client, client.events(signing_key=HOOK_KEY) as router:

        def dispatched(body: bytes | str) -> Dispatched:
            raw = body.encode(errors="surrogatepass") if isinstance(body, str) else body
            return router.dispatch(body, webhooks.sign(signing_key=HOOK_KEY, url=HOOK_URL, raw_body=raw))

        too_deep = dispatched(deep_event(100_000))
        assert (too_deep.status, too_deep.reason) == (400, "the body nests too deeply to be read")
        listed = dispatched(json.dumps({"event_type": "calling.call.play", "params": [[CALL_ID]]}).encode())
        assert (listed.status, listed.reason) == (400, "params is not an object but an array")
        typed = dispatched(json.dumps({"event_type": [[["calling.call.play"]]], "params": {}}).encode())
        assert (typed.status, typed.reason) == (400, "event_type is not text but an array")
        assert dispatched('{"event_type": "calling.call.play", "params": {"x": "\udc80"}}').status == 400
        with pytest.raises(WebhookPayloadError, match="not a dict"):
            router.dispatch({"event_type": "calling.call.play"}, {})  # type: ignore[arg-type]

        app = router.wsgi_app()
        body = deep_event(100_000)
        environ = {
            "REQUEST_METHOD": "POST",
            "CONTENT_LENGTH": str(len(body)),
            "wsgi.input": io.BytesIO(body),
            **{
                "HTTP_" + name.upper().replace("-", "_"): value
                for name, value in webhooks.sign(signing_key=HOOK_KEY, url=HOOK_URL, raw_body=body).items()
            },
        }
        statuses: list[str] = []
        app(environ, lambda status, headers: statuses.append(status))
    assert statuses == ["400 Bad Request"]


def test_an_event_that_fits_no_model_is_still_read() -> None:
    event = model_of(json.dumps({"event_type": "calling.call.play", "params": [1, 2]}).encode())
    assert isinstance(event, webhooks.GenericEvent)
    assert event.event_type == "calling.call.play"
    assert event["params"] == [1, 2]
