"""Reader 16, the default of ``argmap add``: what debate30-32's builders found misread
(comments dropped in silence, comments and posts with no speaker, a letter credited to its
addressee, "Opinion" as an author, "On Oskaria:" as a speaker...), on pages written for these
tests (tests/reader16/, Kestrel Bay and its library). Each test shows what reader 15 reads
of the same page, so that it fails under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pages import Cli, add_page

from argmap.readers import READER

PAGES = Path(__file__).parent / "reader16"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _both(cli: Cli, root: str, name: str) -> tuple[dict, dict]:
    """Tests/reader16/NAME as reader 15 and reader 16 add it."""
    stem = Path(name).stem
    fifteen = add_page(cli, root, PAGES / name, "--reader", "15", "--id", f"r15-{stem}")
    return fifteen, add_page(cli, root, PAGES / name, "--reader", "16", "--id", f"r16-{stem}")


def test_reader_16_is_recorded(cli: Cli, root: str) -> None:
    assert READER == 18  # reader 18 since session 20
    assert _both(cli, root, "kestrel-bay-library-letter.txt")[1]["reader"] == 16


def test_a_facebook_groups_comments_are_read_each_by_its_writer(cli: Cli, root: str) -> None:
    """Comments labelled "Comment by NAME …" / "Reply by NAME to …": reader 15 left them out
    (only `leftout` listed them), kept "👍❤️ 212 87 comments" and gave the post no writer."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-community-facebook.html")
    reply = "Maren Oyelaran-Holt: Seven days of a shelf is not a library, Tobias."
    assert not any("Seven days of a shelf" in row for row in fifteen["rows"])
    assert len(fifteen["left_out"]) == 3
    rows = sixteen["rows"]
    assert rows[0].startswith("Maren Oyelaran-Holt: The county wants to close")
    assert rows.index(
        "Tobias Quarrie-Nakamura: I run the leisure centre café and we would love the footfall."
    ) < rows.index(reply)
    assert rows[-1].startswith("Ingrid Falkenrath: I would rather the county spent it")
    assert not any("212" in row or "Most relevant" in row or "👍" in row for row in rows)
    assert sixteen["author"] == "Maren Oyelaran-Holt"
    assert not sixteen.get("left_out")


def test_medium_responses_are_read_after_the_essay(cli: Cli, root: str) -> None:
    """Medium's responses (``pw-response``, the text in a ``<pre>``): left out by reader 15."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-library-essay-medium.html")
    assert not any("Volunteers are not a plan" in row for row in fifteen["rows"])
    rows = sixteen["rows"]
    assert "Quillon Aste: Volunteers are not a plan for a whole town either." in rows
    assert "Birgit Lonsdale: I work in that leisure centre." in rows
    assert "Closing first and asking later is the wrong order." in rows  # the essay: nobody's
    assert sixteen["author"] == "Osric Vandermeer"


def test_bluesky_replies_are_read_and_a_topic_label_is_no_speaker(cli: Cli, root: str) -> None:
    """Reader 15 dropped the reply (class "reply"), made "On Hollin Marsh" a speaker and the
    replier the thread's author."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-bluesky-thread.html")
    assert "On Hollin Marsh: yes, its reading room closed." in fifteen["rows"]
    assert fifteen["author"].startswith("Nell Waite")
    rows = sixteen["rows"]
    assert "@ivoras.bsky.social: On Hollin Marsh: yes, its reading room closed." in rows
    assert "Nell Waite: The 2019 estimate was for a full replacement." in rows
    assert sixteen["author"] == "Ivo Rasmussen"


def test_a_linkedin_post_and_its_comments_have_their_writers(cli: Cli, root: str) -> None:
    """The post's actor and each comment's ``comments-post-meta__name-text``: reader 15 read
    every sentence with no speaker and made a commenter ("Rupert Elsdon Archivist") the
    author."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-library-linkedin.html")
    assert not any(": " in row.split(".")[0] for row in fifteen["rows"][:4])
    rows = sixteen["rows"]
    assert rows[0].startswith("Cordelia Ashby-Mensah: Some people have asked")
    assert "Rupert Elsdon: By appointment means twice a month in a town an hour away." in rows
    assert "Priya Holmgren: We have the space and the opening hours." in rows
    assert sixteen["author"] == "Cordelia Ashby-Mensah"


def test_a_petitions_reasons_are_their_signers(cli: Cli, root: str) -> None:
    """Reader 15 kept each signer as a sentence ("Agnes P. Harbour Street") and "Like ·
    Report" under each reason, and gave the reasons no speaker."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-library-petition.html")
    assert "Like · Report" in fifteen["rows"]
    rows = sixteen["rows"]
    assert (
        "Agnes P.: I learned to read in that building and so did my grandson, it is worth a roof."
        in rows
    )
    assert any(row.startswith("Dr Elspeth Marrow: As a local historian") for row in rows)
    assert not any("Like · Report" in row or row.startswith("Hamid K. Netley") for row in rows)
    assert rows[4].startswith("We are asking Kestrel County Council")  # the story: nobody's


def test_an_interviews_questions_and_answers_have_their_speakers(cli: Cli, root: str) -> None:
    """Bold questions, plain answers, "Interview by NAME": reader 15 read every line with no
    speaker and "Interview by Lasse Brightwater" as the author."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-library-interview.md")
    assert "Councillor, will the library close?" in fifteen["rows"]
    rows = sixteen["rows"]
    assert "Lasse Brightwater: Councillor, will the library close?" in rows
    assert "Councillor Wenona Strand: Not if I can help it." in rows
    assert "Councillor Wenona Strand: As well, yes." in rows
    assert rows[0].startswith("Councillor Wenona Strand chairs")  # the introduction: nobody's
    assert rows[-1] == "This interview has been edited for length."
    assert sixteen["author"] == "Lasse Brightwater"


def test_a_press_releases_notes_to_editors_are_read(cli: Cli, root: str) -> None:
    """Reader 15 read nothing under "Notes to editors", and `leftout` did not say so."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-library-trust-release.html")
    note = (
        "The figures count entries through the library's door counter between 1 October 2026 "
        "and 30 September 2027."
    )
    assert note not in fifteen["rows"]
    assert note in sixteen["rows"]
    assert not any("Media enquiries" in row for row in sixteen["rows"])


def test_a_letter_is_its_signers_with_its_subject_as_title(cli: Cli, root: str) -> None:
    """Reader 15: the addressee ("Wenona Strand") as author, the letterhead's address as the
    title, the address block as sentences; the signature dropped."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-library-letter.txt")
    assert "Chair, Communities Committee" in fifteen["rows"]
    assert "Castellane" not in fifteen["author"]
    assert sixteen["author"] == "Leopold Castellane (Secretary, Kestrel Bay Civic Society)"
    assert sixteen["title"] == "Harbour Street Library: the proposed library point"
    assert sixteen["rows"][0] == "Harbour Street Library: the proposed library point"
    assert sixteen["rows"][1].startswith("We write on behalf of the society's 212 members")


def test_an_opeds_byline_not_its_section_is_the_author_and_its_bio_is_read(
    cli: Cli, root: str
) -> None:
    """Reader 15: author "Opinion" (the section's label), the bio in ``p.bio`` dropped."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-student-oped.html")
    bio = "Saoirse Lindqvist-Bell is a second-year history student and the Gannet's comment editor."
    assert fifteen["author"] == "Opinion"
    assert bio not in fifteen["rows"]
    assert sixteen["author"] == "Saoirse Lindqvist-Bell"
    assert sixteen["rows"][-1] == bio


def test_myth_and_fact_labels_are_no_sentences(cli: Cli, root: str) -> None:
    """A myth-buster's "MYTH" and "FACT" over each pair: sentences under reader 15."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-library-myths.html")
    assert fifteen["rows"].count("MYTH") == 2
    assert "MYTH" not in sixteen["rows"] and "FACT" not in sixteen["rows"]
    assert '"Kestrel Bay is losing its library."' in sixteen["rows"]


def test_a_consultations_csv_export_is_read_row_by_row(cli: Cli, root: str, tmp_path: Path) -> None:
    """Reader 15 refused a .csv; reader 16 reads each row's written answer, spoken by the
    respondent (its name, else its id, with its area), and skips "no comment"."""
    page = PAGES / "kestrel-library-consultation-export.csv"
    code, _, err = cli("add", str(page), "--reader", "15", "--project", root)
    assert code != 0 and "reader 15 does not read .csv files (reader 16 does" in err
    rows = add_page(cli, root, page)["rows"]
    assert (
        rows[0]
        == "Agnes Pellow (Harbour Street): I have used the library every week for forty years."
    )
    assert "KL-0009 (Netley Row): I work until six and the library is shut by then." in rows
    assert rows[-1].startswith("Friends of Harbour Street Library (Kestrel Bay): Moving them")
    assert not any("no comment" in row or "Strongly" in row for row in rows)
    counts = tmp_path / "library-counts.csv"
    counts.write_text("Area,Count\nHarbour Street,12\nNetley Row,7\n", encoding="utf-8")
    code, _, err = cli("add", str(counts), "--project", root)
    assert code != 0 and "library-counts.csv: no column of written answers" in err
    assert "save the answers as .txt" in err


def test_a_contact_paragraph_read_as_no_sentence_is_listed_as_left_out(cli: Cli, root: str) -> None:
    """A paper's last "Contact: NAME, role, …" line is no sentence; reader 15 dropped it and
    `leftout` (HTML only) said nothing; reader 16 lists it."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-friends-position.md")
    assert not any("Ottilie" in row for row in fifteen["rows"] + sixteen["rows"])
    assert not fifteen.get("left_out")
    assert sixteen["left_out"] == [
        "Contact: Ottilie Varga, Secretary, Friends of Harbour Street Library, 01632 960 118"
    ]


def test_reaction_counts_under_pasted_comments_are_no_sentences(cli: Cli, root: str) -> None:
    """ "👍 23" under a comment copied as text: reader 15 kept it as a sentence of the
    comment's writer."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-group-chat-copied.txt")
    assert "Maren Oyelaran-Holt: 👍 23" in fifteen["rows"]
    assert not any("👍" in row or "❤️" in row for row in sixteen["rows"])
    assert sixteen["rows"][-1] == (
        "Ingrid Falkenrath: I would rather the money went to the mobile library that reaches "
        "the farms."
    )


def test_a_titles_last_part_is_no_outlet_when_it_is_a_byline_or_the_headings_start(
    cli: Cli, root: str
) -> None:
    """ "Post - by NAME" (Substack): reader 15 made "by Ada Korsvik" the outlet; "Group -
    October update" over the heading "October update: the roof survey is in" (a mail
    archive): reader 15 made "October update" the outlet."""
    fifteen, sixteen = _both(cli, root, "kestrel-why-i-changed-my-mind-substack.html")
    assert fifteen["outlet"] == "by Ada Korsvik"
    assert (sixteen["author"], sixteen["outlet"]) == ("Ada Korsvik", "")
    fifteen, sixteen = _both(cli, root, "kestrel-friends-october-update.html")
    assert fifteen["outlet"] == "October update"
    assert sixteen["title"] == "October update: the roof survey is in"
    assert sixteen["outlet"] == "Friends of Harbour Street"


def test_a_threads_opener_headed_as_its_replies_is_its_writers(cli: Cli, root: str) -> None:
    """The opening post's head ("Bettina Lowry Netley Row · 12 Oct") was a sentence and its
    text nobody's under reader 15, the author "Bettina Lowry Netley Row"."""
    fifteen, sixteen = _both(cli, root, "kestrel-bay-neighbours-thread.html")
    assert "Bettina Lowry Netley Row · 12 Oct" in fifteen["rows"]
    rows = sixteen["rows"]
    assert "Bettina Lowry Netley Row · 12 Oct" not in rows
    assert (
        "Bettina Lowry: Does anyone know why Harbour Street Library shuts at one on Saturdays?"
        in rows
    )
    assert "Cyrus Penhale: There is one librarian for the whole building." in rows
    assert sixteen["author"] == "Bettina Lowry"


def test_a_bylines_person_not_the_site_is_the_author(cli: Cli, root: str) -> None:
    """ "By Runa Halvorsen · Published 21 October 2027": reader 15 made the site the author."""
    fifteen, sixteen = _both(cli, root, "kestrel-fact-check-library-visits.html")
    assert fifteen["author"] == "Kestrel Fact Check Network"
    assert (sixteen["author"], sixteen["outlet"]) == (
        "Runa Halvorsen",
        "Kestrel Fact Check Network",
    )


def test_a_petitions_reasons_signed_under_them_are_their_signers(cli: Cli, root: str) -> None:
    """ "Morwenna, Tresillian · 2 days ago" under a reason: a sentence of its own under
    reader 15, the reason nobody's."""
    fifteen, sixteen = _both(cli, root, "kestrel-library-petition-signed-under.html")
    assert "Morwenna, Tresillian · 2 days ago" in fifteen["rows"]
    rows = sixteen["rows"]
    assert (
        "Morwenna (Tresillian): The bus to town takes an hour each way and the mobile library "
        "comes to our door." in rows
    )
    assert "Jory (Penwithick): My mother cannot climb the steps at Harbour Street anyway." in rows
    assert "One building in town cannot serve a county this size." in rows  # no name: nobody's
    assert not any(row.startswith("Morwenna, Tresillian") for row in rows)
