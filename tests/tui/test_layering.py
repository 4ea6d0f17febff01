"""The TUI sits on top: the domain modules and `argmap --help` never load Textual."""

from __future__ import annotations

import subprocess
import sys


def test_domain_modules_do_not_import_textual() -> None:
    code = (
        "import sys, argmap.project, argmap.analysis, argmap.cli; print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_tui_modules_hold_no_file_format_code() -> None:
    """Screens call the project; they never read or write annotation files themselves."""
    from pathlib import Path

    import argmap.tui

    for path in Path(argmap.tui.__file__).parent.glob("*.py"):
        if path.name == "adjudicate.py":  # another module's own screen
            continue
        text = path.read_text(encoding="utf-8")
        for forbidden in ("argmap.store", "import json", "filelock", ".jsonl"):
            assert forbidden not in text, f"{path.name} mentions {forbidden}"
