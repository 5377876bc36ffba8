"""The types of SWML (spec/swml.yaml), a TypedDict per object with known keys. Generated from spec/ by generator/; do not edit.

Other schemas are type aliases. `SWMLObject` is a whole document, `SWMLMethod` any one instruction; `SWMLVar`
(a `%{...}` or `${...}` string) stands where a value may come from a variable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, TypeAlias

from typing_extensions import TypedDict

__all__ = [
    "AI",
    "AIObject",
    "AIParams",
    "AIPostPrompt",
    "AIPostPromptPom",
    "AIPostPromptText",
    "AIPrompt",
    "AIPromptPom",
    "AIPromptText",
    "AISidecar",
    "AISidecarArrayParam",
    "AISidecarBooleanParam",
    "AISidecarFunctionParameters",
    "AISidecarIntegerParam",
    "AISidecarNumberParam",
    "AISidecarObject",
    "AISidecarObjectParam",
    "AISidecarParamProperty",
    "AISidecarParams",
    "AISidecarPermissions",
    "AISidecarPrompt",
    "AISidecarPromptFile",
    "AISidecarPromptPom",
    "AISidecarPromptText",
    "AISidecarSWAIG",
    "AISidecarSWAIGDefaults",
    "AISidecarSWAIGFunction",
    "AISidecarStringParam",
    "AISidecarSummarizeAction",
    "AISidecarSummarizeActionSummarize",
    "Action",
    "AllOfProperty",
    "AmazonBedrock",
    "AmazonBedrockObject",
    "Answer",
    "AnswerParams",
    "AnyOfProperty",
    "ArrayProperty",
    "AttentionTimeout",
    "BedrockDataMap",
    "BedrockExpression",
    "BedrockOutput",
    "BedrockParams",
    "BedrockPostPrompt",
    "BedrockPrompt",
    "BedrockSWAIG",
    "BedrockSWAIGFunction",
    "BedrockSWAIGFunction1",
    "BedrockSWAIGFunction2",
    "BedrockSWAIGFunction3",
    "BedrockSWAIGFunction4",
    "BedrockWebhook",
    "BedrockWebhookForeach",
    "BooleanProperty",
    "CallStatus",
    "ChangeContextAction",
    "ChangeStepAction",
    "Cond",
    "CondElse",
    "CondParams",
    "CondReg",
    "Connect",
    "ConnectDestination",
    "ConnectDeviceParallel",
    "ConnectDeviceSerial",
    "ConnectDeviceSerialParallel",
    "ConnectDeviceSingle",
    "ConnectHeaders",
    "ConnectSwitch",
    "ConstProperty",
    "ContextPOMSteps",
    "ContextSteps",
    "ContextSwitchAction",
    "ContextSwitchActionContextSwitch",
    "ContextTextSteps",
    "Contexts",
    "ContextsObject",
    "ContextsPOMObject",
    "ContextsTextObject",
    "ConversationMessage",
    "ConversationRole",
    "CustomTranslationFilter",
    "DataMap",
    "Denoise",
    "DenoiseParams",
    "DetectMachine",
    "DetectMachineParams",
    "Direction",
    "EnterQueue",
    "EnterQueueObject",
    "Execute",
    "ExecuteParams",
    "ExecuteSwitch",
    "Expression",
    "FunctionFillers",
    "FunctionParameters",
    "GlobalData",
    "Goto",
    "GotoParams",
    "HangUpHookSWAIGFunction",
    "Hangup",
    "HangupAction",
    "HangupParams",
    "Hint",
    "HoldAction",
    "HoldActionHold",
    "InjectAction",
    "InjectActionInject",
    "IntegerProperty",
    "JoinConference",
    "JoinConferenceObject",
    "JoinConferenceObjectResult",
    "JoinConferenceStream",
    "JoinRoom",
    "JoinRoomParams",
    "Label",
    "LanguageParams",
    "Languages",
    "LiveTranscribe",
    "LiveTranscribeParams",
    "LiveTranslate",
    "LiveTranslateParams",
    "MCPServer",
    "Multilingual",
    "MultilingualLanguage",
    "NullProperty",
    "NumberProperty",
    "ObjectProperty",
    "OmitPropertiesBedrockPostPomptTextOmittedPromptProps",
    "OmitPropertiesBedrockPostPromptPomOmittedPromptProps",
    "OmitPropertiesBedrockPromptPomOmittedPromptProps",
    "OmitPropertiesBedrockPromptTextOmittedPromptProps",
    "OneOfProperty",
    "Output",
    "POM",
    "Pay",
    "PayParameters",
    "PayParams",
    "PayPromptAction",
    "PayPromptPlayAction",
    "PayPromptSayAction",
    "PayPrompts",
    "Play",
    "PlayUrl",
    "PlayWithURL",
    "PlayWithURLS",
    "PlaybackBGAction",
    "PlaybackBGActionPlaybackBg",
    "PomSectionBodyContent",
    "PomSectionBulletsContent",
    "Prompt",
    "PromptParams",
    "Pronounce",
    "ReceiveFax",
    "ReceiveFaxParams",
    "Record",
    "RecordCall",
    "RecordCallParams",
    "RecordParams",
    "RecordString",
    "Request",
    "RequestParams",
    "Return",
    "SIPRefer",
    "SIPReferParams",
    "SMSWithBody",
    "SMSWithMedia",
    "SWAIG",
    "SWAIGDefaults",
    "SWAIGFunction",
    "SWAIGIncludes",
    "SWAIGInternalFiller",
    "SWAIGNativeFunction",
    "SWMLAction",
    "SWMLMethod",
    "SWMLObject",
    "SWMLVar",
    "SayAction",
    "SchemaType",
    "Section",
    "SendDigits",
    "SendDigitsParams",
    "SendFax",
    "SendFaxParams",
    "SendSMS",
    "Set",
    "SetGlobalDataAction",
    "SetMetaDataAction",
    "Sleep",
    "SleepParams",
    "SpeechEngine",
    "StartAction",
    "StartActionStart",
    "StartUpHookSWAIGFunction",
    "StopAction",
    "StopDenoise",
    "StopDenoiseParams",
    "StopPlaybackBGAction",
    "StopRecordCall",
    "StopRecordCallParams",
    "StopStream",
    "StopStreamParams",
    "StopTap",
    "StopTapParams",
    "Stream",
    "StreamParams",
    "StringFormat",
    "StringProperty",
    "SummarizeAction",
    "SummarizeActionSummarize",
    "SummarizeActionUnion",
    "SummarizeConversationSWAIGFunction",
    "SwaigToolResult",
    "Switch",
    "SwitchParams",
    "Tap",
    "TapParams",
    "ToggleFunctionsAction",
    "ToggleFunctionsActionToggleFunctionsItem",
    "Transcribe",
    "TranscribeAction",
    "TranscribeDirection",
    "TranscribeParams",
    "TranscribeStartAction",
    "TranscribeStartActionStart",
    "TranscribeStop",
    "TranscribeStopParams",
    "TranscribeSummarizeAction",
    "TranscribeSummarizeActionSummarize",
    "TranscribeSummarizeActionUnion",
    "Transfer",
    "TransferParams",
    "TranslateAction",
    "TranslateDirection",
    "TranslationFilterPreset",
    "TurnFillers",
    "Unset",
    "UnsetGlobalDataAction",
    "UnsetGlobalDataActionUnsetGlobalData",
    "UnsetMetaDataAction",
    "UnsetMetaDataActionUnsetMetaData",
    "UserEvent",
    "UserEventParams",
    "UserInputAction",
    "UserSWAIGFunction",
    "ValidConfirmMethods",
    "Webhook",
    "WebhookForeach",
]


class SWMLObject(TypedDict):
    version: NotRequired[Literal["1.0.0"]]
    sections: Section


class Section(TypedDict):
    main: Sequence[SWMLMethod]


SWMLMethod: TypeAlias = "Answer | AI | AISidecar | AmazonBedrock | Cond | Connect | Denoise | EnterQueue | Execute | Goto | Label | LiveTranscribe | LiveTranslate | Hangup | JoinRoom | JoinConference | Play | Prompt | ReceiveFax | Record | RecordCall | Request | Return | SendDigits | SendFax | SendSMS | Set | Sleep | SIPRefer | StopDenoise | StopRecordCall | StopStream | StopTap | Stream | Switch | Tap | Transcribe | TranscribeStop | Transfer | Unset | Pay | DetectMachine | UserEvent"


class Answer(TypedDict):
    answer: AnswerParams
    """Answer the incoming call."""


class AI(TypedDict):
    ai: AIObject
    """Hand the call to a voice AI agent (speech recognition, a language model and text-to-speech) driven by a prompt and optional SWAIG functions."""


class AISidecar(TypedDict):
    ai_sidecar: AISidecarObject
    """Attach an AI observer that listens to the call and sends advice for the human agent to a webhook; it never speaks on the call."""


class AmazonBedrock(TypedDict):
    amazon_bedrock: AmazonBedrockObject
    """Hand the call to a voice AI agent running on Amazon Bedrock."""


class Cond(TypedDict):
    cond: Sequence[CondParams]
    """Run the `then` instructions of the first branch whose `when` expression is true, else the `else` branch."""


class Connect(TypedDict):
    connect: ConnectDeviceSingle | ConnectDeviceSerial | ConnectDeviceParallel | ConnectDeviceSerialParallel
    """Dial one destination, or several in series and/or in parallel, and bridge the call to whoever answers."""


class Denoise(TypedDict):
    denoise: DenoiseParams
    """Start noise reduction on the call (`stop_denoise` ends it)."""


class EnterQueue(TypedDict):
    enter_queue: EnterQueueObject
    """Put the call in a named queue until it is connected to an agent."""


class Execute(TypedDict):
    execute: ExecuteParams
    """Run a section of this document, or SWML from a URL, as a subroutine and come back here afterwards."""


class Goto(TypedDict):
    goto: GotoParams
    """Jump to a `label` in the same section, optionally only while a condition holds."""


class Label(TypedDict):
    label: str
    """Name this point of the section, as a target for `goto`."""


class LiveTranscribe(TypedDict):
    live_transcribe: LiveTranscribeParams
    """Start, stop or summarize real-time transcription of the call."""


class LiveTranslate(TypedDict):
    live_translate: LiveTranslateParams
    """Start, stop, summarize or inject into real-time translation of the call."""


class Hangup(TypedDict):
    hangup: HangupParams
    """End the call."""


class JoinRoom(TypedDict):
    join_room: JoinRoomParams
    """Put the call into a video/audio room, created if it does not exist."""


class JoinConference(TypedDict):
    join_conference: JoinConferenceObject
    """Put the call into a named audio conference, created if it does not exist."""


class Play(TypedDict):
    play: PlayWithURL | PlayWithURLS
    """Play audio: a file, a ring tone, text-to-speech (`say:`) or silence, from one `url` or a list of `urls`."""


class Prompt(TypedDict):
    prompt: PromptParams
    """Play audio and collect the caller's answer as digits, speech or both."""


class ReceiveFax(TypedDict):
    receive_fax: ReceiveFaxParams
    """Receive a fax sent on this call."""


class Record(TypedDict):
    record: RecordParams
    """Record the call in the foreground (a voicemail, say): the script waits until the recording ends."""


class RecordCall(TypedDict):
    record_call: RecordCallParams
    """Start recording the call in the background while the script goes on (`stop_record_call` ends it)."""


class Request(TypedDict):
    request: RequestParams
    """Send an HTTP request from the script, optionally keeping the JSON answer as variables."""


Return = TypedDict("Return", {"return": "Any"})


class SendDigits(TypedDict):
    send_digits: SendDigitsParams
    """Send DTMF tones on the call."""


class SendFax(TypedDict):
    send_fax: SendFaxParams
    """Send a PDF document as a fax on this call."""


class SendSMS(TypedDict):
    send_sms: SMSWithBody | SMSWithMedia
    """Send an SMS or MMS message."""


class Set(TypedDict):
    set: Mapping[str, Any]
    """Set script variables: a mapping of variable names to values."""


class Sleep(TypedDict):
    sleep: SleepParams | int | SWMLVar
    """Pause the script for a number of milliseconds."""


class SIPRefer(TypedDict):
    sip_refer: SIPReferParams
    """Send a SIP REFER on a SIP call, asking the far end to transfer it."""


class StopDenoise(TypedDict):
    stop_denoise: StopDenoiseParams
    """Stop the noise reduction started by `denoise`."""


class StopRecordCall(TypedDict):
    stop_record_call: StopRecordCallParams
    """Stop a background recording started by `record_call`."""


class StopStream(TypedDict):
    stop_stream: StopStreamParams
    """Stop an audio stream started by `stream`."""


class StopTap(TypedDict):
    stop_tap: StopTapParams
    """Stop a tap started by `tap`."""


class Stream(TypedDict):
    stream: StreamParams
    """Stream the call's audio to a WebSocket endpoint in the background."""


class Switch(TypedDict):
    switch: SwitchParams
    """Run the instructions of the `case` entry that equals a variable's value, else `default`."""


class Tap(TypedDict):
    tap: TapParams
    """Copy the call's audio, in the background, to an RTP or WebSocket endpoint."""


class Transcribe(TypedDict):
    transcribe: TranscribeParams
    """Transcribe the whole call in the background; the result is posted to `status_url` when it is done."""


class TranscribeStop(TypedDict):
    transcribe_stop: TranscribeStopParams
    """Stop the transcription started by `transcribe`."""


class Transfer(TypedDict):
    transfer: TransferParams
    """Hand the script over to another section, a SWML URL or an application; it does not come back."""


class Unset(TypedDict):
    unset: str | Sequence[str]
    """Remove one script variable, or a list of them."""


class Pay(TypedDict):
    pay: PayParams
    """Collect a card payment over the phone (DTMF) and post it to your payment connector."""


class DetectMachine(TypedDict):
    detect_machine: DetectMachineParams
    """Detect whether a person, an answering machine or a fax answered."""


class UserEvent(TypedDict):
    user_event: UserEventParams
    """Send a custom event to the client application connected to the call."""


SWMLVar: TypeAlias = "str"

AIObject = TypedDict(
    "AIObject",
    {
        "global_data": "NotRequired[GlobalData]",
        "hints": "NotRequired[Sequence[str | Hint]]",
        "languages": "NotRequired[Sequence[Languages]]",
        "multilingual": "NotRequired[Multilingual]",
        "params": "NotRequired[AIParams]",
        "post_prompt": "NotRequired[AIPostPrompt]",
        "post_prompt_url": "NotRequired[str]",
        "pronounce": "NotRequired[Sequence[Pronounce]]",
        "prompt": "AIPrompt",
        "SWAIG": "NotRequired[SWAIG]",
    },
)

AISidecarObject = TypedDict(
    "AISidecarObject",
    {
        "prompt": "NotRequired[AISidecarPrompt]",
        "lang": "str | SWMLVar",
        "model": "NotRequired[Literal['gpt-4o-mini'] | Literal['gpt-4.1-mini'] | Literal['gpt-4.1-nano'] | str]",
        "direction": "NotRequired[Sequence[TranscribeDirection]]",
        "customer_role": "NotRequired[TranscribeDirection]",
        "url": "NotRequired[str]",
        "SWAIG": "NotRequired[AISidecarSWAIG]",
        "permissions": "NotRequired[AISidecarPermissions]",
        "global_data": "NotRequired[GlobalData]",
        "hints": "NotRequired[Sequence[str]]",
        "params": "NotRequired[AISidecarParams]",
        "action": "NotRequired[AISidecarSummarizeAction]",
    },
)

AmazonBedrockObject = TypedDict(
    "AmazonBedrockObject",
    {
        "global_data": "NotRequired[Mapping[str, Any]]",
        "params": "NotRequired[BedrockParams]",
        "post_prompt": "NotRequired[BedrockPostPrompt]",
        "post_prompt_url": "NotRequired[str]",
        "prompt": "BedrockPrompt",
        "SWAIG": "NotRequired[BedrockSWAIG]",
    },
)

CondParams: TypeAlias = "CondReg | CondElse"

ConnectDeviceSingle = TypedDict(
    "ConnectDeviceSingle",
    {
        "from": "NotRequired[str]",
        "from_name": "NotRequired[str]",
        "headers": "NotRequired[Sequence[ConnectHeaders]]",
        "codecs": "NotRequired[str]",
        "webrtc_media": "NotRequired[bool | SWMLVar]",
        "session_timeout": "NotRequired[int | SWMLVar]",
        "ringback": "NotRequired[Sequence[str]]",
        "result": "NotRequired[ConnectSwitch | Sequence[CondParams]]",
        "timeout": "NotRequired[int | SWMLVar]",
        "max_duration": "NotRequired[int | SWMLVar]",
        "answer_on_bridge": "NotRequired[bool | SWMLVar]",
        "confirm": "NotRequired[str | Sequence[ValidConfirmMethods]]",
        "confirm_timeout": "NotRequired[int | SWMLVar]",
        "encryption": "NotRequired[Literal['mandatory'] | Literal['optional'] | Literal['forbidden']]",
        "call_state_url": "NotRequired[str]",
        "transfer_after_bridge": "NotRequired[str | SWMLVar]",
        "call_state_events": "NotRequired[Sequence[CallStatus]]",
        "status_url": "NotRequired[str]",
        "to": "str",
        "username": "NotRequired[str]",
        "password": "NotRequired[str]",
        "name": "NotRequired[str]",
        "codec": "NotRequired[str]",
        "realtime": "NotRequired[bool | SWMLVar]",
        "status_url_method": "NotRequired[Literal['GET'] | Literal['POST']]",
        "authorization_bearer_token": "NotRequired[str]",
        "custom_parameters": "NotRequired[RecordString]",
    },
)

ConnectDeviceSerial = TypedDict(
    "ConnectDeviceSerial",
    {
        "from": "NotRequired[str]",
        "from_name": "NotRequired[str]",
        "headers": "NotRequired[Sequence[ConnectHeaders]]",
        "codecs": "NotRequired[str]",
        "webrtc_media": "NotRequired[bool | SWMLVar]",
        "session_timeout": "NotRequired[int | SWMLVar]",
        "ringback": "NotRequired[Sequence[str]]",
        "result": "NotRequired[ConnectSwitch | Sequence[CondParams]]",
        "timeout": "NotRequired[int | SWMLVar]",
        "max_duration": "NotRequired[int | SWMLVar]",
        "answer_on_bridge": "NotRequired[bool | SWMLVar]",
        "confirm": "NotRequired[str | Sequence[ValidConfirmMethods]]",
        "confirm_timeout": "NotRequired[int | SWMLVar]",
        "encryption": "NotRequired[Literal['mandatory'] | Literal['optional'] | Literal['forbidden']]",
        "call_state_url": "NotRequired[str]",
        "transfer_after_bridge": "NotRequired[str | SWMLVar]",
        "call_state_events": "NotRequired[Sequence[CallStatus]]",
        "status_url": "NotRequired[str]",
        "serial": "Sequence[ConnectDestination]",
    },
)

ConnectDeviceParallel = TypedDict(
    "ConnectDeviceParallel",
    {
        "from": "NotRequired[str]",
        "from_name": "NotRequired[str]",
        "headers": "NotRequired[Sequence[ConnectHeaders]]",
        "codecs": "NotRequired[str]",
        "webrtc_media": "NotRequired[bool | SWMLVar]",
        "session_timeout": "NotRequired[int | SWMLVar]",
        "ringback": "NotRequired[Sequence[str]]",
        "result": "NotRequired[ConnectSwitch | Sequence[CondParams]]",
        "timeout": "NotRequired[int | SWMLVar]",
        "max_duration": "NotRequired[int | SWMLVar]",
        "answer_on_bridge": "NotRequired[bool | SWMLVar]",
        "confirm": "NotRequired[str | Sequence[ValidConfirmMethods]]",
        "confirm_timeout": "NotRequired[int | SWMLVar]",
        "encryption": "NotRequired[Literal['mandatory'] | Literal['optional'] | Literal['forbidden']]",
        "call_state_url": "NotRequired[str]",
        "transfer_after_bridge": "NotRequired[str | SWMLVar]",
        "call_state_events": "NotRequired[Sequence[CallStatus]]",
        "status_url": "NotRequired[str]",
        "parallel": "Sequence[ConnectDestination]",
    },
)

ConnectDeviceSerialParallel = TypedDict(
    "ConnectDeviceSerialParallel",
    {
        "from": "NotRequired[str]",
        "from_name": "NotRequired[str]",
        "headers": "NotRequired[Sequence[ConnectHeaders]]",
        "codecs": "NotRequired[str]",
        "webrtc_media": "NotRequired[bool | SWMLVar]",
        "session_timeout": "NotRequired[int | SWMLVar]",
        "ringback": "NotRequired[Sequence[str]]",
        "result": "NotRequired[ConnectSwitch | Sequence[CondParams]]",
        "timeout": "NotRequired[int | SWMLVar]",
        "max_duration": "NotRequired[int | SWMLVar]",
        "answer_on_bridge": "NotRequired[bool | SWMLVar]",
        "confirm": "NotRequired[str | Sequence[ValidConfirmMethods]]",
        "confirm_timeout": "NotRequired[int | SWMLVar]",
        "encryption": "NotRequired[Literal['mandatory'] | Literal['optional'] | Literal['forbidden']]",
        "call_state_url": "NotRequired[str]",
        "transfer_after_bridge": "NotRequired[str | SWMLVar]",
        "call_state_events": "NotRequired[Sequence[CallStatus]]",
        "status_url": "NotRequired[str]",
        "serial_parallel": "Sequence[Sequence[ConnectDestination]]",
    },
)


class EnterQueueObject(TypedDict):
    queue_name: str
    """The queue, created if it does not exist."""
    transfer_after_bridge: str | SWMLVar
    """Where the script goes once the bridge ends (a section, a URL or instructions)."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""
    wait_url: NotRequired[str | SWMLVar]
    """Audio to play while waiting."""
    wait_time: NotRequired[int | SWMLVar]
    """Longest wait in the queue, in seconds."""


class ExecuteSwitch(TypedDict):
    variable: NotRequired[str]
    case: Mapping[str, Sequence[SWMLMethod]]
    default: NotRequired[Sequence[SWMLMethod]]


TranscribeAction: TypeAlias = "TranscribeStartAction | Literal['stop'] | TranscribeSummarizeActionUnion"

TranslateAction: TypeAlias = "StartAction | Literal['stop'] | SummarizeActionUnion | InjectAction"


class JoinConferenceObject(TypedDict):
    name: str
    """The conference."""
    muted: NotRequired[bool | SWMLVar]
    """Join muted."""
    beep: NotRequired[Literal["true"] | Literal["false"] | Literal["onEnter"] | Literal["onExit"]]
    """When to beep as participants join or leave."""
    start_on_enter: NotRequired[bool | SWMLVar]
    """Start the conference when this participant joins."""
    end_on_exit: NotRequired[bool | SWMLVar]
    """End the conference when this participant leaves."""
    wait_url: NotRequired[str | SWMLVar]
    """Audio to play while the conference waits."""
    max_participants: NotRequired[int | SWMLVar]
    """Most participants at once."""
    record: NotRequired[Literal["do-not-record"] | Literal["record-from-start"]]
    """Whether to record the conference."""
    region: NotRequired[Literal["global"] | Literal["us"] | Literal["eu"] | Literal["ch"]]
    """Region that hosts the conference."""
    trim: NotRequired[Literal["trim-silence"] | Literal["do-not-trim"]]
    """Whether to trim leading silence from the recording."""
    coach: NotRequired[str]
    """Call SID of a participant to coach (heard by them only)."""
    status_callback_event: NotRequired[str]
    """Conference events to report, space-separated."""
    status_callback_event_type: NotRequired[Literal["cxml"] | Literal["laml"] | Literal["relay"]]
    """Content type of the status events."""
    status_callback: NotRequired[str]
    """URL that receives the conference events."""
    status_callback_method: NotRequired[Literal["GET"] | Literal["POST"]]
    """HTTP method of the conference events."""
    recording_status_callback: NotRequired[str]
    """URL that receives recording events."""
    recording_status_callback_method: NotRequired[Literal["GET"] | Literal["POST"]]
    """HTTP method of the recording events."""
    recording_status_callback_event: NotRequired[str]
    """Recording events to report, space-separated."""
    recording_status_callback_event_type: NotRequired[Literal["cxml"] | Literal["laml"] | Literal["relay"]]
    """Content type of the recording events."""
    result: NotRequired[JoinConferenceObjectResult | Sequence[CondParams]]
    """What to do when the conference ends for this call, by its outcome."""
    stream: NotRequired[JoinConferenceStream]
    """A bidirectional WebSocket stream of the conference audio."""


class PlayWithURL(TypedDict):
    auto_answer: NotRequired[bool | SWMLVar]
    """Answer the call when playing starts; with false the audio plays as early media."""
    volume: NotRequired[float | SWMLVar]
    """Volume change in dB, -40 to 40."""
    say_voice: NotRequired[str]
    """Text-to-speech voice for `say:` URLs."""
    say_language: NotRequired[str]
    """Language of `say:` URLs."""
    say_gender: NotRequired[str]
    """Voice gender for `say:` URLs."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""
    url: PlayUrl | SWMLVar
    """What to play: `http(s)://` audio, `ring:[seconds:]<country>`, `say:<text>` or `silence:<seconds>`."""


class PlayWithURLS(TypedDict):
    auto_answer: NotRequired[bool | SWMLVar]
    """Answer the call when playing starts; with false the audio plays as early media."""
    volume: NotRequired[float | SWMLVar]
    """Volume change in dB, -40 to 40."""
    say_voice: NotRequired[str]
    """Text-to-speech voice for `say:` URLs."""
    say_language: NotRequired[str]
    """Language of `say:` URLs."""
    say_gender: NotRequired[str]
    """Voice gender for `say:` URLs."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""
    urls: Sequence[PlayUrl] | Sequence[SWMLVar]
    """Several of what `url` takes, played in order."""


PlayUrl: TypeAlias = "str"


class SMSWithBody(TypedDict):
    to_number: str
    """Phone number to send the message to (E.164)."""
    from_number: str
    """Phone number to send the message from (E.164)."""
    region: NotRequired[str]
    """Region to originate from."""
    tags: NotRequired[Sequence[str]]
    """Tags for searching message logs."""
    status_callback: NotRequired[str]
    """URL that receives delivery status events."""
    body: str
    """Text of the message."""


class SMSWithMedia(TypedDict):
    to_number: str
    """Phone number to send the message to (E.164)."""
    from_number: str
    """Phone number to send the message from (E.164)."""
    region: NotRequired[str]
    """Region to originate from."""
    tags: NotRequired[Sequence[str]]
    """Tags for searching message logs."""
    status_callback: NotRequired[str]
    """URL that receives delivery status events."""
    media: Sequence[str]
    """URLs of media to attach (MMS)."""
    body: NotRequired[str]
    """Text of the message."""


RecordString: TypeAlias = "Mapping[str, str]"


class PayParameters(TypedDict):
    name: str
    value: str


PayPrompts = TypedDict(
    "PayPrompts",
    {
        "actions": "Sequence[PayPromptAction]",
        "for": "str",
        "attempts": "NotRequired[str]",
        "card_type": "NotRequired[str]",
        "error_type": "NotRequired[str]",
    },
)

GlobalData: TypeAlias = "Mapping[str, Any]"


class Hint(TypedDict):
    hint: str
    pattern: str
    replace: str
    ignore_case: NotRequired[bool | SWMLVar]


class Languages(TypedDict):
    name: str
    code: str | Sequence[str]
    listen_language: NotRequired[str | Sequence[str]]
    voice: str
    model: NotRequired[str]
    auto_emotion: NotRequired[bool]
    auto_speed: NotRequired[bool]
    engine: NotRequired[str]
    """Deprecated."""
    params: NotRequired[LanguageParams]
    fillers: NotRequired[Sequence[str]]
    """Deprecated."""
    function_fillers: NotRequired[Sequence[str]]
    speech_fillers: NotRequired[Sequence[str]]
    turn_fillers: NotRequired[Sequence[str]]
    pronounce: NotRequired[Sequence[Pronounce]]


class Multilingual(TypedDict):
    languages: Sequence[MultilingualLanguage]
    allowed: NotRequired[Sequence[str]]
    engine: NotRequired[str]
    model: NotRequired[str]
    provider: NotRequired[str]
    start_language: NotRequired[str]
    min_switch_words: NotRequired[int]
    fillers: NotRequired[Sequence[str] | FunctionFillers]
    function_fillers: NotRequired[Sequence[str] | FunctionFillers]
    turn_fillers: NotRequired[Sequence[str] | TurnFillers]


class AIParams(TypedDict):
    acknowledge_interruptions: NotRequired[bool | SWMLVar]
    ai_model: NotRequired[Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str]
    ai_name: NotRequired[str]
    ai_volume: NotRequired[int | SWMLVar]
    app_name: NotRequired[str]
    asr_smart_format: NotRequired[bool | SWMLVar]
    attention_timeout: NotRequired[AttentionTimeout | Literal[0] | SWMLVar]
    attention_timeout_prompt: NotRequired[str]
    asr_diarize: NotRequired[bool | SWMLVar]
    asr_speaker_affinity: NotRequired[bool | SWMLVar]
    audible_debug: NotRequired[bool | SWMLVar]
    audible_latency: NotRequired[bool | SWMLVar]
    background_file: NotRequired[str]
    background_file_loops: NotRequired[int | None | SWMLVar]
    background_file_volume: NotRequired[int | SWMLVar]
    enable_barge: NotRequired[str | bool | SWMLVar]
    enable_inner_dialog: NotRequired[bool | SWMLVar]
    enable_pause: NotRequired[bool | SWMLVar]
    enable_turn_detection: NotRequired[bool | SWMLVar]
    barge_match_string: NotRequired[str]
    barge_min_words: NotRequired[int | SWMLVar]
    barge_functions: NotRequired[bool | SWMLVar]
    cache_mode: NotRequired[bool | SWMLVar]
    conscience: NotRequired[str]
    convo: NotRequired[Sequence[ConversationMessage]]
    conversation_id: NotRequired[str]
    conversation_sliding_window: NotRequired[int | SWMLVar]
    debug_webhook_level: NotRequired[int | SWMLVar]
    debug_webhook_url: NotRequired[str]
    debug: NotRequired[bool | int | SWMLVar]
    direction: NotRequired[Direction | SWMLVar]
    digit_terminators: NotRequired[str]
    digit_timeout: NotRequired[int | SWMLVar]
    end_of_speech_timeout: NotRequired[int | SWMLVar]
    enable_accounting: NotRequired[bool | SWMLVar]
    enable_thinking: NotRequired[bool | SWMLVar]
    enable_text_normalization: NotRequired[
        Literal["heard"]
        | Literal["spoken"]
        | Literal["both"]
        | Literal["true"]
        | Literal["on"]
        | Literal["false"]
        | Literal["off"]
        | Literal["none"]
        | SWMLVar
    ]
    auto_correct: NotRequired[bool | SWMLVar]
    redact_prompt: NotRequired[str]
    enable_vision: NotRequired[bool | SWMLVar]
    energy_level: NotRequired[float | SWMLVar]
    first_word_timeout: NotRequired[int | SWMLVar]
    function_wait_for_talking: NotRequired[bool | SWMLVar]
    functions_on_no_response: NotRequired[bool | SWMLVar]
    hard_stop_prompt: NotRequired[str]
    hard_stop_time: NotRequired[str | SWMLVar]
    hold_music: NotRequired[str]
    hold_on_process: NotRequired[bool | SWMLVar]
    inactivity_timeout: NotRequired[int | SWMLVar]
    inner_dialog_model: NotRequired[Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str]
    inner_dialog_prompt: NotRequired[str]
    inner_dialog_synced: NotRequired[bool | SWMLVar]
    initial_sleep_ms: NotRequired[int | SWMLVar]
    input_poll_freq: NotRequired[int | SWMLVar]
    interrupt_on_noise: NotRequired[bool | SWMLVar]
    interrupt_prompt: NotRequired[str]
    languages_enabled: NotRequired[bool | SWMLVar]
    local_tz: NotRequired[str]
    llm_diarize_aware: NotRequired[bool | SWMLVar]
    max_emotion: NotRequired[int | SWMLVar]
    max_response_tokens: NotRequired[int | SWMLVar]
    openai_asr_engine: NotRequired[str]
    outbound_attention_timeout: NotRequired[int | SWMLVar]
    persist_global_data: NotRequired[bool | SWMLVar]
    pom_format: NotRequired[Literal["markdown"] | Literal["xml"]]
    save_conversation: NotRequired[bool | SWMLVar]
    speech_event_timeout: NotRequired[int | SWMLVar]
    speech_gen_quick_stops: NotRequired[int | SWMLVar]
    speech_timeout: NotRequired[int | SWMLVar]
    speak_when_spoken_to: NotRequired[bool | SWMLVar]
    start_paused: NotRequired[bool | SWMLVar]
    static_greeting: NotRequired[str]
    static_greeting_no_barge: NotRequired[bool | SWMLVar]
    summary_mode: NotRequired[Literal["string"] | Literal["original"] | SWMLVar]
    swaig_allow_settings: NotRequired[bool | SWMLVar]
    swaig_allow_swml: NotRequired[bool | SWMLVar]
    swaig_post_conversation: NotRequired[bool | SWMLVar]
    swaig_set_global_data: NotRequired[bool | SWMLVar]
    swaig_post_swml_vars: NotRequired[bool | Sequence[str] | SWMLVar]
    thinking_model: NotRequired[Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str]
    utility_model: NotRequired[Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str]
    transparent_barge: NotRequired[bool | SWMLVar]
    transparent_barge_max_time: NotRequired[int | SWMLVar]
    transfer_summary: NotRequired[bool | SWMLVar]
    turn_detection_timeout: NotRequired[int | SWMLVar]
    turn_filler_sources: NotRequired[str | SWMLVar]
    turn_filler_every_n: NotRequired[int | SWMLVar]
    turn_filler_min_ms: NotRequired[int | SWMLVar]
    tts_number_format: NotRequired[Literal["international"] | Literal["national"]]
    verbose_logs: NotRequired[bool | SWMLVar]
    video_listening_file: NotRequired[str]
    video_idle_file: NotRequired[str]
    video_talking_file: NotRequired[str]
    vision_model: NotRequired[Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str]
    vad_config: NotRequired[str]
    wait_for_user: NotRequired[bool | SWMLVar]
    wake_prefix: NotRequired[str]
    eleven_labs_stability: NotRequired[float | SWMLVar]
    """Deprecated."""
    eleven_labs_similarity: NotRequired[float | SWMLVar]
    """Deprecated."""


AIPostPrompt: TypeAlias = "AIPostPromptText | AIPostPromptPom"

Pronounce = TypedDict("Pronounce", {"replace": "str", "with": "str", "ignore_case": "NotRequired[bool | SWMLVar]"})

AIPrompt: TypeAlias = "AIPromptText | AIPromptPom"


class SWAIG(TypedDict):
    defaults: NotRequired[SWAIGDefaults]
    mcp_servers: NotRequired[Sequence[MCPServer]]
    native_functions: NotRequired[Sequence[SWAIGNativeFunction]]
    includes: NotRequired[Sequence[SWAIGIncludes]]
    functions: NotRequired[Sequence[SWAIGFunction]]
    internal_fillers: NotRequired[SWAIGInternalFiller]


AISidecarPrompt: TypeAlias = "str | AISidecarPromptText | AISidecarPromptPom | AISidecarPromptFile"

TranscribeDirection: TypeAlias = "Literal['remote-caller', 'local-caller']"


class AISidecarSWAIG(TypedDict):
    defaults: NotRequired[AISidecarSWAIGDefaults]
    functions: NotRequired[Sequence[AISidecarSWAIGFunction]]
    mcp_servers: NotRequired[Sequence[MCPServer]]


class AISidecarPermissions(TypedDict):
    swaig_allow_swml: NotRequired[bool | SWMLVar]
    swaig_allow_settings: NotRequired[bool | SWMLVar]
    swaig_set_global_data: NotRequired[bool | SWMLVar]


class AISidecarParams(TypedDict):
    idle_timeout_ms: NotRequired[int | SWMLVar]
    min_interval_ms: NotRequired[int | SWMLVar]
    max_iters_per_tick: NotRequired[int | SWMLVar]
    max_history_tokens: NotRequired[int | SWMLVar]
    act_on_channel: NotRequired[bool | SWMLVar]
    final_summary: NotRequired[bool | SWMLVar]
    ai_summary: NotRequired[bool | SWMLVar]
    ai_summary_prompt: NotRequired[str]
    summary_model: NotRequired[Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str]
    live_events: NotRequired[bool | SWMLVar]
    verbose_utterances: NotRequired[bool | SWMLVar]
    speech_engine: NotRequired[SpeechEngine]
    speech_timeout: NotRequired[int | SWMLVar]
    vad_silence_ms: NotRequired[int | SWMLVar]
    vad_thresh: NotRequired[int | SWMLVar]
    debug_level: NotRequired[int | SWMLVar]
    debug: NotRequired[bool | SWMLVar]
    transcribe_prompt: NotRequired[str]


class AISidecarSummarizeAction(TypedDict):
    summarize: AISidecarSummarizeActionSummarize


class BedrockParams(TypedDict):
    attention_timeout: NotRequired[AttentionTimeout | Literal[0] | SWMLVar]
    hard_stop_time: NotRequired[str | SWMLVar]
    inactivity_timeout: NotRequired[int | SWMLVar]
    video_listening_file: NotRequired[str]
    video_idle_file: NotRequired[str]
    video_talking_file: NotRequired[str]
    hard_stop_prompt: NotRequired[str]


BedrockPostPrompt: TypeAlias = (
    "OmitPropertiesBedrockPostPomptTextOmittedPromptProps | OmitPropertiesBedrockPostPromptPomOmittedPromptProps"
)

BedrockPrompt: TypeAlias = (
    "OmitPropertiesBedrockPromptTextOmittedPromptProps | OmitPropertiesBedrockPromptPomOmittedPromptProps"
)


class BedrockSWAIG(TypedDict):
    functions: NotRequired[Sequence[BedrockSWAIGFunction]]
    defaults: NotRequired[SWAIGDefaults]


CondReg = TypedDict(
    "CondReg", {"when": "str", "then": "Sequence[SWMLMethod]", "else": "NotRequired[Sequence[SWMLMethod]]"}
)

CondElse = TypedDict("CondElse", {"else": "Sequence[SWMLMethod]"})


class ConnectHeaders(TypedDict):
    name: str
    value: str


class ConnectSwitch(TypedDict):
    variable: NotRequired[str]
    case: Mapping[str, Sequence[SWMLMethod]]
    default: NotRequired[Sequence[SWMLMethod]]


ValidConfirmMethods: TypeAlias = "Cond | Set | Unset | Hangup | Play | Prompt | Record | RecordCall | StopRecordCall | Tap | StopTap | Stream | StopStream | SendDigits | SendSMS | Denoise | StopDenoise"

CallStatus: TypeAlias = "Literal['created', 'ringing', 'answered', 'ended']"

ConnectDestination = TypedDict(
    "ConnectDestination",
    {
        "to": "str",
        "from": "NotRequired[str]",
        "from_name": "NotRequired[str]",
        "headers": "NotRequired[Sequence[ConnectHeaders]]",
        "codecs": "NotRequired[str]",
        "webrtc_media": "NotRequired[bool | SWMLVar]",
        "session_timeout": "NotRequired[int | SWMLVar]",
        "username": "NotRequired[str]",
        "password": "NotRequired[str]",
        "timeout": "NotRequired[int | SWMLVar]",
        "call_state_events": "NotRequired[Sequence[CallStatus]]",
        "call_state_url": "NotRequired[str]",
        "confirm": "NotRequired[str | Sequence[ValidConfirmMethods]]",
        "confirm_timeout": "NotRequired[int | SWMLVar]",
        "encryption": "NotRequired[Literal['mandatory'] | Literal['optional'] | Literal['forbidden']]",
        "name": "NotRequired[str]",
        "codec": "NotRequired[str]",
        "realtime": "NotRequired[bool | SWMLVar]",
        "status_url_method": "NotRequired[Literal['GET'] | Literal['POST']]",
        "authorization_bearer_token": "NotRequired[str]",
        "custom_parameters": "NotRequired[RecordString]",
    },
)


class TranscribeStartAction(TypedDict):
    start: TranscribeStartActionStart


TranscribeSummarizeActionUnion: TypeAlias = "TranscribeSummarizeAction | Literal['summarize']"


class StartAction(TypedDict):
    start: StartActionStart


SummarizeActionUnion: TypeAlias = "SummarizeAction | Literal['summarize']"


class InjectAction(TypedDict):
    inject: InjectActionInject


class JoinConferenceStream(TypedDict):
    url: str
    name: NotRequired[str]
    codec: NotRequired[str]
    status_url: NotRequired[str]
    status_url_method: NotRequired[Literal["GET"] | Literal["POST"]]
    realtime: NotRequired[bool | SWMLVar]
    authorization_bearer_token: NotRequired[str]
    custom_parameters: NotRequired[RecordString]


PayPromptAction: TypeAlias = "PayPromptSayAction | PayPromptPlayAction"


class LanguageParams(TypedDict):
    stability: NotRequired[float | SWMLVar]
    similarity: NotRequired[float | SWMLVar]
    speakingRate: NotRequired[float | SWMLVar]
    temperature: NotRequired[float | SWMLVar]
    speed: NotRequired[float | SWMLVar]
    vol: NotRequired[float | SWMLVar]
    pitch: NotRequired[int | SWMLVar]
    emotion: NotRequired[
        Literal["happy"]
        | Literal["sad"]
        | Literal["angry"]
        | Literal["fearful"]
        | Literal["disgusted"]
        | Literal["surprised"]
        | Literal["neutral"]
    ]


class MultilingualLanguage(TypedDict):
    language: str
    voice: NotRequired[str]
    model: NotRequired[str]
    engine: NotRequired[str]
    """Deprecated."""
    params: NotRequired[LanguageParams]


FunctionFillers = TypedDict(
    "FunctionFillers",
    {
        "default": "NotRequired[Sequence[str]]",
        "auto": "NotRequired[Sequence[str]]",
        "bg": "NotRequired[Sequence[str]]",
        "ca": "NotRequired[Sequence[str]]",
        "zh": "NotRequired[Sequence[str]]",
        "zh-CN": "NotRequired[Sequence[str]]",
        "zh-Hans": "NotRequired[Sequence[str]]",
        "zh-TW": "NotRequired[Sequence[str]]",
        "zh-Hant": "NotRequired[Sequence[str]]",
        "zh-HK": "NotRequired[Sequence[str]]",
        "cs": "NotRequired[Sequence[str]]",
        "da": "NotRequired[Sequence[str]]",
        "da-DK": "NotRequired[Sequence[str]]",
        "nl": "NotRequired[Sequence[str]]",
        "en": "NotRequired[Sequence[str]]",
        "en-US": "NotRequired[Sequence[str]]",
        "en-GB": "NotRequired[Sequence[str]]",
        "en-NZ": "NotRequired[Sequence[str]]",
        "en-IN": "NotRequired[Sequence[str]]",
        "en-AU": "NotRequired[Sequence[str]]",
        "et": "NotRequired[Sequence[str]]",
        "fi": "NotRequired[Sequence[str]]",
        "nl-BE": "NotRequired[Sequence[str]]",
        "fr": "NotRequired[Sequence[str]]",
        "fr-CA": "NotRequired[Sequence[str]]",
        "de": "NotRequired[Sequence[str]]",
        "de-CH": "NotRequired[Sequence[str]]",
        "el": "NotRequired[Sequence[str]]",
        "hi": "NotRequired[Sequence[str]]",
        "hu": "NotRequired[Sequence[str]]",
        "id": "NotRequired[Sequence[str]]",
        "it": "NotRequired[Sequence[str]]",
        "ja": "NotRequired[Sequence[str]]",
        "ko": "NotRequired[Sequence[str]]",
        "ko-KR": "NotRequired[Sequence[str]]",
        "lv": "NotRequired[Sequence[str]]",
        "lt": "NotRequired[Sequence[str]]",
        "ms": "NotRequired[Sequence[str]]",
        "multi": "NotRequired[Sequence[str]]",
        "no": "NotRequired[Sequence[str]]",
        "pl": "NotRequired[Sequence[str]]",
        "pt": "NotRequired[Sequence[str]]",
        "pt-BR": "NotRequired[Sequence[str]]",
        "pt-PT": "NotRequired[Sequence[str]]",
        "ro": "NotRequired[Sequence[str]]",
        "ru": "NotRequired[Sequence[str]]",
        "sk": "NotRequired[Sequence[str]]",
        "es": "NotRequired[Sequence[str]]",
        "es-419": "NotRequired[Sequence[str]]",
        "sv": "NotRequired[Sequence[str]]",
        "sv-SE": "NotRequired[Sequence[str]]",
        "th": "NotRequired[Sequence[str]]",
        "th-TH": "NotRequired[Sequence[str]]",
        "tr": "NotRequired[Sequence[str]]",
        "uk": "NotRequired[Sequence[str]]",
        "vi": "NotRequired[Sequence[str]]",
    },
)

TurnFillers = TypedDict(
    "TurnFillers",
    {
        "default": "NotRequired[Sequence[str]]",
        "bg": "NotRequired[Sequence[str]]",
        "ca": "NotRequired[Sequence[str]]",
        "zh": "NotRequired[Sequence[str]]",
        "zh-CN": "NotRequired[Sequence[str]]",
        "zh-Hans": "NotRequired[Sequence[str]]",
        "zh-TW": "NotRequired[Sequence[str]]",
        "zh-Hant": "NotRequired[Sequence[str]]",
        "zh-HK": "NotRequired[Sequence[str]]",
        "cs": "NotRequired[Sequence[str]]",
        "da": "NotRequired[Sequence[str]]",
        "da-DK": "NotRequired[Sequence[str]]",
        "nl": "NotRequired[Sequence[str]]",
        "en": "NotRequired[Sequence[str]]",
        "en-US": "NotRequired[Sequence[str]]",
        "en-GB": "NotRequired[Sequence[str]]",
        "en-NZ": "NotRequired[Sequence[str]]",
        "en-IN": "NotRequired[Sequence[str]]",
        "en-AU": "NotRequired[Sequence[str]]",
        "et": "NotRequired[Sequence[str]]",
        "fi": "NotRequired[Sequence[str]]",
        "nl-BE": "NotRequired[Sequence[str]]",
        "fr": "NotRequired[Sequence[str]]",
        "fr-CA": "NotRequired[Sequence[str]]",
        "de": "NotRequired[Sequence[str]]",
        "de-CH": "NotRequired[Sequence[str]]",
        "el": "NotRequired[Sequence[str]]",
        "hi": "NotRequired[Sequence[str]]",
        "hu": "NotRequired[Sequence[str]]",
        "id": "NotRequired[Sequence[str]]",
        "it": "NotRequired[Sequence[str]]",
        "ja": "NotRequired[Sequence[str]]",
        "ko": "NotRequired[Sequence[str]]",
        "ko-KR": "NotRequired[Sequence[str]]",
        "lv": "NotRequired[Sequence[str]]",
        "lt": "NotRequired[Sequence[str]]",
        "ms": "NotRequired[Sequence[str]]",
        "multi": "NotRequired[Sequence[str]]",
        "no": "NotRequired[Sequence[str]]",
        "pl": "NotRequired[Sequence[str]]",
        "pt": "NotRequired[Sequence[str]]",
        "pt-BR": "NotRequired[Sequence[str]]",
        "pt-PT": "NotRequired[Sequence[str]]",
        "ro": "NotRequired[Sequence[str]]",
        "ru": "NotRequired[Sequence[str]]",
        "sk": "NotRequired[Sequence[str]]",
        "es": "NotRequired[Sequence[str]]",
        "es-419": "NotRequired[Sequence[str]]",
        "sv": "NotRequired[Sequence[str]]",
        "sv-SE": "NotRequired[Sequence[str]]",
        "th": "NotRequired[Sequence[str]]",
        "th-TH": "NotRequired[Sequence[str]]",
        "tr": "NotRequired[Sequence[str]]",
        "uk": "NotRequired[Sequence[str]]",
        "vi": "NotRequired[Sequence[str]]",
    },
)

AttentionTimeout: TypeAlias = "int"


class ConversationMessage(TypedDict):
    role: ConversationRole
    content: str
    lang: NotRequired[str]


Direction: TypeAlias = "Literal['inbound', 'outbound']"


class AIPostPromptText(TypedDict):
    max_tokens: NotRequired[int]
    temperature: NotRequired[float | SWMLVar]
    top_p: NotRequired[float | SWMLVar]
    confidence: NotRequired[float | SWMLVar]
    presence_penalty: NotRequired[float | SWMLVar]
    frequency_penalty: NotRequired[float | SWMLVar]
    text: str


class AIPostPromptPom(TypedDict):
    max_tokens: NotRequired[int]
    temperature: NotRequired[float | SWMLVar]
    top_p: NotRequired[float | SWMLVar]
    confidence: NotRequired[float | SWMLVar]
    presence_penalty: NotRequired[float | SWMLVar]
    frequency_penalty: NotRequired[float | SWMLVar]
    pom: Sequence[POM]


class AIPromptText(TypedDict):
    max_tokens: NotRequired[int]
    temperature: NotRequired[float | SWMLVar]
    top_p: NotRequired[float | SWMLVar]
    confidence: NotRequired[float | SWMLVar]
    presence_penalty: NotRequired[float | SWMLVar]
    frequency_penalty: NotRequired[float | SWMLVar]
    text: str
    contexts: NotRequired[Contexts]


class AIPromptPom(TypedDict):
    max_tokens: NotRequired[int]
    temperature: NotRequired[float | SWMLVar]
    top_p: NotRequired[float | SWMLVar]
    confidence: NotRequired[float | SWMLVar]
    presence_penalty: NotRequired[float | SWMLVar]
    frequency_penalty: NotRequired[float | SWMLVar]
    pom: Sequence[POM]
    contexts: NotRequired[Contexts]


class SWAIGDefaults(TypedDict):
    web_hook_url: NotRequired[str]


class MCPServer(TypedDict):
    url: str
    headers: NotRequired[Mapping[str, str]]
    resources: NotRequired[bool | SWMLVar]
    resource_vars: NotRequired[Mapping[str, str]]


SWAIGNativeFunction: TypeAlias = "Literal['check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency']"


class SWAIGIncludes(TypedDict):
    functions: Sequence[str]
    url: str
    meta_data: NotRequired[Mapping[str, Any]]


SWAIGFunction: TypeAlias = (
    "UserSWAIGFunction | StartUpHookSWAIGFunction | HangUpHookSWAIGFunction | SummarizeConversationSWAIGFunction"
)


class SWAIGInternalFiller(TypedDict):
    check_time: NotRequired[FunctionFillers]
    wait_for_user: NotRequired[FunctionFillers]
    wait_seconds: NotRequired[FunctionFillers]
    adjust_response_latency: NotRequired[FunctionFillers]
    next_step: NotRequired[FunctionFillers]
    change_context: NotRequired[FunctionFillers]
    get_visual_input: NotRequired[FunctionFillers]
    get_ideal_strategy: NotRequired[FunctionFillers]
    pause_conversation: NotRequired[FunctionFillers]


class AISidecarPromptText(TypedDict):
    text: str


class AISidecarPromptPom(TypedDict):
    pom: Sequence[POM]


class AISidecarPromptFile(TypedDict):
    file: str


class AISidecarSWAIGDefaults(TypedDict):
    web_hook_url: NotRequired[str]
    web_hook_auth_user: NotRequired[str]
    web_hook_auth_password: NotRequired[str]


class AISidecarSWAIGFunction(TypedDict):
    function: str
    description: NotRequired[str]
    purpose: NotRequired[str]
    parameters: NotRequired[AISidecarFunctionParameters]
    web_hook_url: NotRequired[str]
    web_hook_auth_user: NotRequired[str]
    web_hook_auth_password: NotRequired[str]


SpeechEngine: TypeAlias = "Literal['deepgram', 'google']"


class OmitPropertiesBedrockPostPomptTextOmittedPromptProps(TypedDict):
    max_tokens: NotRequired[int]
    temperature: NotRequired[float | SWMLVar]
    top_p: NotRequired[float | SWMLVar]
    confidence: NotRequired[float | SWMLVar]
    presence_penalty: NotRequired[float | SWMLVar]
    frequency_penalty: NotRequired[float | SWMLVar]
    text: str


class OmitPropertiesBedrockPostPromptPomOmittedPromptProps(TypedDict):
    max_tokens: NotRequired[int]
    temperature: NotRequired[float | SWMLVar]
    top_p: NotRequired[float | SWMLVar]
    confidence: NotRequired[float | SWMLVar]
    presence_penalty: NotRequired[float | SWMLVar]
    frequency_penalty: NotRequired[float | SWMLVar]
    pom: Sequence[POM]


class OmitPropertiesBedrockPromptTextOmittedPromptProps(TypedDict):
    voice_id: NotRequired[
        Literal["tiffany"] | Literal["matthew"] | Literal["amy"] | Literal["lupe"] | Literal["carlos"]
    ]
    max_tokens: NotRequired[int]
    temperature: NotRequired[float | SWMLVar]
    top_p: NotRequired[float | SWMLVar]
    confidence: NotRequired[float | SWMLVar]
    presence_penalty: NotRequired[float | SWMLVar]
    frequency_penalty: NotRequired[float | SWMLVar]
    text: str


class OmitPropertiesBedrockPromptPomOmittedPromptProps(TypedDict):
    voice_id: NotRequired[
        Literal["tiffany"] | Literal["matthew"] | Literal["amy"] | Literal["lupe"] | Literal["carlos"]
    ]
    max_tokens: NotRequired[int]
    temperature: NotRequired[float | SWMLVar]
    top_p: NotRequired[float | SWMLVar]
    confidence: NotRequired[float | SWMLVar]
    presence_penalty: NotRequired[float | SWMLVar]
    frequency_penalty: NotRequired[float | SWMLVar]
    pom: Sequence[POM]


BedrockSWAIGFunction: TypeAlias = (
    "BedrockSWAIGFunction1 | BedrockSWAIGFunction2 | BedrockSWAIGFunction3 | BedrockSWAIGFunction4"
)


class TranscribeSummarizeAction(TypedDict):
    summarize: TranscribeSummarizeActionSummarize


TranslationFilterPreset: TypeAlias = "Literal['polite', 'rude', 'professional', 'shakespeare', 'gen-z']"

CustomTranslationFilter: TypeAlias = "str"

TranslateDirection: TypeAlias = "Literal['remote-caller', 'local-caller']"


class SummarizeAction(TypedDict):
    summarize: SummarizeActionSummarize


class PayPromptSayAction(TypedDict):
    type: Literal["Say"]
    phrase: str


class PayPromptPlayAction(TypedDict):
    type: Literal["Play"]
    phrase: str


ConversationRole: TypeAlias = "Literal['user', 'assistant', 'system']"

POM: TypeAlias = "PomSectionBodyContent | PomSectionBulletsContent"


class Contexts(TypedDict):
    default: ContextsObject


class UserSWAIGFunction(TypedDict):
    description: str
    purpose: NotRequired[str]
    """Deprecated."""
    parameters: NotRequired[FunctionParameters]
    fillers: NotRequired[FunctionFillers]
    argument: NotRequired[FunctionParameters]
    """Deprecated."""
    active: NotRequired[bool | SWMLVar]
    meta_data: NotRequired[Mapping[str, Any]]
    meta_data_token: NotRequired[str]
    data_map: NotRequired[DataMap]
    skip_fillers: NotRequired[bool | SWMLVar]
    web_hook_url: NotRequired[str]
    wait_file: NotRequired[str]
    wait_file_loops: NotRequired[int | str]
    wait_for_fillers: NotRequired[bool | SWMLVar]
    function: str


class StartUpHookSWAIGFunction(TypedDict):
    description: str
    purpose: NotRequired[str]
    """Deprecated."""
    parameters: NotRequired[FunctionParameters]
    fillers: NotRequired[FunctionFillers]
    argument: NotRequired[FunctionParameters]
    """Deprecated."""
    active: NotRequired[bool | SWMLVar]
    meta_data: NotRequired[Mapping[str, Any]]
    meta_data_token: NotRequired[str]
    data_map: NotRequired[DataMap]
    skip_fillers: NotRequired[bool | SWMLVar]
    web_hook_url: NotRequired[str]
    wait_file: NotRequired[str]
    wait_file_loops: NotRequired[int | str]
    wait_for_fillers: NotRequired[bool | SWMLVar]
    function: Literal["startup_hook"]


class HangUpHookSWAIGFunction(TypedDict):
    description: str
    purpose: NotRequired[str]
    """Deprecated."""
    parameters: NotRequired[FunctionParameters]
    fillers: NotRequired[FunctionFillers]
    argument: NotRequired[FunctionParameters]
    """Deprecated."""
    active: NotRequired[bool | SWMLVar]
    meta_data: NotRequired[Mapping[str, Any]]
    meta_data_token: NotRequired[str]
    data_map: NotRequired[DataMap]
    skip_fillers: NotRequired[bool | SWMLVar]
    web_hook_url: NotRequired[str]
    wait_file: NotRequired[str]
    wait_file_loops: NotRequired[int | str]
    wait_for_fillers: NotRequired[bool | SWMLVar]
    function: Literal["hangup_hook"]


class SummarizeConversationSWAIGFunction(TypedDict):
    description: str
    purpose: NotRequired[str]
    """Deprecated."""
    parameters: NotRequired[FunctionParameters]
    fillers: NotRequired[FunctionFillers]
    argument: NotRequired[FunctionParameters]
    """Deprecated."""
    active: NotRequired[bool | SWMLVar]
    meta_data: NotRequired[Mapping[str, Any]]
    meta_data_token: NotRequired[str]
    data_map: NotRequired[DataMap]
    skip_fillers: NotRequired[bool | SWMLVar]
    web_hook_url: NotRequired[str]
    wait_file: NotRequired[str]
    wait_file_loops: NotRequired[int | str]
    wait_for_fillers: NotRequired[bool | SWMLVar]
    function: Literal["summarize_conversation"]


class AISidecarFunctionParameters(TypedDict):
    type: Literal["object"]
    properties: Mapping[str, AISidecarParamProperty]
    required: NotRequired[Sequence[str]]


class FunctionParameters(TypedDict):
    type: Literal["object"]
    properties: Mapping[str, SchemaType]
    required: NotRequired[Sequence[str]]


class BedrockDataMap(TypedDict):
    output: NotRequired[BedrockOutput]
    expressions: NotRequired[Sequence[BedrockExpression]]
    webhooks: NotRequired[Sequence[BedrockWebhook]]


class PomSectionBodyContent(TypedDict):
    title: NotRequired[str]
    subsections: NotRequired[Sequence[POM]]
    numbered: NotRequired[bool | SWMLVar]
    numberedBullets: NotRequired[bool | SWMLVar]
    body: str
    bullets: NotRequired[Sequence[str]]


class PomSectionBulletsContent(TypedDict):
    title: NotRequired[str]
    subsections: NotRequired[Sequence[POM]]
    numbered: NotRequired[bool | SWMLVar]
    numberedBullets: NotRequired[bool | SWMLVar]
    body: NotRequired[str]
    bullets: Sequence[str]


ContextsObject: TypeAlias = "ContextsPOMObject | ContextsTextObject"


class DataMap(TypedDict):
    output: NotRequired[Output]
    expressions: NotRequired[Sequence[Expression]]
    webhooks: NotRequired[Sequence[Webhook]]


AISidecarParamProperty: TypeAlias = "AISidecarStringParam | AISidecarIntegerParam | AISidecarNumberParam | AISidecarBooleanParam | AISidecarArrayParam | AISidecarObjectParam"

SchemaType: TypeAlias = "StringProperty | IntegerProperty | NumberProperty | BooleanProperty | ArrayProperty | ObjectProperty | NullProperty | OneOfProperty | AllOfProperty | AnyOfProperty | ConstProperty"


class BedrockOutput(TypedDict):
    response: NotRequired[str]
    action: NotRequired[Action | Sequence[Action]]


class BedrockExpression(TypedDict):
    output: BedrockOutput
    string: str
    pattern: str


class BedrockWebhook(TypedDict):
    expressions: NotRequired[Sequence[BedrockExpression]]
    output: NotRequired[BedrockOutput]
    error_keys: NotRequired[str | Sequence[str]]
    url: str
    foreach: NotRequired[BedrockWebhookForeach]
    headers: NotRequired[Mapping[str, Any]]
    method: NotRequired[Literal["GET"] | Literal["POST"] | Literal["PUT"] | Literal["DELETE"]]
    input_args_as_params: NotRequired[bool | SWMLVar]
    params: NotRequired[Mapping[str, Any]]
    require_args: NotRequired[str | Sequence[str]]


class ContextsPOMObject(TypedDict):
    steps: Sequence[ContextSteps]
    isolated: NotRequired[bool]
    enter_fillers: NotRequired[FunctionFillers]
    exit_fillers: NotRequired[FunctionFillers]
    pom: NotRequired[Sequence[POM]]


class ContextsTextObject(TypedDict):
    steps: Sequence[ContextSteps]
    isolated: NotRequired[bool]
    enter_fillers: NotRequired[FunctionFillers]
    exit_fillers: NotRequired[FunctionFillers]
    text: NotRequired[str]


class Output(TypedDict):
    response: NotRequired[str | SwaigToolResult]
    action: NotRequired[Action | Sequence[Action]]
    post_process: NotRequired[bool]


class Expression(TypedDict):
    string: str
    pattern: str
    output: Output


class Webhook(TypedDict):
    expressions: NotRequired[Sequence[Expression]]
    error_keys: NotRequired[str | Sequence[str]]
    url: str
    foreach: NotRequired[WebhookForeach]
    headers: NotRequired[Mapping[str, Any]]
    method: NotRequired[Literal["GET"] | Literal["POST"] | Literal["PUT"] | Literal["DELETE"]]
    input_args_as_params: NotRequired[bool | SWMLVar]
    params: NotRequired[Mapping[str, Any]]
    require_args: NotRequired[str | Sequence[str]]
    output: NotRequired[Output]


class AISidecarStringParam(TypedDict):
    description: NotRequired[str]
    type: Literal["string"]
    enum: NotRequired[Sequence[str]]
    default: NotRequired[str]


class AISidecarIntegerParam(TypedDict):
    description: NotRequired[str]
    type: Literal["integer"]
    enum: NotRequired[Sequence[int]]
    default: NotRequired[int]


class AISidecarNumberParam(TypedDict):
    description: NotRequired[str]
    type: Literal["number"]
    enum: NotRequired[Sequence[float]]
    default: NotRequired[float]


class AISidecarBooleanParam(TypedDict):
    description: NotRequired[str]
    type: Literal["boolean"]
    default: NotRequired[bool]


class AISidecarArrayParam(TypedDict):
    description: NotRequired[str]
    type: Literal["array"]
    items: AISidecarParamProperty


class AISidecarObjectParam(TypedDict):
    description: NotRequired[str]
    type: Literal["object"]
    properties: NotRequired[Mapping[str, AISidecarParamProperty]]
    required: NotRequired[Sequence[str]]


class StringProperty(TypedDict):
    description: NotRequired[str]
    nullable: NotRequired[bool | SWMLVar]
    type: Literal["string"]
    enum: NotRequired[Sequence[str]]
    default: NotRequired[str]
    pattern: NotRequired[str]
    format: NotRequired[StringFormat]


class IntegerProperty(TypedDict):
    description: NotRequired[str]
    nullable: NotRequired[bool | SWMLVar]
    type: Literal["integer"]
    enum: NotRequired[Sequence[int]]
    default: NotRequired[int | SWMLVar]


class NumberProperty(TypedDict):
    description: NotRequired[str]
    nullable: NotRequired[bool | SWMLVar]
    type: Literal["number"]
    enum: NotRequired[Sequence[int | float] | Sequence[SWMLVar]]
    default: NotRequired[int | float | SWMLVar]


class BooleanProperty(TypedDict):
    description: NotRequired[str]
    nullable: NotRequired[bool | SWMLVar]
    type: Literal["boolean"]
    default: NotRequired[bool | SWMLVar]


class ArrayProperty(TypedDict):
    description: NotRequired[str]
    nullable: NotRequired[bool | SWMLVar]
    type: Literal["array"]
    default: NotRequired[Sequence[Any]]
    items: SchemaType


class ObjectProperty(TypedDict):
    description: NotRequired[str]
    nullable: NotRequired[bool | SWMLVar]
    type: Literal["object"]
    default: NotRequired[Mapping[str, Any]]
    properties: NotRequired[Mapping[str, SchemaType]]
    required: NotRequired[Sequence[str]]


class NullProperty(TypedDict):
    type: Literal["null"]
    description: str


class OneOfProperty(TypedDict):
    oneOf: Sequence[SchemaType]


class AllOfProperty(TypedDict):
    allOf: Sequence[SchemaType]


class AnyOfProperty(TypedDict):
    anyOf: Sequence[SchemaType]


class ConstProperty(TypedDict):
    const: Any


Action: TypeAlias = "SWMLAction | ChangeContextAction | ChangeStepAction | ContextSwitchAction | HangupAction | HoldAction | PlaybackBGAction | SayAction | SetGlobalDataAction | SetMetaDataAction | StopAction | StopPlaybackBGAction | ToggleFunctionsAction | UnsetGlobalDataAction | UnsetMetaDataAction | UserInputAction"

ContextSteps: TypeAlias = "ContextPOMSteps | ContextTextSteps"


class SwaigToolResult(TypedDict):
    tool_result: NotRequired[str]
    tool_prompt: NotRequired[str]


StringFormat: TypeAlias = (
    "Literal['date_time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uuid']"
)


class SWMLAction(TypedDict):
    SWML: SWMLObject
    transfer: NotRequired[bool | SWMLVar]


class ChangeContextAction(TypedDict):
    change_context: str


class ChangeStepAction(TypedDict):
    change_step: str


class ContextSwitchAction(TypedDict):
    context_switch: ContextSwitchActionContextSwitch


class HangupAction(TypedDict):
    hangup: bool | SWMLVar


class HoldAction(TypedDict):
    hold: int | SWMLVar | HoldActionHold


class PlaybackBGAction(TypedDict):
    playback_bg: PlaybackBGActionPlaybackBg


class SayAction(TypedDict):
    say: str


class SetGlobalDataAction(TypedDict):
    set_global_data: Mapping[str, Any]


class SetMetaDataAction(TypedDict):
    set_meta_data: Mapping[str, Any]


class StopAction(TypedDict):
    stop: bool | SWMLVar


class StopPlaybackBGAction(TypedDict):
    stop_playback_bg: bool | SWMLVar


class ToggleFunctionsAction(TypedDict):
    toggle_functions: Sequence[ToggleFunctionsActionToggleFunctionsItem]


class UnsetGlobalDataAction(TypedDict):
    unset_global_data: str | UnsetGlobalDataActionUnsetGlobalData


class UnsetMetaDataAction(TypedDict):
    unset_meta_data: str | UnsetMetaDataActionUnsetMetaData


class UserInputAction(TypedDict):
    user_input: str


class ContextPOMSteps(TypedDict):
    name: str
    step_criteria: NotRequired[str]
    functions: NotRequired[Sequence[str]]
    valid_contexts: NotRequired[Sequence[str]]
    skip_user_turn: NotRequired[bool | SWMLVar]
    end: NotRequired[bool]
    valid_steps: NotRequired[Sequence[str]]
    pom: Sequence[POM]


class ContextTextSteps(TypedDict):
    name: str
    step_criteria: NotRequired[str]
    functions: NotRequired[Sequence[str]]
    valid_contexts: NotRequired[Sequence[str]]
    skip_user_turn: NotRequired[bool | SWMLVar]
    end: NotRequired[bool]
    valid_steps: NotRequired[Sequence[str]]
    text: str


class AnswerParams(TypedDict):
    """Answer the incoming call."""

    max_duration: NotRequired[int | SWMLVar]
    """Longest the call may last, in seconds."""
    codecs: NotRequired[str]
    """Codecs to offer, comma-separated (PCMU, PCMA, G722, G729, AMR-WB, OPUS, VP8, H264)."""
    username: NotRequired[str]
    """Username for SIP authentication."""
    password: NotRequired[str]
    """Password for SIP authentication."""


class DenoiseParams(TypedDict):
    """Start noise reduction on the call (`stop_denoise` ends it)."""


class ExecuteParams(TypedDict):
    """Run a section of this document, or SWML from a URL, as a subroutine and come back here afterwards."""

    dest: str
    """What to run: a section name, a SWML URL, or inline SWML."""
    params: NotRequired[Mapping[str, Any]]
    """Values passed to the subroutine (its `params` variables)."""
    meta: NotRequired[Mapping[str, Any]]
    """Your own data; SignalWire ignores it."""
    on_return: NotRequired[Sequence[SWMLMethod]]
    """Instructions run when the subroutine returns."""
    result: NotRequired[ExecuteSwitch | Sequence[CondParams]]
    """What to do with the returned value: a `switch` on it, or `cond` branches."""


class GotoParams(TypedDict):
    """Jump to a `label` in the same section, optionally only while a condition holds."""

    label: str
    """The label to jump to."""
    when: NotRequired[str]
    """Expression that must be true for the jump; without it the jump always happens."""
    max: NotRequired[int | SWMLVar]
    """Most times this jump is taken, 1 to 100."""


class LiveTranscribeParams(TypedDict):
    """Start, stop or summarize real-time transcription of the call."""

    action: TranscribeAction
    """`start` (with its settings), `stop`, or `summarize`."""


class LiveTranslateParams(TypedDict):
    """Start, stop, summarize or inject into real-time translation of the call."""

    action: TranslateAction
    """`start` (with its settings), `stop`, `summarize` or `inject`."""


class HangupParams(TypedDict):
    """End the call."""

    reason: NotRequired[Literal["hangup"] | Literal["busy"] | Literal["decline"]]
    """Why the call ends, as signalled to the caller."""


class JoinRoomParams(TypedDict):
    """Put the call into a video/audio room, created if it does not exist."""

    name: str
    """Room name: letters, digits, `_` and `-`."""


class PromptParams(TypedDict):
    """Play audio and collect the caller's answer as digits, speech or both."""

    play: PlayUrl | Sequence[PlayUrl] | SWMLVar | Sequence[SWMLVar]
    """What to play: one URL or a list (the forms of `play`)."""
    volume: NotRequired[float]
    """Volume change in dB, -40 to 40."""
    say_voice: NotRequired[str]
    """Text-to-speech voice for `say:` URLs."""
    say_language: NotRequired[str]
    """Language of `say:` URLs."""
    say_gender: NotRequired[str]
    """Voice gender for `say:` URLs."""
    max_digits: NotRequired[int | SWMLVar]
    """How many digits to collect."""
    terminators: NotRequired[str]
    """Digits that end the input when pressed."""
    digit_timeout: NotRequired[float | SWMLVar]
    """Longest wait between digits, in seconds."""
    initial_timeout: NotRequired[float | SWMLVar]
    """Longest wait for input to begin, in seconds."""
    speech_timeout: NotRequired[float | SWMLVar]
    """Longest wait for a speech result, in seconds."""
    speech_end_timeout: NotRequired[float | SWMLVar]
    """Silence that ends an utterance, in seconds."""
    speech_language: NotRequired[str]
    """Language of the expected speech."""
    speech_hints: NotRequired[Sequence[str] | Sequence[SWMLVar]]
    """Words or phrases the caller is likely to say."""
    speech_engine: NotRequired[str]
    """Speech recognition engine; it must support `speech_language`."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""


class ReceiveFaxParams(TypedDict):
    """Receive a fax sent on this call."""

    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""


class RecordParams(TypedDict):
    """Record the call in the foreground (a voicemail, say): the script waits until the recording ends."""

    stereo: NotRequired[bool | SWMLVar]
    """Record each side on its own channel."""
    format: NotRequired[Literal["wav"] | Literal["mp3"] | Literal["mp4"]]
    """File format of the recording."""
    direction: NotRequired[Literal["speak"] | Literal["listen"]]
    """Which audio: `speak` (what the party says), `listen` (what they hear) or both."""
    terminators: NotRequired[str]
    """Digits that end it when pressed."""
    beep: NotRequired[bool | SWMLVar]
    """Play a beep first."""
    input_sensitivity: NotRequired[float | SWMLVar]
    """Voice activity sensitivity, 0 to 100."""
    initial_timeout: NotRequired[float | SWMLVar]
    """How long to wait for the first input, in seconds."""
    end_silence_timeout: NotRequired[float | SWMLVar]
    """How long a silence ends it, in seconds."""
    max_length: NotRequired[float | SWMLVar]
    """Longest recording, in seconds."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""


class RecordCallParams(TypedDict):
    """Start recording the call in the background while the script goes on (`stop_record_call` ends it)."""

    control_id: NotRequired[str]
    """Name of the operation, for the method that stops it."""
    stereo: NotRequired[bool | SWMLVar]
    """Record each side on its own channel."""
    format: NotRequired[Literal["wav"] | Literal["mp3"] | Literal["mp4"]]
    """File format of the recording."""
    direction: NotRequired[Literal["speak"] | Literal["listen"] | Literal["both"]]
    """Which audio: `speak` (what the party says), `listen` (what they hear) or both."""
    terminators: NotRequired[str]
    """Digits that end it when pressed."""
    beep: NotRequired[bool | SWMLVar]
    """Play a beep first."""
    input_sensitivity: NotRequired[float | SWMLVar]
    """Voice activity sensitivity, 0 to 100."""
    initial_timeout: NotRequired[float | SWMLVar]
    """How long to wait for the first input, in seconds."""
    end_silence_timeout: NotRequired[float | SWMLVar]
    """How long a silence ends it, in seconds."""
    max_length: NotRequired[float | SWMLVar]
    """Longest recording, in seconds."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""


class RequestParams(TypedDict):
    """Send an HTTP request from the script, optionally keeping the JSON answer as variables."""

    url: str
    """URL to send the request to (`user:password@` for basic auth)."""
    method: Literal["GET"] | Literal["POST"] | Literal["PUT"] | Literal["DELETE"]
    """HTTP method."""
    headers: NotRequired[Mapping[str, Any]]
    """Request headers."""
    body: NotRequired[str | Mapping[str, Any]]
    """Request body: a string, or an object sent as JSON."""
    timeout: NotRequired[float | SWMLVar]
    """Longest wait for the answer, in seconds (0: no limit)."""
    connect_timeout: NotRequired[float | SWMLVar]
    """Longest wait to connect, in seconds (0: no limit)."""
    save_variables: NotRequired[bool | SWMLVar]
    """Keep the JSON answer as script variables."""


class SendDigitsParams(TypedDict):
    """Send DTMF tones on the call."""

    digits: str
    """Digits to send: `0`-`9`, `*`, `#`, `A`-`D`, `w` (half a second pause), `W` (one second)."""


class SendFaxParams(TypedDict):
    """Send a PDF document as a fax on this call."""

    document: str
    """URL of the PDF to send."""
    header_info: NotRequired[str]
    """Header line printed on each page."""
    identity: NotRequired[str]
    """Station identity to report."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""


class SleepParams(TypedDict):
    duration: int | SWMLVar
    """How long to pause, in milliseconds (-1: for ever)."""


class SIPReferParams(TypedDict):
    """Send a SIP REFER on a SIP call, asking the far end to transfer it."""

    to_uri: str
    """SIP URI the far end should transfer the call to."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""
    username: NotRequired[str]
    """Username for SIP authentication."""
    password: NotRequired[str]
    """Password for SIP authentication."""


class StopDenoiseParams(TypedDict):
    """Stop the noise reduction started by `denoise`."""


class StopRecordCallParams(TypedDict):
    """Stop a background recording started by `record_call`."""

    control_id: NotRequired[str]
    """The recording to stop; the latest one without it."""


class StopStreamParams(TypedDict):
    """Stop an audio stream started by `stream`."""

    control_id: NotRequired[str]
    """The stream to stop; the latest one without it."""


class StopTapParams(TypedDict):
    """Stop a tap started by `tap`."""

    control_id: NotRequired[str]
    """The tap to stop; the latest one without it."""


class StreamParams(TypedDict):
    """Stream the call's audio to a WebSocket endpoint in the background."""

    url: str
    """WebSocket URL (`wss://`) to stream to."""
    control_id: NotRequired[str]
    """Name of the operation, for the method that stops it."""
    name: NotRequired[str]
    """A name for the stream."""
    track: NotRequired[Literal["inbound_track"] | Literal["outbound_track"] | Literal["both_tracks"]]
    """Which audio: what the caller says, hears, or both."""
    codec: NotRequired[str]
    """Audio codec, e.g. `PCMU`, `PCMA`, `OPUS`."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""
    status_url_method: NotRequired[Literal["GET"] | Literal["POST"]]
    """HTTP method of the status events."""
    authorization_bearer_token: NotRequired[str]
    """Bearer token for the WebSocket handshake."""
    custom_parameters: NotRequired[RecordString]
    """Key-value pairs sent in the stream's start message."""


class SwitchParams(TypedDict):
    """Run the instructions of the `case` entry that equals a variable's value, else `default`."""

    variable: str
    """The variable whose value picks the case."""
    case: Mapping[str, Sequence[SWMLMethod]]
    """Instructions to run, by value of `variable`."""
    default: NotRequired[Sequence[SWMLMethod]]
    """Instructions to run when no case matches."""


class TapParams(TypedDict):
    """Copy the call's audio, in the background, to an RTP or WebSocket endpoint."""

    uri: str
    """Where to send the audio: `rtp://host:port`, `ws://` or `wss://`."""
    control_id: NotRequired[str]
    """Name of the operation, for the method that stops it."""
    direction: NotRequired[Literal["speak"] | Literal["listen"] | Literal["both"]]
    """Which audio: `speak` (what the party says), `listen` (what they hear) or both."""
    codec: NotRequired[Literal["PCMU"] | Literal["PCMA"]]
    """Audio codec of the tap."""
    rtp_ptime: NotRequired[int | SWMLVar]
    """RTP packetization time, in milliseconds."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""


class TranscribeParams(TypedDict):
    """Transcribe the whole call in the background; the result is posted to `status_url` when it is done."""

    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""


class TranscribeStopParams(TypedDict):
    """Stop the transcription started by `transcribe`."""


class TransferParams(TypedDict):
    """Hand the script over to another section, a SWML URL or an application; it does not come back."""

    dest: str
    """Where to go: a section name, a SWML URL, or an application."""
    params: NotRequired[Mapping[str, Any]]
    """Values passed to the destination (its `params` variables)."""
    meta: NotRequired[Mapping[str, Any]]
    """Your own data; SignalWire ignores it."""


class PayParams(TypedDict):
    """Collect a card payment over the phone (DTMF) and post it to your payment connector."""

    payment_connector_url: str
    """URL that receives the collected payment details and answers the outcome."""
    charge_amount: NotRequired[str]
    """Amount to charge, as a decimal string without a currency sign."""
    currency: NotRequired[str]
    """ISO 4217 currency code."""
    description: NotRequired[str]
    """Description of the payment."""
    input: NotRequired[Literal["dtmf"]]
    """How the details are collected (`dtmf`)."""
    language: NotRequired[str]
    """Language of the prompts."""
    max_attempts: NotRequired[int | SWMLVar]
    """How many times to ask again after a failure."""
    min_postal_code_length: NotRequired[int | SWMLVar]
    """Shortest postal code accepted."""
    parameters: NotRequired[Sequence[PayParameters]]
    """Name-value pairs passed to your payment connector."""
    payment_method: NotRequired[Literal["credit-card"]]
    """Payment method (`credit-card`)."""
    postal_code: NotRequired[bool | str]
    """Whether to ask for a postal code, or the postal code itself when known."""
    prompts: NotRequired[Sequence[PayPrompts]]
    """Your own prompts for the steps of the payment."""
    security_code: NotRequired[bool | SWMLVar]
    """Whether to ask for the card's security code."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""
    timeout: NotRequired[int | SWMLVar]
    """Seconds to wait for the next digit before checking what was entered."""
    token_type: NotRequired[Literal["one-time"] | Literal["reusable"]]
    """`one-time` or `reusable` payment."""
    valid_card_types: NotRequired[str]
    """Accepted card types, space-separated."""
    voice: NotRequired[str]
    """Text-to-speech voice of the prompts."""


class DetectMachineParams(TypedDict):
    """Detect whether a person, an answering machine or a fax answered."""

    detect_message_end: NotRequired[bool | SWMLVar]
    """Wait for the end of the voicemail greeting (the beep)."""
    detectors: NotRequired[str]
    """Detectors to run, comma-separated: `amd`, `fax`."""
    end_silence_timeout: NotRequired[float | SWMLVar]
    """Silence that ends the voice, in seconds."""
    initial_timeout: NotRequired[float | SWMLVar]
    """Longest wait for the first voice, in seconds."""
    machine_ready_timeout: NotRequired[float | SWMLVar]
    """Silence before a machine is reported ready, in seconds."""
    machine_voice_threshold: NotRequired[float | SWMLVar]
    """Seconds of continuous voice that mean a machine."""
    machine_words_threshold: NotRequired[int | SWMLVar]
    """Words in one utterance that mean a machine."""
    status_url: NotRequired[str]
    """HTTP(S) URL that receives this method's status events."""
    timeout: NotRequired[float | SWMLVar]
    """Longest detection, in seconds."""
    tone: NotRequired[Literal["CED"] | Literal["CNG"]]
    """Fax tone to detect."""
    wait: NotRequired[bool | SWMLVar]
    """Wait for the result before the next instruction; with false, results go to `status_url`."""


class UserEventParams(TypedDict):
    """Send a custom event to the client application connected to the call."""

    event: Mapping[str, Any]
    """The event to send, as a JSON object of your own."""


class JoinConferenceObjectResult(TypedDict):
    variable: str
    case: Mapping[str, Sequence[SWMLMethod]]
    default: NotRequired[Sequence[SWMLMethod]]


class AISidecarSummarizeActionSummarize(TypedDict):
    webhook: NotRequired[str]
    prompt: NotRequired[str]


class TranscribeStartActionStart(TypedDict):
    ai_summary: NotRequired[bool | SWMLVar]
    webhook: NotRequired[str]
    lang: str
    live_events: NotRequired[bool | SWMLVar]
    speech_timeout: NotRequired[int | SWMLVar]
    vad_silence_ms: NotRequired[int | SWMLVar]
    vad_thresh: NotRequired[int | SWMLVar]
    debug_level: NotRequired[int | SWMLVar]
    direction: Sequence[TranscribeDirection]
    speech_engine: NotRequired[SpeechEngine]
    ai_summary_prompt: NotRequired[str]


class StartActionStart(TypedDict):
    webhook: NotRequired[str]
    from_lang: str
    to_lang: str
    from_voice: NotRequired[str]
    to_voice: NotRequired[str]
    filter_from: NotRequired[TranslationFilterPreset | CustomTranslationFilter]
    filter_to: NotRequired[TranslationFilterPreset | CustomTranslationFilter]
    live_events: NotRequired[bool | SWMLVar]
    ai_summary: NotRequired[bool | SWMLVar]
    speech_timeout: NotRequired[int | SWMLVar]
    vad_silence_ms: NotRequired[int | SWMLVar]
    vad_thresh: NotRequired[int | SWMLVar]
    debug_level: NotRequired[int | SWMLVar]
    direction: Sequence[TranslateDirection]
    speech_engine: NotRequired[SpeechEngine]
    ai_summary_prompt: NotRequired[str]


class InjectActionInject(TypedDict):
    message: str
    direction: TranslateDirection


class BedrockSWAIGFunction1(TypedDict):
    description: str
    parameters: NotRequired[FunctionParameters]
    active: NotRequired[bool | SWMLVar]
    meta_data: NotRequired[Mapping[str, Any]]
    meta_data_token: NotRequired[str]
    web_hook_url: NotRequired[str]
    function: str
    data_map: NotRequired[BedrockDataMap]


class BedrockSWAIGFunction2(TypedDict):
    description: str
    parameters: NotRequired[FunctionParameters]
    active: NotRequired[bool | SWMLVar]
    meta_data: NotRequired[Mapping[str, Any]]
    meta_data_token: NotRequired[str]
    web_hook_url: NotRequired[str]
    function: Literal["startup_hook"]
    data_map: NotRequired[BedrockDataMap]


class BedrockSWAIGFunction3(TypedDict):
    description: str
    parameters: NotRequired[FunctionParameters]
    active: NotRequired[bool | SWMLVar]
    meta_data: NotRequired[Mapping[str, Any]]
    meta_data_token: NotRequired[str]
    web_hook_url: NotRequired[str]
    function: Literal["hangup_hook"]
    data_map: NotRequired[BedrockDataMap]


class BedrockSWAIGFunction4(TypedDict):
    description: str
    parameters: NotRequired[FunctionParameters]
    active: NotRequired[bool | SWMLVar]
    meta_data: NotRequired[Mapping[str, Any]]
    meta_data_token: NotRequired[str]
    web_hook_url: NotRequired[str]
    function: Literal["summarize_conversation"]
    data_map: NotRequired[BedrockDataMap]


class TranscribeSummarizeActionSummarize(TypedDict):
    webhook: NotRequired[str]
    prompt: NotRequired[str]


class SummarizeActionSummarize(TypedDict):
    webhook: NotRequired[str]
    prompt: NotRequired[str]


class BedrockWebhookForeach(TypedDict):
    input_key: str
    output_key: str
    max: NotRequired[int | SWMLVar]
    append: str


class WebhookForeach(TypedDict):
    input_key: str
    output_key: str
    max: NotRequired[int | SWMLVar]
    append: str


class ContextSwitchActionContextSwitch(TypedDict):
    system_prompt: str
    consolidate: NotRequired[bool | SWMLVar]
    user_prompt: NotRequired[str]


class HoldActionHold(TypedDict):
    timeout: NotRequired[int | SWMLVar]


class PlaybackBGActionPlaybackBg(TypedDict):
    file: str
    wait: NotRequired[bool | SWMLVar]


class ToggleFunctionsActionToggleFunctionsItem(TypedDict):
    active: bool | SWMLVar
    function: str | Sequence[str]


class UnsetGlobalDataActionUnsetGlobalData(TypedDict):
    pass


class UnsetMetaDataActionUnsetMetaData(TypedDict):
    pass
