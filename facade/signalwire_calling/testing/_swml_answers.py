"""The mock's check of the SWML a user's webhook answers to a call's SWML fetch.

SignalWire runs that SWML on the call, so a handler answering something SWML rejects has failed as surely as
one answering 500: the delivery is journaled as failed, naming the path, and the call keeps its old SWML.
Inline SWML in a request needs nothing here: the request check (`_validation`, against the spec's `Swml`,
which is the SWML document schema) answers 422 naming `params.swml.<path>`.
"""

from __future__ import annotations

import json

import attrs

from .._swml import issues
from ._records import Delivery

__all__ = ["checked_swml_answer", "swml_answer_error"]


def swml_answer_error(answer: str) -> str | None:
    """Why `answer` is no SWML document SignalWire would run; None when it is one.

    Only JSON answers are checked: SignalWire also takes YAML, which the mock (standard library only) cannot
    read, so any answer that is not JSON is taken as it is.
    """
    try:
        document = json.loads(answer)
    except ValueError:
        return None
    if not isinstance(document, dict):
        return "answered JSON that is no SWML document (expected an object)"
    found = issues(document)
    if not found:
        return None
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    return f"answered invalid SWML: {found[0].path}: {found[0].message}{more}"


def checked_swml_answer(delivery: Delivery) -> Delivery:
    """`delivery` of a SWML fetch, marked failed when its 2xx answer is invalid SWML."""
    if delivery.kind != "inboundCallWebhook" or not delivery.ok:
        return delivery
    error = swml_answer_error(delivery.answer)
    return delivery if error is None else attrs.evolve(delivery, error=error)
