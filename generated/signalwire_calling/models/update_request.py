from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.update_swml_params import UpdateSwmlParams
    from ..models.update_url_params import UpdateUrlParams


T = TypeVar("T", bound="UpdateRequest")


@_attrs_define
class UpdateRequest:
    """Change a call in progress: redirect it to new SWML (by `url` or inline `swml`) or end it through `status`.
    `canceled` is allowed only while the call is queued or ringing, `completed` and redirects only once it is answered,
    and calls that have already ended cannot be updated. The call's `id` goes inside `params`.

    """

    params: UpdateSwmlParams | UpdateUrlParams
    """ The call to update and its new SWML and/or status. """
    command: Literal["update"] = "update"
    """ Selects this operation; must be `update`. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_url_params import UpdateUrlParams  # noqa: PLC0415

        command = self.command

        params: dict[str, Any]
        if isinstance(self.params, UpdateUrlParams):
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
        from ..models.update_swml_params import UpdateSwmlParams  # noqa: PLC0415
        from ..models.update_url_params import UpdateUrlParams  # noqa: PLC0415

        d = dict(src_dict)
        command = cast(Literal["update"], d.pop("command"))
        if command != "update":
            raise ValueError(f"command must match const 'update', got '{command}'")

        def _parse_params(data: object) -> UpdateSwmlParams | UpdateUrlParams:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = UpdateUrlParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            params_type_1 = UpdateSwmlParams.from_dict(data)

            return params_type_1

        params = _parse_params(d.pop("params"))

        update_request = cls(
            command=command,
            params=params,
        )

        return update_request
