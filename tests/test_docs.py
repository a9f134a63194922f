"""The documentation cannot drift from the code.

Every ``>>>`` example of every page in ``docs/`` and of every docstring in the
package runs here, and the reference tables of the pages (the JSON fields, the
organisation codes, the API's names) are checked against what the code ships.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import attrs
import pytest

import diplomev
import diplomev.strategies

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
MODULES = [
    "diplomev",
    *sorted(info.name for info in pkgutil.walk_packages(diplomev.__path__, "diplomev.")),
]

_HEADING = re.compile(r"^(#{1,6}) +(.*?)\s*$")
_FIRST_CELL = re.compile(r"^\|\s*`([^`]+)`\s*\|")


def test_there_are_pages_to_check() -> None:
    names = {page.stem for page in PAGES}
    assert {"index", "quickstart", "tutorial", "json", "model", "parser", "api"} <= names


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_examples_run(page: Path) -> None:
    result = doctest.testfile(str(page), module_relative=False, optionflags=FLAGS, encoding="utf-8")
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed"


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed"


def sections(page: str) -> dict[str, list[str]]:
    """Map each heading of ``page`` to its lines, up to the next heading of any level."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    in_fence = False
    for line in (DOCS / page).read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(line)
        if heading:
            current = found.setdefault(heading.group(2), [])
        elif current is not None:
            current.append(line)
    return found


def first_column(lines: list[str]) -> list[str]:
    """The back-quoted first cells of a Markdown table's rows."""
    return [match.group(1) for line in lines if (match := _FIRST_CELL.match(line))]


def test_json_page_lists_exactly_the_schema_fields() -> None:
    schema = diplomev.json_schema()
    expected = {"Event": list(schema["properties"])}
    expected |= {name: list(part["properties"]) for name, part in schema["$defs"].items()}
    listed = {
        title.strip("`"): first_column(lines)
        for title, lines in sections("json.md").items()
        if title.strip("`") in expected or first_column(lines)
    }
    assert listed == expected


def organisation_rows() -> list[tuple[str, str]]:
    """``(code, name)`` of every row of the shipped organisations table, in file order."""
    path = ROOT / "src" / "diplomev" / "_countries" / "organisations.tsv"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "code\t")):
            code, name = line.split("\t")[:2]
            rows.append((code.strip(), name.strip()))
    return rows


def test_countries_page_lists_every_organisation_code() -> None:
    lines = sections("countries.md")["Organisation codes"]
    table = [
        (match.group(1), line.split("|")[2].strip())
        for line in lines
        if (match := _FIRST_CELL.match(line))
    ]
    assert table == organisation_rows()


#: The public modules beside what ``import diplomev`` exports.
PUBLIC_MODULES = ("codes", "export", "strategies")
_DIRECTIVE = re.compile(r"^\.\. (?:auto\w+|py:\w+):: diplomev\.(\w+)(?:\((.*)\))?\s*$")


def test_api_page_documents_exactly_the_public_names() -> None:
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = [m.group(1) for line in text.splitlines() if (m := _DIRECTIVE.match(line))]
    assert sorted(documented) == sorted([*diplomev.__all__, *PUBLIC_MODULES])
    for module in PUBLIC_MODULES:
        assert f".. automodule:: diplomev.{module}" in text


def test_api_page_signatures_name_the_fields() -> None:
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        match = _DIRECTIVE.match(line)
        if match and match.group(2) is not None:
            cls = getattr(diplomev, match.group(1))
            params = [p.split(":")[0].split("=")[0].strip() for p in match.group(2).split(",")]
            names = {p for p in params if p not in ("*", "")}
            assert names == {field.name for field in attrs.fields(cls)}, cls.__name__


def test_strategies_module_publishes_what_the_testing_page_uses() -> None:
    page = (DOCS / "testing.md").read_text(encoding="utf-8")
    for name in diplomev.strategies.__all__:
        assert f"{name}(" in page, name
