"""`_swml_schemas.py`: the validation schemas of spec/swml.yaml (validation keywords only), named `swml.<name>`.

Loaded by the `SchemaTable` of `_schemas` on the first lookup of such a name: when inline SWML is checked.
"""

from __future__ import annotations

import pprint

from generator.model import Spec
from generator.render.common import HEADER

PATH = "signalwire_calling/_swml_schemas.py"


def render(spec: Spec) -> str:
    tables = spec.swml.validation_schemas if spec.swml is not None else {}
    schemas = pprint.pformat(dict(tables), width=110, sort_dicts=False)
    return f'''"""The validation schemas of spec/swml.yaml (validation keywords only), by name. {HEADER}"""

from __future__ import annotations

from typing import Any, Final

SCHEMAS: Final[dict[str, Any]] = {schemas}
'''
