"""What several renderers share: the "do not edit" stamp and openapi-python-client's module names."""

from __future__ import annotations

import re

HEADER = "Generated from spec/ by generator/; do not edit."


def snake_case(name: str) -> str:
    """The module openapi-python-client puts a schema's model in: `CallLeg` -> `call_leg`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
