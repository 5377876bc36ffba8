"""Contains all the data models used in inputs/outputs"""

from .ai_hold_params import AiHoldParams
from .ai_hold_request import AiHoldRequest
from .ai_message_params import AiMessageParams
from .ai_message_params_global_data import AiMessageParamsGlobalData
from .ai_message_request import AiMessageRequest
from .ai_message_reset import AiMessageReset
from .ai_message_role import AiMessageRole
from .ai_sidecar_ask_params import AiSidecarAskParams
from .ai_sidecar_ask_request import AiSidecarAskRequest
from .ai_sidecar_params import AiSidecarParams
from .ai_sidecar_params_global_data import AiSidecarParamsGlobalData
from .ai_sidecar_poke_params import AiSidecarPokeParams
from .ai_sidecar_poke_request import AiSidecarPokeRequest
from .ai_sidecar_request import AiSidecarRequest
from .ai_sidecar_status_params import AiSidecarStatusParams
from .ai_sidecar_status_request import AiSidecarStatusRequest
from .ai_sidecar_stop_params import AiSidecarStopParams
from .ai_sidecar_stop_request import AiSidecarStopRequest
from .ai_stop_params import AiStopParams
from .ai_stop_request import AiStopRequest
from .ai_unhold_params import AiUnholdParams
from .ai_unhold_request import AiUnholdRequest
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
from .collect_params import CollectParams
from .collect_request import CollectRequest
from .collect_speech_engine import CollectSpeechEngine
from .collect_speech_params import CollectSpeechParams
from .collect_start_input_timers_params import CollectStartInputTimersParams
from .collect_start_input_timers_request import CollectStartInputTimersRequest
from .collect_stop_params import CollectStopParams
from .collect_stop_request import CollectStopRequest
from .denoise_params import DenoiseParams
from .denoise_request import DenoiseRequest
from .denoise_stop_params import DenoiseStopParams
from .denoise_stop_request import DenoiseStopRequest
from .detect_digit_config import DetectDigitConfig
from .detect_digit_params import DetectDigitParams
from .detect_fax_config import DetectFaxConfig
from .detect_fax_params import DetectFaxParams
from .detect_fax_tone import DetectFaxTone
from .detect_machine_config import DetectMachineConfig
from .detect_machine_params import DetectMachineParams
from .detect_params import DetectParams
from .detect_request import DetectRequest
from .detect_stop_params import DetectStopParams
from .detect_stop_request import DetectStopRequest
from .dial_request import DialRequest
from .dial_swml_params import DialSwmlParams
from .dial_swml_params_custom_variables import DialSwmlParamsCustomVariables
from .dial_url_params import DialUrlParams
from .dial_url_params_custom_variables import DialUrlParamsCustomVariables
from .disconnect_params import DisconnectParams
from .disconnect_request import DisconnectRequest
from .end_params import EndParams
from .end_request import EndRequest
from .fabric_device_leg import FabricDeviceLeg
from .hangup_reason import HangupReason
from .http_method import HttpMethod
from .internal_server_error_body import InternalServerErrorBody
from .live_transcribe_params import LiveTranscribeParams
from .live_transcribe_request import LiveTranscribeRequest
from .live_transcribe_start_action import LiveTranscribeStartAction
from .live_transcribe_start_options import LiveTranscribeStartOptions
from .live_transcribe_summarize_action import LiveTranscribeSummarizeAction
from .live_transcribe_summarize_options import LiveTranscribeSummarizeOptions
from .live_translate_inject_action import LiveTranslateInjectAction
from .live_translate_inject_options import LiveTranslateInjectOptions
from .live_translate_params import LiveTranslateParams
from .live_translate_request import LiveTranslateRequest
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
from .play_params import PlayParams
from .play_pause_params import PlayPauseParams
from .play_pause_request import PlayPauseRequest
from .play_request import PlayRequest
from .play_resume_params import PlayResumeParams
from .play_resume_request import PlayResumeRequest
from .play_ringtone_item import PlayRingtoneItem
from .play_ringtone_name import PlayRingtoneName
from .play_ringtone_params import PlayRingtoneParams
from .play_silence_item import PlaySilenceItem
from .play_silence_params import PlaySilenceParams
from .play_stop_params import PlayStopParams
from .play_stop_request import PlayStopRequest
from .play_tts_item import PlayTtsItem
from .play_tts_params import PlayTtsParams
from .play_volume_params import PlayVolumeParams
from .play_volume_request import PlayVolumeRequest
from .pom_body_section import PomBodySection
from .pom_bullets_section import PomBulletsSection
from .receive_fax_stop_params import ReceiveFaxStopParams
from .receive_fax_stop_request import ReceiveFaxStopRequest
from .record_audio_params import RecordAudioParams
from .record_config import RecordConfig
from .record_format import RecordFormat
from .record_params import RecordParams
from .record_pause_behavior import RecordPauseBehavior
from .record_pause_params import RecordPauseParams
from .record_pause_request import RecordPauseRequest
from .record_request import RecordRequest
from .record_resume_params import RecordResumeParams
from .record_resume_request import RecordResumeRequest
from .record_stop_params import RecordStopParams
from .record_stop_request import RecordStopRequest
from .refer_device import ReferDevice
from .refer_params import ReferParams
from .refer_request import ReferRequest
from .refer_sip_params import ReferSipParams
from .send_fax_stop_params import SendFaxStopParams
from .send_fax_stop_request import SendFaxStopRequest
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
from .stream_params import StreamParams
from .stream_params_custom_parameters import StreamParamsCustomParameters
from .stream_request import StreamRequest
from .stream_stop_params import StreamStopParams
from .stream_stop_request import StreamStopRequest
from .stream_track import StreamTrack
from .swml import Swml
from .swml_sections import SwmlSections
from .swml_version import SwmlVersion
from .tap_audio_params import TapAudioParams
from .tap_codec import TapCodec
from .tap_config import TapConfig
from .tap_device_rtp import TapDeviceRtp
from .tap_device_ws import TapDeviceWs
from .tap_params import TapParams
from .tap_ptime import TapPtime
from .tap_request import TapRequest
from .tap_rtp_params import TapRtpParams
from .tap_stop_params import TapStopParams
from .tap_stop_request import TapStopRequest
from .tap_ws_params import TapWsParams
from .transcribe_direction import TranscribeDirection
from .transcribe_params import TranscribeParams
from .transcribe_request import TranscribeRequest
from .transcribe_stop_params import TranscribeStopParams
from .transcribe_stop_request import TranscribeStopRequest
from .transfer_params import TransferParams
from .transfer_request import TransferRequest
from .translation_filter_preset import TranslationFilterPreset
from .tts_gender import TtsGender
from .unauthorized_body import UnauthorizedBody
from .unprocessable_entity_body import UnprocessableEntityBody
from .update_call_status import UpdateCallStatus
from .update_request import UpdateRequest
from .update_swml_params import UpdateSwmlParams
from .update_url_params import UpdateUrlParams
from .user_event_params import UserEventParams
from .user_event_params_event import UserEventParamsEvent
from .user_event_request import UserEventRequest

__all__ = (
    "AiHoldParams",
    "AiHoldRequest",
    "AiMessageParams",
    "AiMessageParamsGlobalData",
    "AiMessageRequest",
    "AiMessageReset",
    "AiMessageRole",
    "AiSidecarAskParams",
    "AiSidecarAskRequest",
    "AiSidecarParams",
    "AiSidecarParamsGlobalData",
    "AiSidecarPokeParams",
    "AiSidecarPokeRequest",
    "AiSidecarRequest",
    "AiSidecarStatusParams",
    "AiSidecarStatusRequest",
    "AiSidecarStopParams",
    "AiSidecarStopRequest",
    "AiStopParams",
    "AiStopRequest",
    "AiUnholdParams",
    "AiUnholdRequest",
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
    "CollectParams",
    "CollectRequest",
    "CollectSpeechEngine",
    "CollectSpeechParams",
    "CollectStartInputTimersParams",
    "CollectStartInputTimersRequest",
    "CollectStopParams",
    "CollectStopRequest",
    "DenoiseParams",
    "DenoiseRequest",
    "DenoiseStopParams",
    "DenoiseStopRequest",
    "DetectDigitConfig",
    "DetectDigitParams",
    "DetectFaxConfig",
    "DetectFaxParams",
    "DetectFaxTone",
    "DetectMachineConfig",
    "DetectMachineParams",
    "DetectParams",
    "DetectRequest",
    "DetectStopParams",
    "DetectStopRequest",
    "DialRequest",
    "DialSwmlParams",
    "DialSwmlParamsCustomVariables",
    "DialUrlParams",
    "DialUrlParamsCustomVariables",
    "DisconnectParams",
    "DisconnectRequest",
    "EndParams",
    "EndRequest",
    "FabricDeviceLeg",
    "HangupReason",
    "HttpMethod",
    "InternalServerErrorBody",
    "LiveTranscribeParams",
    "LiveTranscribeRequest",
    "LiveTranscribeStartAction",
    "LiveTranscribeStartOptions",
    "LiveTranscribeSummarizeAction",
    "LiveTranscribeSummarizeOptions",
    "LiveTranslateInjectAction",
    "LiveTranslateInjectOptions",
    "LiveTranslateParams",
    "LiveTranslateRequest",
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
    "PlayParams",
    "PlayPauseParams",
    "PlayPauseRequest",
    "PlayRequest",
    "PlayResumeParams",
    "PlayResumeRequest",
    "PlayRingtoneItem",
    "PlayRingtoneName",
    "PlayRingtoneParams",
    "PlaySilenceItem",
    "PlaySilenceParams",
    "PlayStopParams",
    "PlayStopRequest",
    "PlayTtsItem",
    "PlayTtsParams",
    "PlayVolumeParams",
    "PlayVolumeRequest",
    "PomBodySection",
    "PomBulletsSection",
    "ReceiveFaxStopParams",
    "ReceiveFaxStopRequest",
    "RecordAudioParams",
    "RecordConfig",
    "RecordFormat",
    "RecordParams",
    "RecordPauseBehavior",
    "RecordPauseParams",
    "RecordPauseRequest",
    "RecordRequest",
    "RecordResumeParams",
    "RecordResumeRequest",
    "RecordStopParams",
    "RecordStopRequest",
    "ReferDevice",
    "ReferParams",
    "ReferRequest",
    "ReferSipParams",
    "SendFaxStopParams",
    "SendFaxStopRequest",
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
    "StreamParams",
    "StreamParamsCustomParameters",
    "StreamRequest",
    "StreamStopParams",
    "StreamStopRequest",
    "StreamTrack",
    "Swml",
    "SwmlSections",
    "SwmlVersion",
    "TapAudioParams",
    "TapCodec",
    "TapConfig",
    "TapDeviceRtp",
    "TapDeviceWs",
    "TapParams",
    "TapPtime",
    "TapRequest",
    "TapRtpParams",
    "TapStopParams",
    "TapStopRequest",
    "TapWsParams",
    "TranscribeDirection",
    "TranscribeParams",
    "TranscribeRequest",
    "TranscribeStopParams",
    "TranscribeStopRequest",
    "TransferParams",
    "TransferRequest",
    "TranslationFilterPreset",
    "TtsGender",
    "UnauthorizedBody",
    "UnprocessableEntityBody",
    "UpdateCallStatus",
    "UpdateRequest",
    "UpdateSwmlParams",
    "UpdateUrlParams",
    "UserEventParams",
    "UserEventParamsEvent",
    "UserEventRequest",
)
