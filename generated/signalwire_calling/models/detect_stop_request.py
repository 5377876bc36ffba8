from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.detect_stop_params import DetectStopParams


T = TypeVar("T", bound="DetectStopRequest")


@_attrs_define
class DetectStopRequest:
    """Stop a detector that is running on the call."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: DetectStopParams
    """ Options for `calling.detect.stop`. """
    command: Literal["calling.detect.stop"] = "calling.detect.stop"
    """ Selects this operation; must be `calling.detect.stop`. """

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
        from ..models.detect_stop_params import DetectStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.detect.stop"], d.pop("command"))
        if command != "calling.detect.stop":
            raise ValueError(f"command must match const 'calling.detect.stop', got '{command}'")

        params = DetectStopParams.from_dict(d.pop("params"))

        detect_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return detect_stop_request
