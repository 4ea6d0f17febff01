"""Source ids a user reads and types: cut where the title's phrase or a word ends, chosen
from the file names when adding a folder, never colliding, never changed once given."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from argmap.model import slugify
from argmap.project import Project

CliRun = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        # bench/debate2's six articles: before, ids were cut at 40 characters mid-phrase
        # ("renters-cannot-wait-any-longer-cap-the", "rent-stabilisation-in-alderport-what-the")
        ("Renters cannot wait any longer: cap the rents now", "renters-cannot-wait-any-longer"),
        (
            "A rent cap would shrink the very housing Alderport needs",
            "a-rent-cap-would-shrink-the-very-housing",
        ),
        (
            "Council rent cap vote: tenants cheer, landlords warn of exodus",
            "council-rent-cap-vote-tenants-cheer",
        ),
        (
            "Rent stabilisation in Alderport: what the evidence says and what it means",
            "rent-stabilisation-in-alderport",
        ),
        ("Why I’m selling my flat (and why I’m not happy about it)", "why-im-selling-my-flat"),
        (
            "Transcript: Alderport Today, Radio North, 12 March 2026",
            "transcript-alderport-today-radio-north",
        ),
        # no phrase to end at: cut after a word that is not "the", "of", "a"…
        (
            "Why the council should think again before it votes on the",
            "why-the-council-should-think-again",
        ),
        ("U.S. troops in Europe: the case for staying longer than planned", "us-troops-in-europe"),
        # debate21's and debate22's titles: before, "…-dying-and-i", "…-dividend-would"
        ("ok so the KBC licence is dying and i have Thoughts", "ok-so-the-kbc-licence-is-dying"),
        (
            "To think the Citizen's Dividend would leave single mums worse off?",
            "to-think-the-citizens-dividend",
        ),
        ("Families need lighter evenings as they head home", "families-need-lighter-evenings"),
        ("Short title", "short-title"),
    ],
)
def test_ids_end_where_a_phrase_or_word_ends(title: str, slug: str) -> None:
    assert slugify(title) == slug
    assert len(slug) <= 40


def _folder(tmp_path: Path) -> Path:
    incoming = tmp_path / "raw"
    incoming.mkdir(parents=True)
    (incoming / "courier-oped-for.html").write_text(
        "<html><head><title>Renters cannot wait any longer: cap the rents now | The Courier"
        "</title></head><body><article><p>Cap the rents now. Tenants cannot wait.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (incoming / "CHF_policy_brief.md").write_text(
        "# Rent stabilisation in Alderport: what the evidence says\n\nA cap helps sitting "
        "tenants. It may cut supply.\n",
        encoding="utf-8",
    )
    return incoming


def test_adding_a_folder_can_take_ids_from_the_file_names(tmp_path: Path, cli: CliRun) -> None:
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    code, out, err = cli("add", str(_folder(tmp_path)), "--id-from", "file", "--project", root)
    assert code == 0, err
    assert "added chf-policy-brief: 'Rent stabilisation in Alderport" in out
    assert "added courier-oped-for: 'Renters cannot wait any longer" in out
    # from the titles (the default), on a second project
    other = str(tmp_path / "other")
    assert cli("init", other)[0] == 0
    code, out, _ = cli("add", str(_folder(tmp_path / "x")), "--json", "--project", other)
    assert sorted(m["id"] for m in json.loads(out)) == [
        "rent-stabilisation-in-alderport",
        "renters-cannot-wait-any-longer",
    ]
    code, _, err = cli("add", str(tmp_path), "--id-from", "author", "--project", other)
    assert code == 2 and "--id-from" in err


def test_ids_never_collide_and_existing_ids_never_change(
    tmp_path: Path, cli: CliRun, annotator: str
) -> None:
    root = tmp_path / "proj"
    assert cli("init", str(root))[0] == 0
    incoming = _folder(tmp_path)
    brief = incoming / "CHF_policy_brief.md"
    # a source added under an id argmap used to make, with a claim on it
    old_id = "rent-stabilisation-in-alderport-what-the"
    assert cli("add", str(brief), "--id", old_id, "--project", str(root))[0] == 0
    assert (
        cli(
            "codebook",
            "add-question",
            "supply",
            "--label",
            "Supply",
            "--text",
            "Supply?",
            "--project",
            str(root),
        )[0]
        == 0
    )
    code, _, err = cli(
        "annotate",
        old_id,
        "--sentence",
        "s0002",
        "--stance",
        "for",
        "-q",
        "supply",
        "--project",
        str(root),
    )
    assert code == 0, err
    # the same title again (a revised copy) and a file whose name gives a taken id
    revised = tmp_path / "revised.md"
    revised.write_text(brief.read_text(encoding="utf-8") + "\nRevised in April.\n", "utf-8")
    copy = tmp_path / "copy" / "rent-stabilisation-in-alderport.md"
    copy.parent.mkdir()
    copy.write_text("# Another note\n\nA different text.\n", encoding="utf-8")
    assert cli("add", str(revised), "--project", str(root))[0] == 0
    assert cli("add", str(copy), "--id-from", "file", "--project", str(root))[0] == 0
    project = Project.open(root)
    assert sorted(project.sources) == [
        "rent-stabilisation-in-alderport",
        "rent-stabilisation-in-alderport-2",
        old_id,
    ]
    assert project.sources["rent-stabilisation-in-alderport"].title.startswith("Rent stab")
    assert project.sources["rent-stabilisation-in-alderport-2"].title == "Another note"
    assert [c.source for c in project.claims()] == [old_id]


def _page(path: Path, title: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p>The levy should stay. Households can pay it.</p></article></body></html>",
        encoding="utf-8",
    )
    return path


def test_ids_from_file_names_keep_the_whole_name(tmp_path: Path, cli: CliRun) -> None:
    """debate21: ids were cut at 40 characters, losing the words that told pages apart
    (``…-household-levy-live`` -> ``…-household``); debate20: a Facebook page saved with
    its tab's notification count "(3) " got the id ``3-dolna-strana-neighbours``."""
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    raw = tmp_path / "raw"
    _page(raw / "kbc-licence-fee-white-paper-household-levy-live.html", "Live: the levy")
    _page(raw / "varnholm-courier-fund-kbc-from-tax-comments.html", "Fund KBC from tax")
    _page(raw / "(3) Dolna Strana Neighbours – Vesnik _ Facebook.html", "(3) Dolna Strana")
    long_name = "a-very-long-file-name-that-goes-on-and-on-about-the-licence-fee-and-who-pays"
    _page(raw / f"{long_name}-it.html", "Long")
    notion = raw / "Motion THW make voting compulsory 8c1f3e0a9b2d4e67a1f05c3b7d9e2a14.md"
    notion.write_text("# Motion\n\nVoting should be compulsory. Turnout matters.\n")
    code, out, err = cli("add", str(raw), "--id-from", "file", "--json", "--project", root)
    assert code == 0, err
    assert sorted(m["id"] for m in json.loads(out)) == [
        "a-very-long-file-name-that-goes-on-and-on-about-the-licence-fee",
        "dolna-strana-neighbours-vesnik-facebook",
        "kbc-licence-fee-white-paper-household-levy-live",
        "motion-thw-make-voting-compulsory",
        "varnholm-courier-fund-kbc-from-tax-comments",
    ]


def test_ids_from_titles_drop_a_tab_count_and_keep_more_words_to_stay_distinct(
    tmp_path: Path, cli: CliRun
) -> None:
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    first = "Clock change bill which time is better for farmers in the north"
    second = "Clock change bill which time is better for children in the south"
    for name, title in (("a.md", first), ("b.md", second), ("c.md", "(12) Town hall chat")):
        (tmp_path / name).write_text(f"# {title}\n\nThe clocks should stay. Farmers agree.\n")
    got = []
    for name in ("a.md", "b.md", "c.md"):
        code, out, err = cli("add", str(tmp_path / name), "--json", "--project", root)
        assert code == 0, err
        got.append(json.loads(out)[0]["id"])
    assert got == [
        "clock-change-bill-which-time-is-better",
        "clock-change-bill-which-time-is-better-for-children",
        "town-hall-chat",
    ]


def test_a_chat_export_s_generic_file_name_takes_its_folder_s_name(
    tmp_path: Path, cli: CliRun
) -> None:
    """debate19: a WhatsApp export's text is always `_chat.txt`, so `--id-from file` gave
    `chat` and the export needed an `add --id` call of its own."""
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    folder = tmp_path / "WhatsApp Chat - Lindqvist family"
    folder.mkdir()
    (folder / "_chat.txt").write_text(
        "[12/03/2027, 19:02:11] Anna: Keep summer time. The evenings matter.\n", "utf-8"
    )
    code, out, err = cli(
        "add", str(folder / "_chat.txt"), "--id-from", "file", "--json", "-p", root
    )
    assert code == 0, err
    assert json.loads(out)[0]["id"] == "whatsapp-chat-lindqvist-family"


@pytest.mark.parametrize(("name", "markup"), [("notes.textile", True), ("NOTES", False)])
def test_a_plain_text_file_of_another_type_says_to_add_it_as_txt(
    tmp_path: Path, cli: CliRun, name: str, markup: bool
) -> None:
    """debate21's memo.rst was refused with the supported list only (reader 11 reads .rst
    and .adoc, reader 12 debate23's LaTeX; Textile is still a type argmap has no reader
    for)."""
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    path = tmp_path / name
    path.write_text("Memo\n====\n\nThe levy should go. It is unfair.\n", encoding="utf-8")
    code, out, err = cli("add", str(path), "-p", root)
    stem = name.partition(".")[0]
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.rstrip("\n").endswith(
        f"; it is plain text: add a copy saved as {stem}.txt"
        + (" (its markup is read as text)" if markup else "")
    )


def test_another_save_of_a_page_under_a_taken_id_names_replace(tmp_path: Path, cli: CliRun) -> None:
    """debate22: the Lemmy thread saved as a page, then pasted into lemmy.txt, was added as
    ``lemmy-2`` without a word; the user is told whose id was taken and how to replace it."""
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    page, pasted = tmp_path / "lemmy.html", tmp_path / "lemmy.txt"
    page.write_text(
        "<html><head><title>Town hall</title></head><body><h1>Town hall</h1>"
        "<p>The levy should go. It is unfair to renters.</p></body></html>",
        encoding="utf-8",
    )
    pasted.write_text("Town hall thread\n\nThe levy should go. Many agree.\n", encoding="utf-8")
    assert cli("add", str(page), "--id-from", "file", "-p", root)[0] == 0
    code, out, _ = cli("add", str(pasted), "--id-from", "file", "-p", root)
    assert code == 0 and "added lemmy-2:" in out
    assert "id lemmy was taken (by 'Town hall')" in out
    assert f"argmap add {pasted} --replace lemmy" in out
    # an id of its own that ends in a number is no taken one
    issue = tmp_path / "issue-212.md"
    issue.write_text("# Issue 212\n\nThe calculator is wrong. Fix it.\n", encoding="utf-8")
    code, out, _ = cli("add", str(issue), "--id-from", "file", "-p", root)
    assert code == 0 and "added issue-212:" in out and "was taken" not in out
    # a file named like a taken id's second save (report-2.txt beside report) took no id
    for name in ("report.md", "report-2.md"):
        (tmp_path / name).write_text(f"# {name}\n\nThe levy should go. {name} says so.\n")
        code, out, _ = cli("add", str(tmp_path / name), "--id-from", "file", "-p", root)
        assert code == 0 and f"added {name[:-3]}:" in out and "was taken" not in out, out
