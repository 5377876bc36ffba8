"""Fixtures for the renderer tests: a scratch package to run rendered modules that import their siblings."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def scratch_package(tmp_path: Path) -> Iterator[types.ModuleType]:
    """An empty package inside `signalwire_calling` whose submodules are the files of its own directory.

    `..` from it is the installed `signalwire_calling`, so rendered code that imports both its siblings
    (`.models.x`) and the hand-written modules (`.._lazy`) runs; it is removed from `sys.modules` afterwards.
    """
    name = "signalwire_calling._scratch"
    package = types.ModuleType(name)
    package.__path__ = [str(tmp_path)]
    package.__package__ = name
    sys.modules[name] = package
    try:
        yield package
    finally:
        for key in [key for key in sys.modules if key == name or key.startswith(name + ".")]:
            del sys.modules[key]
