from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detect_digit_config import DetectDigitConfig
    from ..models.detect_fax_config import DetectFaxConfig
    from ..models.detect_machine_config import DetectMachineConfig


T = TypeVar("T", bound="DetectParams")


@_attrs_define
class DetectParams:
    """Options for `calling.detect`. `detect.type` chooses the detector (machine, fax or digit) and the shape of its
    `params`.

    """

    control_id: str
    """ Your identifier for this detector, unique among detectors active on the call; used to stop it. """
    detect: DetectDigitConfig | DetectFaxConfig | DetectMachineConfig
    """ What to detect; `type` selects machine, fax or digit detection. """
    timeout: float | Unset = 30.0
    """ Seconds the detector may run before giving up. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook that receives detection results. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.detect_fax_config import DetectFaxConfig  # noqa: PLC0415
        from ..models.detect_machine_config import DetectMachineConfig  # noqa: PLC0415

        control_id = self.control_id

        detect: dict[str, Any]
        if isinstance(self.detect, DetectMachineConfig):
            detect = self.detect.to_dict()
        elif isinstance(self.detect, DetectFaxConfig):
            detect = self.detect.to_dict()
        else:
            detect = self.detect.to_dict()

        timeout = self.timeout

        status_url = self.status_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_id": control_id,
                "detect": detect,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detect_digit_config import DetectDigitConfig  # noqa: PLC0415
        from ..models.detect_fax_config import DetectFaxConfig  # noqa: PLC0415
        from ..models.detect_machine_config import DetectMachineConfig  # noqa: PLC0415

        d = dict(src_dict)
        control_id = d.pop("control_id")

        def _parse_detect(data: object) -> DetectDigitConfig | DetectFaxConfig | DetectMachineConfig:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detect_type_0 = DetectMachineConfig.from_dict(data)

                return detect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detect_type_1 = DetectFaxConfig.from_dict(data)

                return detect_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            detect_type_2 = DetectDigitConfig.from_dict(data)

            return detect_type_2

        detect = _parse_detect(d.pop("detect"))

        timeout = d.pop("timeout", UNSET)

        status_url = d.pop("status_url", UNSET)

        detect_params = cls(
            control_id=control_id,
            detect=detect,
            timeout=timeout,
            status_url=status_url,
        )

        return detect_params
