from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tap_config import TapConfig
    from ..models.tap_device_rtp import TapDeviceRtp
    from ..models.tap_device_ws import TapDeviceWs


T = TypeVar("T", bound="TapParams")


@_attrs_define
class TapParams:
    """Options for `calling.tap`: which audio to capture (`tap`) and where to send it (`device`)."""

    control_id: str
    """ Your identifier for this tap, unique among taps active on the call; used to stop it. """
    tap: TapConfig
    """ What to tap. Audio is the only kind. """
    device: TapDeviceRtp | TapDeviceWs
    """ Where to send the captured audio: an RTP receiver or a WebSocket server. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook that receives tap lifecycle events. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.tap_device_rtp import TapDeviceRtp  # noqa: PLC0415

        control_id = self.control_id

        tap = self.tap.to_dict()

        device: dict[str, Any]
        if isinstance(self.device, TapDeviceRtp):
            device = self.device.to_dict()
        else:
            device = self.device.to_dict()

        status_url = self.status_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_id": control_id,
                "tap": tap,
                "device": device,
            }
        )
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tap_config import TapConfig  # noqa: PLC0415
        from ..models.tap_device_rtp import TapDeviceRtp  # noqa: PLC0415
        from ..models.tap_device_ws import TapDeviceWs  # noqa: PLC0415

        d = dict(src_dict)
        control_id = d.pop("control_id")

        tap = TapConfig.from_dict(d.pop("tap"))

        def _parse_device(data: object) -> TapDeviceRtp | TapDeviceWs:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                device_type_0 = TapDeviceRtp.from_dict(data)

                return device_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            device_type_1 = TapDeviceWs.from_dict(data)

            return device_type_1

        device = _parse_device(d.pop("device"))

        status_url = d.pop("status_url", UNSET)

        tap_params = cls(
            control_id=control_id,
            tap=tap,
            device=device,
            status_url=status_url,
        )

        return tap_params
