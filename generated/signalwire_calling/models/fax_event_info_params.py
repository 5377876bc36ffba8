# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaxEventInfoParams")


@_attrs_define
class FaxEventInfoParams:
    """Details of the page or of the finished fax."""

    direction: str | Unset = UNSET
    """ `send` or `receive`. """
    number: int | Unset = UNSET
    """ `page`: the page number. """
    identity: str | Unset = UNSET
    """ `finished`: this side's fax identity. """
    remote_identity: str | Unset = UNSET
    """ `finished`: the other side's fax identity. """
    document: str | Unset = UNSET
    """ `finished`: the document sent or received. """
    format_: str | Unset = UNSET
    """ `finished`: `pdf`, or empty on failure. """
    pages: int | Unset = UNSET
    """ `finished`: how many pages. """
    success: bool | Unset = UNSET
    """ `finished`: whether the fax went through. """
    result: int | Unset = UNSET
    """ `finished`: the result code, 0 on success. """
    result_text: str | Unset = UNSET
    """ `finished`: the result in words. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction = self.direction

        number = self.number

        identity = self.identity

        remote_identity = self.remote_identity

        document = self.document

        format_ = self.format_

        pages = self.pages

        success = self.success

        result = self.result

        result_text = self.result_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        if number is not UNSET:
            field_dict["number"] = number
        if identity is not UNSET:
            field_dict["identity"] = identity
        if remote_identity is not UNSET:
            field_dict["remote_identity"] = remote_identity
        if document is not UNSET:
            field_dict["document"] = document
        if format_ is not UNSET:
            field_dict["format"] = format_
        if pages is not UNSET:
            field_dict["pages"] = pages
        if success is not UNSET:
            field_dict["success"] = success
        if result is not UNSET:
            field_dict["result"] = result
        if result_text is not UNSET:
            field_dict["result_text"] = result_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = d.pop("direction", UNSET)

        number = d.pop("number", UNSET)

        identity = d.pop("identity", UNSET)

        remote_identity = d.pop("remote_identity", UNSET)

        document = d.pop("document", UNSET)

        format_ = d.pop("format", UNSET)

        pages = d.pop("pages", UNSET)

        success = d.pop("success", UNSET)

        result = d.pop("result", UNSET)

        result_text = d.pop("result_text", UNSET)

        fax_event_info_params = cls(
            direction=direction,
            number=number,
            identity=identity,
            remote_identity=remote_identity,
            document=document,
            format_=format_,
            pages=pages,
            success=success,
            result=result,
            result_text=result_text,
        )

        fax_event_info_params.additional_properties = d
        return fax_event_info_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
