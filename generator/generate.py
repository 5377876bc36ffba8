"""Build generated/ from spec/calling.yaml.

    python generator/generate.py           # rewrite generated/
    python generator/generate.py --check   # fail if generated/ differs from a fresh build

generated/ holds only what this script emits; the hand-written modules stay in facade/signalwire_calling/
and join the same package at build time (generated/hatch_build.py) or through a development install.
Steps, all into a scratch directory that replaces generated/ only when everything succeeded:

1. openapi-python-client: the attrs models of every schema.
2. The spec model (generator/model.py): the spec read once into checked data classes (a spec that breaks
   a rule the generated code relies on fails here); with it, the models users need are kept in
   signalwire_calling/models/: not the request-only ones (whole request bodies and top-level params,
   which the methods take as keywords).
3. datamodel-code-generator: TypedDict shapes of the same schemas (signalwire_calling/typed_dicts.py),
   so that plain-dict params type-check.
4. The renderers (generator/render/, one module per emitted file, listed in `render.OUTPUTS`): the typed
   `calling.<command>` methods and handles, the per-command facts and validation tables, the CLI table,
   the models and webhook-models indexes, the package README with the command index.
5. The package metadata and build hook (generator/package/).
6. ruff over the emitted Python (unused imports, import order, format), so the output does not depend on
   template whitespace; every emitted file carries a "do not edit" stamp.

Any warning or skipped schema from either tool fails the build.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Run as a script: `generator` is a package of the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator import model, render

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "calling.yaml"
PACKAGE_FILES = ROOT / "generator" / "package"
OUTPUT = ROOT / "generated"
PACKAGE = "signalwire_calling"
BIN = Path(sys.executable).parent


class GenerationError(Exception):
    pass


def run(argv: list[str], *, cwd: Path | None = None) -> str:
    # openapi-python-client orders some enum values through a set: a fixed hash seed keeps the output stable.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.run(  # noqa: S603 (argv is built here from fixed tool paths)
        argv, cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise GenerationError(f"{' '.join(argv[:3])} … failed ({proc.returncode}):\n{output[-4000:]}")
    return output


STAMP = "# " + render.HEADER


def run_openapi_python_client(spec: Path, scratch: Path) -> Path:
    """Generate the attrs models of every schema into scratch; answer the directory of their modules."""
    out = scratch / "openapi-python-client"
    output = run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(ROOT / "generator" / "openapi-python-client.yaml"),
            "--output-path",
            str(out),
            "--meta",
            "none",
            "--overwrite",
        ]
    )
    # It reports skipped schemas and other problems as "Warning(s) encountered"; it prints nothing else
    # beyond the "Generating …" line when all is well.
    noise = [line for line in output.splitlines() if line.strip() and not line.startswith("Generating ")]
    if noise:
        raise GenerationError("openapi-python-client reported problems:\n" + "\n".join(noise))
    return out / "models"


def keep_models(spec: model.Spec, models_dir: Path, package_dir: Path) -> dict[str, str]:
    """Copy the models users need into package_dir/models; answer their class -> module index.

    Those are the models of every schema but the request-only ones, and every model they use.
    """
    listed = (models_dir / "__init__.py").read_text(encoding="utf-8")
    index = {name: module for module, name in re.findall(r"^from \.(\w+) import (\w+)$", listed, re.M)}
    kept = used_models(models_dir, index, set(spec.schemas) - spec.request_only)
    (package_dir / "models").mkdir()
    for name in sorted(kept):
        source = (models_dir / f"{index[name]}.py").read_text(encoding="utf-8")
        (package_dir / "models" / f"{index[name]}.py").write_text(f"{STAMP}\n{source}", encoding="utf-8")
    return {name: index[name] for name in kept}


def used_models(models_dir: Path, index: dict[str, str], schemas: set[str]) -> set[str]:
    """The models of `schemas` and every model they use (inline objects included), by following imports."""
    pending = [index[name] for name in index if name in schemas]
    modules: set[str] = set()
    while pending:
        module = pending.pop()
        if module not in modules:
            modules.add(module)
            source = (models_dir / f"{module}.py").read_text(encoding="utf-8")
            pending.extend(re.findall(r"from \.\.models\.(\w+) import", source))
    return {name for name, module in index.items() if module in modules}


def run_datamodel_codegen(spec: Path, package_dir: Path) -> None:
    target = package_dir / "typed_dicts.py"
    output = run(
        [
            sys.executable,
            "-W",
            "error",
            "-m",
            "datamodel_code_generator",
            "--input",
            str(spec),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "typing.TypedDict",
            "--enum-field-as-literal",
            "all",
            "--target-python-version",
            "3.11",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-schema-description",
            "--disable-timestamp",
            "--formatters",
            "ruff-format",
            "--custom-file-header",
            f'"""TypedDict shapes of the schemas in spec/calling.yaml (datamodel-code-generator). {render.HEADER}"""',
            "--output",
            str(target),
        ]
    )
    if output.strip():
        raise GenerationError("datamodel-code-generator reported problems:\n" + output)


def build(spec_path: Path, destination: Path) -> None:
    """Write the complete distribution for the spec at `spec_path` into `destination` (which must not exist)."""
    with tempfile.TemporaryDirectory(prefix="signalwire-calling-gen-") as tmp:
        scratch = Path(tmp)
        package_dir = destination / PACKAGE
        package_dir.mkdir(parents=True)
        models_dir = run_openapi_python_client(spec_path, scratch)
        # After the tool, so that its own diagnostics of a broken spec come first.
        try:
            spec = model.load(spec_path)
        except model.SpecError as exc:
            raise GenerationError(f"{spec_path.name}: {exc}") from exc
        models = keep_models(spec, models_dir, package_dir)
        run_datamodel_codegen(spec_path, package_dir)
        render.write(spec, models, destination)
        for source in sorted(PACKAGE_FILES.iterdir()):
            text = source.read_text(encoding="utf-8")
            stamp = STAMP if source.suffix in (".py", ".toml") else f"<!-- {render.HEADER} -->"
            (destination / source.name).write_text(f"{stamp}\n{text}", encoding="utf-8")
        ruff = str(BIN / "ruff")
        generated_code = [str(package_dir), str(destination / "hatch_build.py")]
        run(
            [
                ruff,
                "check",
                "--isolated",
                "--quiet",
                "--fix",
                "--select",
                "F401,I",
                "--line-length",
                "120",
                *generated_code,
            ]
        )
        run([ruff, "format", "--isolated", "--quiet", "--line-length", "120", *generated_code])


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side included)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.funny_files)
        for name in cmp.common_files:
            if (Path(cmp.left) / name).read_bytes() != (Path(cmp.right) / name).read_bytes():
                found.append(prefix + name)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__", "*.egg-info"]), "")
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the output is not what the spec gives")
    parser.add_argument(
        "--spec", type=Path, default=SPEC.relative_to(ROOT), help="the OpenAPI document (default: spec/calling.yaml)"
    )
    parser.add_argument(
        "--output", type=Path, default=OUTPUT.relative_to(ROOT), help="the package directory (default: generated/)"
    )
    args = parser.parse_args()
    output: Path = ROOT / args.output
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="signalwire-calling-out-") as tmp:
        fresh = Path(tmp) / "generated"
        try:
            build(ROOT / args.spec, fresh)
        except GenerationError as exc:
            print(f"generation failed: {exc}", file=sys.stderr)
            return 1
        if args.check:
            drift = differences(fresh, output) if output.exists() else ["generated/ (missing)"]
            if drift:
                print(
                    "generated/ is out of date with spec/, generator/ or facade/; run `make generate`:", file=sys.stderr
                )
                for path in drift:
                    print(f"  {path}", file=sys.stderr)
                return 1
            print(f"generated/ is up to date ({time.perf_counter() - started:.1f}s)")
            return 0
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(fresh, output)
    print(f"{output} rebuilt from {args.spec} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
