"""fork(): what a child process made by `os.fork()` renews of the objects its parent had.

A child has none of its parent's threads or event loops, and shares its parent's sockets: a lock held at the fork
is held forever, a thread pool waits for threads that are not there, a pooled connection answers both processes.
`renew_in_child(owner, renew)` has `renew(owner)` run in every child, for as long as `owner` lives (kept weakly).
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["renew_in_child"]

_T = TypeVar("_T")

_renewals: weakref.WeakKeyDictionary[Any, Callable[[Any], None]] = weakref.WeakKeyDictionary()


def renew_in_child(owner: _T, renew: Callable[[_T], None]) -> None:
    """Run `renew(owner)` in each child process `os.fork()` makes while `owner` lives. `renew` must not hold
    `owner` (pass a function or `operator.methodcaller`, not a bound method), or `owner` would never be freed."""
    _renewals[owner] = renew


def _in_child() -> None:
    for owner, renew in list(_renewals.items()):
        renew(owner)


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork()
    os.register_at_fork(after_in_child=_in_child)
