"""The benchmark suite (benchmarks/bench.py, run by `make bench`) still works: its server answers, one tiny
round of each kind of measurement runs, and the report is written. Nothing here is timed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_server_answers_keep_alive_requests_with_a_call_leg(bench: ModuleType) -> None:
    with bench.server_process(None) as port, httpx.Client() as http:
        url = f"http://127.0.0.1:{port}/api/calling/calls"
        answers = [http.post(url, content=bench.body_bytes(command)) for command in ("play", "dial", "play")]
    assert [answer.status_code for answer in answers] == [200, 200, 200]
    assert all(answer.json() == bench.LEG for answer in answers)


def test_a_tiny_run_writes_a_report_with_every_section(bench: ModuleType, tmp_path: Path) -> None:
    args = bench.parse_args(["--quick", "--rounds", "2", "--calls", "3", "--seconds", "0.02", "--imports", "1"])
    args.only = ["sync", "async", "import", "memory", "events"]  # `generate` takes seconds; it has its own tests
    results = bench.run(args)
    text = bench.report(results)
    assert set(results.sync) == {"play", "dial"}
    assert set(results.asynchronous) == {1, 10, 50}
    assert all(len(series.samples) == 2 for series in results.sync["play"].values())
    assert set(results.events) == {"router", "router, with the model", "hmac + json.loads"}
    assert len(results.served) == 2
    assert all(series.median > 0 for series in results.served.values())
    for heading in ("## Targets", "## Sync", "## Async", "## Import", "## Memory", "## Status events"):
        assert heading in text
    assert "sync `calling.play` ≤ 1.15× raw httpx (over loopback)" in bench.summary(results)
