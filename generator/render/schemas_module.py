"""`_schemas.py`: the validation schemas of the spec (validation keywords only), by name.

Webhook-only schemas are left out: the client never sends or receives them, so nothing validates them. With a
SWML spec, the table is a `SchemaTable` whose `swml.*` names load `_swml_schemas` on first lookup.
"""

from __future__ import annotations

import pprint

from generator import swml_model
from generator.model import Spec
from generator.render import swml_schemas
from generator.render.common import HEADER

PATH = "signalwire_calling/_schemas.py"


def render(spec: Spec) -> str:
    schemas = pprint.pformat(dict(spec.validation_schemas), width=110, sort_dicts=False)
    if spec.swml is None:
        imports, table = "", schemas
    else:
        module = "." + swml_schemas.PATH.rsplit("/", 1)[-1].removesuffix(".py")
        imports = "\nfrom ._spec_types import SchemaTable\n"
        table = f"SchemaTable(\n    {schemas},\n    {{{swml_model.TABLE_PREFIX!r}: {module!r}}},\n)"
    return f'''"""The validation schemas of the spec (validation keywords only), by name. {HEADER}"""

from __future__ import annotations

from typing import Any, Final
{imports}
SCHEMAS: Final[dict[str, Any]] = {table}
'''
