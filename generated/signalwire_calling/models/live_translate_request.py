from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.live_translate_params import LiveTranslateParams


T = TypeVar("T", bound="LiveTranslateRequest")


@_attrs_define
class LiveTranslateRequest:
    """Control real-time speech translation between the parties of a call: start or stop it, request a summary, or inject a
    message to be translated and spoken.

    """

    id: UUID
    """ ID of the call this command acts on: the UUID of a call placed with `dial` or received by your project. """
    params: LiveTranslateParams
    """ Options for `calling.live_translate`. `action` is `{start: {...}}`, `{summarize: {...}}`, `{inject: {...}}`,
    or the string `stop`. """
    command: Literal["calling.live_translate"] = "calling.live_translate"
    """ Selects this operation; must be `calling.live_translate`. """

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
        from ..models.live_translate_params import LiveTranslateParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        command = cast(Literal["calling.live_translate"], d.pop("command"))
        if command != "calling.live_translate":
            raise ValueError(f"command must match const 'calling.live_translate', got '{command}'")

        params = LiveTranslateParams.from_dict(d.pop("params"))

        live_translate_request = cls(
            id=id,
            command=command,
            params=params,
        )

        return live_translate_request
