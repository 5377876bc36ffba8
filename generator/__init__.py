"""The generator of generated/: `python generator/generate.py` (see its docstring for the steps)."""
