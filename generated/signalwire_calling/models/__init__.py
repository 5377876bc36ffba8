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
    from .call_created_by import CallCreatedBy
    from .call_direction import CallDirection
    from .call_end_source import CallEndSource
    from .call_leg import CallLeg
    from .call_leg_type import CallLegType
    from .call_response_status import CallResponseStatus
    from .call_source import CallSource
    from .call_state import CallState
    from .call_state_direction import CallStateDirection
    from .call_state_event import CallStateEvent
    from .call_state_event_params import CallStateEventParams
    from .call_state_event_params_sip_data import CallStateEventParamsSipData
    from .call_state_parent import CallStateParent
    from .call_state_peer import CallStatePeer
    from .call_status_event import CallStatusEvent
    from .charge_details import ChargeDetails
    from .collect_digit_result import CollectDigitResult
    from .collect_digit_result_params import CollectDigitResultParams
    from .collect_digits_params import CollectDigitsParams
    from .collect_event import CollectEvent
    from .collect_event_params import CollectEventParams
    from .collect_event_state import CollectEventState
    from .collect_other_result import CollectOtherResult
    from .collect_other_result_params import CollectOtherResultParams
    from .collect_result_type import CollectResultType
    from .collect_speech_engine import CollectSpeechEngine
    from .collect_speech_params import CollectSpeechParams
    from .collect_speech_result import CollectSpeechResult
    from .collect_speech_result_params import CollectSpeechResultParams
    from .connect_event import ConnectEvent
    from .connect_event_params import ConnectEventParams
    from .connect_peer import ConnectPeer
    from .connect_state import ConnectState
    from .denoise_event import DenoiseEvent
    from .denoise_event_params import DenoiseEventParams
    from .detect_digit_config import DetectDigitConfig
    from .detect_digit_params import DetectDigitParams
    from .detect_digit_result import DetectDigitResult
    from .detect_digit_result_params import DetectDigitResultParams
    from .detect_digit_verdict import DetectDigitVerdict
    from .detect_event import DetectEvent
    from .detect_event_params import DetectEventParams
    from .detect_fax_config import DetectFaxConfig
    from .detect_fax_params import DetectFaxParams
    from .detect_fax_result import DetectFaxResult
    from .detect_fax_result_params import DetectFaxResultParams
    from .detect_fax_tone import DetectFaxTone
    from .detect_fax_verdict import DetectFaxVerdict
    from .detect_machine_config import DetectMachineConfig
    from .detect_machine_params import DetectMachineParams
    from .detect_machine_result import DetectMachineResult
    from .detect_machine_result_params import DetectMachineResultParams
    from .detect_machine_verdict import DetectMachineVerdict
    from .detect_other_result import DetectOtherResult
    from .detect_other_result_params import DetectOtherResultParams
    from .dial_event import DialEvent
    from .dial_event_params import DialEventParams
    from .dial_state import DialState
    from .event_audio_direction import EventAudioDirection
    from .event_device import EventDevice
    from .event_device_params import EventDeviceParams
    from .fabric_device_leg import FabricDeviceLeg
    from .fax_event import FaxEvent
    from .fax_event_info import FaxEventInfo
    from .fax_event_info_params import FaxEventInfoParams
    from .fax_event_params import FaxEventParams
    from .generic_event import GenericEvent
    from .generic_event_params import GenericEventParams
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
    from .play_event import PlayEvent
    from .play_event_params import PlayEventParams
    from .play_event_state import PlayEventState
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
    from .record_event import RecordEvent
    from .record_event_audio import RecordEventAudio
    from .record_event_params import RecordEventParams
    from .record_event_settings import RecordEventSettings
    from .record_event_state import RecordEventState
    from .record_format import RecordFormat
    from .record_pause_behavior import RecordPauseBehavior
    from .refer_device import ReferDevice
    from .refer_event import ReferEvent
    from .refer_event_params import ReferEventParams
    from .refer_event_state import ReferEventState
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
    from .stream_event import StreamEvent
    from .stream_event_params import StreamEventParams
    from .stream_event_type import StreamEventType
    from .stream_state import StreamState
    from .stream_track import StreamTrack
    from .swml import Swml
    from .swml_sections import SwmlSections
    from .swml_version import SwmlVersion
    from .tap_audio_params import TapAudioParams
    from .tap_codec import TapCodec
    from .tap_config import TapConfig
    from .tap_device_rtp import TapDeviceRtp
    from .tap_device_ws import TapDeviceWs
    from .tap_event import TapEvent
    from .tap_event_device import TapEventDevice
    from .tap_event_device_params import TapEventDeviceParams
    from .tap_event_media import TapEventMedia
    from .tap_event_media_params import TapEventMediaParams
    from .tap_event_params import TapEventParams
    from .tap_event_state import TapEventState
    from .tap_ptime import TapPtime
    from .tap_rtp_params import TapRtpParams
    from .tap_ws_params import TapWsParams
    from .transcribe_direction import TranscribeDirection
    from .transcribe_event import TranscribeEvent
    from .transcribe_event_params import TranscribeEventParams
    from .transcribe_event_state import TranscribeEventState
    from .transcript_event import TranscriptEvent
    from .transcript_event_params import TranscriptEventParams
    from .transcript_event_type import TranscriptEventType
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
    "CallCreatedBy": "call_created_by",
    "CallDirection": "call_direction",
    "CallEndSource": "call_end_source",
    "CallLeg": "call_leg",
    "CallLegType": "call_leg_type",
    "CallResponseStatus": "call_response_status",
    "CallSource": "call_source",
    "CallState": "call_state",
    "CallStateDirection": "call_state_direction",
    "CallStateEvent": "call_state_event",
    "CallStateEventParams": "call_state_event_params",
    "CallStateEventParamsSipData": "call_state_event_params_sip_data",
    "CallStateParent": "call_state_parent",
    "CallStatePeer": "call_state_peer",
    "CallStatusEvent": "call_status_event",
    "ChargeDetails": "charge_details",
    "CollectDigitResult": "collect_digit_result",
    "CollectDigitResultParams": "collect_digit_result_params",
    "CollectDigitsParams": "collect_digits_params",
    "CollectEvent": "collect_event",
    "CollectEventParams": "collect_event_params",
    "CollectEventState": "collect_event_state",
    "CollectOtherResult": "collect_other_result",
    "CollectOtherResultParams": "collect_other_result_params",
    "CollectResultType": "collect_result_type",
    "CollectSpeechEngine": "collect_speech_engine",
    "CollectSpeechParams": "collect_speech_params",
    "CollectSpeechResult": "collect_speech_result",
    "CollectSpeechResultParams": "collect_speech_result_params",
    "ConnectEvent": "connect_event",
    "ConnectEventParams": "connect_event_params",
    "ConnectPeer": "connect_peer",
    "ConnectState": "connect_state",
    "DenoiseEvent": "denoise_event",
    "DenoiseEventParams": "denoise_event_params",
    "DetectDigitConfig": "detect_digit_config",
    "DetectDigitParams": "detect_digit_params",
    "DetectDigitResult": "detect_digit_result",
    "DetectDigitResultParams": "detect_digit_result_params",
    "DetectDigitVerdict": "detect_digit_verdict",
    "DetectEvent": "detect_event",
    "DetectEventParams": "detect_event_params",
    "DetectFaxConfig": "detect_fax_config",
    "DetectFaxParams": "detect_fax_params",
    "DetectFaxResult": "detect_fax_result",
    "DetectFaxResultParams": "detect_fax_result_params",
    "DetectFaxTone": "detect_fax_tone",
    "DetectFaxVerdict": "detect_fax_verdict",
    "DetectMachineConfig": "detect_machine_config",
    "DetectMachineParams": "detect_machine_params",
    "DetectMachineResult": "detect_machine_result",
    "DetectMachineResultParams": "detect_machine_result_params",
    "DetectMachineVerdict": "detect_machine_verdict",
    "DetectOtherResult": "detect_other_result",
    "DetectOtherResultParams": "detect_other_result_params",
    "DialEvent": "dial_event",
    "DialEventParams": "dial_event_params",
    "DialState": "dial_state",
    "EventAudioDirection": "event_audio_direction",
    "EventDevice": "event_device",
    "EventDeviceParams": "event_device_params",
    "FabricDeviceLeg": "fabric_device_leg",
    "FaxEvent": "fax_event",
    "FaxEventInfo": "fax_event_info",
    "FaxEventInfoParams": "fax_event_info_params",
    "FaxEventParams": "fax_event_params",
    "GenericEvent": "generic_event",
    "GenericEventParams": "generic_event_params",
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
    "PlayEvent": "play_event",
    "PlayEventParams": "play_event_params",
    "PlayEventState": "play_event_state",
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
    "RecordEvent": "record_event",
    "RecordEventAudio": "record_event_audio",
    "RecordEventParams": "record_event_params",
    "RecordEventSettings": "record_event_settings",
    "RecordEventState": "record_event_state",
    "RecordFormat": "record_format",
    "RecordPauseBehavior": "record_pause_behavior",
    "ReferDevice": "refer_device",
    "ReferEvent": "refer_event",
    "ReferEventParams": "refer_event_params",
    "ReferEventState": "refer_event_state",
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
    "StreamEvent": "stream_event",
    "StreamEventParams": "stream_event_params",
    "StreamEventType": "stream_event_type",
    "StreamState": "stream_state",
    "StreamTrack": "stream_track",
    "Swml": "swml",
    "SwmlSections": "swml_sections",
    "SwmlVersion": "swml_version",
    "TapAudioParams": "tap_audio_params",
    "TapCodec": "tap_codec",
    "TapConfig": "tap_config",
    "TapDeviceRtp": "tap_device_rtp",
    "TapDeviceWs": "tap_device_ws",
    "TapEvent": "tap_event",
    "TapEventDevice": "tap_event_device",
    "TapEventDeviceParams": "tap_event_device_params",
    "TapEventMedia": "tap_event_media",
    "TapEventMediaParams": "tap_event_media_params",
    "TapEventParams": "tap_event_params",
    "TapEventState": "tap_event_state",
    "TapPtime": "tap_ptime",
    "TapRtpParams": "tap_rtp_params",
    "TapWsParams": "tap_ws_params",
    "TranscribeDirection": "transcribe_direction",
    "TranscribeEvent": "transcribe_event",
    "TranscribeEventParams": "transcribe_event_params",
    "TranscribeEventState": "transcribe_event_state",
    "TranscriptEvent": "transcript_event",
    "TranscriptEventParams": "transcript_event_params",
    "TranscriptEventType": "transcript_event_type",
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
    "CallCreatedBy",
    "CallDirection",
    "CallEndSource",
    "CallLeg",
    "CallLegType",
    "CallResponseStatus",
    "CallSource",
    "CallState",
    "CallStateDirection",
    "CallStateEvent",
    "CallStateEventParams",
    "CallStateEventParamsSipData",
    "CallStateParent",
    "CallStatePeer",
    "CallStatusEvent",
    "ChargeDetails",
    "CollectDigitResult",
    "CollectDigitResultParams",
    "CollectDigitsParams",
    "CollectEvent",
    "CollectEventParams",
    "CollectEventState",
    "CollectOtherResult",
    "CollectOtherResultParams",
    "CollectResultType",
    "CollectSpeechEngine",
    "CollectSpeechParams",
    "CollectSpeechResult",
    "CollectSpeechResultParams",
    "ConnectEvent",
    "ConnectEventParams",
    "ConnectPeer",
    "ConnectState",
    "DenoiseEvent",
    "DenoiseEventParams",
    "DetectDigitConfig",
    "DetectDigitParams",
    "DetectDigitResult",
    "DetectDigitResultParams",
    "DetectDigitVerdict",
    "DetectEvent",
    "DetectEventParams",
    "DetectFaxConfig",
    "DetectFaxParams",
    "DetectFaxResult",
    "DetectFaxResultParams",
    "DetectFaxTone",
    "DetectFaxVerdict",
    "DetectMachineConfig",
    "DetectMachineParams",
    "DetectMachineResult",
    "DetectMachineResultParams",
    "DetectMachineVerdict",
    "DetectOtherResult",
    "DetectOtherResultParams",
    "DialEvent",
    "DialEventParams",
    "DialState",
    "EventAudioDirection",
    "EventDevice",
    "EventDeviceParams",
    "FabricDeviceLeg",
    "FaxEvent",
    "FaxEventInfo",
    "FaxEventInfoParams",
    "FaxEventParams",
    "GenericEvent",
    "GenericEventParams",
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
    "PlayEvent",
    "PlayEventParams",
    "PlayEventState",
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
    "RecordEvent",
    "RecordEventAudio",
    "RecordEventParams",
    "RecordEventSettings",
    "RecordEventState",
    "RecordFormat",
    "RecordPauseBehavior",
    "ReferDevice",
    "ReferEvent",
    "ReferEventParams",
    "ReferEventState",
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
    "StreamEvent",
    "StreamEventParams",
    "StreamEventType",
    "StreamState",
    "StreamTrack",
    "Swml",
    "SwmlSections",
    "SwmlVersion",
    "TapAudioParams",
    "TapCodec",
    "TapConfig",
    "TapDeviceRtp",
    "TapDeviceWs",
    "TapEvent",
    "TapEventDevice",
    "TapEventDeviceParams",
    "TapEventMedia",
    "TapEventMediaParams",
    "TapEventParams",
    "TapEventState",
    "TapPtime",
    "TapRtpParams",
    "TapWsParams",
    "TranscribeDirection",
    "TranscribeEvent",
    "TranscribeEventParams",
    "TranscribeEventState",
    "TranscriptEvent",
    "TranscriptEventParams",
    "TranscriptEventType",
    "TranslationFilterPreset",
    "TtsGender",
    "UnauthorizedBody",
    "UnprocessableEntityBody",
    "UpdateCallStatus",
]

__getattr__, __dir__ = lazy_attributes(__name__, _MODULES)
