"""README "Results of operations": its blocks compile, its framework recipes are one per framework, and the two
examples it cannot run as written (they need SignalWire to call back) hold against the mock: the IVR is
examples/ivr.py (run by tests/testing/test_examples.py), and the handler example runs here."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Any

import pytest

from signalwire_calling import webhooks
from signalwire_calling.testing import CallingMock
from tests.support.readme import section

BLOCKS, RECIPES, EXAMPLES = section("Results of operations")
KEY = "readme-signing-key"


def test_the_section_has_its_examples_and_a_recipe_per_framework() -> None:
    assert len(EXAMPLES) == 2
    assert [re.match(r"# Recipe \((\w+)", code).group(1) for code in RECIPES] == ["Flask", "FastAPI", "Django"]  # type: ignore[union-attr]


@pytest.mark.parametrize("code", BLOCKS)
def test_every_block_compiles(code: str) -> None:
    compile(code, "README.md", "exec")


def test_the_ivr_example_is_the_flow_of_examples_ivr() -> None:
    ivr = (Path(__file__).resolve().parents[2] / "examples" / "ivr.py").read_text(encoding="utf-8")
    for step in ('wait_for("answered"', '.collect(digits={"max": 1}', "CollectDigitResult", ".record("):
        assert step in EXAMPLES[0], step
        assert step in ivr, step


def test_the_handler_example_sends_the_next_command(monkeypatch: pytest.MonkeyPatch) -> None:
    mock = CallingMock()
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", KEY)
    code = EXAMPLES[1].replace('RestClient(status_url="https://hooks.example.com/events")', "_client")
    namespace: dict[str, Any] = {"_client": mock.client(status_url="https://hooks.example.com/events")}
    exec(code, namespace)  # noqa: S102
    client, router = namespace["client"], namespace["router"]
    done = threading.Event()
    router.on("*")(lambda event, call: done.set())
    call = client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
    menu = call.collect(digits={"max": 1})
    body = json.dumps(
        {
            "event_type": "calling.call.collect",
            "timestamp": 1.0,
            "params": {"call_id": str(call.id), "control_id": menu.control_id,
                       "result": {"type": "digit", "params": {"digits": "0", "terminator": ""}}},
        }
    ).encode()  # fmt: skip
    headers = webhooks.sign(signing_key=KEY, url="https://hooks.example.com/events", raw_body=body, sha256=False)
    assert router.dispatch(body, headers).status == 200
    router.close()  # waits for the handlers
    assert done.is_set()
    mock.assert_sent("calling.transfer", call_id=call.id, dest="sip:operator@example.com")
