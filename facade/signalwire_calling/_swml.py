"""What every typed SWML document shares: the `Document` builder, the check, its error, the method constructor.

`signalwire_calling.swml` (generated from spec/swml.yaml) re-exports these and adds one function per SWML
method, each answering the plain `{<method>: <params>}` dict that SWML is made of.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from ._exceptions import InvalidRequestError

if TYPE_CHECKING:
    from typing import Self

    from ._validation import Issue

__all__ = ["DOCUMENT_SCHEMA", "Document", "Instruction", "InvalidSWMLError", "check", "issues", "method"]

DOCUMENT_SCHEMA: Final = "swml.SWMLObject"
"""The validation-table name of a whole SWML document (spec/swml.yaml's root)."""

Instruction = Mapping[str, Any]
"""One SWML instruction: what the functions of `signalwire_calling.swml` answer, or a dict of the same shape."""


class InvalidSWMLError(InvalidRequestError):
    """A SWML document breaks SWML's schema; raised before it is sent or served.

    `.field` (and each issue's `.path`) names the place in the document, e.g. `sections.main[2].play.url`;
    `.command` is `"swml"`.
    """

    def __init__(self, field: str, reason: str, issues: Sequence[Issue] = ()) -> None:
        super().__init__("swml", field, reason, issues)


_OMITTED: Any = object()


def method(name: str, params: Mapping[str, Any] | None, value: Any = _OMITTED) -> dict[str, Any]:
    """`{name: value}`, or `{name: {param: ...}}` with the params that are not None (None means "not given")."""
    given = {key: item for key, item in (params or {}).items() if item is not None}
    if value is not _OMITTED and value is not None:
        if given:
            raise InvalidSWMLError(name, f"takes either a value or named params, not both (got {sorted(given)})")
        return {name: value}
    if params is None:
        return {name: None if value is _OMITTED else value}
    return {name: given}


class Document:
    """A SWML document built section by section; pass it wherever SWML goes, or serve `to_json()`.

    >>> from signalwire_calling import swml
    >>> doc = swml.Document().main(swml.answer(), swml.play(url="say:Hello"), swml.hangup())
    >>> doc.to_json()
    '{"version": "1.0.0", "sections": {"main": [{"answer": {}}, {"play": {"url": "say:Hello"}}, {"hangup": {}}]}}'

    `main` and `section` append and answer the document, so calls chain. Instructions are the dicts the
    functions of `signalwire_calling.swml` make, or plain dicts of the same shape. `to_dict()` is the plain
    JSON data; `check()` and `to_json()` check it against SWML's schema first (`InvalidSWMLError`). The client
    checks a document it sends (`dial(swml=doc)`) as part of the request.
    """

    __slots__ = ("_sections", "version")

    def __init__(self, *, version: str | None = "1.0.0") -> None:
        self.version = version
        """The SWML version written in the document; None leaves it out."""
        self._sections: dict[str, list[Instruction]] = {"main": []}

    def main(self, *instructions: Instruction) -> Self:
        """Append `instructions` to `main`, the section a call starts in."""
        return self.section("main", *instructions)

    def section(self, name: str, *instructions: Instruction) -> Self:
        """Append `instructions` to the section `name` (created empty on first use), for `execute`/`transfer`."""
        self._sections.setdefault(name, []).extend(instructions)
        return self

    @property
    def sections(self) -> Mapping[str, Sequence[Instruction]]:
        """The sections so far, by name (a copy)."""
        return {name: tuple(items) for name, items in self._sections.items()}

    def to_dict(self) -> dict[str, Any]:
        """The document as plain JSON data (dicts, lists, strings, numbers), not checked."""
        from ._body import to_json

        document: dict[str, Any] = {} if self.version is None else {"version": self.version}
        document["sections"] = {name: [to_json(item) for item in items] for name, items in self._sections.items()}
        return document

    def check(self) -> Self:
        """Raise `InvalidSWMLError` (naming the path, e.g. `sections.main[0].play.url`) unless SWML accepts it."""
        check(self)
        return self

    def to_json(self, *, indent: int | None = None) -> str:
        """The document as JSON text, checked first: what a webhook answers."""
        return json.dumps(check(self), indent=indent, ensure_ascii=False)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Document):
            return self.to_dict() == other.to_dict()
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}: {len(items)}" for name, items in self._sections.items())
        return f"<swml.Document {counts}>"


def issues(document: Document | Mapping[str, Any]) -> list[Issue]:
    """Every way `document` (a `Document` or a dict) breaks SWML's schema; empty when it is valid."""
    from ._body import to_json
    from ._validation import validate

    return validate(to_json(document), DOCUMENT_SCHEMA)


def check(document: Document | Mapping[str, Any]) -> dict[str, Any]:
    """`document` as plain JSON data, once checked; raises `InvalidSWMLError` naming the first bad path."""
    from ._body import to_json
    from ._validation import validate

    data = to_json(document)
    found = validate(data, DOCUMENT_SCHEMA)
    if found:
        raise InvalidSWMLError(found[0].path, found[0].message, found)
    if not isinstance(data, dict):  # validate() accepts only an object as a document
        raise InvalidSWMLError("value", "expected an object")
    return data
