"""README "Receiving webhooks": its examples run as written; its framework recipes are marked and compile."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from signalwire_calling import webhooks
from tests.support import vendor_swml
from tests.support import vendor_webhooks as vendor
from tests.support.readme import section
from tests.support.webhook_server import Handler, serving

BLOCKS, RECIPES, EXAMPLES = section("Receiving webhooks")
KEY = "test-signing-key"


def test_the_section_has_runnable_examples_and_a_recipe_per_framework() -> None:
    assert len(EXAMPLES) == 2
    assert [re.match(r"# Recipe \((\w+)", code).group(1) for code in RECIPES] == ["Flask", "FastAPI", "Django"]  # type: ignore[union-attr]


@pytest.mark.parametrize("code", BLOCKS)
def test_every_block_compiles(code: str) -> None:
    compile(code, "README.md", "exec")


def test_the_handler_example(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", KEY)
    namespace: dict[str, Any] = {}
    exec(EXAMPLES[0], namespace)  # noqa: S102
    on_request, url = namespace["on_swml_request"], namespace["SWML_URL"]
    body = json.dumps(vendor.example("Webhooks.Calling.InboundCallWebhookPayload")).encode()
    status, answer = on_request(body, webhooks.sign(signing_key=KEY, url=url, raw_body=body))
    assert status == 200
    document = json.loads(answer)
    assert document["sections"]["main"][1] == {"play": {"url": "say:Hello, sip:user@example.com!"}}
    assert vendor_swml.accepts(document)
    assert on_request(body, {})[0] == 403
    assert on_request(body, webhooks.sign(signing_key="other", url=url, raw_body=body))[0] == 403
    assert on_request(b"[]", webhooks.sign(signing_key=KEY, url=url, raw_body=b"[]"))[0] == 400


def test_the_mock_example_drives_a_real_handler() -> None:
    with serving() as server:
        handler = Handler(server, signing_key=KEY)
        namespace: dict[str, Any] = {}
        exec(EXAMPLES[1].replace("http://127.0.0.1:8080", handler.base), namespace)  # noqa: S102
    assert namespace["delivery"].ok
    assert len(handler.events) == 1
