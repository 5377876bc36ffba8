"""How a wire field name and a method keyword correspond: `from` on the wire is `from_` in Python.

The one home of that rule. The generator names the keywords of the methods it emits with `python_name` (it
loads this file by path, before the package is installed, so it imports nothing but the standard library);
the façade and the mock map keywords back with `wire_name`.
"""

from __future__ import annotations

import keyword

__all__ = ["python_name", "wire_name"]


def python_name(wire_name: str) -> str:
    """The keyword for a wire field: a Python keyword gets a trailing `_` (`from` -> `from_`)."""
    return wire_name + "_" if keyword.iskeyword(wire_name) else wire_name


def wire_name(python_name: str) -> str:
    """The wire field of a keyword: the inverse of `python_name` (`from_` -> `from`)."""
    stem = python_name[:-1]
    return stem if python_name.endswith("_") and keyword.iskeyword(stem) else python_name
