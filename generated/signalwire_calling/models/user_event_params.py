from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.user_event_params_event import UserEventParamsEvent


T = TypeVar("T", bound="UserEventParams")


@_attrs_define
class UserEventParams:
    """Options for `calling.user_event`."""

    event: UserEventParamsEvent
    """ Arbitrary JSON object delivered as the event's data. """

    def to_dict(self) -> dict[str, Any]:
        event = self.event.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_event_params_event import UserEventParamsEvent  # noqa: PLC0415

        d = dict(src_dict)
        event = UserEventParamsEvent.from_dict(d.pop("event"))

        user_event_params = cls(
            event=event,
        )

        return user_event_params
