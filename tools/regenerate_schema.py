"""Write the JSON Schema shipped with the package from the model.

Run after changing the model: ``python tools/regenerate_schema.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from diplomev._json._schema import build_schema

TARGET = Path(__file__).resolve().parent.parent / "src" / "diplomev" / "_json" / "schema.json"

if __name__ == "__main__":
    TARGET.write_text(
        json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {TARGET}")
