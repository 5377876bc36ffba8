"""`types.py`: the one helper type the attrs models import (`from ..types import UNSET, Unset`)."""

from __future__ import annotations

from generator.model import Spec
from generator.render.common import HEADER

PATH = "signalwire_calling/types.py"


def render(spec: Spec) -> str:
    return f'''"""The marker the attrs models use for a field that was not given. {HEADER}"""

from typing import Literal


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

__all__ = ["UNSET", "Unset"]
'''
