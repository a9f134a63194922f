"""``diplomev schema``: print the JSON Schema of an event document."""

from __future__ import annotations

import argparse
import json

from diplomev import json_schema
from diplomev._cli._failure import OK


def run(args: argparse.Namespace) -> int:
    """Print the shipped JSON Schema, pretty-printed; return the exit code."""
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return OK
