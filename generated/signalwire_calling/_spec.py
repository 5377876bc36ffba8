"""Per-command facts, and (loaded on first use) the validation schemas and response models. Generated from spec/ by generator/; do not edit."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple, TypeAlias

if TYPE_CHECKING:
    from .models.call_leg import CallLeg
    from .models.fabric_device_leg import FabricDeviceLeg

    CallResponse: TypeAlias = CallLeg | FabricDeviceLeg
    """What every command answers: the call leg it acted on."""
    SCHEMAS: dict[str, Any]
    """The validation schemas by name (from `_schemas`)."""


class CommandInfo(NamedTuple):
    """What the client knows about one command beyond its signature (a NamedTuple: attrs waits for the models)."""

    name: str
    """The wire value of `command`, e.g. `calling.play`."""
    method: str
    """The façade method, e.g. `play`."""
    request_schema: str
    """The schema in `SCHEMAS` that a whole request body of this command must match."""
    call_id: Literal["body", "params", "none"]
    """Where the call id goes: top-level `id`, `params.id` (update), or nowhere (dial)."""
    idempotent: bool
    """True when sending the command twice cannot start anything twice, so a retry after an unclear failure is safe."""
    fields: tuple[str, ...]
    """The wire names of its params, in spec order."""
    operation: tuple[str, str] | None
    """(kind, effect) for commands that start or act on a long-running operation named by `control_id`."""


REQUEST_SCHEMA: Final = "CallRequest"
RESPONSE_SCHEMA: Final = "CallResponse"

COMMANDS: Final[dict[str, CommandInfo]] = {
    "dial": CommandInfo(
        name="dial",
        method="dial",
        request_schema="DialRequest",
        call_id="none",
        idempotent=False,
        fields=(
            "from",
            "to",
            "username",
            "password",
            "to_script",
            "caller_id",
            "fallback_url",
            "status_url",
            "status_events",
            "url_method",
            "codecs",
            "timeout",
            "max_price_per_minute",
            "send_digits",
            "region",
            "custom_variables",
            "url",
            "swml",
        ),
        operation=None,
    ),
    "update": CommandInfo(
        name="update",
        method="update",
        request_schema="UpdateRequest",
        call_id="params",
        idempotent=False,
        fields=("fallback_url", "status", "status_url", "url", "swml"),
        operation=None,
    ),
    "calling.end": CommandInfo(
        name="calling.end",
        method="end",
        request_schema="EndRequest",
        call_id="body",
        idempotent=True,
        fields=("reason",),
        operation=None,
    ),
    "calling.disconnect": CommandInfo(
        name="calling.disconnect",
        method="disconnect",
        request_schema="DisconnectRequest",
        call_id="body",
        idempotent=True,
        fields=(),
        operation=None,
    ),
    "calling.ai_hold": CommandInfo(
        name="calling.ai_hold",
        method="ai_hold",
        request_schema="AiHoldRequest",
        call_id="body",
        idempotent=True,
        fields=("timeout", "prompt"),
        operation=None,
    ),
    "calling.ai_unhold": CommandInfo(
        name="calling.ai_unhold",
        method="ai_unhold",
        request_schema="AiUnholdRequest",
        call_id="body",
        idempotent=True,
        fields=(),
        operation=None,
    ),
    "calling.ai_message": CommandInfo(
        name="calling.ai_message",
        method="ai_message",
        request_schema="AiMessageRequest",
        call_id="body",
        idempotent=False,
        fields=("role", "message_text", "reset", "global_data"),
        operation=None,
    ),
    "calling.ai.stop": CommandInfo(
        name="calling.ai.stop",
        method="ai_stop",
        request_schema="AiStopRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("ai", "stop"),
    ),
    "calling.ai_sidecar": CommandInfo(
        name="calling.ai_sidecar",
        method="ai_sidecar",
        request_schema="AiSidecarRequest",
        call_id="body",
        idempotent=False,
        fields=(
            "prompt",
            "lang",
            "model",
            "direction",
            "customer_role",
            "url",
            "SWAIG",
            "permissions",
            "global_data",
            "hints",
            "params",
            "action",
        ),
        operation=None,
    ),
    "calling.ai_sidecar.poke": CommandInfo(
        name="calling.ai_sidecar.poke",
        method="ai_sidecar_poke",
        request_schema="AiSidecarPokeRequest",
        call_id="body",
        idempotent=False,
        fields=("text",),
        operation=None,
    ),
    "calling.ai_sidecar.ask": CommandInfo(
        name="calling.ai_sidecar.ask",
        method="ai_sidecar_ask",
        request_schema="AiSidecarAskRequest",
        call_id="body",
        idempotent=False,
        fields=("text",),
        operation=None,
    ),
    "calling.ai_sidecar.stop": CommandInfo(
        name="calling.ai_sidecar.stop",
        method="ai_sidecar_stop",
        request_schema="AiSidecarStopRequest",
        call_id="body",
        idempotent=True,
        fields=(),
        operation=None,
    ),
    "calling.ai_sidecar.status": CommandInfo(
        name="calling.ai_sidecar.status",
        method="ai_sidecar_status",
        request_schema="AiSidecarStatusRequest",
        call_id="body",
        idempotent=True,
        fields=(),
        operation=None,
    ),
    "calling.play": CommandInfo(
        name="calling.play",
        method="play",
        request_schema="PlayRequest",
        call_id="body",
        idempotent=False,
        fields=("control_id", "play", "volume", "direction", "loop", "language", "voice", "gender", "status_url"),
        operation=("play", "start"),
    ),
    "calling.play.pause": CommandInfo(
        name="calling.play.pause",
        method="play_pause",
        request_schema="PlayPauseRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("play", "pause"),
    ),
    "calling.play.resume": CommandInfo(
        name="calling.play.resume",
        method="play_resume",
        request_schema="PlayResumeRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("play", "resume"),
    ),
    "calling.play.stop": CommandInfo(
        name="calling.play.stop",
        method="play_stop",
        request_schema="PlayStopRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("play", "stop"),
    ),
    "calling.play.volume": CommandInfo(
        name="calling.play.volume",
        method="play_volume",
        request_schema="PlayVolumeRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id", "volume"),
        operation=("play", "update"),
    ),
    "calling.record": CommandInfo(
        name="calling.record",
        method="record",
        request_schema="RecordRequest",
        call_id="body",
        idempotent=False,
        fields=("control_id", "record", "status_url"),
        operation=("record", "start"),
    ),
    "calling.record.pause": CommandInfo(
        name="calling.record.pause",
        method="record_pause",
        request_schema="RecordPauseRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id", "behavior"),
        operation=("record", "pause"),
    ),
    "calling.record.resume": CommandInfo(
        name="calling.record.resume",
        method="record_resume",
        request_schema="RecordResumeRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("record", "resume"),
    ),
    "calling.record.stop": CommandInfo(
        name="calling.record.stop",
        method="record_stop",
        request_schema="RecordStopRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("record", "stop"),
    ),
    "calling.collect": CommandInfo(
        name="calling.collect",
        method="collect",
        request_schema="CollectRequest",
        call_id="body",
        idempotent=False,
        fields=(
            "control_id",
            "initial_timeout",
            "digits",
            "speech",
            "continuous",
            "partial_results",
            "send_start_of_input",
            "start_input_timers",
            "status_url",
        ),
        operation=("collect", "start"),
    ),
    "calling.collect.stop": CommandInfo(
        name="calling.collect.stop",
        method="collect_stop",
        request_schema="CollectStopRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("collect", "stop"),
    ),
    "calling.collect.start_input_timers": CommandInfo(
        name="calling.collect.start_input_timers",
        method="collect_start_input_timers",
        request_schema="CollectStartInputTimersRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("collect", "update"),
    ),
    "calling.detect": CommandInfo(
        name="calling.detect",
        method="detect",
        request_schema="DetectRequest",
        call_id="body",
        idempotent=False,
        fields=("control_id", "detect", "timeout", "status_url"),
        operation=("detect", "start"),
    ),
    "calling.detect.stop": CommandInfo(
        name="calling.detect.stop",
        method="detect_stop",
        request_schema="DetectStopRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("detect", "stop"),
    ),
    "calling.tap": CommandInfo(
        name="calling.tap",
        method="tap",
        request_schema="TapRequest",
        call_id="body",
        idempotent=False,
        fields=("control_id", "tap", "device", "status_url"),
        operation=("tap", "start"),
    ),
    "calling.tap.stop": CommandInfo(
        name="calling.tap.stop",
        method="tap_stop",
        request_schema="TapStopRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("tap", "stop"),
    ),
    "calling.transcribe": CommandInfo(
        name="calling.transcribe",
        method="transcribe",
        request_schema="TranscribeRequest",
        call_id="body",
        idempotent=False,
        fields=("control_id", "status_url"),
        operation=("transcribe", "start"),
    ),
    "calling.transcribe.stop": CommandInfo(
        name="calling.transcribe.stop",
        method="transcribe_stop",
        request_schema="TranscribeStopRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("transcribe", "stop"),
    ),
    "calling.stream": CommandInfo(
        name="calling.stream",
        method="stream",
        request_schema="StreamRequest",
        call_id="body",
        idempotent=False,
        fields=(
            "control_id",
            "url",
            "name",
            "codec",
            "track",
            "authorization_bearer_token",
            "custom_parameters",
            "status_url",
            "status_url_method",
        ),
        operation=("stream", "start"),
    ),
    "calling.stream.stop": CommandInfo(
        name="calling.stream.stop",
        method="stream_stop",
        request_schema="StreamStopRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("stream", "stop"),
    ),
    "calling.denoise": CommandInfo(
        name="calling.denoise",
        method="denoise",
        request_schema="DenoiseRequest",
        call_id="body",
        idempotent=True,
        fields=(),
        operation=None,
    ),
    "calling.denoise.stop": CommandInfo(
        name="calling.denoise.stop",
        method="denoise_stop",
        request_schema="DenoiseStopRequest",
        call_id="body",
        idempotent=True,
        fields=(),
        operation=None,
    ),
    "calling.live_transcribe": CommandInfo(
        name="calling.live_transcribe",
        method="live_transcribe",
        request_schema="LiveTranscribeRequest",
        call_id="body",
        idempotent=False,
        fields=("action",),
        operation=None,
    ),
    "calling.live_translate": CommandInfo(
        name="calling.live_translate",
        method="live_translate",
        request_schema="LiveTranslateRequest",
        call_id="body",
        idempotent=False,
        fields=("action", "status_url"),
        operation=None,
    ),
    "calling.transfer": CommandInfo(
        name="calling.transfer",
        method="transfer",
        request_schema="TransferRequest",
        call_id="body",
        idempotent=False,
        fields=("dest",),
        operation=None,
    ),
    "calling.send_fax.stop": CommandInfo(
        name="calling.send_fax.stop",
        method="send_fax_stop",
        request_schema="SendFaxStopRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("send_fax", "stop"),
    ),
    "calling.receive_fax.stop": CommandInfo(
        name="calling.receive_fax.stop",
        method="receive_fax_stop",
        request_schema="ReceiveFaxStopRequest",
        call_id="body",
        idempotent=True,
        fields=("control_id",),
        operation=("receive_fax", "stop"),
    ),
    "calling.refer": CommandInfo(
        name="calling.refer",
        method="refer",
        request_schema="ReferRequest",
        call_id="body",
        idempotent=False,
        fields=("device", "status_url"),
        operation=None,
    ),
    "calling.user_event": CommandInfo(
        name="calling.user_event",
        method="user_event",
        request_schema="UserEventRequest",
        call_id="body",
        idempotent=False,
        fields=("event",),
        operation=None,
    ),
}

COMMANDS_BY_METHOD: Final[dict[str, CommandInfo]] = {info.method: info for info in COMMANDS.values()}

RESPONSE_DISCRIMINATOR: Final = "type"


class _ResponseModels(Mapping[str, "type[CallResponse]"]):
    """The model for each value of `RESPONSE_DISCRIMINATOR`, imported with the first answer, not with the package."""

    _models: dict[str, type[CallResponse]] | None = None

    def _loaded(self) -> dict[str, type[CallResponse]]:
        if self._models is None:
            from . import models

            self._models = {tag: getattr(models, name) for tag, name in _RESPONSE_MODEL_NAMES.items()}
        return self._models

    def __getitem__(self, tag: str) -> type[CallResponse]:
        return self._loaded()[tag]

    def get(self, tag: str, default: Any = None) -> Any:
        return self._loaded().get(tag, default)

    def __iter__(self) -> Iterator[str]:
        return iter(_RESPONSE_MODEL_NAMES)

    def __len__(self) -> int:
        return len(_RESPONSE_MODEL_NAMES)


_RESPONSE_MODEL_NAMES: Final = {
    "relay_pstn_call": "CallLeg",
    "relay_sip_call": "CallLeg",
    "relay_webrtc_call": "CallLeg",
    "fabric_subscriber_device_leg": "FabricDeviceLeg",
}
RESPONSE_MODELS: Final[Mapping[str, type[CallResponse]]] = _ResponseModels()
"""The model for each value of `RESPONSE_DISCRIMINATOR`; a value the spec does not list yet gets the first."""


def __getattr__(name: str) -> Any:
    # The schemas and the models cost import time and are needed only once a command is checked or answered.
    if name == "SCHEMAS":
        from ._schemas import SCHEMAS

        return SCHEMAS
    if name == "CallResponse":
        from .models.call_leg import CallLeg
        from .models.fabric_device_leg import FabricDeviceLeg

        return CallLeg | FabricDeviceLeg
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
