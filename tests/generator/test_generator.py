"""The whole generator: deterministic output, drift detection, and any generator warning fails the build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "generator" / "generate.py"


def generate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        [sys.executable, str(GENERATE), *map(str, args)], capture_output=True, text=True, check=False, cwd=ROOT
    )


def spec() -> dict[str, Any]:
    with (ROOT / "spec" / "calling.yaml").open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert generate("--output", first).returncode == 0
    assert generate("--output", second).returncode == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert len(files) > 90
    different = [f for f in files if (first / f).read_bytes() != (second / f).read_bytes()]
    assert different == []


def test_check_reports_drift(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    assert generate("--output", output).returncode == 0
    assert generate("--check", "--output", output).returncode == 0
    (output / "signalwire_calling" / "_calling.py").write_text("# edited by hand\n")
    result = generate("--check", "--output", output)
    assert result.returncode == 1
    assert "signalwire_calling/_calling.py" in result.stderr


@pytest.mark.parametrize(
    ("schema", "problem"),
    [
        # openapi-python-client drops a schema it cannot resolve, with a warning and exit status 0.
        (
            {
                "type": "object",
                "properties": {"x": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Nope"}]}},
            },
            "openapi-python-client reported problems",
        ),
        # A keyword the request validator does not implement would leave values unchecked.
        ({"type": "integer", "multipleOf": 5}, "the request validator does not implement"),
        ({"type": "string", "format": "email"}, "the request validator does not implement"),
    ],
)
def test_a_generator_warning_fails_the_build(tmp_path: Path, schema: dict[str, Any], problem: str) -> None:
    broken = spec()
    broken["components"]["schemas"]["Broken"] = schema
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    shutil.copy(ROOT / "spec" / "swml.yaml", tmp_path / "swml.yaml")  # the SWML spec its x-signalwire-swml names
    output = tmp_path / "generated"
    result = generate("--spec", path, "--output", output)
    assert result.returncode == 1
    assert problem in result.stderr
    assert not output.exists()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        # TypeSpec's idiom must be translated by generator/swml_import.py, not left for the validators.
        (lambda defs: defs["Answer"].update(unevaluatedProperties={"not": {}}), "does not implement"),
        (lambda defs: defs["Label"]["properties"].update(label={"$ref": "#/$defs/Nope"}), "names no schema"),
        (lambda defs: defs["SWMLMethod"]["anyOf"].append({"$ref": "#/$defs/PlayWithURL"}), "exactly one required"),
    ],
)
def test_a_broken_swml_spec_fails_the_build(tmp_path: Path, change: Any, problem: str) -> None:
    with (ROOT / "spec" / "swml.yaml").open(encoding="utf-8") as handle:
        swml: dict[str, Any] = yaml.safe_load(handle)
    change(swml["$defs"])
    (tmp_path / "swml.yaml").write_text(yaml.safe_dump(swml, sort_keys=False), encoding="utf-8")
    shutil.copy(ROOT / "spec" / "calling.yaml", tmp_path / "calling.yaml")
    output = tmp_path / "generated"
    result = generate("--spec", tmp_path / "calling.yaml", "--output", output)
    assert result.returncode == 1
    assert problem in result.stderr
    assert not output.exists()
