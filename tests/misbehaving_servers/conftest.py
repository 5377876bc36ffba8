"""With FAULTS_TABLE=1, print what each fault case measured: error, time, peak memory, attempts, requests."""

from __future__ import annotations

import os

import pytest

from tests.misbehaving_servers.test_misbehaving_servers import RESULTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not os.environ.get("FAULTS_TABLE") or not RESULTS:
        return
    write = terminalreporter.write_line
    write("")
    write(f"{'case':<40} {'mode':<7} {'command':<9} {'error':<27} {'time s':>6} {'peak KiB':>8} {'att':>3} {'rcv':>3}")
    for row in RESULTS:
        write(
            f"{row['case']:<40} {row['mode']:<7} {row['command']:<9} {row['error']:<27} "
            f"{row['elapsed']:>6.2f} {row['peak'] / 1024:>8.0f} {row['attempts']!s:>3} {row['received']:>3}"
        )
