from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.dial_swml_params import DialSwmlParams
    from ..models.dial_url_params import DialUrlParams


T = TypeVar("T", bound="DialRequest")


@_attrs_define
class DialRequest:
    """Place a new outbound call. Use `DialUrlParams` to have SignalWire fetch the call's SWML from `url`, or
    `DialSwmlParams` to pass the SWML inline in `swml`. No call `id` is sent because the call does not exist yet; the
    response contains it.

    """

    params: DialSwmlParams | DialUrlParams
    """ Call setup: who to call, caller identity, and the SWML (by `url` or inline `swml`) that runs once the call
    connects. """
    command: Literal["dial"] = "dial"
    """ Selects this operation; must be `dial`. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.dial_url_params import DialUrlParams  # noqa: PLC0415

        command = self.command

        params: dict[str, Any]
        if isinstance(self.params, DialUrlParams):
            params = self.params.to_dict()
        else:
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "command": command,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dial_swml_params import DialSwmlParams  # noqa: PLC0415
        from ..models.dial_url_params import DialUrlParams  # noqa: PLC0415

        d = dict(src_dict)
        command = cast(Literal["dial"], d.pop("command"))
        if command != "dial":
            raise ValueError(f"command must match const 'dial', got '{command}'")

        def _parse_params(data: object) -> DialSwmlParams | DialUrlParams:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = DialUrlParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            params_type_1 = DialSwmlParams.from_dict(data)

            return params_type_1

        params = _parse_params(d.pop("params"))

        dial_request = cls(
            command=command,
            params=params,
        )

        return dial_request
