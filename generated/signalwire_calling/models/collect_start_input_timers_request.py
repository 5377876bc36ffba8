from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.collect_start_input_timers_params import CollectStartInputTimersParams


T = TypeVar("T", bound="CollectStartInputTimersRequest")


@_attrs_define
class CollectStartInputTimersRequest:
    """Start the input timers of a collection that was begun with `start_input_timers` set to false, for example once a
    prompt has finished playing.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: CollectStartInputTimersParams
    """ Options for `calling.collect.start_input_timers`. """
    command: Literal["calling.collect.start_input_timers"] = "calling.collect.start_input_timers"
    """ Selects this operation; must be `calling.collect.start_input_timers`. """

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
        from ..models.collect_start_input_timers_params import CollectStartInputTimersParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.collect.start_input_timers"], d.pop("command"))
        if command != "calling.collect.start_input_timers":
            raise ValueError(f"command must match const 'calling.collect.start_input_timers', got '{command}'")

        params = CollectStartInputTimersParams.from_dict(d.pop("params"))

        collect_start_input_timers_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return collect_start_input_timers_request
