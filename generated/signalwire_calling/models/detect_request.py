from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.detect_params import DetectParams


T = TypeVar("T", bound="DetectRequest")


@_attrs_define
class DetectRequest:
    """Start a detector on an active call to recognise an answering machine, a fax tone or DTMF digits. It works in the
    background for up to `timeout` seconds and reports to `status_url`.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: DetectParams
    """ Options for `calling.detect`. `detect.type` chooses the detector (machine, fax or digit) and the shape of
    its `params`. """
    command: Literal["calling.detect"] = "calling.detect"
    """ Selects this operation; must be `calling.detect`. """

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
        from ..models.detect_params import DetectParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.detect"], d.pop("command"))
        if command != "calling.detect":
            raise ValueError(f"command must match const 'calling.detect', got '{command}'")

        params = DetectParams.from_dict(d.pop("params"))

        detect_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return detect_request
