from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tap_params import TapParams


T = TypeVar("T", bound="TapRequest")


@_attrs_define
class TapRequest:
    """Copy a call's audio in real time to an external RTP receiver or WebSocket server, without affecting the call. End it
    by sending `calling.tap.stop` with the same `control_id`.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: TapParams
    """ Options for `calling.tap`: which audio to capture (`tap`) and where to send it (`device`). """
    command: Literal["calling.tap"] = "calling.tap"
    """ Selects this operation; must be `calling.tap`. """

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
        from ..models.tap_params import TapParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.tap"], d.pop("command"))
        if command != "calling.tap":
            raise ValueError(f"command must match const 'calling.tap', got '{command}'")

        params = TapParams.from_dict(d.pop("params"))

        tap_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return tap_request
