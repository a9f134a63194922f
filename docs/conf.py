"""Sphinx configuration of diplomev's documentation (MyST Markdown, furo)."""

from __future__ import annotations

import sys
from pathlib import Path

# Document the source tree even where the package is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

project = "diplomev"
author = "The diplomev developers"
copyright = "the diplomev developers"
release = "0.1.0"
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Public classes live in private modules; the API page documents them as diplomev.X.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_class_signature = "mixed"
autodoc_preserve_defaults = True
python_use_unqualified_type_names = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"diplomev {release}"
html_static_path: list[str] = []

# The pages' ``>>>`` examples are run by tests/test_docs.py (doctest), not by the build.
