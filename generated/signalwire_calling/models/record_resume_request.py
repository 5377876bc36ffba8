from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.record_resume_params import RecordResumeParams


T = TypeVar("T", bound="RecordResumeRequest")


@_attrs_define
class RecordResumeRequest:
    """Continue a paused recording."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: RecordResumeParams
    """ Options for `calling.record.resume`. """
    command: Literal["calling.record.resume"] = "calling.record.resume"
    """ Selects this operation; must be `calling.record.resume`. """

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        command = self.command

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "command": command,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_resume_params import RecordResumeParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.record.resume"], d.pop("command"))
        if command != "calling.record.resume":
            raise ValueError(f"command must match const 'calling.record.resume', got '{command}'")

        params = RecordResumeParams.from_dict(d.pop("params"))

        record_resume_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return record_resume_request
