"""The `signalwire-calling` CLI: one subcommand per command, one option per param. Generated from spec/ by generator/; do not edit."""

from __future__ import annotations

from typing import Final

from ._cli_model import Option, Subcommand

# fmt: off
SUBCOMMANDS: Final[tuple[Subcommand, ...]] = (
    Subcommand(
        'dial', 'dial', False,
        'Place a new outbound call.',
        "Place a new outbound call. Use `DialUrlParams` to have SignalWire fetch the call's SWML from `url`, or `DialSwmlParams` to pass the SWML inline in `swml`. No call `id` is sent because the call does not exist yet; the response contains it.",
        (
            Option('from', 'from_', 'str', True, (), 'Calling address for the new call. Use an E.164 number when calling the PSTN; for SIP or Verto endpoints a SIP URI (e.g. `sip:user@host`) or a short caller-ID token also works.'),
            Option('to', 'to', 'str', False, (), 'Who to call: an E.164 number (`+15551234567`), a `sip:`/`sips:` URI, a `verto:` URI, a `client:` address or a Fabric address. Can be left out only when `to_script` is given.'),
            Option('username', 'username', 'str', False, (), 'Username for SIP digest authentication. Only used when `to` is a SIP URI, where it is passed on to the far end; PSTN and WebRTC/Verto calls ignore it. Never echoed in responses.'),
            Option('password', 'password', 'str', False, (), 'Password for SIP digest authentication; only relevant when `to` is a SIP URI. Never echoed in responses.'),
            Option('to_script', 'to_script', 'text_or_json', False, (), 'SWML executed for the called side of the call, given inline (a SWML object, or JSON/YAML text) or as an `http(s)://` URL that serves it; handy for handing the call to an external SWML handler. When set, `to` may be omitted.'),
            Option('caller_id', 'caller_id', 'str', False, (), 'Identity the called party sees as the caller: an E.164 number on PSTN calls, or a SIP URI or short caller-ID token on SIP/Verto calls.'),
            Option('fallback_url', 'fallback_url', 'str', False, (), "URL of backup SWML that SignalWire uses if the call's primary instructions cannot be fetched or fail."),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook that receives call lifecycle events; `status_events` chooses which.'),
            Option('status_events', 'status_events', 'json', False, (), 'Lifecycle events to report to `status_url`. Without it, only the end of the call is reported. Server default: ["ended"].'),
            Option('url_method', 'url_method', 'str', False, ('GET', 'POST'), 'HTTP method SignalWire uses when requesting SWML from your URL. Server default: "POST".'),
            Option('codecs', 'codecs', 'text_or_json', False, (), 'Codecs to offer for the call, either as a list or as one comma-separated string. A `codecs=` parameter inside a SIP `to` URI overrides this field.'),
            Option('timeout', 'timeout', 'int', False, (), 'How long, in seconds, the destination may ring before the attempt is abandoned (1-600).'),
            Option('max_price_per_minute', 'max_price_per_minute', 'float', False, (), 'Price cap in dollars per minute; the call is refused if the selected route would cost more.'),
            Option('send_digits', 'send_digits', 'str', False, (), 'DTMF to send as soon as the call is answered, e.g. to get through an IVR. Use `0`-`9`, `A`-`D`, `*` and `#`, plus `w` to wait and `,` to pause.'),
            Option('region', 'region', 'text_or_json', False, (), 'Preferred media region for the call, or a list of regions in order of preference; names must come from the regions available to your project.'),
            Option('custom_variables', 'custom_variables', 'json', False, (), "Up to 20 string key/value pairs attached to the call. The call's SWML sees them as `${envs.<key>}`, and they are sent in `envs` when SignalWire fetches SWML from a URL; they override account or project variables with exactly the same (case-sensitive) key. Keys may contain only letters, digits and underscores, and may begin neither with a digit nor with a reserved prefix (`signalwire_`, `sw_`, `rtc_`, `internal_`, compared without regard to case); values must be non-empty strings no longer than 1024 bytes."),
            Option('url', 'url', 'str', False, (), 'Webhook URL that returns the SWML document controlling the call once it connects.'),
            Option('swml', 'swml', 'json', False, (), 'Inline SWML document that controls the call once it connects (see `Swml`).'),
        ),
    ),
    Subcommand(
        'update', 'update', True,
        'Redirect a call in progress to new SWML, served from `url` or given inline as `swml`: one of the two is required, even with `status`.',
        "Redirect a call in progress to new SWML, served from `url` or given inline as `swml`: one of the two is required, even with `status`. `status` ends the call instead (`canceled` only while it is queued or ringing, `completed` once it is answered); to end a call without new SWML, use `calling.end`. Redirects need an answered call, and calls that have already ended cannot be updated. The call's `id` goes inside `params`.",
        (
            Option('fallback_url', 'fallback_url', 'str', False, (), 'URL of backup SWML that SignalWire uses if the new instructions cannot be fetched or fail.'),
            Option('status', 'status', 'str', False, ('canceled', 'completed'), 'End the call instead of running the new SWML, which must still be given (`url` or `swml`): `canceled` for a call not yet answered, `completed` for one in progress. To end a call without new SWML, use `calling.end`.'),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook that receives status updates for the call.'),
            Option('url', 'url', 'str', False, (), 'URL that returns the SWML the call runs from now on.'),
            Option('swml', 'swml', 'json', False, (), 'Inline SWML document the call runs from now on (see `Swml`).'),
        ),
    ),
    Subcommand(
        'end', 'calling.end', True,
        'Hang up an active call.',
        'Hang up an active call.',
        (
            Option('reason', 'reason', 'str', False, ('hangup', 'cancel', 'busy', 'noAnswer', 'decline', 'error'), 'Reason recorded for ending the call; see `HangupReason`.'),
        ),
    ),
    Subcommand(
        'disconnect', 'calling.disconnect', True,
        'Break the connection between this call and the call it is bridged to, leaving both legs up.',
        'Break the connection between this call and the call it is bridged to, leaving both legs up.',
        (),
    ),
    Subcommand(
        'ai_hold', 'calling.ai_hold', True,
        'Put the caller in an active AI agent session on hold, pausing the conversation until `calling.ai_unhold` is sent or the hold `timeout` runs out.',
        'Put the caller in an active AI agent session on hold, pausing the conversation until `calling.ai_unhold` is sent or the hold `timeout` runs out.',
        (
            Option('timeout', 'timeout', 'str', False, (), 'How long the hold may last, in seconds, written as a numeric string such as `"300"`; SignalWire rejects a JSON number here.'),
            Option('prompt', 'prompt', 'str', False, (), 'Instruction injected as a system message just before the hold; the AI says it to the caller, then hold music plays.'),
        ),
    ),
    Subcommand(
        'ai_unhold', 'calling.ai_unhold', True,
        'Take the caller of an AI agent session off hold and let the conversation continue.',
        'Take the caller of an AI agent session off hold and let the conversation continue.',
        (),
    ),
    Subcommand(
        'ai_message', 'calling.ai_message', True,
        "Inject a message into a running AI agent conversation, for example to change the agent's instructions mid-call, add context, or reset the conversation.",
        "Inject a message into a running AI agent conversation, for example to change the agent's instructions mid-call, add context, or reset the conversation.",
        (
            Option('role', 'role', 'str', False, ('system', 'user', 'assistant'), 'Whose turn the injected `message_text` counts as; see `AiMessageRole`. SignalWire does not require it, but it is normally sent together with `message_text`.'),
            Option('message_text', 'message_text', 'str', False, (), 'Text to add to the conversation. Needed in practice unless the command only performs a `reset`.'),
            Option('reset', 'reset', 'json', False, (), 'Reset the conversation state, optionally installing new prompts.'),
            Option('global_data', 'global_data', 'json', False, (), "JSON object to fold into the AI session's global data, where the agent's prompts and functions can read it."),
        ),
    ),
    Subcommand(
        'ai_stop', 'calling.ai.stop', True,
        'End the AI agent session that is running on the call.',
        'End the AI agent session that is running on the call.',
        (
            Option('control_id', 'control_id', 'str', False, (), 'Reserved. The AI session active on the call is stopped either way; SignalWire currently ignores this value.'),
        ),
    ),
    Subcommand(
        'ai_sidecar', 'calling.ai_sidecar', True,
        'Attach an AI sidecar to an answered call: a silent observer that follows the conversation and sends advice for the human agent to your webhook.',
        'Attach an AI sidecar to an answered call: a silent observer that follows the conversation and sends advice for the human agent to your webhook. With `action.summarize` it instead produces a one-off summary of the conversation.',
        (
            Option('prompt', 'prompt', 'text_or_json', False, (), "Instructions for how the sidecar should coach the agent, given as plain text, a Prompt Object Model, or a server-side file. SignalWire adds its own instructions about the sidecar's role, so describe only the coaching behaviour; without a prompt a minimal built-in one is used, so setting one is strongly advised."),
            Option('lang', 'lang', 'str', True, (), 'Language spoken on the call, as one BCP-47 tag (e.g. `en-US`). It selects the speech recognition language, and the model is told about it too.'),
            Option('model', 'model', 'str', False, (), 'LLM behind the sidecar\'s coaching and its end-of-call summaries. The listed models are suggestions; other model names are accepted as plain strings. Server default: "gpt-4o-mini".'),
            Option('direction', 'direction', 'json', False, (), 'Call legs the sidecar listens to. Both `remote-caller` and `local-caller` must be listed; SignalWire rejects a single leg. Server default: ["remote-caller", "local-caller"].'),
            Option('customer_role', 'customer_role', 'str', False, ('remote-caller', 'local-caller'), 'Which leg is the customer. The end of the customer\'s turn is what triggers a sidecar evaluation. Server default: "remote-caller".'),
            Option('url', 'url', 'str', False, (), "Webhook that receives the sidecar's callbacks and transcription events by POST. Basic-auth credentials may be embedded (`https://user:pass@host/...`). When unset, nothing is POSTed and callbacks are only published on the relay topic."),
            Option('SWAIG', 'SWAIG', 'json', False, (), 'Tools the sidecar may call: SWAIG webhook functions and MCP servers.'),
            Option('permissions', 'permissions', 'json', False, (), "Limits on what the sidecar's tools may do; everything is allowed when omitted."),
            Option('global_data', 'global_data', 'json', False, (), 'Key/value data available throughout the sidecar session: usable in the prompt through variable expansion and sent along with tool requests. It survives from one sidecar session to the next on the same call leg.'),
            Option('hints', 'hints', 'json', False, (), 'Words and phrases that speech recognition should expect, such as product, company, competitor or customer names and jargon. Strongly recommended.'),
            Option('params', 'params', 'json', False, (), 'Tuning for evaluation timing, history size, summaries and speech recognition.'),
            Option('action', 'action', 'json', False, (), 'Ask for a single summary of the conversation rather than attaching a sidecar.'),
        ),
    ),
    Subcommand(
        'ai_sidecar_poke', 'calling.ai_sidecar.poke', True,
        "Send a message to the call's AI sidecar and make it respond right away instead of waiting for the customer's next turn.",
        "Send a message to the call's AI sidecar and make it respond right away instead of waiting for the customer's next turn.",
        (
            Option('text', 'text', 'str', True, (), 'Message for the sidecar, which it responds to immediately.'),
        ),
    ),
    Subcommand(
        'ai_sidecar_ask', 'calling.ai_sidecar.ask', True,
        "Put a single question to the call's AI sidecar; the conversation itself is not affected.",
        "Put a single question to the call's AI sidecar; the conversation itself is not affected. The immediate reply carries an `ask_id`, and the answer is delivered afterwards to your webhook as an `ask_answer` callback with that same `ask_id`.",
        (
            Option('text', 'text', 'str', True, (), 'The question to put to the sidecar.'),
        ),
    ),
    Subcommand(
        'ai_sidecar_stop', 'calling.ai_sidecar.stop', True,
        "Stop the call's AI sidecar and detach it from the call.",
        "Stop the call's AI sidecar and detach it from the call.",
        (),
    ),
    Subcommand(
        'ai_sidecar_status', 'calling.ai_sidecar.status', True,
        "Read the sidecar's activity counters (whether it is `running`; counts of `ticks`, `insights`, `skips`, `tools` and `errors`; token usage; history size).",
        "Read the sidecar's activity counters (whether it is `running`; counts of `ticks`, `insights`, `skips`, `tools` and `errors`; token usage; history size). SignalWire returns them as a single `+OK` text line of `key=value` pairs, not as JSON.",
        (),
    ),
    Subcommand(
        'play', 'calling.play', True,
        'Start playing audio, speech, silence or a ringtone on a call.',
        'Start playing audio, speech, silence or a ringtone on a call. The response only confirms that playback was accepted; its progress (`playing`, `paused`, `finished`, `error`) is reported to `status_url`.',
        (
            Option('control_id', 'control_id', 'str', True, (), 'Your identifier for this playback, unique among playbacks active on the call; used to pause, resume, stop it or change its volume.'),
            Option('play', 'play', 'json', True, (), 'Media to play, in order: audio files, text-to-speech, silence and ringtones.'),
            Option('volume', 'volume', 'float', False, (), 'Gain in decibels, from -40 (quieter) to +40 (louder); 0 plays the media at its own level. Server default: 0.'),
            Option('direction', 'direction', 'str', False, ('listen', 'speak', 'both'), 'Who hears the playback; see `PlayDirection`. Server default: "listen".'),
            Option('loop', 'loop', 'int', False, (), 'How many times the whole `play` list is played; `0` repeats it until the playback is stopped. Server default: 1.'),
            Option('language', 'language', 'str', False, (), 'BCP-47 language for text-to-speech items that set none themselves. Server default: "en-US".'),
            Option('voice', 'voice', 'str', False, (), 'Voice for text-to-speech items that set none themselves; when neither is set the voice is picked by `gender`.'),
            Option('gender', 'gender', 'str', False, ('male', 'female'), 'Voice gender for text-to-speech items that set none themselves. Server default: "female".'),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook notified whenever the playback changes state: `playing`, `paused`, `finished` or `error`.'),
        ),
    ),
    Subcommand(
        'play_pause', 'calling.play.pause', True,
        'Pause a playback on the call; continue it with `calling.play.resume`.',
        'Pause a playback on the call; continue it with `calling.play.resume`.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the playback to pause, as given when it was started.'),
        ),
    ),
    Subcommand(
        'play_resume', 'calling.play.resume', True,
        'Continue a paused playback from where it stopped.',
        'Continue a paused playback from where it stopped.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the playback to resume, as given when it was started.'),
        ),
    ),
    Subcommand(
        'play_stop', 'calling.play.stop', True,
        'Stop a playback on the call.',
        'Stop a playback on the call.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the playback to stop, as given when it was started.'),
        ),
    ),
    Subcommand(
        'play_volume', 'calling.play.volume', True,
        'Change the volume of a playback while it is running.',
        'Change the volume of a playback while it is running.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the playback to adjust, as given when it was started.'),
            Option('volume', 'volume', 'float', True, (), 'New gain for the playback in decibels, from -40 to +40.'),
        ),
    ),
    Subcommand(
        'record', 'calling.record', True,
        "Begin capturing a call's audio to a file.",
        "Begin capturing a call's audio to a file. The response describes the call leg and does not contain the recording URL; the recording runs in the background and the `finished` event sent to `status_url` carries the final URL.",
        (
            Option('control_id', 'control_id', 'str', True, (), 'Your identifier for this recording, unique among recordings active on the call; used to pause, resume or stop it.'),
            Option('record', 'record', 'json', True, (), 'What to record and how.'),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook for recording events; the `finished` event carries the URL of the completed recording.'),
        ),
    ),
    Subcommand(
        'record_pause', 'calling.record.pause', True,
        'Pause a recording; continue it with `calling.record.resume`.',
        'Pause a recording; continue it with `calling.record.resume`.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the recording to pause, as given when it was started.'),
            Option('behavior', 'behavior', 'str', False, ('skip', 'silence'), 'What the paused stretch becomes in the file. Server default: "skip".'),
        ),
    ),
    Subcommand(
        'record_resume', 'calling.record.resume', True,
        'Continue a paused recording.',
        'Continue a paused recording.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the recording to resume, as given when it was started.'),
        ),
    ),
    Subcommand(
        'record_stop', 'calling.record.stop', True,
        'Stop a recording and finalise the file.',
        'Stop a recording and finalise the file.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the recording to stop, as given when it was started.'),
        ),
    ),
    Subcommand(
        'collect', 'calling.collect', True,
        'Wait for the caller to press keys, speak, or either, and report what was entered to `status_url`.',
        'Wait for the caller to press keys, speak, or either, and report what was entered to `status_url`.',
        (
            Option('control_id', 'control_id', 'str', True, (), 'Your identifier for this collection, unique among collections active on the call; used to stop it or start its timers later.'),
            Option('initial_timeout', 'initial_timeout', 'float', False, (), "Seconds to wait for the caller to start giving input before giving up; must be positive. SignalWire's no-input default applies when omitted. With `start_input_timers` false, this clock only starts on `calling.collect.start_input_timers`."),
            Option('digits', 'digits', 'json', False, (), 'Collect DTMF key presses with these settings.'),
            Option('speech', 'speech', 'json', False, (), 'Collect spoken input with these settings.'),
            Option('continuous', 'continuous', 'bool', False, (), 'Restart collection after every result, until `calling.collect.stop` is sent; events then include a `state` field. Server default: false.'),
            Option('partial_results', 'partial_results', 'bool', False, (), "Also send interim results while recognition is still running; each event's `final` flag separates interim from final results. Server default: false."),
            Option('send_start_of_input', 'send_start_of_input', 'bool', False, (), 'Send a `start_of_input` event to `status_url` the moment the caller starts giving input. Server default: false.'),
            Option('start_input_timers', 'start_input_timers', 'bool', False, (), 'Whether the `initial_timeout` clock starts right away. When false it waits for `calling.collect.start_input_timers`, e.g. so a prompt can finish first. Server default: false.'),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook that receives the collected input and related events.'),
        ),
    ),
    Subcommand(
        'collect_stop', 'calling.collect.stop', True,
        'Stop an input collection that is in progress.',
        'Stop an input collection that is in progress.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the collection to stop, as given when it was started.'),
        ),
    ),
    Subcommand(
        'collect_start_input_timers', 'calling.collect.start_input_timers', True,
        'Start the input timers of a collection that was begun with `start_input_timers` set to false, for example once a prompt has finished playing.',
        'Start the input timers of a collection that was begun with `start_input_timers` set to false, for example once a prompt has finished playing.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the collection whose timers should start, as given when it was started.'),
        ),
    ),
    Subcommand(
        'detect', 'calling.detect', True,
        'Start a detector on an active call to recognise an answering machine, a fax tone or DTMF digits.',
        'Start a detector on an active call to recognise an answering machine, a fax tone or DTMF digits. It works in the background for up to `timeout` seconds and reports to `status_url`.',
        (
            Option('control_id', 'control_id', 'str', True, (), 'Your identifier for this detector, unique among detectors active on the call; used to stop it.'),
            Option('detect', 'detect', 'json', True, (), 'What to detect; `type` selects machine, fax or digit detection.'),
            Option('timeout', 'timeout', 'float', False, (), 'Seconds the detector may run before giving up. Server default: 30.'),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook that receives detection results.'),
        ),
    ),
    Subcommand(
        'detect_stop', 'calling.detect.stop', True,
        'Stop a detector that is running on the call.',
        'Stop a detector that is running on the call.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the detector to stop, as given when it was started.'),
        ),
    ),
    Subcommand(
        'tap', 'calling.tap', True,
        "Copy a call's audio in real time to an external RTP receiver or WebSocket server, without affecting the call.",
        "Copy a call's audio in real time to an external RTP receiver or WebSocket server, without affecting the call. End it by sending `calling.tap.stop` with the same `control_id`.",
        (
            Option('control_id', 'control_id', 'str', True, (), 'Your identifier for this tap, unique among taps active on the call; used to stop it.'),
            Option('tap', 'tap', 'json', True, (), 'Which audio to capture.'),
            Option('device', 'device', 'json', True, (), 'Where to send the captured audio: an RTP receiver or a WebSocket server.'),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook that receives tap lifecycle events.'),
        ),
    ),
    Subcommand(
        'tap_stop', 'calling.tap.stop', True,
        'Stop a running tap.',
        'Stop a running tap.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the tap to stop, as given when it was started.'),
        ),
    ),
    Subcommand(
        'transcribe', 'calling.transcribe', True,
        'Transcribe the whole call in the background; the transcript is complete when the call ends or the transcription is stopped.',
        'Transcribe the whole call in the background; the transcript is complete when the call ends or the transcription is stopped. Only one transcription can run per call (starting a second is refused with a conflict). For results while the call is live, use `calling.live_transcribe`.',
        (
            Option('control_id', 'control_id', 'str', True, (), 'Your identifier for this transcription; used to stop it.'),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook that is called when the transcription is complete.'),
        ),
    ),
    Subcommand(
        'transcribe_stop', 'calling.transcribe.stop', True,
        'Stop a background transcription before the call ends.',
        'Stop a background transcription before the call ends.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the transcription to stop, as given when it was started.'),
        ),
    ),
    Subcommand(
        'stream', 'calling.stream', True,
        "Stream a call's audio in real time to your WebSocket server.",
        "Stream a call's audio in real time to your WebSocket server. End it by sending `calling.stream.stop` with the same `control_id`.",
        (
            Option('control_id', 'control_id', 'str', True, (), 'Your identifier for this stream, unique among streams active on the call; used to stop it.'),
            Option('url', 'url', 'str', True, (), 'Secure WebSocket URL (`wss://`) that receives the audio; plain `ws://` is refused.'),
            Option('name', 'name', 'str', False, (), 'Optional label that identifies the stream to the receiving endpoint.'),
            Option('codec', 'codec', 'str', False, (), 'Audio codec to request, such as `PCMU`, `PCMA` or `OPUS`. Free-form; what works depends on the endpoint.'),
            Option('track', 'track', 'str', False, ('inbound_track', 'outbound_track', 'both_tracks'), 'Which audio to stream: inbound, outbound or both. Server default: "inbound_track".'),
            Option('authorization_bearer_token', 'authorization_bearer_token', 'str', False, (), 'Token that the WebSocket connection request carries in an `Authorization: Bearer <token>` header.'),
            Option('custom_parameters', 'custom_parameters', 'json', False, (), 'Arbitrary JSON handed to the endpoint as metadata when the connection opens.'),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook that receives stream lifecycle events.'),
            Option('status_url_method', 'status_url_method', 'str', False, ('GET', 'POST'), 'HTTP method used for requests to `status_url`. Server default: "POST".'),
        ),
    ),
    Subcommand(
        'stream_stop', 'calling.stream.stop', True,
        'Stop an audio stream.',
        'Stop an audio stream.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the stream to stop, as given when it was started.'),
        ),
    ),
    Subcommand(
        'denoise', 'calling.denoise', True,
        "Turn on noise reduction for the call's audio.",
        "Turn on noise reduction for the call's audio. Only one noise filter can be active per call, so no `control_id` is involved; turn it off with `calling.denoise.stop`.",
        (),
    ),
    Subcommand(
        'denoise_stop', 'calling.denoise.stop', True,
        'Turn off noise reduction on the call.',
        'Turn off noise reduction on the call.',
        (),
    ),
    Subcommand(
        'live_transcribe', 'calling.live_transcribe', True,
        'Control real-time transcription of a call: start a session, request an AI summary of the conversation so far, or stop it.',
        'Control real-time transcription of a call: start a session, request an AI summary of the conversation so far, or stop it.',
        (
            Option('action', 'action', 'text_or_json', True, (), 'What to do: start a transcription session, request a summary of it, or `stop` it.'),
        ),
    ),
    Subcommand(
        'live_translate', 'calling.live_translate', True,
        'Control real-time speech translation between the parties of a call: start or stop it, request a summary, or inject a message to be translated and spoken.',
        'Control real-time speech translation between the parties of a call: start or stop it, request a summary, or inject a message to be translated and spoken.',
        (
            Option('action', 'action', 'text_or_json', True, (), 'What to do: start translating, request a summary, inject a message, or `stop`.'),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook that receives events about the translation session.'),
        ),
    ),
    Subcommand(
        'transfer', 'calling.transfer', True,
        'Hand an active call over to a new destination (phone number, SIP URI, or SWML by URL or inline), which controls the call from then on.',
        'Hand an active call over to a new destination (phone number, SIP URI, or SWML by URL or inline), which controls the call from then on.',
        (
            Option('dest', 'dest', 'text_or_json', True, (), 'Where to send the call: a phone number, a SIP URI, the URL of a SWML document, or an inline SWML document (`Swml`).'),
        ),
    ),
    Subcommand(
        'send_fax_stop', 'calling.send_fax.stop', True,
        'Stop sending a fax on the call.',
        'Stop sending a fax on the call.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the fax transmission to stop, as given when it was started.'),
        ),
    ),
    Subcommand(
        'receive_fax_stop', 'calling.receive_fax.stop', True,
        'Stop receiving a fax on the call.',
        'Stop receiving a fax on the call.',
        (
            Option('control_id', 'control_id', 'str', True, (), '`control_id` of the fax reception to stop, as given when it was started.'),
        ),
    ),
    Subcommand(
        'refer', 'calling.refer', True,
        'Transfer a SIP call with a SIP REFER, asking the SIP endpoint on the other side to connect to a new SIP target.',
        'Transfer a SIP call with a SIP REFER, asking the SIP endpoint on the other side to connect to a new SIP target.',
        (
            Option('device', 'device', 'json', True, (), 'Where the call should be referred.'),
            Option('status_url', 'status_url', 'str', False, (), 'HTTP(S) webhook that receives progress events for the REFER.'),
        ),
    ),
    Subcommand(
        'user_event', 'calling.user_event', True,
        'Fire a custom event carrying your own JSON data on the call.',
        'Fire a custom event carrying your own JSON data on the call.',
        (
            Option('event', 'event', 'json', True, (), "Arbitrary JSON object delivered as the event's data."),
        ),
    ),
)
# fmt: on
