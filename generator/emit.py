"""Emit the spec-driven modules that neither code generator covers.

- `_spec.py`: one `CommandInfo` per command, with the `x-signalwire-*` facts: the façade method name, whether
  repeating the command is harmless, and which long-running operation (play, record, …) the command starts or
  acts on; the response models by discriminator, imported on first use.
- `_schemas.py`: the validation schemas (validation keywords only), imported with the first check.
- `_calling.py`: classes `Calling` and `AsyncCalling` (one typed, documented method per command, whose body
  hands the arguments to the client) and their `with_raw_response` views.
- `models/__init__.py`: the index of the attrs models, imported lazily on first use.
- `types.py`: the one helper type the attrs models need (`UNSET`).
- `webhook_models.py`: the payload model of each webhook in the spec's `webhooks:` (what SignalWire POSTs to
  the user's server), for `signalwire_calling.webhooks`; nothing imports it with the package.
"""

from __future__ import annotations

import json
import keyword
import pprint
import re
import textwrap
from pathlib import Path
from typing import Any, Literal

import yaml

OUTPUTS = (
    "_spec.py",
    "_schemas.py",
    "_calling.py",
    "_handles.py",
    "_cli_table.py",
    "types.py",
    "models/__init__.py",
    "webhook_models.py",
)
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
    webhook_only = webhook_only_schemas(spec)  # never validated: the client sends none of them
    schemas = {
        name: validation_schema(schema)
        for name, schema in spec["components"]["schemas"].items()
        if name not in webhook_only
    }
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
        sent = f"{wait}self._send(COMMANDS[{c.wire_name!r}], {call_id}, {{{params}}})"
        # A command without a call id creates the call (dial): it answers a handle on it, not the bare leg.
        returns, body = ("CallResponse", sent) if c.call_id != "none" else (f"{prefix}Call", f"self._handle({sent})")
        doc = textwrap.indent(docstring(c, schemas), " " * 8).lstrip()
        if c.call_id == "none":
            handle = "A handle on the new call (`Call`, `AsyncCall` when awaited): `.id`, `.leg`, its commands."
            doc = doc.replace("The call leg the command acted on.", handle)
        methods.append(
            f"    {coroutine}def {c.method}(self, {args}) -> {returns}:\n"
            f'        """{doc}\n        """\n'
            f"        return {body}\n"
        )
        wrap = f"as_{prefix.lower()}{'_' if prefix else ''}raw_response"
        if c.call_id == "none":
            wrap = f"_{prefix.lower()}{'_' if prefix else ''}leg_response"
        raw.append(f"        self.{c.method} = {wrap}(calling.{c.method})")
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
        return {prefix}CallingWithRawResponse(_{prefix}RawCalling(self._send_raw, self._send_raw))

    def call(self, call_id: str | UUID) -> {prefix}Call:
        """A handle on an existing call, to send it commands without repeating its id; nothing is sent.

        Raises:
            InvalidRequestError: `call_id` is not a UUID.
        """
        from ._handles import {prefix}Call

        return {prefix}Call(self, call_id)

    def _handle(self, leg: CallResponse) -> {prefix}Call:
        from ._handles import {prefix}Call  # imported on the first dial, not with the package

        return {prefix}Call(self, leg.id, leg)

{chr(10).join(methods)}

class _{prefix}RawCalling({prefix}Calling):
    """The commands of `with_raw_response`: `dial` answers the `APIResponse` itself, not a handle."""

    def _handle(self, leg: Any) -> Any:
        return leg


class {prefix}CallingWithRawResponse:
    """`client.calling.with_raw_response` on a `{client}`: each command answers an `APIResponse`."""

    def __init__(self, calling: {prefix}Calling) -> None:
{chr(10).join(raw)}

'''


def render_calling_module(spec: dict[str, Any]) -> str:
    return f'''"""`client.calling.<command>(...)`: one typed method per Calling command. {HEADER}"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, cast

from ._response import AsyncSender, Sender, as_async_raw_response, as_raw_response
from ._spec import COMMANDS

if TYPE_CHECKING:
    from uuid import UUID

    from . import models, typed_dicts
    from ._handles import AsyncCall, Call
    from ._response import APIResponse
    from ._spec import CallResponse

__all__ = ["AsyncCalling", "AsyncCallingWithRawResponse", "Calling", "CallingWithRawResponse"]

_P = ParamSpec("_P")


def _leg_response(method: Callable[_P, object]) -> Callable[_P, APIResponse[CallResponse]]:
    """Type the raw view's `dial`, which answers the `APIResponse` around the new leg."""
    return cast("Callable[_P, APIResponse[CallResponse]]", method)


def _async_leg_response(method: Callable[_P, Awaitable[object]]) -> Callable[_P, Awaitable[APIResponse[CallResponse]]]:
    """`_leg_response` for the async raw view."""
    return cast("Callable[_P, Awaitable[APIResponse[CallResponse]]]", method)

{render_calling_class(spec, asynchronous=False)}{render_calling_class(spec, asynchronous=True)}'''


# --- call and operation handles -----------------------------------------------------------------------------


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def operation_class(kind: str, prefix: str = "") -> str:
    """`PlayOperation`, `AsyncRecordOperation`, …"""
    return f"{prefix}{camel(kind)}Operation"


def handle_signature(c: Command, annotate: Annotator, control_id: Literal["keep", "optional", "drop"]) -> list[str]:
    """A command's parameters on a handle: no call id; `control_id` made optional (starts) or taken from the handle."""
    required = [name for name in c.required if not (name == "control_id" and control_id != "keep")]
    fields = {name: prop for name, prop in c.fields.items() if not (name == "control_id" and control_id == "drop")}
    args = [f"{python_name(name)}: {annotate(fields[name])}" for name in required]
    optional = [name for name in fields if name not in required]
    args += [f"{python_name(name)}: {annotate(fields[name])} | None = None" for name in optional]
    return ["*", *args] if args else []


def summary(c: Command) -> str:
    text = " ".join(c.description.split()) or f"Send `{c.wire_name}`."
    return text.partition(". ")[0].rstrip(".") + "."


def render_handle_classes(spec: dict[str, Any], *, asynchronous: bool) -> str:
    """`Call` and one operation handle per kind of operation (`PlayOperation`, …), sync or async."""
    annotate = Annotator(spec["components"]["schemas"])
    prefix = "Async" if asynchronous else ""
    coroutine, wait = ("async ", "await ") if asynchronous else ("", "")
    found = commands(spec)
    kinds = sorted({c.operation[0] for c in found if c.operation})
    call_methods = []
    for c in found:
        if c.call_id == "none":
            continue
        starts = c.operation is not None and c.operation[1] == "start"
        args = ", ".join(["self", *handle_signature(c, annotate, "optional" if starts else "keep")])
        passed = ", ".join(["self.id", *(f"{python_name(n)}={python_name(n)}" for n in c.fields)])
        sent = f"self._update({wait}self._calling.{c.method}({passed}))"
        if starts:
            assert c.operation is not None
            op = operation_class(c.operation[0], prefix)
            call_methods.append(
                f"    {coroutine}def {c.method}({args}) -> {op}:\n"
                f'        """{summary(c)}\n\n'
                f"        Sends `{c.wire_name}` to this call (params as for `{prefix}Calling.{c.method}`);\n"
                f"        `control_id` defaults to a new UUID. Returns a `{op}` handle on the operation it\n"
                f'        starts.\n        """\n'
                f"        control_id = new_control_id() if control_id is None else control_id\n"
                f"        return {op}(self, control_id, {sent})\n"
            )
        else:
            call_methods.append(
                f"    {coroutine}def {c.method}({args}) -> CallResponse:\n"
                f'        """{summary(c)}\n\n'
                f"        Sends `{c.wire_name}` to this call (params as for `{prefix}Calling.{c.method}`); returns\n"
                f"        the leg.\n"
                f'        """\n'
                f"        return {sent}\n"
            )
    operations = []
    for kind in kinds:
        methods = []
        for c in found:
            if c.operation is None or c.operation[0] != kind or c.operation[1] == "start":
                continue
            args = ", ".join(["self", *handle_signature(c, annotate, "drop")])
            passed = ", ".join(
                [
                    "self.call.id",
                    *(
                        f"{python_name(n)}={'self.control_id' if n == 'control_id' else python_name(n)}"
                        for n in c.fields
                    ),
                ]
            )
            methods.append(
                f"    {coroutine}def {c.method.removeprefix(kind + '_')}({args}) -> CallResponse:\n"
                f'        """{summary(c)}\n\n'
                f"        Sends `{c.wire_name}` for this operation; returns the leg.\n"
                f'        """\n'
                f"        return self._update({wait}self.call._calling.{c.method}({passed}))\n"
            )
        starter = next((c for c in found if c.operation == (kind, "start")), None)
        origin = f"`{prefix}Call.{starter.method}(...)` returns one" if starter else "SWML starts these"
        operations.append(
            f'class {operation_class(kind, prefix)}(OperationHandle["{prefix}Call"]):\n'
            f'    """One `{kind}` operation on a call, named by its `control_id` ({origin}).\n\n'
            f"    `{operation_class(kind, prefix)}(call, control_id)` builds one for an operation already running.\n"
            f'    """\n\n'
            f"    kind = {kind!r}\n\n" + "\n".join(methods)
        )
    client = "AsyncRestClient" if asynchronous else "RestClient"
    return f'''

class {prefix}Call(CallHandle[{prefix}Calling]):
    """A handle on one call of a `{client}`: its commands without repeating the call id.

    Returned by `client.calling.dial(...)`; `client.calling.call(call_id)` builds one for an existing call
    without sending anything. `.id` is the call's UUID; `.leg` the leg of the latest answer (None before
    any), which every command updates. Commands that start an operation (play, record, …) make their own
    `control_id` when none is given and return a handle on the operation.
    """

{chr(10).join(call_methods)}

{(chr(10) * 3).join(operations)}'''


def render_handles_module(spec: dict[str, Any]) -> str:
    kinds = sorted({c.operation[0] for c in commands(spec) if c.operation})
    return f'''"""Call and operation handles: `call = client.calling.dial(...)`, `call.play(...).stop()`. {HEADER}"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._calling import AsyncCalling, Calling
from ._handle import CallHandle, OperationHandle, new_control_id

if TYPE_CHECKING:
    from . import models, typed_dicts
    from ._spec import CallResponse

__all__ = {sorted(["AsyncCall", "Call", *(operation_class(k, p) for p in ("Async", "") for k in kinds)])!r}
{render_handle_classes(spec, asynchronous=False)}{render_handle_classes(spec, asynchronous=True)}'''


# --- the command-line table ---------------------------------------------------------------------------------


def option_kind(node: dict[str, Any], schemas: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """How the CLI reads a field: `str`, `int`, `float`, `bool`, `json` or `text_or_json`, and its choices."""
    if "$ref" in node:
        return option_kind(schemas[node["$ref"].removeprefix(REF_PREFIX)], schemas)
    values = [node["const"]] if "const" in node else node.get("enum")
    if values is not None:
        if all(isinstance(value, str) for value in values):
            return "str", tuple(values)
        return "json", ()
    options = node.get("anyOf") or node.get("oneOf")
    if options:
        found = [option_kind(option, schemas) for option in options]
        kinds = {kind for kind, _ in found}
        if kinds == {"str"}:
            choices = tuple(dict.fromkeys(c for _, cs in found for c in cs))
            return "str", choices if all(cs for _, cs in found) else ()
        if len(kinds) == 1:
            return kinds.pop(), ()
        return ("text_or_json" if kinds == {"str", "json"} else "json"), ()
    kind = node.get("type")
    scalars = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
    return scalars.get(kind, "json") if isinstance(kind, str) else "json", ()


def render_cli_table(spec: dict[str, Any]) -> str:
    """`_cli_table.py`: per command, its names, help text and one option per param, for `signalwire_calling.cli`."""
    schemas = spec["components"]["schemas"]
    entries = []
    for c in commands(spec):
        options = []
        for name, prop in c.fields.items():
            kind, choices = option_kind(prop, schemas)
            text = describe(prop, schemas)
            if "default" in prop:
                text += f" Server default: {json.dumps(prop['default'])}."
            options.append(
                f"Option({name!r}, {python_name(name)!r}, {kind!r}, {name in c.required!r}, {choices!r}, {text!r})"
            )
        description = " ".join(c.description.split())
        listed = "".join(f"\n            {option}," for option in options)
        entries.append(
            f"    Command(\n        {c.method!r}, {c.wire_name!r}, {c.call_id != 'none'!r},\n        {summary(c)!r},\n"
            f"        {description!r},\n        ({listed}{chr(10) + '        ' if options else ''}),\n    ),"
        )
    return f'''"""The `signalwire-calling` CLI: one subcommand per command, one option per param. {HEADER}"""

from __future__ import annotations

from typing import Final, Literal, NamedTuple

OptionKind = Literal["str", "int", "float", "bool", "json", "text_or_json"]


class Option(NamedTuple):
    """One param of a command as a command-line option."""

    wire_name: str
    keyword: str
    """The keyword of the `client.calling` method."""
    kind: OptionKind
    """How the value is read: a scalar, JSON (arrays, objects), or JSON when it starts with `[`/`{{` else text."""
    required: bool
    choices: tuple[str, ...]
    help: str


class Command(NamedTuple):
    """One command as a subcommand."""

    method: str
    wire_name: str
    takes_call_id: bool
    summary: str
    description: str
    options: tuple[Option, ...]


# fmt: off
COMMANDS: Final[tuple[Command, ...]] = (
{chr(10).join(entries)}
)
# fmt: on
'''


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
    return dropped - reachable(schemas, set(schemas) - dropped)


def reachable(schemas: dict[str, Any], roots: set[str]) -> set[str]:
    """`roots` and every schema they reference, transitively."""
    found: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            pending.extend(ref.removeprefix(REF_PREFIX) for ref in references(schemas[name]))
    return found


def webhook_payloads(spec: dict[str, Any]) -> dict[str, str]:
    """Each webhook of the spec's `webhooks:` -> the schema of the JSON body SignalWire POSTs."""
    found: dict[str, str] = {}
    for name, item in spec.get("webhooks", {}).items():
        body = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        if "$ref" not in body:
            raise ValueError(f"webhook {name}: the request body must be a $ref to a named schema")
        found[name] = body["$ref"].removeprefix(REF_PREFIX)
    return found


def webhook_only_schemas(spec: dict[str, Any]) -> set[str]:
    """Schemas only the webhook payloads use (nothing the client sends or receives)."""
    schemas = spec["components"]["schemas"]
    for_webhooks = reachable(schemas, set(webhook_payloads(spec).values()))
    return for_webhooks - reachable(schemas, {ref.removeprefix(REF_PREFIX) for ref in references(spec["paths"])})


def render_webhook_models(spec: dict[str, Any]) -> str:
    """`webhook_models.py`: the payload model of each webhook, and their union."""
    payloads = webhook_payloads(spec)
    models = sorted(set(payloads.values()))
    imports = "\n".join(f"from .models.{snake_case(name)} import {name}" for name in models)
    table = "\n".join(f"    {hook!r}: {model}," for hook, model in payloads.items())
    return f'''"""The payload model of each webhook in the spec's `webhooks:`. {HEADER}"""

from __future__ import annotations

from typing import Final, TypeAlias

{imports}

WebhookPayload: TypeAlias = {" | ".join(models)}
"""Any payload SignalWire POSTs to your server for the Calling API."""

WEBHOOK_MODELS: Final[dict[str, type[WebhookPayload]]] = {{
{table}
}}
"""The model of each webhook's payload, by the webhook's name in the spec."""

__all__ = ["WEBHOOK_MODELS", "WebhookPayload"]
'''


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
    (package_dir / "_handles.py").write_text(render_handles_module(spec), encoding="utf-8")
    (package_dir / "_cli_table.py").write_text(render_cli_table(spec), encoding="utf-8")
    (package_dir / "types.py").write_text(TYPES_MODULE, encoding="utf-8")
    (package_dir / "models" / "__init__.py").write_text(render_models_index(models), encoding="utf-8")
    (package_dir / "webhook_models.py").write_text(render_webhook_models(spec), encoding="utf-8")
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
