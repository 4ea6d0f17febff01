"""Layering (the harlequin habit): the core imports no UI and no heavy library at import time."""

from __future__ import annotations

import json
import subprocess
import sys

CORE = (
    "argmap.project",
    "argmap.analysis",
    "argmap.store",
    "argmap.corpus",
    "argmap.readers",
    "argmap.cli",
)


def loaded_after(
    code: str, modules: tuple[str, ...] = ("textual", "sklearn", "nltk")
) -> dict[str, bool]:
    probe = (
        f"{code}\nimport json, sys\nprint(json.dumps({{m: m in sys.modules for m in {modules!r}}}))"
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
    loaded = loaded_after(code, ("textual", "sklearn", "scipy", "nltk", "nltk.tokenize.punkt"))
    # Segmentation ran, loading Punkt on first use, without nltk's own __init__ (which
    # imports nearly all of nltk, scipy among it: seconds of every `argmap add`).
    assert loaded == {
        "textual": False,
        "sklearn": False,
        "scipy": False,
        "nltk": False,
        "nltk.tokenize.punkt": True,
    }


def test_help_runs_without_ui_imports() -> None:
    loaded = loaded_after(
        "import contextlib, io\nfrom argmap.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])"
    )
    assert loaded == {"textual": False, "sklearn": False, "nltk": False}


def test_commands_load_no_asyncio_yet_asyncio_works_afterwards(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """pydantic's deprecation decorators would import asyncio (25 ms of every command)."""
    root = tmp_path / "p"
    code = (
        "import contextlib, io\nfrom argmap.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['init', {str(root)!r}]) == 0\n"
        f"    assert main(['matrix', '--json', '--project', {str(root)!r}]) == 0\n"
        "import sys\nbefore = 'asyncio' in sys.modules\n"
        "import asyncio\nasync def f():\n    return 3\n"
        "assert asyncio.run(f()) == 3 and asyncio.coroutines.iscoroutinefunction(f)\n"
        "if not before:\n    sys.modules['no_asyncio_before'] = sys"
    )
    loaded = loaded_after(code, ("no_asyncio_before", "pydantic"))
    assert loaded == {"no_asyncio_before": True, "pydantic": True}


def test_commands_that_read_no_page_import_no_page_reader(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``argmap.readers`` imports each reader on first use: ``codebook`` and ``validate`` pay
    for no HTML, e-mail or office reader (~50 ms of every such command); ``add`` of a text asks whether it is an e-mail or a feed."""
    (tmp_path / "a.txt").write_text("Europe must act. It can.\n", encoding="utf-8")
    root = str(tmp_path / "p")
    readers = ("argmap.readers.html_page", "argmap.readers.formats", "argmap.readers.office")
    setup = (
        "import contextlib, io\nfrom argmap.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['init', {root!r}]) == 0\n"
    )
    edits = (
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['codebook', 'edit', 'stance', 'for', '--label', 'Yes', '--project', {root!r}]) == 0\n"
        f"    assert main(['validate', '--project', {root!r}]) == 0\n"
    )
    assert loaded_after(setup + edits, readers) == dict.fromkeys(readers, False)
    add = (
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['add', {str(tmp_path / 'a.txt')!r}, '--id', 'a', '--project', {root!r}]) == 0\n"
        f"    assert main(['meta', 'a', '--note', 'n', '--project', {root!r}]) == 0\n"
    )
    setup = setup.replace(f"main(['init', {root!r}])", "0")  # the project is made already
    assert loaded_after(setup + add, readers)["argmap.readers.formats"]


def test_readers_names_are_their_modules_own() -> None:
    """Every public name of ``argmap.readers`` (and ``argmap.corpus``) is the object its
    module defines, and a function named as its module (``segment``) stays the function
    once the module is imported."""
    code = (
        "import importlib, json\nimport argmap.readers.segment, argmap.readers.head6\n"
        "from argmap import corpus, readers\n"
        "bad = [n for n in readers.__all__ if getattr(readers, n) is not getattr(\n"
        "    importlib.import_module('argmap.readers.' + readers._WHERE[n].split(':')[0]),\n"
        "    readers._WHERE[n].split(':')[-1] if ':' in readers._WHERE[n] else n)]\n"
        "bad += [n for n in corpus.__all__ if n != '_tokenizer' and getattr(corpus, n) is not\n"
        "    getattr(readers, n)]\n"
        "assert callable(readers.segment) and callable(corpus.head6), bad\n"
        "assert sorted(readers._WHERE) == sorted(readers.__all__), bad\n"
        "print(json.dumps(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(out.stdout) == []


def test_suggest_names_are_their_modules_own_and_loaded_on_use(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``argmap.suggest`` imports a module when one of its names is first used: adding a
    pattern does not import the features, models or evaluation."""
    root = str(tmp_path / "p")
    code = (
        "import contextlib, io, sys\nfrom argmap.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['init', {root!r}]) == 0\n"
        f"    assert main(['patterns', 'add', 'stance', 'for', 'act now', '--project', {root!r}]) == 0\n"
        "heavy = [m for m in ('argmap.suggest.models', 'argmap.suggest.features',\n"
        "    'argmap.suggest.evaluation') if m in sys.modules]\n"
        "import importlib\nfrom argmap import suggest\n"
        "bad = [n for n in suggest.__all__ if getattr(suggest, n) is not getattr(\n"
        "    importlib.import_module('argmap.suggest.' + suggest._WHERE[n]), n)]\n"
        "assert sorted(suggest._WHERE) == sorted(suggest.__all__)\n"
        "print(heavy + bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_fitting_imports_no_scipy_stats_and_it_works_when_used() -> None:
    """scikit-learn imports ``scipy.stats`` for functions the suggestions never call: it is
    imported only when something uses it (``argmap.suggest.deferred``), then in full."""
    code = (
        "import sys\nimport argmap.suggest.models\n"
        "from sklearn.linear_model import SGDClassifier\n"
        "from sklearn.multiclass import OneVsRestClassifier\n"
        "from sklearn._loss import link\n"
        "x, y = [[0.0, 1.0], [1.0, 0.0], [0.0, 2.0], [2.0, 0.0]], [[1, 0], [0, 1], [1, 0], [0, 1]]\n"
        "OneVsRestClassifier(SGDClassifier(loss='log_loss', random_state=0)).fit(x, y)\n"
        "print(type(sys.modules['scipy.stats']).__name__)\n"
        "from scipy.stats import norm, rankdata\nimport scipy, scipy.stats\n"
        "print(list(rankdata([30, 10, 20])), norm.cdf(0.0), link.gmean([1.0, 4.0]))\n"
        "print(scipy.stats is sys.modules['scipy.stats'], type(scipy.stats).__name__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.split("\n")[:3] == [
        "_DeferredStats",
        "[np.float64(3.0), np.float64(1.0), np.float64(2.0)] 0.5 2.0",
        "True module",
    ]
