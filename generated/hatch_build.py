# Generated from spec/ by generator/; do not edit.
"""Add the hand-written modules (../facade/signalwire_calling) to the wheel built from generated/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class FacadeHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        facade = Path(self.root).resolve().parent / "facade" / "signalwire_calling"
        # An editable install lists ../facade instead (dev-mode-dirs); a wheel built from the sdist has the
        # modules already in place.
        if version == "standard" and facade.is_dir():
            build_data["force_include"][str(facade)] = "signalwire_calling"
