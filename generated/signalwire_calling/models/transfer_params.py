from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.swml import Swml


T = TypeVar("T", bound="TransferParams")


@_attrs_define
class TransferParams:
    """Options for `calling.transfer`."""

    dest: str | Swml
    """ Where to send the call: a phone number, a SIP URI, the URL of a SWML document, or an inline SWML document
    (`Swml`). """

    def to_dict(self) -> dict[str, Any]:
        from ..models.swml import Swml  # noqa: PLC0415

        dest: dict[str, Any] | str
        if isinstance(self.dest, Swml):
            dest = self.dest.to_dict()
        else:
            dest = self.dest

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dest": dest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.swml import Swml  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_dest(data: object) -> str | Swml:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dest_type_1 = Swml.from_dict(data)

                return dest_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Swml, data)

        dest = _parse_dest(d.pop("dest"))

        transfer_params = cls(
            dest=dest,
        )

        return transfer_params
