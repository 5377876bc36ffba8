"""`models/__init__.py`: every attrs model importable from `signalwire_calling.models`, each on first use.

Rendered from what openapi-python-client wrote (the kept models' class -> module), not from the spec: it
also names the models of inline objects, which have no schema of their own.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.render.common import HEADER

PATH = "signalwire_calling/models/__init__.py"


def render(classes: Mapping[str, str]) -> str:
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
