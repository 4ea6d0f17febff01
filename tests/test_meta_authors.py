"""``argmap meta --author`` takes several authors: a question and its answer, two co-authors.

Before, ``--author`` was one free-text field given once (a second ``--author`` silently
replaced the first); the authors are kept in the same ``author`` field as before, joined
as a reader joins a page's bylines, so older files read as they did.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def root(tmp_path: Path, cli: CliRun) -> str:
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    page = tmp_path / "qa.md"
    page.write_text("# Should the clocks stay?\n\nThey should stay. Farmers agree.\n")
    assert cli("add", str(page), "--id", "qa", "--project", root)[0] == 0
    return root


def meta(cli: CliRun, root: str) -> dict:
    code, out, err = cli("meta", "qa", "--project", root)
    assert code == 0, err
    return json.loads(out)


def test_several_authors_each_with_their_part(root: str, cli: CliRun) -> None:
    code, out, err = cli(
        "meta", "qa", "--author", "Ana Ruiz (asks)", "--author", " Tomas  Berg (answers)",
        "--project", root,
    )  # fmt: skip
    assert code == 0, err
    assert out == "updated metadata of qa: author 'Ana Ruiz (asks), Tomas Berg (answers)'\n"
    assert meta(cli, root)["author"] == "Ana Ruiz (asks), Tomas Berg (answers)"
    # names written surname first keep their comma: the names are then joined by "; "
    cli("meta", "qa", "--author", "Ruiz, Ana", "--author", "Berg, Tomas", "--project", root)
    assert meta(cli, root)["author"] == "Ruiz, Ana; Berg, Tomas"
    # one author, as before; '' alone clears
    cli("meta", "qa", "--author", "Ana Ruiz", "--project", root)
    assert meta(cli, root)["author"] == "Ana Ruiz"
    assert cli("meta", "qa", "--author", "", "--project", root)[0] == 0
    assert meta(cli, root)["author"] == ""


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["Ana Ruiz", ""], "--author: an empty name among several"),
        (["Ana Ruiz", "Ana  Ruiz"], "--author: 'Ana Ruiz' given twice"),
    ],
)
def test_a_mistaken_author_list_is_refused_in_one_line(
    root: str, cli: CliRun, names: list[str], message: str
) -> None:
    args = [word for name in names for word in ("--author", name)]
    code, out, err = cli("meta", "qa", *args, "--project", root)
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err
    assert meta(cli, root)["author"] == ""  # nothing changed


@pytest.mark.parametrize(
    ("given", "saved"),
    [("2 October 2026", "2026-10-02"), ("October 2, 2026", "2026-10-02"), ("2026-10", "2026-10")],
)
def test_a_date_written_out_is_saved_as_its_iso_date(
    root: str, cli: CliRun, given: str, saved: str
) -> None:
    """`meta --date "2 October 2026"` was refused although `add` reads dates so written."""
    code, out, err = cli("meta", "qa", "--date", given, "--project", root)
    assert code == 0, err
    assert out == f"updated metadata of qa: date {saved!r}\n"
    assert meta(cli, root)["date"] == saved
    code, _, err = cli("meta", "qa", "--date", "30 February 2026", "--project", root)
    assert code == 2 and "--date '30 February 2026': not an ISO date" in err
