from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tap_stop_params import TapStopParams


T = TypeVar("T", bound="TapStopRequest")


@_attrs_define
class TapStopRequest:
    """Stop a running tap."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: TapStopParams
    """ Options for `calling.tap.stop`. """
    command: Literal["calling.tap.stop"] = "calling.tap.stop"
    """ Selects this operation; must be `calling.tap.stop`. """

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
        from ..models.tap_stop_params import TapStopParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.tap.stop"], d.pop("command"))
        if command != "calling.tap.stop":
            raise ValueError(f"command must match const 'calling.tap.stop', got '{command}'")

        params = TapStopParams.from_dict(d.pop("params"))

        tap_stop_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return tap_stop_request
