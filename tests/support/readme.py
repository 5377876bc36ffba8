"""The README's Python blocks, by section: what the docs tests run."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


class Section(NamedTuple):
    blocks: list[str]
    """Every ```python block of the section, in order."""
    recipes: list[str]
    """The blocks that start `# Recipe (<framework>`: shown for a framework, compiled but not run."""
    examples: list[str]
    """The other blocks: run by the tests."""


def section(title: str) -> Section:
    """The Python blocks of the README's `## <title>` section."""
    text = README.split(f"## {title}", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    recipes = [code for code in blocks if code.startswith("# Recipe (")]
    return Section(blocks, recipes, [code for code in blocks if code not in recipes])
