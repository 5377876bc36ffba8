"""generator/render/models_index.py: `models/__init__.py`, each model imported on first use."""

from __future__ import annotations

import sys
import types

import pytest

from generator.render import models_index


def test_a_model_is_imported_when_first_asked_for(scratch_package: types.ModuleType) -> None:
    directory = scratch_package.__path__[0]
    with open(f"{directory}/call_leg.py", "w", encoding="utf-8") as handle:
        handle.write("class CallLeg:\n    pass\n")
    source = models_index.render({"CallLeg": "call_leg", "Swml": "swml"})
    exec(compile(source, "<models index>", "exec"), scratch_package.__dict__)  # noqa: S102 - the renderer's output
    name = scratch_package.__name__
    assert scratch_package.__all__ == ["CallLeg", "Swml"]
    assert dir(scratch_package) == ["CallLeg", "Swml"]
    assert f"{name}.call_leg" not in sys.modules
    leg = scratch_package.CallLeg
    assert leg.__module__ == f"{name}.call_leg"
    assert vars(scratch_package)["CallLeg"] is leg  # kept: the hook runs once per name
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        _ = scratch_package.Nope


def test_the_index_is_sorted_and_typed_for_checkers() -> None:
    source = models_index.render({"Swml": "swml", "CallLeg": "call_leg"})
    assert "if TYPE_CHECKING:\n    from .call_leg import CallLeg\n    from .swml import Swml\n" in source
    assert "__getattr__, __dir__ = lazy_attributes(__name__, _MODULES)\n" in source
