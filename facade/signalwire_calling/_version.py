"""The package's version: `signalwire_calling.__version__`, and the `User-Agent` the client sends.

It must equal `version` in generator/package/pyproject.toml, the wheel's metadata
(tests/package/test_package.py checks it).
"""

__version__ = "0.1.0"
