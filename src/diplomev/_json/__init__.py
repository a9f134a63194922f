"""JSON documents of the model: the converter, the fast reader and writer, and the schema."""

from diplomev._json._converter import SCHEMA_VERSION, make_converter
from diplomev._json._documents import dump_jsonl, dumps, from_dict, load_jsonl, loads, to_dict
from diplomev._json._schema import json_schema

__all__ = [
    "SCHEMA_VERSION",
    "dump_jsonl",
    "dumps",
    "from_dict",
    "json_schema",
    "load_jsonl",
    "loads",
    "make_converter",
    "to_dict",
]
