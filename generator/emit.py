"""Emit the spec-driven modules that neither code generator covers.

- `_spec.py`: one `CommandInfo` per command, with the `x-signalwire-*` facts: the façade method name, whether
  repeating the command is harmless, and which long-running operation (play, record, …) the command starts or
  acts on; the response models by discriminator, imported on first use.
- `_schemas.py`: the validation schemas (validation keywords only), imported with the first check.
- `_calling.py`: classes `Calling` and `AsyncCalling` (one typed, documented method per command, whose body
  hands the arguments to the client) and their `with_raw_response` views.
- `models/__init__.py`: the index of the attrs models, imported lazily on first use.
- `types.py`: the one helper type the attrs models need (`UNSET`).
"""

from __future__ import annotations

import keyword
import pprint
import re
import textwrap
from pathlib import Path
from typing import Any

import yaml

OUTPUTS = ("_spec.py", "_schemas.py", "_calling.py", "types.py", "models/__init__.py")
REF_PREFIX = "#/components/schemas/"
VALIDATION_KEYWORDS = {
    "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
    "maxLength", "pattern", "format", "required", "properties", "additionalProperties", "items", "minItems",
    "maxItems", "maxProperties", "anyOf", "oneOf", "discriminator", "$ref",
}  # fmt: skip
# Keywords that constrain values but that facade/signalwire_calling/_validation.py does not implement: a spec
# using one would be silently under-checked, so emitting fails instead (implement it there first).
UNSUPPORTED_KEYWORDS = {
    "allOf", "not", "if", "then", "else", "multipleOf", "uniqueItems", "minProperties", "patternProperties",
    "propertyNames", "dependentRequired", "dependentSchemas", "prefixItems", "contains", "minContains",
    "maxContains", "unevaluatedProperties", "unevaluatedItems",
}  # fmt: skip
VALIDATED_FORMATS = {"uuid", "uri"}  # uri is documentation only, as in the vendor's own checks
HEADER = "Generated from spec/ by generator/; do not edit."


def load(spec_path: Path) -> dict[str, Any]:
    with spec_path.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def snake_case(name: str) -> str:
    """The module openapi-python-client puts a schema's model in: `CallLeg` -> `call_leg`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def python_name(wire_name: str) -> str:
    """The keyword a façade method uses for a wire field: `from` becomes `from_`."""
    return wire_name + "_" if keyword.iskeyword(wire_name) else wire_name


# --- validation tables --------------------------------------------------------------------------------------


def validation_schema(node: Any) -> Any:
    """Keep only what validation needs; `$ref`s become bare schema names."""
    if isinstance(node, list):
        return [validation_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    kept: dict[str, Any] = {}
    unsupported = UNSUPPORTED_KEYWORDS.intersection(node)
    if unsupported:
        raise ValueError(f"the spec uses {sorted(unsupported)}, which the request validator does not implement")
    if node.get("format", "uuid") not in VALIDATED_FORMATS and node.get("type") == "string":
        raise ValueError(f"the spec uses format {node['format']!r}, which the request validator does not implement")
    for key, value in node.items():
        if key not in VALIDATION_KEYWORDS:
            continue
        if key == "$ref":
            kept[key] = value.removeprefix(REF_PREFIX)
        elif key == "properties":
            kept[key] = {name: validation_schema(prop) for name, prop in value.items()}
        elif key == "discriminator":
            mapping = {tag: target.removeprefix(REF_PREFIX) for tag, target in value.get("mapping", {}).items()}
            kept[key] = {"propertyName": value["propertyName"], "mapping": mapping}
        else:
            kept[key] = validation_schema(value)
    return kept


class Command:
    """One command of the `CallRequest` union, with everything the emitters need about it."""

    def __init__(self, wire_name: str, request_name: str, schemas: dict[str, Any]) -> None:
        request = schemas[request_name]
        self.wire_name = wire_name
        self.request_name = request_name
        self.description: str = request.get("description", "").strip()
        self.method: str = request["x-signalwire-method"]
        self.idempotent: bool = request["x-signalwire-idempotent"]
        operation = request.get("x-signalwire-operation")
        self.operation: tuple[str, str] | None = (operation["kind"], operation["effect"]) if operation else None
        props = request["properties"]
        params = props["params"]
        variants = (
            [schemas[ref["$ref"].removeprefix(REF_PREFIX)] for ref in params["oneOf"]]
            if "oneOf" in params
            else [schemas[params["$ref"].removeprefix(REF_PREFIX)]]
        )
        self.params_schemas = [ref["$ref"].removeprefix(REF_PREFIX) for ref in params.get("oneOf", [params])]
        if "id" in props:
            self.call_id = "body"
        elif all("id" in variant.get("properties", {}) for variant in variants):
            self.call_id = "params"
        else:
            self.call_id = "none"
        fields: dict[str, dict[str, Any]] = {}
        required_everywhere = set.intersection(*(set(v.get("required", [])) for v in variants))
        for variant in variants:
            for name, prop in variant.get("properties", {}).items():
                if name == "id" and self.call_id == "params":
                    continue
                fields.setdefault(name, prop)
        self.fields = fields
        self.required = [name for name in fields if name in required_everywhere]


def commands(spec: dict[str, Any]) -> list[Command]:
    schemas = spec["components"]["schemas"]
    mapping = schemas["CallRequest"]["discriminator"]["mapping"]
    found = [Command(wire, ref.removeprefix(REF_PREFIX), schemas) for wire, ref in mapping.items()]
    methods = [c.method for c in found]
    if len(set(methods)) != len(methods):
        raise ValueError("x-signalwire-method values must be unique")
    return found


def render_spec_module(spec: dict[str, Any]) -> str:
    entries = []
    for c in commands(spec):
        entries.append(
            f"    {c.wire_name!r}: CommandInfo(\n"
            f"        name={c.wire_name!r},\n"
            f"        method={c.method!r},\n"
            f"        request_schema={c.request_name!r},\n"
            f"        call_id={c.call_id!r},\n"
            f"        idempotent={c.idempotent!r},\n"
            f"        fields={tuple(c.fields)!r},\n"
            f"        operation={c.operation!r},\n"
            f"    ),"
        )
    response = spec["components"]["schemas"]["CallResponse"]
    response_models = [ref["$ref"].removeprefix(REF_PREFIX) for ref in response["anyOf"]]
    discriminator = response["discriminator"]
    imports = "\n".join(f"    from .models.{snake_case(name)} import {name}" for name in response_models)
    lazy_imports = "\n".join(f"        from .models.{snake_case(name)} import {name}" for name in response_models)
    union = " | ".join(response_models)
    mapping = "\n".join(
        f"        {tag!r}: {target.removeprefix(REF_PREFIX)!r}," for tag, target in discriminator["mapping"].items()
    )
    return f'''"""Per-command facts, and (loaded on first use) the validation schemas and response models. {HEADER}"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple, TypeAlias

if TYPE_CHECKING:
{imports}

    CallResponse: TypeAlias = {union}
    """What every command answers: the call leg it acted on."""
    SCHEMAS: dict[str, Any]
    """The validation schemas by name (from `_schemas`)."""


class CommandInfo(NamedTuple):
    """What the client knows about one command beyond its signature (a NamedTuple: attrs waits for the models)."""

    name: str
    """The wire value of `command`, e.g. `calling.play`."""
    method: str
    """The façade method, e.g. `play`."""
    request_schema: str
    """The schema in `SCHEMAS` that a whole request body of this command must match."""
    call_id: Literal["body", "params", "none"]
    """Where the call id goes: top-level `id`, `params.id` (update), or nowhere (dial)."""
    idempotent: bool
    """True when sending the command twice cannot start anything twice, so a retry after an unclear failure is safe."""
    fields: tuple[str, ...]
    """The wire names of its params, in spec order."""
    operation: tuple[str, str] | None
    """(kind, effect) for commands that start or act on a long-running operation named by `control_id`."""


REQUEST_SCHEMA: Final = "CallRequest"
RESPONSE_SCHEMA: Final = "CallResponse"

COMMANDS: Final[dict[str, CommandInfo]] = {{
{chr(10).join(entries)}
}}

COMMANDS_BY_METHOD: Final[dict[str, CommandInfo]] = {{info.method: info for info in COMMANDS.values()}}

RESPONSE_DISCRIMINATOR: Final = {discriminator["propertyName"]!r}


class _ResponseModels(Mapping[str, "type[CallResponse]"]):
    """The model for each value of `RESPONSE_DISCRIMINATOR`, imported with the first answer, not with the package."""

    _models: dict[str, type[CallResponse]] | None = None

    def _loaded(self) -> dict[str, type[CallResponse]]:
        if self._models is None:
            from . import models

            self._models = {{tag: getattr(models, name) for tag, name in _RESPONSE_MODEL_NAMES.items()}}
        return self._models

    def __getitem__(self, tag: str) -> type[CallResponse]:
        return self._loaded()[tag]

    def get(self, tag: str, default: Any = None) -> Any:
        return self._loaded().get(tag, default)

    def __iter__(self) -> Iterator[str]:
        return iter(_RESPONSE_MODEL_NAMES)

    def __len__(self) -> int:
        return len(_RESPONSE_MODEL_NAMES)


_RESPONSE_MODEL_NAMES: Final = {{
{mapping}
}}
RESPONSE_MODELS: Final[Mapping[str, type[CallResponse]]] = _ResponseModels()
"""The model for each value of `RESPONSE_DISCRIMINATOR`; a value the spec does not list yet gets the first."""


def __getattr__(name: str) -> Any:
    # The schemas and the models cost import time and are needed only once a command is checked or answered.
    if name == "SCHEMAS":
        from ._schemas import SCHEMAS

        return SCHEMAS
    if name == "CallResponse":
{lazy_imports}

        return {union}
    raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
'''


def render_schemas_module(spec: dict[str, Any]) -> str:
    schemas = {name: validation_schema(schema) for name, schema in spec["components"]["schemas"].items()}
    return f'''"""The validation schemas of the spec (validation keywords only), by name. {HEADER}"""

from __future__ import annotations

from typing import Any, Final

SCHEMAS: Final[dict[str, Any]] = {pprint.pformat(schemas, width=110, sort_dicts=False)}
'''


# --- typed methods ------------------------------------------------------------------------------------------


class Annotator:
    """Python annotations for request fields: attrs models and TypedDicts both accepted for objects."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas

    def __call__(self, node: dict[str, Any]) -> str:
        return " | ".join(dict.fromkeys(self.parts(node)))

    def parts(self, node: dict[str, Any]) -> list[str]:
        if "$ref" in node:
            name = node["$ref"].removeprefix(REF_PREFIX)
            target = self.schemas[name]
            if "enum" in target:
                return [f"models.{name}"]
            if "anyOf" in target or "oneOf" in target:
                return self.parts(target)
            return [f"models.{name}", f"typed_dicts.{name}"]
        if "const" in node:
            return [f"Literal[{node['const']!r}]"]
        if "enum" in node:
            return [f"Literal[{', '.join(repr(v) for v in node['enum'])}]"]
        for key in ("anyOf", "oneOf"):
            if key in node:
                return [part for option in node[key] for part in self.parts(option)]
        kind = node.get("type")
        if kind == "string":
            return ["str | UUID"] if node.get("format") == "uuid" else ["str"]
        if kind in ("integer", "number", "boolean"):
            return [{"integer": "int", "number": "float", "boolean": "bool"}[kind]]
        if kind == "array":
            return [f"Sequence[{self(node.get('items', {}))}]"]
        if kind == "object":
            extra = node.get("additionalProperties", True)
            value = self(extra) if isinstance(extra, dict) and extra else "Any"
            return [f"Mapping[str, {value}]"]
        return ["Any"]


def describe(node: dict[str, Any], schemas: dict[str, Any]) -> str:
    text = node.get("description")
    if not text and "$ref" in node:
        text = schemas[node["$ref"].removeprefix(REF_PREFIX)].get("description")
    return " ".join((text or "").split())


def docstring(c: Command, schemas: dict[str, Any]) -> str:
    text = " ".join(c.description.split()) or f"Send `{c.wire_name}`."
    summary, _, rest = text.partition(". ")
    lines = [summary.rstrip(".") + "."]
    if rest:
        lines += ["", textwrap.fill(rest, width=100)]
    retry = " (safe to retry)." if c.idempotent else " (never retried once it may have reached SignalWire)."
    lines += ["", f"Sends `{c.wire_name}`" + retry]
    lines += ["", "Args:"]
    if c.call_id != "none":
        lines.append("    call_id: The call to act on (its UUID).")
    for name, prop in c.fields.items():
        text = describe(prop, schemas)
        if name in c.required:
            text = "Required. " + text
        if python_name(name) != name:
            text += f" Sent as `{name}`."
        if "default" in prop:
            text += f" Server default: `{prop['default']!r}`."
        lines.append(textwrap.fill(f"    {python_name(name)}: {text.strip()}", width=100, subsequent_indent="        "))
    lines += [
        "",
        "Returns:",
        "    The call leg the command acted on.",
        "",
        "Raises:",
        "    InvalidRequestError: The arguments do not match the spec; nothing was sent.",
        "    APIStatusError: SignalWire answered with an error status (a subclass per status).",
        "    APIConnectionError: The request could not be completed.",
    ]
    return "\n".join(lines)


def method_signature(c: Command, annotate: Annotator) -> list[str]:
    """The parameters of a command's method after `self`: the call id, then required params, then the rest."""
    args: list[str] = []
    if c.call_id != "none":
        args.append("call_id: str | UUID")
    if c.fields:
        args.append("*")
    for name in c.required:
        args.append(f"{python_name(name)}: {annotate(c.fields[name])}")
    for name, prop in c.fields.items():
        if name not in c.required:
            args.append(f"{python_name(name)}: {annotate(prop)} | None = None")
    return args


def render_calling_class(spec: dict[str, Any], *, asynchronous: bool) -> str:
    """`Calling` or `AsyncCalling` and its raw-response view; the two differ only in `async`/`await`."""
    schemas = spec["components"]["schemas"]
    annotate = Annotator(schemas)
    prefix = "Async" if asynchronous else ""
    coroutine, wait = ("async ", "await ") if asynchronous else ("", "")
    methods, raw = [], []
    for c in commands(spec):
        args = ", ".join(method_signature(c, annotate))
        params = ", ".join(f"{name!r}: {python_name(name)}" for name in c.fields)  # wire order, as in the spec
        call_id = "call_id" if c.call_id != "none" else "None"
        doc = textwrap.indent(docstring(c, schemas), " " * 8).lstrip()
        methods.append(
            f"    {coroutine}def {c.method}(self, {args}) -> CallResponse:\n"
            f'        """{doc}\n        """\n'
            f"        return {wait}self._send(COMMANDS[{c.wire_name!r}], {call_id}, {{{params}}})\n"
        )
        raw.append(
            f"        self.{c.method} = as_{prefix.lower()}{'_' if prefix else ''}raw_response(calling.{c.method})"
        )
    client, kind = ("AsyncRestClient", "every method is a coroutine function") if asynchronous else ("RestClient", "")
    return f'''
class {prefix}Calling:
    """The Calling commands: `client.calling` on a `{client}`{"; " + kind if kind else ""}.

    Params are keyword-only and named as on the wire (`from_` for `from`). Nested objects accept the
    attrs models in `signalwire_calling.models` or plain dicts shaped like `signalwire_calling.typed_dicts`.
    An argument left as `None` is not sent.
    """

    def __init__(self, send: {prefix}Sender, send_raw: {prefix}Sender) -> None:
        self._send = send
        self._send_raw = send_raw

    @cached_property
    def with_raw_response(self) -> {prefix}CallingWithRawResponse:
        """The same commands, answering an `APIResponse`: the HTTP response (headers, request id, body), `.parse()`."""
        return {prefix}CallingWithRawResponse({prefix}Calling(self._send_raw, self._send_raw))

{chr(10).join(methods)}

class {prefix}CallingWithRawResponse:
    """`client.calling.with_raw_response` on a `{client}`: each command answers an `APIResponse`."""

    def __init__(self, calling: {prefix}Calling) -> None:
{chr(10).join(raw)}

'''


def render_calling_module(spec: dict[str, Any]) -> str:
    return f'''"""`client.calling.<command>(...)`: one typed method per Calling command. {HEADER}"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from ._response import AsyncSender, Sender, as_async_raw_response, as_raw_response
from ._spec import COMMANDS

if TYPE_CHECKING:
    from uuid import UUID

    from . import models, typed_dicts
    from ._spec import CallResponse

__all__ = ["AsyncCalling", "AsyncCallingWithRawResponse", "Calling", "CallingWithRawResponse"]

{render_calling_class(spec, asynchronous=False)}{render_calling_class(spec, asynchronous=True)}'''


# --- models index and helper types ------------------------------------------------------------------------


def render_models_index(classes: dict[str, str]) -> str:
    """`models/__init__.py`: every model importable from `signalwire_calling.models`, each loaded on first use."""
    names = sorted(classes)
    checking = "\n".join(f"    from .{classes[name]} import {name}" for name in names)
    table = "\n".join(f"    {name!r}: {classes[name]!r}," for name in names)
    listed = "\n".join(f"    {name!r}," for name in names)
    return f'''"""The attrs models of spec/calling.yaml, each imported on first use. {HEADER}"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{checking}

_MODULES: dict[str, str] = {{
{table}
}}

__all__ = [
{listed}
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(f".{{module}}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
'''


TYPES_MODULE = f'''"""The marker the attrs models use for a field that was not given. {HEADER}"""

from typing import Literal


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

__all__ = ["UNSET", "Unset"]
'''


def request_only_schemas(spec: dict[str, Any]) -> set[str]:
    """Schemas no user needs as a model: the request union, each command's request and its top-level params.

    Methods take those fields as keywords. A schema also used by a kept one (a nested item, an enum) stays.
    """
    schemas = spec["components"]["schemas"]
    dropped = {"CallRequest"}
    for c in commands(spec):
        dropped.add(c.request_name)
        dropped.update(c.params_schemas)
    kept = set(schemas) - dropped
    reachable: set[str] = set()
    pending = list(kept)
    while pending:
        name = pending.pop()
        if name in reachable:
            continue
        reachable.add(name)
        pending.extend(ref.removeprefix(REF_PREFIX) for ref in references(schemas[name]))
    return dropped - reachable


def references(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in references(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in references(item)]
    return []


def write(spec_path: Path, package_dir: Path, models: dict[str, str]) -> None:
    """Write the emitted modules into package_dir and the package README beside it."""
    spec = load(spec_path)
    (package_dir / "_spec.py").write_text(render_spec_module(spec), encoding="utf-8")
    (package_dir / "_schemas.py").write_text(render_schemas_module(spec), encoding="utf-8")
    (package_dir / "_calling.py").write_text(render_calling_module(spec), encoding="utf-8")
    (package_dir / "types.py").write_text(TYPES_MODULE, encoding="utf-8")
    (package_dir / "models" / "__init__.py").write_text(render_models_index(models), encoding="utf-8")
    (package_dir.parent / "README.md").write_text(render_readme(spec), encoding="utf-8")


def render_readme(spec: dict[str, Any]) -> str:
    """The package's README (its PyPI page): what it is, and the index of every command."""
    rows = []
    for c in commands(spec):
        summary = " ".join(c.description.split()).partition(". ")[0].rstrip(".")
        call = "" if c.call_id == "none" else "call_id, "
        retried = "yes" if c.idempotent else "no"
        rows.append(f"| `{c.method}({call}...)` | `{c.wire_name}` | {retried} | {summary}. |")
    return f"""<!-- {HEADER} -->
# signalwire-calling

A typed Python client for the SignalWire Calling REST API (`POST /api/calling/calls`): every command as a
method of `client.calling`, sync (`RestClient`) and async (`AsyncRestClient`), checked against the API
contract before anything is sent. Python 3.11+; depends on httpx and attrs.

```python
from signalwire_calling import RestClient

with RestClient() as client:  # SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE
    call = client.calling.dial(from_="+15551230000", to="+15557654321", url="https://example.com/swml")
    client.calling.end(call.id)
```

## Commands

{len(rows)} commands. "Retried" says whether the client may send the command again after an unclear failure
(a timeout, a dropped connection, a 5xx): only commands that cannot start anything twice are.

| method | wire `command` | retried | what it does |
| --- | --- | --- | --- |
{chr(10).join(rows)}
"""
