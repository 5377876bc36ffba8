from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sidecar_model import SidecarModel, check_sidecar_model
from ..models.transcribe_direction import TranscribeDirection, check_transcribe_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_sidecar_params_global_data import AiSidecarParamsGlobalData
    from ..models.sidecar_permissions import SidecarPermissions
    from ..models.sidecar_prompt_file import SidecarPromptFile
    from ..models.sidecar_prompt_pom import SidecarPromptPom
    from ..models.sidecar_prompt_text import SidecarPromptText
    from ..models.sidecar_settings import SidecarSettings
    from ..models.sidecar_summarize_action import SidecarSummarizeAction
    from ..models.sidecar_swaig import SidecarSwaig


T = TypeVar("T", bound="AiSidecarParams")


@_attrs_define
class AiSidecarParams:
    """Configuration for `calling.ai_sidecar`, the same body as the SWML `ai_sidecar` instruction. A sidecar is an AI
    observer on an answered call: it follows the conversation and posts advice for the human agent to your webhook, but
    never speaks itself. When `action` is set, the command produces a one-off conversation summary instead and no
    sidecar is attached.

    """

    lang: str
    """ Language spoken on the call, as one BCP-47 tag (e.g. `en-US`). It selects the speech recognition language,
    and the model is told about it too. """
    prompt: SidecarPromptFile | SidecarPromptPom | SidecarPromptText | str | Unset = UNSET
    """ Operator prompt for the sidecar in one of four forms: a plain string, `{text: ...}`, `{pom: [...]}` (Prompt
    Object Model sections), or `{file: ...}` (a file stored on the server). """
    model: SidecarModel | str | Unset = "gpt-4o-mini"
    """ LLM behind the sidecar's coaching and its end-of-call summaries. The listed models are suggestions; other
    model names are accepted as plain strings. """
    direction: list[TranscribeDirection] | Unset = UNSET
    """ Call legs the sidecar listens to. Both `remote-caller` and `local-caller` must be listed; SignalWire rejects
    a single leg. """
    customer_role: TranscribeDirection | Unset = UNSET
    """ A party of the call as seen from SignalWire: `remote-caller` is the party at the far end of the leg (by
    default treated as the customer), `local-caller` the party on the SignalWire side, such as an agent the call is
    connected to. """
    url: str | Unset = UNSET
    """ Webhook that receives the sidecar's callbacks and transcription events by POST. Basic-auth credentials may
    be embedded (`https://user:pass@host/...`). When unset, nothing is POSTed and callbacks are only published on
    the relay topic. """
    swaig: SidecarSwaig | Unset = UNSET
    """ Tools available to the sidecar's model: SWAIG webhook functions, defaults shared by them, and MCP servers.
    """
    permissions: SidecarPermissions | Unset = UNSET
    """ What the sidecar's SWAIG tools are allowed to do. Each permission is granted unless turned off here. """
    global_data: AiSidecarParamsGlobalData | Unset = UNSET
    """ Key/value data available throughout the sidecar session: usable in the prompt through variable expansion and
    sent along with tool requests. It survives from one sidecar session to the next on the same call leg. """
    hints: list[str] | Unset = UNSET
    """ Words and phrases that speech recognition should expect, such as product, company, competitor or customer
    names and jargon. Strongly recommended. """
    params: SidecarSettings | Unset = UNSET
    """ Tuning for an AI sidecar (its `params` field): evaluation timing, history size, summaries, speech
    recognition and debugging. Durations are in milliseconds. """
    action: SidecarSummarizeAction | Unset = UNSET
    """ Turns `calling.ai_sidecar` into a one-off summary request: the conversation so far is summarised and sent to
    a webhook, and no sidecar is attached. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.sidecar_prompt_file import SidecarPromptFile  # noqa: PLC0415
        from ..models.sidecar_prompt_pom import SidecarPromptPom  # noqa: PLC0415
        from ..models.sidecar_prompt_text import SidecarPromptText  # noqa: PLC0415

        lang = self.lang

        prompt: dict[str, Any] | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, SidecarPromptText):
            prompt = self.prompt.to_dict()
        elif isinstance(self.prompt, SidecarPromptPom):
            prompt = self.prompt.to_dict()
        elif isinstance(self.prompt, SidecarPromptFile):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        direction: list[str] | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = []
            for direction_item_data in self.direction:
                direction_item: str = direction_item_data
                direction.append(direction_item)

        customer_role: str | Unset = UNSET
        if not isinstance(self.customer_role, Unset):
            customer_role = self.customer_role

        url = self.url

        swaig: dict[str, Any] | Unset = UNSET
        if not isinstance(self.swaig, Unset):
            swaig = self.swaig.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        global_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_data, Unset):
            global_data = self.global_data.to_dict()

        hints: list[str] | Unset = UNSET
        if not isinstance(self.hints, Unset):
            hints = self.hints

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lang": lang,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if model is not UNSET:
            field_dict["model"] = model
        if direction is not UNSET:
            field_dict["direction"] = direction
        if customer_role is not UNSET:
            field_dict["customer_role"] = customer_role
        if url is not UNSET:
            field_dict["url"] = url
        if swaig is not UNSET:
            field_dict["SWAIG"] = swaig
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if global_data is not UNSET:
            field_dict["global_data"] = global_data
        if hints is not UNSET:
            field_dict["hints"] = hints
        if params is not UNSET:
            field_dict["params"] = params
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_sidecar_params_global_data import AiSidecarParamsGlobalData  # noqa: PLC0415
        from ..models.sidecar_permissions import SidecarPermissions  # noqa: PLC0415
        from ..models.sidecar_prompt_file import SidecarPromptFile  # noqa: PLC0415
        from ..models.sidecar_prompt_pom import SidecarPromptPom  # noqa: PLC0415
        from ..models.sidecar_prompt_text import SidecarPromptText  # noqa: PLC0415
        from ..models.sidecar_settings import SidecarSettings  # noqa: PLC0415
        from ..models.sidecar_summarize_action import SidecarSummarizeAction  # noqa: PLC0415
        from ..models.sidecar_swaig import SidecarSwaig  # noqa: PLC0415

        d = dict(src_dict)
        lang = d.pop("lang")

        def _parse_prompt(data: object) -> SidecarPromptFile | SidecarPromptPom | SidecarPromptText | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sidecar_prompt_type_1 = SidecarPromptText.from_dict(data)

                return componentsschemas_sidecar_prompt_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sidecar_prompt_type_2 = SidecarPromptPom.from_dict(data)

                return componentsschemas_sidecar_prompt_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sidecar_prompt_type_3 = SidecarPromptFile.from_dict(data)

                return componentsschemas_sidecar_prompt_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SidecarPromptFile | SidecarPromptPom | SidecarPromptText | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_model(data: object) -> SidecarModel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_0 = check_sidecar_model(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SidecarModel | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: list[TranscribeDirection] | Unset = UNSET
        if _direction is not UNSET:
            direction = []
            for direction_item_data in _direction:
                direction_item = check_transcribe_direction(direction_item_data)

                direction.append(direction_item)

        _customer_role = d.pop("customer_role", UNSET)
        customer_role: TranscribeDirection | Unset
        if isinstance(_customer_role, Unset):
            customer_role = UNSET
        else:
            customer_role = check_transcribe_direction(_customer_role)

        url = d.pop("url", UNSET)

        _swaig = d.pop("SWAIG", UNSET)
        swaig: SidecarSwaig | Unset
        if isinstance(_swaig, Unset):
            swaig = UNSET
        else:
            swaig = SidecarSwaig.from_dict(_swaig)

        _permissions = d.pop("permissions", UNSET)
        permissions: SidecarPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = SidecarPermissions.from_dict(_permissions)

        _global_data = d.pop("global_data", UNSET)
        global_data: AiSidecarParamsGlobalData | Unset
        if isinstance(_global_data, Unset):
            global_data = UNSET
        else:
            global_data = AiSidecarParamsGlobalData.from_dict(_global_data)

        hints = cast(list[str], d.pop("hints", UNSET))

        _params = d.pop("params", UNSET)
        params: SidecarSettings | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = SidecarSettings.from_dict(_params)

        _action = d.pop("action", UNSET)
        action: SidecarSummarizeAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = SidecarSummarizeAction.from_dict(_action)

        ai_sidecar_params = cls(
            lang=lang,
            prompt=prompt,
            model=model,
            direction=direction,
            customer_role=customer_role,
            url=url,
            swaig=swaig,
            permissions=permissions,
            global_data=global_data,
            hints=hints,
            params=params,
            action=action,
        )

        return ai_sidecar_params
