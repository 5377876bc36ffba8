"""`client.calling.<command>(...)`: one typed method per Calling command. Generated from spec/ by generator/; do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._calling_base import CallingBase
from ._response import (
    AsyncSender,
    Sender,
    as_async_leg_response,
    as_async_raw_response,
    as_leg_response,
    as_raw_response,
)
from ._spec import COMMANDS

if TYPE_CHECKING:
    from uuid import UUID

    from . import models, swml, typed_dicts
    from ._handles import AsyncCall, Call
    from ._spec import CallResponse

__all__ = ["AsyncCalling", "AsyncCallingWithRawResponse", "Calling", "CallingWithRawResponse"]


class Calling(CallingBase[Sender, "Call", "CallingWithRawResponse"]):
    """The Calling commands: `client.calling` on a `RestClient`.

    Params are keyword-only and named as on the wire (`from_` for `from`). Nested objects accept the
    attrs models in `signalwire_calling.models` or plain dicts shaped like `signalwire_calling.typed_dicts`.
    An argument left as `None` is not sent. `call(call_id)` makes a handle on a call, `with_raw_response` the
    same commands answering the HTTP response.
    """

    _handle_class = "Call"

    def dial(
        self,
        *,
        from_: str,
        to: str | None = None,
        username: str | None = None,
        password: str | None = None,
        to_script: str | swml.Document | models.Swml | typed_dicts.Swml | None = None,
        caller_id: str | None = None,
        fallback_url: str | None = None,
        status_url: str | None = None,
        status_events: Sequence[models.CallStatusEvent] | None = None,
        url_method: models.HttpMethod | None = None,
        codecs: Sequence[models.OutboundCallCodec] | str | None = None,
        timeout: int | None = None,
        max_price_per_minute: float | None = None,
        send_digits: str | None = None,
        region: str | Sequence[str] | None = None,
        custom_variables: Mapping[str, str] | None = None,
        url: str | None = None,
        swml: swml.Document | models.Swml | typed_dicts.Swml | None = None,
    ) -> Call:
        """Place a new outbound call.

        Use `DialUrlParams` to have SignalWire fetch the call's SWML from `url`, or `DialSwmlParams` to pass
        the SWML inline in `swml`. No call `id` is sent because the call does not exist yet; the response
        contains it.

        Sends `dial` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            from_: Required. Calling address for the new call. Use an E.164 number when calling the PSTN;
                for SIP or Verto endpoints a SIP URI (e.g. `sip:user@host`) or a short caller-ID token also
                works. Sent as `from`.
            to: Who to call: an E.164 number (`+15551234567`), a `sip:`/`sips:` URI, a `verto:` URI, a
                `client:` address or a Fabric address. Can be left out only when `to_script` is given.
            username: Username for SIP digest authentication. Only used when `to` is a SIP URI, where it is
                passed on to the far end; PSTN and WebRTC/Verto calls ignore it. Never echoed in responses.
            password: Password for SIP digest authentication; only relevant when `to` is a SIP URI. Never
                echoed in responses.
            to_script: SWML executed for the called side of the call, given inline (a SWML object, or
                JSON/YAML text) or as an `http(s)://` URL that serves it; handy for handing the call to an
                external SWML handler. When set, `to` may be omitted. Shape: `Swml` {`version`, `sections`*:
                `SwmlSections` {`main`*}}.
            caller_id: Identity the called party sees as the caller: an E.164 number on PSTN calls, or a SIP
                URI or short caller-ID token on SIP/Verto calls.
            fallback_url: URL of backup SWML that SignalWire uses if the call's primary instructions cannot
                be fetched or fail.
            status_url: HTTP(S) webhook that receives call lifecycle events; `status_events` chooses which.
            status_events: Lifecycle events to report to `status_url`. Without it, only the end of the call
                is reported. Server default: `['ended']`.
            url_method: HTTP method SignalWire uses when requesting SWML from your URL. Server default:
                `'POST'`.
            codecs: Codecs to offer for the call, either as a list or as one comma-separated string. A
                `codecs=` parameter inside a SIP `to` URI overrides this field.
            timeout: How long, in seconds, the destination may ring before the attempt is abandoned (1-600).
            max_price_per_minute: Price cap in dollars per minute; the call is refused if the selected route
                would cost more.
            send_digits: DTMF to send as soon as the call is answered, e.g. to get through an IVR. Use
                `0`-`9`, `A`-`D`, `*` and `#`, plus `w` to wait and `,` to pause.
            region: Preferred media region for the call, or a list of regions in order of preference; names
                must come from the regions available to your project.
            custom_variables: Up to 20 string key/value pairs attached to the call. The call's SWML sees
                them as `${envs.<key>}`, and they are sent in `envs` when SignalWire fetches SWML from a
                URL; they override account or project variables with exactly the same (case-sensitive) key.
                Keys may contain only letters, digits and underscores, and may begin neither with a digit
                nor with a reserved prefix (`signalwire_`, `sw_`, `rtc_`, `internal_`, compared without
                regard to case); values must be non-empty strings no longer than 1024 bytes.
            url: Webhook URL that returns the SWML document controlling the call once it connects.
            swml: Inline SWML document that controls the call once it connects (see `Swml`). Shape: `Swml`
                {`version`, `sections`*: `SwmlSections` {`main`*}}.

        Returns:
            A handle on the new call (`Call`, `AsyncCall` when awaited): `.id`, `.leg`, its commands.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._handle(
            self._send(
                COMMANDS["dial"],
                None,
                {
                    "from": from_,
                    "to": to,
                    "username": username,
                    "password": password,
                    "to_script": to_script,
                    "caller_id": caller_id,
                    "fallback_url": fallback_url,
                    "status_url": status_url,
                    "status_events": status_events,
                    "url_method": url_method,
                    "codecs": codecs,
                    "timeout": timeout,
                    "max_price_per_minute": max_price_per_minute,
                    "send_digits": send_digits,
                    "region": region,
                    "custom_variables": custom_variables,
                    "url": url,
                    "swml": swml,
                },
            )
        )

    def update(
        self,
        call_id: str | UUID,
        *,
        fallback_url: str | None = None,
        status: models.UpdateCallStatus | None = None,
        status_url: str | None = None,
        url: str | None = None,
        swml: swml.Document | models.Swml | typed_dicts.Swml | None = None,
    ) -> CallResponse:
        """Redirect a call in progress to new SWML, served from `url` or given inline as `swml`: one of the two is required, even with `status`.

        `status` ends the call instead (`canceled` only while it is queued or ringing, `completed` once it
        is answered); to end a call without new SWML, use `calling.end`. Redirects need an answered call,
        and calls that have already ended cannot be updated. The call's `id` goes inside `params`.

        Sends `update` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            fallback_url: URL of backup SWML that SignalWire uses if the new instructions cannot be fetched
                or fail.
            status: End the call instead of running the new SWML, which must still be given (`url` or
                `swml`): `canceled` for a call not yet answered, `completed` for one in progress. To end a
                call without new SWML, use `calling.end`.
            status_url: HTTP(S) webhook that receives status updates for the call.
            url: URL that returns the SWML the call runs from now on.
            swml: Inline SWML document the call runs from now on (see `Swml`). Shape: `Swml` {`version`,
                `sections`*: `SwmlSections` {`main`*}}.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(
            COMMANDS["update"],
            call_id,
            {"fallback_url": fallback_url, "status": status, "status_url": status_url, "url": url, "swml": swml},
        )

    def end(self, call_id: str | UUID, *, reason: models.HangupReason | None = None) -> CallResponse:
        """Hang up an active call.

        Sends `calling.end` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            reason: Reason recorded for ending the call; see `HangupReason`.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.end"], call_id, {"reason": reason})

    def disconnect(self, call_id: str | UUID) -> CallResponse:
        """Break the connection between this call and the call it is bridged to, leaving both legs up.

        Sends `calling.disconnect` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.disconnect"], call_id, {})

    def ai_hold(self, call_id: str | UUID, *, timeout: str | None = None, prompt: str | None = None) -> CallResponse:
        """Put the caller in an active AI agent session on hold, pausing the conversation until `calling.ai_unhold` is sent or the hold `timeout` runs out.

        Sends `calling.ai_hold` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            timeout: How long the hold may last, in seconds, written as a numeric string such as `"300"`;
                SignalWire rejects a JSON number here.
            prompt: Instruction injected as a system message just before the hold; the AI says it to the
                caller, then hold music plays.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.ai_hold"], call_id, {"timeout": timeout, "prompt": prompt})

    def ai_unhold(self, call_id: str | UUID) -> CallResponse:
        """Take the caller of an AI agent session off hold and let the conversation continue.

        Sends `calling.ai_unhold` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.ai_unhold"], call_id, {})

    def ai_message(
        self,
        call_id: str | UUID,
        *,
        role: models.AiMessageRole | None = None,
        message_text: str | None = None,
        reset: models.AiMessageReset | typed_dicts.AiMessageReset | None = None,
        global_data: Mapping[str, Any] | None = None,
    ) -> CallResponse:
        """Inject a message into a running AI agent conversation, for example to change the agent's instructions mid-call, add context, or reset the conversation.

        Sends `calling.ai_message` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            role: Whose turn the injected `message_text` counts as; see `AiMessageRole`. SignalWire does not
                require it, but it is normally sent together with `message_text`.
            message_text: Text to add to the conversation. Needed in practice unless the command only
                performs a `reset`.
            reset: Reset the conversation state, optionally installing new prompts. Shape: `AiMessageReset`
                {`full_reset`, `user_prompt`, `system_prompt`}.
            global_data: JSON object to fold into the AI session's global data, where the agent's prompts
                and functions can read it.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(
            COMMANDS["calling.ai_message"],
            call_id,
            {"role": role, "message_text": message_text, "reset": reset, "global_data": global_data},
        )

    def ai_stop(self, call_id: str | UUID, *, control_id: str | None = None) -> CallResponse:
        """End the AI agent session that is running on the call.

        Sends `calling.ai.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Reserved. The AI session active on the call is stopped either way; SignalWire
                currently ignores this value.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.ai.stop"], call_id, {"control_id": control_id})

    def ai_sidecar(
        self,
        call_id: str | UUID,
        *,
        lang: str,
        prompt: str
        | models.SidecarPromptText
        | typed_dicts.SidecarPromptText
        | models.SidecarPromptPom
        | typed_dicts.SidecarPromptPom
        | models.SidecarPromptFile
        | typed_dicts.SidecarPromptFile
        | None = None,
        model: models.SidecarModel | str | None = None,
        direction: Sequence[models.TranscribeDirection] | None = None,
        customer_role: models.TranscribeDirection | None = None,
        url: str | None = None,
        SWAIG: models.SidecarSwaig | typed_dicts.SidecarSwaig | None = None,
        permissions: models.SidecarPermissions | typed_dicts.SidecarPermissions | None = None,
        global_data: Mapping[str, Any] | None = None,
        hints: Sequence[str] | None = None,
        params: models.SidecarSettings | typed_dicts.SidecarSettings | None = None,
        action: models.SidecarSummarizeAction | typed_dicts.SidecarSummarizeAction | None = None,
    ) -> CallResponse:
        """Attach an AI sidecar to an answered call: a silent observer that follows the conversation and sends advice for the human agent to your webhook.

        With `action.summarize` it instead produces a one-off summary of the conversation.

        Sends `calling.ai_sidecar` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            prompt: Instructions for how the sidecar should coach the agent, given as plain text, a Prompt
                Object Model, or a server-side file. SignalWire adds its own instructions about the
                sidecar's role, so describe only the coaching behaviour; without a prompt a minimal built-in
                one is used, so setting one is strongly advised. Shape: one of `SidecarPromptText`
                {`text`*}; `SidecarPromptPom` {`pom`*: [one of `PomBodySection` {`title`, `subsections`:
                [one of `PomBodySection`; `PomBulletsSection`], `numbered`, `numberedBullets`, `body`*,
                `bullets`}; `PomBulletsSection` {`title`, `subsections`: [one of `PomBodySection`;
                `PomBulletsSection`], `numbered`, `numberedBullets`, `body`, `bullets`*}]};
                `SidecarPromptFile` {`file`*}.
            lang: Required. Language spoken on the call, as one BCP-47 tag (e.g. `en-US`). It selects the
                speech recognition language, and the model is told about it too.
            model: LLM behind the sidecar's coaching and its end-of-call summaries. The listed models are
                suggestions; other model names are accepted as plain strings. Server default:
                `'gpt-4o-mini'`.
            direction: Call legs the sidecar listens to. Both `remote-caller` and `local-caller` must be
                listed; SignalWire rejects a single leg. Server default: `['remote-caller', 'local-
                caller']`.
            customer_role: Which leg is the customer. The end of the customer's turn is what triggers a
                sidecar evaluation. Server default: `'remote-caller'`.
            url: Webhook that receives the sidecar's callbacks and transcription events by POST. Basic-auth
                credentials may be embedded (`https://user:pass@host/...`). When unset, nothing is POSTed
                and callbacks are only published on the relay topic.
            SWAIG: Tools the sidecar may call: SWAIG webhook functions and MCP servers. Shape:
                `SidecarSwaig` {`defaults`: `SidecarSwaigDefaults` {`web_hook_url`, `web_hook_auth_user`,
                `web_hook_auth_password`}, `functions`: [`SidecarSwaigFunction` {`function`*, `description`,
                `purpose`, `parameters`: `SidecarFunctionParameters`, `web_hook_url`, `web_hook_auth_user`,
                `web_hook_auth_password`}], `mcp_servers`: [`McpServer` {`url`*, `headers`, `resources`,
                `resource_vars`}]}.
            permissions: Limits on what the sidecar's tools may do; everything is allowed when omitted.
                Shape: `SidecarPermissions` {`swaig_allow_swml`, `swaig_allow_settings`,
                `swaig_set_global_data`}.
            global_data: Key/value data available throughout the sidecar session: usable in the prompt
                through variable expansion and sent along with tool requests. It survives from one sidecar
                session to the next on the same call leg.
            hints: Words and phrases that speech recognition should expect, such as product, company,
                competitor or customer names and jargon. Strongly recommended.
            params: Tuning for evaluation timing, history size, summaries and speech recognition. Shape:
                `SidecarSettings` {`idle_timeout_ms`, `min_interval_ms`, `max_iters_per_tick`,
                `max_history_tokens`, `act_on_channel`, `final_summary`, `ai_summary`, `ai_summary_prompt`,
                `summary_model`, `live_events`, `verbose_utterances`, `speech_engine`, `speech_timeout`,
                `vad_silence_ms`, `vad_thresh`, `debug_level`, `debug`, `transcribe_prompt`}.
            action: Ask for a single summary of the conversation rather than attaching a sidecar. Shape:
                `SidecarSummarizeAction` {`summarize`*: `SidecarSummarizeOptions` {`webhook`, `prompt`}}.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(
            COMMANDS["calling.ai_sidecar"],
            call_id,
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
        )

    def ai_sidecar_poke(self, call_id: str | UUID, *, text: str) -> CallResponse:
        """Send a message to the call's AI sidecar and make it respond right away instead of waiting for the customer's next turn.

        Sends `calling.ai_sidecar.poke` (never retried once it may have reached SignalWire).

        Args:
            call_id: The call to act on (its UUID).
            text: Required. Message for the sidecar, which it responds to immediately.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.ai_sidecar.poke"], call_id, {"text": text})

    def ai_sidecar_ask(self, call_id: str | UUID, *, text: str) -> CallResponse:
        """Put a single question to the call's AI sidecar; the conversation itself is not affected.

        The immediate reply carries an `ask_id`, and the answer is delivered afterwards to your webhook as
        an `ask_answer` callback with that same `ask_id`.

        Sends `calling.ai_sidecar.ask` (never retried once it may have reached SignalWire).

        Args:
            call_id: The call to act on (its UUID).
            text: Required. The question to put to the sidecar.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.ai_sidecar.ask"], call_id, {"text": text})

    def ai_sidecar_stop(self, call_id: str | UUID) -> CallResponse:
        """Stop the call's AI sidecar and detach it from the call.

        Sends `calling.ai_sidecar.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.ai_sidecar.stop"], call_id, {})

    def ai_sidecar_status(self, call_id: str | UUID) -> CallResponse:
        """Read the sidecar's activity counters (whether it is `running`; counts of `ticks`, `insights`, `skips`, `tools` and `errors`; token usage; history size).

        SignalWire returns them as a single `+OK` text line of `key=value` pairs, not as JSON.

        Sends `calling.ai_sidecar.status` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.ai_sidecar.status"], call_id, {})

    def play(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        play: Sequence[
            models.PlayAudioItem
            | typed_dicts.PlayAudioItem
            | models.PlayTtsItem
            | typed_dicts.PlayTtsItem
            | models.PlaySilenceItem
            | typed_dicts.PlaySilenceItem
            | models.PlayRingtoneItem
            | typed_dicts.PlayRingtoneItem
        ],
        volume: float | None = None,
        direction: models.PlayDirection | None = None,
        loop: int | None = None,
        language: str | None = None,
        voice: str | None = None,
        gender: models.TtsGender | None = None,
        status_url: str | None = None,
    ) -> CallResponse:
        """Start playing audio, speech, silence or a ringtone on a call.

        The response only confirms that playback was accepted; its progress (`playing`, `paused`,
        `finished`, `error`) is reported to `status_url`.

        Sends `calling.play` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this playback, unique among playbacks active on the
                call; used to pause, resume, stop it or change its volume.
            play: Required. Media to play, in order: audio files, text-to-speech, silence and ringtones.
                Items: one of `PlayAudioItem` {`type`*='audio', `params`*: `PlayAudioParams` {`url`*}};
                `PlayTtsItem` {`type`*='tts', `params`*: `PlayTtsParams` {`text`*, `language`, `gender`,
                `voice`}}; `PlaySilenceItem` {`type`*='silence', `params`*: `PlaySilenceParams`
                {`duration`*}}; `PlayRingtoneItem` {`type`*='ringtone', `params`*: `PlayRingtoneParams`
                {`name`*, `duration`}}.
            volume: Gain in decibels, from -40 (quieter) to +40 (louder); 0 plays the media at its own
                level. Server default: `0`.
            direction: Who hears the playback; see `PlayDirection`. Server default: `'listen'`.
            loop: How many times the whole `play` list is played; `0` repeats it until the playback is
                stopped. Server default: `1`.
            language: BCP-47 language for text-to-speech items that set none themselves. Server default:
                `'en-US'`.
            voice: Voice for text-to-speech items that set none themselves; when neither is set the voice is
                picked by `gender`.
            gender: Voice gender for text-to-speech items that set none themselves. Server default:
                `'female'`.
            status_url: HTTP(S) webhook notified whenever the playback changes state: `playing`, `paused`,
                `finished` or `error`.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(
            COMMANDS["calling.play"],
            call_id,
            {
                "control_id": control_id,
                "play": play,
                "volume": volume,
                "direction": direction,
                "loop": loop,
                "language": language,
                "voice": voice,
                "gender": gender,
                "status_url": status_url,
            },
        )

    def play_pause(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Pause a playback on the call; continue it with `calling.play.resume`.

        Sends `calling.play.pause` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the playback to pause, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.play.pause"], call_id, {"control_id": control_id})

    def play_resume(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Continue a paused playback from where it stopped.

        Sends `calling.play.resume` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the playback to resume, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.play.resume"], call_id, {"control_id": control_id})

    def play_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop a playback on the call.

        Sends `calling.play.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the playback to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.play.stop"], call_id, {"control_id": control_id})

    def play_volume(self, call_id: str | UUID, *, control_id: str, volume: float) -> CallResponse:
        """Change the volume of a playback while it is running.

        Sends `calling.play.volume` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the playback to adjust, as given when it was started.
            volume: Required. New gain for the playback in decibels, from -40 to +40.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.play.volume"], call_id, {"control_id": control_id, "volume": volume})

    def record(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        record: models.RecordConfig | typed_dicts.RecordConfig,
        status_url: str | None = None,
    ) -> CallResponse:
        """Begin capturing a call's audio to a file.

        The response describes the call leg and does not contain the recording URL; the recording runs in
        the background and the `finished` event sent to `status_url` carries the final URL.

        Sends `calling.record` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this recording, unique among recordings active on the
                call; used to pause, resume or stop it.
            record: Required. What to record and how. Shape: `RecordConfig` {`audio`*: `RecordAudioParams`
                {`beep`, `format`, `stereo`, `direction`, `initial_timeout`, `end_silence_timeout`,
                `max_length`, `terminators`, `input_sensitivity`}}.
            status_url: HTTP(S) webhook for recording events; the `finished` event carries the URL of the
                completed recording.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(
            COMMANDS["calling.record"], call_id, {"control_id": control_id, "record": record, "status_url": status_url}
        )

    def record_pause(
        self, call_id: str | UUID, *, control_id: str, behavior: models.RecordPauseBehavior | None = None
    ) -> CallResponse:
        """Pause a recording; continue it with `calling.record.resume`.

        Sends `calling.record.pause` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the recording to pause, as given when it was started.
            behavior: What the paused stretch becomes in the file. Server default: `'skip'`.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.record.pause"], call_id, {"control_id": control_id, "behavior": behavior})

    def record_resume(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Continue a paused recording.

        Sends `calling.record.resume` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the recording to resume, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.record.resume"], call_id, {"control_id": control_id})

    def record_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop a recording and finalise the file.

        Sends `calling.record.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the recording to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.record.stop"], call_id, {"control_id": control_id})

    def collect(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        initial_timeout: float | None = None,
        digits: models.CollectDigitsParams | typed_dicts.CollectDigitsParams | None = None,
        speech: models.CollectSpeechParams | typed_dicts.CollectSpeechParams | None = None,
        continuous: bool | None = None,
        partial_results: bool | None = None,
        send_start_of_input: bool | None = None,
        start_input_timers: bool | None = None,
        status_url: str | None = None,
    ) -> CallResponse:
        """Wait for the caller to press keys, speak, or either, and report what was entered to `status_url`.

        Sends `calling.collect` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this collection, unique among collections active on
                the call; used to stop it or start its timers later.
            initial_timeout: Seconds to wait for the caller to start giving input before giving up; must be
                positive. SignalWire's no-input default applies when omitted. With `start_input_timers`
                false, this clock only starts on `calling.collect.start_input_timers`.
            digits: Collect DTMF key presses with these settings. Shape: `CollectDigitsParams` {`max`*,
                `terminators`, `digit_timeout`}.
            speech: Collect spoken input with these settings. Shape: `CollectSpeechParams`
                {`end_silence_timeout`, `speech_timeout`, `language`, `hints`, `model`, `engine`}.
            continuous: Restart collection after every result, until `calling.collect.stop` is sent; events
                then include a `state` field. Server default: `False`.
            partial_results: Also send interim results while recognition is still running; each event's
                `final` flag separates interim from final results. Server default: `False`.
            send_start_of_input: Send a `start_of_input` event to `status_url` the moment the caller starts
                giving input. Server default: `False`.
            start_input_timers: Whether the `initial_timeout` clock starts right away. When false it waits
                for `calling.collect.start_input_timers`, e.g. so a prompt can finish first. Server default:
                `False`.
            status_url: HTTP(S) webhook that receives the collected input and related events.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(
            COMMANDS["calling.collect"],
            call_id,
            {
                "control_id": control_id,
                "initial_timeout": initial_timeout,
                "digits": digits,
                "speech": speech,
                "continuous": continuous,
                "partial_results": partial_results,
                "send_start_of_input": send_start_of_input,
                "start_input_timers": start_input_timers,
                "status_url": status_url,
            },
        )

    def collect_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop an input collection that is in progress.

        Sends `calling.collect.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the collection to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.collect.stop"], call_id, {"control_id": control_id})

    def collect_start_input_timers(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Start the input timers of a collection that was begun with `start_input_timers` set to false, for example once a prompt has finished playing.

        Sends `calling.collect.start_input_timers` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the collection whose timers should start, as given when it
                was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.collect.start_input_timers"], call_id, {"control_id": control_id})

    def detect(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        detect: models.DetectMachineConfig
        | typed_dicts.DetectMachineConfig
        | models.DetectFaxConfig
        | typed_dicts.DetectFaxConfig
        | models.DetectDigitConfig
        | typed_dicts.DetectDigitConfig,
        timeout: float | None = None,
        status_url: str | None = None,
    ) -> CallResponse:
        """Start a detector on an active call to recognise an answering machine, a fax tone or DTMF digits.

        It works in the background for up to `timeout` seconds and reports to `status_url`.

        Sends `calling.detect` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this detector, unique among detectors active on the
                call; used to stop it.
            detect: Required. What to detect; `type` selects machine, fax or digit detection. Shape: one of
                `DetectMachineConfig` {`type`*='machine', `params`: `DetectMachineParams`
                {`initial_timeout`, `end_silence_timeout`, `machine_ready_timeout`,
                `machine_voice_threshold`, `machine_words_threshold`, `detect_interruptions`,
                `detect_message_end`}}; `DetectFaxConfig` {`type`*='fax', `params`: `DetectFaxParams`
                {`tone`}}; `DetectDigitConfig` {`type`*='digit', `params`: `DetectDigitParams` {`digits`}}.
            timeout: Seconds the detector may run before giving up. Server default: `30`.
            status_url: HTTP(S) webhook that receives detection results.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(
            COMMANDS["calling.detect"],
            call_id,
            {"control_id": control_id, "detect": detect, "timeout": timeout, "status_url": status_url},
        )

    def detect_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop a detector that is running on the call.

        Sends `calling.detect.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the detector to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.detect.stop"], call_id, {"control_id": control_id})

    def tap(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        tap: models.TapConfig | typed_dicts.TapConfig,
        device: models.TapDeviceRtp | typed_dicts.TapDeviceRtp | models.TapDeviceWs | typed_dicts.TapDeviceWs,
        status_url: str | None = None,
    ) -> CallResponse:
        """Copy a call's audio in real time to an external RTP receiver or WebSocket server, without affecting the call.

        End it by sending `calling.tap.stop` with the same `control_id`.

        Sends `calling.tap` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this tap, unique among taps active on the call; used
                to stop it.
            tap: Required. Which audio to capture. Shape: `TapConfig` {`type`*='audio', `params`*:
                `TapAudioParams` {`direction`*}}.
            device: Required. Where to send the captured audio: an RTP receiver or a WebSocket server.
                Shape: one of `TapDeviceRtp` {`type`*='rtp', `params`*: `TapRtpParams` {`addr`*, `port`*,
                `codec`, `ptime`}}; `TapDeviceWs` {`type`*='ws', `params`*: `TapWsParams` {`uri`*,
                `codec`}}.
            status_url: HTTP(S) webhook that receives tap lifecycle events.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(
            COMMANDS["calling.tap"],
            call_id,
            {"control_id": control_id, "tap": tap, "device": device, "status_url": status_url},
        )

    def tap_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop a running tap.

        Sends `calling.tap.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the tap to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.tap.stop"], call_id, {"control_id": control_id})

    def transcribe(self, call_id: str | UUID, *, control_id: str, status_url: str | None = None) -> CallResponse:
        """Transcribe the whole call in the background; the transcript is complete when the call ends or the transcription is stopped.

        Only one transcription can run per call (starting a second is refused with a conflict). For results
        while the call is live, use `calling.live_transcribe`.

        Sends `calling.transcribe` (never retried once it may have reached SignalWire).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this transcription; used to stop it.
            status_url: HTTP(S) webhook that is called when the transcription is complete.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.transcribe"], call_id, {"control_id": control_id, "status_url": status_url})

    def transcribe_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop a background transcription before the call ends.

        Sends `calling.transcribe.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the transcription to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.transcribe.stop"], call_id, {"control_id": control_id})

    def stream(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        url: str,
        name: str | None = None,
        codec: str | None = None,
        track: models.StreamTrack | None = None,
        authorization_bearer_token: str | None = None,
        custom_parameters: Mapping[str, Any] | None = None,
        status_url: str | None = None,
        status_url_method: models.HttpMethod | None = None,
    ) -> CallResponse:
        """Stream a call's audio in real time to your WebSocket server.

        End it by sending `calling.stream.stop` with the same `control_id`.

        Sends `calling.stream` (never retried once it may have reached SignalWire).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this stream, unique among streams active on the call;
                used to stop it.
            url: Required. Secure WebSocket URL (`wss://`) that receives the audio; plain `ws://` is
                refused.
            name: Optional label that identifies the stream to the receiving endpoint.
            codec: Audio codec to request, such as `PCMU`, `PCMA` or `OPUS`. Free-form; what works depends
                on the endpoint.
            track: Which audio to stream: inbound, outbound or both. Server default: `'inbound_track'`.
            authorization_bearer_token: Token that the WebSocket connection request carries in an
                `Authorization: Bearer <token>` header.
            custom_parameters: Arbitrary JSON handed to the endpoint as metadata when the connection opens.
            status_url: HTTP(S) webhook that receives stream lifecycle events.
            status_url_method: HTTP method used for requests to `status_url`. Server default: `'POST'`.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(
            COMMANDS["calling.stream"],
            call_id,
            {
                "control_id": control_id,
                "url": url,
                "name": name,
                "codec": codec,
                "track": track,
                "authorization_bearer_token": authorization_bearer_token,
                "custom_parameters": custom_parameters,
                "status_url": status_url,
                "status_url_method": status_url_method,
            },
        )

    def stream_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop an audio stream.

        Sends `calling.stream.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the stream to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.stream.stop"], call_id, {"control_id": control_id})

    def denoise(self, call_id: str | UUID) -> CallResponse:
        """Turn on noise reduction for the call's audio.

        Only one noise filter can be active per call, so no `control_id` is involved; turn it off with
        `calling.denoise.stop`.

        Sends `calling.denoise` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.denoise"], call_id, {})

    def denoise_stop(self, call_id: str | UUID) -> CallResponse:
        """Turn off noise reduction on the call.

        Sends `calling.denoise.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.denoise.stop"], call_id, {})

    def live_transcribe(
        self,
        call_id: str | UUID,
        *,
        action: models.LiveTranscribeStartAction
        | typed_dicts.LiveTranscribeStartAction
        | models.LiveTranscribeSummarizeAction
        | typed_dicts.LiveTranscribeSummarizeAction
        | Literal["stop"],
    ) -> CallResponse:
        """Control real-time transcription of a call: start a session, request an AI summary of the conversation so far, or stop it.

        Sends `calling.live_transcribe` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            action: Required. What to do: start a transcription session, request a summary of it, or `stop`
                it. Shape: one of `LiveTranscribeStartAction` {`start`*: `LiveTranscribeStartOptions`
                {`lang`*, `direction`*, `webhook`, `live_events`, `ai_summary`, `ai_summary_prompt`,
                `speech_engine`, `speech_timeout`, `vad_silence_ms`, `vad_thresh`, `debug_level`}};
                `LiveTranscribeSummarizeAction` {`summarize`*: `LiveTranscribeSummarizeOptions` {`webhook`,
                `prompt`}}.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.live_transcribe"], call_id, {"action": action})

    def live_translate(
        self,
        call_id: str | UUID,
        *,
        action: models.LiveTranslateStartAction
        | typed_dicts.LiveTranslateStartAction
        | models.LiveTranslateSummarizeAction
        | typed_dicts.LiveTranslateSummarizeAction
        | models.LiveTranslateInjectAction
        | typed_dicts.LiveTranslateInjectAction
        | Literal["stop"],
        status_url: str | None = None,
    ) -> CallResponse:
        """Control real-time speech translation between the parties of a call: start or stop it, request a summary, or inject a message to be translated and spoken.

        Sends `calling.live_translate` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            action: Required. What to do: start translating, request a summary, inject a message, or `stop`.
                Shape: one of `LiveTranslateStartAction` {`start`*: `LiveTranslateStartOptions`
                {`from_lang`*, `to_lang`*, `direction`*, `from_voice`, `to_voice`, `filter_from`,
                `filter_to`, `webhook`, `live_events`, `ai_summary`, `ai_summary_prompt`, `speech_engine`,
                `speech_timeout`, `vad_silence_ms`, `vad_thresh`, `debug_level`}};
                `LiveTranslateSummarizeAction` {`summarize`*: `LiveTranslateSummarizeOptions` {`webhook`,
                `prompt`}}; `LiveTranslateInjectAction` {`inject`*: `LiveTranslateInjectOptions`
                {`message`*, `direction`*}}.
            status_url: HTTP(S) webhook that receives events about the translation session.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.live_translate"], call_id, {"action": action, "status_url": status_url})

    def transfer(
        self, call_id: str | UUID, *, dest: str | swml.Document | models.Swml | typed_dicts.Swml
    ) -> CallResponse:
        """Hand an active call over to a new destination (phone number, SIP URI, or SWML by URL or inline), which controls the call from then on.

        Sends `calling.transfer` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            dest: Required. Where to send the call: a phone number, a SIP URI, the URL of a SWML document,
                or an inline SWML document (`Swml`). Shape: `Swml` {`version`, `sections`*: `SwmlSections`
                {`main`*}}.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.transfer"], call_id, {"dest": dest})

    def send_fax_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop sending a fax on the call.

        Sends `calling.send_fax.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the fax transmission to stop, as given when it was
                started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.send_fax.stop"], call_id, {"control_id": control_id})

    def receive_fax_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop receiving a fax on the call.

        Sends `calling.receive_fax.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the fax reception to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.receive_fax.stop"], call_id, {"control_id": control_id})

    def refer(
        self,
        call_id: str | UUID,
        *,
        device: models.ReferDevice | typed_dicts.ReferDevice,
        status_url: str | None = None,
    ) -> CallResponse:
        """Transfer a SIP call with a SIP REFER, asking the SIP endpoint on the other side to connect to a new SIP target.

        Sends `calling.refer` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            device: Required. Where the call should be referred. Shape: `ReferDevice` {`type`*='sip',
                `params`*: `ReferSipParams` {`to`*, `from`, `username`, `password`}}.
            status_url: HTTP(S) webhook that receives progress events for the REFER.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.refer"], call_id, {"device": device, "status_url": status_url})

    def user_event(self, call_id: str | UUID, *, event: Mapping[str, Any]) -> CallResponse:
        """Fire a custom event carrying your own JSON data on the call.

        Sends `calling.user_event` (never retried once it may have reached SignalWire).

        Args:
            call_id: The call to act on (its UUID).
            event: Required. Arbitrary JSON object delivered as the event's data.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._send(COMMANDS["calling.user_event"], call_id, {"event": event})


class _RawCalling(Calling):
    """The commands of `with_raw_response`: `dial` answers the `APIResponse` itself, not a handle."""

    _answers_handles = False


class CallingWithRawResponse:
    """`client.calling.with_raw_response` on a `RestClient`: each command answers an `APIResponse`."""

    def __init__(self, calling: Calling) -> None:
        self.dial = as_leg_response(calling.dial)
        self.update = as_raw_response(calling.update)
        self.end = as_raw_response(calling.end)
        self.disconnect = as_raw_response(calling.disconnect)
        self.ai_hold = as_raw_response(calling.ai_hold)
        self.ai_unhold = as_raw_response(calling.ai_unhold)
        self.ai_message = as_raw_response(calling.ai_message)
        self.ai_stop = as_raw_response(calling.ai_stop)
        self.ai_sidecar = as_raw_response(calling.ai_sidecar)
        self.ai_sidecar_poke = as_raw_response(calling.ai_sidecar_poke)
        self.ai_sidecar_ask = as_raw_response(calling.ai_sidecar_ask)
        self.ai_sidecar_stop = as_raw_response(calling.ai_sidecar_stop)
        self.ai_sidecar_status = as_raw_response(calling.ai_sidecar_status)
        self.play = as_raw_response(calling.play)
        self.play_pause = as_raw_response(calling.play_pause)
        self.play_resume = as_raw_response(calling.play_resume)
        self.play_stop = as_raw_response(calling.play_stop)
        self.play_volume = as_raw_response(calling.play_volume)
        self.record = as_raw_response(calling.record)
        self.record_pause = as_raw_response(calling.record_pause)
        self.record_resume = as_raw_response(calling.record_resume)
        self.record_stop = as_raw_response(calling.record_stop)
        self.collect = as_raw_response(calling.collect)
        self.collect_stop = as_raw_response(calling.collect_stop)
        self.collect_start_input_timers = as_raw_response(calling.collect_start_input_timers)
        self.detect = as_raw_response(calling.detect)
        self.detect_stop = as_raw_response(calling.detect_stop)
        self.tap = as_raw_response(calling.tap)
        self.tap_stop = as_raw_response(calling.tap_stop)
        self.transcribe = as_raw_response(calling.transcribe)
        self.transcribe_stop = as_raw_response(calling.transcribe_stop)
        self.stream = as_raw_response(calling.stream)
        self.stream_stop = as_raw_response(calling.stream_stop)
        self.denoise = as_raw_response(calling.denoise)
        self.denoise_stop = as_raw_response(calling.denoise_stop)
        self.live_transcribe = as_raw_response(calling.live_transcribe)
        self.live_translate = as_raw_response(calling.live_translate)
        self.transfer = as_raw_response(calling.transfer)
        self.send_fax_stop = as_raw_response(calling.send_fax_stop)
        self.receive_fax_stop = as_raw_response(calling.receive_fax_stop)
        self.refer = as_raw_response(calling.refer)
        self.user_event = as_raw_response(calling.user_event)


Calling._raw_calling = _RawCalling
Calling._raw_view = CallingWithRawResponse


class AsyncCalling(CallingBase[AsyncSender, "AsyncCall", "AsyncCallingWithRawResponse"]):
    """The Calling commands: `client.calling` on a `AsyncRestClient`; every method is a coroutine function.

    Params are keyword-only and named as on the wire (`from_` for `from`). Nested objects accept the
    attrs models in `signalwire_calling.models` or plain dicts shaped like `signalwire_calling.typed_dicts`.
    An argument left as `None` is not sent. `call(call_id)` makes a handle on a call, `with_raw_response` the
    same commands answering the HTTP response.
    """

    _handle_class = "AsyncCall"

    async def dial(
        self,
        *,
        from_: str,
        to: str | None = None,
        username: str | None = None,
        password: str | None = None,
        to_script: str | swml.Document | models.Swml | typed_dicts.Swml | None = None,
        caller_id: str | None = None,
        fallback_url: str | None = None,
        status_url: str | None = None,
        status_events: Sequence[models.CallStatusEvent] | None = None,
        url_method: models.HttpMethod | None = None,
        codecs: Sequence[models.OutboundCallCodec] | str | None = None,
        timeout: int | None = None,
        max_price_per_minute: float | None = None,
        send_digits: str | None = None,
        region: str | Sequence[str] | None = None,
        custom_variables: Mapping[str, str] | None = None,
        url: str | None = None,
        swml: swml.Document | models.Swml | typed_dicts.Swml | None = None,
    ) -> AsyncCall:
        """Place a new outbound call.

        Use `DialUrlParams` to have SignalWire fetch the call's SWML from `url`, or `DialSwmlParams` to pass
        the SWML inline in `swml`. No call `id` is sent because the call does not exist yet; the response
        contains it.

        Sends `dial` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            from_: Required. Calling address for the new call. Use an E.164 number when calling the PSTN;
                for SIP or Verto endpoints a SIP URI (e.g. `sip:user@host`) or a short caller-ID token also
                works. Sent as `from`.
            to: Who to call: an E.164 number (`+15551234567`), a `sip:`/`sips:` URI, a `verto:` URI, a
                `client:` address or a Fabric address. Can be left out only when `to_script` is given.
            username: Username for SIP digest authentication. Only used when `to` is a SIP URI, where it is
                passed on to the far end; PSTN and WebRTC/Verto calls ignore it. Never echoed in responses.
            password: Password for SIP digest authentication; only relevant when `to` is a SIP URI. Never
                echoed in responses.
            to_script: SWML executed for the called side of the call, given inline (a SWML object, or
                JSON/YAML text) or as an `http(s)://` URL that serves it; handy for handing the call to an
                external SWML handler. When set, `to` may be omitted. Shape: `Swml` {`version`, `sections`*:
                `SwmlSections` {`main`*}}.
            caller_id: Identity the called party sees as the caller: an E.164 number on PSTN calls, or a SIP
                URI or short caller-ID token on SIP/Verto calls.
            fallback_url: URL of backup SWML that SignalWire uses if the call's primary instructions cannot
                be fetched or fail.
            status_url: HTTP(S) webhook that receives call lifecycle events; `status_events` chooses which.
            status_events: Lifecycle events to report to `status_url`. Without it, only the end of the call
                is reported. Server default: `['ended']`.
            url_method: HTTP method SignalWire uses when requesting SWML from your URL. Server default:
                `'POST'`.
            codecs: Codecs to offer for the call, either as a list or as one comma-separated string. A
                `codecs=` parameter inside a SIP `to` URI overrides this field.
            timeout: How long, in seconds, the destination may ring before the attempt is abandoned (1-600).
            max_price_per_minute: Price cap in dollars per minute; the call is refused if the selected route
                would cost more.
            send_digits: DTMF to send as soon as the call is answered, e.g. to get through an IVR. Use
                `0`-`9`, `A`-`D`, `*` and `#`, plus `w` to wait and `,` to pause.
            region: Preferred media region for the call, or a list of regions in order of preference; names
                must come from the regions available to your project.
            custom_variables: Up to 20 string key/value pairs attached to the call. The call's SWML sees
                them as `${envs.<key>}`, and they are sent in `envs` when SignalWire fetches SWML from a
                URL; they override account or project variables with exactly the same (case-sensitive) key.
                Keys may contain only letters, digits and underscores, and may begin neither with a digit
                nor with a reserved prefix (`signalwire_`, `sw_`, `rtc_`, `internal_`, compared without
                regard to case); values must be non-empty strings no longer than 1024 bytes.
            url: Webhook URL that returns the SWML document controlling the call once it connects.
            swml: Inline SWML document that controls the call once it connects (see `Swml`). Shape: `Swml`
                {`version`, `sections`*: `SwmlSections` {`main`*}}.

        Returns:
            A handle on the new call (`Call`, `AsyncCall` when awaited): `.id`, `.leg`, its commands.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return self._handle(
            await self._send(
                COMMANDS["dial"],
                None,
                {
                    "from": from_,
                    "to": to,
                    "username": username,
                    "password": password,
                    "to_script": to_script,
                    "caller_id": caller_id,
                    "fallback_url": fallback_url,
                    "status_url": status_url,
                    "status_events": status_events,
                    "url_method": url_method,
                    "codecs": codecs,
                    "timeout": timeout,
                    "max_price_per_minute": max_price_per_minute,
                    "send_digits": send_digits,
                    "region": region,
                    "custom_variables": custom_variables,
                    "url": url,
                    "swml": swml,
                },
            )
        )

    async def update(
        self,
        call_id: str | UUID,
        *,
        fallback_url: str | None = None,
        status: models.UpdateCallStatus | None = None,
        status_url: str | None = None,
        url: str | None = None,
        swml: swml.Document | models.Swml | typed_dicts.Swml | None = None,
    ) -> CallResponse:
        """Redirect a call in progress to new SWML, served from `url` or given inline as `swml`: one of the two is required, even with `status`.

        `status` ends the call instead (`canceled` only while it is queued or ringing, `completed` once it
        is answered); to end a call without new SWML, use `calling.end`. Redirects need an answered call,
        and calls that have already ended cannot be updated. The call's `id` goes inside `params`.

        Sends `update` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            fallback_url: URL of backup SWML that SignalWire uses if the new instructions cannot be fetched
                or fail.
            status: End the call instead of running the new SWML, which must still be given (`url` or
                `swml`): `canceled` for a call not yet answered, `completed` for one in progress. To end a
                call without new SWML, use `calling.end`.
            status_url: HTTP(S) webhook that receives status updates for the call.
            url: URL that returns the SWML the call runs from now on.
            swml: Inline SWML document the call runs from now on (see `Swml`). Shape: `Swml` {`version`,
                `sections`*: `SwmlSections` {`main`*}}.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["update"],
            call_id,
            {"fallback_url": fallback_url, "status": status, "status_url": status_url, "url": url, "swml": swml},
        )

    async def end(self, call_id: str | UUID, *, reason: models.HangupReason | None = None) -> CallResponse:
        """Hang up an active call.

        Sends `calling.end` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            reason: Reason recorded for ending the call; see `HangupReason`.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.end"], call_id, {"reason": reason})

    async def disconnect(self, call_id: str | UUID) -> CallResponse:
        """Break the connection between this call and the call it is bridged to, leaving both legs up.

        Sends `calling.disconnect` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.disconnect"], call_id, {})

    async def ai_hold(
        self, call_id: str | UUID, *, timeout: str | None = None, prompt: str | None = None
    ) -> CallResponse:
        """Put the caller in an active AI agent session on hold, pausing the conversation until `calling.ai_unhold` is sent or the hold `timeout` runs out.

        Sends `calling.ai_hold` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            timeout: How long the hold may last, in seconds, written as a numeric string such as `"300"`;
                SignalWire rejects a JSON number here.
            prompt: Instruction injected as a system message just before the hold; the AI says it to the
                caller, then hold music plays.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.ai_hold"], call_id, {"timeout": timeout, "prompt": prompt})

    async def ai_unhold(self, call_id: str | UUID) -> CallResponse:
        """Take the caller of an AI agent session off hold and let the conversation continue.

        Sends `calling.ai_unhold` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.ai_unhold"], call_id, {})

    async def ai_message(
        self,
        call_id: str | UUID,
        *,
        role: models.AiMessageRole | None = None,
        message_text: str | None = None,
        reset: models.AiMessageReset | typed_dicts.AiMessageReset | None = None,
        global_data: Mapping[str, Any] | None = None,
    ) -> CallResponse:
        """Inject a message into a running AI agent conversation, for example to change the agent's instructions mid-call, add context, or reset the conversation.

        Sends `calling.ai_message` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            role: Whose turn the injected `message_text` counts as; see `AiMessageRole`. SignalWire does not
                require it, but it is normally sent together with `message_text`.
            message_text: Text to add to the conversation. Needed in practice unless the command only
                performs a `reset`.
            reset: Reset the conversation state, optionally installing new prompts. Shape: `AiMessageReset`
                {`full_reset`, `user_prompt`, `system_prompt`}.
            global_data: JSON object to fold into the AI session's global data, where the agent's prompts
                and functions can read it.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.ai_message"],
            call_id,
            {"role": role, "message_text": message_text, "reset": reset, "global_data": global_data},
        )

    async def ai_stop(self, call_id: str | UUID, *, control_id: str | None = None) -> CallResponse:
        """End the AI agent session that is running on the call.

        Sends `calling.ai.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Reserved. The AI session active on the call is stopped either way; SignalWire
                currently ignores this value.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.ai.stop"], call_id, {"control_id": control_id})

    async def ai_sidecar(
        self,
        call_id: str | UUID,
        *,
        lang: str,
        prompt: str
        | models.SidecarPromptText
        | typed_dicts.SidecarPromptText
        | models.SidecarPromptPom
        | typed_dicts.SidecarPromptPom
        | models.SidecarPromptFile
        | typed_dicts.SidecarPromptFile
        | None = None,
        model: models.SidecarModel | str | None = None,
        direction: Sequence[models.TranscribeDirection] | None = None,
        customer_role: models.TranscribeDirection | None = None,
        url: str | None = None,
        SWAIG: models.SidecarSwaig | typed_dicts.SidecarSwaig | None = None,
        permissions: models.SidecarPermissions | typed_dicts.SidecarPermissions | None = None,
        global_data: Mapping[str, Any] | None = None,
        hints: Sequence[str] | None = None,
        params: models.SidecarSettings | typed_dicts.SidecarSettings | None = None,
        action: models.SidecarSummarizeAction | typed_dicts.SidecarSummarizeAction | None = None,
    ) -> CallResponse:
        """Attach an AI sidecar to an answered call: a silent observer that follows the conversation and sends advice for the human agent to your webhook.

        With `action.summarize` it instead produces a one-off summary of the conversation.

        Sends `calling.ai_sidecar` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            prompt: Instructions for how the sidecar should coach the agent, given as plain text, a Prompt
                Object Model, or a server-side file. SignalWire adds its own instructions about the
                sidecar's role, so describe only the coaching behaviour; without a prompt a minimal built-in
                one is used, so setting one is strongly advised. Shape: one of `SidecarPromptText`
                {`text`*}; `SidecarPromptPom` {`pom`*: [one of `PomBodySection` {`title`, `subsections`:
                [one of `PomBodySection`; `PomBulletsSection`], `numbered`, `numberedBullets`, `body`*,
                `bullets`}; `PomBulletsSection` {`title`, `subsections`: [one of `PomBodySection`;
                `PomBulletsSection`], `numbered`, `numberedBullets`, `body`, `bullets`*}]};
                `SidecarPromptFile` {`file`*}.
            lang: Required. Language spoken on the call, as one BCP-47 tag (e.g. `en-US`). It selects the
                speech recognition language, and the model is told about it too.
            model: LLM behind the sidecar's coaching and its end-of-call summaries. The listed models are
                suggestions; other model names are accepted as plain strings. Server default:
                `'gpt-4o-mini'`.
            direction: Call legs the sidecar listens to. Both `remote-caller` and `local-caller` must be
                listed; SignalWire rejects a single leg. Server default: `['remote-caller', 'local-
                caller']`.
            customer_role: Which leg is the customer. The end of the customer's turn is what triggers a
                sidecar evaluation. Server default: `'remote-caller'`.
            url: Webhook that receives the sidecar's callbacks and transcription events by POST. Basic-auth
                credentials may be embedded (`https://user:pass@host/...`). When unset, nothing is POSTed
                and callbacks are only published on the relay topic.
            SWAIG: Tools the sidecar may call: SWAIG webhook functions and MCP servers. Shape:
                `SidecarSwaig` {`defaults`: `SidecarSwaigDefaults` {`web_hook_url`, `web_hook_auth_user`,
                `web_hook_auth_password`}, `functions`: [`SidecarSwaigFunction` {`function`*, `description`,
                `purpose`, `parameters`: `SidecarFunctionParameters`, `web_hook_url`, `web_hook_auth_user`,
                `web_hook_auth_password`}], `mcp_servers`: [`McpServer` {`url`*, `headers`, `resources`,
                `resource_vars`}]}.
            permissions: Limits on what the sidecar's tools may do; everything is allowed when omitted.
                Shape: `SidecarPermissions` {`swaig_allow_swml`, `swaig_allow_settings`,
                `swaig_set_global_data`}.
            global_data: Key/value data available throughout the sidecar session: usable in the prompt
                through variable expansion and sent along with tool requests. It survives from one sidecar
                session to the next on the same call leg.
            hints: Words and phrases that speech recognition should expect, such as product, company,
                competitor or customer names and jargon. Strongly recommended.
            params: Tuning for evaluation timing, history size, summaries and speech recognition. Shape:
                `SidecarSettings` {`idle_timeout_ms`, `min_interval_ms`, `max_iters_per_tick`,
                `max_history_tokens`, `act_on_channel`, `final_summary`, `ai_summary`, `ai_summary_prompt`,
                `summary_model`, `live_events`, `verbose_utterances`, `speech_engine`, `speech_timeout`,
                `vad_silence_ms`, `vad_thresh`, `debug_level`, `debug`, `transcribe_prompt`}.
            action: Ask for a single summary of the conversation rather than attaching a sidecar. Shape:
                `SidecarSummarizeAction` {`summarize`*: `SidecarSummarizeOptions` {`webhook`, `prompt`}}.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.ai_sidecar"],
            call_id,
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
        )

    async def ai_sidecar_poke(self, call_id: str | UUID, *, text: str) -> CallResponse:
        """Send a message to the call's AI sidecar and make it respond right away instead of waiting for the customer's next turn.

        Sends `calling.ai_sidecar.poke` (never retried once it may have reached SignalWire).

        Args:
            call_id: The call to act on (its UUID).
            text: Required. Message for the sidecar, which it responds to immediately.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.ai_sidecar.poke"], call_id, {"text": text})

    async def ai_sidecar_ask(self, call_id: str | UUID, *, text: str) -> CallResponse:
        """Put a single question to the call's AI sidecar; the conversation itself is not affected.

        The immediate reply carries an `ask_id`, and the answer is delivered afterwards to your webhook as
        an `ask_answer` callback with that same `ask_id`.

        Sends `calling.ai_sidecar.ask` (never retried once it may have reached SignalWire).

        Args:
            call_id: The call to act on (its UUID).
            text: Required. The question to put to the sidecar.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.ai_sidecar.ask"], call_id, {"text": text})

    async def ai_sidecar_stop(self, call_id: str | UUID) -> CallResponse:
        """Stop the call's AI sidecar and detach it from the call.

        Sends `calling.ai_sidecar.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.ai_sidecar.stop"], call_id, {})

    async def ai_sidecar_status(self, call_id: str | UUID) -> CallResponse:
        """Read the sidecar's activity counters (whether it is `running`; counts of `ticks`, `insights`, `skips`, `tools` and `errors`; token usage; history size).

        SignalWire returns them as a single `+OK` text line of `key=value` pairs, not as JSON.

        Sends `calling.ai_sidecar.status` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.ai_sidecar.status"], call_id, {})

    async def play(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        play: Sequence[
            models.PlayAudioItem
            | typed_dicts.PlayAudioItem
            | models.PlayTtsItem
            | typed_dicts.PlayTtsItem
            | models.PlaySilenceItem
            | typed_dicts.PlaySilenceItem
            | models.PlayRingtoneItem
            | typed_dicts.PlayRingtoneItem
        ],
        volume: float | None = None,
        direction: models.PlayDirection | None = None,
        loop: int | None = None,
        language: str | None = None,
        voice: str | None = None,
        gender: models.TtsGender | None = None,
        status_url: str | None = None,
    ) -> CallResponse:
        """Start playing audio, speech, silence or a ringtone on a call.

        The response only confirms that playback was accepted; its progress (`playing`, `paused`,
        `finished`, `error`) is reported to `status_url`.

        Sends `calling.play` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this playback, unique among playbacks active on the
                call; used to pause, resume, stop it or change its volume.
            play: Required. Media to play, in order: audio files, text-to-speech, silence and ringtones.
                Items: one of `PlayAudioItem` {`type`*='audio', `params`*: `PlayAudioParams` {`url`*}};
                `PlayTtsItem` {`type`*='tts', `params`*: `PlayTtsParams` {`text`*, `language`, `gender`,
                `voice`}}; `PlaySilenceItem` {`type`*='silence', `params`*: `PlaySilenceParams`
                {`duration`*}}; `PlayRingtoneItem` {`type`*='ringtone', `params`*: `PlayRingtoneParams`
                {`name`*, `duration`}}.
            volume: Gain in decibels, from -40 (quieter) to +40 (louder); 0 plays the media at its own
                level. Server default: `0`.
            direction: Who hears the playback; see `PlayDirection`. Server default: `'listen'`.
            loop: How many times the whole `play` list is played; `0` repeats it until the playback is
                stopped. Server default: `1`.
            language: BCP-47 language for text-to-speech items that set none themselves. Server default:
                `'en-US'`.
            voice: Voice for text-to-speech items that set none themselves; when neither is set the voice is
                picked by `gender`.
            gender: Voice gender for text-to-speech items that set none themselves. Server default:
                `'female'`.
            status_url: HTTP(S) webhook notified whenever the playback changes state: `playing`, `paused`,
                `finished` or `error`.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.play"],
            call_id,
            {
                "control_id": control_id,
                "play": play,
                "volume": volume,
                "direction": direction,
                "loop": loop,
                "language": language,
                "voice": voice,
                "gender": gender,
                "status_url": status_url,
            },
        )

    async def play_pause(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Pause a playback on the call; continue it with `calling.play.resume`.

        Sends `calling.play.pause` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the playback to pause, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.play.pause"], call_id, {"control_id": control_id})

    async def play_resume(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Continue a paused playback from where it stopped.

        Sends `calling.play.resume` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the playback to resume, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.play.resume"], call_id, {"control_id": control_id})

    async def play_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop a playback on the call.

        Sends `calling.play.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the playback to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.play.stop"], call_id, {"control_id": control_id})

    async def play_volume(self, call_id: str | UUID, *, control_id: str, volume: float) -> CallResponse:
        """Change the volume of a playback while it is running.

        Sends `calling.play.volume` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the playback to adjust, as given when it was started.
            volume: Required. New gain for the playback in decibels, from -40 to +40.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.play.volume"], call_id, {"control_id": control_id, "volume": volume})

    async def record(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        record: models.RecordConfig | typed_dicts.RecordConfig,
        status_url: str | None = None,
    ) -> CallResponse:
        """Begin capturing a call's audio to a file.

        The response describes the call leg and does not contain the recording URL; the recording runs in
        the background and the `finished` event sent to `status_url` carries the final URL.

        Sends `calling.record` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this recording, unique among recordings active on the
                call; used to pause, resume or stop it.
            record: Required. What to record and how. Shape: `RecordConfig` {`audio`*: `RecordAudioParams`
                {`beep`, `format`, `stereo`, `direction`, `initial_timeout`, `end_silence_timeout`,
                `max_length`, `terminators`, `input_sensitivity`}}.
            status_url: HTTP(S) webhook for recording events; the `finished` event carries the URL of the
                completed recording.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.record"], call_id, {"control_id": control_id, "record": record, "status_url": status_url}
        )

    async def record_pause(
        self, call_id: str | UUID, *, control_id: str, behavior: models.RecordPauseBehavior | None = None
    ) -> CallResponse:
        """Pause a recording; continue it with `calling.record.resume`.

        Sends `calling.record.pause` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the recording to pause, as given when it was started.
            behavior: What the paused stretch becomes in the file. Server default: `'skip'`.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.record.pause"], call_id, {"control_id": control_id, "behavior": behavior}
        )

    async def record_resume(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Continue a paused recording.

        Sends `calling.record.resume` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the recording to resume, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.record.resume"], call_id, {"control_id": control_id})

    async def record_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop a recording and finalise the file.

        Sends `calling.record.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the recording to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.record.stop"], call_id, {"control_id": control_id})

    async def collect(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        initial_timeout: float | None = None,
        digits: models.CollectDigitsParams | typed_dicts.CollectDigitsParams | None = None,
        speech: models.CollectSpeechParams | typed_dicts.CollectSpeechParams | None = None,
        continuous: bool | None = None,
        partial_results: bool | None = None,
        send_start_of_input: bool | None = None,
        start_input_timers: bool | None = None,
        status_url: str | None = None,
    ) -> CallResponse:
        """Wait for the caller to press keys, speak, or either, and report what was entered to `status_url`.

        Sends `calling.collect` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this collection, unique among collections active on
                the call; used to stop it or start its timers later.
            initial_timeout: Seconds to wait for the caller to start giving input before giving up; must be
                positive. SignalWire's no-input default applies when omitted. With `start_input_timers`
                false, this clock only starts on `calling.collect.start_input_timers`.
            digits: Collect DTMF key presses with these settings. Shape: `CollectDigitsParams` {`max`*,
                `terminators`, `digit_timeout`}.
            speech: Collect spoken input with these settings. Shape: `CollectSpeechParams`
                {`end_silence_timeout`, `speech_timeout`, `language`, `hints`, `model`, `engine`}.
            continuous: Restart collection after every result, until `calling.collect.stop` is sent; events
                then include a `state` field. Server default: `False`.
            partial_results: Also send interim results while recognition is still running; each event's
                `final` flag separates interim from final results. Server default: `False`.
            send_start_of_input: Send a `start_of_input` event to `status_url` the moment the caller starts
                giving input. Server default: `False`.
            start_input_timers: Whether the `initial_timeout` clock starts right away. When false it waits
                for `calling.collect.start_input_timers`, e.g. so a prompt can finish first. Server default:
                `False`.
            status_url: HTTP(S) webhook that receives the collected input and related events.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.collect"],
            call_id,
            {
                "control_id": control_id,
                "initial_timeout": initial_timeout,
                "digits": digits,
                "speech": speech,
                "continuous": continuous,
                "partial_results": partial_results,
                "send_start_of_input": send_start_of_input,
                "start_input_timers": start_input_timers,
                "status_url": status_url,
            },
        )

    async def collect_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop an input collection that is in progress.

        Sends `calling.collect.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the collection to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.collect.stop"], call_id, {"control_id": control_id})

    async def collect_start_input_timers(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Start the input timers of a collection that was begun with `start_input_timers` set to false, for example once a prompt has finished playing.

        Sends `calling.collect.start_input_timers` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the collection whose timers should start, as given when it
                was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.collect.start_input_timers"], call_id, {"control_id": control_id})

    async def detect(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        detect: models.DetectMachineConfig
        | typed_dicts.DetectMachineConfig
        | models.DetectFaxConfig
        | typed_dicts.DetectFaxConfig
        | models.DetectDigitConfig
        | typed_dicts.DetectDigitConfig,
        timeout: float | None = None,
        status_url: str | None = None,
    ) -> CallResponse:
        """Start a detector on an active call to recognise an answering machine, a fax tone or DTMF digits.

        It works in the background for up to `timeout` seconds and reports to `status_url`.

        Sends `calling.detect` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this detector, unique among detectors active on the
                call; used to stop it.
            detect: Required. What to detect; `type` selects machine, fax or digit detection. Shape: one of
                `DetectMachineConfig` {`type`*='machine', `params`: `DetectMachineParams`
                {`initial_timeout`, `end_silence_timeout`, `machine_ready_timeout`,
                `machine_voice_threshold`, `machine_words_threshold`, `detect_interruptions`,
                `detect_message_end`}}; `DetectFaxConfig` {`type`*='fax', `params`: `DetectFaxParams`
                {`tone`}}; `DetectDigitConfig` {`type`*='digit', `params`: `DetectDigitParams` {`digits`}}.
            timeout: Seconds the detector may run before giving up. Server default: `30`.
            status_url: HTTP(S) webhook that receives detection results.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.detect"],
            call_id,
            {"control_id": control_id, "detect": detect, "timeout": timeout, "status_url": status_url},
        )

    async def detect_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop a detector that is running on the call.

        Sends `calling.detect.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the detector to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.detect.stop"], call_id, {"control_id": control_id})

    async def tap(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        tap: models.TapConfig | typed_dicts.TapConfig,
        device: models.TapDeviceRtp | typed_dicts.TapDeviceRtp | models.TapDeviceWs | typed_dicts.TapDeviceWs,
        status_url: str | None = None,
    ) -> CallResponse:
        """Copy a call's audio in real time to an external RTP receiver or WebSocket server, without affecting the call.

        End it by sending `calling.tap.stop` with the same `control_id`.

        Sends `calling.tap` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this tap, unique among taps active on the call; used
                to stop it.
            tap: Required. Which audio to capture. Shape: `TapConfig` {`type`*='audio', `params`*:
                `TapAudioParams` {`direction`*}}.
            device: Required. Where to send the captured audio: an RTP receiver or a WebSocket server.
                Shape: one of `TapDeviceRtp` {`type`*='rtp', `params`*: `TapRtpParams` {`addr`*, `port`*,
                `codec`, `ptime`}}; `TapDeviceWs` {`type`*='ws', `params`*: `TapWsParams` {`uri`*,
                `codec`}}.
            status_url: HTTP(S) webhook that receives tap lifecycle events.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.tap"],
            call_id,
            {"control_id": control_id, "tap": tap, "device": device, "status_url": status_url},
        )

    async def tap_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop a running tap.

        Sends `calling.tap.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the tap to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.tap.stop"], call_id, {"control_id": control_id})

    async def transcribe(self, call_id: str | UUID, *, control_id: str, status_url: str | None = None) -> CallResponse:
        """Transcribe the whole call in the background; the transcript is complete when the call ends or the transcription is stopped.

        Only one transcription can run per call (starting a second is refused with a conflict). For results
        while the call is live, use `calling.live_transcribe`.

        Sends `calling.transcribe` (never retried once it may have reached SignalWire).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this transcription; used to stop it.
            status_url: HTTP(S) webhook that is called when the transcription is complete.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.transcribe"], call_id, {"control_id": control_id, "status_url": status_url}
        )

    async def transcribe_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop a background transcription before the call ends.

        Sends `calling.transcribe.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the transcription to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.transcribe.stop"], call_id, {"control_id": control_id})

    async def stream(
        self,
        call_id: str | UUID,
        *,
        control_id: str,
        url: str,
        name: str | None = None,
        codec: str | None = None,
        track: models.StreamTrack | None = None,
        authorization_bearer_token: str | None = None,
        custom_parameters: Mapping[str, Any] | None = None,
        status_url: str | None = None,
        status_url_method: models.HttpMethod | None = None,
    ) -> CallResponse:
        """Stream a call's audio in real time to your WebSocket server.

        End it by sending `calling.stream.stop` with the same `control_id`.

        Sends `calling.stream` (never retried once it may have reached SignalWire).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. Your identifier for this stream, unique among streams active on the call;
                used to stop it.
            url: Required. Secure WebSocket URL (`wss://`) that receives the audio; plain `ws://` is
                refused.
            name: Optional label that identifies the stream to the receiving endpoint.
            codec: Audio codec to request, such as `PCMU`, `PCMA` or `OPUS`. Free-form; what works depends
                on the endpoint.
            track: Which audio to stream: inbound, outbound or both. Server default: `'inbound_track'`.
            authorization_bearer_token: Token that the WebSocket connection request carries in an
                `Authorization: Bearer <token>` header.
            custom_parameters: Arbitrary JSON handed to the endpoint as metadata when the connection opens.
            status_url: HTTP(S) webhook that receives stream lifecycle events.
            status_url_method: HTTP method used for requests to `status_url`. Server default: `'POST'`.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.stream"],
            call_id,
            {
                "control_id": control_id,
                "url": url,
                "name": name,
                "codec": codec,
                "track": track,
                "authorization_bearer_token": authorization_bearer_token,
                "custom_parameters": custom_parameters,
                "status_url": status_url,
                "status_url_method": status_url_method,
            },
        )

    async def stream_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop an audio stream.

        Sends `calling.stream.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the stream to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.stream.stop"], call_id, {"control_id": control_id})

    async def denoise(self, call_id: str | UUID) -> CallResponse:
        """Turn on noise reduction for the call's audio.

        Only one noise filter can be active per call, so no `control_id` is involved; turn it off with
        `calling.denoise.stop`.

        Sends `calling.denoise` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.denoise"], call_id, {})

    async def denoise_stop(self, call_id: str | UUID) -> CallResponse:
        """Turn off noise reduction on the call.

        Sends `calling.denoise.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.denoise.stop"], call_id, {})

    async def live_transcribe(
        self,
        call_id: str | UUID,
        *,
        action: models.LiveTranscribeStartAction
        | typed_dicts.LiveTranscribeStartAction
        | models.LiveTranscribeSummarizeAction
        | typed_dicts.LiveTranscribeSummarizeAction
        | Literal["stop"],
    ) -> CallResponse:
        """Control real-time transcription of a call: start a session, request an AI summary of the conversation so far, or stop it.

        Sends `calling.live_transcribe` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            action: Required. What to do: start a transcription session, request a summary of it, or `stop`
                it. Shape: one of `LiveTranscribeStartAction` {`start`*: `LiveTranscribeStartOptions`
                {`lang`*, `direction`*, `webhook`, `live_events`, `ai_summary`, `ai_summary_prompt`,
                `speech_engine`, `speech_timeout`, `vad_silence_ms`, `vad_thresh`, `debug_level`}};
                `LiveTranscribeSummarizeAction` {`summarize`*: `LiveTranscribeSummarizeOptions` {`webhook`,
                `prompt`}}.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.live_transcribe"], call_id, {"action": action})

    async def live_translate(
        self,
        call_id: str | UUID,
        *,
        action: models.LiveTranslateStartAction
        | typed_dicts.LiveTranslateStartAction
        | models.LiveTranslateSummarizeAction
        | typed_dicts.LiveTranslateSummarizeAction
        | models.LiveTranslateInjectAction
        | typed_dicts.LiveTranslateInjectAction
        | Literal["stop"],
        status_url: str | None = None,
    ) -> CallResponse:
        """Control real-time speech translation between the parties of a call: start or stop it, request a summary, or inject a message to be translated and spoken.

        Sends `calling.live_translate` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            action: Required. What to do: start translating, request a summary, inject a message, or `stop`.
                Shape: one of `LiveTranslateStartAction` {`start`*: `LiveTranslateStartOptions`
                {`from_lang`*, `to_lang`*, `direction`*, `from_voice`, `to_voice`, `filter_from`,
                `filter_to`, `webhook`, `live_events`, `ai_summary`, `ai_summary_prompt`, `speech_engine`,
                `speech_timeout`, `vad_silence_ms`, `vad_thresh`, `debug_level`}};
                `LiveTranslateSummarizeAction` {`summarize`*: `LiveTranslateSummarizeOptions` {`webhook`,
                `prompt`}}; `LiveTranslateInjectAction` {`inject`*: `LiveTranslateInjectOptions`
                {`message`*, `direction`*}}.
            status_url: HTTP(S) webhook that receives events about the translation session.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(
            COMMANDS["calling.live_translate"], call_id, {"action": action, "status_url": status_url}
        )

    async def transfer(
        self, call_id: str | UUID, *, dest: str | swml.Document | models.Swml | typed_dicts.Swml
    ) -> CallResponse:
        """Hand an active call over to a new destination (phone number, SIP URI, or SWML by URL or inline), which controls the call from then on.

        Sends `calling.transfer` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            dest: Required. Where to send the call: a phone number, a SIP URI, the URL of a SWML document,
                or an inline SWML document (`Swml`). Shape: `Swml` {`version`, `sections`*: `SwmlSections`
                {`main`*}}.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.transfer"], call_id, {"dest": dest})

    async def send_fax_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop sending a fax on the call.

        Sends `calling.send_fax.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the fax transmission to stop, as given when it was
                started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.send_fax.stop"], call_id, {"control_id": control_id})

    async def receive_fax_stop(self, call_id: str | UUID, *, control_id: str) -> CallResponse:
        """Stop receiving a fax on the call.

        Sends `calling.receive_fax.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required. `control_id` of the fax reception to stop, as given when it was started.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.receive_fax.stop"], call_id, {"control_id": control_id})

    async def refer(
        self,
        call_id: str | UUID,
        *,
        device: models.ReferDevice | typed_dicts.ReferDevice,
        status_url: str | None = None,
    ) -> CallResponse:
        """Transfer a SIP call with a SIP REFER, asking the SIP endpoint on the other side to connect to a new SIP target.

        Sends `calling.refer` (never retried once it may have reached SignalWire).

        Nested params take the models of `signalwire_calling.models` named with each, or dicts of the
        TypedDicts of the same names in `signalwire_calling.typed_dicts`; `*` marks a required field.

        Args:
            call_id: The call to act on (its UUID).
            device: Required. Where the call should be referred. Shape: `ReferDevice` {`type`*='sip',
                `params`*: `ReferSipParams` {`to`*, `from`, `username`, `password`}}.
            status_url: HTTP(S) webhook that receives progress events for the REFER.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.refer"], call_id, {"device": device, "status_url": status_url})

    async def user_event(self, call_id: str | UUID, *, event: Mapping[str, Any]) -> CallResponse:
        """Fire a custom event carrying your own JSON data on the call.

        Sends `calling.user_event` (never retried once it may have reached SignalWire).

        Args:
            call_id: The call to act on (its UUID).
            event: Required. Arbitrary JSON object delivered as the event's data.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        return await self._send(COMMANDS["calling.user_event"], call_id, {"event": event})


class _AsyncRawCalling(AsyncCalling):
    """The commands of `with_raw_response`: `dial` answers the `APIResponse` itself, not a handle."""

    _answers_handles = False


class AsyncCallingWithRawResponse:
    """`client.calling.with_raw_response` on a `AsyncRestClient`: each command answers an `APIResponse`."""

    def __init__(self, calling: AsyncCalling) -> None:
        self.dial = as_async_leg_response(calling.dial)
        self.update = as_async_raw_response(calling.update)
        self.end = as_async_raw_response(calling.end)
        self.disconnect = as_async_raw_response(calling.disconnect)
        self.ai_hold = as_async_raw_response(calling.ai_hold)
        self.ai_unhold = as_async_raw_response(calling.ai_unhold)
        self.ai_message = as_async_raw_response(calling.ai_message)
        self.ai_stop = as_async_raw_response(calling.ai_stop)
        self.ai_sidecar = as_async_raw_response(calling.ai_sidecar)
        self.ai_sidecar_poke = as_async_raw_response(calling.ai_sidecar_poke)
        self.ai_sidecar_ask = as_async_raw_response(calling.ai_sidecar_ask)
        self.ai_sidecar_stop = as_async_raw_response(calling.ai_sidecar_stop)
        self.ai_sidecar_status = as_async_raw_response(calling.ai_sidecar_status)
        self.play = as_async_raw_response(calling.play)
        self.play_pause = as_async_raw_response(calling.play_pause)
        self.play_resume = as_async_raw_response(calling.play_resume)
        self.play_stop = as_async_raw_response(calling.play_stop)
        self.play_volume = as_async_raw_response(calling.play_volume)
        self.record = as_async_raw_response(calling.record)
        self.record_pause = as_async_raw_response(calling.record_pause)
        self.record_resume = as_async_raw_response(calling.record_resume)
        self.record_stop = as_async_raw_response(calling.record_stop)
        self.collect = as_async_raw_response(calling.collect)
        self.collect_stop = as_async_raw_response(calling.collect_stop)
        self.collect_start_input_timers = as_async_raw_response(calling.collect_start_input_timers)
        self.detect = as_async_raw_response(calling.detect)
        self.detect_stop = as_async_raw_response(calling.detect_stop)
        self.tap = as_async_raw_response(calling.tap)
        self.tap_stop = as_async_raw_response(calling.tap_stop)
        self.transcribe = as_async_raw_response(calling.transcribe)
        self.transcribe_stop = as_async_raw_response(calling.transcribe_stop)
        self.stream = as_async_raw_response(calling.stream)
        self.stream_stop = as_async_raw_response(calling.stream_stop)
        self.denoise = as_async_raw_response(calling.denoise)
        self.denoise_stop = as_async_raw_response(calling.denoise_stop)
        self.live_transcribe = as_async_raw_response(calling.live_transcribe)
        self.live_translate = as_async_raw_response(calling.live_translate)
        self.transfer = as_async_raw_response(calling.transfer)
        self.send_fax_stop = as_async_raw_response(calling.send_fax_stop)
        self.receive_fax_stop = as_async_raw_response(calling.receive_fax_stop)
        self.refer = as_async_raw_response(calling.refer)
        self.user_event = as_async_raw_response(calling.user_event)


AsyncCalling._raw_calling = _AsyncRawCalling
AsyncCalling._raw_view = AsyncCallingWithRawResponse
