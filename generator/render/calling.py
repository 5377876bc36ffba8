"""`_calling.py`: `Calling` and `AsyncCalling`, one typed, documented method per command, and their raw views.

Each method's body hands its arguments, keyed by wire name, to the client's `_send` with the command's
`CommandInfo`; the two classes differ only in `async`/`await`. `dial` (the command without a call id)
answers a handle on the new call rather than the bare leg.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Any

from generator.model import Command, Spec
from generator.render.annotate import Annotator
from generator.render.common import HEADER
from generator.render.shapes import shapes

PATH = "signalwire_calling/_calling.py"


SHAPES_NOTE = (
    "Nested params take the models of `signalwire_calling.models` named with each, or dicts of the TypedDicts of"
    " the same names in `signalwire_calling.typed_dicts`; `*` marks a required field."
)


def docstring(c: Command, schemas: Mapping[str, Any]) -> str:
    """The method's docstring: summary, details, retry behaviour, then Args (with nested shapes)/Returns/Raises."""
    lines = [c.summary]
    if c.details:
        lines += ["", textwrap.fill(c.details, width=100)]
    retry = " (safe to retry)." if c.idempotent else " (never retried once it may have reached SignalWire)."
    lines += ["", f"Sends `{c.wire_name}`" + retry]
    if any(shapes(field.schema, schemas) for field in c.fields):
        lines += ["", textwrap.fill(SHAPES_NOTE, width=100)]
    lines += ["", "Args:"]
    if c.takes_call_id:
        lines.append("    call_id: The call to act on (its UUID).")
    for field in c.fields:
        text = field.description
        if field.required:
            text = "Required. " + text
        if field.keyword != field.name:
            text += f" Sent as `{field.name}`."
        if field.has_default:
            text += f" Server default: `{field.default!r}`."
        if shape := shapes(field.schema, schemas):
            text += f" {shape}"
        lines.append(textwrap.fill(f"    {field.keyword}: {text.strip()}", width=100, subsequent_indent="        "))
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
    if c.takes_call_id:
        args.append("call_id: str | UUID")
    if c.fields:
        args.append("*")
    args += [f"{field.keyword}: {annotate(field.schema)}" for field in c.required]
    args += [f"{field.keyword}: {annotate(field.schema)} | None = None" for field in c.fields if not field.required]
    return args


def _calling_class(spec: Spec, *, asynchronous: bool) -> str:
    """`Calling` or `AsyncCalling` and its raw-response view."""
    annotate = Annotator(spec.schemas)
    prefix = "Async" if asynchronous else ""
    coroutine, wait = ("async ", "await ") if asynchronous else ("", "")
    methods, raw = [], []
    for c in spec.commands:
        args = ", ".join(method_signature(c, annotate))
        params = ", ".join(f"{field.name!r}: {field.keyword}" for field in c.fields)  # wire order, as in the spec
        call_id = "call_id" if c.takes_call_id else "None"
        sent = f"{wait}self._send(COMMANDS[{c.wire_name!r}], {call_id}, {{{params}}})"
        # A command without a call id creates the call (dial): it answers a handle on it, not the bare leg.
        returns, body = ("CallResponse", sent) if c.takes_call_id else (f"{prefix}Call", f"self._handle({sent})")
        doc = textwrap.indent(docstring(c, spec.schemas), " " * 8).lstrip()
        if not c.takes_call_id:
            handle = "A handle on the new call (`Call`, `AsyncCall` when awaited): `.id`, `.leg`, its commands."
            doc = doc.replace("The call leg the command acted on.", handle)
        methods.append(
            f"    {coroutine}def {c.method}(self, {args}) -> {returns}:\n"
            f'        """{doc}\n        """\n'
            f"        return {body}\n"
        )
        answers = "raw" if c.takes_call_id else "leg"
        wrap = f"as_{prefix.lower()}{'_' if prefix else ''}{answers}_response"
        raw.append(f"        self.{c.method} = {wrap}(calling.{c.method})")
    client, kind = ("AsyncRestClient", "every method is a coroutine function") if asynchronous else ("RestClient", "")
    return f'''
class {prefix}Calling(CallingBase[{prefix}Sender, "{prefix}Call", "{prefix}CallingWithRawResponse"]):
    """The Calling commands: `client.calling` on a `{client}`{"; " + kind if kind else ""}.

    Params are keyword-only and named as on the wire (`from_` for `from`). Nested objects accept the
    attrs models in `signalwire_calling.models` or plain dicts shaped like `signalwire_calling.typed_dicts`.
    An argument left as `None` is not sent. `call(call_id)` makes a handle on a call, `with_raw_response` the
    same commands answering the HTTP response.
    """

    _handle_class = "{prefix}Call"

{chr(10).join(methods)}

class _{prefix}RawCalling({prefix}Calling):
    """The commands of `with_raw_response`: `dial` answers the `APIResponse` itself, not a handle."""

    _answers_handles = False


class {prefix}CallingWithRawResponse:
    """`client.calling.with_raw_response` on a `{client}`: each command answers an `APIResponse`."""

    def __init__(self, calling: {prefix}Calling) -> None:
{chr(10).join(raw)}


{prefix}Calling._raw_calling = _{prefix}RawCalling
{prefix}Calling._raw_view = {prefix}CallingWithRawResponse

'''


def render(spec: Spec) -> str:
    return f'''"""`client.calling.<command>(...)`: one typed method per Calling command. {HEADER}"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._calling_base import CallingBase
from ._response import (
    AsyncSender,
    Sender,
    as_async_leg_response,
    as_async_raw_response,
    as_leg_response,
    as_raw_response,
)
from ._spec import COMMANDS

if TYPE_CHECKING:
    from uuid import UUID

    from . import models, swml, typed_dicts
    from ._handles import AsyncCall, Call
    from ._spec import CallResponse

__all__ = ["AsyncCalling", "AsyncCallingWithRawResponse", "Calling", "CallingWithRawResponse"]

{_calling_class(spec, asynchronous=False)}{_calling_class(spec, asynchronous=True)}'''
