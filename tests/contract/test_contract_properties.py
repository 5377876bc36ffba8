"""Property-based: bodies drawn from the vendor's contract (hypothesis-jsonschema), sent through the façade.

- A body the vendor contract accepts goes on the wire exactly: the bytes are the compact JSON of the drawn body.
- A body mutated so that the vendor contract rejects it never reaches the wire: the call raises
  `InvalidRequestError` (or, for a keyword left out or unknown, the signature's own `TypeError`) before any I/O.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from signalwire_calling import InvalidRequestError, RestClient
from signalwire_calling._spec import COMMANDS
from tests.conftest import HOST, PROJECT, TOKEN, call_leg
from tests.support.vendor_contract import document, errors

SETTINGS = settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: the schemas are large and a failure shows as drawn
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


SWML_STAND_IN = {
    "type": "object",
    "required": ["sections"],
    "properties": {
        "version": {"enum": ["1.0.0"]},
        "sections": {
            "type": "object",
            "required": ["main"],
            "properties": {
                "main": {"type": "array", "maxItems": 3, "items": {"enum": [{"answer": {}}, {"hangup": {}}]}}
            },
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}
"""Inline SWML is a language of its own (about 190 vendor schemas): drawing from all of it takes minutes, so
bodies carry small SWML documents; they are still checked against the full vendor contract."""


def _inline(node: Any, schemas: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """`node` with every `#/components/schemas/...` reference replaced by its schema (cycles cut to `{}`), and
    `unevaluatedProperties` (which hypothesis-jsonschema ignores) turned into `additionalProperties` where the
    object names its own properties; drawn bodies are checked against the real contract anyway."""
    if isinstance(node, list):
        return [_inline(item, schemas, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        if name == "SWML.Calling.SWMLObject":
            return SWML_STAND_IN
        if name in seen:
            return {}
        return _inline(schemas[name], schemas, (*seen, name))
    out = {key: _inline(value, schemas, seen) for key, value in node.items() if key not in ("examples", "example")}
    unevaluated = out.pop("unevaluatedProperties", None)
    if unevaluated is not None and "properties" in out and not any(k in out for k in ("anyOf", "oneOf", "allOf")):
        out.setdefault("additionalProperties", False)
    out.pop("discriminator", None)
    parts = out.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict):
        del out["allOf"]
        out = {**parts[0], **out}  # hypothesis-jsonschema drops `format` inside a lone allOf
    return out


def vendor_name(command: str) -> str:
    """The vendor's schema for one command's request, e.g. `Calling.CallPlayRequest`."""
    mapping = document()["components"]["schemas"]["Calling.CallRequest"]["discriminator"]["mapping"]
    return str(mapping[command]).rsplit("/", 1)[1]


def rejected(body: dict[str, Any]) -> list[str]:
    """What the vendor contract finds wrong with `body` (checked against its command's own request schema)."""
    return errors(body, vendor_name(body["command"]))


@functools.cache
def request_schema(command: str) -> dict[str, Any]:
    schemas = document()["components"]["schemas"]
    return _inline({"$ref": f"#/components/schemas/{vendor_name(command)}"}, schemas)  # type: ignore[no-any-return]


FORMATS = {"uuid": st.uuids().map(str)}


def bodies(command: str) -> st.SearchStrategy[dict[str, Any]]:
    return from_schema(request_schema(command), custom_formats=FORMATS)


def _send(body: dict[str, Any]) -> list[httpx.Request]:
    """Call the façade method for `body`; the requests that reached the transport."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:  # the leg of the call asked about, as SignalWire answers
        sent.append(request)
        asked = json.loads(request.content)
        call_id = asked.get("id") or asked["params"].get("id")
        return httpx.Response(200, json=call_leg(**({"id": call_id} if call_id else {})))

    body = copy.deepcopy(body)
    info = COMMANDS[body["command"]]
    params = body["params"]
    where = params if info.call_id == "params" else body if info.call_id == "body" else {}
    args = (where.pop("id"),) if "id" in where else ()  # a call id left out: Python's own TypeError
    kwargs = {("from_" if key == "from" else key): value for key, value in params.items()}
    method = info.method
    http = httpx.Client(transport=httpx.MockTransport(answer))
    with RestClient(PROJECT, TOKEN, HOST, http_client=http, max_retries=0) as client:
        getattr(client.calling, method)(*args, **kwargs)
    return sent


def _expected_wire(body: dict[str, Any]) -> dict[str, Any]:
    """What the client sends for `body`: params left as None are not sent."""
    expected = copy.deepcopy(body)
    expected["params"] = {key: value for key, value in body["params"].items() if value is not None}
    return expected


def _compact(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


SUPPORTED = sorted(COMMANDS)


@pytest.mark.parametrize("command", SUPPORTED)
def test_a_body_the_contract_accepts_goes_out_byte_for_byte(command: str) -> None:
    @SETTINGS
    @given(body=bodies(command))
    def check(body: dict[str, Any]) -> None:
        assume(isinstance(body.get("params"), dict) and not rejected(body))
        try:
            (request,) = _send(body)
        except InvalidRequestError as exc:
            # The project's spec may be stricter than the vendor's only where it says so; none are known.
            raise AssertionError(f"rejected a body the vendor contract accepts: {exc}\n{body}") from None
        assert json.loads(request.content) == _expected_wire(body)
        assert request.content == _compact(json.loads(request.content))

    check()


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


SIGNATURE_ERRORS = ("required keyword-only argument", "positional argument", "unexpected keyword argument")
WRONG = [12345, -1, 10**12, 1.5, "", "not-a-valid-value", True, None, [], {}, ["x"], {"x": 1}]


@st.composite
def mutated(draw: st.DrawFn, command: str) -> tuple[dict[str, Any], str]:
    body = draw(bodies(command))
    assume(isinstance(body.get("params"), dict))
    # Not inside an inline SWML document: by design the client checks only its envelope (README, "Design
    # decisions"); SignalWire validates the SWML language itself.
    paths = [p for p in _paths(body) if ((p[0] == "params" and len(p) > 1) or p == ("id",)) and "main" not in p]
    assume(paths)
    path = draw(st.sampled_from(paths))
    kind = draw(st.sampled_from(["drop", "replace"]))
    target = body
    for step in path[:-1]:
        target = target[step]
    if kind == "drop" and isinstance(target, dict):
        del target[path[-1]]
    else:
        target[path[-1]] = draw(st.sampled_from(WRONG))
    return body, f"{kind} {'.'.join(map(str, path))}"


@pytest.mark.parametrize("command", SUPPORTED)
def test_a_body_the_contract_rejects_never_reaches_the_wire(command: str) -> None:
    @SETTINGS
    @given(case=mutated(command))
    def check(case: tuple[dict[str, Any], str]) -> None:
        body, mutation = case
        # Only what the vendor contract rejects, as the client would send it (a param left as None is not sent).
        assume(rejected(_expected_wire(body)))
        sent: list[httpx.Request] = []
        refused: Exception | None = None
        try:
            sent = _send(body)
        except (InvalidRequestError, TypeError) as exc:
            refused = exc
        if isinstance(refused, InvalidRequestError):
            assert refused.command == command
            assert refused.issues
        elif refused is not None:  # a keyword left out or unknown: the signature's own check, before any I/O
            assert any(text in str(refused) for text in SIGNATURE_ERRORS), f"{mutation}: {refused}"
        assert not sent, f"{mutation}: sent a body the vendor contract rejects: {body}"

    check()
