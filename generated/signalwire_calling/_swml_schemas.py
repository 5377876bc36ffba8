"""The validation schemas of spec/swml.yaml (validation keywords only), by name. Generated from spec/ by generator/; do not edit."""

from __future__ import annotations

from typing import Any, Final

SCHEMAS: Final[dict[str, Any]] = {
    "swml.SWMLObject": {
        "type": "object",
        "properties": {"version": {"type": "string", "const": "1.0.0"}, "sections": {"$ref": "swml.Section"}},
        "required": ["sections"],
        "additionalProperties": False,
    },
    "swml.Section": {
        "type": "object",
        "properties": {"main": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}}},
        "required": ["main"],
        "additionalProperties": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
    },
    "swml.SWMLMethod": {
        "anyOf": [
            {"$ref": "swml.Answer"},
            {"$ref": "swml.AI"},
            {"$ref": "swml.AISidecar"},
            {"$ref": "swml.AmazonBedrock"},
            {"$ref": "swml.Cond"},
            {"$ref": "swml.Connect"},
            {"$ref": "swml.Denoise"},
            {"$ref": "swml.EnterQueue"},
            {"$ref": "swml.Execute"},
            {"$ref": "swml.Goto"},
            {"$ref": "swml.Label"},
            {"$ref": "swml.LiveTranscribe"},
            {"$ref": "swml.LiveTranslate"},
            {"$ref": "swml.Hangup"},
            {"$ref": "swml.JoinRoom"},
            {"$ref": "swml.JoinConference"},
            {"$ref": "swml.Play"},
            {"$ref": "swml.Prompt"},
            {"$ref": "swml.ReceiveFax"},
            {"$ref": "swml.Record"},
            {"$ref": "swml.RecordCall"},
            {"$ref": "swml.Request"},
            {"$ref": "swml.Return"},
            {"$ref": "swml.SendDigits"},
            {"$ref": "swml.SendFax"},
            {"$ref": "swml.SendSMS"},
            {"$ref": "swml.Set"},
            {"$ref": "swml.Sleep"},
            {"$ref": "swml.SIPRefer"},
            {"$ref": "swml.StopDenoise"},
            {"$ref": "swml.StopRecordCall"},
            {"$ref": "swml.StopStream"},
            {"$ref": "swml.StopTap"},
            {"$ref": "swml.Stream"},
            {"$ref": "swml.Switch"},
            {"$ref": "swml.Tap"},
            {"$ref": "swml.Transcribe"},
            {"$ref": "swml.TranscribeStop"},
            {"$ref": "swml.Transfer"},
            {"$ref": "swml.Unset"},
            {"$ref": "swml.Pay"},
            {"$ref": "swml.DetectMachine"},
            {"$ref": "swml.UserEvent"},
        ]
    },
    "swml.Answer": {
        "type": "object",
        "properties": {
            "answer": {
                "type": "object",
                "properties": {
                    "max_duration": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "codecs": {"type": "string"},
                    "username": {"type": "string"},
                    "password": {"type": "string"},
                },
                "additionalProperties": False,
            }
        },
        "required": ["answer"],
        "additionalProperties": False,
    },
    "swml.AI": {
        "type": "object",
        "properties": {"ai": {"$ref": "swml.AIObject"}},
        "required": ["ai"],
        "additionalProperties": False,
    },
    "swml.AISidecar": {
        "type": "object",
        "properties": {"ai_sidecar": {"$ref": "swml.AISidecarObject"}},
        "required": ["ai_sidecar"],
        "additionalProperties": False,
    },
    "swml.AmazonBedrock": {
        "type": "object",
        "properties": {"amazon_bedrock": {"$ref": "swml.AmazonBedrockObject"}},
        "required": ["amazon_bedrock"],
        "additionalProperties": False,
    },
    "swml.Cond": {
        "type": "object",
        "properties": {"cond": {"type": "array", "items": {"$ref": "swml.CondParams"}}},
        "required": ["cond"],
        "additionalProperties": False,
    },
    "swml.Connect": {
        "type": "object",
        "properties": {
            "connect": {
                "oneOf": [
                    {"$ref": "swml.ConnectDeviceSingle"},
                    {"$ref": "swml.ConnectDeviceSerial"},
                    {"$ref": "swml.ConnectDeviceParallel"},
                    {"$ref": "swml.ConnectDeviceSerialParallel"},
                ]
            }
        },
        "required": ["connect"],
        "additionalProperties": False,
    },
    "swml.Denoise": {
        "type": "object",
        "properties": {"denoise": {"type": "object", "properties": {}, "additionalProperties": False}},
        "required": ["denoise"],
        "additionalProperties": False,
    },
    "swml.EnterQueue": {
        "type": "object",
        "properties": {"enter_queue": {"$ref": "swml.EnterQueueObject"}},
        "required": ["enter_queue"],
        "additionalProperties": False,
    },
    "swml.Execute": {
        "type": "object",
        "properties": {
            "execute": {
                "type": "object",
                "properties": {
                    "dest": {"type": "string"},
                    "params": {"type": "object", "properties": {}},
                    "meta": {"type": "object", "properties": {}},
                    "on_return": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
                    "result": {
                        "anyOf": [
                            {"$ref": "swml.ExecuteSwitch"},
                            {"type": "array", "items": {"$ref": "swml.CondParams"}},
                        ]
                    },
                },
                "required": ["dest"],
                "additionalProperties": False,
            }
        },
        "required": ["execute"],
        "additionalProperties": False,
    },
    "swml.Goto": {
        "type": "object",
        "properties": {
            "goto": {
                "type": "object",
                "properties": {
                    "label": {"type": "string"},
                    "when": {"type": "string"},
                    "max": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 1, "maximum": 100},
                },
                "required": ["label"],
                "additionalProperties": False,
            }
        },
        "required": ["goto"],
        "additionalProperties": False,
    },
    "swml.Label": {
        "type": "object",
        "properties": {"label": {"type": "string"}},
        "required": ["label"],
        "additionalProperties": False,
    },
    "swml.LiveTranscribe": {
        "type": "object",
        "properties": {
            "live_transcribe": {
                "type": "object",
                "properties": {"action": {"$ref": "swml.TranscribeAction"}},
                "required": ["action"],
                "additionalProperties": False,
            }
        },
        "required": ["live_transcribe"],
        "additionalProperties": False,
    },
    "swml.LiveTranslate": {
        "type": "object",
        "properties": {
            "live_translate": {
                "type": "object",
                "properties": {"action": {"$ref": "swml.TranslateAction"}},
                "required": ["action"],
                "additionalProperties": False,
            }
        },
        "required": ["live_translate"],
        "additionalProperties": False,
    },
    "swml.Hangup": {
        "type": "object",
        "properties": {
            "hangup": {
                "type": "object",
                "properties": {
                    "reason": {
                        "anyOf": [
                            {"type": "string", "const": "hangup"},
                            {"type": "string", "const": "busy"},
                            {"type": "string", "const": "decline"},
                        ]
                    }
                },
                "additionalProperties": False,
            }
        },
        "required": ["hangup"],
        "additionalProperties": False,
    },
    "swml.JoinRoom": {
        "type": "object",
        "properties": {
            "join_room": {
                "type": "object",
                "properties": {"name": {"type": "string"}},
                "required": ["name"],
                "additionalProperties": False,
            }
        },
        "required": ["join_room"],
        "additionalProperties": False,
    },
    "swml.JoinConference": {
        "type": "object",
        "properties": {"join_conference": {"$ref": "swml.JoinConferenceObject"}},
        "required": ["join_conference"],
        "additionalProperties": False,
    },
    "swml.Play": {
        "type": "object",
        "properties": {"play": {"oneOf": [{"$ref": "swml.PlayWithURL"}, {"$ref": "swml.PlayWithURLS"}]}},
        "required": ["play"],
        "additionalProperties": False,
    },
    "swml.Prompt": {
        "type": "object",
        "properties": {
            "prompt": {
                "type": "object",
                "properties": {
                    "play": {
                        "anyOf": [
                            {"$ref": "swml.play_url"},
                            {"type": "array", "items": {"$ref": "swml.play_url"}},
                            {"$ref": "swml.SWMLVar"},
                            {"type": "array", "items": {"$ref": "swml.SWMLVar"}},
                        ]
                    },
                    "volume": {"type": "number", "minimum": -40, "maximum": 40},
                    "say_voice": {"type": "string"},
                    "say_language": {"type": "string"},
                    "say_gender": {"type": "string"},
                    "max_digits": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "terminators": {"type": "string"},
                    "digit_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "initial_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "speech_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "speech_end_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "speech_language": {"type": "string"},
                    "speech_hints": {
                        "anyOf": [
                            {"type": "array", "items": {"type": "string"}},
                            {"type": "array", "items": {"$ref": "swml.SWMLVar"}},
                        ]
                    },
                    "speech_engine": {"type": "string"},
                    "status_url": {"type": "string", "format": "uri"},
                },
                "required": ["play"],
                "additionalProperties": False,
            }
        },
        "required": ["prompt"],
        "additionalProperties": False,
    },
    "swml.ReceiveFax": {
        "type": "object",
        "properties": {
            "receive_fax": {
                "type": "object",
                "properties": {"status_url": {"type": "string", "format": "uri"}},
                "additionalProperties": False,
            }
        },
        "required": ["receive_fax"],
        "additionalProperties": False,
    },
    "swml.Record": {
        "type": "object",
        "properties": {
            "record": {
                "type": "object",
                "properties": {
                    "stereo": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "format": {
                        "anyOf": [
                            {"type": "string", "const": "wav"},
                            {"type": "string", "const": "mp3"},
                            {"type": "string", "const": "mp4"},
                        ]
                    },
                    "direction": {
                        "anyOf": [{"type": "string", "const": "speak"}, {"type": "string", "const": "listen"}]
                    },
                    "terminators": {"type": "string"},
                    "beep": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "input_sensitivity": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "initial_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "end_silence_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "max_length": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "status_url": {"type": "string", "format": "uri"},
                },
                "additionalProperties": False,
            }
        },
        "required": ["record"],
        "additionalProperties": False,
    },
    "swml.RecordCall": {
        "type": "object",
        "properties": {
            "record_call": {
                "type": "object",
                "properties": {
                    "control_id": {"type": "string"},
                    "stereo": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "format": {
                        "anyOf": [
                            {"type": "string", "const": "wav"},
                            {"type": "string", "const": "mp3"},
                            {"type": "string", "const": "mp4"},
                        ]
                    },
                    "direction": {
                        "anyOf": [
                            {"type": "string", "const": "speak"},
                            {"type": "string", "const": "listen"},
                            {"type": "string", "const": "both"},
                        ]
                    },
                    "terminators": {"type": "string"},
                    "beep": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "input_sensitivity": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "initial_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "end_silence_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "max_length": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "status_url": {"type": "string", "format": "uri"},
                },
                "additionalProperties": False,
            }
        },
        "required": ["record_call"],
        "additionalProperties": False,
    },
    "swml.Request": {
        "type": "object",
        "properties": {
            "request": {
                "type": "object",
                "properties": {
                    "url": {"type": "string"},
                    "method": {
                        "anyOf": [
                            {"type": "string", "const": "GET"},
                            {"type": "string", "const": "POST"},
                            {"type": "string", "const": "PUT"},
                            {"type": "string", "const": "DELETE"},
                        ]
                    },
                    "headers": {"type": "object", "properties": {}},
                    "body": {"anyOf": [{"type": "string"}, {"type": "object", "properties": {}}]},
                    "timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "connect_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}]},
                    "save_variables": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                },
                "required": ["url", "method"],
                "additionalProperties": False,
            }
        },
        "required": ["request"],
        "additionalProperties": False,
    },
    "swml.Return": {
        "type": "object",
        "properties": {"return": {}},
        "required": ["return"],
        "additionalProperties": False,
    },
    "swml.SendDigits": {
        "type": "object",
        "properties": {
            "send_digits": {
                "type": "object",
                "properties": {"digits": {"type": "string"}},
                "required": ["digits"],
                "additionalProperties": False,
            }
        },
        "required": ["send_digits"],
        "additionalProperties": False,
    },
    "swml.SendFax": {
        "type": "object",
        "properties": {
            "send_fax": {
                "type": "object",
                "properties": {
                    "document": {"type": "string", "format": "uri"},
                    "header_info": {"type": "string"},
                    "identity": {"type": "string"},
                    "status_url": {"type": "string", "format": "uri"},
                },
                "required": ["document"],
                "additionalProperties": False,
            }
        },
        "required": ["send_fax"],
        "additionalProperties": False,
    },
    "swml.SendSMS": {
        "type": "object",
        "properties": {"send_sms": {"anyOf": [{"$ref": "swml.SMSWithBody"}, {"$ref": "swml.SMSWithMedia"}]}},
        "required": ["send_sms"],
        "additionalProperties": False,
    },
    "swml.Set": {
        "type": "object",
        "properties": {"set": {"type": "object", "properties": {}}},
        "required": ["set"],
        "additionalProperties": False,
    },
    "swml.Sleep": {
        "type": "object",
        "properties": {
            "sleep": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "duration": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": -1}
                        },
                        "required": ["duration"],
                        "additionalProperties": False,
                    },
                    {"type": "integer"},
                    {"$ref": "swml.SWMLVar"},
                ]
            }
        },
        "required": ["sleep"],
        "additionalProperties": False,
    },
    "swml.SIPRefer": {
        "type": "object",
        "properties": {
            "sip_refer": {
                "type": "object",
                "properties": {
                    "to_uri": {"type": "string"},
                    "status_url": {"type": "string", "format": "uri"},
                    "username": {"type": "string"},
                    "password": {"type": "string"},
                },
                "required": ["to_uri"],
                "additionalProperties": False,
            }
        },
        "required": ["sip_refer"],
        "additionalProperties": False,
    },
    "swml.StopDenoise": {
        "type": "object",
        "properties": {"stop_denoise": {"type": "object", "properties": {}, "additionalProperties": False}},
        "required": ["stop_denoise"],
        "additionalProperties": False,
    },
    "swml.StopRecordCall": {
        "type": "object",
        "properties": {
            "stop_record_call": {
                "type": "object",
                "properties": {"control_id": {"type": "string"}},
                "additionalProperties": False,
            }
        },
        "required": ["stop_record_call"],
        "additionalProperties": False,
    },
    "swml.StopStream": {
        "type": "object",
        "properties": {
            "stop_stream": {
                "type": "object",
                "properties": {"control_id": {"type": "string"}},
                "additionalProperties": False,
            }
        },
        "required": ["stop_stream"],
        "additionalProperties": False,
    },
    "swml.StopTap": {
        "type": "object",
        "properties": {
            "stop_tap": {
                "type": "object",
                "properties": {"control_id": {"type": "string"}},
                "additionalProperties": False,
            }
        },
        "required": ["stop_tap"],
        "additionalProperties": False,
    },
    "swml.Stream": {
        "type": "object",
        "properties": {
            "stream": {
                "type": "object",
                "properties": {
                    "url": {"type": "string"},
                    "control_id": {"type": "string"},
                    "name": {"type": "string"},
                    "track": {
                        "anyOf": [
                            {"type": "string", "const": "inbound_track"},
                            {"type": "string", "const": "outbound_track"},
                            {"type": "string", "const": "both_tracks"},
                        ]
                    },
                    "codec": {"type": "string"},
                    "status_url": {"type": "string", "format": "uri"},
                    "status_url_method": {
                        "anyOf": [{"type": "string", "const": "GET"}, {"type": "string", "const": "POST"}]
                    },
                    "authorization_bearer_token": {"type": "string"},
                    "custom_parameters": {"$ref": "swml.RecordString"},
                },
                "required": ["url"],
                "additionalProperties": False,
            }
        },
        "required": ["stream"],
        "additionalProperties": False,
    },
    "swml.Switch": {
        "type": "object",
        "properties": {
            "switch": {
                "type": "object",
                "properties": {
                    "variable": {"type": "string"},
                    "case": {
                        "type": "object",
                        "properties": {},
                        "additionalProperties": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
                    },
                    "default": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
                },
                "required": ["variable", "case"],
                "additionalProperties": False,
            }
        },
        "required": ["switch"],
        "additionalProperties": False,
    },
    "swml.Tap": {
        "type": "object",
        "properties": {
            "tap": {
                "type": "object",
                "properties": {
                    "uri": {"type": "string"},
                    "control_id": {"type": "string"},
                    "direction": {
                        "anyOf": [
                            {"type": "string", "const": "speak"},
                            {"type": "string", "const": "listen"},
                            {"type": "string", "const": "both"},
                        ]
                    },
                    "codec": {"anyOf": [{"type": "string", "const": "PCMU"}, {"type": "string", "const": "PCMA"}]},
                    "rtp_ptime": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "status_url": {"type": "string", "format": "uri"},
                },
                "required": ["uri"],
                "additionalProperties": False,
            }
        },
        "required": ["tap"],
        "additionalProperties": False,
    },
    "swml.Transcribe": {
        "type": "object",
        "properties": {
            "transcribe": {
                "type": "object",
                "properties": {"status_url": {"type": "string", "format": "uri"}},
                "additionalProperties": False,
            }
        },
        "required": ["transcribe"],
        "additionalProperties": False,
    },
    "swml.TranscribeStop": {
        "type": "object",
        "properties": {"transcribe_stop": {"type": "object", "properties": {}, "additionalProperties": False}},
        "required": ["transcribe_stop"],
        "additionalProperties": False,
    },
    "swml.Transfer": {
        "type": "object",
        "properties": {
            "transfer": {
                "type": "object",
                "properties": {
                    "dest": {"type": "string"},
                    "params": {"type": "object", "properties": {}},
                    "meta": {"type": "object", "properties": {}},
                },
                "required": ["dest"],
                "additionalProperties": False,
            }
        },
        "required": ["transfer"],
        "additionalProperties": False,
    },
    "swml.Unset": {
        "type": "object",
        "properties": {"unset": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}},
        "required": ["unset"],
        "additionalProperties": False,
    },
    "swml.Pay": {
        "type": "object",
        "properties": {
            "pay": {
                "type": "object",
                "properties": {
                    "payment_connector_url": {"type": "string", "format": "uri"},
                    "charge_amount": {"type": "string"},
                    "currency": {"type": "string"},
                    "description": {"type": "string"},
                    "input": {"type": "string", "const": "dtmf"},
                    "language": {"type": "string"},
                    "max_attempts": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "min_postal_code_length": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "parameters": {"type": "array", "items": {"$ref": "swml.PayParameters"}},
                    "payment_method": {"type": "string", "const": "credit-card"},
                    "postal_code": {"anyOf": [{"type": "boolean"}, {"type": "string"}]},
                    "prompts": {"type": "array", "items": {"$ref": "swml.PayPrompts"}},
                    "security_code": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "status_url": {"type": "string", "format": "uri"},
                    "timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "token_type": {
                        "anyOf": [{"type": "string", "const": "one-time"}, {"type": "string", "const": "reusable"}]
                    },
                    "valid_card_types": {"type": "string"},
                    "voice": {"type": "string"},
                },
                "required": ["payment_connector_url"],
                "additionalProperties": False,
            }
        },
        "required": ["pay"],
        "additionalProperties": False,
    },
    "swml.DetectMachine": {
        "type": "object",
        "properties": {
            "detect_machine": {
                "type": "object",
                "properties": {
                    "detect_message_end": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "detectors": {"type": "string"},
                    "end_silence_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0},
                    "initial_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0},
                    "machine_ready_timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0},
                    "machine_voice_threshold": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0},
                    "machine_words_threshold": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 0},
                    "status_url": {"type": "string", "format": "uri"},
                    "timeout": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0},
                    "tone": {"anyOf": [{"type": "string", "const": "CED"}, {"type": "string", "const": "CNG"}]},
                    "wait": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                },
                "additionalProperties": False,
            }
        },
        "required": ["detect_machine"],
        "additionalProperties": False,
    },
    "swml.UserEvent": {
        "type": "object",
        "properties": {
            "user_event": {
                "type": "object",
                "properties": {"event": {"type": "object", "properties": {}}},
                "required": ["event"],
                "additionalProperties": False,
            }
        },
        "required": ["user_event"],
        "additionalProperties": False,
    },
    "swml.SWMLVar": {"type": "string", "pattern": "^[\\$%]\\{.*\\}$"},
    "swml.AIObject": {
        "type": "object",
        "properties": {
            "global_data": {"$ref": "swml.GlobalData"},
            "hints": {"type": "array", "items": {"anyOf": [{"type": "string"}, {"$ref": "swml.Hint"}]}},
            "languages": {"type": "array", "items": {"$ref": "swml.Languages"}},
            "multilingual": {"$ref": "swml.Multilingual"},
            "params": {"$ref": "swml.AIParams"},
            "post_prompt": {"$ref": "swml.AIPostPrompt"},
            "post_prompt_url": {"type": "string", "format": "uri"},
            "pronounce": {"type": "array", "items": {"$ref": "swml.Pronounce"}},
            "prompt": {"$ref": "swml.AIPrompt"},
            "SWAIG": {"$ref": "swml.SWAIG"},
        },
        "required": ["prompt"],
        "additionalProperties": False,
    },
    "swml.AISidecarObject": {
        "type": "object",
        "properties": {
            "prompt": {"$ref": "swml.AISidecarPrompt"},
            "lang": {"anyOf": [{"type": "string"}, {"$ref": "swml.SWMLVar"}], "minLength": 1},
            "model": {
                "anyOf": [
                    {"type": "string", "const": "gpt-4o-mini"},
                    {"type": "string", "const": "gpt-4.1-mini"},
                    {"type": "string", "const": "gpt-4.1-nano"},
                    {"type": "string"},
                ]
            },
            "direction": {"type": "array", "items": {"$ref": "swml.TranscribeDirection"}},
            "customer_role": {"$ref": "swml.TranscribeDirection"},
            "url": {"type": "string", "format": "uri"},
            "SWAIG": {"$ref": "swml.AISidecarSWAIG"},
            "permissions": {"$ref": "swml.AISidecarPermissions"},
            "global_data": {"$ref": "swml.GlobalData"},
            "hints": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "params": {"$ref": "swml.AISidecarParams"},
            "action": {"$ref": "swml.AISidecarSummarizeAction"},
        },
        "required": ["lang"],
        "additionalProperties": False,
    },
    "swml.AmazonBedrockObject": {
        "type": "object",
        "properties": {
            "global_data": {"type": "object", "properties": {}},
            "params": {"$ref": "swml.BedrockParams"},
            "post_prompt": {"$ref": "swml.BedrockPostPrompt"},
            "post_prompt_url": {"type": "string", "format": "uri"},
            "prompt": {"$ref": "swml.BedrockPrompt"},
            "SWAIG": {"$ref": "swml.BedrockSWAIG"},
        },
        "required": ["prompt"],
        "additionalProperties": False,
    },
    "swml.CondParams": {"oneOf": [{"$ref": "swml.CondReg"}, {"$ref": "swml.CondElse"}]},
    "swml.ConnectDeviceSingle": {
        "type": "object",
        "properties": {
            "from": {"type": "string"},
            "from_name": {"type": "string"},
            "headers": {"type": "array", "items": {"$ref": "swml.ConnectHeaders"}},
            "codecs": {"type": "string"},
            "webrtc_media": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "session_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 1},
            "ringback": {"type": "array", "items": {"type": "string"}},
            "result": {
                "anyOf": [{"$ref": "swml.ConnectSwitch"}, {"type": "array", "items": {"$ref": "swml.CondParams"}}]
            },
            "timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "max_duration": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "answer_on_bridge": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "confirm": {
                "anyOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "swml.ValidConfirmMethods"}}]
            },
            "confirm_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "encryption": {
                "anyOf": [
                    {"type": "string", "const": "mandatory"},
                    {"type": "string", "const": "optional"},
                    {"type": "string", "const": "forbidden"},
                ]
            },
            "call_state_url": {"type": "string", "format": "uri"},
            "transfer_after_bridge": {"anyOf": [{"type": "string"}, {"$ref": "swml.SWMLVar"}]},
            "call_state_events": {"type": "array", "items": {"$ref": "swml.CallStatus"}},
            "status_url": {"type": "string", "format": "uri"},
            "to": {"type": "string"},
            "username": {"type": "string"},
            "password": {"type": "string"},
            "name": {"type": "string"},
            "codec": {"type": "string"},
            "realtime": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "status_url_method": {"anyOf": [{"type": "string", "const": "GET"}, {"type": "string", "const": "POST"}]},
            "authorization_bearer_token": {"type": "string"},
            "custom_parameters": {"$ref": "swml.RecordString"},
        },
        "required": ["to"],
        "additionalProperties": False,
    },
    "swml.ConnectDeviceSerial": {
        "type": "object",
        "properties": {
            "from": {"type": "string"},
            "from_name": {"type": "string"},
            "headers": {"type": "array", "items": {"$ref": "swml.ConnectHeaders"}},
            "codecs": {"type": "string"},
            "webrtc_media": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "session_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 1},
            "ringback": {"type": "array", "items": {"type": "string"}},
            "result": {
                "anyOf": [{"$ref": "swml.ConnectSwitch"}, {"type": "array", "items": {"$ref": "swml.CondParams"}}]
            },
            "timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "max_duration": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "answer_on_bridge": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "confirm": {
                "anyOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "swml.ValidConfirmMethods"}}]
            },
            "confirm_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "encryption": {
                "anyOf": [
                    {"type": "string", "const": "mandatory"},
                    {"type": "string", "const": "optional"},
                    {"type": "string", "const": "forbidden"},
                ]
            },
            "call_state_url": {"type": "string", "format": "uri"},
            "transfer_after_bridge": {"anyOf": [{"type": "string"}, {"$ref": "swml.SWMLVar"}]},
            "call_state_events": {"type": "array", "items": {"$ref": "swml.CallStatus"}},
            "status_url": {"type": "string", "format": "uri"},
            "serial": {"type": "array", "items": {"$ref": "swml.ConnectDestination"}},
        },
        "required": ["serial"],
        "additionalProperties": False,
    },
    "swml.ConnectDeviceParallel": {
        "type": "object",
        "properties": {
            "from": {"type": "string"},
            "from_name": {"type": "string"},
            "headers": {"type": "array", "items": {"$ref": "swml.ConnectHeaders"}},
            "codecs": {"type": "string"},
            "webrtc_media": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "session_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 1},
            "ringback": {"type": "array", "items": {"type": "string"}},
            "result": {
                "anyOf": [{"$ref": "swml.ConnectSwitch"}, {"type": "array", "items": {"$ref": "swml.CondParams"}}]
            },
            "timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "max_duration": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "answer_on_bridge": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "confirm": {
                "anyOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "swml.ValidConfirmMethods"}}]
            },
            "confirm_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "encryption": {
                "anyOf": [
                    {"type": "string", "const": "mandatory"},
                    {"type": "string", "const": "optional"},
                    {"type": "string", "const": "forbidden"},
                ]
            },
            "call_state_url": {"type": "string", "format": "uri"},
            "transfer_after_bridge": {"anyOf": [{"type": "string"}, {"$ref": "swml.SWMLVar"}]},
            "call_state_events": {"type": "array", "items": {"$ref": "swml.CallStatus"}},
            "status_url": {"type": "string", "format": "uri"},
            "parallel": {"type": "array", "items": {"$ref": "swml.ConnectDestination"}},
        },
        "required": ["parallel"],
        "additionalProperties": False,
    },
    "swml.ConnectDeviceSerialParallel": {
        "type": "object",
        "properties": {
            "from": {"type": "string"},
            "from_name": {"type": "string"},
            "headers": {"type": "array", "items": {"$ref": "swml.ConnectHeaders"}},
            "codecs": {"type": "string"},
            "webrtc_media": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "session_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 1},
            "ringback": {"type": "array", "items": {"type": "string"}},
            "result": {
                "anyOf": [{"$ref": "swml.ConnectSwitch"}, {"type": "array", "items": {"$ref": "swml.CondParams"}}]
            },
            "timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "max_duration": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "answer_on_bridge": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "confirm": {
                "anyOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "swml.ValidConfirmMethods"}}]
            },
            "confirm_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "encryption": {
                "anyOf": [
                    {"type": "string", "const": "mandatory"},
                    {"type": "string", "const": "optional"},
                    {"type": "string", "const": "forbidden"},
                ]
            },
            "call_state_url": {"type": "string", "format": "uri"},
            "transfer_after_bridge": {"anyOf": [{"type": "string"}, {"$ref": "swml.SWMLVar"}]},
            "call_state_events": {"type": "array", "items": {"$ref": "swml.CallStatus"}},
            "status_url": {"type": "string", "format": "uri"},
            "serial_parallel": {
                "type": "array",
                "items": {"type": "array", "items": {"$ref": "swml.ConnectDestination"}},
            },
        },
        "required": ["serial_parallel"],
        "additionalProperties": False,
    },
    "swml.EnterQueueObject": {
        "type": "object",
        "properties": {
            "queue_name": {"type": "string"},
            "transfer_after_bridge": {"anyOf": [{"type": "string"}, {"$ref": "swml.SWMLVar"}]},
            "status_url": {"type": "string", "format": "uri"},
            "wait_url": {"anyOf": [{"type": "string", "format": "uri"}, {"$ref": "swml.SWMLVar"}]},
            "wait_time": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 1},
        },
        "required": ["queue_name", "transfer_after_bridge"],
        "additionalProperties": False,
    },
    "swml.ExecuteSwitch": {
        "type": "object",
        "properties": {
            "variable": {"type": "string"},
            "case": {
                "type": "object",
                "properties": {},
                "additionalProperties": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
            },
            "default": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
        },
        "required": ["case"],
        "additionalProperties": False,
    },
    "swml.TranscribeAction": {
        "oneOf": [
            {"$ref": "swml.TranscribeStartAction"},
            {"type": "string", "const": "stop"},
            {"$ref": "swml.TranscribeSummarizeActionUnion"},
        ]
    },
    "swml.TranslateAction": {
        "oneOf": [
            {"$ref": "swml.StartAction"},
            {"type": "string", "const": "stop"},
            {"$ref": "swml.SummarizeActionUnion"},
            {"$ref": "swml.InjectAction"},
        ]
    },
    "swml.JoinConferenceObject": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "muted": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "beep": {
                "anyOf": [
                    {"type": "string", "const": "true"},
                    {"type": "string", "const": "false"},
                    {"type": "string", "const": "onEnter"},
                    {"type": "string", "const": "onExit"},
                ]
            },
            "start_on_enter": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "end_on_exit": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "wait_url": {"anyOf": [{"type": "string", "format": "uri"}, {"$ref": "swml.SWMLVar"}]},
            "max_participants": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 2,
                "maximum": 100000,
            },
            "record": {
                "anyOf": [
                    {"type": "string", "const": "do-not-record"},
                    {"type": "string", "const": "record-from-start"},
                ]
            },
            "region": {
                "anyOf": [
                    {"type": "string", "const": "global"},
                    {"type": "string", "const": "us"},
                    {"type": "string", "const": "eu"},
                    {"type": "string", "const": "ch"},
                ]
            },
            "trim": {
                "anyOf": [{"type": "string", "const": "trim-silence"}, {"type": "string", "const": "do-not-trim"}]
            },
            "coach": {"type": "string"},
            "status_callback_event": {"type": "string"},
            "status_callback_event_type": {
                "anyOf": [
                    {"type": "string", "const": "cxml"},
                    {"type": "string", "const": "laml"},
                    {"type": "string", "const": "relay"},
                ]
            },
            "status_callback": {"type": "string", "format": "uri"},
            "status_callback_method": {
                "anyOf": [{"type": "string", "const": "GET"}, {"type": "string", "const": "POST"}]
            },
            "recording_status_callback": {"type": "string", "format": "uri"},
            "recording_status_callback_method": {
                "anyOf": [{"type": "string", "const": "GET"}, {"type": "string", "const": "POST"}]
            },
            "recording_status_callback_event": {"type": "string"},
            "recording_status_callback_event_type": {
                "anyOf": [
                    {"type": "string", "const": "cxml"},
                    {"type": "string", "const": "laml"},
                    {"type": "string", "const": "relay"},
                ]
            },
            "result": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "variable": {"type": "string"},
                            "case": {
                                "type": "object",
                                "properties": {},
                                "additionalProperties": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
                            },
                            "default": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
                        },
                        "required": ["variable", "case"],
                        "additionalProperties": False,
                    },
                    {"type": "array", "items": {"$ref": "swml.CondParams"}},
                ]
            },
            "stream": {"$ref": "swml.JoinConferenceStream"},
        },
        "required": ["name"],
        "additionalProperties": False,
    },
    "swml.PlayWithURL": {
        "type": "object",
        "properties": {
            "auto_answer": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "volume": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -40, "maximum": 40},
            "say_voice": {"type": "string"},
            "say_language": {"type": "string"},
            "say_gender": {"type": "string"},
            "status_url": {"type": "string", "format": "uri"},
            "url": {"anyOf": [{"$ref": "swml.play_url"}, {"$ref": "swml.SWMLVar"}]},
        },
        "required": ["url"],
        "additionalProperties": False,
    },
    "swml.PlayWithURLS": {
        "type": "object",
        "properties": {
            "auto_answer": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "volume": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -40, "maximum": 40},
            "say_voice": {"type": "string"},
            "say_language": {"type": "string"},
            "say_gender": {"type": "string"},
            "status_url": {"type": "string", "format": "uri"},
            "urls": {
                "anyOf": [
                    {"type": "array", "items": {"$ref": "swml.play_url"}},
                    {"type": "array", "items": {"$ref": "swml.SWMLVar"}},
                ]
            },
        },
        "required": ["urls"],
        "additionalProperties": False,
    },
    "swml.play_url": {
        "type": "string",
        "pattern": "^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: "
        "?[0-9.]*|ring: ?[a-zA-Z]{2})$",
    },
    "swml.SMSWithBody": {
        "type": "object",
        "properties": {
            "to_number": {"type": "string"},
            "from_number": {"type": "string"},
            "region": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "status_callback": {"type": "string"},
            "body": {"type": "string"},
        },
        "required": ["to_number", "from_number", "body"],
        "additionalProperties": False,
    },
    "swml.SMSWithMedia": {
        "type": "object",
        "properties": {
            "to_number": {"type": "string"},
            "from_number": {"type": "string"},
            "region": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "status_callback": {"type": "string"},
            "media": {"type": "array", "items": {"type": "string"}},
            "body": {"type": "string"},
        },
        "required": ["to_number", "from_number", "media"],
        "additionalProperties": False,
    },
    "swml.RecordString": {"type": "object", "properties": {}, "additionalProperties": {"type": "string"}},
    "swml.PayParameters": {
        "type": "object",
        "properties": {"name": {"type": "string"}, "value": {"type": "string"}},
        "required": ["name", "value"],
        "additionalProperties": False,
    },
    "swml.PayPrompts": {
        "type": "object",
        "properties": {
            "actions": {"type": "array", "items": {"$ref": "swml.PayPromptAction"}},
            "for": {"type": "string"},
            "attempts": {"type": "string"},
            "card_type": {"type": "string"},
            "error_type": {"type": "string"},
        },
        "required": ["actions", "for"],
        "additionalProperties": False,
    },
    "swml.GlobalData": {"type": "object", "properties": {}},
    "swml.Hint": {
        "type": "object",
        "properties": {
            "hint": {"type": "string"},
            "pattern": {"type": "string"},
            "replace": {"type": "string"},
            "ignore_case": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
        },
        "required": ["hint", "pattern", "replace"],
        "additionalProperties": False,
    },
    "swml.Languages": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "code": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}], "maxItems": 3},
            "listen_language": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
            "voice": {"type": "string"},
            "model": {"type": "string"},
            "auto_emotion": {"type": "boolean"},
            "auto_speed": {"type": "boolean"},
            "engine": {"type": "string"},
            "params": {"$ref": "swml.LanguageParams"},
            "fillers": {"type": "array", "items": {"type": "string"}},
            "function_fillers": {"type": "array", "items": {"type": "string"}},
            "speech_fillers": {"type": "array", "items": {"type": "string"}},
            "turn_fillers": {"type": "array", "items": {"type": "string"}},
            "pronounce": {"type": "array", "items": {"$ref": "swml.Pronounce"}},
        },
        "required": ["name", "code", "voice"],
        "additionalProperties": False,
    },
    "swml.Multilingual": {
        "type": "object",
        "properties": {
            "languages": {"type": "array", "items": {"$ref": "swml.MultilingualLanguage"}},
            "allowed": {"type": "array", "items": {"type": "string"}},
            "engine": {"type": "string"},
            "model": {"type": "string"},
            "provider": {"type": "string"},
            "start_language": {"type": "string"},
            "min_switch_words": {"type": "integer", "minimum": 1},
            "fillers": {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"$ref": "swml.FunctionFillers"}]},
            "function_fillers": {
                "anyOf": [{"type": "array", "items": {"type": "string"}}, {"$ref": "swml.FunctionFillers"}]
            },
            "turn_fillers": {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"$ref": "swml.TurnFillers"}]},
        },
        "required": ["languages"],
        "additionalProperties": False,
    },
    "swml.AIParams": {
        "type": "object",
        "properties": {
            "acknowledge_interruptions": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "ai_model": {
                "anyOf": [
                    {"type": "string", "const": "gpt-4o-mini"},
                    {"type": "string", "const": "gpt-4.1-mini"},
                    {"type": "string", "const": "gpt-4.1-nano"},
                    {"type": "string"},
                ]
            },
            "ai_name": {"type": "string"},
            "ai_volume": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": -50, "maximum": 50},
            "app_name": {"type": "string"},
            "asr_smart_format": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "attention_timeout": {
                "anyOf": [{"$ref": "swml.AttentionTimeout"}, {"type": "number", "const": 0}, {"$ref": "swml.SWMLVar"}]
            },
            "attention_timeout_prompt": {"type": "string"},
            "asr_diarize": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "asr_speaker_affinity": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "audible_debug": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "audible_latency": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "background_file": {"type": "string", "format": "uri"},
            "background_file_loops": {"anyOf": [{"type": "integer"}, {"type": "null"}, {"$ref": "swml.SWMLVar"}]},
            "background_file_volume": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": -50,
                "maximum": 50,
            },
            "enable_barge": {"anyOf": [{"type": "string"}, {"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "enable_inner_dialog": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "enable_pause": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "enable_turn_detection": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "barge_match_string": {"type": "string"},
            "barge_min_words": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 1, "maximum": 99},
            "barge_functions": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "cache_mode": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "conscience": {"type": "string"},
            "convo": {"type": "array", "items": {"$ref": "swml.ConversationMessage"}},
            "conversation_id": {"type": "string"},
            "conversation_sliding_window": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "debug_webhook_level": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 2,
            },
            "debug_webhook_url": {"type": "string", "format": "uri"},
            "debug": {"anyOf": [{"type": "boolean"}, {"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "direction": {"anyOf": [{"$ref": "swml.Direction"}, {"$ref": "swml.SWMLVar"}]},
            "digit_terminators": {"type": "string"},
            "digit_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 30000},
            "end_of_speech_timeout": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 250,
                "maximum": 10000,
            },
            "enable_accounting": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "enable_thinking": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "enable_text_normalization": {
                "anyOf": [
                    {"type": "string", "const": "heard"},
                    {"type": "string", "const": "spoken"},
                    {"type": "string", "const": "both"},
                    {"type": "string", "const": "true"},
                    {"type": "string", "const": "on"},
                    {"type": "string", "const": "false"},
                    {"type": "string", "const": "off"},
                    {"type": "string", "const": "none"},
                    {"$ref": "swml.SWMLVar"},
                ]
            },
            "auto_correct": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "redact_prompt": {"type": "string"},
            "enable_vision": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "energy_level": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 100},
            "first_word_timeout": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 10000,
            },
            "function_wait_for_talking": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "functions_on_no_response": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "hard_stop_prompt": {"type": "string"},
            "hard_stop_time": {
                "anyOf": [{"type": "string"}, {"$ref": "swml.SWMLVar"}],
                "pattern": "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
            },
            "hold_music": {"type": "string", "format": "uri"},
            "hold_on_process": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "inactivity_timeout": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 10000,
                "maximum": 3600000,
            },
            "inner_dialog_model": {
                "anyOf": [
                    {"type": "string", "const": "gpt-4o-mini"},
                    {"type": "string", "const": "gpt-4.1-mini"},
                    {"type": "string", "const": "gpt-4.1-nano"},
                    {"type": "string"},
                ]
            },
            "inner_dialog_prompt": {"type": "string"},
            "inner_dialog_synced": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "initial_sleep_ms": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 300000,
            },
            "input_poll_freq": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 1000,
                "maximum": 10000,
            },
            "interrupt_on_noise": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "interrupt_prompt": {"type": "string"},
            "languages_enabled": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "local_tz": {"type": "string"},
            "llm_diarize_aware": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "max_emotion": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 1, "maximum": 30},
            "max_response_tokens": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 1,
                "maximum": 16384,
            },
            "openai_asr_engine": {"type": "string"},
            "outbound_attention_timeout": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 10000,
                "maximum": 600000,
            },
            "persist_global_data": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "pom_format": {"anyOf": [{"type": "string", "const": "markdown"}, {"type": "string", "const": "xml"}]},
            "save_conversation": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "speech_event_timeout": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 10000,
            },
            "speech_gen_quick_stops": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 10,
            },
            "speech_timeout": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 600000,
            },
            "speak_when_spoken_to": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "start_paused": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "static_greeting": {"type": "string"},
            "static_greeting_no_barge": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "summary_mode": {
                "anyOf": [
                    {"type": "string", "const": "string"},
                    {"type": "string", "const": "original"},
                    {"$ref": "swml.SWMLVar"},
                ]
            },
            "swaig_allow_settings": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "swaig_allow_swml": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "swaig_post_conversation": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "swaig_set_global_data": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "swaig_post_swml_vars": {
                "anyOf": [{"type": "boolean"}, {"type": "array", "items": {"type": "string"}}, {"$ref": "swml.SWMLVar"}]
            },
            "thinking_model": {
                "anyOf": [
                    {"type": "string", "const": "gpt-4o-mini"},
                    {"type": "string", "const": "gpt-4.1-mini"},
                    {"type": "string", "const": "gpt-4.1-nano"},
                    {"type": "string"},
                ]
            },
            "utility_model": {
                "anyOf": [
                    {"type": "string", "const": "gpt-4o-mini"},
                    {"type": "string", "const": "gpt-4.1-mini"},
                    {"type": "string", "const": "gpt-4.1-nano"},
                    {"type": "string"},
                ]
            },
            "transparent_barge": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "transparent_barge_max_time": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 60000,
            },
            "transfer_summary": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "turn_detection_timeout": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 10000,
            },
            "turn_filler_sources": {"anyOf": [{"type": "string"}, {"$ref": "swml.SWMLVar"}]},
            "turn_filler_every_n": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 1},
            "turn_filler_min_ms": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 0},
            "tts_number_format": {
                "anyOf": [{"type": "string", "const": "international"}, {"type": "string", "const": "national"}]
            },
            "verbose_logs": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "video_listening_file": {"type": "string", "format": "uri"},
            "video_idle_file": {"type": "string", "format": "uri"},
            "video_talking_file": {"type": "string", "format": "uri"},
            "vision_model": {
                "anyOf": [
                    {"type": "string", "const": "gpt-4o-mini"},
                    {"type": "string", "const": "gpt-4.1-mini"},
                    {"type": "string", "const": "gpt-4.1-nano"},
                    {"type": "string"},
                ]
            },
            "vad_config": {"type": "string"},
            "wait_for_user": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "wake_prefix": {"type": "string"},
            "eleven_labs_stability": {
                "anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 1,
            },
            "eleven_labs_similarity": {
                "anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 1,
            },
        },
    },
    "swml.AIPostPrompt": {"anyOf": [{"$ref": "swml.AIPostPromptText"}, {"$ref": "swml.AIPostPromptPom"}]},
    "swml.Pronounce": {
        "type": "object",
        "properties": {
            "replace": {"type": "string"},
            "with": {"type": "string"},
            "ignore_case": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
        },
        "required": ["replace", "with"],
        "additionalProperties": False,
    },
    "swml.AIPrompt": {"oneOf": [{"$ref": "swml.AIPromptText"}, {"$ref": "swml.AIPromptPom"}]},
    "swml.SWAIG": {
        "type": "object",
        "properties": {
            "defaults": {"$ref": "swml.SWAIGDefaults"},
            "mcp_servers": {"type": "array", "items": {"$ref": "swml.MCPServer"}},
            "native_functions": {"type": "array", "items": {"$ref": "swml.SWAIGNativeFunction"}},
            "includes": {"type": "array", "items": {"$ref": "swml.SWAIGIncludes"}},
            "functions": {"type": "array", "items": {"$ref": "swml.SWAIGFunction"}},
            "internal_fillers": {"$ref": "swml.SWAIGInternalFiller"},
        },
        "additionalProperties": False,
    },
    "swml.AISidecarPrompt": {
        "oneOf": [
            {"type": "string"},
            {"$ref": "swml.AISidecarPromptText"},
            {"$ref": "swml.AISidecarPromptPom"},
            {"$ref": "swml.AISidecarPromptFile"},
        ]
    },
    "swml.TranscribeDirection": {"type": "string", "enum": ["remote-caller", "local-caller"]},
    "swml.AISidecarSWAIG": {
        "type": "object",
        "properties": {
            "defaults": {"$ref": "swml.AISidecarSWAIGDefaults"},
            "functions": {"type": "array", "items": {"$ref": "swml.AISidecarSWAIGFunction"}},
            "mcp_servers": {"type": "array", "items": {"$ref": "swml.MCPServer"}},
        },
        "additionalProperties": False,
    },
    "swml.AISidecarPermissions": {
        "type": "object",
        "properties": {
            "swaig_allow_swml": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "swaig_allow_settings": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "swaig_set_global_data": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
        },
        "additionalProperties": False,
    },
    "swml.AISidecarParams": {
        "type": "object",
        "properties": {
            "idle_timeout_ms": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 50,
                "maximum": 5000,
            },
            "min_interval_ms": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 60000,
            },
            "max_iters_per_tick": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 1,
                "maximum": 20,
            },
            "max_history_tokens": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 1000,
                "maximum": 200000,
            },
            "act_on_channel": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "final_summary": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "ai_summary": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "ai_summary_prompt": {"type": "string"},
            "summary_model": {
                "anyOf": [
                    {"type": "string", "const": "gpt-4o-mini"},
                    {"type": "string", "const": "gpt-4.1-mini"},
                    {"type": "string", "const": "gpt-4.1-nano"},
                    {"type": "string"},
                ]
            },
            "live_events": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "verbose_utterances": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "speech_engine": {"$ref": "swml.SpeechEngine"},
            "speech_timeout": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 600000,
            },
            "vad_silence_ms": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 0,
                "maximum": 60000,
            },
            "vad_thresh": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 10000},
            "debug_level": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 100},
            "debug": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "transcribe_prompt": {"type": "string"},
        },
        "additionalProperties": False,
    },
    "swml.AISidecarSummarizeAction": {
        "type": "object",
        "properties": {
            "summarize": {
                "type": "object",
                "properties": {"webhook": {"type": "string"}, "prompt": {"type": "string"}},
                "additionalProperties": False,
            }
        },
        "required": ["summarize"],
        "additionalProperties": False,
    },
    "swml.BedrockParams": {
        "type": "object",
        "properties": {
            "attention_timeout": {
                "anyOf": [{"$ref": "swml.AttentionTimeout"}, {"type": "number", "const": 0}, {"$ref": "swml.SWMLVar"}]
            },
            "hard_stop_time": {
                "anyOf": [{"type": "string"}, {"$ref": "swml.SWMLVar"}],
                "pattern": "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
            },
            "inactivity_timeout": {
                "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
                "minimum": 10000,
                "maximum": 3600000,
            },
            "video_listening_file": {"type": "string", "format": "uri"},
            "video_idle_file": {"type": "string", "format": "uri"},
            "video_talking_file": {"type": "string", "format": "uri"},
            "hard_stop_prompt": {"type": "string"},
        },
    },
    "swml.BedrockPostPrompt": {
        "anyOf": [
            {"$ref": "swml.OmitPropertiesBedrockPostPomptTextOmittedPromptProps"},
            {"$ref": "swml.OmitPropertiesBedrockPostPromptPomOmittedPromptProps"},
        ]
    },
    "swml.BedrockPrompt": {
        "anyOf": [
            {"$ref": "swml.OmitPropertiesBedrockPromptTextOmittedPromptProps"},
            {"$ref": "swml.OmitPropertiesBedrockPromptPomOmittedPromptProps"},
        ]
    },
    "swml.BedrockSWAIG": {
        "type": "object",
        "properties": {
            "functions": {"type": "array", "items": {"$ref": "swml.BedrockSWAIGFunction"}},
            "defaults": {"$ref": "swml.SWAIGDefaults"},
        },
        "additionalProperties": False,
    },
    "swml.CondReg": {
        "type": "object",
        "properties": {
            "when": {"type": "string"},
            "then": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
            "else": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
        },
        "required": ["when", "then"],
        "additionalProperties": False,
    },
    "swml.CondElse": {
        "type": "object",
        "properties": {"else": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}}},
        "required": ["else"],
        "additionalProperties": False,
    },
    "swml.ConnectHeaders": {
        "type": "object",
        "properties": {"name": {"type": "string"}, "value": {"type": "string"}},
        "required": ["name", "value"],
        "additionalProperties": False,
    },
    "swml.ConnectSwitch": {
        "type": "object",
        "properties": {
            "variable": {"type": "string"},
            "case": {
                "type": "object",
                "properties": {},
                "additionalProperties": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
            },
            "default": {"type": "array", "items": {"$ref": "swml.SWMLMethod"}},
        },
        "required": ["case"],
        "additionalProperties": False,
    },
    "swml.ValidConfirmMethods": {
        "anyOf": [
            {"$ref": "swml.Cond"},
            {"$ref": "swml.Set"},
            {"$ref": "swml.Unset"},
            {"$ref": "swml.Hangup"},
            {"$ref": "swml.Play"},
            {"$ref": "swml.Prompt"},
            {"$ref": "swml.Record"},
            {"$ref": "swml.RecordCall"},
            {"$ref": "swml.StopRecordCall"},
            {"$ref": "swml.Tap"},
            {"$ref": "swml.StopTap"},
            {"$ref": "swml.Stream"},
            {"$ref": "swml.StopStream"},
            {"$ref": "swml.SendDigits"},
            {"$ref": "swml.SendSMS"},
            {"$ref": "swml.Denoise"},
            {"$ref": "swml.StopDenoise"},
        ]
    },
    "swml.CallStatus": {"type": "string", "enum": ["created", "ringing", "answered", "ended"]},
    "swml.ConnectDestination": {
        "type": "object",
        "properties": {
            "to": {"type": "string"},
            "from": {"type": "string"},
            "from_name": {"type": "string"},
            "headers": {"type": "array", "items": {"$ref": "swml.ConnectHeaders"}},
            "codecs": {"type": "string"},
            "webrtc_media": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "session_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}], "minimum": 1},
            "username": {"type": "string"},
            "password": {"type": "string"},
            "timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "call_state_events": {"type": "array", "items": {"$ref": "swml.CallStatus"}},
            "call_state_url": {"type": "string", "format": "uri"},
            "confirm": {
                "anyOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "swml.ValidConfirmMethods"}}]
            },
            "confirm_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
            "encryption": {
                "anyOf": [
                    {"type": "string", "const": "mandatory"},
                    {"type": "string", "const": "optional"},
                    {"type": "string", "const": "forbidden"},
                ]
            },
            "name": {"type": "string"},
            "codec": {"type": "string"},
            "realtime": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "status_url_method": {"anyOf": [{"type": "string", "const": "GET"}, {"type": "string", "const": "POST"}]},
            "authorization_bearer_token": {"type": "string"},
            "custom_parameters": {"$ref": "swml.RecordString"},
        },
        "required": ["to"],
        "additionalProperties": False,
    },
    "swml.TranscribeStartAction": {
        "type": "object",
        "properties": {
            "start": {
                "type": "object",
                "properties": {
                    "ai_summary": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "webhook": {"type": "string"},
                    "lang": {"type": "string"},
                    "live_events": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "speech_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "vad_silence_ms": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "vad_thresh": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "debug_level": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "direction": {"type": "array", "items": {"$ref": "swml.TranscribeDirection"}},
                    "speech_engine": {"$ref": "swml.SpeechEngine"},
                    "ai_summary_prompt": {"type": "string"},
                },
                "required": ["lang", "direction"],
                "additionalProperties": False,
            }
        },
        "required": ["start"],
        "additionalProperties": False,
    },
    "swml.TranscribeSummarizeActionUnion": {
        "oneOf": [{"$ref": "swml.TranscribeSummarizeAction"}, {"type": "string", "const": "summarize"}]
    },
    "swml.StartAction": {
        "type": "object",
        "properties": {
            "start": {
                "type": "object",
                "properties": {
                    "webhook": {"type": "string"},
                    "from_lang": {"type": "string"},
                    "to_lang": {"type": "string"},
                    "from_voice": {"type": "string"},
                    "to_voice": {"type": "string"},
                    "filter_from": {
                        "anyOf": [{"$ref": "swml.TranslationFilterPreset"}, {"$ref": "swml.CustomTranslationFilter"}]
                    },
                    "filter_to": {
                        "anyOf": [{"$ref": "swml.TranslationFilterPreset"}, {"$ref": "swml.CustomTranslationFilter"}]
                    },
                    "live_events": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "ai_summary": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "speech_timeout": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "vad_silence_ms": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "vad_thresh": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "debug_level": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "direction": {"type": "array", "items": {"$ref": "swml.TranslateDirection"}},
                    "speech_engine": {"$ref": "swml.SpeechEngine"},
                    "ai_summary_prompt": {"type": "string"},
                },
                "required": ["from_lang", "to_lang", "direction"],
                "additionalProperties": False,
            }
        },
        "required": ["start"],
        "additionalProperties": False,
    },
    "swml.SummarizeActionUnion": {
        "oneOf": [{"$ref": "swml.SummarizeAction"}, {"type": "string", "const": "summarize"}]
    },
    "swml.InjectAction": {
        "type": "object",
        "properties": {
            "inject": {
                "type": "object",
                "properties": {"message": {"type": "string"}, "direction": {"$ref": "swml.TranslateDirection"}},
                "required": ["message", "direction"],
                "additionalProperties": False,
            }
        },
        "required": ["inject"],
        "additionalProperties": False,
    },
    "swml.JoinConferenceStream": {
        "type": "object",
        "properties": {
            "url": {"type": "string", "format": "uri"},
            "name": {"type": "string"},
            "codec": {"type": "string"},
            "status_url": {"type": "string", "format": "uri"},
            "status_url_method": {"anyOf": [{"type": "string", "const": "GET"}, {"type": "string", "const": "POST"}]},
            "realtime": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "authorization_bearer_token": {"type": "string"},
            "custom_parameters": {"$ref": "swml.RecordString"},
        },
        "required": ["url"],
        "additionalProperties": False,
    },
    "swml.PayPromptAction": {"anyOf": [{"$ref": "swml.PayPromptSayAction"}, {"$ref": "swml.PayPromptPlayAction"}]},
    "swml.LanguageParams": {
        "type": "object",
        "properties": {
            "stability": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "similarity": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "speakingRate": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0.5, "maximum": 1.5},
            "temperature": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 2},
            "speed": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0.5, "maximum": 2},
            "vol": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0.1, "maximum": 1},
            "pitch": {
                "anyOf": [{"type": "integer", "minimum": -2147483648, "maximum": 2147483647}, {"$ref": "swml.SWMLVar"}],
                "minimum": -12,
                "maximum": 12,
            },
            "emotion": {
                "anyOf": [
                    {"type": "string", "const": "happy"},
                    {"type": "string", "const": "sad"},
                    {"type": "string", "const": "angry"},
                    {"type": "string", "const": "fearful"},
                    {"type": "string", "const": "disgusted"},
                    {"type": "string", "const": "surprised"},
                    {"type": "string", "const": "neutral"},
                ]
            },
        },
        "additionalProperties": False,
    },
    "swml.MultilingualLanguage": {
        "type": "object",
        "properties": {
            "language": {"type": "string"},
            "voice": {"type": "string"},
            "model": {"type": "string"},
            "engine": {"type": "string"},
            "params": {"$ref": "swml.LanguageParams"},
        },
        "required": ["language"],
        "additionalProperties": False,
    },
    "swml.FunctionFillers": {
        "type": "object",
        "properties": {
            "default": {"type": "array", "items": {"type": "string"}},
            "auto": {"type": "array", "items": {"type": "string"}},
            "bg": {"type": "array", "items": {"type": "string"}},
            "ca": {"type": "array", "items": {"type": "string"}},
            "zh": {"type": "array", "items": {"type": "string"}},
            "zh-CN": {"type": "array", "items": {"type": "string"}},
            "zh-Hans": {"type": "array", "items": {"type": "string"}},
            "zh-TW": {"type": "array", "items": {"type": "string"}},
            "zh-Hant": {"type": "array", "items": {"type": "string"}},
            "zh-HK": {"type": "array", "items": {"type": "string"}},
            "cs": {"type": "array", "items": {"type": "string"}},
            "da": {"type": "array", "items": {"type": "string"}},
            "da-DK": {"type": "array", "items": {"type": "string"}},
            "nl": {"type": "array", "items": {"type": "string"}},
            "en": {"type": "array", "items": {"type": "string"}},
            "en-US": {"type": "array", "items": {"type": "string"}},
            "en-GB": {"type": "array", "items": {"type": "string"}},
            "en-NZ": {"type": "array", "items": {"type": "string"}},
            "en-IN": {"type": "array", "items": {"type": "string"}},
            "en-AU": {"type": "array", "items": {"type": "string"}},
            "et": {"type": "array", "items": {"type": "string"}},
            "fi": {"type": "array", "items": {"type": "string"}},
            "nl-BE": {"type": "array", "items": {"type": "string"}},
            "fr": {"type": "array", "items": {"type": "string"}},
            "fr-CA": {"type": "array", "items": {"type": "string"}},
            "de": {"type": "array", "items": {"type": "string"}},
            "de-CH": {"type": "array", "items": {"type": "string"}},
            "el": {"type": "array", "items": {"type": "string"}},
            "hi": {"type": "array", "items": {"type": "string"}},
            "hu": {"type": "array", "items": {"type": "string"}},
            "id": {"type": "array", "items": {"type": "string"}},
            "it": {"type": "array", "items": {"type": "string"}},
            "ja": {"type": "array", "items": {"type": "string"}},
            "ko": {"type": "array", "items": {"type": "string"}},
            "ko-KR": {"type": "array", "items": {"type": "string"}},
            "lv": {"type": "array", "items": {"type": "string"}},
            "lt": {"type": "array", "items": {"type": "string"}},
            "ms": {"type": "array", "items": {"type": "string"}},
            "multi": {"type": "array", "items": {"type": "string"}},
            "no": {"type": "array", "items": {"type": "string"}},
            "pl": {"type": "array", "items": {"type": "string"}},
            "pt": {"type": "array", "items": {"type": "string"}},
            "pt-BR": {"type": "array", "items": {"type": "string"}},
            "pt-PT": {"type": "array", "items": {"type": "string"}},
            "ro": {"type": "array", "items": {"type": "string"}},
            "ru": {"type": "array", "items": {"type": "string"}},
            "sk": {"type": "array", "items": {"type": "string"}},
            "es": {"type": "array", "items": {"type": "string"}},
            "es-419": {"type": "array", "items": {"type": "string"}},
            "sv": {"type": "array", "items": {"type": "string"}},
            "sv-SE": {"type": "array", "items": {"type": "string"}},
            "th": {"type": "array", "items": {"type": "string"}},
            "th-TH": {"type": "array", "items": {"type": "string"}},
            "tr": {"type": "array", "items": {"type": "string"}},
            "uk": {"type": "array", "items": {"type": "string"}},
            "vi": {"type": "array", "items": {"type": "string"}},
        },
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
    },
    "swml.TurnFillers": {
        "type": "object",
        "properties": {
            "default": {"type": "array", "items": {"type": "string"}},
            "bg": {"type": "array", "items": {"type": "string"}},
            "ca": {"type": "array", "items": {"type": "string"}},
            "zh": {"type": "array", "items": {"type": "string"}},
            "zh-CN": {"type": "array", "items": {"type": "string"}},
            "zh-Hans": {"type": "array", "items": {"type": "string"}},
            "zh-TW": {"type": "array", "items": {"type": "string"}},
            "zh-Hant": {"type": "array", "items": {"type": "string"}},
            "zh-HK": {"type": "array", "items": {"type": "string"}},
            "cs": {"type": "array", "items": {"type": "string"}},
            "da": {"type": "array", "items": {"type": "string"}},
            "da-DK": {"type": "array", "items": {"type": "string"}},
            "nl": {"type": "array", "items": {"type": "string"}},
            "en": {"type": "array", "items": {"type": "string"}},
            "en-US": {"type": "array", "items": {"type": "string"}},
            "en-GB": {"type": "array", "items": {"type": "string"}},
            "en-NZ": {"type": "array", "items": {"type": "string"}},
            "en-IN": {"type": "array", "items": {"type": "string"}},
            "en-AU": {"type": "array", "items": {"type": "string"}},
            "et": {"type": "array", "items": {"type": "string"}},
            "fi": {"type": "array", "items": {"type": "string"}},
            "nl-BE": {"type": "array", "items": {"type": "string"}},
            "fr": {"type": "array", "items": {"type": "string"}},
            "fr-CA": {"type": "array", "items": {"type": "string"}},
            "de": {"type": "array", "items": {"type": "string"}},
            "de-CH": {"type": "array", "items": {"type": "string"}},
            "el": {"type": "array", "items": {"type": "string"}},
            "hi": {"type": "array", "items": {"type": "string"}},
            "hu": {"type": "array", "items": {"type": "string"}},
            "id": {"type": "array", "items": {"type": "string"}},
            "it": {"type": "array", "items": {"type": "string"}},
            "ja": {"type": "array", "items": {"type": "string"}},
            "ko": {"type": "array", "items": {"type": "string"}},
            "ko-KR": {"type": "array", "items": {"type": "string"}},
            "lv": {"type": "array", "items": {"type": "string"}},
            "lt": {"type": "array", "items": {"type": "string"}},
            "ms": {"type": "array", "items": {"type": "string"}},
            "multi": {"type": "array", "items": {"type": "string"}},
            "no": {"type": "array", "items": {"type": "string"}},
            "pl": {"type": "array", "items": {"type": "string"}},
            "pt": {"type": "array", "items": {"type": "string"}},
            "pt-BR": {"type": "array", "items": {"type": "string"}},
            "pt-PT": {"type": "array", "items": {"type": "string"}},
            "ro": {"type": "array", "items": {"type": "string"}},
            "ru": {"type": "array", "items": {"type": "string"}},
            "sk": {"type": "array", "items": {"type": "string"}},
            "es": {"type": "array", "items": {"type": "string"}},
            "es-419": {"type": "array", "items": {"type": "string"}},
            "sv": {"type": "array", "items": {"type": "string"}},
            "sv-SE": {"type": "array", "items": {"type": "string"}},
            "th": {"type": "array", "items": {"type": "string"}},
            "th-TH": {"type": "array", "items": {"type": "string"}},
            "tr": {"type": "array", "items": {"type": "string"}},
            "uk": {"type": "array", "items": {"type": "string"}},
            "vi": {"type": "array", "items": {"type": "string"}},
        },
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
    },
    "swml.AttentionTimeout": {"type": "integer", "minimum": 10000, "maximum": 600000},
    "swml.ConversationMessage": {
        "type": "object",
        "properties": {
            "role": {"$ref": "swml.ConversationRole"},
            "content": {"type": "string"},
            "lang": {"type": "string"},
        },
        "required": ["role", "content"],
        "additionalProperties": False,
    },
    "swml.Direction": {"type": "string", "enum": ["inbound", "outbound"]},
    "swml.AIPostPromptText": {
        "type": "object",
        "properties": {
            "max_tokens": {"type": "integer", "minimum": 0, "maximum": 4096},
            "temperature": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1.5},
            "top_p": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "confidence": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "presence_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "frequency_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "text": {"type": "string"},
        },
        "required": ["text"],
        "additionalProperties": False,
    },
    "swml.AIPostPromptPom": {
        "type": "object",
        "properties": {
            "max_tokens": {"type": "integer", "minimum": 0, "maximum": 4096},
            "temperature": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1.5},
            "top_p": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "confidence": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "presence_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "frequency_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "pom": {"type": "array", "items": {"$ref": "swml.POM"}, "minItems": 1},
        },
        "required": ["pom"],
        "additionalProperties": False,
    },
    "swml.AIPromptText": {
        "type": "object",
        "properties": {
            "max_tokens": {"type": "integer", "minimum": 0, "maximum": 4096},
            "temperature": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1.5},
            "top_p": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "confidence": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "presence_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "frequency_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "text": {"type": "string"},
            "contexts": {"$ref": "swml.Contexts"},
        },
        "required": ["text"],
        "additionalProperties": False,
    },
    "swml.AIPromptPom": {
        "type": "object",
        "properties": {
            "max_tokens": {"type": "integer", "minimum": 0, "maximum": 4096},
            "temperature": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1.5},
            "top_p": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "confidence": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "presence_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "frequency_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "pom": {"type": "array", "items": {"$ref": "swml.POM"}, "minItems": 1},
            "contexts": {"$ref": "swml.Contexts"},
        },
        "required": ["pom"],
        "additionalProperties": False,
    },
    "swml.SWAIGDefaults": {
        "type": "object",
        "properties": {"web_hook_url": {"type": "string"}},
        "additionalProperties": False,
    },
    "swml.MCPServer": {
        "type": "object",
        "properties": {
            "url": {"type": "string"},
            "headers": {"type": "object", "properties": {}, "additionalProperties": {"type": "string"}},
            "resources": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "resource_vars": {"type": "object", "properties": {}, "additionalProperties": {"type": "string"}},
        },
        "required": ["url"],
        "additionalProperties": False,
    },
    "swml.SWAIGNativeFunction": {
        "type": "string",
        "enum": ["check_time", "wait_seconds", "wait_for_user", "adjust_response_latency"],
    },
    "swml.SWAIGIncludes": {
        "type": "object",
        "properties": {
            "functions": {"type": "array", "items": {"type": "string"}},
            "url": {"type": "string"},
            "meta_data": {"type": "object", "properties": {}},
        },
        "required": ["functions", "url"],
        "additionalProperties": False,
    },
    "swml.SWAIGFunction": {
        "anyOf": [
            {"$ref": "swml.UserSWAIGFunction"},
            {"$ref": "swml.StartUpHookSWAIGFunction"},
            {"$ref": "swml.HangUpHookSWAIGFunction"},
            {"$ref": "swml.SummarizeConversationSWAIGFunction"},
        ]
    },
    "swml.SWAIGInternalFiller": {
        "type": "object",
        "properties": {
            "check_time": {"$ref": "swml.FunctionFillers"},
            "wait_for_user": {"$ref": "swml.FunctionFillers"},
            "wait_seconds": {"$ref": "swml.FunctionFillers"},
            "adjust_response_latency": {"$ref": "swml.FunctionFillers"},
            "next_step": {"$ref": "swml.FunctionFillers"},
            "change_context": {"$ref": "swml.FunctionFillers"},
            "get_visual_input": {"$ref": "swml.FunctionFillers"},
            "get_ideal_strategy": {"$ref": "swml.FunctionFillers"},
            "pause_conversation": {"$ref": "swml.FunctionFillers"},
        },
        "additionalProperties": False,
    },
    "swml.AISidecarPromptText": {
        "type": "object",
        "properties": {"text": {"type": "string"}},
        "required": ["text"],
        "additionalProperties": False,
    },
    "swml.AISidecarPromptPom": {
        "type": "object",
        "properties": {"pom": {"type": "array", "items": {"$ref": "swml.POM"}, "minItems": 1}},
        "required": ["pom"],
        "additionalProperties": False,
    },
    "swml.AISidecarPromptFile": {
        "type": "object",
        "properties": {"file": {"type": "string"}},
        "required": ["file"],
        "additionalProperties": False,
    },
    "swml.AISidecarSWAIGDefaults": {
        "type": "object",
        "properties": {
            "web_hook_url": {"type": "string"},
            "web_hook_auth_user": {"type": "string"},
            "web_hook_auth_password": {"type": "string"},
        },
        "additionalProperties": False,
    },
    "swml.AISidecarSWAIGFunction": {
        "type": "object",
        "properties": {
            "function": {"type": "string"},
            "description": {"type": "string"},
            "purpose": {"type": "string"},
            "parameters": {"$ref": "swml.AISidecarFunctionParameters"},
            "web_hook_url": {"type": "string"},
            "web_hook_auth_user": {"type": "string"},
            "web_hook_auth_password": {"type": "string"},
        },
        "required": ["function"],
        "additionalProperties": False,
    },
    "swml.SpeechEngine": {"type": "string", "enum": ["deepgram", "google"]},
    "swml.OmitPropertiesBedrockPostPomptTextOmittedPromptProps": {
        "type": "object",
        "properties": {
            "max_tokens": {"type": "integer", "minimum": 0, "maximum": 4096},
            "temperature": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1.5},
            "top_p": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "confidence": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "presence_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "frequency_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "text": {"type": "string"},
        },
        "required": ["text"],
        "additionalProperties": False,
    },
    "swml.OmitPropertiesBedrockPostPromptPomOmittedPromptProps": {
        "type": "object",
        "properties": {
            "max_tokens": {"type": "integer", "minimum": 0, "maximum": 4096},
            "temperature": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1.5},
            "top_p": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "confidence": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "presence_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "frequency_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "pom": {"type": "array", "items": {"$ref": "swml.POM"}, "minItems": 1},
        },
        "required": ["pom"],
        "additionalProperties": False,
    },
    "swml.OmitPropertiesBedrockPromptTextOmittedPromptProps": {
        "type": "object",
        "properties": {
            "voice_id": {
                "anyOf": [
                    {"type": "string", "const": "tiffany"},
                    {"type": "string", "const": "matthew"},
                    {"type": "string", "const": "amy"},
                    {"type": "string", "const": "lupe"},
                    {"type": "string", "const": "carlos"},
                ]
            },
            "max_tokens": {"type": "integer", "minimum": 0, "maximum": 4096},
            "temperature": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1.5},
            "top_p": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "confidence": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "presence_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "frequency_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "text": {"type": "string"},
        },
        "required": ["text"],
        "additionalProperties": False,
    },
    "swml.OmitPropertiesBedrockPromptPomOmittedPromptProps": {
        "type": "object",
        "properties": {
            "voice_id": {
                "anyOf": [
                    {"type": "string", "const": "tiffany"},
                    {"type": "string", "const": "matthew"},
                    {"type": "string", "const": "amy"},
                    {"type": "string", "const": "lupe"},
                    {"type": "string", "const": "carlos"},
                ]
            },
            "max_tokens": {"type": "integer", "minimum": 0, "maximum": 4096},
            "temperature": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1.5},
            "top_p": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "confidence": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": 0, "maximum": 1},
            "presence_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "frequency_penalty": {"anyOf": [{"type": "number"}, {"$ref": "swml.SWMLVar"}], "minimum": -2, "maximum": 2},
            "pom": {"type": "array", "items": {"$ref": "swml.POM"}, "minItems": 1},
        },
        "required": ["pom"],
        "additionalProperties": False,
    },
    "swml.BedrockSWAIGFunction": {
        "anyOf": [
            {
                "type": "object",
                "properties": {
                    "description": {"type": "string"},
                    "parameters": {"$ref": "swml.FunctionParameters"},
                    "active": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "meta_data": {"type": "object", "properties": {}},
                    "meta_data_token": {"type": "string"},
                    "web_hook_url": {"type": "string"},
                    "function": {"type": "string"},
                    "data_map": {"$ref": "swml.BedrockDataMap"},
                },
                "required": ["description", "function"],
                "additionalProperties": False,
            },
            {
                "type": "object",
                "properties": {
                    "description": {"type": "string"},
                    "parameters": {"$ref": "swml.FunctionParameters"},
                    "active": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "meta_data": {"type": "object", "properties": {}},
                    "meta_data_token": {"type": "string"},
                    "web_hook_url": {"type": "string"},
                    "function": {"type": "string", "const": "startup_hook"},
                    "data_map": {"$ref": "swml.BedrockDataMap"},
                },
                "required": ["description", "function"],
                "additionalProperties": False,
            },
            {
                "type": "object",
                "properties": {
                    "description": {"type": "string"},
                    "parameters": {"$ref": "swml.FunctionParameters"},
                    "active": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "meta_data": {"type": "object", "properties": {}},
                    "meta_data_token": {"type": "string"},
                    "web_hook_url": {"type": "string"},
                    "function": {"type": "string", "const": "hangup_hook"},
                    "data_map": {"$ref": "swml.BedrockDataMap"},
                },
                "required": ["description", "function"],
                "additionalProperties": False,
            },
            {
                "type": "object",
                "properties": {
                    "description": {"type": "string"},
                    "parameters": {"$ref": "swml.FunctionParameters"},
                    "active": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "meta_data": {"type": "object", "properties": {}},
                    "meta_data_token": {"type": "string"},
                    "web_hook_url": {"type": "string"},
                    "function": {"type": "string", "const": "summarize_conversation"},
                    "data_map": {"$ref": "swml.BedrockDataMap"},
                },
                "required": ["description", "function"],
                "additionalProperties": False,
            },
        ]
    },
    "swml.TranscribeSummarizeAction": {
        "type": "object",
        "properties": {
            "summarize": {
                "type": "object",
                "properties": {"webhook": {"type": "string"}, "prompt": {"type": "string"}},
                "additionalProperties": False,
            }
        },
        "required": ["summarize"],
        "additionalProperties": False,
    },
    "swml.TranslationFilterPreset": {
        "type": "string",
        "enum": ["polite", "rude", "professional", "shakespeare", "gen-z"],
    },
    "swml.CustomTranslationFilter": {"type": "string", "pattern": "^prompt:.+$"},
    "swml.TranslateDirection": {"type": "string", "enum": ["remote-caller", "local-caller"]},
    "swml.SummarizeAction": {
        "type": "object",
        "properties": {
            "summarize": {
                "type": "object",
                "properties": {"webhook": {"type": "string"}, "prompt": {"type": "string"}},
                "additionalProperties": False,
            }
        },
        "required": ["summarize"],
        "additionalProperties": False,
    },
    "swml.PayPromptSayAction": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "Say"}, "phrase": {"type": "string"}},
        "required": ["type", "phrase"],
        "additionalProperties": False,
    },
    "swml.PayPromptPlayAction": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "Play"},
            "phrase": {"type": "string", "format": "uri", "pattern": "^(http|https)://"},
        },
        "required": ["type", "phrase"],
        "additionalProperties": False,
    },
    "swml.ConversationRole": {"type": "string", "enum": ["user", "assistant", "system"]},
    "swml.POM": {"anyOf": [{"$ref": "swml.PomSectionBodyContent"}, {"$ref": "swml.PomSectionBulletsContent"}]},
    "swml.Contexts": {
        "type": "object",
        "properties": {"default": {"$ref": "swml.ContextsObject"}},
        "required": ["default"],
        "additionalProperties": {"$ref": "swml.ContextsObject"},
    },
    "swml.UserSWAIGFunction": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "purpose": {"type": "string"},
            "parameters": {"$ref": "swml.FunctionParameters"},
            "fillers": {"$ref": "swml.FunctionFillers"},
            "argument": {"$ref": "swml.FunctionParameters"},
            "active": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "meta_data": {"type": "object", "properties": {}},
            "meta_data_token": {"type": "string"},
            "data_map": {"$ref": "swml.DataMap", "minProperties": 1},
            "skip_fillers": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "web_hook_url": {"type": "string"},
            "wait_file": {"type": "string", "format": "uri"},
            "wait_file_loops": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
            "wait_for_fillers": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "function": {"type": "string"},
        },
        "required": ["description", "function"],
        "additionalProperties": False,
    },
    "swml.StartUpHookSWAIGFunction": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "purpose": {"type": "string"},
            "parameters": {"$ref": "swml.FunctionParameters"},
            "fillers": {"$ref": "swml.FunctionFillers"},
            "argument": {"$ref": "swml.FunctionParameters"},
            "active": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "meta_data": {"type": "object", "properties": {}},
            "meta_data_token": {"type": "string"},
            "data_map": {"$ref": "swml.DataMap", "minProperties": 1},
            "skip_fillers": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "web_hook_url": {"type": "string"},
            "wait_file": {"type": "string", "format": "uri"},
            "wait_file_loops": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
            "wait_for_fillers": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "function": {"type": "string", "const": "startup_hook"},
        },
        "required": ["description", "function"],
        "additionalProperties": False,
    },
    "swml.HangUpHookSWAIGFunction": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "purpose": {"type": "string"},
            "parameters": {"$ref": "swml.FunctionParameters"},
            "fillers": {"$ref": "swml.FunctionFillers"},
            "argument": {"$ref": "swml.FunctionParameters"},
            "active": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "meta_data": {"type": "object", "properties": {}},
            "meta_data_token": {"type": "string"},
            "data_map": {"$ref": "swml.DataMap", "minProperties": 1},
            "skip_fillers": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "web_hook_url": {"type": "string"},
            "wait_file": {"type": "string", "format": "uri"},
            "wait_file_loops": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
            "wait_for_fillers": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "function": {"type": "string", "const": "hangup_hook"},
        },
        "required": ["description", "function"],
        "additionalProperties": False,
    },
    "swml.SummarizeConversationSWAIGFunction": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "purpose": {"type": "string"},
            "parameters": {"$ref": "swml.FunctionParameters"},
            "fillers": {"$ref": "swml.FunctionFillers"},
            "argument": {"$ref": "swml.FunctionParameters"},
            "active": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "meta_data": {"type": "object", "properties": {}},
            "meta_data_token": {"type": "string"},
            "data_map": {"$ref": "swml.DataMap", "minProperties": 1},
            "skip_fillers": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "web_hook_url": {"type": "string"},
            "wait_file": {"type": "string", "format": "uri"},
            "wait_file_loops": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
            "wait_for_fillers": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "function": {"type": "string", "const": "summarize_conversation"},
        },
        "required": ["description", "function"],
        "additionalProperties": False,
    },
    "swml.AISidecarFunctionParameters": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "object"},
            "properties": {
                "type": "object",
                "properties": {},
                "additionalProperties": {"$ref": "swml.AISidecarParamProperty"},
            },
            "required": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["type", "properties"],
        "additionalProperties": False,
    },
    "swml.FunctionParameters": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "const": "object"},
            "properties": {"type": "object", "properties": {}, "additionalProperties": {"$ref": "swml.SchemaType"}},
            "required": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["type", "properties"],
        "additionalProperties": False,
    },
    "swml.BedrockDataMap": {
        "type": "object",
        "properties": {
            "output": {"$ref": "swml.BedrockOutput"},
            "expressions": {"type": "array", "items": {"$ref": "swml.BedrockExpression"}},
            "webhooks": {"type": "array", "items": {"$ref": "swml.BedrockWebhook"}},
        },
        "additionalProperties": False,
    },
    "swml.PomSectionBodyContent": {
        "type": "object",
        "properties": {
            "title": {"type": "string", "minLength": 1},
            "subsections": {"type": "array", "items": {"$ref": "swml.POM"}, "minItems": 1},
            "numbered": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "numberedBullets": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "body": {"type": "string"},
            "bullets": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        },
        "required": ["body"],
        "additionalProperties": False,
    },
    "swml.PomSectionBulletsContent": {
        "type": "object",
        "properties": {
            "title": {"type": "string", "minLength": 1},
            "subsections": {"type": "array", "items": {"$ref": "swml.POM"}, "minItems": 1},
            "numbered": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "numberedBullets": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "body": {"type": "string"},
            "bullets": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        },
        "required": ["bullets"],
        "additionalProperties": False,
    },
    "swml.ContextsObject": {"anyOf": [{"$ref": "swml.ContextsPOMObject"}, {"$ref": "swml.ContextsTextObject"}]},
    "swml.DataMap": {
        "type": "object",
        "properties": {
            "output": {"$ref": "swml.Output"},
            "expressions": {"type": "array", "items": {"$ref": "swml.Expression"}},
            "webhooks": {"type": "array", "items": {"$ref": "swml.Webhook"}},
        },
        "additionalProperties": False,
    },
    "swml.AISidecarParamProperty": {
        "oneOf": [
            {"$ref": "swml.AISidecarStringParam"},
            {"$ref": "swml.AISidecarIntegerParam"},
            {"$ref": "swml.AISidecarNumberParam"},
            {"$ref": "swml.AISidecarBooleanParam"},
            {"$ref": "swml.AISidecarArrayParam"},
            {"$ref": "swml.AISidecarObjectParam"},
        ]
    },
    "swml.SchemaType": {
        "oneOf": [
            {"$ref": "swml.StringProperty"},
            {"$ref": "swml.IntegerProperty"},
            {"$ref": "swml.NumberProperty"},
            {"$ref": "swml.BooleanProperty"},
            {"$ref": "swml.ArrayProperty"},
            {"$ref": "swml.ObjectProperty"},
            {"$ref": "swml.NullProperty"},
            {"$ref": "swml.OneOfProperty"},
            {"$ref": "swml.AllOfProperty"},
            {"$ref": "swml.AnyOfProperty"},
            {"$ref": "swml.ConstProperty"},
        ]
    },
    "swml.BedrockOutput": {
        "type": "object",
        "properties": {
            "response": {"type": "string"},
            "action": {"anyOf": [{"$ref": "swml.Action"}, {"type": "array", "items": {"$ref": "swml.Action"}}]},
        },
        "additionalProperties": False,
    },
    "swml.BedrockExpression": {
        "type": "object",
        "properties": {
            "output": {"$ref": "swml.BedrockOutput"},
            "string": {"type": "string"},
            "pattern": {"type": "string"},
        },
        "required": ["output", "string", "pattern"],
        "additionalProperties": False,
    },
    "swml.BedrockWebhook": {
        "type": "object",
        "properties": {
            "expressions": {"type": "array", "items": {"$ref": "swml.BedrockExpression"}},
            "output": {"$ref": "swml.BedrockOutput"},
            "error_keys": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
            "url": {"type": "string"},
            "foreach": {
                "type": "object",
                "properties": {
                    "input_key": {"type": "string"},
                    "output_key": {"type": "string"},
                    "max": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "append": {"type": "string"},
                },
                "required": ["input_key", "output_key", "append"],
                "additionalProperties": False,
            },
            "headers": {"type": "object", "properties": {}},
            "method": {
                "anyOf": [
                    {"type": "string", "const": "GET"},
                    {"type": "string", "const": "POST"},
                    {"type": "string", "const": "PUT"},
                    {"type": "string", "const": "DELETE"},
                ]
            },
            "input_args_as_params": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "params": {"type": "object", "properties": {}},
            "require_args": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
        },
        "required": ["url"],
        "additionalProperties": False,
    },
    "swml.ContextsPOMObject": {
        "type": "object",
        "properties": {
            "steps": {"type": "array", "items": {"$ref": "swml.ContextSteps"}},
            "isolated": {"type": "boolean"},
            "enter_fillers": {"$ref": "swml.FunctionFillers"},
            "exit_fillers": {"$ref": "swml.FunctionFillers"},
            "pom": {"type": "array", "items": {"$ref": "swml.POM"}, "minItems": 1},
        },
        "required": ["steps"],
        "additionalProperties": False,
    },
    "swml.ContextsTextObject": {
        "type": "object",
        "properties": {
            "steps": {"type": "array", "items": {"$ref": "swml.ContextSteps"}},
            "isolated": {"type": "boolean"},
            "enter_fillers": {"$ref": "swml.FunctionFillers"},
            "exit_fillers": {"$ref": "swml.FunctionFillers"},
            "text": {"type": "string"},
        },
        "required": ["steps"],
        "additionalProperties": False,
    },
    "swml.Output": {
        "type": "object",
        "properties": {
            "response": {"anyOf": [{"type": "string"}, {"$ref": "swml.SwaigToolResult"}]},
            "action": {"anyOf": [{"$ref": "swml.Action"}, {"type": "array", "items": {"$ref": "swml.Action"}}]},
            "post_process": {"type": "boolean"},
        },
        "additionalProperties": False,
    },
    "swml.Expression": {
        "type": "object",
        "properties": {"string": {"type": "string"}, "pattern": {"type": "string"}, "output": {"$ref": "swml.Output"}},
        "required": ["string", "pattern", "output"],
        "additionalProperties": False,
    },
    "swml.Webhook": {
        "type": "object",
        "properties": {
            "expressions": {"type": "array", "items": {"$ref": "swml.Expression"}},
            "error_keys": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
            "url": {"type": "string"},
            "foreach": {
                "type": "object",
                "properties": {
                    "input_key": {"type": "string"},
                    "output_key": {"type": "string"},
                    "max": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
                    "append": {"type": "string"},
                },
                "required": ["input_key", "output_key", "append"],
                "additionalProperties": False,
            },
            "headers": {"type": "object", "properties": {}},
            "method": {
                "anyOf": [
                    {"type": "string", "const": "GET"},
                    {"type": "string", "const": "POST"},
                    {"type": "string", "const": "PUT"},
                    {"type": "string", "const": "DELETE"},
                ]
            },
            "input_args_as_params": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "params": {"type": "object", "properties": {}},
            "require_args": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
            "output": {"$ref": "swml.Output"},
        },
        "required": ["url"],
        "additionalProperties": False,
    },
    "swml.AISidecarStringParam": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "type": {"type": "string", "const": "string"},
            "enum": {"type": "array", "items": {"type": "string"}},
            "default": {"type": "string"},
        },
        "required": ["type"],
        "additionalProperties": False,
    },
    "swml.AISidecarIntegerParam": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "type": {"type": "string", "const": "integer"},
            "enum": {"type": "array", "items": {"type": "integer"}},
            "default": {"type": "integer"},
        },
        "required": ["type"],
        "additionalProperties": False,
    },
    "swml.AISidecarNumberParam": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "type": {"type": "string", "const": "number"},
            "enum": {"type": "array", "items": {"type": "number"}},
            "default": {"type": "number"},
        },
        "required": ["type"],
        "additionalProperties": False,
    },
    "swml.AISidecarBooleanParam": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "type": {"type": "string", "const": "boolean"},
            "default": {"type": "boolean"},
        },
        "required": ["type"],
        "additionalProperties": False,
    },
    "swml.AISidecarArrayParam": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "type": {"type": "string", "const": "array"},
            "items": {"$ref": "swml.AISidecarParamProperty"},
        },
        "required": ["type", "items"],
        "additionalProperties": False,
    },
    "swml.AISidecarObjectParam": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "type": {"type": "string", "const": "object"},
            "properties": {
                "type": "object",
                "properties": {},
                "additionalProperties": {"$ref": "swml.AISidecarParamProperty"},
            },
            "required": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["type"],
        "additionalProperties": False,
    },
    "swml.StringProperty": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "nullable": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "type": {"type": "string", "const": "string"},
            "enum": {"type": "array", "items": {"type": "string"}},
            "default": {"type": "string"},
            "pattern": {"type": "string"},
            "format": {"$ref": "swml.StringFormat"},
        },
        "required": ["type"],
        "additionalProperties": False,
    },
    "swml.IntegerProperty": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "nullable": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "type": {"type": "string", "const": "integer"},
            "enum": {"type": "array", "items": {"type": "integer"}},
            "default": {"anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}]},
        },
        "required": ["type"],
        "additionalProperties": False,
    },
    "swml.NumberProperty": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "nullable": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "type": {"type": "string", "const": "number"},
            "enum": {
                "anyOf": [
                    {"type": "array", "items": {"anyOf": [{"type": "integer"}, {"type": "number"}]}},
                    {"type": "array", "items": {"$ref": "swml.SWMLVar"}},
                ]
            },
            "default": {"anyOf": [{"type": "integer"}, {"type": "number"}, {"$ref": "swml.SWMLVar"}]},
        },
        "required": ["type"],
        "additionalProperties": False,
    },
    "swml.BooleanProperty": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "nullable": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "type": {"type": "string", "const": "boolean"},
            "default": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
        },
        "required": ["type"],
        "additionalProperties": False,
    },
    "swml.ArrayProperty": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "nullable": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "type": {"type": "string", "const": "array"},
            "default": {"type": "array", "items": {}},
            "items": {"$ref": "swml.SchemaType"},
        },
        "required": ["type", "items"],
        "additionalProperties": False,
    },
    "swml.ObjectProperty": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "nullable": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "type": {"type": "string", "const": "object"},
            "default": {"type": "object", "properties": {}},
            "properties": {"type": "object", "properties": {}, "additionalProperties": {"$ref": "swml.SchemaType"}},
            "required": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["type"],
        "additionalProperties": False,
    },
    "swml.NullProperty": {
        "type": "object",
        "properties": {"type": {"type": "string", "const": "null"}, "description": {"type": "string"}},
        "required": ["type", "description"],
        "additionalProperties": False,
    },
    "swml.OneOfProperty": {
        "type": "object",
        "properties": {"oneOf": {"type": "array", "items": {"$ref": "swml.SchemaType"}}},
        "required": ["oneOf"],
        "additionalProperties": False,
    },
    "swml.AllOfProperty": {
        "type": "object",
        "properties": {"allOf": {"type": "array", "items": {"$ref": "swml.SchemaType"}}},
        "required": ["allOf"],
        "additionalProperties": False,
    },
    "swml.AnyOfProperty": {
        "type": "object",
        "properties": {"anyOf": {"type": "array", "items": {"$ref": "swml.SchemaType"}}},
        "required": ["anyOf"],
        "additionalProperties": False,
    },
    "swml.ConstProperty": {
        "type": "object",
        "properties": {"const": {}},
        "required": ["const"],
        "additionalProperties": False,
    },
    "swml.Action": {
        "anyOf": [
            {"$ref": "swml.SWMLAction"},
            {"$ref": "swml.ChangeContextAction"},
            {"$ref": "swml.ChangeStepAction"},
            {"$ref": "swml.ContextSwitchAction"},
            {"$ref": "swml.HangupAction"},
            {"$ref": "swml.HoldAction"},
            {"$ref": "swml.PlaybackBGAction"},
            {"$ref": "swml.SayAction"},
            {"$ref": "swml.SetGlobalDataAction"},
            {"$ref": "swml.SetMetaDataAction"},
            {"$ref": "swml.StopAction"},
            {"$ref": "swml.StopPlaybackBGAction"},
            {"$ref": "swml.ToggleFunctionsAction"},
            {"$ref": "swml.UnsetGlobalDataAction"},
            {"$ref": "swml.UnsetMetaDataAction"},
            {"$ref": "swml.UserInputAction"},
        ]
    },
    "swml.ContextSteps": {"anyOf": [{"$ref": "swml.ContextPOMSteps"}, {"$ref": "swml.ContextTextSteps"}]},
    "swml.SwaigToolResult": {
        "type": "object",
        "properties": {"tool_result": {"type": "string"}, "tool_prompt": {"type": "string"}},
        "additionalProperties": False,
    },
    "swml.StringFormat": {
        "type": "string",
        "enum": ["date_time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uri", "uuid"],
    },
    "swml.SWMLAction": {
        "type": "object",
        "properties": {
            "SWML": {"$ref": "swml.SWMLObject"},
            "transfer": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
        },
        "required": ["SWML"],
        "additionalProperties": False,
    },
    "swml.ChangeContextAction": {
        "type": "object",
        "properties": {"change_context": {"type": "string"}},
        "required": ["change_context"],
        "additionalProperties": False,
    },
    "swml.ChangeStepAction": {
        "type": "object",
        "properties": {"change_step": {"type": "string"}},
        "required": ["change_step"],
        "additionalProperties": False,
    },
    "swml.ContextSwitchAction": {
        "type": "object",
        "properties": {
            "context_switch": {
                "type": "object",
                "properties": {
                    "system_prompt": {"type": "string"},
                    "consolidate": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                    "user_prompt": {"type": "string"},
                },
                "required": ["system_prompt"],
                "additionalProperties": False,
            }
        },
        "required": ["context_switch"],
        "additionalProperties": False,
    },
    "swml.HangupAction": {
        "type": "object",
        "properties": {"hangup": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]}},
        "required": ["hangup"],
        "additionalProperties": False,
    },
    "swml.HoldAction": {
        "type": "object",
        "properties": {
            "hold": {
                "anyOf": [
                    {"type": "integer", "minimum": -2147483648, "maximum": 2147483647},
                    {"$ref": "swml.SWMLVar"},
                    {
                        "type": "object",
                        "properties": {
                            "timeout": {
                                "anyOf": [
                                    {"type": "integer", "minimum": -2147483648, "maximum": 2147483647},
                                    {"$ref": "swml.SWMLVar"},
                                ],
                                "maximum": 900,
                            }
                        },
                        "additionalProperties": False,
                    },
                ],
                "maximum": 900,
            }
        },
        "required": ["hold"],
        "additionalProperties": False,
    },
    "swml.PlaybackBGAction": {
        "type": "object",
        "properties": {
            "playback_bg": {
                "type": "object",
                "properties": {
                    "file": {"type": "string", "format": "uri"},
                    "wait": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                },
                "required": ["file"],
                "additionalProperties": False,
            }
        },
        "required": ["playback_bg"],
        "additionalProperties": False,
    },
    "swml.SayAction": {
        "type": "object",
        "properties": {"say": {"type": "string"}},
        "required": ["say"],
        "additionalProperties": False,
    },
    "swml.SetGlobalDataAction": {
        "type": "object",
        "properties": {"set_global_data": {"type": "object", "properties": {}}},
        "required": ["set_global_data"],
        "additionalProperties": False,
    },
    "swml.SetMetaDataAction": {
        "type": "object",
        "properties": {"set_meta_data": {"type": "object", "properties": {}}},
        "required": ["set_meta_data"],
        "additionalProperties": False,
    },
    "swml.StopAction": {
        "type": "object",
        "properties": {"stop": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]}},
        "required": ["stop"],
        "additionalProperties": False,
    },
    "swml.StopPlaybackBGAction": {
        "type": "object",
        "properties": {"stop_playback_bg": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]}},
        "required": ["stop_playback_bg"],
        "additionalProperties": False,
    },
    "swml.ToggleFunctionsAction": {
        "type": "object",
        "properties": {
            "toggle_functions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "active": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
                        "function": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
                    },
                    "required": ["active", "function"],
                    "additionalProperties": False,
                },
            }
        },
        "required": ["toggle_functions"],
        "additionalProperties": False,
    },
    "swml.UnsetGlobalDataAction": {
        "type": "object",
        "properties": {
            "unset_global_data": {
                "anyOf": [{"type": "string"}, {"type": "object", "properties": {}, "additionalProperties": False}]
            }
        },
        "required": ["unset_global_data"],
        "additionalProperties": False,
    },
    "swml.UnsetMetaDataAction": {
        "type": "object",
        "properties": {
            "unset_meta_data": {
                "anyOf": [{"type": "string"}, {"type": "object", "properties": {}, "additionalProperties": False}]
            }
        },
        "required": ["unset_meta_data"],
        "additionalProperties": False,
    },
    "swml.UserInputAction": {
        "type": "object",
        "properties": {"user_input": {"type": "string"}},
        "required": ["user_input"],
        "additionalProperties": False,
    },
    "swml.ContextPOMSteps": {
        "type": "object",
        "properties": {
            "name": {"type": "string", "pattern": "^(?!next$).*$"},
            "step_criteria": {"type": "string"},
            "functions": {"type": "array", "items": {"type": "string"}},
            "valid_contexts": {"type": "array", "items": {"type": "string"}},
            "skip_user_turn": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "end": {"type": "boolean"},
            "valid_steps": {"type": "array", "items": {"type": "string"}},
            "pom": {"type": "array", "items": {"$ref": "swml.POM"}},
        },
        "required": ["name", "pom"],
        "additionalProperties": False,
    },
    "swml.ContextTextSteps": {
        "type": "object",
        "properties": {
            "name": {"type": "string", "pattern": "^(?!next$).*$"},
            "step_criteria": {"type": "string"},
            "functions": {"type": "array", "items": {"type": "string"}},
            "valid_contexts": {"type": "array", "items": {"type": "string"}},
            "skip_user_turn": {"anyOf": [{"type": "boolean"}, {"$ref": "swml.SWMLVar"}]},
            "end": {"type": "boolean"},
            "valid_steps": {"type": "array", "items": {"type": "string"}},
            "text": {"type": "string"},
        },
        "required": ["name", "text"],
        "additionalProperties": False,
    },
}
