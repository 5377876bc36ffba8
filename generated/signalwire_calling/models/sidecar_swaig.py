# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_server import McpServer
    from ..models.sidecar_swaig_defaults import SidecarSwaigDefaults
    from ..models.sidecar_swaig_function import SidecarSwaigFunction


T = TypeVar("T", bound="SidecarSwaig")


@_attrs_define
class SidecarSwaig:
    """Tools available to the sidecar's model: SWAIG webhook functions, defaults shared by them, and MCP servers."""

    defaults: SidecarSwaigDefaults | Unset = UNSET
    """ Webhook settings shared by all sidecar SWAIG functions unless a function overrides them. """
    functions: list[SidecarSwaigFunction] | Unset = UNSET
    """ Functions the model may call. """
    mcp_servers: list[McpServer] | Unset = UNSET
    """ MCP servers whose tools and resources the model may use. """

    def to_dict(self) -> dict[str, Any]:
        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        mcp_servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        if functions is not UNSET:
            field_dict["functions"] = functions
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_server import McpServer  # noqa: PLC0415
        from ..models.sidecar_swaig_defaults import SidecarSwaigDefaults  # noqa: PLC0415
        from ..models.sidecar_swaig_function import SidecarSwaigFunction  # noqa: PLC0415

        d = dict(src_dict)
        _defaults = d.pop("defaults", UNSET)
        defaults: SidecarSwaigDefaults | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
        else:
            defaults = SidecarSwaigDefaults.from_dict(_defaults)

        _functions = d.pop("functions", UNSET)
        functions: list[SidecarSwaigFunction] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = SidecarSwaigFunction.from_dict(functions_item_data)

                functions.append(functions_item)

        _mcp_servers = d.pop("mcp_servers", UNSET)
        mcp_servers: list[McpServer] | Unset = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = McpServer.from_dict(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)

        sidecar_swaig = cls(
            defaults=defaults,
            functions=functions,
            mcp_servers=mcp_servers,
        )

        return sidecar_swaig
