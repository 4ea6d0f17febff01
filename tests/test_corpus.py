"""Sentence segmentation (one test per tricky case of the seeds) and reading sources."""

from __future__ import annotations

import itertools
import textwrap
from pathlib import Path

import pytest
from conftest import SEEDS, make_project

from argmap import corpus
from argmap.errors import ArgmapError
from argmap.project import Project


def texts(text: str) -> list[str]:
    return [s.text for s in corpus.sentences(text)]


# --------------------------------------------------------------------------- "U.S." and "e.g."


def test_us_followed_by_capitalised_verb_stays_in_sentence() -> None:
    text = (
        "For decades, the continent operated under the assumption that the U.S. Would serve "
        "as the primary guarantor of its defence. That assumption is gone."
    )
    assert texts(text) == [
        "For decades, the continent operated under the assumption that the U.S. Would serve "
        "as the primary guarantor of its defence.",
        "That assumption is gone.",
    ]


def test_us_led_is_not_a_sentence_end() -> None:
    text = "Primary Command U.S.-led centralized command. Distributed European command follows."
    assert texts(text)[0] == "Primary Command U.S.-led centralized command."
    assert len(texts(text)) == 2


def test_us_followed_by_capitalised_noun_stays_in_sentence() -> None:
    text = (
        "Europe must execute operations without relying on U.S. Logistics, intelligence, "
        "or command structures. The push is not new."
    )
    assert texts(text) == [
        "Europe must execute operations without relying on U.S. Logistics, intelligence, "
        "or command structures.",
        "The push is not new.",
    ]


def test_us_then_or_mid_sentence() -> None:
    text = "How to balance this shift without alienating the U.S. Or destabilizing the EU. Next."
    assert len(texts(text)) == 2


def test_eg_in_parentheses() -> None:
    text = (
        "Capability alignment: Match European demands for critical enablers (e.g., C4ISR) "
        "with available US systems. Another sentence."
    )
    got = texts(text)
    assert got[0].endswith("with available US systems.")
    assert "(e.g., C4ISR)" in got[0]
    assert len(got) == 2


def test_eg_inline() -> None:
    assert texts("Some items, e.g. drones, matter most. Another one.") == [
        "Some items, e.g. drones, matter most.",
        "Another one.",
    ]


# --------------------------------------------------------------------------- lists, headings


def test_bullet_marker_is_cut_off() -> None:
    text = (
        "Three factors drive the debate.\n"
        "  • U.S. Political Volatility: American policy can shift between administrations. "
        "This creates a trust deficit.\n"
        "  • Shift Toward the Indo-Pacific: Europe fears becoming secondary.\n"
    )
    sents = corpus.sentences(text)
    assert [s.text for s in sents] == [
        "Three factors drive the debate.",
        "U.S. Political Volatility: American policy can shift between administrations.",
        "This creates a trust deficit.",
        "Shift Toward the Indo-Pacific: Europe fears becoming secondary.",
    ]
    assert text[sents[1].start :].startswith("U.S. Political")
    assert "•" not in "".join(s.text for s in sents)


def test_numbered_heading_item() -> None:
    text = "1. Industrial Fragmentation\nEurope has too many weapon systems. That is costly.\n"
    sents = corpus.sentences(text)
    assert [s.text for s in sents] == [
        "Industrial Fragmentation",
        "Europe has too many weapon systems.",
        "That is costly.",
    ]
    assert text[sents[0].start : sents[0].end] == "Industrial Fragmentation"


def test_indented_numbered_items() -> None:
    text = (
        "Recommendations\n\n"
        "  1. Ukraine: Leverage European support for Ukraine. It drives demand.\n"
        "  1. Capability alignment: Match demands for enablers.\n"
    )
    assert texts(text) == [
        "Recommendations",
        "Ukraine: Leverage European support for Ukraine.",
        "It drives demand.",
        "Capability alignment: Match demands for enablers.",
    ]


def test_heading_without_stop_before_blank_line() -> None:
    text = "A Heading Without Stop\n\nThe paragraph starts here. It goes on.\n"
    assert texts(text) == ["A Heading Without Stop", "The paragraph starts here.", "It goes on."]


def test_heading_without_stop_single_newline() -> None:
    text = "A Heading Without Stop\nThe paragraph starts here. It goes on.\n"
    assert texts(text) == ["A Heading Without Stop", "The paragraph starts here.", "It goes on."]


# --------------------------------------------------------------------------- quotes


def test_straight_quote_with_glued_stop() -> None:
    text = 'They call it "burden-sharing.". Next sentence begins here.'
    assert texts(text) == ['They call it "burden-sharing.".', "Next sentence begins here."]


def test_curly_quote_then_new_sentence() -> None:
    text = "They call it “burden sharing.” Proponents say otherwise."
    assert texts(text) == ["They call it “burden sharing.”", "Proponents say otherwise."]


# --------------------------------------------------------------------------- hard-wrapped Markdown

PARA1 = (
    "European leaders have argued for years that the continent must be able to act on its "
    "own. The argument rests on three pillars of capability, industry and decision making. "
    "Critics reply that the United States remains indispensable for deterrence in the east."
)
PARA2 = (
    "Meanwhile the industrial base is fragmented across many national champions and small "
    "firms. Consolidation would take a decade or more, according to most analysts."
)


def test_hard_wrapped_markdown_lines_are_joined() -> None:
    text = f"# Strategic Autonomy\n\n{textwrap.fill(PARA1, 72)}\n\n{textwrap.fill(PARA2, 72)}\n"
    assert textwrap.fill(PARA1, 72).count("\n") >= 2  # really wrapped
    got = texts(text)
    assert got[1:] == [
        "European leaders have argued for years that the continent must be able to act on its own.",
        "The argument rests on three pillars of capability, industry and decision making.",
        "Critics reply that the United States remains indispensable for deterrence in the east.",
        "Meanwhile the industrial base is fragmented across many national champions and small firms.",
        "Consolidation would take a decade or more, according to most analysts.",
    ]
    assert "Strategic Autonomy" in got[0]


def test_hard_wrapped_bullets_stay_separate() -> None:
    item = "An item that is long enough to wrap over two lines of a hard-wrapped file."
    body = textwrap.fill(PARA1, 72)
    text = f"{body}\n\n- {item}\n- Second item is short.\n\n{textwrap.fill(PARA2, 72)}\n"
    got = texts(text)
    assert item in got
    assert "Second item is short." in got


# --------------------------------------------------------------------------- ids and offsets


SEED_COUNTS = {"000": 27, "001": 112, "002": 79, "003": 65, "004": 38}


def seed_texts() -> dict[str, str]:
    return {p.name[:3]: corpus.read_source_text(p) for p in sorted(SEEDS.glob("*.txt"))}


def test_seed_sentence_counts() -> None:
    counts = {k: len(corpus.sentences(t)) for k, t in seed_texts().items()}
    assert counts == SEED_COUNTS
    assert sum(counts.values()) == 321


@pytest.mark.parametrize("key", sorted(SEED_COUNTS))
def test_seed_offsets_slice_the_text(key: str) -> None:
    text = seed_texts()[key]
    sents = corpus.sentences(text)
    for i, s in enumerate(sents):
        assert " ".join(text[s.start : s.end].split()) == s.text
        assert s.text and s.text == s.text.strip()
        assert s.id == f"s{i + 1:04d}" and s.index == i
    starts = [s.start for s in sents]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sents))


def test_seed_known_sentences_are_whole() -> None:
    all_text = [s for t in seed_texts().values() for s in texts(t)]
    for fragment in ("U.S. Would", "U.S. Logistics", "U.S.-led", "(e.g., C4ISR)"):
        assert any(fragment in s for s in all_text), fragment
    # no sentence ends right after "U.S." followed by a capitalised continuation
    assert not any(s.endswith("the U.S.") for s in all_text if "the U.S. Would" in s)
    assert not any(s.startswith(("Would serve", "Logistics,", "•")) for s in all_text)


def test_segmentation_is_stable() -> None:
    for text in seed_texts().values():
        assert corpus.sentences(text) == corpus.sentences(text)
    corpus._tokenizer.cache_clear()
    text = seed_texts()["001"]
    first = corpus.sentences(text)
    corpus._tokenizer.cache_clear()
    assert corpus.sentences(text) == first


def test_segmentation_stable_across_processes(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    code = (
        "import json,sys; from argmap import corpus; from pathlib import Path;"
        "t=corpus.read_source_text(Path(sys.argv[1]));"
        "print(json.dumps([s.model_dump() for s in corpus.sentences(t)]))"
    )
    path = sorted(SEEDS.glob("002_*.txt"))[0]
    outs = [
        subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    ]
    here = [s.model_dump() for s in corpus.sentences(corpus.read_source_text(path))]
    assert json.loads(outs[0]) == json.loads(outs[1]) == here


def test_empty_text_has_no_sentences() -> None:
    assert corpus.sentences("") == []
    assert corpus.sentences("\n\n  \n") == []


# --------------------------------------------------------------------------- reading sources


def test_latin1_bytes_give_one_line_error_naming_file_and_byte(
    tmp_path: Path, annotator: str
) -> None:
    project = make_project(tmp_path, {})
    path = tmp_path / "article.txt"
    path.write_bytes("Café society argues.\n".encode("latin-1"))
    with pytest.raises(ArgmapError) as err:
        project.add_source(path)
    msg = str(err.value)
    assert "\n" not in msg
    assert str(path) in msg and "byte 3" in msg and "0xe9" in msg and "--encoding" in msg
    assert project.sources == {}


def test_latin1_with_encoding_option_is_converted(tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    path = tmp_path / "article.txt"
    path.write_bytes("Café society argues. It is right.\n".encode("latin-1"))
    meta = project.add_source(path, encoding="latin-1")
    stored = project.sources_dir / meta.file
    assert stored.read_bytes() == "Café society argues. It is right.\n".encode()
    reopened = Project.open(project.root)
    assert [s.text for s in reopened.sources[meta.id].sentences] == [
        "Café society argues.",
        "It is right.",
    ]


def test_crlf_and_bom_are_normalised(tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    path = tmp_path / "win.txt"
    path.write_bytes("\ufeffTitle line\r\nFirst sentence. Second one.\r\nThird.\r".encode())
    meta = project.add_source(path)
    doc = Project.open(project.root).sources[meta.id]
    assert doc.text == "Title line\nFirst sentence. Second one.\nThird.\n"
    assert "\r" not in doc.text and not doc.text.startswith("\ufeff")
    assert doc.meta.title == "Title line"
    assert [s.text for s in doc.sentences] == [
        "Title line",
        "First sentence.",
        "Second one.",
        "Third.",
    ]


def test_decode_source_unknown_encoding() -> None:
    with pytest.raises(ArgmapError, match="unknown encoding"):
        corpus.decode_source(b"x", "f.txt", "no-such-codec")


def test_html_import_extracts_title_and_paragraphs(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><title>Europe &amp; NATO</title>
    <meta name="author" content="Jane Doe">
    <meta property="og:site_name" content="Policy Review">
    <meta property="article:published_time" content="2025-03-04T10:00:00Z">
    <style>p { color: red }</style><script>var x = "Not text.";</script></head>
    <body><nav>Home About</nav><h1>Europe and NATO</h1>
    <p>Europe must act alone.
    It has the means.</p><p>Critics disagree <b>strongly</b>.</p>
    <ul><li>First point.</li><li>Second point.</li></ul></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    project = make_project(tmp_path, {})
    meta = project.add_source(path)
    assert meta.title == "Europe & NATO"
    assert (meta.author, meta.outlet, meta.date) == ("Jane Doe", "Policy Review", "2025-03-04")
    assert meta.file.endswith(".txt")
    doc = Project.open(project.root).sources[meta.id]
    assert [s.text for s in doc.sentences] == [
        "Europe and NATO",
        "Europe must act alone.",
        "It has the means.",
        "Critics disagree strongly.",
        "First point.",
        "Second point.",
    ]
    for bad in ("Not text", "color: red", "Home About", "<p>"):
        assert bad not in doc.text


def test_markdown_source_is_kept_byte_for_byte(tmp_path: Path) -> None:
    text = f"# Strategic Autonomy\n\nBy Jane Doe\n\n{textwrap.fill(PARA1, 72)}\n"
    path = tmp_path / "essay.md"
    path.write_text(text, encoding="utf-8")
    project = make_project(tmp_path, {})
    meta = project.add_source(path)
    assert meta.file.endswith(".md") and meta.title == "Strategic Autonomy"
    assert meta.author == "Jane Doe"
    assert (project.sources_dir / meta.file).read_text(encoding="utf-8") == text
    doc = Project.open(project.root).sources[meta.id]
    assert (
        "Critics reply that the United States remains indispensable for deterrence in the east."
        in [s.text for s in doc.sentences]
    )


def test_unsupported_file_type(tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(ArgmapError, match=r"unsupported file type '.pdf'"):
        project.add_source(path)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    path = tmp_path / "a.txt"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(ArgmapError, match="holds no text"):
        project.add_source(path)


def test_guess_date_formats() -> None:
    assert corpus.guess_date("Published 4.3.2025 in Berlin") == "2025-03-04"
    assert corpus.guess_date("March 4, 2025 — Washington") == "2025-03-04"
    assert corpus.guess_date("Updated 2025-03-04") == "2025-03-04"
    assert corpus.guess_date("no date here") == ""


def test_markdown_heading_marks_are_not_part_of_the_sentence() -> None:
    text = "# Strategic Autonomy\n\nEurope must act. It can.\n\n## Risks\n\n- One risk is cost.\n"
    got = [s.text for s in corpus.sentences(text)]
    assert got == [
        "Strategic Autonomy",
        "Europe must act.",
        "It can.",
        "Risks",
        "One risk is cost.",
    ]
    first = corpus.sentences(text)[0]
    assert text[first.start : first.end] == "Strategic Autonomy"
