"""The generator tests' fixture spec (tests/generator/fixture.yaml) and a way to run what a renderer wrote."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from generator import model

FIXTURE = Path(__file__).resolve().parents[1] / "generator" / "fixture.yaml"
_DOCUMENT: dict[str, Any] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))


def document() -> dict[str, Any]:
    """A fresh copy of the parsed fixture, to break in a test."""
    return copy.deepcopy(_DOCUMENT)


def fixture_spec() -> model.Spec:
    return model.build(document())


def run_module(source: str, name: str, package: str = "signalwire_calling") -> dict[str, Any]:
    """Execute rendered source as the module `<package>.<name>`; answer its namespace.

    Its relative imports (`from ._spec_types import …`) resolve in the installed package, so the rendered
    code runs against the hand-written modules it is generated for.
    """
    namespace: dict[str, Any] = {"__name__": f"{package}.{name}", "__package__": package}
    exec(compile(source, f"<rendered {name}>", "exec"), namespace)  # noqa: S102 - our renderer's output
    return namespace
