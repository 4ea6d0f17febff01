"""`argmap add raw/*` of a folder a user saved from the web: a page saved "Web page,
complete" (NAME.html beside its assets folder NAME_files/), the files a system keeps in a
folder and a download not finished. Reported by a blind debate's builder (session 20):
the assets folder refused the whole batch, so nothing was added."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., tuple[int, str, str]]


def _page(title: str, words: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article>"
        f"<p>{words}</p></article></body></html>\n"
    )


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    """A downloads folder: two pages saved complete (one is an index.html), each with its
    assets folder (one holds a frame saved as .html), and what Windows and macOS leave."""
    raw = tmp_path / "raw"
    for stem, title in (("Levy debate", "The levy debate"), ("index", "The council answers")):
        (raw / f"{stem}_files").mkdir(parents=True)
        (raw / f"{stem}.html").write_text(
            _page(title, f"{title} says the levy works. Critics disagree with that."),
            encoding="utf-8",
        )
        (raw / f"{stem}_files" / "style.css").write_text("p {}\n", encoding="utf-8")
    (raw / "Levy debate_files" / "saved_resource.html").write_text(  # a frame of the page
        _page("Advert", "Buy the new phone today. It is the best phone."), encoding="utf-8"
    )
    for junk in ("Thumbs.db", "desktop.ini", ".DS_Store"):
        (raw / junk).write_bytes(b"\x00\x01junk")
    return raw


def _titles(cli: Cli, project: Path) -> list[str]:
    code, out, err = cli("sources", "--json", "-p", str(project))
    assert code == 0, err
    return sorted(row["title"] for row in json.loads(out))


def test_a_page_saved_complete_is_added_and_its_assets_folder_skipped(
    cli: Cli, raw: Path, tmp_path: Path
) -> None:
    """`add raw/*` (what the shell gives: the pages, their folders, Thumbs.db,
    desktop.ini): both pages added, each assets folder and the system files skipped with
    one line, exit 0; the frame inside an assets folder is not an article. Before: the
    css-only index_files/ refused the whole batch (exit 2, nothing added)."""
    project = tmp_path / "p"
    assert cli("init", str(project))[0] == 0
    given = sorted(str(p) for p in raw.iterdir() if not p.name.startswith("."))
    code, out, err = cli("add", *given, "-p", str(project))
    assert code == 0, err
    assert out.count("added ") == 2
    assert _titles(cli, project) == ["The council answers", "The levy debate"]
    assert f"skipped {raw / 'Levy debate_files'}/: the assets of the page" in err
    assert f"skipped {raw / 'index_files'}/: the assets of the page" in err
    assert "skipped Thumbs.db, desktop.ini: kept in a folder by the file manager" in err
    assert len(err.strip().splitlines()) == 3


def test_the_assets_folder_alone_says_which_page_to_add(
    cli: Cli, raw: Path, tmp_path: Path
) -> None:
    """`add raw/index_files` adds nothing (not the frame saved inside) and names the page."""
    project = tmp_path / "p"
    assert cli("init", str(project))[0] == 0
    code, _, err = cli("add", str(raw / "index_files"), "-p", str(project))
    assert code == 2
    assert "the page is read from index.html" in err and "nothing to add" in err
    assert _titles(cli, project) == []


def test_a_download_not_finished_is_refused_and_the_others_added(
    cli: Cli, raw: Path, tmp_path: Path
) -> None:
    """A Chrome `.crdownload` beside the pages: that one refused with one line saying to
    let it finish (exit 1, the summary names it), the pages added; once finished (the
    .html beside it) a leftover .crdownload is only skipped (exit 0)."""
    project = tmp_path / "p"
    assert cli("init", str(project))[0] == 0
    partial = raw / "Reply.html.crdownload"
    partial.write_text("<html><head><title>Re", encoding="utf-8")
    code, out, err = cli("add", str(raw / "Levy debate.html"), str(partial), "-p", str(project))
    assert code == 1
    assert f"{partial}: a download not finished (Chrome's .crdownload): let it finish" in err
    assert "1 of 2 files added; 1 refused (Reply.html.crdownload" in out
    assert _titles(cli, project) == ["The levy debate"]
    (raw / "Reply.html").write_text(
        _page("The reply", "The reply says the critics are right."), encoding="utf-8"
    )
    code, out, err = cli("add", str(raw / "Reply.html"), str(partial), "-p", str(project))
    assert code == 0, err
    assert "a download's leftover" in err and "Reply.html beside it is the finished file" in err
    assert _titles(cli, project) == ["The levy debate", "The reply"]


def test_a_folder_with_no_article_among_others_refuses_only_itself(
    cli: Cli, raw: Path, tmp_path: Path
) -> None:
    """A folder of pictures in the batch (not a page's assets): one line naming it, the
    page added (it refused the whole batch)."""
    project = tmp_path / "p"
    assert cli("init", str(project))[0] == 0
    (raw / "pictures").mkdir()
    (raw / "pictures" / "a.png").write_bytes(b"\x89PNG")
    code, out, err = cli(
        "add", str(raw / "pictures"), str(raw / "Levy debate.html"), "-p", str(project)
    )
    assert code == 1
    assert f"{raw / 'pictures'}: no file argmap reads in this folder (1 file: a.png)" in err
    assert "1 of 2 files added; 1 refused (pictures/" in out
    assert _titles(cli, project) == ["The levy debate"]


JATS = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article">
<front><article-meta><title-group><article-title>The small release</article-title>
</title-group></article-meta></front>
<body><sec><title>The case</title><p>An outdoor test of aerosol release is justified.
It answers questions no model can.</p></sec></body></article>
"""


def test_add_as_html_reads_an_xml_article_as_a_page(cli: Cli, tmp_path: Path) -> None:
    """debate37: a JATS article saved as .xml was read as plain text, tags and all (its
    title `<?xml version=…`); only a copy saved as .html was read, and no option said so."""
    project = tmp_path / "p"
    assert cli("init", str(project))[0] == 0
    path = tmp_path / "article.xml"
    path.write_text(JATS, encoding="utf-8")
    code, out, err = cli("add", str(path), "--as", "html", "--id", "art", "-p", str(project))
    assert code == 0, err
    code, out, err = cli("sentences", "art", "--json", "-p", str(project))
    assert code == 0, err
    texts = [s["text"] for s in json.loads(out)]
    assert "An outdoor test of aerosol release is justified." in texts
    assert not any("<" in t for t in texts)
    code, _, err = cli("add", str(path), "--as", "pdf", "-p", str(project))
    assert code == 2 and "--as pdf: not a type argmap reads (one of: txt, md" in err


def test_a_page_saved_under_its_servers_name_is_added_as_a_page(cli: Cli, tmp_path: Path) -> None:
    """A forum thread saved as `showthread.php` (wget, "Save link as") with its assets
    folder: refused as an unsupported type '.php' (and its folder refused the batch). Now
    a .php/.aspx/… file that opens an HTML document is read as the page; one that does not
    (PHP code) is still refused; a page saved without a suffix is told `--as html`."""
    project = tmp_path / "p"
    assert cli("init", str(project))[0] == 0
    raw = tmp_path / "raw"
    (raw / "showthread_files").mkdir(parents=True)
    (raw / "showthread_files" / "a.css").write_text("p {}", encoding="utf-8")
    (raw / "showthread.php").write_text(
        "<!DOCTYPE html>\n" + _page("Forum thread", "A post says the levy is unfair to shops."),
        encoding="utf-8",
    )
    (raw / "config.php").write_text("<?php echo 1; ?>\n", encoding="utf-8")
    (raw / "thread").write_text(_page("Saved bare", "The levy is fine."), encoding="utf-8")
    code, out, err = cli("add", *sorted(str(p) for p in raw.iterdir()), "-p", str(project))
    assert code == 1
    assert "added forum-thread: 'Forum thread'" in out
    assert f"skipped {raw / 'showthread_files'}/: the assets of the page" in err
    [config] = [line for line in err.splitlines() if "config.php" in line]
    assert "unsupported file type '.php'" in config and "web page" not in config
    assert f"it is a web page: `argmap add {raw / 'thread'} --as html` reads it as one" in err
    assert _titles(cli, project) == ["Forum thread"]


def test_what_else_a_browser_leaves_says_what_to_save_instead(cli: Cli, tmp_path: Path) -> None:
    """Safari saves a page as a .webarchive, a link dragged into the folder is a .url or
    .webloc: each was "unsupported file type" with the list of types; now one line says
    what it is and what to save instead (the others still added)."""
    project = tmp_path / "p"
    assert cli("init", str(project))[0] == 0
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "Page.html").write_text(_page("The page", "The levy works."), encoding="utf-8")
    (raw / "Page.webarchive").write_bytes(b"bplist00\xd1\x01\x02")
    (raw / "Levy - News.url").write_text("[InternetShortcut]\nURL=https://x.test/a\n", "utf-8")
    code, out, err = cli("add", *sorted(str(p) for p in raw.iterdir()), "-p", str(project))
    assert code == 1 and "1 of 3 files added; 2 refused" in out
    assert "it is Safari's web archive: save the page with File > Save As…" in err
    assert "Levy - News.url: unsupported file type '.url'" in err
    assert "it is a link to a page, not the page" in err
    assert _titles(cli, project) == ["The page"]
