"""A call's media: what the far end does (keys, speech, what a detector hears), and operations that end by
themselves (a play after its duration, a collect with no input, a detector's default verdict).

Like `_rules`, functions over a `Call` that say what they changed as `Change`s:

- `press`, `say`, `detect`, `outcome`: what a test scripts (`CallingMock.press`, …). Each goes to the call's live
  operation that takes it, else waits in `Call.scripted` for the next one started.
- `follow`: the immediate consequences of changes (a collect taking the input scripted for it, a play of no
  duration finishing at once) and the timers they arm, pause or cancel (`_timers.Plan`), in order.
- `fire`: what a timer does when it runs out (`Timers`, `CallingMock`).

Caller input goes to the call's oldest live collect. Keys: digits up to a terminator (`digits.terminators`, which is
left out of `digits` and given as `terminator`) or `digits.max` of them; the keys after that wait for the next
collect (type-ahead), and entry that stops short ends `DEFAULT_DIGIT_TIMEOUT` (or `digits.digit_timeout`) seconds
later. With no live collect, a key that is a terminator of a live recording (`record.audio.terminators`, `#` by
default) ends it. Input of a kind the collect does not take (speech to a digits-only collect) ends it with
`no_match`. `send_start_of_input` adds `start_of_input` on the first input; `partial_results` sends each longer
prefix of the words said (at most `MAX_PARTIALS`) with `final` false, then the whole with `final` true;
`continuous` reports every result with `state` `collecting` and goes on until stopped. The no-input timer starts
with the collect when it has `start_input_timers: true`, else at `calling.collect.start_input_timers` (the
contract's default), and runs `initial_timeout` seconds (`DEFAULT_INITIAL_TIMEOUT` without one). Speech timeouts
(`end_silence_timeout`, `speech_timeout`) are not simulated: speech is complete when `say` is called.

Only `Timing.auto_finish` makes operations end by themselves; every duration is in the call's seconds, multiplied
by `Timing.time_scale` to give real ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Final

import attrs

from ._records import (
    MAX_SCRIPTED,
    OUTCOMES,
    Call,
    CallEnded,
    Change,
    EndedBy,
    Ending,
    Keys,
    Operation,
    OperationEnded,
    OperationProgressed,
    OperationStarted,
    OperationUpdated,
    Result,
    Scripted,
    Speech,
    Verdict,
)
from ._timers import Plan

__all__ = [
    "DEFAULT_CONFIDENCE",
    "DEFAULT_DIGIT_TIMEOUT",
    "DEFAULT_INITIAL_TIMEOUT",
    "DEFAULT_VERDICTS",
    "MAX_PARTIALS",
    "VERDICTS",
    "Timing",
    "detect",
    "fire",
    "follow",
    "outcome",
    "press",
    "say",
]

DEFAULT_CONFIDENCE: Final = 90.0
"""The confidence of speech said without one, on the 0-100 scale of SignalWire's RELAY events."""
DEFAULT_INITIAL_TIMEOUT: Final = 4.0
"""Seconds a collect waits for input when the command gives no `initial_timeout`."""
DEFAULT_DIGIT_TIMEOUT: Final = 5.0
"""Seconds after the last key before entry that stopped short ends, when the command gives no `digit_timeout`."""
DEFAULT_VERDICTS: Final = {"machine": "HUMAN", "fax": "finished", "digit": "finished"}
"""What a detector with nothing scripted reports: a machine detector `HUMAN` after its `initial_timeout` (4.5 s
by default), a fax or digit detector `finished` (nothing heard) after the detect's `timeout` (30 s by default)."""
VERDICTS: Final = {"machine": ("MACHINE", "HUMAN", "UNKNOWN"), "fax": ("CED", "CNG"), "digit": tuple("0123456789#*")}
"""The verdicts each detector type reports; `finished` and `error` are any detector's."""
MAX_PARTIALS: Final = 20
"""Partial results one `say` sends at most (to a collect with `partial_results`)."""
_KEYS: Final = frozenset("0123456789*#ABCDabcd")


@attrs.frozen
class Timing:
    """How operations end by themselves (all durations in the call's seconds)."""

    auto_finish: bool = False
    """Operations end by themselves: without it only commands, the test and the call's end finish them."""
    play_duration: float = attrs.field(default=0.0, validator=attrs.validators.ge(0))
    """Seconds a play lasts; 0: it finishes as it starts."""
    record_duration: float | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )
    """Seconds the caller speaks into a recording before it ends; None: until stopped (or its `max_length`)."""
    time_scale: float = attrs.field(default=1.0, validator=attrs.validators.gt(0))
    """Real seconds per second of the call: 0.01 runs a 4 s timeout in 40 ms."""

    def real(self, seconds: float) -> float:
        return seconds * self.time_scale


# -- what a test scripts ---------------------------------------------------------------------------------------


def press(call: Call, keys: str) -> tuple[Change, ...]:
    """The caller presses `keys` (DTMF: `0`-`9`, `*`, `#`, `A`-`D`)."""
    if not keys or not set(keys) <= _KEYS:
        raise ValueError(f"keys are DTMF (0-9, *, #, A-D), not {keys!r}")
    return _give(call, Keys(keys))


def say(call: Call, text: str, confidence: float = DEFAULT_CONFIDENCE) -> tuple[Change, ...]:
    """The caller says `text`."""
    if not text.strip():
        raise ValueError("say() needs words; for silence let the collect time out, or outcome(..., 'no_input')")
    return _give(call, Speech(text, confidence))


def detect(call: Call, event: str, beep: bool = False) -> tuple[Change, ...]:
    """A detector hears `event` (a verdict of `VERDICTS`, `finished` or `error`); `beep` only with a machine's."""
    detector = next((kind for kind, verdicts in VERDICTS.items() if event in verdicts), None)
    if detector is None and event not in ("finished", "error"):
        known = ", ".join(verdict for verdicts in VERDICTS.values() for verdict in verdicts)
        raise ValueError(f"a detector reports one of {known}, finished or error, not {event!r}")
    if beep and detector != "machine":
        raise ValueError("only a machine detector hears a beep")
    verdict = Verdict(detector, event, beep)
    live = _live(call, "detect", lambda operation: _detects(operation, verdict))
    if live is None:
        return _queue(call, verdict)
    return _end(call, live, Ending("input", event, {"beep": True} if beep else {}))


def outcome(call: Call, kind: str, result: str) -> tuple[Change, ...]:
    """The call's live operation of `kind` ends with `result` (see `OUTCOMES`), else its next one (or refer)."""
    if kind not in OUTCOMES:
        raise ValueError(f"outcome() takes a kind of {', '.join(OUTCOMES)}, not {kind!r}")
    if result not in OUTCOMES[kind]:
        raise ValueError(f"a {kind} ends with one of {', '.join(OUTCOMES[kind])}, not {result!r}")
    if kind == "collect":
        return _give(call, Result(kind, result))
    live = _live(call, kind)
    if live is None:
        return _queue(call, Result(kind, result))
    return _end(call, live, Ending("input", result))


# -- what changes cause ----------------------------------------------------------------------------------------


def follow(changes: Iterable[Change], timing: Timing) -> tuple[tuple[Change, ...], tuple[Plan, ...]]:
    """`changes`, each followed by what it causes at once; and the timers they all arm, pause or cancel."""
    done: list[Change] = []
    plans: list[Plan] = []

    def visit(change: Change) -> None:
        done.append(change)
        for caused in _consequences(change, timing, plans):
            visit(caused)  # at most two levels: a start taking scripted input, then the end that input makes

    for change in changes:
        visit(change)
    return tuple(done), tuple(plans)


def _consequences(change: Change, timing: Timing, plans: list[Plan]) -> tuple[Change, ...]:
    match change:
        case OperationStarted(call, operation):
            return _started(call, operation, timing, plans)
        case OperationUpdated(call, operation, "pause"):
            plans.append(Plan("pause", call.id, operation.control_id))
        case OperationUpdated(call, operation, "resume"):
            plans.append(Plan("resume", call.id, operation.control_id))
        case OperationUpdated(call, Operation(kind="collect") as operation, "update"):  # start_input_timers
            _wait_for_input(call, operation, timing, plans)
        case OperationUpdated(call, Operation(kind="collect") as operation, "input"):
            plans.append(Plan("cancel", call.id, operation.control_id, "no_input"))
            if timing.auto_finish:
                seconds = operation.params.get("digits", {}).get("digit_timeout", DEFAULT_DIGIT_TIMEOUT)
                plans.append(Plan("arm", call.id, operation.control_id, "digits", timing.real(seconds)))
        case OperationEnded(call, operation):
            plans.append(Plan("cancel", call.id, operation.control_id))
        case CallEnded(call):
            plans.append(Plan("cancel", call.id))
    return ()


def _started(call: Call, operation: Operation, timing: Timing, plans: list[Plan]) -> tuple[Change, ...]:
    control_id = operation.control_id
    if operation.kind == "collect":
        changes: list[Change] = []
        while operation.live and (item := call.take(_collected)) is not None:
            changes += _feed(call, operation, item)
        if operation.live and operation.params.get("start_input_timers"):
            _wait_for_input(call, operation, timing, plans)
        return tuple(changes)
    if operation.kind == "detect":
        verdict = call.take(lambda item: isinstance(item, Verdict) and _detects(operation, item))
        if isinstance(verdict, Verdict):
            return _end(call, operation, Ending("input", verdict.event, {"beep": True} if verdict.beep else {}))
        if timing.auto_finish:
            plans.append(Plan("arm", call.id, control_id, "verdict", timing.real(_verdict_delay(operation))))
        return ()
    if operation.kind in ("play", "record"):
        result = call.take(lambda item: isinstance(item, Result) and item.kind == operation.kind)
        if isinstance(result, Result):
            return _end(call, operation, Ending("input", result.outcome))
        seconds = _duration(operation, timing) if timing.auto_finish else None
        if seconds == 0:
            return _end(call, operation, Ending("timer"))
        if seconds is not None:
            plans.append(Plan("arm", call.id, control_id, "end", timing.real(seconds)))
    return ()


def fire(call: Call, control_id: str, what: str) -> tuple[Change, ...]:
    """What the timer `what` (`end`, `no_input`, `digits`, `verdict`) of an operation does when it runs out."""
    operation = call.operations.get(control_id)
    if operation is None or not operation.live:
        return ()
    if what == "end":
        return _end(call, operation, Ending("timer"))
    if what == "no_input":
        return () if operation.heard else _result(call, operation, {"type": "no_input"}, "timer")
    if what == "digits":
        return _result(call, operation, _digits(operation.typed, ""), "timer") if operation.typed else ()
    detector = _detector(operation)
    return _end(call, operation, Ending("timer", DEFAULT_VERDICTS.get(detector, "finished")))


# -- caller input ----------------------------------------------------------------------------------------------


def _give(call: Call, item: Keys | Speech | Result) -> tuple[Change, ...]:
    collect = _live(call, "collect")
    if collect is not None:
        return _feed(call, collect, item)
    if isinstance(item, Keys):
        record = _live(call, "record", lambda operation: bool(set(item.keys) & set(_terminators(operation))))
        if record is not None:  # a terminator ends the recording; the keys after it wait for a collect
            cut = next(index for index, key in enumerate(item.keys) if key in _terminators(record))
            ended = _end(call, record, Ending("input"))
            rest = item.keys[cut + 1 :]
            return (*ended, *_give(call, Keys(rest))) if rest else ended
    return _queue(call, item)


def _feed(call: Call, collect: Operation, item: Scripted) -> tuple[Change, ...]:
    """`item` given to a live collect: what it reports, and its end if the item ends it."""
    params = collect.params
    if isinstance(item, Result):
        return _result(call, collect, {"type": item.outcome}, "input")
    if isinstance(item, Speech):
        if "speech" not in params:
            return _result(call, collect, {"type": "no_match"}, "input")
        changes = list(_heard(call, collect))
        if params.get("partial_results"):
            words = item.text.split()
            for count in range(1, min(len(words), MAX_PARTIALS + 1)):
                partial = {"final": False, "result": _speech(" ".join(words[:count]), item.confidence)}
                changes.append(OperationProgressed(call, collect, {**_collecting(collect), **partial}))
        return (*changes, *_result(call, collect, _speech(item.text, item.confidence), "input"))
    assert isinstance(item, Keys)  # a collect takes no verdict
    if "digits" not in params:
        return _result(call, collect, {"type": "no_match"}, "input")
    terminators, most = params["digits"].get("terminators", ""), params["digits"]["max"]
    changes = []
    for index, key in enumerate(item.keys):
        if not collect.live:  # a one-shot collect has its digits: the other keys wait for the next collect
            _queue(call, Keys(item.keys[index:]), first=True)
            break
        changes += _heard(call, collect)
        if key in terminators:
            changes += _result(call, collect, _digits(collect.typed, key), "input")
        else:
            collect.typed += key
            if len(collect.typed) >= most:
                changes += _result(call, collect, _digits(collect.typed, ""), "input")
    if collect.live and collect.typed:
        changes.append(OperationUpdated(call, collect, "input"))  # entry goes on: the digit timer (re)starts
    return tuple(changes)


def _heard(call: Call, collect: Operation) -> tuple[Change, ...]:
    if collect.heard:
        return ()
    collect.heard = True
    if not collect.params.get("send_start_of_input"):
        return ()
    return (OperationProgressed(call, collect, {**_collecting(collect), "result": {"type": "start_of_input"}}),)


def _result(call: Call, collect: Operation, result: dict[str, Any], by: EndedBy) -> tuple[Change, ...]:
    """A collect's result: the end of a one-shot collect, a `collecting` report of a continuous one."""
    collect.typed = ""
    if collect.params.get("continuous"):
        final = {"final": True} if collect.params.get("partial_results") else {}
        return (OperationProgressed(call, collect, {**_collecting(collect), **final, "result": result}),)
    return _end(call, collect, Ending(by, result["type"], result.get("params", {})))


def _collecting(collect: Operation) -> dict[str, Any]:
    return {"state": "collecting"} if collect.params.get("continuous") else {}


def _digits(digits: str, terminator: str) -> dict[str, Any]:
    return {"type": "digit", "params": {"digits": digits, "terminator": terminator}}


def _speech(text: str, confidence: float) -> dict[str, Any]:
    return {"type": "speech", "params": {"text": text, "confidence": confidence}}


def _wait_for_input(call: Call, collect: Operation, timing: Timing, plans: list[Plan]) -> None:
    if timing.auto_finish and collect.live and not collect.heard:
        seconds = collect.params.get("initial_timeout", DEFAULT_INITIAL_TIMEOUT)
        plans.append(Plan("arm", call.id, collect.control_id, "no_input", timing.real(seconds)))


# -- the rest --------------------------------------------------------------------------------------------------


def _live(call: Call, kind: str, accepts: Callable[[Operation], bool] | None = None) -> Operation | None:
    """The call's oldest live operation of `kind` (that `accepts` takes)."""
    return next(
        (op for op in call.operations.values() if op.kind == kind and op.live and (accepts is None or accepts(op))),
        None,
    )


def _queue(call: Call, item: Scripted, *, first: bool = False) -> tuple[Change, ...]:
    if len(call.scripted) >= MAX_SCRIPTED:
        raise ValueError(f"call {call.id} already holds {MAX_SCRIPTED} scripted inputs no operation has taken")
    call.scripted.insert(0 if first else len(call.scripted), item)
    return ()


def _end(call: Call, operation: Operation, ending: Ending) -> tuple[Change, ...]:
    operation.end("finish", ending)
    return (OperationEnded(call, operation),)


def _collected(item: Scripted) -> bool:
    return isinstance(item, (Keys, Speech)) or (isinstance(item, Result) and item.kind == "collect")


def _detector(operation: Operation) -> str:
    detect = operation.params.get("detect")
    return str(detect.get("type", "machine")) if isinstance(detect, dict) else "machine"


def _detects(operation: Operation, verdict: Verdict) -> bool:
    return verdict.detector in (None, _detector(operation))


def _verdict_delay(operation: Operation) -> float:
    if _detector(operation) == "machine":
        return float(operation.params["detect"].get("params", {}).get("initial_timeout", 4.5))
    return float(operation.params.get("timeout", 30.0))


def _terminators(record: Operation) -> str:
    return str(record.params.get("record", {}).get("audio", {}).get("terminators", "#"))


def _duration(operation: Operation, timing: Timing) -> float | None:
    """Seconds the operation lasts by itself (None: until something ends it)."""
    if operation.kind == "play":
        return timing.play_duration
    limits = [timing.record_duration, operation.params.get("record", {}).get("audio", {}).get("max_length", 0) or None]
    found = [float(limit) for limit in limits if limit is not None]
    return min(found) if found else None
