from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.call_status_event import CallStatusEvent, check_call_status_event
from ..models.http_method import HttpMethod, check_http_method
from ..models.outbound_call_codec import OutboundCallCodec, check_outbound_call_codec
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dial_swml_params_custom_variables import DialSwmlParamsCustomVariables
    from ..models.swml import Swml


T = TypeVar("T", bound="DialSwmlParams")


@_attrs_define
class DialSwmlParams:
    """Parameters for `dial` when the call flow is given inline as SWML in `swml`."""

    from_: str
    """ Calling address for the new call. Use an E.164 number when calling the PSTN; for SIP or Verto endpoints a
    SIP URI (e.g. `sip:user@host`) or a short caller-ID token also works. """
    swml: Swml
    """ Inline SWML document, as accepted by `swml` in `dial` and `update`, `to_script` in `dial` and `dest` in
    `calling.transfer`; only its envelope is typed: `version` plus `sections`, whose required `main` section and any
    other named sections are lists of SWML instructions left as free-form JSON. SWML is a separate, much larger
    language (SignalWire's own definition of it is about 190 schemas and 300 KB, versioned on its own), so the
    client validates just the envelope, passes the instructions through unchanged and lets SignalWire validate them.
    For typed SWML, build the document with a SWML builder and pass the result here. """
    to: str | Unset = UNSET
    """ Who to call: an E.164 number (`+15551234567`), a `sip:`/`sips:` URI, a `verto:` URI, a `client:` address or
    a Fabric address. Can be left out only when `to_script` is given. """
    username: str | Unset = UNSET
    """ Username for SIP digest authentication. Only used when `to` is a SIP URI, where it is passed on to the far
    end; PSTN and WebRTC/Verto calls ignore it. Never echoed in responses. """
    password: str | Unset = UNSET
    """ Password for SIP digest authentication; only relevant when `to` is a SIP URI. Never echoed in responses. """
    to_script: str | Swml | Unset = UNSET
    """ SWML executed for the called side of the call, given inline (a SWML object, or JSON/YAML text) or as an
    `http(s)://` URL that serves it; handy for handing the call to an external SWML handler. When set, `to` may be
    omitted. """
    caller_id: str | Unset = UNSET
    """ Identity the called party sees as the caller: an E.164 number on PSTN calls, or a SIP URI or short caller-ID
    token on SIP/Verto calls. """
    fallback_url: str | Unset = UNSET
    """ URL of backup SWML that SignalWire uses if the call's primary instructions cannot be fetched or fail. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook that receives call lifecycle events; `status_events` chooses which. """
    status_events: list[CallStatusEvent] | Unset = UNSET
    """ Lifecycle events to report to `status_url`. Without it, only the end of the call is reported. """
    url_method: HttpMethod | Unset = UNSET
    """ HTTP method SignalWire uses when it calls your URL. """
    codecs: list[OutboundCallCodec] | str | Unset = UNSET
    """ Codecs to offer for the call, either as a list or as one comma-separated string. A `codecs=` parameter
    inside a SIP `to` URI overrides this field. """
    timeout: int | Unset = UNSET
    """ How long, in seconds, the destination may ring before the attempt is abandoned (1-600). """
    max_price_per_minute: float | Unset = UNSET
    """ Price cap in dollars per minute; the call is refused if the selected route would cost more. """
    send_digits: str | Unset = UNSET
    """ DTMF to send as soon as the call is answered, e.g. to get through an IVR. Use `0`-`9`, `A`-`D`, `*` and `#`,
    plus `w` to wait and `,` to pause. """
    region: list[str] | str | Unset = UNSET
    """ Preferred media region for the call, or a list of regions in order of preference; names must come from the
    regions available to your project. """
    custom_variables: DialSwmlParamsCustomVariables | Unset = UNSET
    """ Up to 20 string key/value pairs attached to the call. The call's SWML sees them as `${envs.<key>}`, and they
    are sent in `envs` when SignalWire fetches SWML from a URL; they override account or project variables with
    exactly the same (case-sensitive) key. Keys may contain only letters, digits and underscores, and may begin
    neither with a digit nor with a reserved prefix (`signalwire_`, `sw_`, `rtc_`, `internal_`, compared without
    regard to case); values must be non-empty strings no longer than 1024 bytes. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.swml import Swml  # noqa: PLC0415

        from_ = self.from_

        swml = self.swml.to_dict()

        to = self.to

        username = self.username

        password = self.password

        to_script: dict[str, Any] | str | Unset
        if isinstance(self.to_script, Unset):
            to_script = UNSET
        elif isinstance(self.to_script, Swml):
            to_script = self.to_script.to_dict()
        else:
            to_script = self.to_script

        caller_id = self.caller_id

        fallback_url = self.fallback_url

        status_url = self.status_url

        status_events: list[str] | Unset = UNSET
        if not isinstance(self.status_events, Unset):
            status_events = []
            for status_events_item_data in self.status_events:
                status_events_item: str = status_events_item_data
                status_events.append(status_events_item)

        url_method: str | Unset = UNSET
        if not isinstance(self.url_method, Unset):
            url_method = self.url_method

        codecs: list[str] | str | Unset
        if isinstance(self.codecs, Unset):
            codecs = UNSET
        elif isinstance(self.codecs, list):
            codecs = []
            for codecs_type_0_item_data in self.codecs:
                codecs_type_0_item: str = codecs_type_0_item_data
                codecs.append(codecs_type_0_item)

        else:
            codecs = self.codecs

        timeout = self.timeout

        max_price_per_minute = self.max_price_per_minute

        send_digits = self.send_digits

        region: list[str] | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, list):
            region = self.region

        else:
            region = self.region

        custom_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_variables, Unset):
            custom_variables = self.custom_variables.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "swml": swml,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if to_script is not UNSET:
            field_dict["to_script"] = to_script
        if caller_id is not UNSET:
            field_dict["caller_id"] = caller_id
        if fallback_url is not UNSET:
            field_dict["fallback_url"] = fallback_url
        if status_url is not UNSET:
            field_dict["status_url"] = status_url
        if status_events is not UNSET:
            field_dict["status_events"] = status_events
        if url_method is not UNSET:
            field_dict["url_method"] = url_method
        if codecs is not UNSET:
            field_dict["codecs"] = codecs
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if max_price_per_minute is not UNSET:
            field_dict["max_price_per_minute"] = max_price_per_minute
        if send_digits is not UNSET:
            field_dict["send_digits"] = send_digits
        if region is not UNSET:
            field_dict["region"] = region
        if custom_variables is not UNSET:
            field_dict["custom_variables"] = custom_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dial_swml_params_custom_variables import DialSwmlParamsCustomVariables  # noqa: PLC0415
        from ..models.swml import Swml  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from")

        swml = Swml.from_dict(d.pop("swml"))

        to = d.pop("to", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        def _parse_to_script(data: object) -> str | Swml | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                to_script_type_1 = Swml.from_dict(data)

                return to_script_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Swml | Unset, data)

        to_script = _parse_to_script(d.pop("to_script", UNSET))

        caller_id = d.pop("caller_id", UNSET)

        fallback_url = d.pop("fallback_url", UNSET)

        status_url = d.pop("status_url", UNSET)

        _status_events = d.pop("status_events", UNSET)
        status_events: list[CallStatusEvent] | Unset = UNSET
        if _status_events is not UNSET:
            status_events = []
            for status_events_item_data in _status_events:
                status_events_item = check_call_status_event(status_events_item_data)

                status_events.append(status_events_item)

        _url_method = d.pop("url_method", UNSET)
        url_method: HttpMethod | Unset
        if isinstance(_url_method, Unset):
            url_method = UNSET
        else:
            url_method = check_http_method(_url_method)

        def _parse_codecs(data: object) -> list[OutboundCallCodec] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                codecs_type_0 = []
                _codecs_type_0 = data
                for codecs_type_0_item_data in _codecs_type_0:
                    codecs_type_0_item = check_outbound_call_codec(codecs_type_0_item_data)

                    codecs_type_0.append(codecs_type_0_item)

                return codecs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OutboundCallCodec] | str | Unset, data)

        codecs = _parse_codecs(d.pop("codecs", UNSET))

        timeout = d.pop("timeout", UNSET)

        max_price_per_minute = d.pop("max_price_per_minute", UNSET)

        send_digits = d.pop("send_digits", UNSET)

        def _parse_region(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                region_type_1 = cast(list[str], data)

                return region_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        _custom_variables = d.pop("custom_variables", UNSET)
        custom_variables: DialSwmlParamsCustomVariables | Unset
        if isinstance(_custom_variables, Unset):
            custom_variables = UNSET
        else:
            custom_variables = DialSwmlParamsCustomVariables.from_dict(_custom_variables)

        dial_swml_params = cls(
            from_=from_,
            swml=swml,
            to=to,
            username=username,
            password=password,
            to_script=to_script,
            caller_id=caller_id,
            fallback_url=fallback_url,
            status_url=status_url,
            status_events=status_events,
            url_method=url_method,
            codecs=codecs,
            timeout=timeout,
            max_price_per_minute=max_price_per_minute,
            send_digits=send_digits,
            region=region,
            custom_variables=custom_variables,
        )

        return dial_swml_params
