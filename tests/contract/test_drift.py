"""The generated `Calling` methods and spec/calling.yaml say the same thing, read independently."""

from __future__ import annotations

import inspect
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import signalwire_calling
from signalwire_calling import AsyncCalling, Calling
from tests.conftest import HOST, PROJECT, TOKEN, facade_call
from tests.support.vendor_contract import examples

SPEC = Path(__file__).resolve().parents[2] / "spec" / "calling.yaml"

METHODS = [
    "dial",
    "update",
    "end",
    "transfer",
    "disconnect",
    "play",
    "play_pause",
    "play_resume",
    "play_stop",
    "play_volume",
    "record",
    "record_pause",
    "record_resume",
    "record_stop",
    "collect",
    "collect_stop",
    "collect_start_input_timers",
    "detect",
    "detect_stop",
    "tap",
    "tap_stop",
    "stream",
    "stream_stop",
    "denoise",
    "denoise_stop",
    "transcribe",
    "transcribe_stop",
    "live_transcribe",
    "live_translate",
    "ai_message",
    "ai_hold",
    "ai_unhold",
    "ai_stop",
    "ai_sidecar",
    "ai_sidecar_poke",
    "ai_sidecar_ask",
    "ai_sidecar_stop",
    "ai_sidecar_status",
    "send_fax_stop",
    "receive_fax_stop",
    "refer",
    "user_event",
]


@cache
def schemas() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    found: dict[str, Any] = loaded["components"]["schemas"]
    return found


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    prefix = "#/components/schemas/"
    assert ref.startswith(prefix), ref
    return resolve(schemas()[ref.removeprefix(prefix)])


def request_schemas() -> dict[str, dict[str, Any]]:
    """Wire command -> its request schema, from the discriminator mapping of CallRequest."""
    mapping = schemas()["CallRequest"]["discriminator"]["mapping"]
    return {command: resolve({"$ref": ref}) for command, ref in mapping.items()}


def spec_methods() -> dict[str, str]:
    """Façade method name -> wire command, from `x-signalwire-method`."""
    return {schema["x-signalwire-method"]: command for command, schema in request_schemas().items()}


def spec_params(command: str) -> set[str]:
    params = resolve(request_schemas()[command]["properties"]["params"])
    variants = [resolve(option) for option in params["oneOf"]] if "oneOf" in params else [params]
    names = {name for variant in variants for name in variant.get("properties", {})}
    if command == "update":
        names.discard("id")
    return names


def wire(name: str) -> str:
    return "from" if name == "from_" else name


def public_methods(calling: object) -> set[str]:
    """The command methods: every public callable but `call` (which builds a handle and sends nothing)."""
    names = {name for name in dir(calling) if not name.startswith("_") and callable(getattr(calling, name))}
    return names - {"call"}


def test_method_names_are_the_expected_42() -> None:
    assert len(METHODS) == len(set(METHODS)) == 42
    assert public_methods(Calling) == set(METHODS)


def test_methods_match_the_discriminator_mapping() -> None:
    mapped = spec_methods()
    assert len(mapped) == len(request_schemas()) == 42
    assert set(mapped) == public_methods(Calling)


@pytest.mark.parametrize("method", METHODS)
def test_keywords_equal_spec_params(method: str) -> None:
    command = spec_methods()[method]
    signature = inspect.signature(getattr(Calling, method))
    keywords = {wire(p.name) for p in signature.parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY}

    assert keywords == spec_params(command)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("calling", [Calling, AsyncCalling])
def test_call_id_comes_first_and_params_are_keywords(method: str, calling: type[Any]) -> None:
    parameters = list(inspect.signature(getattr(calling, method)).parameters.values())
    assert parameters[0].name == "self"
    rest = parameters[1:]
    if method == "dial":
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in rest)
    else:
        assert rest[0].name == "call_id"
        assert rest[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in rest[1:])


@pytest.mark.parametrize("method", METHODS)
def test_methods_read_right_to_inspect(method: str) -> None:
    """Concrete return types; the async methods are coroutine functions; both have the same parameters."""
    sync, asynchronous = getattr(Calling, method), getattr(AsyncCalling, method)
    returns = ("Call", "AsyncCall") if method == "dial" else ("CallResponse", "CallResponse")  # dial: a handle
    assert inspect.signature(sync).return_annotation == returns[0]
    assert inspect.signature(asynchronous).return_annotation == returns[1]
    assert not inspect.iscoroutinefunction(sync)
    assert inspect.iscoroutinefunction(asynchronous)
    assert inspect.signature(sync).parameters == inspect.signature(asynchronous).parameters
    assert inspect.getdoc(sync) == inspect.getdoc(asynchronous)


@pytest.mark.parametrize("method", METHODS)
def test_required_params_have_no_default(method: str) -> None:
    """A field every variant of the params schema requires is a keyword without a default."""
    command = spec_methods()[method]
    params = resolve(request_schemas()[command]["properties"]["params"])
    variants = [resolve(option) for option in params["oneOf"]] if "oneOf" in params else [params]
    always = set.intersection(*(set(variant.get("required", ())) for variant in variants)) - {"id"}
    signature = inspect.signature(getattr(Calling, method))
    without_default = {
        wire(p.name)
        for p in signature.parameters.values()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is inspect.Parameter.empty
    }
    assert without_default == always


@pytest.mark.parametrize("method", METHODS)
def test_every_method_has_a_docstring(method: str) -> None:
    doc = inspect.getdoc(getattr(Calling, method))
    assert doc
    assert spec_methods()[method] in doc


def test_async_client_exposes_the_same_awaitable_methods() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(500)))
    client = signalwire_calling.AsyncRestClient(PROJECT, TOKEN, HOST, http_client=http)
    assert public_methods(client.calling) == set(METHODS)
    for example in examples().values():
        method, args, kwargs = facade_call(example)
        pending = getattr(client.calling, method)(*args, **kwargs)
        assert inspect.isawaitable(pending), method
        assert inspect.iscoroutine(pending), method
        pending.close()  # never awaited, so never sent
