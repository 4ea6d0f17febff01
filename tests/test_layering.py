"""Layering (the harlequin habit): the core imports no UI and no heavy library at import time."""

from __future__ import annotations

import json
import subprocess
import sys

CORE = ("argmap.project", "argmap.analysis", "argmap.store", "argmap.corpus", "argmap.cli")


def loaded_after(code: str) -> dict[str, bool]:
    probe = (
        f"{code}\nimport json, sys\n"
        "print(json.dumps({m: m in sys.modules for m in ('textual', 'sklearn', 'nltk')}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_core_and_parser_import_no_textual_or_sklearn() -> None:
    imports = "\n".join(f"import {m}" for m in CORE)
    loaded = loaded_after(f"{imports}\nimport argmap.cli\nargmap.cli.build_parser()")
    assert loaded == {"textual": False, "sklearn": False, "nltk": False}


def test_opening_a_project_and_listing_needs_no_ui(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Europe must act. It can.\n", encoding="utf-8")
    code = (
        "from argmap.project import Project\n"
        "from argmap.analysis import matrix\n"
        f"p = Project.init({str(tmp_path / 'p')!r})\n"
        f"p.add_source({str(tmp_path / 'a.txt')!r})\n"
        "p = Project.open(p.root, annotator='x')\n"
        "p.annotate('europe-must-act', sentence='s0001', stance='hedged', questions=['ukraine'])\n"
        "matrix(p.view_claims(), p.codebook, list(p.sources))"
    )
    loaded = loaded_after(code)
    assert loaded["textual"] is False
    # segmentation ran, loading nltk on first use (nltk's own __init__ pulls in sklearn/scipy)
    assert loaded["nltk"] is True


def test_help_runs_without_ui_imports() -> None:
    loaded = loaded_after(
        "import contextlib, io\nfrom argmap.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])"
    )
    assert loaded == {"textual": False, "sklearn": False, "nltk": False}
