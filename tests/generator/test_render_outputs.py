"""generator/render/__init__.py: the list of outputs and `write`."""

from __future__ import annotations

from pathlib import Path

from generator import render
from generator.render import models_index
from tests.support.generator import fixture_spec

ROOT = Path(__file__).resolve().parents[2]


def test_write_renders_every_output_and_the_models_index(tmp_path: Path) -> None:
    (tmp_path / "signalwire_calling" / "models").mkdir(parents=True)
    render.write(fixture_spec(), {"CallLeg": "call_leg"}, tmp_path)
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert written == sorted([*(output.path for output in render.OUTPUTS), models_index.PATH])
    for path in written:
        text = (tmp_path / path).read_text(encoding="utf-8")
        assert render.HEADER in text.split("\n", 1)[0], path
        if path.endswith(".py"):
            compile(text, path, "exec")  # valid Python before ruff formats it


def test_every_output_is_a_file_of_the_real_build() -> None:
    paths = [output.path for output in render.OUTPUTS]
    assert len(set(paths)) == len(paths)
    for path in [*paths, models_index.PATH]:
        assert (ROOT / "generated" / path).is_file(), path
