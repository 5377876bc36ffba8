"""Typed SWML: one function per SWML method, and `Document` to put them in sections. Generated from spec/ by generator/; do not edit.

    from signalwire_calling import swml

    doc = swml.Document().main(
        swml.answer(),
        swml.prompt(play="say:Press 1 for sales, 2 for support.", max_digits=1),
        swml.switch(variable="prompt_value", case={"1": [swml.transfer(dest="sales")]}, default=[swml.hangup()]),
    )
    client.calling.dial(from_="+15551230000", to="+15557654321", swml=doc)   # checked with the request
    body = doc.to_json()                                                     # a webhook's answer, checked

Each function answers the plain `{<method>: <params>}` dict (a TypedDict of `swml_types`); a param left as
None is not written. mypy rejects a method or param that SWML does not have; `check` (and `Document.check`,
`to_json`, and every request that carries SWML) rejects what types cannot say: a missing required param, a
value out of range or not in an enum, params of two variants mixed, naming the path
(`sections.main[1].prompt.max_digits`). Plain dicts of the same shape work everywhere a function's result does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal
from typing import cast as _cast

from ._swml import Document, InvalidSWMLError, check, issues
from ._swml import method as _method

if TYPE_CHECKING:
    from . import swml_types

__all__ = [
    "Document",
    "InvalidSWMLError",
    "ai",
    "ai_sidecar",
    "amazon_bedrock",
    "answer",
    "check",
    "cond",
    "connect",
    "denoise",
    "detect_machine",
    "enter_queue",
    "execute",
    "goto",
    "hangup",
    "issues",
    "join_conference",
    "join_room",
    "label",
    "live_transcribe",
    "live_translate",
    "pay",
    "play",
    "prompt",
    "receive_fax",
    "record",
    "record_call",
    "request",
    "return_",
    "send_digits",
    "send_fax",
    "send_sms",
    "set",
    "sip_refer",
    "sleep",
    "stop_denoise",
    "stop_record_call",
    "stop_stream",
    "stop_tap",
    "stream",
    "switch",
    "tap",
    "transcribe",
    "transcribe_stop",
    "transfer",
    "unset",
    "user_event",
]


def answer(
    *,
    max_duration: int | swml_types.SWMLVar | None = None,
    codecs: str | None = None,
    username: str | None = None,
    password: str | None = None,
) -> swml_types.Answer:
    """Answer the incoming call.

    Answers `{"answer": {...}}`.

    Args:
        max_duration: Longest the call may last, in seconds.
        codecs: Codecs to offer, comma-separated (PCMU, PCMA, G722, G729, AMR-WB, OPUS, VP8, H264).
        username: Username for SIP authentication.
        password: Password for SIP authentication.
    """
    return _cast(
        "swml_types.Answer",
        _method("answer", {"max_duration": max_duration, "codecs": codecs, "username": username, "password": password}),
    )


def ai(
    *,
    global_data: swml_types.GlobalData | None = None,
    hints: Sequence[str | swml_types.Hint] | None = None,
    languages: Sequence[swml_types.Languages] | None = None,
    multilingual: swml_types.Multilingual | None = None,
    params: swml_types.AIParams | None = None,
    post_prompt: swml_types.AIPostPrompt | None = None,
    post_prompt_url: str | None = None,
    pronounce: Sequence[swml_types.Pronounce] | None = None,
    prompt: swml_types.AIPrompt,
    SWAIG: swml_types.SWAIG | None = None,
) -> swml_types.AI:
    """Hand the call to a voice AI agent (speech recognition, a language model and text-to-speech) driven by a prompt
    and optional SWAIG functions.

    Answers `{"ai": {...}}`.

    Args:
        global_data: Data the session can read (and its functions change) while it runs.
        hints: Words and phrases that help speech recognition.
        languages: Languages the agent speaks, each with its voice and engines.
        multilingual: One agent that follows the caller's language; instead of `languages`.
        params: Tuning parameters of the agent (timeouts, barge-in, voices, models, ...).
        post_prompt: Instructions for the summary the agent writes when the conversation ends.
        post_prompt_url: URL that receives the agent's summary and reports.
        pronounce: How to say words the voice gets wrong.
        prompt: Required. The agent's instructions: plain text, or a Prompt Object Model.
        SWAIG: Functions the agent can call during the conversation (SWAIG), and their defaults.
    """
    return _cast(
        "swml_types.AI",
        _method(
            "ai",
            {
                "global_data": global_data,
                "hints": hints,
                "languages": languages,
                "multilingual": multilingual,
                "params": params,
                "post_prompt": post_prompt,
                "post_prompt_url": post_prompt_url,
                "pronounce": pronounce,
                "prompt": prompt,
                "SWAIG": SWAIG,
            },
        ),
    )


def ai_sidecar(
    *,
    prompt: swml_types.AISidecarPrompt | None = None,
    lang: str | swml_types.SWMLVar,
    model: Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str | None = None,
    direction: Sequence[swml_types.TranscribeDirection] | None = None,
    customer_role: swml_types.TranscribeDirection | None = None,
    url: str | None = None,
    SWAIG: swml_types.AISidecarSWAIG | None = None,
    permissions: swml_types.AISidecarPermissions | None = None,
    global_data: swml_types.GlobalData | None = None,
    hints: Sequence[str] | None = None,
    params: swml_types.AISidecarParams | None = None,
    action: swml_types.AISidecarSummarizeAction | None = None,
) -> swml_types.AISidecar:
    """Attach an AI observer that listens to the call and sends advice for the human agent to a webhook; it never
    speaks on the call.

    Answers `{"ai_sidecar": {...}}`.

    Args:
        prompt: Instructions for the sidecar: text, a Prompt Object Model, or a stored prompt.
        lang: Required. Language of the conversation (a BCP-47 tag).
        model: The model that writes the advice and summaries.
        direction: The call legs to listen to (both).
        customer_role: Which leg is the customer.
        url: Webhook that receives the sidecar's events.
        SWAIG: Functions and MCP servers the sidecar may call.
        permissions: What the sidecar's functions may do.
        global_data: Data the session can read (and its functions change) while it runs.
        hints: Words and phrases that help speech recognition.
        params: Tuning parameters of the sidecar.
        action: Summarize the conversation once instead of starting a sidecar.
    """
    return _cast(
        "swml_types.AISidecar",
        _method(
            "ai_sidecar",
            {
                "prompt": prompt,
                "lang": lang,
                "model": model,
                "direction": direction,
                "customer_role": customer_role,
                "url": url,
                "SWAIG": SWAIG,
                "permissions": permissions,
                "global_data": global_data,
                "hints": hints,
                "params": params,
                "action": action,
            },
        ),
    )


def amazon_bedrock(
    *,
    global_data: Mapping[str, Any] | None = None,
    params: swml_types.BedrockParams | None = None,
    post_prompt: swml_types.BedrockPostPrompt | None = None,
    post_prompt_url: str | None = None,
    prompt: swml_types.BedrockPrompt,
    SWAIG: swml_types.BedrockSWAIG | None = None,
) -> swml_types.AmazonBedrock:
    """Hand the call to a voice AI agent running on Amazon Bedrock.

    Answers `{"amazon_bedrock": {...}}`.

    Args:
        global_data: Data the session can read (and its functions change) while it runs.
        params: Tuning parameters of the agent.
        post_prompt: Instructions for the summary the agent writes when the conversation ends.
        post_prompt_url: URL that receives the agent's summary and reports.
        prompt: Required. The agent's instructions: plain text, or a Prompt Object Model.
        SWAIG: Functions the agent can call during the conversation (SWAIG), and their defaults.
    """
    return _cast(
        "swml_types.AmazonBedrock",
        _method(
            "amazon_bedrock",
            {
                "global_data": global_data,
                "params": params,
                "post_prompt": post_prompt,
                "post_prompt_url": post_prompt_url,
                "prompt": prompt,
                "SWAIG": SWAIG,
            },
        ),
    )


def cond(value: Sequence[swml_types.CondParams], /) -> swml_types.Cond:
    """Run the `then` instructions of the first branch whose `when` expression is true, else the `else` branch.

    Answers `{"cond": value}`.
    """
    return _cast("swml_types.Cond", _method("cond", None, value))


def connect(
    *,
    from_: str | None = None,
    from_name: str | None = None,
    headers: Sequence[swml_types.ConnectHeaders] | None = None,
    codecs: str | None = None,
    webrtc_media: bool | swml_types.SWMLVar | None = None,
    session_timeout: int | swml_types.SWMLVar | None = None,
    ringback: Sequence[str] | None = None,
    result: swml_types.ConnectSwitch | Sequence[swml_types.CondParams] | None = None,
    timeout: int | swml_types.SWMLVar | None = None,
    max_duration: int | swml_types.SWMLVar | None = None,
    answer_on_bridge: bool | swml_types.SWMLVar | None = None,
    confirm: str | Sequence[swml_types.ValidConfirmMethods] | None = None,
    confirm_timeout: int | swml_types.SWMLVar | None = None,
    encryption: Literal["mandatory"] | Literal["optional"] | Literal["forbidden"] | None = None,
    call_state_url: str | None = None,
    transfer_after_bridge: str | swml_types.SWMLVar | None = None,
    call_state_events: Sequence[swml_types.CallStatus] | None = None,
    status_url: str | None = None,
    to: str | None = None,
    username: str | None = None,
    password: str | None = None,
    name: str | None = None,
    codec: str | None = None,
    realtime: bool | swml_types.SWMLVar | None = None,
    status_url_method: Literal["GET"] | Literal["POST"] | None = None,
    authorization_bearer_token: str | None = None,
    custom_parameters: swml_types.RecordString | None = None,
    serial: Sequence[swml_types.ConnectDestination] | None = None,
    parallel: Sequence[swml_types.ConnectDestination] | None = None,
    serial_parallel: Sequence[Sequence[swml_types.ConnectDestination]] | None = None,
) -> swml_types.Connect:
    """Dial one destination, or several in series and/or in parallel, and bridge the call to whoever answers.

    Answers `{"connect": {...}}`.

    Args:
        from_: Caller ID for the outgoing call.
        from_name: Caller name shown with `from` on SIP calls.
        headers: Extra SIP headers for the INVITE.
        codecs: Codecs to offer, comma-separated.
        webrtc_media: Offer WebRTC media to a SIP endpoint.
        session_timeout: SIP `Session-Expires`, in seconds.
        ringback: Audio URLs to play while the destination rings.
        result: What to do once the other side of the call has ended, by its outcome (a `switch` or `cond` on
            it).
        timeout: How long to wait, in seconds.
        max_duration: Longest the call may last, in seconds.
        answer_on_bridge: Answer the inbound call only when the destination answers.
        confirm: Instructions (or a SWML URL) run on the answering side before it is bridged, e.g. to accept the
            call.
        confirm_timeout: How long `confirm` may take, in seconds.
        encryption: Media encryption for the new call.
        call_state_url: URL that receives the new call's state changes.
        transfer_after_bridge: Where the script goes once the bridge ends (a section, a URL or instructions).
        call_state_events: Call states to report to `call_state_url`.
        status_url: HTTP(S) URL that receives this method's status events.
        to: Destination: a phone number, SIP URI, resource address or stream URL.
        username: Username for SIP authentication.
        password: Password for SIP authentication.
        name: Name of the stream.
        codec: Audio codec.
        realtime: Bidirectional real-time audio (stream destinations only).
        status_url_method: HTTP method of the status events.
        authorization_bearer_token: Bearer token for the WebSocket handshake.
        custom_parameters: Key-value pairs sent in the stream's start message.
        serial: Destinations to try one after another until one answers.
        parallel: Destinations to ring at once; the first to answer is bridged.
        serial_parallel: Groups tried in order; the destinations of each group ring at once.
    """
    return _cast(
        "swml_types.Connect",
        _method(
            "connect",
            {
                "from": from_,
                "from_name": from_name,
                "headers": headers,
                "codecs": codecs,
                "webrtc_media": webrtc_media,
                "session_timeout": session_timeout,
                "ringback": ringback,
                "result": result,
                "timeout": timeout,
                "max_duration": max_duration,
                "answer_on_bridge": answer_on_bridge,
                "confirm": confirm,
                "confirm_timeout": confirm_timeout,
                "encryption": encryption,
                "call_state_url": call_state_url,
                "transfer_after_bridge": transfer_after_bridge,
                "call_state_events": call_state_events,
                "status_url": status_url,
                "to": to,
                "username": username,
                "password": password,
                "name": name,
                "codec": codec,
                "realtime": realtime,
                "status_url_method": status_url_method,
                "authorization_bearer_token": authorization_bearer_token,
                "custom_parameters": custom_parameters,
                "serial": serial,
                "parallel": parallel,
                "serial_parallel": serial_parallel,
            },
        ),
    )


def denoise() -> swml_types.Denoise:
    """Start noise reduction on the call (`stop_denoise` ends it).

    Answers `{"denoise": {...}}`.
    """
    return _cast("swml_types.Denoise", _method("denoise", {}))


def enter_queue(
    *,
    queue_name: str,
    transfer_after_bridge: str | swml_types.SWMLVar,
    status_url: str | None = None,
    wait_url: str | swml_types.SWMLVar | None = None,
    wait_time: int | swml_types.SWMLVar | None = None,
) -> swml_types.EnterQueue:
    """Put the call in a named queue until it is connected to an agent.

    Answers `{"enter_queue": {...}}`.

    Args:
        queue_name: Required. The queue, created if it does not exist.
        transfer_after_bridge: Required. Where the script goes once the bridge ends (a section, a URL or
            instructions).
        status_url: HTTP(S) URL that receives this method's status events.
        wait_url: Audio to play while waiting.
        wait_time: Longest wait in the queue, in seconds.
    """
    return _cast(
        "swml_types.EnterQueue",
        _method(
            "enter_queue",
            {
                "queue_name": queue_name,
                "transfer_after_bridge": transfer_after_bridge,
                "status_url": status_url,
                "wait_url": wait_url,
                "wait_time": wait_time,
            },
        ),
    )


def execute(
    *,
    dest: str,
    params: Mapping[str, Any] | None = None,
    meta: Mapping[str, Any] | None = None,
    on_return: Sequence[swml_types.SWMLMethod] | None = None,
    result: swml_types.ExecuteSwitch | Sequence[swml_types.CondParams] | None = None,
) -> swml_types.Execute:
    """Run a section of this document, or SWML from a URL, as a subroutine and come back here afterwards.

    Answers `{"execute": {...}}`.

    Args:
        dest: Required. What to run: a section name, a SWML URL, or inline SWML.
        params: Values passed to the subroutine (its `params` variables).
        meta: Your own data; SignalWire ignores it.
        on_return: Instructions run when the subroutine returns.
        result: What to do with the returned value: a `switch` on it, or `cond` branches.
    """
    return _cast(
        "swml_types.Execute",
        _method("execute", {"dest": dest, "params": params, "meta": meta, "on_return": on_return, "result": result}),
    )


def goto(*, label: str, when: str | None = None, max: int | swml_types.SWMLVar | None = None) -> swml_types.Goto:
    """Jump to a `label` in the same section, optionally only while a condition holds.

    Answers `{"goto": {...}}`.

    Args:
        label: Required. The label to jump to.
        when: Expression that must be true for the jump; without it the jump always happens.
        max: Most times this jump is taken, 1 to 100.
    """
    return _cast("swml_types.Goto", _method("goto", {"label": label, "when": when, "max": max}))


def label(value: str, /) -> swml_types.Label:
    """Name this point of the section, as a target for `goto`.

    Answers `{"label": value}`.
    """
    return _cast("swml_types.Label", _method("label", None, value))


def live_transcribe(*, action: swml_types.TranscribeAction) -> swml_types.LiveTranscribe:
    """Start, stop or summarize real-time transcription of the call.

    Answers `{"live_transcribe": {...}}`.

    Args:
        action: Required. `start` (with its settings), `stop`, or `summarize`.
    """
    return _cast("swml_types.LiveTranscribe", _method("live_transcribe", {"action": action}))


def live_translate(*, action: swml_types.TranslateAction) -> swml_types.LiveTranslate:
    """Start, stop, summarize or inject into real-time translation of the call.

    Answers `{"live_translate": {...}}`.

    Args:
        action: Required. `start` (with its settings), `stop`, `summarize` or `inject`.
    """
    return _cast("swml_types.LiveTranslate", _method("live_translate", {"action": action}))


def hangup(*, reason: Literal["hangup"] | Literal["busy"] | Literal["decline"] | None = None) -> swml_types.Hangup:
    """End the call.

    Answers `{"hangup": {...}}`.

    Args:
        reason: Why the call ends, as signalled to the caller.
    """
    return _cast("swml_types.Hangup", _method("hangup", {"reason": reason}))


def join_room(*, name: str) -> swml_types.JoinRoom:
    """Put the call into a video/audio room, created if it does not exist.

    Answers `{"join_room": {...}}`.

    Args:
        name: Required. Room name: letters, digits, `_` and `-`.
    """
    return _cast("swml_types.JoinRoom", _method("join_room", {"name": name}))


def join_conference(
    *,
    name: str,
    muted: bool | swml_types.SWMLVar | None = None,
    beep: Literal["true"] | Literal["false"] | Literal["onEnter"] | Literal["onExit"] | None = None,
    start_on_enter: bool | swml_types.SWMLVar | None = None,
    end_on_exit: bool | swml_types.SWMLVar | None = None,
    wait_url: str | swml_types.SWMLVar | None = None,
    max_participants: int | swml_types.SWMLVar | None = None,
    record: Literal["do-not-record"] | Literal["record-from-start"] | None = None,
    region: Literal["global"] | Literal["us"] | Literal["eu"] | Literal["ch"] | None = None,
    trim: Literal["trim-silence"] | Literal["do-not-trim"] | None = None,
    coach: str | None = None,
    status_callback_event: str | None = None,
    status_callback_event_type: Literal["cxml"] | Literal["laml"] | Literal["relay"] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET"] | Literal["POST"] | None = None,
    recording_status_callback: str | None = None,
    recording_status_callback_method: Literal["GET"] | Literal["POST"] | None = None,
    recording_status_callback_event: str | None = None,
    recording_status_callback_event_type: Literal["cxml"] | Literal["laml"] | Literal["relay"] | None = None,
    result: swml_types.JoinConferenceObjectResult | Sequence[swml_types.CondParams] | None = None,
    stream: swml_types.JoinConferenceStream | None = None,
) -> swml_types.JoinConference:
    """Put the call into a named audio conference, created if it does not exist.

    Answers `{"join_conference": {...}}`.

    Args:
        name: Required. The conference.
        muted: Join muted.
        beep: When to beep as participants join or leave.
        start_on_enter: Start the conference when this participant joins.
        end_on_exit: End the conference when this participant leaves.
        wait_url: Audio to play while the conference waits.
        max_participants: Most participants at once.
        record: Whether to record the conference.
        region: Region that hosts the conference.
        trim: Whether to trim leading silence from the recording.
        coach: Call SID of a participant to coach (heard by them only).
        status_callback_event: Conference events to report, space-separated.
        status_callback_event_type: Content type of the status events.
        status_callback: URL that receives the conference events.
        status_callback_method: HTTP method of the conference events.
        recording_status_callback: URL that receives recording events.
        recording_status_callback_method: HTTP method of the recording events.
        recording_status_callback_event: Recording events to report, space-separated.
        recording_status_callback_event_type: Content type of the recording events.
        result: What to do when the conference ends for this call, by its outcome.
        stream: A bidirectional WebSocket stream of the conference audio.
    """
    return _cast(
        "swml_types.JoinConference",
        _method(
            "join_conference",
            {
                "name": name,
                "muted": muted,
                "beep": beep,
                "start_on_enter": start_on_enter,
                "end_on_exit": end_on_exit,
                "wait_url": wait_url,
                "max_participants": max_participants,
                "record": record,
                "region": region,
                "trim": trim,
                "coach": coach,
                "status_callback_event": status_callback_event,
                "status_callback_event_type": status_callback_event_type,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                "recording_status_callback": recording_status_callback,
                "recording_status_callback_method": recording_status_callback_method,
                "recording_status_callback_event": recording_status_callback_event,
                "recording_status_callback_event_type": recording_status_callback_event_type,
                "result": result,
                "stream": stream,
            },
        ),
    )


def play(
    *,
    auto_answer: bool | swml_types.SWMLVar | None = None,
    volume: float | swml_types.SWMLVar | None = None,
    say_voice: str | None = None,
    say_language: str | None = None,
    say_gender: str | None = None,
    status_url: str | None = None,
    url: swml_types.PlayUrl | swml_types.SWMLVar | None = None,
    urls: Sequence[swml_types.PlayUrl] | Sequence[swml_types.SWMLVar] | None = None,
) -> swml_types.Play:
    """Play audio: a file, a ring tone, text-to-speech (`say:`) or silence, from one `url` or a list of `urls`.

    Answers `{"play": {...}}`.

    Args:
        auto_answer: Answer the call when playing starts; with false the audio plays as early media.
        volume: Volume change in dB, -40 to 40.
        say_voice: Text-to-speech voice for `say:` URLs.
        say_language: Language of `say:` URLs.
        say_gender: Voice gender for `say:` URLs.
        status_url: HTTP(S) URL that receives this method's status events.
        url: What to play: `http(s)://` audio, `ring:[seconds:]<country>`, `say:<text>` or `silence:<seconds>`.
        urls: Several of what `url` takes, played in order.
    """
    return _cast(
        "swml_types.Play",
        _method(
            "play",
            {
                "auto_answer": auto_answer,
                "volume": volume,
                "say_voice": say_voice,
                "say_language": say_language,
                "say_gender": say_gender,
                "status_url": status_url,
                "url": url,
                "urls": urls,
            },
        ),
    )


def prompt(
    *,
    play: swml_types.PlayUrl | Sequence[swml_types.PlayUrl] | swml_types.SWMLVar | Sequence[swml_types.SWMLVar],
    volume: float | None = None,
    say_voice: str | None = None,
    say_language: str | None = None,
    say_gender: str | None = None,
    max_digits: int | swml_types.SWMLVar | None = None,
    terminators: str | None = None,
    digit_timeout: float | swml_types.SWMLVar | None = None,
    initial_timeout: float | swml_types.SWMLVar | None = None,
    speech_timeout: float | swml_types.SWMLVar | None = None,
    speech_end_timeout: float | swml_types.SWMLVar | None = None,
    speech_language: str | None = None,
    speech_hints: Sequence[str] | Sequence[swml_types.SWMLVar] | None = None,
    speech_engine: str | None = None,
    status_url: str | None = None,
) -> swml_types.Prompt:
    """Play audio and collect the caller's answer as digits, speech or both.

    Answers `{"prompt": {...}}`.

    Args:
        play: Required. What to play: one URL or a list (the forms of `play`).
        volume: Volume change in dB, -40 to 40.
        say_voice: Text-to-speech voice for `say:` URLs.
        say_language: Language of `say:` URLs.
        say_gender: Voice gender for `say:` URLs.
        max_digits: How many digits to collect.
        terminators: Digits that end the input when pressed.
        digit_timeout: Longest wait between digits, in seconds.
        initial_timeout: Longest wait for input to begin, in seconds.
        speech_timeout: Longest wait for a speech result, in seconds.
        speech_end_timeout: Silence that ends an utterance, in seconds.
        speech_language: Language of the expected speech.
        speech_hints: Words or phrases the caller is likely to say.
        speech_engine: Speech recognition engine; it must support `speech_language`.
        status_url: HTTP(S) URL that receives this method's status events.
    """
    return _cast(
        "swml_types.Prompt",
        _method(
            "prompt",
            {
                "play": play,
                "volume": volume,
                "say_voice": say_voice,
                "say_language": say_language,
                "say_gender": say_gender,
                "max_digits": max_digits,
                "terminators": terminators,
                "digit_timeout": digit_timeout,
                "initial_timeout": initial_timeout,
                "speech_timeout": speech_timeout,
                "speech_end_timeout": speech_end_timeout,
                "speech_language": speech_language,
                "speech_hints": speech_hints,
                "speech_engine": speech_engine,
                "status_url": status_url,
            },
        ),
    )


def receive_fax(*, status_url: str | None = None) -> swml_types.ReceiveFax:
    """Receive a fax sent on this call.

    Answers `{"receive_fax": {...}}`.

    Args:
        status_url: HTTP(S) URL that receives this method's status events.
    """
    return _cast("swml_types.ReceiveFax", _method("receive_fax", {"status_url": status_url}))


def record(
    *,
    stereo: bool | swml_types.SWMLVar | None = None,
    format: Literal["wav"] | Literal["mp3"] | Literal["mp4"] | None = None,
    direction: Literal["speak"] | Literal["listen"] | None = None,
    terminators: str | None = None,
    beep: bool | swml_types.SWMLVar | None = None,
    input_sensitivity: float | swml_types.SWMLVar | None = None,
    initial_timeout: float | swml_types.SWMLVar | None = None,
    end_silence_timeout: float | swml_types.SWMLVar | None = None,
    max_length: float | swml_types.SWMLVar | None = None,
    status_url: str | None = None,
) -> swml_types.Record:
    """Record the call in the foreground (a voicemail, say): the script waits until the recording ends.

    Answers `{"record": {...}}`.

    Args:
        stereo: Record each side on its own channel.
        format: File format of the recording.
        direction: Which audio: `speak` (what the party says), `listen` (what they hear) or both.
        terminators: Digits that end it when pressed.
        beep: Play a beep first.
        input_sensitivity: Voice activity sensitivity, 0 to 100.
        initial_timeout: How long to wait for the first input, in seconds.
        end_silence_timeout: How long a silence ends it, in seconds.
        max_length: Longest recording, in seconds.
        status_url: HTTP(S) URL that receives this method's status events.
    """
    return _cast(
        "swml_types.Record",
        _method(
            "record",
            {
                "stereo": stereo,
                "format": format,
                "direction": direction,
                "terminators": terminators,
                "beep": beep,
                "input_sensitivity": input_sensitivity,
                "initial_timeout": initial_timeout,
                "end_silence_timeout": end_silence_timeout,
                "max_length": max_length,
                "status_url": status_url,
            },
        ),
    )


def record_call(
    *,
    control_id: str | None = None,
    stereo: bool | swml_types.SWMLVar | None = None,
    format: Literal["wav"] | Literal["mp3"] | Literal["mp4"] | None = None,
    direction: Literal["speak"] | Literal["listen"] | Literal["both"] | None = None,
    terminators: str | None = None,
    beep: bool | swml_types.SWMLVar | None = None,
    input_sensitivity: float | swml_types.SWMLVar | None = None,
    initial_timeout: float | swml_types.SWMLVar | None = None,
    end_silence_timeout: float | swml_types.SWMLVar | None = None,
    max_length: float | swml_types.SWMLVar | None = None,
    status_url: str | None = None,
) -> swml_types.RecordCall:
    """Start recording the call in the background while the script goes on (`stop_record_call` ends it).

    Answers `{"record_call": {...}}`.

    Args:
        control_id: Name of the operation, for the method that stops it.
        stereo: Record each side on its own channel.
        format: File format of the recording.
        direction: Which audio: `speak` (what the party says), `listen` (what they hear) or both.
        terminators: Digits that end it when pressed.
        beep: Play a beep first.
        input_sensitivity: Voice activity sensitivity, 0 to 100.
        initial_timeout: How long to wait for the first input, in seconds.
        end_silence_timeout: How long a silence ends it, in seconds.
        max_length: Longest recording, in seconds.
        status_url: HTTP(S) URL that receives this method's status events.
    """
    return _cast(
        "swml_types.RecordCall",
        _method(
            "record_call",
            {
                "control_id": control_id,
                "stereo": stereo,
                "format": format,
                "direction": direction,
                "terminators": terminators,
                "beep": beep,
                "input_sensitivity": input_sensitivity,
                "initial_timeout": initial_timeout,
                "end_silence_timeout": end_silence_timeout,
                "max_length": max_length,
                "status_url": status_url,
            },
        ),
    )


def request(
    *,
    url: str,
    method: Literal["GET"] | Literal["POST"] | Literal["PUT"] | Literal["DELETE"],
    headers: Mapping[str, Any] | None = None,
    body: str | Mapping[str, Any] | None = None,
    timeout: float | swml_types.SWMLVar | None = None,
    connect_timeout: float | swml_types.SWMLVar | None = None,
    save_variables: bool | swml_types.SWMLVar | None = None,
) -> swml_types.Request:
    """Send an HTTP request from the script, optionally keeping the JSON answer as variables.

    Answers `{"request": {...}}`.

    Args:
        url: Required. URL to send the request to (`user:password@` for basic auth).
        method: Required. HTTP method.
        headers: Request headers.
        body: Request body: a string, or an object sent as JSON.
        timeout: Longest wait for the answer, in seconds (0: no limit).
        connect_timeout: Longest wait to connect, in seconds (0: no limit).
        save_variables: Keep the JSON answer as script variables.
    """
    return _cast(
        "swml_types.Request",
        _method(
            "request",
            {
                "url": url,
                "method": method,
                "headers": headers,
                "body": body,
                "timeout": timeout,
                "connect_timeout": connect_timeout,
                "save_variables": save_variables,
            },
        ),
    )


def return_(value: Any, /) -> swml_types.Return:
    """Leave the current `execute` subroutine (or the script) with a value.

    Answers `{"return": value}`.
    """
    return _cast("swml_types.Return", _method("return", None, value))


def send_digits(*, digits: str) -> swml_types.SendDigits:
    """Send DTMF tones on the call.

    Answers `{"send_digits": {...}}`.

    Args:
        digits: Required. Digits to send: `0`-`9`, `*`, `#`, `A`-`D`, `w` (half a second pause), `W` (one
            second).
    """
    return _cast("swml_types.SendDigits", _method("send_digits", {"digits": digits}))


def send_fax(
    *, document: str, header_info: str | None = None, identity: str | None = None, status_url: str | None = None
) -> swml_types.SendFax:
    """Send a PDF document as a fax on this call.

    Answers `{"send_fax": {...}}`.

    Args:
        document: Required. URL of the PDF to send.
        header_info: Header line printed on each page.
        identity: Station identity to report.
        status_url: HTTP(S) URL that receives this method's status events.
    """
    return _cast(
        "swml_types.SendFax",
        _method(
            "send_fax",
            {"document": document, "header_info": header_info, "identity": identity, "status_url": status_url},
        ),
    )


def send_sms(
    *,
    to_number: str,
    from_number: str,
    region: str | None = None,
    tags: Sequence[str] | None = None,
    status_callback: str | None = None,
    body: str | None = None,
    media: Sequence[str] | None = None,
) -> swml_types.SendSMS:
    """Send an SMS or MMS message.

    Answers `{"send_sms": {...}}`.

    Args:
        to_number: Required. Phone number to send the message to (E.164).
        from_number: Required. Phone number to send the message from (E.164).
        region: Region to originate from.
        tags: Tags for searching message logs.
        status_callback: URL that receives delivery status events.
        body: Text of the message.
        media: URLs of media to attach (MMS).
    """
    return _cast(
        "swml_types.SendSMS",
        _method(
            "send_sms",
            {
                "to_number": to_number,
                "from_number": from_number,
                "region": region,
                "tags": tags,
                "status_callback": status_callback,
                "body": body,
                "media": media,
            },
        ),
    )


def set(value: Mapping[str, Any], /) -> swml_types.Set:
    """Set script variables: a mapping of variable names to values.

    Answers `{"set": value}`.
    """
    return _cast("swml_types.Set", _method("set", None, value))


def sleep(
    value: int | swml_types.SWMLVar | None = None, /, *, duration: int | swml_types.SWMLVar | None = None
) -> swml_types.Sleep:
    """Pause the script for a number of milliseconds.

    Answers `{"sleep": value}`, or `{"sleep": {...}}` with the named params.

    Args:
        duration: How long to pause, in milliseconds (-1: for ever).
    """
    return _cast("swml_types.Sleep", _method("sleep", {"duration": duration}, value))


def sip_refer(
    *, to_uri: str, status_url: str | None = None, username: str | None = None, password: str | None = None
) -> swml_types.SIPRefer:
    """Send a SIP REFER on a SIP call, asking the far end to transfer it.

    Answers `{"sip_refer": {...}}`.

    Args:
        to_uri: Required. SIP URI the far end should transfer the call to.
        status_url: HTTP(S) URL that receives this method's status events.
        username: Username for SIP authentication.
        password: Password for SIP authentication.
    """
    return _cast(
        "swml_types.SIPRefer",
        _method("sip_refer", {"to_uri": to_uri, "status_url": status_url, "username": username, "password": password}),
    )


def stop_denoise() -> swml_types.StopDenoise:
    """Stop the noise reduction started by `denoise`.

    Answers `{"stop_denoise": {...}}`.
    """
    return _cast("swml_types.StopDenoise", _method("stop_denoise", {}))


def stop_record_call(*, control_id: str | None = None) -> swml_types.StopRecordCall:
    """Stop a background recording started by `record_call`.

    Answers `{"stop_record_call": {...}}`.

    Args:
        control_id: The recording to stop; the latest one without it.
    """
    return _cast("swml_types.StopRecordCall", _method("stop_record_call", {"control_id": control_id}))


def stop_stream(*, control_id: str | None = None) -> swml_types.StopStream:
    """Stop an audio stream started by `stream`.

    Answers `{"stop_stream": {...}}`.

    Args:
        control_id: The stream to stop; the latest one without it.
    """
    return _cast("swml_types.StopStream", _method("stop_stream", {"control_id": control_id}))


def stop_tap(*, control_id: str | None = None) -> swml_types.StopTap:
    """Stop a tap started by `tap`.

    Answers `{"stop_tap": {...}}`.

    Args:
        control_id: The tap to stop; the latest one without it.
    """
    return _cast("swml_types.StopTap", _method("stop_tap", {"control_id": control_id}))


def stream(
    *,
    url: str,
    control_id: str | None = None,
    name: str | None = None,
    track: Literal["inbound_track"] | Literal["outbound_track"] | Literal["both_tracks"] | None = None,
    codec: str | None = None,
    status_url: str | None = None,
    status_url_method: Literal["GET"] | Literal["POST"] | None = None,
    authorization_bearer_token: str | None = None,
    custom_parameters: swml_types.RecordString | None = None,
) -> swml_types.Stream:
    """Stream the call's audio to a WebSocket endpoint in the background.

    Answers `{"stream": {...}}`.

    Args:
        url: Required. WebSocket URL (`wss://`) to stream to.
        control_id: Name of the operation, for the method that stops it.
        name: A name for the stream.
        track: Which audio: what the caller says, hears, or both.
        codec: Audio codec, e.g. `PCMU`, `PCMA`, `OPUS`.
        status_url: HTTP(S) URL that receives this method's status events.
        status_url_method: HTTP method of the status events.
        authorization_bearer_token: Bearer token for the WebSocket handshake.
        custom_parameters: Key-value pairs sent in the stream's start message.
    """
    return _cast(
        "swml_types.Stream",
        _method(
            "stream",
            {
                "url": url,
                "control_id": control_id,
                "name": name,
                "track": track,
                "codec": codec,
                "status_url": status_url,
                "status_url_method": status_url_method,
                "authorization_bearer_token": authorization_bearer_token,
                "custom_parameters": custom_parameters,
            },
        ),
    )


def switch(
    *,
    variable: str,
    case: Mapping[str, Sequence[swml_types.SWMLMethod]],
    default: Sequence[swml_types.SWMLMethod] | None = None,
) -> swml_types.Switch:
    """Run the instructions of the `case` entry that equals a variable's value, else `default`.

    Answers `{"switch": {...}}`.

    Args:
        variable: Required. The variable whose value picks the case.
        case: Required. Instructions to run, by value of `variable`.
        default: Instructions to run when no case matches.
    """
    return _cast("swml_types.Switch", _method("switch", {"variable": variable, "case": case, "default": default}))


def tap(
    *,
    uri: str,
    control_id: str | None = None,
    direction: Literal["speak"] | Literal["listen"] | Literal["both"] | None = None,
    codec: Literal["PCMU"] | Literal["PCMA"] | None = None,
    rtp_ptime: int | swml_types.SWMLVar | None = None,
    status_url: str | None = None,
) -> swml_types.Tap:
    """Copy the call's audio, in the background, to an RTP or WebSocket endpoint.

    Answers `{"tap": {...}}`.

    Args:
        uri: Required. Where to send the audio: `rtp://host:port`, `ws://` or `wss://`.
        control_id: Name of the operation, for the method that stops it.
        direction: Which audio: `speak` (what the party says), `listen` (what they hear) or both.
        codec: Audio codec of the tap.
        rtp_ptime: RTP packetization time, in milliseconds.
        status_url: HTTP(S) URL that receives this method's status events.
    """
    return _cast(
        "swml_types.Tap",
        _method(
            "tap",
            {
                "uri": uri,
                "control_id": control_id,
                "direction": direction,
                "codec": codec,
                "rtp_ptime": rtp_ptime,
                "status_url": status_url,
            },
        ),
    )


def transcribe(*, status_url: str | None = None) -> swml_types.Transcribe:
    """Transcribe the whole call in the background; the result is posted to `status_url` when it is done.

    Answers `{"transcribe": {...}}`.

    Args:
        status_url: HTTP(S) URL that receives this method's status events.
    """
    return _cast("swml_types.Transcribe", _method("transcribe", {"status_url": status_url}))


def transcribe_stop() -> swml_types.TranscribeStop:
    """Stop the transcription started by `transcribe`.

    Answers `{"transcribe_stop": {...}}`.
    """
    return _cast("swml_types.TranscribeStop", _method("transcribe_stop", {}))


def transfer(
    *, dest: str, params: Mapping[str, Any] | None = None, meta: Mapping[str, Any] | None = None
) -> swml_types.Transfer:
    """Hand the script over to another section, a SWML URL or an application; it does not come back.

    Answers `{"transfer": {...}}`.

    Args:
        dest: Required. Where to go: a section name, a SWML URL, or an application.
        params: Values passed to the destination (its `params` variables).
        meta: Your own data; SignalWire ignores it.
    """
    return _cast("swml_types.Transfer", _method("transfer", {"dest": dest, "params": params, "meta": meta}))


def unset(value: str | Sequence[str], /) -> swml_types.Unset:
    """Remove one script variable, or a list of them.

    Answers `{"unset": value}`.
    """
    return _cast("swml_types.Unset", _method("unset", None, value))


def pay(
    *,
    payment_connector_url: str,
    charge_amount: str | None = None,
    currency: str | None = None,
    description: str | None = None,
    input: Literal["dtmf"] | None = None,
    language: str | None = None,
    max_attempts: int | swml_types.SWMLVar | None = None,
    min_postal_code_length: int | swml_types.SWMLVar | None = None,
    parameters: Sequence[swml_types.PayParameters] | None = None,
    payment_method: Literal["credit-card"] | None = None,
    postal_code: bool | str | None = None,
    prompts: Sequence[swml_types.PayPrompts] | None = None,
    security_code: bool | swml_types.SWMLVar | None = None,
    status_url: str | None = None,
    timeout: int | swml_types.SWMLVar | None = None,
    token_type: Literal["one-time"] | Literal["reusable"] | None = None,
    valid_card_types: str | None = None,
    voice: str | None = None,
) -> swml_types.Pay:
    """Collect a card payment over the phone (DTMF) and post it to your payment connector.

    Answers `{"pay": {...}}`.

    Args:
        payment_connector_url: Required. URL that receives the collected payment details and answers the
            outcome.
        charge_amount: Amount to charge, as a decimal string without a currency sign.
        currency: ISO 4217 currency code.
        description: Description of the payment.
        input: How the details are collected (`dtmf`).
        language: Language of the prompts.
        max_attempts: How many times to ask again after a failure.
        min_postal_code_length: Shortest postal code accepted.
        parameters: Name-value pairs passed to your payment connector.
        payment_method: Payment method (`credit-card`).
        postal_code: Whether to ask for a postal code, or the postal code itself when known.
        prompts: Your own prompts for the steps of the payment.
        security_code: Whether to ask for the card's security code.
        status_url: HTTP(S) URL that receives this method's status events.
        timeout: Seconds to wait for the next digit before checking what was entered.
        token_type: `one-time` or `reusable` payment.
        valid_card_types: Accepted card types, space-separated.
        voice: Text-to-speech voice of the prompts.
    """
    return _cast(
        "swml_types.Pay",
        _method(
            "pay",
            {
                "payment_connector_url": payment_connector_url,
                "charge_amount": charge_amount,
                "currency": currency,
                "description": description,
                "input": input,
                "language": language,
                "max_attempts": max_attempts,
                "min_postal_code_length": min_postal_code_length,
                "parameters": parameters,
                "payment_method": payment_method,
                "postal_code": postal_code,
                "prompts": prompts,
                "security_code": security_code,
                "status_url": status_url,
                "timeout": timeout,
                "token_type": token_type,
                "valid_card_types": valid_card_types,
                "voice": voice,
            },
        ),
    )


def detect_machine(
    *,
    detect_message_end: bool | swml_types.SWMLVar | None = None,
    detectors: str | None = None,
    end_silence_timeout: float | swml_types.SWMLVar | None = None,
    initial_timeout: float | swml_types.SWMLVar | None = None,
    machine_ready_timeout: float | swml_types.SWMLVar | None = None,
    machine_voice_threshold: float | swml_types.SWMLVar | None = None,
    machine_words_threshold: int | swml_types.SWMLVar | None = None,
    status_url: str | None = None,
    timeout: float | swml_types.SWMLVar | None = None,
    tone: Literal["CED"] | Literal["CNG"] | None = None,
    wait: bool | swml_types.SWMLVar | None = None,
) -> swml_types.DetectMachine:
    """Detect whether a person, an answering machine or a fax answered.

    Answers `{"detect_machine": {...}}`.

    Args:
        detect_message_end: Wait for the end of the voicemail greeting (the beep).
        detectors: Detectors to run, comma-separated: `amd`, `fax`.
        end_silence_timeout: Silence that ends the voice, in seconds.
        initial_timeout: Longest wait for the first voice, in seconds.
        machine_ready_timeout: Silence before a machine is reported ready, in seconds.
        machine_voice_threshold: Seconds of continuous voice that mean a machine.
        machine_words_threshold: Words in one utterance that mean a machine.
        status_url: HTTP(S) URL that receives this method's status events.
        timeout: Longest detection, in seconds.
        tone: Fax tone to detect.
        wait: Wait for the result before the next instruction; with false, results go to `status_url`.
    """
    return _cast(
        "swml_types.DetectMachine",
        _method(
            "detect_machine",
            {
                "detect_message_end": detect_message_end,
                "detectors": detectors,
                "end_silence_timeout": end_silence_timeout,
                "initial_timeout": initial_timeout,
                "machine_ready_timeout": machine_ready_timeout,
                "machine_voice_threshold": machine_voice_threshold,
                "machine_words_threshold": machine_words_threshold,
                "status_url": status_url,
                "timeout": timeout,
                "tone": tone,
                "wait": wait,
            },
        ),
    )


def user_event(*, event: Mapping[str, Any]) -> swml_types.UserEvent:
    """Send a custom event to the client application connected to the call.

    Answers `{"user_event": {...}}`.

    Args:
        event: Required. The event to send, as a JSON object of your own.
    """
    return _cast("swml_types.UserEvent", _method("user_event", {"event": event}))
