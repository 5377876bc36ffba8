"""The spec as the renderers see it: spec/calling.yaml read once into plain, checked data classes.

`load(path)` (or `build(document)` for a document already parsed) is the only reader of the raw OpenAPI
document: every rule about what the `x-signalwire-*` extensions, the `CallRequest` union and the response
union mean lives here (what `webhooks:` and `x-signalwire-event` mean, in `generator/events.py`; how `$ref`s
resolve, in `generator/spec_refs.py`), and every renderer in `generator/render/` takes the resulting `Spec`.
A spec that breaks a rule the generated code relies on raises `SpecError`, which fails the build: duplicate
`x-signalwire-method` values, a JSON-Schema keyword or string format the request validator does not
implement, a webhook body that is not a `$ref`, a `$ref` to no schema.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, NamedTuple

import yaml

from generator import events, swml_model
from generator.events import Event
from generator.spec_refs import REF_PREFIX, reachable, schema_name
from generator.spec_refs import SpecError as SpecError  # what build() raises, as model.SpecError too

REQUEST_SCHEMA = "CallRequest"
RESPONSE_SCHEMA = "CallResponse"

_FACADE = Path(__file__).resolve().parent.parent / "facade" / "signalwire_calling"


def _facade_module(name: str) -> ModuleType:
    """A pure-stdlib module of the façade, loaded from its file: the generator runs before any install."""
    found = importlib.util.spec_from_file_location(f"_signalwire_calling_facade_{name}", _FACADE / f"{name}.py")
    if found is None or found.loader is None:
        raise ImportError(f"no module at {_FACADE / name}.py")
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module


python_name: Callable[[str], str] = _facade_module("_names").python_name
"""The keyword a method takes for a wire field (`from` -> `from_`): `signalwire_calling._names.python_name`."""

_SCHEMA_RULES = _facade_module("_schema_rules")
VALIDATION_KEYWORDS: frozenset[str] = _SCHEMA_RULES.SUPPORTED_KEYWORDS
"""The JSON-Schema keywords the validators implement (`signalwire_calling._schema_rules`): the only ones kept in
the validation tables."""
UNSUPPORTED_KEYWORDS: frozenset[str] = _SCHEMA_RULES.UNSUPPORTED_KEYWORDS
"""Keywords that constrain values but that the validators do not implement: a spec using one would be silently
under-checked, so the build fails instead (implement it there first)."""
VALIDATED_FORMATS: frozenset[str] = _SCHEMA_RULES.SUPPORTED_FORMATS


CallIdPlacement = Literal["body", "params", "none"]


class Operation(NamedTuple):
    """A command's `x-signalwire-operation`: what long-running operation it starts or acts on, and how."""

    kind: str
    """`play`, `record`, …: the operation, named by its `control_id`."""
    effect: str
    """`start`, `stop`, `pause`, …"""


@dataclass(frozen=True)
class Field:
    """One param of a command (a property of its params schema, or of any of its variants)."""

    name: str
    """The wire name, e.g. `from`."""
    keyword: str
    """The method's keyword for it, e.g. `from_`."""
    schema: Mapping[str, Any]
    """Its JSON Schema as written in the spec (`$ref`s unresolved)."""
    required: bool
    """Required in every variant of the params."""
    description: str
    """Its description on one line; the referenced schema's when the property has none."""

    @property
    def has_default(self) -> bool:
        return "default" in self.schema

    @property
    def default(self) -> Any:
        """The server default the spec documents (check `has_default` first: None is a possible default)."""
        return self.schema.get("default")


@dataclass(frozen=True)
class Command:
    """One command of the `CallRequest` union."""

    wire_name: str
    """The value of `command` on the wire, e.g. `calling.play`."""
    method: str
    """`x-signalwire-method`: the Python method, e.g. `play`."""
    request_schema: str
    """The schema a whole request body of this command matches, e.g. `PlayRequest`."""
    call_id: CallIdPlacement
    """Where the call id goes: top-level `id`, `params.id` (update), or nowhere (dial)."""
    idempotent: bool
    """`x-signalwire-idempotent`: sending it twice cannot start anything twice."""
    operation: Operation | None
    fields: tuple[Field, ...]
    """Its params in spec order (over all variants, first occurrence wins), without `params.id`."""
    params_schemas: tuple[str, ...]
    """The schema of its params, or of each variant of them."""
    description: str
    """The request schema's description on one line ("" when it has none)."""
    summary: str
    """The first sentence of the description, ending in a period (`Send <wire name>.` without one)."""
    details: str
    """The rest of the description after the summary; "" when there is none."""

    @property
    def required(self) -> tuple[Field, ...]:
        return tuple(field for field in self.fields if field.required)

    @property
    def takes_call_id(self) -> bool:
        return self.call_id != "none"

    @property
    def starts(self) -> bool:
        """True for the command that starts its operation (e.g. `play`, not `play_stop`)."""
        return self.operation is not None and self.operation.effect == "start"


@dataclass(frozen=True)
class OperationKind:
    """One kind of long-running operation and the commands about it."""

    kind: str
    start: Command | None
    """The command that starts it; None for operations only SWML starts."""
    actions: tuple[Command, ...]
    """The other commands on it (stop, pause, …), in spec order."""


@dataclass(frozen=True)
class Response:
    """What every command answers: the `CallResponse` union of models, told apart by a discriminator."""

    models: tuple[str, ...]
    """The schemas of the union, in spec order."""
    discriminator: str
    """The property whose value picks the model."""
    mapping: Mapping[str, str]
    """Each value of the discriminator -> the schema of its model."""


@dataclass(frozen=True)
class Spec:
    """Everything the renderers read, built once from the document by `build`."""

    commands: tuple[Command, ...]
    """In the order of the `CallRequest` discriminator mapping."""
    operations: tuple[OperationKind, ...]
    """By kind, sorted."""
    response: Response
    schemas: Mapping[str, Any]
    """`components/schemas` as written, for what needs the full schemas (annotations, CLI option kinds)."""
    validation_schemas: Mapping[str, Any]
    """Each schema the client sends or receives, cut to the validation keywords, `$ref`s as bare names."""
    webhooks: Mapping[str, str]
    """Each webhook of `webhooks:` -> the schema of the JSON body SignalWire POSTs."""
    request_only: frozenset[str]
    """Schemas no user needs as a model: the request union, each command's request and top-level params."""
    webhook_only: frozenset[str]
    """Schemas only the webhook payloads use (nothing the client sends or receives)."""
    events: tuple[Event, ...]
    """The webhooks with `x-signalwire-event`, in spec order."""
    generic_event: str
    """`x-signalwire-generic-event`: the schema of an event whose `event_type` no webhook describes."""
    swml_schema: str | None = None
    """The schema with `x-signalwire-swml` (inline SWML): its validation table entry is the SWML document's."""
    swml: swml_model.SwmlSpec | None = None
    """The SWML spec that extension names (spec/swml.yaml), read by `swml_model`."""

    @property
    def operation_results(self) -> dict[str, str]:
        """Each operation kind -> the model of the event that ends it (the one webhook whose terminal rules can)."""
        return {kind: event.model for event in self.events if event.terminal for kind in event.operations}


def load(path: Path) -> Spec:
    """Read and check the OpenAPI document at `path`, and the SWML spec its `x-signalwire-swml` names (beside it)."""
    with path.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    marked = _swml_schema(document["components"]["schemas"])
    swml = None
    if marked is not None:
        swml_path = path.parent / str(document["components"]["schemas"][marked]["x-signalwire-swml"])
        try:
            swml = swml_model.load(swml_path)
        except (OSError, swml_model.SwmlSpecError) as exc:
            raise SpecError(f"{swml_path.name}: {exc}") from exc
    return build(document, swml)


def build(document: Mapping[str, Any], swml: swml_model.SwmlSpec | None = None) -> Spec:
    """The `Spec` of a parsed OpenAPI document (and of the SWML spec its `x-signalwire-swml` names); raises
    `SpecError` when it breaks a rule."""
    schemas: Mapping[str, Any] = document["components"]["schemas"]
    swml_schema = _swml_schema(schemas)
    if (swml_schema is None) != (swml is None):
        raise SpecError("a SWML spec goes with exactly one schema marked x-signalwire-swml, and that one needs it")
    mapping = schemas[REQUEST_SCHEMA]["discriminator"]["mapping"]
    commands = tuple(_command(wire, schema_name(ref, schemas), schemas) for wire, ref in mapping.items())
    methods = [command.method for command in commands]
    if len(set(methods)) != len(methods):
        duplicated = sorted({method for method in methods if methods.count(method) > 1})
        raise SpecError(f"x-signalwire-method values must be unique: {duplicated} appear more than once")
    webhooks = events.webhooks(document, schemas)
    if "x-signalwire-generic-event" not in document:
        raise SpecError("x-signalwire-generic-event is missing: the schema of an event no webhook describes")
    generic_event = schema_name(str(document["x-signalwire-generic-event"]), schemas)
    webhook_only = events.webhook_only(document, {**webhooks, "": generic_event}, schemas)
    operations = _operations(commands)
    validation = {name: validation_schema(schema) for name, schema in schemas.items() if name not in webhook_only}
    if swml_schema is not None:
        # Inline SWML is checked as the SWML document it is, from the SWML spec's own tables.
        validation[swml_schema] = {"$ref": swml_model.TABLE_PREFIX + swml_model.ROOT}
    return Spec(
        commands=commands,
        operations=operations,
        response=_response(schemas),
        schemas=schemas,
        validation_schemas=validation,
        webhooks=webhooks,
        request_only=frozenset(_request_only(commands, schemas)),
        webhook_only=frozenset(webhook_only),
        events=events.events(document, webhooks, {operation.kind for operation in operations}),
        generic_event=generic_event,
        swml_schema=swml_schema,
        swml=swml,
    )


def _swml_schema(schemas: Mapping[str, Any]) -> str | None:
    marked = [name for name, schema in schemas.items() if "x-signalwire-swml" in schema]
    if len(marked) > 1:
        raise SpecError(f"x-signalwire-swml marks more than one schema: {marked}")
    return marked[0] if marked else None


def first_sentence(text: str) -> tuple[str, str]:
    """`(summary, rest)` of a one-line description: the first sentence with its period, and what follows."""
    head, _, rest = text.partition(". ")
    return head.rstrip(".") + ".", rest


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _command(wire_name: str, request_name: str, schemas: Mapping[str, Any]) -> Command:
    request = schemas[request_name]
    props = request["properties"]
    params = props["params"]
    params_schemas = tuple(schema_name(ref["$ref"], schemas) for ref in params.get("oneOf", [params]))
    variants = [schemas[name] for name in params_schemas]
    call_id: CallIdPlacement
    if "id" in props:
        call_id = "body"
    elif all("id" in variant.get("properties", {}) for variant in variants):
        call_id = "params"
    else:
        call_id = "none"
    required_everywhere = set.intersection(*(set(variant.get("required", [])) for variant in variants))
    found: dict[str, Mapping[str, Any]] = {}
    for variant in variants:
        for name, prop in variant.get("properties", {}).items():
            if not (name == "id" and call_id == "params"):
                found.setdefault(name, prop)
    fields = tuple(
        Field(
            name=name,
            keyword=python_name(name),
            schema=prop,
            required=name in required_everywhere,
            description=_describe(prop, schemas),
        )
        for name, prop in found.items()
    )
    operation = request.get("x-signalwire-operation")
    description = _one_line(request.get("description"))
    summary, details = first_sentence(description or f"Send `{wire_name}`.")
    return Command(
        wire_name=wire_name,
        method=request["x-signalwire-method"],
        request_schema=request_name,
        call_id=call_id,
        idempotent=request["x-signalwire-idempotent"],
        operation=Operation(operation["kind"], operation["effect"]) if operation else None,
        fields=fields,
        params_schemas=params_schemas,
        description=description,
        summary=summary,
        details=details,
    )


def _describe(prop: Mapping[str, Any], schemas: Mapping[str, Any]) -> str:
    text = prop.get("description")
    if not text and "$ref" in prop:
        text = schemas[schema_name(prop["$ref"], schemas)].get("description")
    return _one_line(text)


def _operations(commands: tuple[Command, ...]) -> tuple[OperationKind, ...]:
    kinds = sorted({command.operation.kind for command in commands if command.operation})
    return tuple(
        OperationKind(
            kind=kind,
            start=next((c for c in commands if c.operation == (kind, "start")), None),
            actions=tuple(c for c in commands if c.operation and c.operation.kind == kind and not c.starts),
        )
        for kind in kinds
    )


def _response(schemas: Mapping[str, Any]) -> Response:
    response = schemas[RESPONSE_SCHEMA]
    discriminator = response["discriminator"]
    return Response(
        models=tuple(schema_name(ref["$ref"], schemas) for ref in response["anyOf"]),
        discriminator=discriminator["propertyName"],
        mapping={tag: schema_name(ref, schemas) for tag, ref in discriminator["mapping"].items()},
    )


def validation_schema(node: Any) -> Any:
    """Keep only what validation needs; `$ref`s become bare schema names. Fails on what it cannot check."""
    if isinstance(node, list):
        return [validation_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    unsupported = UNSUPPORTED_KEYWORDS.intersection(node)
    if unsupported:
        raise SpecError(f"the spec uses {sorted(unsupported)}, which the request validator does not implement")
    if node.get("format", "uuid") not in VALIDATED_FORMATS and node.get("type") == "string":
        raise SpecError(f"the spec uses format {node['format']!r}, which the request validator does not implement")
    kept: dict[str, Any] = {}
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


def _request_only(commands: tuple[Command, ...], schemas: Mapping[str, Any]) -> set[str]:
    # Methods take those fields as keywords. A schema also used by a kept one (a nested item, an enum) stays.
    dropped = {REQUEST_SCHEMA}
    for command in commands:
        dropped.add(command.request_schema)
        dropped.update(command.params_schemas)
    return dropped - reachable(schemas, set(schemas) - dropped)
