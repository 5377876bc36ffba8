# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_server_headers import McpServerHeaders
    from ..models.mcp_server_resource_vars import McpServerResourceVars


T = TypeVar("T", bound="McpServer")


@_attrs_define
class McpServer:
    """An MCP (Model Context Protocol) server that contributes tools, and optionally resources, to the sidecar's model."""

    url: str
    """ Address of the MCP server. """
    headers: McpServerHeaders | Unset = UNSET
    """ Extra HTTP headers for requests to the server. Put authorization tokens here; MCP server entries have no
    dedicated auth field. Values support variable expansion, e.g. `Bearer ${global_data.token}`. """
    resources: bool | Unset = False
    """ Copy what the server exposes as resources into `global_data`, for servers that support resources. """
    resource_vars: McpServerResourceVars | Unset = UNSET
    """ Variables the server receives when resources are fetched, typically filled in by variable expansion (e.g.
    `${global_data.customer_id}`). Ignored unless `resources` is true. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        resources = self.resources

        resource_vars: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_vars, Unset):
            resource_vars = self.resource_vars.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if resources is not UNSET:
            field_dict["resources"] = resources
        if resource_vars is not UNSET:
            field_dict["resource_vars"] = resource_vars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_server_headers import McpServerHeaders  # noqa: PLC0415
        from ..models.mcp_server_resource_vars import McpServerResourceVars  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        _headers = d.pop("headers", UNSET)
        headers: McpServerHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = McpServerHeaders.from_dict(_headers)

        resources = d.pop("resources", UNSET)

        _resource_vars = d.pop("resource_vars", UNSET)
        resource_vars: McpServerResourceVars | Unset
        if isinstance(_resource_vars, Unset):
            resource_vars = UNSET
        else:
            resource_vars = McpServerResourceVars.from_dict(_resource_vars)

        mcp_server = cls(
            url=url,
            headers=headers,
            resources=resources,
            resource_vars=resource_vars,
        )

        return mcp_server
