"""TypedDict shapes of the schemas in spec/calling.yaml (datamodel-code-generator). Generated from spec/ by generator/; do not edit."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, Union

from typing_extensions import TypedDict


class AiCallInfo(TypedDict):
    """
    Which call an AI sidecar event belongs to. `project_id` and `space_id` are present when SignalWire has them.
    """

    project_id: NotRequired[str]
    space_id: NotRequired[str]
    call_id: str
    content_type: str
    content_disposition: str
    conversation_type: str


class AiHoldParams(TypedDict, closed=True):
    """
    Options for `calling.ai_hold`.
    """

    timeout: NotRequired[str]
    prompt: NotRequired[str]


class AiHoldRequest(TypedDict, closed=True):
    """
    Put the caller in an active AI agent session on hold, pausing the conversation until `calling.ai_unhold` is sent or the hold `timeout` runs out.
    """

    id: str
    command: Literal["calling.ai_hold"]
    params: AiHoldParams


class AiMessageReset(TypedDict, closed=True):
    """
    How `calling.ai_message` resets the AI conversation.
    """

    full_reset: NotRequired[bool]
    user_prompt: NotRequired[str]
    system_prompt: NotRequired[str]


AiMessageRole: TypeAlias = Literal["system", "user", "assistant"]


class AiSidecarAskParams(TypedDict, closed=True):
    """
    Options for `calling.ai_sidecar.ask`.
    """

    text: str


class AiSidecarAskRequest(TypedDict, closed=True):
    """
    Put a single question to the call's AI sidecar; the conversation itself is not affected. The immediate reply carries an `ask_id`, and the answer is delivered afterwards to your webhook as an `ask_answer` callback with that same `ask_id`.
    """

    id: str
    command: Literal["calling.ai_sidecar.ask"]
    params: AiSidecarAskParams


class AiSidecarChannelData(TypedDict):
    """
    Who is on the call a sidecar event comes from; each field is there when the call has it.
    """

    call_id: NotRequired[str]
    caller_id_name: NotRequired[str]
    caller_id_number: NotRequired[str]
    destination_number: NotRequired[str]


AiSidecarEventType: TypeAlias = Literal[
    "start",
    "turn",
    "request",
    "thought",
    "insight",
    "skip",
    "tool_call",
    "tool_result",
    "action",
    "global_data_change",
    "history_pruned",
    "error",
    "ask_request",
    "ask_answer",
    "stop",
    "final",
]


class AiSidecarPokeParams(TypedDict, closed=True):
    """
    Options for `calling.ai_sidecar.poke`.
    """

    text: str


class AiSidecarPokeRequest(TypedDict, closed=True):
    """
    Send a message to the call's AI sidecar and make it respond right away instead of waiting for the customer's next turn.
    """

    id: str
    command: Literal["calling.ai_sidecar.poke"]
    params: AiSidecarPokeParams


class AiSidecarStatusParams(TypedDict, closed=True):
    """
    `calling.ai_sidecar.status` takes no parameters; send an empty object. The sidecar is identified by the call `id`.
    """


class AiSidecarStatusRequest(TypedDict, closed=True):
    """
    Read the sidecar's activity counters (whether it is `running`; counts of `ticks`, `insights`, `skips`, `tools` and `errors`; token usage; history size). SignalWire returns them as a single `+OK` text line of `key=value` pairs, not as JSON.
    """

    id: str
    command: Literal["calling.ai_sidecar.status"]
    params: AiSidecarStatusParams


class AiSidecarStopParams(TypedDict, closed=True):
    """
    `calling.ai_sidecar.stop` takes no parameters; send an empty object. The sidecar is identified by the call `id`.
    """


class AiSidecarStopRequest(TypedDict, closed=True):
    """
    Stop the call's AI sidecar and detach it from the call.
    """

    id: str
    command: Literal["calling.ai_sidecar.stop"]
    params: AiSidecarStopParams


class AiStopParams(TypedDict, closed=True):
    """
    Options for `calling.ai.stop`.
    """

    control_id: NotRequired[str]


class AiStopRequest(TypedDict, closed=True):
    """
    End the AI agent session that is running on the call.
    """

    id: str
    command: Literal["calling.ai.stop"]
    params: AiStopParams


class AiUnholdParams(TypedDict, closed=True):
    """
    `calling.ai_unhold` takes no parameters; send an empty object.
    """


class AiUnholdRequest(TypedDict, closed=True):
    """
    Take the caller of an AI agent session off hold and let the conversation continue.
    """

    id: str
    command: Literal["calling.ai_unhold"]
    params: AiUnholdParams


class ApiErrorItem(TypedDict):
    """
    One validation problem reported in a 422 response.
    """

    type: str
    code: str
    message: str
    attribute: NotRequired[str | None]
    url: str


class BadRequestBody(TypedDict):
    """
    Body of a 400 response.
    """

    error: Literal["Bad Request"]


CallCreatedBy: TypeAlias = Literal["dial", "connect", "receive"]


CallDirection: TypeAlias = Literal["inbound", "outbound", "outbound-api"]


CallEndSource: TypeAlias = Literal["inbound", "outbound", "none"]


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


CallSource: TypeAlias = Literal["realtime_api"]


CallState: TypeAlias = Literal["created", "ringing", "answered", "ending", "ended"]


CallStateDirection: TypeAlias = Literal["inbound", "outbound"]


class CallStateParent(TypedDict):
    """
    The call that created this one.
    """

    node_id: NotRequired[str]
    call_id: NotRequired[str]
    device_type: NotRequired[str]


class CallStatePeer(TypedDict):
    """
    The call this one is bridged to.
    """

    node_id: NotRequired[str]
    call_id: NotRequired[str]


CallStatusEvent: TypeAlias = Literal["created", "ringing", "answered", "ended"]


class ChargeDetails(TypedDict):
    """
    One billed item of a call.
    """

    description: str
    charge: float


class CollectDigitResultParams(TypedDict):
    """
    The keys pressed.
    """

    digits: str
    terminator: NotRequired[str]


class CollectDigitsParams(TypedDict, closed=True):
    """
    DTMF settings for `calling.collect`.
    """

    max: int
    terminators: NotRequired[str]
    digit_timeout: NotRequired[float]


CollectEventState: TypeAlias = Literal["collecting", "error", "finished"]


CollectResultType: TypeAlias = Literal["no_input", "no_match", "error", "start_of_input", "finished"]


CollectSpeechEngine: TypeAlias = Literal["Google", "Google.V2", "Deepgram"]


class CollectSpeechParams(TypedDict, closed=True):
    """
    Speech recognition settings for `calling.collect`.
    """

    end_silence_timeout: NotRequired[float]
    speech_timeout: NotRequired[float]
    language: NotRequired[str]
    hints: NotRequired[list[str]]
    model: NotRequired[str]
    engine: NotRequired[CollectSpeechEngine]


class CollectSpeechResultParams(TypedDict):
    """
    What was recognised.
    """

    text: str
    confidence: NotRequired[float]


class CollectStartInputTimersParams(TypedDict, closed=True):
    """
    Options for `calling.collect.start_input_timers`.
    """

    control_id: str


class CollectStartInputTimersRequest(TypedDict, closed=True):
    """
    Start the input timers of a collection that was begun with `start_input_timers` set to false, for example once a prompt has finished playing.
    """

    id: str
    command: Literal["calling.collect.start_input_timers"]
    params: CollectStartInputTimersParams


class CollectStopParams(TypedDict, closed=True):
    """
    Options for `calling.collect.stop`.
    """

    control_id: str


class CollectStopRequest(TypedDict, closed=True):
    """
    Stop an input collection that is in progress.
    """

    id: str
    command: Literal["calling.collect.stop"]
    params: CollectStopParams


ConnectState: TypeAlias = Literal["connecting", "connected", "disconnected", "failed"]


class DenoiseEventParams(TypedDict):
    """
    Noise reduction on a call.
    """

    call_id: NotRequired[str]
    node_id: NotRequired[str]
    segment_id: NotRequired[str]
    tag: NotRequired[str]
    denoised: bool


class DenoiseParams(TypedDict, closed=True):
    """
    `calling.denoise` takes no parameters; send an empty object.
    """


class DenoiseRequest(TypedDict, closed=True):
    """
    Turn on noise reduction for the call's audio. Only one noise filter can be active per call, so no `control_id` is involved; turn it off with `calling.denoise.stop`.
    """

    id: str
    command: Literal["calling.denoise"]
    params: DenoiseParams


class DenoiseStopParams(TypedDict, closed=True):
    """
    `calling.denoise.stop` takes no parameters; send an empty object.
    """


class DenoiseStopRequest(TypedDict, closed=True):
    """
    Turn off noise reduction on the call.
    """

    id: str
    command: Literal["calling.denoise.stop"]
    params: DenoiseStopParams


class DetectDigitParams(TypedDict, closed=True):
    """
    Settings for the DTMF digit detector.
    """

    digits: NotRequired[str]


DetectDigitVerdict: TypeAlias = Literal["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "#", "*", "finished", "error"]


DetectFaxTone: TypeAlias = Literal["CNG", "CED", "cng", "ced"]


DetectFaxVerdict: TypeAlias = Literal["CED", "CNG", "finished", "error"]


class DetectMachineParams(TypedDict, closed=True):
    """
    Tuning for answering-machine detection, which decides whether a person or a machine picked up. Times are in seconds.
    """

    initial_timeout: NotRequired[float]
    end_silence_timeout: NotRequired[float]
    machine_ready_timeout: NotRequired[float]
    machine_voice_threshold: NotRequired[float]
    machine_words_threshold: NotRequired[int]
    detect_interruptions: NotRequired[bool]
    detect_message_end: NotRequired[bool]


DetectMachineVerdict: TypeAlias = Literal["MACHINE", "HUMAN", "UNKNOWN", "READY", "NOT_READY", "finished", "error"]


class DetectOtherResult(TypedDict):
    """
    A detector result of a type this spec does not know yet.
    """

    type: str
    params: NotRequired[dict[str, Any]]


class DetectStopParams(TypedDict, closed=True):
    """
    Options for `calling.detect.stop`.
    """

    control_id: str


class DetectStopRequest(TypedDict, closed=True):
    """
    Stop a detector that is running on the call.
    """

    id: str
    command: Literal["calling.detect.stop"]
    params: DetectStopParams


DialState: TypeAlias = Literal["dialing", "answered", "failed"]


class DisconnectParams(TypedDict, closed=True):
    """
    `calling.disconnect` takes no parameters; send an empty object.
    """


class DisconnectRequest(TypedDict, closed=True):
    """
    Break the connection between this call and the call it is bridged to, leaving both legs up.
    """

    id: str
    command: Literal["calling.disconnect"]
    params: DisconnectParams


EventAudioDirection: TypeAlias = Literal["listen", "speak", "both"]


FabricDeviceLeg = TypedDict(
    "FabricDeviceLeg",
    {
        "id": str,
        "from": NotRequired[str | None],
        "to": NotRequired[str | None],
        "direction": NotRequired[CallDirection | str | None],
        "source": NotRequired[CallSource | str | None],
        "url": NotRequired[str | None],
        "charge": NotRequired[float | None],
        "created_at": NotRequired[str | None],
        "charge_details": NotRequired[list[ChargeDetails] | None],
        "status": NotRequired[None],
        "type": Literal["fabric_subscriber_device_leg"],
    },
)


class FaxEventInfoParams(TypedDict):
    """
    Details of the page or of the finished fax.
    """

    direction: NotRequired[str]
    number: NotRequired[int]
    identity: NotRequired[str]
    remote_identity: NotRequired[str]
    document: NotRequired[str]
    format: NotRequired[str]
    pages: NotRequired[int]
    success: NotRequired[bool]
    result: NotRequired[int]
    result_text: NotRequired[str]


class GenericEventParams(TypedDict):
    """
    An unknown event's data: every field is kept as sent.
    """


HangupReason: TypeAlias = Literal["hangup", "cancel", "busy", "noAnswer", "decline", "error"]


HttpMethod: TypeAlias = Literal["GET", "POST"]


InboundCallDialWinner: TypeAlias = Literal["true"]


InboundCallDirection: TypeAlias = Literal["inbound", "outbound"]


class InboundCallHeader(TypedDict):
    """
    One header of a call.
    """

    name: str
    value: str


class InboundCallPeer(TypedDict):
    """
    The call a call is bridged to.
    """

    call_id: str
    node_id: str


class InboundCallSipData(TypedDict):
    """
    SIP details of a SIP call (`type` `sip`), taken from its request URI and its From, To and Contact headers.
    """

    sip_req_host: str
    sip_req_uri: str
    sip_req_user: str
    sip_from_host: str
    sip_from_uri: str
    sip_from_user: str
    sip_to_host: str
    sip_to_uri: str
    sip_to_user: str
    sip_contact_user: str
    sip_contact_port: str
    sip_contact_uri: str
    sip_contact_host: str
    sip_contact_params: dict[str, Any]


InboundCallType: TypeAlias = Literal["sip", "phone", "webrtc"]


class InternalServerErrorBody(TypedDict):
    """
    Body of a 500 response.
    """

    error: Literal["Internal Server Error"]


class LiveTranscribeSummarizeOptions(TypedDict, closed=True):
    """
    Options for an on-demand summary of a live transcription.
    """

    webhook: NotRequired[str]
    prompt: NotRequired[str]


class LiveTranslateSummarizeOptions(TypedDict, closed=True):
    """
    Options for summarising the translated conversation on demand.
    """

    webhook: NotRequired[str]
    prompt: NotRequired[str]


class McpServer(TypedDict, closed=True):
    """
    An MCP (Model Context Protocol) server that contributes tools, and optionally resources, to the sidecar's model.
    """

    url: str
    headers: NotRequired[dict[str, str]]
    resources: NotRequired[bool]
    resource_vars: NotRequired[dict[str, str]]


class NotFoundBody(TypedDict):
    """
    Body of a 404 response.
    """

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
    """
    Audio file to play.
    """

    url: str


PlayDirection: TypeAlias = Literal["listen", "speak", "both"]


PlayEventState: TypeAlias = Literal["playing", "paused", "finished", "error"]


class PlayPauseParams(TypedDict, closed=True):
    """
    Options for `calling.play.pause`.
    """

    control_id: str


class PlayPauseRequest(TypedDict, closed=True):
    """
    Pause a playback on the call; continue it with `calling.play.resume`.
    """

    id: str
    command: Literal["calling.play.pause"]
    params: PlayPauseParams


class PlayResumeParams(TypedDict, closed=True):
    """
    Options for `calling.play.resume`.
    """

    control_id: str


class PlayResumeRequest(TypedDict, closed=True):
    """
    Continue a paused playback from where it stopped.
    """

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
    """
    Ringtone settings.
    """

    name: PlayRingtoneName
    duration: NotRequired[float]


class PlaySilenceParams(TypedDict, closed=True):
    """
    Silence settings.
    """

    duration: float


class PlayStopParams(TypedDict, closed=True):
    """
    Options for `calling.play.stop`.
    """

    control_id: str


class PlayStopRequest(TypedDict, closed=True):
    """
    Stop a playback on the call.
    """

    id: str
    command: Literal["calling.play.stop"]
    params: PlayStopParams


class PlayVolumeParams(TypedDict, closed=True):
    """
    Options for `calling.play.volume`.
    """

    control_id: str
    volume: float


class PlayVolumeRequest(TypedDict, closed=True):
    """
    Change the volume of a playback while it is running.
    """

    id: str
    command: Literal["calling.play.volume"]
    params: PlayVolumeParams


class ReceiveFaxStopParams(TypedDict, closed=True):
    """
    Options for `calling.receive_fax.stop`.
    """

    control_id: str


class ReceiveFaxStopRequest(TypedDict, closed=True):
    """
    Stop receiving a fax on the call.
    """

    id: str
    command: Literal["calling.receive_fax.stop"]
    params: ReceiveFaxStopParams


class RecordEventAudio(TypedDict):
    """
    The audio settings a recording used.
    """

    format: NotRequired[str]
    stereo: NotRequired[bool]
    direction: NotRequired[EventAudioDirection | str]


class RecordEventSettings(TypedDict):
    """
    The settings of a recording, as a record event reports them (older payloads also put the file's `url`, `duration`, `size` and `format` here).
    """

    audio: NotRequired[RecordEventAudio]
    url: NotRequired[str]
    duration: NotRequired[float]
    size: NotRequired[int]
    format: NotRequired[str]


RecordEventState: TypeAlias = Literal["recording", "paused", "finished", "no_input", "error"]


RecordFormat: TypeAlias = Literal["mp3", "wav", "mp4"]


RecordPauseBehavior: TypeAlias = Literal["skip", "silence"]


class RecordPauseParams(TypedDict, closed=True):
    """
    Options for `calling.record.pause`.
    """

    control_id: str
    behavior: NotRequired[RecordPauseBehavior]


class RecordPauseRequest(TypedDict, closed=True):
    """
    Pause a recording; continue it with `calling.record.resume`.
    """

    id: str
    command: Literal["calling.record.pause"]
    params: RecordPauseParams


class RecordResumeParams(TypedDict, closed=True):
    """
    Options for `calling.record.resume`.
    """

    control_id: str


class RecordResumeRequest(TypedDict, closed=True):
    """
    Continue a paused recording.
    """

    id: str
    command: Literal["calling.record.resume"]
    params: RecordResumeParams


class RecordStopParams(TypedDict, closed=True):
    """
    Options for `calling.record.stop`.
    """

    control_id: str


class RecordStopRequest(TypedDict, closed=True):
    """
    Stop a recording and finalise the file.
    """

    id: str
    command: Literal["calling.record.stop"]
    params: RecordStopParams


ReferEventState: TypeAlias = Literal["inProgress", "cancel", "busy", "noAnswer", "error", "success"]


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
    """
    Options for `calling.send_fax.stop`.
    """

    control_id: str


class SendFaxStopRequest(TypedDict, closed=True):
    """
    Stop sending a fax on the call.
    """

    id: str
    command: Literal["calling.send_fax.stop"]
    params: SendFaxStopParams


class SidecarBooleanParam(TypedDict, closed=True):
    """
    A true/false function argument.
    """

    description: NotRequired[str]
    type: Literal["boolean"]
    default: NotRequired[bool]


class SidecarIntegerParam(TypedDict, closed=True):
    """
    A whole-number function argument.
    """

    description: NotRequired[str]
    type: Literal["integer"]
    enum: NotRequired[list[int]]
    default: NotRequired[int]


SidecarModel: TypeAlias = Literal["gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1-nano"]


class SidecarNumberParam(TypedDict, closed=True):
    """
    A numeric function argument that may have a fractional part.
    """

    description: NotRequired[str]
    type: Literal["number"]
    enum: NotRequired[list[float]]
    default: NotRequired[float]


class SidecarPermissions(TypedDict, closed=True):
    """
    What the sidecar's SWAIG tools are allowed to do. Each permission is granted unless turned off here.
    """

    swaig_allow_swml: NotRequired[bool]
    swaig_allow_settings: NotRequired[bool]
    swaig_set_global_data: NotRequired[bool]


class SidecarPromptFile(TypedDict, closed=True):
    """
    Sidecar prompt read from a file on the server.
    """

    file: str


class SidecarPromptText(TypedDict, closed=True):
    """
    Sidecar prompt given as text.
    """

    text: str


class SidecarStringParam(TypedDict, closed=True):
    """
    A text function argument.
    """

    description: NotRequired[str]
    type: Literal["string"]
    enum: NotRequired[list[str]]
    default: NotRequired[str]


class SidecarSummarizeOptions(TypedDict, closed=True):
    """
    Options for a one-off sidecar summary.
    """

    webhook: NotRequired[str]
    prompt: NotRequired[str]


class SidecarSwaigDefaults(TypedDict, closed=True):
    """
    Webhook settings shared by all sidecar SWAIG functions unless a function overrides them.
    """

    web_hook_url: NotRequired[str]
    web_hook_auth_user: NotRequired[str]
    web_hook_auth_password: NotRequired[str]


SpeechEngine: TypeAlias = Literal["deepgram", "google"]


StreamEventType: TypeAlias = Literal["calling.call.stream"]


StreamState: TypeAlias = Literal["streaming", "finished"]


class StreamStopParams(TypedDict, closed=True):
    """
    Options for `calling.stream.stop`.
    """

    control_id: str


class StreamStopRequest(TypedDict, closed=True):
    """
    Stop an audio stream.
    """

    id: str
    command: Literal["calling.stream.stop"]
    params: StreamStopParams


StreamTrack: TypeAlias = Literal["inbound_track", "outbound_track", "both_tracks"]


class SwmlSections(TypedDict, extra_items=list[Any]):
    """
    Sections of a SWML document, keyed by name. `main` is required and is where execution begins; other sections can be invoked from instructions such as `execute` or `transfer`. Each section is a list of SWML instructions run in order (typed by spec/swml.yaml, see `Swml`).
    """

    main: list[Any]


class TapAudioParams(TypedDict, closed=True):
    """
    Audio tap settings.
    """

    direction: PlayDirection


TapCodec: TypeAlias = Literal["PCMA", "PCMU", "pcma", "pcmu", "OPUS", "opus"]


class TapConfig(TypedDict, closed=True):
    """
    What to tap. Audio is the only kind.
    """

    type: Literal["audio"]
    params: TapAudioParams


class TapEventDeviceParams(TypedDict):
    """
    The endpoint's settings; which fields are there depends on its type.
    """

    addr: NotRequired[str]
    port: NotRequired[int]
    uri: NotRequired[str]
    codec: NotRequired[str]
    ptime: NotRequired[int]
    rate: NotRequired[int]


class TapEventMediaParams(TypedDict):
    """
    Which audio is tapped.
    """

    direction: NotRequired[EventAudioDirection | str]


TapEventState: TypeAlias = Literal["tapping", "finished"]


TapPtime: TypeAlias = Literal[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]


class TapRtpParams(TypedDict, closed=True):
    """
    RTP receiver for tapped audio.
    """

    addr: str
    port: int
    codec: NotRequired[TapCodec]
    ptime: NotRequired[TapPtime]


class TapStopParams(TypedDict, closed=True):
    """
    Options for `calling.tap.stop`.
    """

    control_id: str


class TapStopRequest(TypedDict, closed=True):
    """
    Stop a running tap.
    """

    id: str
    command: Literal["calling.tap.stop"]
    params: TapStopParams


class TapWsParams(TypedDict, closed=True):
    """
    WebSocket receiver for tapped audio.
    """

    uri: str
    codec: NotRequired[TapCodec]


TranscribeDirection: TypeAlias = Literal["remote-caller", "local-caller"]


TranscribeEventState: TypeAlias = Literal["transcribing", "finished"]


class TranscribeParams(TypedDict, closed=True):
    """
    Options for `calling.transcribe`.
    """

    control_id: str
    status_url: NotRequired[str]


class TranscribeRequest(TypedDict, closed=True):
    """
    Transcribe the whole call in the background; the transcript is complete when the call ends or the transcription is stopped. Only one transcription can run per call (starting a second is refused with a conflict). For results while the call is live, use `calling.live_transcribe`.
    """

    id: str
    command: Literal["calling.transcribe"]
    params: TranscribeParams


class TranscribeStopParams(TypedDict, closed=True):
    """
    Options for `calling.transcribe.stop`.
    """

    control_id: str


class TranscribeStopRequest(TypedDict, closed=True):
    """
    Stop a background transcription before the call ends.
    """

    id: str
    command: Literal["calling.transcribe.stop"]
    params: TranscribeStopParams


class TranscriptEventParams(TypedDict):
    """
    The transcript a transcription status callback is about.
    """

    id: str
    call_id: str
    segment_id: str
    text: NotRequired[str]


TranscriptEventType: TypeAlias = Literal["calling.transcript.completed", "calling.transcript.failed"]


TranslationFilterPreset: TypeAlias = Literal["polite", "rude", "professional", "shakespeare", "gen-z"]


TtsGender: TypeAlias = Literal["male", "female"]


class UnauthorizedBody(TypedDict):
    """
    Body of a 401 response.
    """

    error: Literal["Unauthorized"]


class UnprocessableEntityBody(TypedDict):
    """
    Body of a 422 response.
    """

    errors: list[ApiErrorItem]


UpdateCallStatus: TypeAlias = Literal["canceled", "completed"]


class UpdateUrlParams(TypedDict, closed=True):
    """
    Parameters for `update` that point the call at SWML served from a URL.
    """

    id: str
    fallback_url: NotRequired[str]
    status: NotRequired[UpdateCallStatus]
    status_url: NotRequired[str]
    url: str


class UserEventParams(TypedDict, closed=True):
    """
    Options for `calling.user_event`.
    """

    event: dict[str, Any]


class UserEventRequest(TypedDict, closed=True):
    """
    Fire a custom event carrying your own JSON data on the call.
    """

    id: str
    command: Literal["calling.user_event"]
    params: UserEventParams


class AiMessageParams(TypedDict, closed=True):
    """
    Options for `calling.ai_message`: text to add to the AI conversation, an optional conversation reset, and data to merge into the session's global data.
    """

    role: NotRequired[AiMessageRole]
    message_text: NotRequired[str]
    reset: NotRequired[AiMessageReset]
    global_data: NotRequired[dict[str, Any]]


class AiMessageRequest(TypedDict, closed=True):
    """
    Inject a message into a running AI agent conversation, for example to change the agent's instructions mid-call, add context, or reset the conversation.
    """

    id: str
    command: Literal["calling.ai_message"]
    params: AiMessageParams


class AiSidecarEvent(TypedDict):
    """
    One sidecar event. The four fields below come with every event; `type` decides the rest (for example `insight.raw` or `final.summary`), which arrive as additional properties.
    """

    type: AiSidecarEventType | str
    ts: int
    tick_id: int
    channel_data: AiSidecarChannelData


CallLeg = TypedDict(
    "CallLeg",
    {
        "id": str,
        "from": NotRequired[str | None],
        "to": NotRequired[str | None],
        "direction": NotRequired[CallDirection | str | None],
        "source": NotRequired[CallSource | str | None],
        "url": NotRequired[str | None],
        "charge": NotRequired[float | None],
        "created_at": NotRequired[str | None],
        "charge_details": NotRequired[list[ChargeDetails] | None],
        "status": NotRequired[CallResponseStatus | str | None],
        "duration": NotRequired[int | None],
        "duration_ms": NotRequired[int | None],
        "billing_ms": NotRequired[int | None],
        "type": CallLegType | str,
        "parent_id": NotRequired[str | None],
    },
)


CallResponse: TypeAlias = CallLeg | FabricDeviceLeg


class CollectDigitResult(TypedDict):
    """
    Keys the caller pressed.
    """

    type: Literal["digit"]
    params: CollectDigitResultParams


class CollectOtherResult(TypedDict):
    """
    A result without collected input: the caller gave nothing in time (`no_input`), gave something no rule matched (`no_match`), started speaking or pressing (`start_of_input`), or the collect ended (`finished`) or failed (`error`).
    """

    type: CollectResultType | str
    params: NotRequired[dict[str, Any]]


class CollectParams(TypedDict, closed=True):
    """
    Options for `calling.collect`. Give `digits`, `speech`, or both; with neither SignalWire answers 400. Digit results arrive at `status_url` as `result.type: digit` events with the digits and terminator, speech results as `result.type: speech` events with text and confidence.
    """

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
    """
    Wait for the caller to press keys, speak, or either, and report what was entered to `status_url`.
    """

    id: str
    command: Literal["calling.collect"]
    params: CollectParams


class CollectSpeechResult(TypedDict):
    """
    Words the caller said.
    """

    type: Literal["speech"]
    params: CollectSpeechResultParams


class DenoiseEvent(TypedDict):
    """
    Noise reduction was switched on or off (a RELAY event; `calling.denoise` takes no `status_url`). Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: DenoiseEventParams


class DetectDigitConfig(TypedDict, closed=True):
    """
    Selects DTMF digit detection.
    """

    type: Literal["digit"]
    params: NotRequired[DetectDigitParams]


class DetectDigitResultParams(TypedDict):
    """
    The digit detector's result.
    """

    event: DetectDigitVerdict | str


class DetectFaxParams(TypedDict, closed=True):
    """
    Settings for the fax tone detector.
    """

    tone: NotRequired[DetectFaxTone]


class DetectFaxResultParams(TypedDict):
    """
    The fax detector's result.
    """

    event: DetectFaxVerdict | str


class DetectMachineConfig(TypedDict, closed=True):
    """
    Selects answering-machine detection.
    """

    type: Literal["machine"]
    params: NotRequired[DetectMachineParams]


class DetectMachineResultParams(TypedDict):
    """
    The machine detector's result.
    """

    event: DetectMachineVerdict | str
    beep: NotRequired[bool]


class EndParams(TypedDict, closed=True):
    """
    Options for `calling.end`.
    """

    reason: NotRequired[HangupReason]


class EndRequest(TypedDict, closed=True):
    """
    Hang up an active call.
    """

    id: str
    command: Literal["calling.end"]
    params: EndParams


EventDeviceParams = TypedDict(
    "EventDeviceParams",
    {
        "from_number": NotRequired[str],
        "to_number": NotRequired[str],
        "from": NotRequired[str],
        "from_name": NotRequired[str],
        "to": NotRequired[str],
        "headers": NotRequired[list[InboundCallHeader]],
    },
)


class FaxEventInfo(TypedDict):
    """
    A page went through (`page`), or the fax is done (`finished`).
    """

    type: NotRequired[str]
    params: NotRequired[FaxEventInfoParams]


class FaxEventParams(TypedDict):
    """
    The fax a fax event is about.
    """

    call_id: NotRequired[str]
    node_id: NotRequired[str]
    segment_id: NotRequired[str]
    tag: NotRequired[str]
    control_id: str
    fax: NotRequired[FaxEventInfo]


class GenericEvent(TypedDict):
    """
    An event whose `event_type` this package does not know yet: its envelope, and its `params` as sent. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: NotRequired[GenericEventParams]


class InboundCallParent(TypedDict):
    """
    The call that created a call, such as the leg that ran a `connect` or a transfer.
    """

    device_type: InboundCallType | str
    call_id: str
    node_id: str


class LiveTranscribeStartOptions(TypedDict, closed=True):
    """
    Settings for a live transcription session.
    """

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
    """
    Requests an AI summary of a running live transcription.
    """

    summarize: LiveTranscribeSummarizeOptions


class LiveTranslateInjectOptions(TypedDict, closed=True):
    """
    A message to be translated and spoken into the call.
    """

    message: str
    direction: TranscribeDirection


class LiveTranslateSummarizeAction(TypedDict, closed=True):
    """
    Requests an AI summary of a running live translation.
    """

    summarize: LiveTranslateSummarizeOptions


class PlayAudioItem(TypedDict, closed=True):
    """
    Plays a recorded audio file that SignalWire downloads from a URL.
    """

    type: Literal["audio"]
    params: PlayAudioParams


class PlayEventParams(TypedDict):
    """
    The playback a play event is about.
    """

    call_id: NotRequired[str]
    node_id: NotRequired[str]
    segment_id: NotRequired[str]
    tag: NotRequired[str]
    control_id: str
    state: PlayEventState | str


class PlayRingtoneItem(TypedDict, closed=True):
    """
    Plays a ringback tone (the sound a caller hears while a phone rings) in a chosen country's cadence.
    """

    type: Literal["ringtone"]
    params: PlayRingtoneParams


class PlaySilenceItem(TypedDict, closed=True):
    """
    Plays silence, e.g. as a pause between other items.
    """

    type: Literal["silence"]
    params: PlaySilenceParams


class PlayTtsParams(TypedDict, closed=True):
    """
    Text-to-speech settings for one play item.
    """

    text: str
    language: NotRequired[str]
    gender: NotRequired[TtsGender]
    voice: NotRequired[str]


class RecordAudioParams(TypedDict, closed=True):
    """
    Settings for an audio recording.
    """

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
    """
    What to record. Audio is the only kind today, configured under `audio`.
    """

    audio: RecordAudioParams


class RecordEventParams(TypedDict):
    """
    The recording a record event is about. Some vendor pages put `url`, `duration`, `size` and `format` inside `record` instead; both forms parse.
    """

    call_id: NotRequired[str]
    node_id: NotRequired[str]
    segment_id: NotRequired[str]
    tag: NotRequired[str]
    control_id: str
    state: RecordEventState | str
    url: NotRequired[str]
    duration: NotRequired[float]
    size: NotRequired[int]
    recording_id: NotRequired[str]
    start_time: NotRequired[float]
    end_time: NotRequired[float]
    first_frame_time: NotRequired[float]
    pause_behavior: NotRequired[RecordPauseBehavior | str]
    record: NotRequired[RecordEventSettings]


class RecordParams(TypedDict, closed=True):
    """
    Options for `calling.record`.
    """

    control_id: str
    record: RecordConfig
    status_url: NotRequired[str]


class RecordRequest(TypedDict, closed=True):
    """
    Begin capturing a call's audio to a file. The response describes the call leg and does not contain the recording URL; the recording runs in the background and the `finished` event sent to `status_url` carries the final URL.
    """

    id: str
    command: Literal["calling.record"]
    params: RecordParams


class ReferDevice(TypedDict, closed=True):
    """
    Target of a SIP REFER. SIP is the only device type.
    """

    type: Literal["sip"]
    params: ReferSipParams


class ReferEventParams(TypedDict):
    """
    The SIP REFER a refer event is about.
    """

    call_id: NotRequired[str]
    node_id: NotRequired[str]
    segment_id: NotRequired[str]
    tag: NotRequired[str]
    state: ReferEventState | str
    sip_refer_to: NotRequired[str]
    sip_refer_response_code: NotRequired[str]
    sip_notify_response_code: NotRequired[str]


class ReferParams(TypedDict, closed=True):
    """
    Options for `calling.refer`.
    """

    device: ReferDevice
    status_url: NotRequired[str]


class ReferRequest(TypedDict, closed=True):
    """
    Transfer a SIP call with a SIP REFER, asking the SIP endpoint on the other side to connect to a new SIP target.
    """

    id: str
    command: Literal["calling.refer"]
    params: ReferParams


class SidecarSettings(TypedDict, closed=True):
    """
    Tuning for an AI sidecar (its `params` field): evaluation timing, history size, summaries, speech recognition and debugging. Durations are in milliseconds.
    """

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
    """
    Turns `calling.ai_sidecar` into a one-off summary request: the conversation so far is summarised and sent to a webhook, and no sidecar is attached.
    """

    summarize: SidecarSummarizeOptions


class StreamEventParams(TypedDict):
    """
    The stream a stream status callback is about.
    """

    call_id: str
    node_id: str
    segment_id: str
    tag: NotRequired[str]
    control_id: str
    state: StreamState | str
    url: str
    name: NotRequired[str]


class StreamParams(TypedDict, closed=True):
    """
    Options for `calling.stream`.
    """

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
    """
    Stream a call's audio in real time to your WebSocket server. End it by sending `calling.stream.stop` with the same `control_id`.
    """

    id: str
    command: Literal["calling.stream"]
    params: StreamParams


class Swml(TypedDict, closed=True):
    """
    Inline SWML document, as accepted by `swml` in `dial` and `update`, `to_script` in `dial` and `dest` in `calling.transfer`: `version` plus `sections`, whose required `main` section and any other named sections are lists of SWML instructions. The envelope is typed here; the instructions are described by spec/swml.yaml (`x-signalwire-swml`), against which the client checks the whole document before sending. Build one with `signalwire_calling.swml` (`swml.Document`), or pass a plain dict of the same shape.
    """

    version: NotRequired[Literal["1.0.0"]]
    sections: SwmlSections


class TapDeviceRtp(TypedDict, closed=True):
    """
    Sends tapped audio as an RTP stream to a UDP address.
    """

    type: Literal["rtp"]
    params: TapRtpParams


class TapDeviceWs(TypedDict, closed=True):
    """
    Sends tapped audio over a WebSocket connection.
    """

    type: Literal["ws"]
    params: TapWsParams


class TapEventDevice(TypedDict):
    """
    The endpoint receiving tapped audio: `rtp` (an address and port) or `ws` (a WebSocket URI).
    """

    type: NotRequired[str]
    params: NotRequired[TapEventDeviceParams]


class TapEventMedia(TypedDict):
    """
    The media a tap copies.
    """

    type: NotRequired[str]
    params: NotRequired[TapEventMediaParams]


class TapEventParams(TypedDict):
    """
    The tap a tap event is about.
    """

    call_id: NotRequired[str]
    node_id: NotRequired[str]
    segment_id: NotRequired[str]
    tag: NotRequired[str]
    control_id: str
    state: TapEventState | str
    tap: NotRequired[TapEventMedia]
    device: NotRequired[TapEventDevice]


class TapParams(TypedDict, closed=True):
    """
    Options for `calling.tap`: which audio to capture (`tap`) and where to send it (`device`).
    """

    control_id: str
    tap: TapConfig
    device: TapDeviceRtp | TapDeviceWs
    status_url: NotRequired[str]


class TapRequest(TypedDict, closed=True):
    """
    Copy a call's audio in real time to an external RTP receiver or WebSocket server, without affecting the call. End it by sending `calling.tap.stop` with the same `control_id`.
    """

    id: str
    command: Literal["calling.tap"]
    params: TapParams


class TranscribeEventParams(TypedDict):
    """
    The transcription a transcribe event is about.
    """

    call_id: NotRequired[str]
    node_id: NotRequired[str]
    segment_id: NotRequired[str]
    tag: NotRequired[str]
    control_id: str
    state: TranscribeEventState | str
    url: NotRequired[str]
    recording_id: NotRequired[str]
    status_url: NotRequired[str]
    duration: NotRequired[float]
    size: NotRequired[int]
    start_time: NotRequired[float]
    end_time: NotRequired[float]


class TranscriptEvent(TypedDict):
    """
    What SignalWire POSTs to a transcription's `status_url` once it is over. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: TranscriptEventType | str
    timestamp: float
    project_id: str
    space_id: str
    params: TranscriptEventParams


class TransferParams(TypedDict, closed=True):
    """
    Options for `calling.transfer`.
    """

    dest: str | Swml


class TransferRequest(TypedDict, closed=True):
    """
    Hand an active call over to a new destination (phone number, SIP URI, or SWML by URL or inline), which controls the call from then on.
    """

    id: str
    command: Literal["calling.transfer"]
    params: TransferParams


TranslationFilter: TypeAlias = TranslationFilterPreset | str


class UpdateSwmlParams(TypedDict, closed=True):
    """
    Parameters for `update` that give the call's new flow inline as SWML.
    """

    id: str
    fallback_url: NotRequired[str]
    status: NotRequired[UpdateCallStatus]
    status_url: NotRequired[str]
    swml: Swml


class AiSidecarCallbackPayload(TypedDict):
    """
    What an AI sidecar POSTs to its `url` for each event: the call it follows and the event itself. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    call_info: AiCallInfo
    sidecar_event: AiSidecarEvent


CollectResult: TypeAlias = CollectDigitResult | CollectSpeechResult | CollectOtherResult


class DetectDigitResult(TypedDict):
    """
    A digit detector's result.
    """

    type: Literal["digit"]
    params: DetectDigitResultParams


class DetectFaxConfig(TypedDict, closed=True):
    """
    Selects fax tone detection.
    """

    type: Literal["fax"]
    params: NotRequired[DetectFaxParams]


class DetectFaxResult(TypedDict):
    """
    A fax-tone detector's result.
    """

    type: Literal["fax"]
    params: DetectFaxResultParams


class DetectMachineResult(TypedDict):
    """
    An answering-machine detector's verdict.
    """

    type: Literal["machine"]
    params: DetectMachineResultParams


class DetectParams(TypedDict, closed=True):
    """
    Options for `calling.detect`. `detect.type` chooses the detector (machine, fax or digit) and the shape of its `params`.
    """

    control_id: str
    detect: DetectMachineConfig | DetectFaxConfig | DetectDigitConfig
    timeout: NotRequired[float]
    status_url: NotRequired[str]


class DetectRequest(TypedDict, closed=True):
    """
    Start a detector on an active call to recognise an answering machine, a fax tone or DTMF digits. It works in the background for up to `timeout` seconds and reports to `status_url`.
    """

    id: str
    command: Literal["calling.detect"]
    params: DetectParams


DetectResult: TypeAlias = DetectMachineResult | DetectFaxResult | DetectDigitResult | DetectOtherResult


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


class EventDevice(TypedDict):
    """
    The device at the far end of a call: `phone`, `sip` or `webrtc` (empty early on).
    """

    type: NotRequired[str]
    params: NotRequired[EventDeviceParams]


class FaxEvent(TypedDict):
    """
    What SignalWire POSTs to a SWML `send_fax` or `receive_fax`'s `status_url` per page and when the fax is done. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: FaxEventParams


InboundCall = TypedDict(
    "InboundCall",
    {
        "call_id": str,
        "node_id": str,
        "segment_id": str,
        "tag": NotRequired[str],
        "call_state": str,
        "direction": InboundCallDirection | str,
        "type": InboundCallType | str,
        "from": str,
        "to": str,
        "from_number": NotRequired[str],
        "to_number": NotRequired[str],
        "dial_winner": NotRequired[InboundCallDialWinner | str],
        "headers": list[InboundCallHeader],
        "parent": NotRequired[InboundCallParent],
        "peer": NotRequired[InboundCallPeer],
        "sip_data": NotRequired[InboundCallSipData],
        "project_id": str,
        "space_id": str,
    },
)


class InboundCallWebhookPayload(TypedDict):
    """
    What SignalWire POSTs to a SWML URL to fetch a call's document: the call, and the variables the document can use. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    call: InboundCall
    vars: dict[str, Any]
    envs: dict[str, Any]
    params: dict[str, Any]


class LiveTranscribeStartAction(TypedDict, closed=True):
    """
    Starts a live transcription session.
    """

    start: LiveTranscribeStartOptions


class LiveTranslateInjectAction(TypedDict, closed=True):
    """
    Injects a message into a live translation session.
    """

    inject: LiveTranslateInjectOptions


class LiveTranslateStartOptions(TypedDict, closed=True):
    """
    Settings for a live translation session between two languages.
    """

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


class PlayEvent(TypedDict):
    """
    What SignalWire POSTs to a playback's `status_url` each time the playback changes state. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: PlayEventParams


class PlayTtsItem(TypedDict, closed=True):
    """
    Speaks text with text-to-speech. Its own `language`, `voice` and `gender` take precedence over those set on the play request.
    """

    type: Literal["tts"]
    params: PlayTtsParams


class RecordEvent(TypedDict):
    """
    What SignalWire POSTs to a recording's `status_url` as it starts, pauses and ends; the last one carries the file's URL. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: RecordEventParams


class ReferEvent(TypedDict):
    """
    What SignalWire POSTs to a SIP REFER's `status_url` as the transfer progresses. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: ReferEventParams


class StreamEvent(TypedDict):
    """
    What SignalWire POSTs to a stream's `status_url` when the stream starts or ends. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: StreamEventType | str
    event_channel: str
    timestamp: float
    project_id: str
    space_id: str
    params: StreamEventParams


class TapEvent(TypedDict):
    """
    What SignalWire POSTs to a tap's `status_url` when the tap starts and when it ends. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: TapEventParams


class TranscribeEvent(TypedDict):
    """
    The lifecycle of a background transcription (its text arrives separately, as a `TranscriptEvent`). Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: TranscribeEventParams


class UpdateRequest(TypedDict, closed=True):
    """
    Redirect a call in progress to new SWML, served from `url` or given inline as `swml`: one of the two is required, even with `status`. `status` ends the call instead (`canceled` only while it is queued or ringing, `completed` once it is answered); to end a call without new SWML, use `calling.end`. Redirects need an answered call, and calls that have already ended cannot be updated. The call's `id` goes inside `params`.
    """

    command: Literal["update"]
    params: UpdateUrlParams | UpdateSwmlParams


class CallStateEventParams(TypedDict):
    """
    The call a call-state event is about. Times are in milliseconds since the Unix epoch, 0 until known.
    """

    call_id: str
    node_id: NotRequired[str]
    segment_id: NotRequired[str]
    tag: NotRequired[str | list[str]]
    call_state: CallState | str
    direction: NotRequired[CallStateDirection | str]
    device: NotRequired[EventDevice]
    parent: NotRequired[CallStateParent]
    peer: NotRequired[CallStatePeer]
    start_time: NotRequired[int]
    answer_time: NotRequired[int]
    end_time: NotRequired[int]
    end_reason: NotRequired[str | None]
    end_source: NotRequired[CallEndSource | str]
    dial_winner: NotRequired[str]
    sip_data: NotRequired[dict[str, Any]]
    audio_in_mos: NotRequired[float]
    created_by: NotRequired[CallCreatedBy | str]


class CollectEventParams(TypedDict):
    """
    The collect a collect event is about.
    """

    call_id: NotRequired[str]
    node_id: NotRequired[str]
    control_id: str
    result: NotRequired[CollectResult]
    state: NotRequired[CollectEventState | str]
    final: NotRequired[bool]


class ConnectPeer(TypedDict):
    """
    The call reached.
    """

    node_id: NotRequired[str]
    call_id: NotRequired[str]
    tag: NotRequired[str]
    queue_id: NotRequired[str]
    queue_name: NotRequired[str]
    device: NotRequired[EventDevice]


class DetectEventParams(TypedDict):
    """
    The detector a detect event is about.
    """

    call_id: NotRequired[str]
    node_id: NotRequired[str]
    segment_id: NotRequired[str]
    tag: NotRequired[str]
    control_id: str
    detect: NotRequired[DetectResult]


class DialEventParams(TypedDict):
    """
    The dial a dial event is about.
    """

    node_id: NotRequired[str]
    tag: NotRequired[str]
    dial_state: DialState | str
    call: NotRequired[CallStateEventParams]
    reason: NotRequired[str]
    source: NotRequired[CallEndSource | str]


class DialRequest(TypedDict, closed=True):
    """
    Place a new outbound call. Use `DialUrlParams` to have SignalWire fetch the call's SWML from `url`, or `DialSwmlParams` to pass the SWML inline in `swml`. No call `id` is sent because the call does not exist yet; the response contains it.
    """

    command: Literal["dial"]
    params: DialUrlParams | DialSwmlParams


class LiveTranscribeParams(TypedDict, closed=True):
    """
    Options for `calling.live_transcribe`. `action` is `{start: {...}}`, `{summarize: {...}}`, or the string `stop`.
    """

    action: LiveTranscribeStartAction | LiveTranscribeSummarizeAction | Literal["stop"]


class LiveTranscribeRequest(TypedDict, closed=True):
    """
    Control real-time transcription of a call: start a session, request an AI summary of the conversation so far, or stop it.
    """

    id: str
    command: Literal["calling.live_transcribe"]
    params: LiveTranscribeParams


class LiveTranslateStartAction(TypedDict, closed=True):
    """
    Starts a live translation session.
    """

    start: LiveTranslateStartOptions


Play: TypeAlias = PlayAudioItem | PlayTtsItem | PlaySilenceItem | PlayRingtoneItem


class PlayParams(TypedDict, closed=True):
    """
    Options for `calling.play`. Items in `play` are played one after another; `language`, `voice` and `gender` here are fallbacks for text-to-speech items that do not set their own.
    """

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
    """
    Start playing audio, speech, silence or a ringtone on a call. The response only confirms that playback was accepted; its progress (`playing`, `paused`, `finished`, `error`) is reported to `status_url`.
    """

    id: str
    command: Literal["calling.play"]
    params: PlayParams


class CallStateEvent(TypedDict):
    """
    What SignalWire POSTs to a call's `status_url` (given to `dial`) as the call goes through the states listed in `status_events`. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: CallStateEventParams


class CollectEvent(TypedDict):
    """
    What SignalWire POSTs to a collect's `status_url` with what the caller gave, or why nothing was collected. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: CollectEventParams


class ConnectEventParams(TypedDict):
    """
    The connect a connect event is about.
    """

    call_id: NotRequired[str]
    node_id: NotRequired[str]
    segment_id: NotRequired[str]
    tag: NotRequired[str]
    connect_state: ConnectState | str
    failed_reason: NotRequired[str]
    peer: NotRequired[ConnectPeer]


class DetectEvent(TypedDict):
    """
    What SignalWire POSTs to a detector's `status_url` with what it detected. Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: DetectEventParams


class DialEvent(TypedDict):
    """
    RELAY progress of a dial (no REST `status_url` is known to receive it). Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: DialEventParams


class LiveTranslateParams(TypedDict, closed=True):
    """
    Options for `calling.live_translate`. `action` is `{start: {...}}`, `{summarize: {...}}`, `{inject: {...}}`, or the string `stop`.
    """

    action: LiveTranslateStartAction | LiveTranslateSummarizeAction | LiveTranslateInjectAction | Literal["stop"]
    status_url: NotRequired[str]


class LiveTranslateRequest(TypedDict, closed=True):
    """
    Control real-time speech translation between the parties of a call: start or stop it, request a summary, or inject a message to be translated and spoken.
    """

    id: str
    command: Literal["calling.live_translate"]
    params: LiveTranslateParams


class ConnectEvent(TypedDict):
    """
    What SignalWire POSTs to a SWML `connect`'s `status_url` as the bridge progresses (no REST command sends it). Like every webhook payload here, fields this spec does not list are kept, not refused.
    """

    event_type: str
    event_channel: NotRequired[str]
    timestamp: NotRequired[float]
    project_id: NotRequired[str]
    space_id: NotRequired[str]
    params: ConnectEventParams


class AiSidecarParams(TypedDict, closed=True):
    """
    Configuration for `calling.ai_sidecar`, the same body as the SWML `ai_sidecar` instruction. A sidecar is an AI observer on an answered call: it follows the conversation and posts advice for the human agent to your webhook, but never speaks itself. When `action` is set, the command produces a one-off conversation summary instead and no sidecar is attached.
    """

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
    """
    Attach an AI sidecar to an answered call: a silent observer that follows the conversation and sends advice for the human agent to your webhook. With `action.summarize` it instead produces a one-off summary of the conversation.
    """

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
    """
    A Prompt Object Model section built around `body` text; bullets and subsections are optional.
    """

    title: NotRequired[str]
    subsections: NotRequired[list[PomSection]]
    numbered: NotRequired[bool]
    numberedBullets: NotRequired[bool]
    body: str
    bullets: NotRequired[list[str]]


class PomBulletsSection(TypedDict, closed=True):
    """
    A Prompt Object Model section built around a `bullets` list; body text and subsections are optional.
    """

    title: NotRequired[str]
    subsections: NotRequired[list[PomSection]]
    numbered: NotRequired[bool]
    numberedBullets: NotRequired[bool]
    body: NotRequired[str]
    bullets: list[str]


PomSection: TypeAlias = PomBodySection | PomBulletsSection


class SidecarArrayParam(TypedDict, closed=True):
    """
    A function argument that is a list.
    """

    description: NotRequired[str]
    type: Literal["array"]
    items: SidecarParamProperty


class SidecarFunctionParameters(TypedDict, closed=True):
    """
    JSON-Schema-style definition of a sidecar function's arguments. An argument may only use `type`, `description`, `enum` and `default` (plus `items`, `properties` and `required` for arrays and objects); express other rules such as patterns or ranges in the description and enforce them in your webhook.
    """

    type: Literal["object"]
    properties: dict[str, SidecarParamProperty]
    required: NotRequired[list[str]]


class SidecarObjectParam(TypedDict, closed=True):
    """
    A function argument that is an object with named fields.
    """

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
    """
    Sidecar prompt written as Prompt Object Model sections.
    """

    pom: list[PomSection]


class SidecarSwaig(TypedDict, closed=True):
    """
    Tools available to the sidecar's model: SWAIG webhook functions, defaults shared by them, and MCP servers.
    """

    defaults: NotRequired[SidecarSwaigDefaults]
    functions: NotRequired[list[SidecarSwaigFunction]]
    mcp_servers: NotRequired[list[McpServer]]


class SidecarSwaigFunction(TypedDict, closed=True):
    """
    A function the sidecar's model can call; SignalWire runs it by calling your webhook with the arguments.
    """

    function: str
    description: NotRequired[str]
    purpose: NotRequired[str]
    parameters: NotRequired[SidecarFunctionParameters]
    web_hook_url: NotRequired[str]
    web_hook_auth_user: NotRequired[str]
    web_hook_auth_password: NotRequired[str]
