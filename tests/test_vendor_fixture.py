"""The vendored contract is the one SignalWire publishes, byte for byte."""

from __future__ import annotations

import pytest

from tests import vendor_contract


def test_fixture_is_byte_identical_to_the_shared_reference() -> None:
    if not vendor_contract.SHARED_COPY.exists():
        pytest.skip(f"no shared reference copy at {vendor_contract.SHARED_COPY} to compare with")
    assert vendor_contract.PATH.read_bytes() == vendor_contract.SHARED_COPY.read_bytes()


def test_fixture_holds_one_example_per_command() -> None:
    examples = vendor_contract.examples()
    assert len(examples) == 42
    assert all(example["command"] == name for name, example in examples.items())
