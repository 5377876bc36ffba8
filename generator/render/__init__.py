"""The renderers of the emitted modules: one module per output, each `render(spec) -> str` and its `PATH`.

`OUTPUTS` lists them; `write` runs each on the `Spec` and writes the result under the distribution root
(generated/). A new output is a new module here plus one line in `OUTPUTS`. The models index is the one
output not rendered from the spec: it lists the models openapi-python-client wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple

from generator.model import Spec
from generator.render import (
    calling,
    cli_table,
    event_table,
    handles,
    models_index,
    readme,
    schemas_module,
    spec_module,
    swml_module,
    swml_schemas,
    swml_types,
    webhook_models,
)
from generator.render.common import HEADER

__all__ = ["HEADER", "OUTPUTS", "Output", "write"]


class Output(NamedTuple):
    """One emitted file: where it goes, relative to the distribution root, and what renders it."""

    path: str
    render: Callable[[Spec], str]


OUTPUTS: tuple[Output, ...] = (
    Output(spec_module.PATH, spec_module.render),
    Output(schemas_module.PATH, schemas_module.render),
    Output(calling.PATH, calling.render),
    Output(handles.PATH, handles.render),
    Output(cli_table.PATH, cli_table.render),
    Output(webhook_models.PATH, webhook_models.render),
    Output(event_table.PATH, event_table.render),
    Output(readme.PATH, readme.render),
    Output(swml_schemas.PATH, swml_schemas.render),
    Output(swml_types.PATH, swml_types.render),
    Output(swml_module.PATH, swml_module.render),
)


def write(spec: Spec, models: Mapping[str, str], root: Path) -> None:
    """Write every output for `spec` under `root`, and the index of `models` (class -> module)."""
    for output in OUTPUTS:
        (root / output.path).write_text(output.render(spec), encoding="utf-8")
    (root / models_index.PATH).write_text(models_index.render(models), encoding="utf-8")
