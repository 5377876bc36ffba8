from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.user_event_params import UserEventParams


T = TypeVar("T", bound="UserEventRequest")


@_attrs_define
class UserEventRequest:
    """Fire a custom event carrying your own JSON data on the call."""

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: UserEventParams
    """ Options for `calling.user_event`. """
    command: Literal["calling.user_event"] = "calling.user_event"
    """ Selects this operation; must be `calling.user_event`. """

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
        from ..models.user_event_params import UserEventParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.user_event"], d.pop("command"))
        if command != "calling.user_event":
            raise ValueError(f"command must match const 'calling.user_event', got '{command}'")

        params = UserEventParams.from_dict(d.pop("params"))

        user_event_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return user_event_request
