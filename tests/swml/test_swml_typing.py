"""mypy catches what it can in typed SWML: a misspelt method, a misspelt or ill-typed param, a bad enum value,
a wrong key in a nested dict; and accepts the same document written correctly, typed or as a dict."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

GOOD = """
from signalwire_calling import RestClient, swml, swml_types

doc = swml.Document().main(
    swml.answer(max_duration=600),
    swml.prompt(play="say:Press 1.", max_digits=1, speech_hints=["sales"]),
    swml.switch(variable="prompt_value", case={"1": [swml.transfer(dest="sales")]}, default=[swml.hangup()]),
    swml.cond([{"when": "vars.n > 1", "then": [swml.goto(label="top")]}, {"else": [swml.hangup(reason="busy")]}]),
    swml.ai(prompt={"text": "You are a receptionist."}, SWAIG={"functions": [{"function": "f", "description": "d"}]}),
    swml.play(url="%{vars.greeting}"),
    {"label": "top"},
)
instruction: swml_types.SWMLMethod = {"play": {"urls": ["say:a", "silence:1"]}}
doc.section("other", instruction)
with RestClient("p", "t", "example.signalwire.com") as client:
    client.calling.dial(from_="+15551230000", to="+15557654321", swml=doc)
"""

BAD = {
    "swml.Document().main(swml.playy(url='say:Hi'))": 'Module has no attribute "playy"',
    "swml.Document().main(swml.play(ulr='say:Hi'))": 'Unexpected keyword argument "ulr" for "play"',
    "swml.Document().main(swml.goto(label='x', max=[3]))": 'Argument "max" to "goto" has incompatible type',
    "swml.Document().main(swml.hangup(reason='bye'))": 'Argument "reason" to "hangup" has incompatible type',
    "swml.Document().main(swml.goto())": 'Missing named argument "label" for "goto"',
    "swml.Document().main(swml.ai(prompt={'txt': 'Hi'}))": 'Argument "prompt" to "ai" has incompatible type',
    "x: swml_types.SWMLMethod = {'play': {'ulr': 'say:a'}}": 'TypedDict item "play" has type',
}


def run_mypy(tmp_path: Path, source: str) -> str:
    path = tmp_path / "snippet.py"
    path.write_text(source, encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - fixed argv
        # From the repository root: its mypy settings find the package in facade/ and generated/ (and its cache
        # is warm after `make typecheck`).
        [sys.executable, "-m", "mypy", "--strict", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout + result.stderr


def test_mypy_accepts_a_well_typed_document_and_rejects_each_mistake(tmp_path: Path) -> None:
    lines = [f"{line}  # line {index}" for index, line in enumerate(BAD)]
    source = GOOD + "\n" + "\n".join(lines) + "\n"
    output = run_mypy(tmp_path, source)
    first_bad = source.count("\n", 0, source.index(lines[0])) + 1
    errors = {
        int(match.group(1)): match.group(2)
        for match in re.finditer(r"^\S+snippet\.py:(\d+): error: (.*)$", output, re.MULTILINE)
    }
    assert all(line >= first_bad for line in errors), output  # the well-typed part has no error
    for offset, expected in enumerate(BAD.values()):
        assert expected in errors.get(first_bad + offset, ""), (expected, output)
