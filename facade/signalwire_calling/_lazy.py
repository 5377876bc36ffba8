"""The import hook of the generated `signalwire_calling.models` index: each model on first use.

The index (`models/__init__.py`) holds only the table of which module defines which model and calls
`lazy_attributes` with it; importing all of them would cost import time most programs never need.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(
    module_name: str, modules: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for the package `module_name`, whose names live in its submodules.

    `modules` maps each name to the submodule that defines it. A name is imported when first asked for and
    then kept in the package's namespace, so the hook runs once per name. Call it from the package itself:
    `__getattr__, __dir__ = lazy_attributes(__name__, _MODULES)`.
    """
    namespace = sys.modules[module_name].__dict__

    def get_attribute(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        import importlib  # here: the index itself is imported with the first answer, importlib only now

        value = getattr(importlib.import_module(f".{module}", module_name), name)
        namespace[name] = value
        return value

    def list_names() -> list[str]:
        return sorted(modules)

    return get_attribute, list_names
