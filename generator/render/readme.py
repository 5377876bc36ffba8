"""The package's README (generated/README.md, its PyPI page): what it is, and the index of every command."""

from __future__ import annotations

from generator.model import Command, Spec
from generator.render.common import HEADER

PATH = "README.md"


def _row(c: Command) -> str:
    call = "call_id, " if c.takes_call_id else ""
    retried = "yes" if c.idempotent else "no"
    return f"| `{c.method}({call}...)` | `{c.wire_name}` | {retried} | {c.summary} |"


def render(spec: Spec) -> str:
    rows = [_row(c) for c in spec.commands]
    return f"""<!-- {HEADER} -->
# signalwire-calling

A typed Python client for the SignalWire Calling REST API (`POST /api/calling/calls`): every command as a
method of `client.calling`, sync (`RestClient`) and async (`AsyncRestClient`), checked against the API
contract before anything is sent. Python 3.11+; depends on httpx and attrs.

<!-- readme-test: package -->
```python
from signalwire_calling import RestClient

with RestClient() as client:  # SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE
    call = client.calling.dial(from_="+15551230000", to="+15557654321", url="https://example.com/swml")
    call.end()
```

`dial` answers a handle on the call: `call.play(...)`, `call.end()` and every other command without the
call id; operation starts (`play`, `record`, …) answer a handle with that operation's `stop()`, `pause()`, ….
From a shell: `signalwire-calling <command> --help`.

## Commands

{len(rows)} commands. "Retried" says whether the client may send the command again after an unclear failure
(a timeout, a dropped connection, a 5xx): only commands that cannot start anything twice are.

| method | wire `command` | retried | what it does |
| --- | --- | --- | --- |
{chr(10).join(rows)}
"""
