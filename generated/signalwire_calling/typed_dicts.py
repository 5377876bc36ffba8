"""TypedDict shapes of the schemas in spec/calling.yaml, by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, Union

from typing_extensions import TypedDict


class AiHoldParams(TypedDict, closed=True):
    timeout: NotRequired[str]
    prompt: NotRequired[str]


class AiHoldRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.ai_hold"]
    params: AiHoldParams


class AiMessageReset(TypedDict, closed=True):
    full_reset: NotRequired[bool]
    user_prompt: NotRequired[str]
    system_prompt: NotRequired[str]


AiMessageRole: TypeAlias = Literal["system", "user", "assistant"]


class AiSidecarAskParams(TypedDict, closed=True):
    text: str


class AiSidecarAskRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.ai_sidecar.ask"]
    params: AiSidecarAskParams


class AiSidecarPokeParams(TypedDict, closed=True):
    text: str


class AiSidecarPokeRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.ai_sidecar.poke"]
    params: AiSidecarPokeParams


class AiSidecarStatusParams(TypedDict, closed=True):
    pass


class AiSidecarStatusRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.ai_sidecar.status"]
    params: AiSidecarStatusParams


class AiSidecarStopParams(TypedDict, closed=True):
    pass


class AiSidecarStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.ai_sidecar.stop"]
    params: AiSidecarStopParams


class AiStopParams(TypedDict, closed=True):
    control_id: NotRequired[str]


class AiStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.ai.stop"]
    params: AiStopParams


class AiUnholdParams(TypedDict, closed=True):
    pass


class AiUnholdRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.ai_unhold"]
    params: AiUnholdParams


class ApiErrorItem(TypedDict):
    type: str
    code: str
    message: str
    attribute: NotRequired[str | None]
    url: str


class BadRequestBody(TypedDict):
    error: Literal["Bad Request"]


CallDirection: TypeAlias = Literal["inbound", "outbound", "outbound-api"]


CallLegType: TypeAlias = Literal["relay_pstn_call", "relay_sip_call", "relay_webrtc_call"]


CallResponseStatus: TypeAlias = Literal[
    "queued",
    "initiated",
    "created",
    "ringing",
    "answered",
    "ending",
    "ended",
    "failed",
    "canceled",
    "completed",
]


CallStatusEvent: TypeAlias = Literal["created", "ringing", "answered", "ended"]


class ChargeDetails(TypedDict):
    description: str
    charge: float


class CollectDigitsParams(TypedDict, closed=True):
    max: int
    terminators: NotRequired[str]
    digit_timeout: NotRequired[float]


CollectSpeechEngine: TypeAlias = Literal["Google", "Google.V2", "Deepgram"]


class CollectSpeechParams(TypedDict, closed=True):
    end_silence_timeout: NotRequired[float]
    speech_timeout: NotRequired[float]
    language: NotRequired[str]
    hints: NotRequired[list[str]]
    model: NotRequired[str]
    engine: NotRequired[CollectSpeechEngine]


class CollectStartInputTimersParams(TypedDict, closed=True):
    control_id: str


class CollectStartInputTimersRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.collect.start_input_timers"]
    params: CollectStartInputTimersParams


class CollectStopParams(TypedDict, closed=True):
    control_id: str


class CollectStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.collect.stop"]
    params: CollectStopParams


class DenoiseParams(TypedDict, closed=True):
    pass


class DenoiseRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.denoise"]
    params: DenoiseParams


class DenoiseStopParams(TypedDict, closed=True):
    pass


class DenoiseStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.denoise.stop"]
    params: DenoiseStopParams


class DetectDigitParams(TypedDict, closed=True):
    digits: NotRequired[str]


DetectFaxTone: TypeAlias = Literal["CNG", "CED", "cng", "ced"]


class DetectMachineParams(TypedDict, closed=True):
    initial_timeout: NotRequired[float]
    end_silence_timeout: NotRequired[float]
    machine_ready_timeout: NotRequired[float]
    machine_voice_threshold: NotRequired[float]
    machine_words_threshold: NotRequired[int]
    detect_interruptions: NotRequired[bool]
    detect_message_end: NotRequired[bool]


class DetectStopParams(TypedDict, closed=True):
    control_id: str


class DetectStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.detect.stop"]
    params: DetectStopParams


class DisconnectParams(TypedDict, closed=True):
    pass


class DisconnectRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.disconnect"]
    params: DisconnectParams


FabricDeviceLeg = TypedDict(
    "FabricDeviceLeg",
    {
        "id": str,
        "from": str,
        "to": str,
        "direction": CallDirection,
        "source": Literal["realtime_api"],
        "url": str | None,
        "charge": float,
        "created_at": str,
        "charge_details": list[ChargeDetails],
        "status": None,
        "type": Literal["fabric_subscriber_device_leg"],
    },
)


HangupReason: TypeAlias = Literal["hangup", "cancel", "busy", "noAnswer", "decline", "error"]


HttpMethod: TypeAlias = Literal["GET", "POST"]


class InternalServerErrorBody(TypedDict):
    error: Literal["Internal Server Error"]


class LiveTranscribeSummarizeOptions(TypedDict, closed=True):
    webhook: NotRequired[str]
    prompt: NotRequired[str]


class LiveTranslateSummarizeOptions(TypedDict, closed=True):
    webhook: NotRequired[str]
    prompt: NotRequired[str]


class McpServer(TypedDict, closed=True):
    url: str
    headers: NotRequired[dict[str, str]]
    resources: NotRequired[bool]
    resource_vars: NotRequired[dict[str, str]]


class NotFoundBody(TypedDict):
    error: Literal["Not Found"]


OutboundCallCodec: TypeAlias = Literal[
    "OPUS",
    "OPUS@48000H@20I",
    "OPUS@24000H@20I",
    "OPUS@16000H@20I",
    "OPUS@8000H@20I",
    "G722",
    "PCMU",
    "PCMA",
    "G729",
    "VP8",
    "H264",
]


class PlayAudioParams(TypedDict, closed=True):
    url: str


PlayDirection: TypeAlias = Literal["listen", "speak", "both"]


class PlayPauseParams(TypedDict, closed=True):
    control_id: str


class PlayPauseRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.play.pause"]
    params: PlayPauseParams


class PlayResumeParams(TypedDict, closed=True):
    control_id: str


class PlayResumeRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.play.resume"]
    params: PlayResumeParams


PlayRingtoneName: TypeAlias = Literal[
    "au",
    "be",
    "ca",
    "cn",
    "cy",
    "cz",
    "de",
    "dk",
    "dz",
    "eg",
    "es",
    "fi",
    "fr",
    "hu",
    "il",
    "in",
    "jp",
    "ko",
    "pk",
    "pl",
    "ro",
    "rs",
    "ru",
    "sa",
    "tr",
    "uk",
    "us",
    "at",
    "bg",
    "br",
    "ch",
    "cl",
    "ee",
    "gr",
    "it",
    "lt",
    "mx",
    "my",
    "nl",
    "no",
    "nz",
    "ph",
    "pt",
    "se",
    "sg",
    "th",
    "za",
    "tw",
    "ve",
    "bong",
]


class PlayRingtoneParams(TypedDict, closed=True):
    name: PlayRingtoneName
    duration: NotRequired[float]


class PlaySilenceParams(TypedDict, closed=True):
    duration: float


class PlayStopParams(TypedDict, closed=True):
    control_id: str


class PlayStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.play.stop"]
    params: PlayStopParams


class PlayVolumeParams(TypedDict, closed=True):
    control_id: str
    volume: float


class PlayVolumeRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.play.volume"]
    params: PlayVolumeParams


class ReceiveFaxStopParams(TypedDict, closed=True):
    control_id: str


class ReceiveFaxStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.receive_fax.stop"]
    params: ReceiveFaxStopParams


RecordFormat: TypeAlias = Literal["mp3", "wav", "mp4"]


RecordPauseBehavior: TypeAlias = Literal["skip", "silence"]


class RecordPauseParams(TypedDict, closed=True):
    control_id: str
    behavior: NotRequired[RecordPauseBehavior]


class RecordPauseRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.record.pause"]
    params: RecordPauseParams


class RecordResumeParams(TypedDict, closed=True):
    control_id: str


class RecordResumeRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.record.resume"]
    params: RecordResumeParams


class RecordStopParams(TypedDict, closed=True):
    control_id: str


class RecordStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.record.stop"]
    params: RecordStopParams


ReferSipParams = TypedDict(
    "ReferSipParams",
    {
        "to": str,
        "from": NotRequired[str],
        "username": NotRequired[str],
        "password": NotRequired[str],
    },
    closed=True,
)


class SendFaxStopParams(TypedDict, closed=True):
    control_id: str


class SendFaxStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.send_fax.stop"]
    params: SendFaxStopParams


class SidecarBooleanParam(TypedDict, closed=True):
    description: NotRequired[str]
    type: Literal["boolean"]
    default: NotRequired[bool]


class SidecarIntegerParam(TypedDict, closed=True):
    description: NotRequired[str]
    type: Literal["integer"]
    enum: NotRequired[list[int]]
    default: NotRequired[int]


SidecarModel: TypeAlias = Literal["gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1-nano"]


class SidecarNumberParam(TypedDict, closed=True):
    description: NotRequired[str]
    type: Literal["number"]
    enum: NotRequired[list[float]]
    default: NotRequired[float]


class SidecarPermissions(TypedDict, closed=True):
    swaig_allow_swml: NotRequired[bool]
    swaig_allow_settings: NotRequired[bool]
    swaig_set_global_data: NotRequired[bool]


class SidecarPromptFile(TypedDict, closed=True):
    file: str


class SidecarPromptText(TypedDict, closed=True):
    text: str


class SidecarStringParam(TypedDict, closed=True):
    description: NotRequired[str]
    type: Literal["string"]
    enum: NotRequired[list[str]]
    default: NotRequired[str]


class SidecarSummarizeOptions(TypedDict, closed=True):
    webhook: NotRequired[str]
    prompt: NotRequired[str]


class SidecarSwaigDefaults(TypedDict, closed=True):
    web_hook_url: NotRequired[str]
    web_hook_auth_user: NotRequired[str]
    web_hook_auth_password: NotRequired[str]


SpeechEngine: TypeAlias = Literal["deepgram", "google"]


class StreamStopParams(TypedDict, closed=True):
    control_id: str


class StreamStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.stream.stop"]
    params: StreamStopParams


StreamTrack: TypeAlias = Literal["inbound_track", "outbound_track", "both_tracks"]


class SwmlSections(TypedDict, extra_items=list[Any]):
    main: list[Any]


class TapAudioParams(TypedDict, closed=True):
    direction: PlayDirection


TapCodec: TypeAlias = Literal["PCMA", "PCMU", "pcma", "pcmu", "OPUS", "opus"]


class TapConfig(TypedDict, closed=True):
    type: Literal["audio"]
    params: TapAudioParams


TapPtime: TypeAlias = Literal[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]


class TapRtpParams(TypedDict, closed=True):
    addr: str
    port: int
    codec: NotRequired[TapCodec]
    ptime: NotRequired[TapPtime]


class TapStopParams(TypedDict, closed=True):
    control_id: str


class TapStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.tap.stop"]
    params: TapStopParams


class TapWsParams(TypedDict, closed=True):
    uri: str
    codec: NotRequired[TapCodec]


TranscribeDirection: TypeAlias = Literal["remote-caller", "local-caller"]


class TranscribeParams(TypedDict, closed=True):
    control_id: str
    status_url: NotRequired[str]


class TranscribeRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.transcribe"]
    params: TranscribeParams


class TranscribeStopParams(TypedDict, closed=True):
    control_id: str


class TranscribeStopRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.transcribe.stop"]
    params: TranscribeStopParams


TranslationFilterPreset: TypeAlias = Literal["polite", "rude", "professional", "shakespeare", "gen-z"]


TtsGender: TypeAlias = Literal["male", "female"]


class UnauthorizedBody(TypedDict):
    error: Literal["Unauthorized"]


class UnprocessableEntityBody(TypedDict):
    errors: list[ApiErrorItem]


UpdateCallStatus: TypeAlias = Literal["canceled", "completed"]


class UpdateUrlParams(TypedDict, closed=True):
    id: str
    fallback_url: NotRequired[str]
    status: NotRequired[UpdateCallStatus]
    status_url: NotRequired[str]
    url: str


class UserEventParams(TypedDict, closed=True):
    event: dict[str, Any]


class UserEventRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.user_event"]
    params: UserEventParams


class AiMessageParams(TypedDict, closed=True):
    role: NotRequired[AiMessageRole]
    message_text: NotRequired[str]
    reset: NotRequired[AiMessageReset]
    global_data: NotRequired[dict[str, Any]]


class AiMessageRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.ai_message"]
    params: AiMessageParams


CallLeg = TypedDict(
    "CallLeg",
    {
        "id": str,
        "from": str,
        "to": str,
        "direction": CallDirection,
        "source": Literal["realtime_api"],
        "url": str | None,
        "charge": float,
        "created_at": str,
        "charge_details": list[ChargeDetails],
        "status": CallResponseStatus | None,
        "duration": int | None,
        "duration_ms": int | None,
        "billing_ms": int | None,
        "type": CallLegType,
        "parent_id": str | None,
    },
)


CallResponse: TypeAlias = CallLeg | FabricDeviceLeg


class CollectParams(TypedDict, closed=True):
    control_id: str
    initial_timeout: NotRequired[float]
    digits: NotRequired[CollectDigitsParams]
    speech: NotRequired[CollectSpeechParams]
    continuous: NotRequired[bool]
    partial_results: NotRequired[bool]
    send_start_of_input: NotRequired[bool]
    start_input_timers: NotRequired[bool]
    status_url: NotRequired[str]


class CollectRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.collect"]
    params: CollectParams


class DetectDigitConfig(TypedDict, closed=True):
    type: Literal["digit"]
    params: NotRequired[DetectDigitParams]


class DetectFaxParams(TypedDict, closed=True):
    tone: NotRequired[DetectFaxTone]


class DetectMachineConfig(TypedDict, closed=True):
    type: Literal["machine"]
    params: NotRequired[DetectMachineParams]


class EndParams(TypedDict, closed=True):
    reason: NotRequired[HangupReason]


class EndRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.end"]
    params: EndParams


class LiveTranscribeStartOptions(TypedDict, closed=True):
    lang: str
    direction: list[TranscribeDirection]
    webhook: NotRequired[str]
    live_events: NotRequired[bool]
    ai_summary: NotRequired[bool]
    ai_summary_prompt: NotRequired[str]
    speech_engine: NotRequired[SpeechEngine]
    speech_timeout: NotRequired[int]
    vad_silence_ms: NotRequired[int]
    vad_thresh: NotRequired[int]
    debug_level: NotRequired[int]


class LiveTranscribeSummarizeAction(TypedDict, closed=True):
    summarize: LiveTranscribeSummarizeOptions


class LiveTranslateInjectOptions(TypedDict, closed=True):
    message: str
    direction: TranscribeDirection


class LiveTranslateSummarizeAction(TypedDict, closed=True):
    summarize: LiveTranslateSummarizeOptions


class PlayAudioItem(TypedDict, closed=True):
    type: Literal["audio"]
    params: PlayAudioParams


class PlayRingtoneItem(TypedDict, closed=True):
    type: Literal["ringtone"]
    params: PlayRingtoneParams


class PlaySilenceItem(TypedDict, closed=True):
    type: Literal["silence"]
    params: PlaySilenceParams


class PlayTtsParams(TypedDict, closed=True):
    text: str
    language: NotRequired[str]
    gender: NotRequired[TtsGender]
    voice: NotRequired[str]


class RecordAudioParams(TypedDict, closed=True):
    beep: NotRequired[bool]
    format: NotRequired[RecordFormat]
    stereo: NotRequired[bool]
    direction: NotRequired[PlayDirection]
    initial_timeout: NotRequired[float]
    end_silence_timeout: NotRequired[float]
    max_length: NotRequired[int]
    terminators: NotRequired[str]
    input_sensitivity: NotRequired[float]


class RecordConfig(TypedDict, closed=True):
    audio: RecordAudioParams


class RecordParams(TypedDict, closed=True):
    control_id: str
    record: RecordConfig
    status_url: NotRequired[str]


class RecordRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.record"]
    params: RecordParams


class ReferDevice(TypedDict, closed=True):
    type: Literal["sip"]
    params: ReferSipParams


class ReferParams(TypedDict, closed=True):
    device: ReferDevice
    status_url: NotRequired[str]


class ReferRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.refer"]
    params: ReferParams


class SidecarSettings(TypedDict, closed=True):
    idle_timeout_ms: NotRequired[int]
    min_interval_ms: NotRequired[int]
    max_iters_per_tick: NotRequired[int]
    max_history_tokens: NotRequired[int]
    act_on_channel: NotRequired[bool]
    final_summary: NotRequired[bool]
    ai_summary: NotRequired[bool]
    ai_summary_prompt: NotRequired[str]
    summary_model: NotRequired[SidecarModel | str]
    live_events: NotRequired[bool]
    verbose_utterances: NotRequired[bool]
    speech_engine: NotRequired[SpeechEngine]
    speech_timeout: NotRequired[int]
    vad_silence_ms: NotRequired[int]
    vad_thresh: NotRequired[int]
    debug_level: NotRequired[int]
    debug: NotRequired[bool]
    transcribe_prompt: NotRequired[str]


class SidecarSummarizeAction(TypedDict, closed=True):
    summarize: SidecarSummarizeOptions


class StreamParams(TypedDict, closed=True):
    control_id: str
    url: str
    name: NotRequired[str]
    codec: NotRequired[str]
    track: NotRequired[StreamTrack]
    authorization_bearer_token: NotRequired[str]
    custom_parameters: NotRequired[dict[str, Any]]
    status_url: NotRequired[str]
    status_url_method: NotRequired[HttpMethod]


class StreamRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.stream"]
    params: StreamParams


class Swml(TypedDict, closed=True):
    version: NotRequired[Literal["1.0.0"]]
    sections: SwmlSections


class TapDeviceRtp(TypedDict, closed=True):
    type: Literal["rtp"]
    params: TapRtpParams


class TapDeviceWs(TypedDict, closed=True):
    type: Literal["ws"]
    params: TapWsParams


class TapParams(TypedDict, closed=True):
    control_id: str
    tap: TapConfig
    device: TapDeviceRtp | TapDeviceWs
    status_url: NotRequired[str]


class TapRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.tap"]
    params: TapParams


class TransferParams(TypedDict, closed=True):
    dest: str | Swml


class TransferRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.transfer"]
    params: TransferParams


TranslationFilter: TypeAlias = TranslationFilterPreset | str


class UpdateSwmlParams(TypedDict, closed=True):
    id: str
    fallback_url: NotRequired[str]
    status: NotRequired[UpdateCallStatus]
    status_url: NotRequired[str]
    swml: Swml


class DetectFaxConfig(TypedDict, closed=True):
    type: Literal["fax"]
    params: NotRequired[DetectFaxParams]


class DetectParams(TypedDict, closed=True):
    control_id: str
    detect: DetectMachineConfig | DetectFaxConfig | DetectDigitConfig
    timeout: NotRequired[float]
    status_url: NotRequired[str]


class DetectRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.detect"]
    params: DetectParams


DialSwmlParams = TypedDict(
    "DialSwmlParams",
    {
        "from": str,
        "to": NotRequired[str],
        "username": NotRequired[str],
        "password": NotRequired[str],
        "to_script": NotRequired[str | Swml],
        "caller_id": NotRequired[str],
        "fallback_url": NotRequired[str],
        "status_url": NotRequired[str],
        "status_events": NotRequired[list[CallStatusEvent]],
        "url_method": NotRequired[HttpMethod],
        "codecs": NotRequired[list[OutboundCallCodec] | str],
        "timeout": NotRequired[int],
        "max_price_per_minute": NotRequired[float],
        "send_digits": NotRequired[str],
        "region": NotRequired[str | list[str]],
        "custom_variables": NotRequired[dict[str, str]],
        "swml": Swml,
    },
    closed=True,
)


DialUrlParams = TypedDict(
    "DialUrlParams",
    {
        "from": str,
        "to": NotRequired[str],
        "username": NotRequired[str],
        "password": NotRequired[str],
        "to_script": NotRequired[str | Swml],
        "caller_id": NotRequired[str],
        "fallback_url": NotRequired[str],
        "status_url": NotRequired[str],
        "status_events": NotRequired[list[CallStatusEvent]],
        "url_method": NotRequired[HttpMethod],
        "codecs": NotRequired[list[OutboundCallCodec] | str],
        "timeout": NotRequired[int],
        "max_price_per_minute": NotRequired[float],
        "send_digits": NotRequired[str],
        "region": NotRequired[str | list[str]],
        "custom_variables": NotRequired[dict[str, str]],
        "url": str,
    },
    closed=True,
)


class LiveTranscribeStartAction(TypedDict, closed=True):
    start: LiveTranscribeStartOptions


class LiveTranslateInjectAction(TypedDict, closed=True):
    inject: LiveTranslateInjectOptions


class LiveTranslateStartOptions(TypedDict, closed=True):
    from_lang: str
    to_lang: str
    direction: list[TranscribeDirection]
    from_voice: NotRequired[str]
    to_voice: NotRequired[str]
    filter_from: NotRequired[TranslationFilter]
    filter_to: NotRequired[TranslationFilter]
    webhook: NotRequired[str]
    live_events: NotRequired[bool]
    ai_summary: NotRequired[bool]
    ai_summary_prompt: NotRequired[str]
    speech_engine: NotRequired[SpeechEngine]
    speech_timeout: NotRequired[int]
    vad_silence_ms: NotRequired[int]
    vad_thresh: NotRequired[int]
    debug_level: NotRequired[int]


class PlayTtsItem(TypedDict, closed=True):
    type: Literal["tts"]
    params: PlayTtsParams


class UpdateRequest(TypedDict, closed=True):
    command: Literal["update"]
    params: UpdateUrlParams | UpdateSwmlParams


class DialRequest(TypedDict, closed=True):
    command: Literal["dial"]
    params: DialUrlParams | DialSwmlParams


class LiveTranscribeParams(TypedDict, closed=True):
    action: LiveTranscribeStartAction | LiveTranscribeSummarizeAction | Literal["stop"]


class LiveTranscribeRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.live_transcribe"]
    params: LiveTranscribeParams


class LiveTranslateStartAction(TypedDict, closed=True):
    start: LiveTranslateStartOptions


Play: TypeAlias = PlayAudioItem | PlayTtsItem | PlaySilenceItem | PlayRingtoneItem


class PlayParams(TypedDict, closed=True):
    control_id: str
    play: list[Play]
    volume: NotRequired[float]
    direction: NotRequired[PlayDirection]
    loop: NotRequired[int]
    language: NotRequired[str]
    voice: NotRequired[str]
    gender: NotRequired[TtsGender]
    status_url: NotRequired[str]


class PlayRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.play"]
    params: PlayParams


class LiveTranslateParams(TypedDict, closed=True):
    action: LiveTranslateStartAction | LiveTranslateSummarizeAction | LiveTranslateInjectAction | Literal["stop"]
    status_url: NotRequired[str]


class LiveTranslateRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.live_translate"]
    params: LiveTranslateParams


class AiSidecarParams(TypedDict, closed=True):
    prompt: NotRequired[SidecarPrompt]
    lang: str
    model: NotRequired[SidecarModel | str]
    direction: NotRequired[list[TranscribeDirection]]
    customer_role: NotRequired[TranscribeDirection]
    url: NotRequired[str]
    SWAIG: NotRequired[SidecarSwaig]
    permissions: NotRequired[SidecarPermissions]
    global_data: NotRequired[dict[str, Any]]
    hints: NotRequired[list[str]]
    params: NotRequired[SidecarSettings]
    action: NotRequired[SidecarSummarizeAction]


class AiSidecarRequest(TypedDict, closed=True):
    id: str
    command: Literal["calling.ai_sidecar"]
    params: AiSidecarParams


CallRequest: TypeAlias = (
    DialRequest
    | UpdateRequest
    | EndRequest
    | DisconnectRequest
    | AiHoldRequest
    | AiUnholdRequest
    | AiMessageRequest
    | AiStopRequest
    | AiSidecarRequest
    | AiSidecarPokeRequest
    | AiSidecarAskRequest
    | AiSidecarStopRequest
    | AiSidecarStatusRequest
    | PlayRequest
    | PlayPauseRequest
    | PlayResumeRequest
    | PlayStopRequest
    | PlayVolumeRequest
    | RecordRequest
    | RecordPauseRequest
    | RecordResumeRequest
    | RecordStopRequest
    | CollectRequest
    | CollectStopRequest
    | CollectStartInputTimersRequest
    | DetectRequest
    | DetectStopRequest
    | TapRequest
    | TapStopRequest
    | TranscribeRequest
    | TranscribeStopRequest
    | StreamRequest
    | StreamStopRequest
    | DenoiseRequest
    | DenoiseStopRequest
    | LiveTranscribeRequest
    | LiveTranslateRequest
    | TransferRequest
    | SendFaxStopRequest
    | ReceiveFaxStopRequest
    | ReferRequest
    | UserEventRequest
)


class PomBodySection(TypedDict, closed=True):
    title: NotRequired[str]
    subsections: NotRequired[list[PomSection]]
    numbered: NotRequired[bool]
    numberedBullets: NotRequired[bool]
    body: str
    bullets: NotRequired[list[str]]


class PomBulletsSection(TypedDict, closed=True):
    title: NotRequired[str]
    subsections: NotRequired[list[PomSection]]
    numbered: NotRequired[bool]
    numberedBullets: NotRequired[bool]
    body: NotRequired[str]
    bullets: list[str]


PomSection: TypeAlias = PomBodySection | PomBulletsSection


class SidecarArrayParam(TypedDict, closed=True):
    description: NotRequired[str]
    type: Literal["array"]
    items: SidecarParamProperty


class SidecarFunctionParameters(TypedDict, closed=True):
    type: Literal["object"]
    properties: dict[str, SidecarParamProperty]
    required: NotRequired[list[str]]


class SidecarObjectParam(TypedDict, closed=True):
    description: NotRequired[str]
    type: Literal["object"]
    properties: NotRequired[dict[str, SidecarParamProperty]]
    required: NotRequired[list[str]]


SidecarParamProperty: TypeAlias = (
    SidecarStringParam
    | SidecarIntegerParam
    | SidecarNumberParam
    | SidecarBooleanParam
    | SidecarArrayParam
    | SidecarObjectParam
)


SidecarPrompt: TypeAlias = Union[str, SidecarPromptText, "SidecarPromptPom", SidecarPromptFile]


class SidecarPromptPom(TypedDict, closed=True):
    pom: list[PomSection]


class SidecarSwaig(TypedDict, closed=True):
    defaults: NotRequired[SidecarSwaigDefaults]
    functions: NotRequired[list[SidecarSwaigFunction]]
    mcp_servers: NotRequired[list[McpServer]]


class SidecarSwaigFunction(TypedDict, closed=True):
    function: str
    description: NotRequired[str]
    purpose: NotRequired[str]
    parameters: NotRequired[SidecarFunctionParameters]
    web_hook_url: NotRequired[str]
    web_hook_auth_user: NotRequired[str]
    web_hook_auth_password: NotRequired[str]
