"""What the README and the docstrings promise, run or checked."""
