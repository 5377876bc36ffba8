"""`_schemas.py`: the validation schemas of the spec (validation keywords only), by name.

Webhook-only schemas are left out: the client never sends or receives them, so nothing validates them.
"""

from __future__ import annotations

import pprint

from generator.model import Spec
from generator.render.common import HEADER

PATH = "signalwire_calling/_schemas.py"


def render(spec: Spec) -> str:
    schemas = pprint.pformat(dict(spec.validation_schemas), width=110, sort_dicts=False)
    return f'''"""The validation schemas of the spec (validation keywords only), by name. {HEADER}"""

from __future__ import annotations

from typing import Any, Final

SCHEMAS: Final[dict[str, Any]] = {schemas}
'''
