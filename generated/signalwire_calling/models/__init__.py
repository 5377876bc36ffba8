"""The attrs models of spec/calling.yaml, each imported on first use. Generated from spec/ by generator/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from .ai_call_info import AiCallInfo
    from .ai_message_reset import AiMessageReset
    from .ai_message_role import AiMessageRole
    from .ai_sidecar_callback_payload import AiSidecarCallbackPayload
    from .ai_sidecar_channel_data import AiSidecarChannelData
    from .ai_sidecar_event import AiSidecarEvent
    from .ai_sidecar_event_type import AiSidecarEventType
    from .api_error_item import ApiErrorItem
    from .bad_request_body import BadRequestBody
    from .call_direction import CallDirection
    from .call_leg import CallLeg
    from .call_leg_type import CallLegType
    from .call_response_status import CallResponseStatus
    from .call_source import CallSource
    from .call_status_event import CallStatusEvent
    from .charge_details import ChargeDetails
    from .collect_digits_params import CollectDigitsParams
    from .collect_speech_engine import CollectSpeechEngine
    from .collect_speech_params import CollectSpeechParams
    from .detect_digit_config import DetectDigitConfig
    from .detect_digit_params import DetectDigitParams
    from .detect_fax_config import DetectFaxConfig
    from .detect_fax_params import DetectFaxParams
    from .detect_fax_tone import DetectFaxTone
    from .detect_machine_config import DetectMachineConfig
    from .detect_machine_params import DetectMachineParams
    from .fabric_device_leg import FabricDeviceLeg
    from .hangup_reason import HangupReason
    from .http_method import HttpMethod
    from .inbound_call import InboundCall
    from .inbound_call_dial_winner import InboundCallDialWinner
    from .inbound_call_direction import InboundCallDirection
    from .inbound_call_header import InboundCallHeader
    from .inbound_call_parent import InboundCallParent
    from .inbound_call_peer import InboundCallPeer
    from .inbound_call_sip_data import InboundCallSipData
    from .inbound_call_sip_data_sip_contact_params import InboundCallSipDataSipContactParams
    from .inbound_call_type import InboundCallType
    from .inbound_call_webhook_payload import InboundCallWebhookPayload
    from .inbound_call_webhook_payload_envs import InboundCallWebhookPayloadEnvs
    from .inbound_call_webhook_payload_params import InboundCallWebhookPayloadParams
    from .inbound_call_webhook_payload_vars import InboundCallWebhookPayloadVars
    from .internal_server_error_body import InternalServerErrorBody
    from .live_transcribe_start_action import LiveTranscribeStartAction
    from .live_transcribe_start_options import LiveTranscribeStartOptions
    from .live_transcribe_summarize_action import LiveTranscribeSummarizeAction
    from .live_transcribe_summarize_options import LiveTranscribeSummarizeOptions
    from .live_translate_inject_action import LiveTranslateInjectAction
    from .live_translate_inject_options import LiveTranslateInjectOptions
    from .live_translate_start_action import LiveTranslateStartAction
    from .live_translate_start_options import LiveTranslateStartOptions
    from .live_translate_summarize_action import LiveTranslateSummarizeAction
    from .live_translate_summarize_options import LiveTranslateSummarizeOptions
    from .mcp_server import McpServer
    from .mcp_server_headers import McpServerHeaders
    from .mcp_server_resource_vars import McpServerResourceVars
    from .not_found_body import NotFoundBody
    from .outbound_call_codec import OutboundCallCodec
    from .play_audio_item import PlayAudioItem
    from .play_audio_params import PlayAudioParams
    from .play_direction import PlayDirection
    from .play_ringtone_item import PlayRingtoneItem
    from .play_ringtone_name import PlayRingtoneName
    from .play_ringtone_params import PlayRingtoneParams
    from .play_silence_item import PlaySilenceItem
    from .play_silence_params import PlaySilenceParams
    from .play_tts_item import PlayTtsItem
    from .play_tts_params import PlayTtsParams
    from .pom_body_section import PomBodySection
    from .pom_bullets_section import PomBulletsSection
    from .record_audio_params import RecordAudioParams
    from .record_config import RecordConfig
    from .record_format import RecordFormat
    from .record_pause_behavior import RecordPauseBehavior
    from .refer_device import ReferDevice
    from .refer_sip_params import ReferSipParams
    from .sidecar_array_param import SidecarArrayParam
    from .sidecar_boolean_param import SidecarBooleanParam
    from .sidecar_function_parameters import SidecarFunctionParameters
    from .sidecar_function_parameters_properties import SidecarFunctionParametersProperties
    from .sidecar_integer_param import SidecarIntegerParam
    from .sidecar_model import SidecarModel
    from .sidecar_number_param import SidecarNumberParam
    from .sidecar_object_param import SidecarObjectParam
    from .sidecar_object_param_properties import SidecarObjectParamProperties
    from .sidecar_permissions import SidecarPermissions
    from .sidecar_prompt_file import SidecarPromptFile
    from .sidecar_prompt_pom import SidecarPromptPom
    from .sidecar_prompt_text import SidecarPromptText
    from .sidecar_settings import SidecarSettings
    from .sidecar_string_param import SidecarStringParam
    from .sidecar_summarize_action import SidecarSummarizeAction
    from .sidecar_summarize_options import SidecarSummarizeOptions
    from .sidecar_swaig import SidecarSwaig
    from .sidecar_swaig_defaults import SidecarSwaigDefaults
    from .sidecar_swaig_function import SidecarSwaigFunction
    from .speech_engine import SpeechEngine
    from .stream_state import StreamState
    from .stream_status import StreamStatus
    from .stream_status_callback_payload import StreamStatusCallbackPayload
    from .stream_status_event_type import StreamStatusEventType
    from .stream_track import StreamTrack
    from .swml import Swml
    from .swml_sections import SwmlSections
    from .swml_version import SwmlVersion
    from .tap_audio_params import TapAudioParams
    from .tap_codec import TapCodec
    from .tap_config import TapConfig
    from .tap_device_rtp import TapDeviceRtp
    from .tap_device_ws import TapDeviceWs
    from .tap_ptime import TapPtime
    from .tap_rtp_params import TapRtpParams
    from .tap_ws_params import TapWsParams
    from .transcribe_direction import TranscribeDirection
    from .transcribe_status import TranscribeStatus
    from .transcribe_status_callback_payload import TranscribeStatusCallbackPayload
    from .transcribe_status_event_type import TranscribeStatusEventType
    from .translation_filter_preset import TranslationFilterPreset
    from .tts_gender import TtsGender
    from .unauthorized_body import UnauthorizedBody
    from .unprocessable_entity_body import UnprocessableEntityBody
    from .update_call_status import UpdateCallStatus

_MODULES: dict[str, str] = {
    "AiCallInfo": "ai_call_info",
    "AiMessageReset": "ai_message_reset",
    "AiMessageRole": "ai_message_role",
    "AiSidecarCallbackPayload": "ai_sidecar_callback_payload",
    "AiSidecarChannelData": "ai_sidecar_channel_data",
    "AiSidecarEvent": "ai_sidecar_event",
    "AiSidecarEventType": "ai_sidecar_event_type",
    "ApiErrorItem": "api_error_item",
    "BadRequestBody": "bad_request_body",
    "CallDirection": "call_direction",
    "CallLeg": "call_leg",
    "CallLegType": "call_leg_type",
    "CallResponseStatus": "call_response_status",
    "CallSource": "call_source",
    "CallStatusEvent": "call_status_event",
    "ChargeDetails": "charge_details",
    "CollectDigitsParams": "collect_digits_params",
    "CollectSpeechEngine": "collect_speech_engine",
    "CollectSpeechParams": "collect_speech_params",
    "DetectDigitConfig": "detect_digit_config",
    "DetectDigitParams": "detect_digit_params",
    "DetectFaxConfig": "detect_fax_config",
    "DetectFaxParams": "detect_fax_params",
    "DetectFaxTone": "detect_fax_tone",
    "DetectMachineConfig": "detect_machine_config",
    "DetectMachineParams": "detect_machine_params",
    "FabricDeviceLeg": "fabric_device_leg",
    "HangupReason": "hangup_reason",
    "HttpMethod": "http_method",
    "InboundCall": "inbound_call",
    "InboundCallDialWinner": "inbound_call_dial_winner",
    "InboundCallDirection": "inbound_call_direction",
    "InboundCallHeader": "inbound_call_header",
    "InboundCallParent": "inbound_call_parent",
    "InboundCallPeer": "inbound_call_peer",
    "InboundCallSipData": "inbound_call_sip_data",
    "InboundCallSipDataSipContactParams": "inbound_call_sip_data_sip_contact_params",
    "InboundCallType": "inbound_call_type",
    "InboundCallWebhookPayload": "inbound_call_webhook_payload",
    "InboundCallWebhookPayloadEnvs": "inbound_call_webhook_payload_envs",
    "InboundCallWebhookPayloadParams": "inbound_call_webhook_payload_params",
    "InboundCallWebhookPayloadVars": "inbound_call_webhook_payload_vars",
    "InternalServerErrorBody": "internal_server_error_body",
    "LiveTranscribeStartAction": "live_transcribe_start_action",
    "LiveTranscribeStartOptions": "live_transcribe_start_options",
    "LiveTranscribeSummarizeAction": "live_transcribe_summarize_action",
    "LiveTranscribeSummarizeOptions": "live_transcribe_summarize_options",
    "LiveTranslateInjectAction": "live_translate_inject_action",
    "LiveTranslateInjectOptions": "live_translate_inject_options",
    "LiveTranslateStartAction": "live_translate_start_action",
    "LiveTranslateStartOptions": "live_translate_start_options",
    "LiveTranslateSummarizeAction": "live_translate_summarize_action",
    "LiveTranslateSummarizeOptions": "live_translate_summarize_options",
    "McpServer": "mcp_server",
    "McpServerHeaders": "mcp_server_headers",
    "McpServerResourceVars": "mcp_server_resource_vars",
    "NotFoundBody": "not_found_body",
    "OutboundCallCodec": "outbound_call_codec",
    "PlayAudioItem": "play_audio_item",
    "PlayAudioParams": "play_audio_params",
    "PlayDirection": "play_direction",
    "PlayRingtoneItem": "play_ringtone_item",
    "PlayRingtoneName": "play_ringtone_name",
    "PlayRingtoneParams": "play_ringtone_params",
    "PlaySilenceItem": "play_silence_item",
    "PlaySilenceParams": "play_silence_params",
    "PlayTtsItem": "play_tts_item",
    "PlayTtsParams": "play_tts_params",
    "PomBodySection": "pom_body_section",
    "PomBulletsSection": "pom_bullets_section",
    "RecordAudioParams": "record_audio_params",
    "RecordConfig": "record_config",
    "RecordFormat": "record_format",
    "RecordPauseBehavior": "record_pause_behavior",
    "ReferDevice": "refer_device",
    "ReferSipParams": "refer_sip_params",
    "SidecarArrayParam": "sidecar_array_param",
    "SidecarBooleanParam": "sidecar_boolean_param",
    "SidecarFunctionParameters": "sidecar_function_parameters",
    "SidecarFunctionParametersProperties": "sidecar_function_parameters_properties",
    "SidecarIntegerParam": "sidecar_integer_param",
    "SidecarModel": "sidecar_model",
    "SidecarNumberParam": "sidecar_number_param",
    "SidecarObjectParam": "sidecar_object_param",
    "SidecarObjectParamProperties": "sidecar_object_param_properties",
    "SidecarPermissions": "sidecar_permissions",
    "SidecarPromptFile": "sidecar_prompt_file",
    "SidecarPromptPom": "sidecar_prompt_pom",
    "SidecarPromptText": "sidecar_prompt_text",
    "SidecarSettings": "sidecar_settings",
    "SidecarStringParam": "sidecar_string_param",
    "SidecarSummarizeAction": "sidecar_summarize_action",
    "SidecarSummarizeOptions": "sidecar_summarize_options",
    "SidecarSwaig": "sidecar_swaig",
    "SidecarSwaigDefaults": "sidecar_swaig_defaults",
    "SidecarSwaigFunction": "sidecar_swaig_function",
    "SpeechEngine": "speech_engine",
    "StreamState": "stream_state",
    "StreamStatus": "stream_status",
    "StreamStatusCallbackPayload": "stream_status_callback_payload",
    "StreamStatusEventType": "stream_status_event_type",
    "StreamTrack": "stream_track",
    "Swml": "swml",
    "SwmlSections": "swml_sections",
    "SwmlVersion": "swml_version",
    "TapAudioParams": "tap_audio_params",
    "TapCodec": "tap_codec",
    "TapConfig": "tap_config",
    "TapDeviceRtp": "tap_device_rtp",
    "TapDeviceWs": "tap_device_ws",
    "TapPtime": "tap_ptime",
    "TapRtpParams": "tap_rtp_params",
    "TapWsParams": "tap_ws_params",
    "TranscribeDirection": "transcribe_direction",
    "TranscribeStatus": "transcribe_status",
    "TranscribeStatusCallbackPayload": "transcribe_status_callback_payload",
    "TranscribeStatusEventType": "transcribe_status_event_type",
    "TranslationFilterPreset": "translation_filter_preset",
    "TtsGender": "tts_gender",
    "UnauthorizedBody": "unauthorized_body",
    "UnprocessableEntityBody": "unprocessable_entity_body",
    "UpdateCallStatus": "update_call_status",
}

__all__ = [
    "AiCallInfo",
    "AiMessageReset",
    "AiMessageRole",
    "AiSidecarCallbackPayload",
    "AiSidecarChannelData",
    "AiSidecarEvent",
    "AiSidecarEventType",
    "ApiErrorItem",
    "BadRequestBody",
    "CallDirection",
    "CallLeg",
    "CallLegType",
    "CallResponseStatus",
    "CallSource",
    "CallStatusEvent",
    "ChargeDetails",
    "CollectDigitsParams",
    "CollectSpeechEngine",
    "CollectSpeechParams",
    "DetectDigitConfig",
    "DetectDigitParams",
    "DetectFaxConfig",
    "DetectFaxParams",
    "DetectFaxTone",
    "DetectMachineConfig",
    "DetectMachineParams",
    "FabricDeviceLeg",
    "HangupReason",
    "HttpMethod",
    "InboundCall",
    "InboundCallDialWinner",
    "InboundCallDirection",
    "InboundCallHeader",
    "InboundCallParent",
    "InboundCallPeer",
    "InboundCallSipData",
    "InboundCallSipDataSipContactParams",
    "InboundCallType",
    "InboundCallWebhookPayload",
    "InboundCallWebhookPayloadEnvs",
    "InboundCallWebhookPayloadParams",
    "InboundCallWebhookPayloadVars",
    "InternalServerErrorBody",
    "LiveTranscribeStartAction",
    "LiveTranscribeStartOptions",
    "LiveTranscribeSummarizeAction",
    "LiveTranscribeSummarizeOptions",
    "LiveTranslateInjectAction",
    "LiveTranslateInjectOptions",
    "LiveTranslateStartAction",
    "LiveTranslateStartOptions",
    "LiveTranslateSummarizeAction",
    "LiveTranslateSummarizeOptions",
    "McpServer",
    "McpServerHeaders",
    "McpServerResourceVars",
    "NotFoundBody",
    "OutboundCallCodec",
    "PlayAudioItem",
    "PlayAudioParams",
    "PlayDirection",
    "PlayRingtoneItem",
    "PlayRingtoneName",
    "PlayRingtoneParams",
    "PlaySilenceItem",
    "PlaySilenceParams",
    "PlayTtsItem",
    "PlayTtsParams",
    "PomBodySection",
    "PomBulletsSection",
    "RecordAudioParams",
    "RecordConfig",
    "RecordFormat",
    "RecordPauseBehavior",
    "ReferDevice",
    "ReferSipParams",
    "SidecarArrayParam",
    "SidecarBooleanParam",
    "SidecarFunctionParameters",
    "SidecarFunctionParametersProperties",
    "SidecarIntegerParam",
    "SidecarModel",
    "SidecarNumberParam",
    "SidecarObjectParam",
    "SidecarObjectParamProperties",
    "SidecarPermissions",
    "SidecarPromptFile",
    "SidecarPromptPom",
    "SidecarPromptText",
    "SidecarSettings",
    "SidecarStringParam",
    "SidecarSummarizeAction",
    "SidecarSummarizeOptions",
    "SidecarSwaig",
    "SidecarSwaigDefaults",
    "SidecarSwaigFunction",
    "SpeechEngine",
    "StreamState",
    "StreamStatus",
    "StreamStatusCallbackPayload",
    "StreamStatusEventType",
    "StreamTrack",
    "Swml",
    "SwmlSections",
    "SwmlVersion",
    "TapAudioParams",
    "TapCodec",
    "TapConfig",
    "TapDeviceRtp",
    "TapDeviceWs",
    "TapPtime",
    "TapRtpParams",
    "TapWsParams",
    "TranscribeDirection",
    "TranscribeStatus",
    "TranscribeStatusCallbackPayload",
    "TranscribeStatusEventType",
    "TranslationFilterPreset",
    "TtsGender",
    "UnauthorizedBody",
    "UnprocessableEntityBody",
    "UpdateCallStatus",
]

__getattr__, __dir__ = lazy_attributes(__name__, _MODULES)
