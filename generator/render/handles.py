"""`_handles.py`: `Call`/`AsyncCall` and one operation handle per kind (`PlayOperation`, …), from the
commands' `x-signalwire-operation`.

A call handle has every command with a call id, without it; a command that starts an operation makes its
own `control_id` when none is given and answers that operation's handle, whose methods are the other
commands on the kind (`stop`, `pause`, …) with the `control_id` filled in, typed by the model of the event that
ends it (`PlayEvent`, from the webhooks' `x-signalwire-event`). The shared behaviour (the latest leg, what
status events said, the waits) is the hand-written `facade/signalwire_calling/_handle_base.py`.
"""

from __future__ import annotations

from typing import Literal

from generator.model import Command, OperationKind, Spec
from generator.render.annotate import Annotator
from generator.render.common import HEADER

PATH = "signalwire_calling/_handles.py"


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def operation_class(kind: str, prefix: str = "") -> str:
    """`PlayOperation`, `AsyncRecordOperation`, …"""
    return f"{prefix}{camel(kind)}Operation"


def handle_signature(c: Command, annotate: Annotator, control_id: Literal["keep", "optional", "drop"]) -> list[str]:
    """A command's parameters on a handle: no call id; `control_id` made optional (starts) or taken from the handle."""
    required = [f for f in c.required if not (f.name == "control_id" and control_id != "keep")]
    fields = [f for f in c.fields if not (f.name == "control_id" and control_id == "drop")]
    args = [f"{f.keyword}: {annotate(f.schema)}" for f in required]
    args += [f"{f.keyword}: {annotate(f.schema)} | None = None" for f in fields if f not in required]
    return ["*", *args] if args else []


def _call_method(c: Command, annotate: Annotator, prefix: str) -> str:
    coroutine, wait = ("async ", "await ") if prefix else ("", "")
    args = ", ".join(["self", *handle_signature(c, annotate, "optional" if c.starts else "keep")])
    passed = ", ".join(["self.id", *(f"{f.keyword}={f.keyword}" for f in c.fields)])
    sent = f"self._update({wait}self._calling.{c.method}({passed}))"
    if c.operation is not None and c.starts:
        op = operation_class(c.operation.kind, prefix)
        return (
            f"    {coroutine}def {c.method}({args}) -> {op}:\n"
            f'        """{c.summary}\n\n'
            f"        Sends `{c.wire_name}` to this call (params as for `{prefix}Calling.{c.method}`);\n"
            f"        `control_id` defaults to a new UUID. Returns a `{op}` handle on the operation it\n"
            f'        starts.\n        """\n'
            f"        control_id = new_control_id() if control_id is None else control_id\n"
            f"        return {op}(self, control_id, {sent})\n"
        )
    return (
        f"    {coroutine}def {c.method}({args}) -> CallResponse:\n"
        f'        """{c.summary}\n\n'
        f"        Sends `{c.wire_name}` to this call (params as for `{prefix}Calling.{c.method}`); returns\n"
        f"        the leg.\n"
        f'        """\n'
        f"        return {sent}\n"
    )


def _operation_class(operation: OperationKind, annotate: Annotator, prefix: str, result: str) -> str:
    coroutine, wait = ("async ", "await ") if prefix else ("", "")
    kind = operation.kind
    methods = []
    for c in operation.actions:
        args = ", ".join(["self", *handle_signature(c, annotate, "drop")])
        keywords = [f"{f.keyword}={'self.control_id' if f.name == 'control_id' else f.keyword}" for f in c.fields]
        passed = ", ".join(["self.call.id", *keywords])
        methods.append(
            f"    {coroutine}def {c.method.removeprefix(kind + '_')}({args}) -> CallResponse:\n"
            f'        """{c.summary}\n\n'
            f"        Sends `{c.wire_name}` for this operation; returns the leg.\n"
            f'        """\n'
            f"        return self._update({wait}self.call._calling.{c.method}({passed}))\n"
        )
    starter = operation.start
    origin = f"`{prefix}Call.{starter.method}(...)` returns one" if starter else "SWML starts these"
    return (
        f'class {operation_class(kind, prefix)}({prefix}OperationHandle["{prefix}Call", "models.{result}"]):\n'
        f'    """One `{kind}` operation on a call, named by its `control_id` ({origin}).\n\n'
        f"    `{operation_class(kind, prefix)}(call, control_id)` builds one for an operation already running.\n"
        f'    """\n\n'
        f"    kind = {kind!r}\n\n" + "\n".join(methods)
    )


def _handle_classes(spec: Spec, *, asynchronous: bool) -> str:
    """`Call` and one operation handle per kind of operation, sync or async."""
    annotate = Annotator(spec.schemas)
    prefix = "Async" if asynchronous else ""
    call_methods = [_call_method(c, annotate, prefix) for c in spec.commands if c.takes_call_id]
    results = spec.operation_results
    operations = [
        _operation_class(operation, annotate, prefix, results.get(operation.kind, spec.generic_event))
        for operation in spec.operations
    ]
    client = "AsyncRestClient" if asynchronous else "RestClient"
    return f'''

class {prefix}Call({prefix}CallHandle[{prefix}Calling]):
    """A handle on one call of a `{client}`: its commands without repeating the call id.

    Returned by `client.calling.dial(...)`; `client.calling.call(call_id)` builds one for an existing call
    without sending anything. `.id` is the call's UUID; `.leg` the leg of the latest answer (None before
    any), which every command updates. Commands that start an operation (play, record, …) make their own
    `control_id` when none is given and return a handle on the operation.
    """

{chr(10).join(call_methods)}

{(chr(10) * 3).join(operations)}'''


def render(spec: Spec) -> str:
    kinds = [operation.kind for operation in spec.operations]
    exported = sorted(["AsyncCall", "Call", *(operation_class(k, p) for p in ("Async", "") for k in kinds)])
    return f'''"""Call and operation handles: `call = client.calling.dial(...)`, `call.play(...).stop()`. {HEADER}"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._calling import AsyncCalling, Calling
from ._handle_base import AsyncCallHandle, AsyncOperationHandle, CallHandle, OperationHandle, new_control_id

if TYPE_CHECKING:
    from . import models, swml, typed_dicts
    from ._spec import CallResponse

__all__ = {exported!r}
{_handle_classes(spec, asynchronous=False)}{_handle_classes(spec, asynchronous=True)}'''
