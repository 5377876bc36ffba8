"""The package's README (generated/README.md, its PyPI page): what it is, and the index of every command."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.model import Command, Spec
from generator.render.common import HEADER
from generator.render.shapes import shapes

PATH = "README.md"
PYPROJECT = Path(__file__).resolve().parents[1] / "package" / "pyproject.toml"
"""The distribution's metadata: its `requires-python`, dependencies and extras are what the README says."""

_REQUIREMENT = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*?)\s*(;.*)?$")


def _requirement(text: str) -> str:
    """`httpx>=0.27,<1` as `httpx (>=0.27,<1)`; a marker is kept (`tomli (>=2, when python_version < '3.11')`)."""
    found = _REQUIREMENT.fullmatch(text)
    if found is None:
        raise ValueError(f"{PYPROJECT}: cannot read the requirement {text!r}")
    name, _, versions, marker = found.groups()
    details = [part for part in (versions, marker and f"when {marker.removeprefix(';').strip()}") if part]
    return f"{name} ({', '.join(details)})" if details else name


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" and {items[-1]}"


def requirements_sentence(pyproject: Mapping[str, Any]) -> str:
    """What the distribution needs, from its `[project]` table: Python, every dependency, every extra."""
    project = pyproject["project"]
    python = str(project["requires-python"]).removeprefix(">=")
    dependencies = [_requirement(item) for item in project.get("dependencies", [])]
    text = f"Python {python}+; depends on {_listed(dependencies)}" if dependencies else f"Python {python}+"
    extras = project.get("optional-dependencies", {})
    for extra, items in sorted(extras.items()):
        text += f"; the `{extra}` extra adds {_listed([_requirement(item) for item in items])}"
    return text + "."


def _row(c: Command) -> str:
    call = "call_id, " if c.takes_call_id else ""
    retried = "yes" if c.idempotent else "no"
    return f"| `{c.method}({call}...)` | `{c.wire_name}` | {retried} | {c.summary} |"


def _shape_rows(spec: Spec) -> list[str]:
    return [
        f"| `{c.method}` | `{field.keyword}` | {shape} |"
        for c in spec.commands
        for field in c.fields
        if (shape := shapes(field.schema, spec.schemas))
    ]


def render(spec: Spec) -> str:
    rows = [_row(c) for c in spec.commands]
    shape_rows = _shape_rows(spec)
    needs = requirements_sentence(tomllib.loads(PYPROJECT.read_text(encoding="utf-8")))
    return f"""<!-- {HEADER} -->
# signalwire-calling

A typed Python client for the SignalWire Calling REST API (`POST /api/calling/calls`): every command as a
method of `client.calling`, sync (`RestClient`) and async (`AsyncRestClient`), checked against the API
contract before anything is sent. {needs}

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
{_shapes_section(shape_rows)}"""


def _shapes_section(rows: list[str]) -> str:
    if not rows:
        return ""
    return f"""
## Nested params

The params that take objects, or arrays of them, and the models they take: classes of
`signalwire_calling.models`, or dicts of the TypedDicts of the same names in `signalwire_calling.typed_dicts`.
`*` marks a required field; `help(models.X)` has every field of a model.

| method | param | shape |
| --- | --- | --- |
{chr(10).join(rows)}
"""
