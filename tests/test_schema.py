"""The shipped JSON Schema: in step with the model, and every dump validates."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import given

import diplomev
from diplomev import Event, strategies
from diplomev._json._schema import build_schema

FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = diplomev.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS)


def test_the_shipped_schema_is_what_the_model_generates() -> None:
    assert diplomev.json_schema() == build_schema(), (
        "regenerate it: python tools/regenerate_schema.py"
    )


def test_json_schema_returns_a_copy_the_caller_may_change() -> None:
    diplomev.json_schema()["title"] = "changed"
    assert diplomev.json_schema()["title"] == "diplomev event"


@given(strategies.events())
def test_every_dump_validates(validator: jsonschema.Draft202012Validator, event: Event) -> None:
    validator.validate(diplomev.to_dict(event))


@pytest.mark.parametrize(
    "broken",
    [
        {"kind": "summit"},
        {"unknown": 1},
        {"published": "not a date"},
        {"participants": [{"id": "a"}]},
        {"participants": [{"id": "a", "country": "XXX"}]},
        {"topics": [" padded "]},
        {"schema_version": "2.0"},
    ],
)
def test_the_schema_refuses_what_the_loader_refuses(
    validator: jsonschema.Draft202012Validator, broken: dict[str, Any]
) -> None:
    data = {**diplomev.to_dict(Event(kind="other")), **broken}
    assert not validator.is_valid(data)
    with pytest.raises(diplomev.ValidationError):
        diplomev.from_dict(data)
