# Generated from spec/ by generator/; do not edit.
from typing import Literal

HttpMethod = Literal["GET", "POST"]

HTTP_METHOD_VALUES: set[HttpMethod] = {
    "GET",
    "POST",
}


def check_http_method(value: str) -> HttpMethod:
    if value in HTTP_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HTTP_METHOD_VALUES!r}")
