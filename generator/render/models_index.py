"""`models/__init__.py`: every attrs model importable from `signalwire_calling.models`, each on first use.

Rendered from what openapi-python-client wrote (the kept models' class -> module), not from the spec: it
also names the models of inline objects, which have no schema of their own. The import hook is the
hand-written `signalwire_calling._lazy.lazy_attributes`; this module holds only its table.
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

from typing import TYPE_CHECKING

from .._lazy import lazy_attributes

if TYPE_CHECKING:
{checking}

_MODULES: dict[str, str] = {{
{table}
}}

__all__ = [
{listed}
]

__getattr__, __dir__ = lazy_attributes(__name__, _MODULES)
'''
