"""The wheel built from generated/ is the package users install: complete, typed, with few dependencies."""

from __future__ import annotations

import email.message
import email.parser
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
FACADE = ROOT / "facade" / "signalwire_calling"
RUNTIME_DEPENDENCIES = {"httpx", "attrs", "typing-extensions"}


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
    for module in ("__init__", "_client", "_command", "_commands", "_exceptions", "_spec", "_validation"):
        assert f"signalwire_calling/{module}.py" in names
    assert "signalwire_calling/typed_dicts.py" in names
    assert "signalwire_calling/models/__init__.py" in names
    assert "signalwire_calling/models/call_leg.py" in names
    assert "signalwire_calling/models/play_request.py" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_holds_every_source_file_of_generated(wheel: zipfile.ZipFile) -> None:
    package = GENERATED / "signalwire_calling"
    expected = {
        f"signalwire_calling/{path.relative_to(package).as_posix()}"
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    packaged = {n for n in wheel.namelist() if n.startswith("signalwire_calling/")}
    assert expected == packaged


def test_wheel_carries_the_façade_unchanged(wheel: zipfile.ZipFile) -> None:
    modules = sorted(FACADE.glob("*.py"))
    assert modules
    for module in modules:
        assert wheel.read(f"signalwire_calling/{module.name}") == module.read_bytes(), module.name


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
