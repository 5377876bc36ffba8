"""The wheel built from generated/ is the package users install: complete, typed, with few dependencies."""

from __future__ import annotations

import email.message
import email.parser
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
FACADE = ROOT / "facade" / "signalwire_calling"
RUNTIME_DEPENDENCIES = {"httpx", "anyio", "sniffio", "attrs", "typing-extensions"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    outdir = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(  # noqa: S603 - fixed argv, no shell
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(outdir), str(GENERATED)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = outdir.glob("*.whl")
    with zipfile.ZipFile(built) as archive:
        assert archive.testzip() is None
        yield archive


def metadata(wheel: zipfile.ZipFile) -> email.message.Message:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return email.parser.Parser().parsestr(wheel.read(name).decode())


def test_wheel_has_the_package_marker_and_modules(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert "signalwire_calling/py.typed" in names
    for module in ("__init__", "_client", "_body", "_calling", "_exceptions", "_response", "_spec", "_validation"):
        assert f"signalwire_calling/{module}.py" in names
    assert "signalwire_calling/typed_dicts.py" in names
    assert "signalwire_calling/types.py" in names  # hand-written; the models import it as ..types
    assert "signalwire_calling/models/__init__.py" in names
    assert "signalwire_calling/models/call_leg.py" in names
    assert "signalwire_calling/models/play_tts_item.py" in names
    assert "signalwire_calling/testing/__init__.py" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_typed_swml_is_shipped_and_the_vendor_schema_is_not(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for module in ("swml", "swml_types", "_swml", "_swml_schemas"):
        assert f"signalwire_calling/{module}.py" in names
    vendor = (ROOT / "tests" / "vendor" / "swml-calling-schema.json").read_bytes()
    assert not [n for n in names if n.endswith((".json", ".yaml", ".yml"))]
    assert all(vendor not in wheel.read(n) for n in names)
    # Not one of the vendor's descriptions (CC BY-NC-SA) or examples is in the wheel.
    texts = b"\n".join(wheel.read(n) for n in names if n.startswith("signalwire_calling/swml"))
    schema = json.loads(vendor)
    prose = [d for d in _strings(schema, "description") if len(d) > 50]
    assert len(prose) > 500
    assert not [d for d in prose if d.encode() in texts]


def _strings(node: object, key: str) -> list[str]:
    if isinstance(node, dict):
        found = [node[key]] if isinstance(node.get(key), str) else []
        return found + [s for value in node.values() for s in _strings(value, key)]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item, key)]
    return []


def test_the_vendor_fixtures_and_the_tests_are_not_shipped(wheel: zipfile.ZipFile) -> None:
    """tests/vendor/ holds SignalWire's material under its own licences (see its NOTICE.md): never in the wheel."""
    vendor = Path(__file__).resolve().parents[1] / "vendor"
    fixtures = {path.name for path in vendor.iterdir()}
    assert {"NOTICE.md", "signalwire-calling-openapi.yaml"} <= fixtures
    shipped = [PurePosixPath(name) for name in wheel.namelist()]
    assert [name for name in shipped if name.name in fixtures] == []
    assert [name for name in shipped if name.suffix in (".yaml", ".yml", ".md")] == []
    assert [name for name in shipped if {"tests", "vendor"} & set(name.parts)] == []


def test_request_only_models_are_not_shipped(wheel: zipfile.ZipFile) -> None:
    """Methods take params as keywords: whole request bodies and top-level params have no model."""
    names = set(wheel.namelist())
    for module in ("play_request", "play_params", "dial_url_params", "call_request", "update_request"):
        assert f"signalwire_calling/models/{module}.py" not in names


def package_files(root: Path) -> dict[str, bytes]:
    return {
        f"signalwire_calling/{path.relative_to(root).as_posix()}": path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_wheel_is_the_generated_and_the_hand_written_modules_unchanged(wheel: zipfile.ZipFile) -> None:
    generated = package_files(GENERATED / "signalwire_calling")
    hand_written = package_files(FACADE)
    assert generated
    assert hand_written
    assert not set(generated) & set(hand_written), "a module exists in both halves"
    packaged = {n: wheel.read(n) for n in wheel.namelist() if n.startswith("signalwire_calling/")}
    assert packaged == generated | hand_written


def test_generated_holds_only_stamped_emitted_files() -> None:
    for path in GENERATED.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and ".egg-info" not in str(path):
            head = path.read_text(encoding="utf-8").split("\n", 2)[:2]
            assert any("Generated from spec/ by generator/; do not edit." in line for line in head), path


def test_metadata_name_and_version(wheel: zipfile.ZipFile) -> None:
    import signalwire_calling

    meta = metadata(wheel)
    assert meta["Name"] == "signalwire-calling"
    assert meta["Version"] == signalwire_calling.__version__
    assert meta["Requires-Python"] == ">=3.11"


def test_metadata_requires_only_the_runtime_dependencies(wheel: zipfile.ZipFile) -> None:
    requirements = [Requirement(line) for line in metadata(wheel).get_all("Requires-Dist") or []]
    unconditional = {canonicalize_name(r.name) for r in requirements if r.marker is None}
    optional = [r for r in requirements if r.marker is not None]

    assert unconditional == RUNTIME_DEPENDENCIES
    for requirement in optional:
        assert "extra ==" in str(requirement.marker), requirement


def test_wheel_imports_on_its_own(wheel: zipfile.ZipFile, tmp_path: Path) -> None:
    wheel.extractall(tmp_path)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import signalwire_calling as s;"
        "assert s.__file__.startswith(sys.argv[1]), s.__file__;"
        "assert len(s._spec.COMMANDS) == 42; print(s.__version__)"
    )
    command = [sys.executable, "-c", code, str(tmp_path)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - fixed argv
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == metadata(wheel)["Version"]
