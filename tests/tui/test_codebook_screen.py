"""Pilot tests of the codebook screen: list, add, edit, rename, remove, undo, matrix."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import DataTable, Input, OptionList

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.codebook_screen import CodebookScreen, EntryForm, IntoPicker
from argmap.tui.matrix import MatrixScreen

SIZE = (120, 40)


def disk_codebook(root: Path) -> dict:
    return json.loads((root / "annotations" / "codebook.json").read_text(encoding="utf-8"))


def disk_stances(root: Path) -> list[str]:
    out = []
    for path in sorted((root / "annotations").glob("*.jsonl")):
        out.extend(json.loads(line)["stance"] for line in path.read_text().splitlines()[1:])
    return out


def row_ids(screen: CodebookScreen) -> list[str]:
    table = screen.query_one(DataTable)
    return [str(table.get_row_at(i)[2]) for i in range(table.row_count)]


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for a codebook change, which is saved in a worker, to be saved and shown (a
    scan of the files the next poll supersedes ends cancelled: waited past, not an error)."""
    from textual.worker import WorkerCancelled

    await pilot.pause()
    for _ in range(50):
        try:
            await pilot.app.workers.wait_for_complete()
            break
        except WorkerCancelled:
            await pilot.pause(0.05)
    await pilot.pause()


async def fill(pilot, form: EntryForm, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for name, value in values.items():
        form.query_one(f"#field-{name}", Input).value = value
    await pilot.press("ctrl+s")
    await settle(pilot)


async def open_codebook(app: ArgmapApp, pilot) -> CodebookScreen:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await pilot.press("K")
    await pilot.pause()
    await pilot.pause()
    assert isinstance(app.screen, CodebookScreen)
    return app.screen


async def test_codebook_screen_lists_with_claim_counts(small_project: Path) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_codebook(app, pilot)
        ids = row_ids(screen)
        assert ids[:3] == ["pro-autonomy", "pro-us-primacy", "hedged"]
        assert "nato-replacement" in ids
        table = screen.query_one(DataTable)
        row = table.get_row_at(ids.index("nato-replacement"))
        assert str(row[6]) == "2"  # two claims use it


async def test_add_question_and_stance_with_validation_messages(small_project: Path) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_codebook(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EntryForm)
        await fill(pilot, form, {"id": "neutral", "label": "Neutral", "symbol": "中"})
        # The form stays open with the same message as the CLI.
        assert app.screen is form
        error = str(form.query_one("#form-error").render())
        assert "one printable character one cell wide" in error
        await fill(pilot, form, {"symbol": "●", "color": "bluish"})
        assert "cannot be drawn" in str(form.query_one("#form-error").render())
        await fill(pilot, form, {"color": "blue"})
        assert app.screen is screen
        assert "neutral" in row_ids(screen)
        assert disk_codebook(small_project)["stances"][-1]["color"] == "blue"
        await pilot.press("q")
        await pilot.pause()
        await fill(pilot, app.screen, {"id": "cost", "label": "Cost", "text": "Who pays?"})  # type: ignore[arg-type]
        assert row_ids(screen)[-1] == "cost"
        assert disk_codebook(small_project)["questions"][-1]["id"] == "cost"


async def test_rename_rewrites_claims_is_undoable_and_the_matrix_follows(
    small_project: Path,
) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_codebook(app, pilot)
        await pilot.press("n")  # cursor on the first row: pro-autonomy
        await pilot.pause()
        await fill(pilot, app.screen, {"id": "autonomy"})  # type: ignore[arg-type]
        assert app.screen is screen and row_ids(screen)[0] == "autonomy"
        assert sorted(disk_stances(small_project)) == ["autonomy", "pro-us-primacy"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        cell = app.screen.matrix.cell("article", "nato-replacement")  # type: ignore[attr-defined]
        assert cell.counts["autonomy"] == 1 and "pro-autonomy" not in cell.counts
        await pilot.press("u")
        await pilot.pause()
        cell = app.screen.matrix.cell("article", "nato-replacement")  # type: ignore[attr-defined]
        assert cell.counts["pro-autonomy"] == 1
        assert sorted(disk_stances(small_project)) == ["pro-autonomy", "pro-us-primacy"]
        assert disk_codebook(small_project)["stances"][0]["id"] == "pro-autonomy"


async def test_question_rename_shows_in_the_matrix_columns(small_project: Path) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_codebook(app, pilot)
        table = screen.query_one(DataTable)
        table.move_cursor(row=row_ids(screen).index("nato-replacement"))
        await pilot.press("e")
        await pilot.pause()
        await fill(pilot, app.screen, {"label": "Alliance"})  # type: ignore[arg-type]
        await pilot.press("escape")
        await pilot.pause()
        matrix = app.screen
        assert isinstance(matrix, MatrixScreen)
        labels = [c.label for c in matrix.view.columns]
        assert any("Alliance" in label for label in labels), labels


async def test_remove_used_stance_asks_where_its_claims_go(small_project: Path) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_codebook(app, pilot)
        await pilot.press("d")  # pro-autonomy, used by one claim
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, IntoPicker)
        await pilot.press("escape")
        await pilot.pause()
        assert "pro-autonomy" in row_ids(screen)
        await pilot.press("d")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        options.highlighted = [o.id for o in options._options].index("hedged")
        await pilot.press("enter")
        await settle(pilot)
        assert "pro-autonomy" not in row_ids(screen)
        assert sorted(disk_stances(small_project)) == ["hedged", "pro-us-primacy"]
        await pilot.press("u")
        await pilot.pause()
        assert sorted(disk_stances(small_project)) == ["pro-autonomy", "pro-us-primacy"]
        assert row_ids(screen)[0] == "pro-autonomy"
        # An unused question goes at once.
        table = screen.query_one(DataTable)
        table.move_cursor(row=row_ids(screen).index("ukraine"))
        await pilot.press("d")
        await settle(pilot)
        assert "ukraine" not in row_ids(screen)


async def test_a_long_rename_shows_progress_and_the_app_keeps_answering(
    small_project: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """At 1,000 sources a rename rewrites thousands of claims in a thousand files: it runs
    in a worker with its progress on screen, and keys are still answered meanwhile."""
    import threading

    from argmap import codebook as cbk
    from argmap.tui.codebook_screen import Working

    release = threading.Event()
    rename = cbk.rename

    def slow_rename(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return rename(*args, **kwargs)

    monkeypatch.setattr(cbk, "rename", slow_rename)
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_codebook(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EntryForm)
        form.query_one("#field-id", Input).value = "autonomy"
        await pilot.press("ctrl+s")
        await pilot.pause(0.3)
        working = app.screen
        assert isinstance(working, Working), "no progress shown while the rename runs"
        assert "Rename stance pro-autonomy to autonomy" in str(
            working.query_one(".dialog-title").render()
        )
        assert "reading the annotation files" in str(working.query_one("#working-step").render())
        await pilot.press("escape")  # the app answers: the change cannot be stopped halfway
        await pilot.pause()
        assert any("cannot be stopped halfway" in n.message for n in app._notifications)
        release.set()
        await settle(pilot)
        assert app.screen is screen
        assert row_ids(screen)[0] == "autonomy"
        assert any("(1 claim rewritten)" in n.message for n in app._notifications)
    assert sorted(disk_stances(small_project)) == ["autonomy", "pro-us-primacy"]


async def test_angle_brackets_move_an_entry_and_the_cursor_follows_it(small_project: Path) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_codebook(app, pilot)
        table = screen.query_one(DataTable)
        table.move_cursor(row=row_ids(screen).index("hedged"))
        await pilot.press("less_than_sign")
        await settle(pilot)
        assert row_ids(screen)[:3] == ["pro-autonomy", "hedged", "pro-us-primacy"]
        assert [s["id"] for s in disk_codebook(small_project)["stances"]] == [
            "pro-autonomy",
            "hedged",
            "pro-us-primacy",
        ]
        assert row_ids(screen)[table.cursor_row] == "hedged"  # still on the moved entry
        await pilot.press("less_than_sign")
        await settle(pilot)
        assert row_ids(screen)[0] == "hedged"
        await pilot.press("less_than_sign")  # already first: nothing changes
        await settle(pilot)
        assert row_ids(screen)[0] == "hedged"
        assert sorted(disk_stances(small_project)) == ["pro-autonomy", "pro-us-primacy"]
        await pilot.press("greater_than_sign")
        await settle(pilot)
        assert row_ids(screen)[:2] == ["pro-autonomy", "hedged"]


async def test_renaming_a_blank_stance_says_its_label_is_still_the_placeholder(
    tmp_path: Path,
) -> None:
    """Renamed `for` to `ban` in the codebook screen, the legend still read "▲ For" and
    nothing said so (the command line says so since session 13)."""
    from argmap.codebook import blank_codebook

    from .conftest import notices

    root = tmp_path / "proj"
    Project.init(root, name="phones", codebook=blank_codebook())
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_codebook(app, pilot)
        assert row_ids(screen)[0] == "for"
        await pilot.press("n")
        await pilot.pause()
        await fill(pilot, app.screen, {"id": "ban"})  # type: ignore[arg-type]
        await pilot.pause()
    assert (
        "ban: still the blank codebook's label 'For' and description 'The text argues for "
        "the proposal under debate.': e edits them"
    ) in notices(app)


async def test_a_stance_added_with_only_its_id_gets_the_codebooks_choices(
    small_project: Path,
) -> None:
    """The form preset the colour white (it vanished on an export's white page; the command
    line picks one no stance has) and an empty symbol or label was refused."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        await open_codebook(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EntryForm)
        assert form.query_one("#field-color", Input).value == ""
        await fill(pilot, form, {"id": "pilot-first"})
    stances = disk_codebook(small_project)["stances"]
    (added,) = [s for s in stances if s["id"] == "pilot-first"]
    used = {s["color"] for s in stances if s["id"] != "pilot-first"}
    assert added["color"] not in ("white", *used) and added["label"] == "pilot first"
    assert added["symbol"] and added["symbol"] not in ("▲", "▼", "◆")


async def test_every_field_of_the_add_stance_form_shows_at_80x24(small_project: Path) -> None:
    """The six fields ran past the dialog's foot at 80x24: the colour and the description
    were typed unseen. The form scrolls the focused field into view."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_codebook(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EntryForm)
        for name in ("label", "symbol", "axis", "color", "description"):
            await pilot.press("tab")
            await pilot.pause()
            field = form.query_one(f"#field-{name}", Input)
            assert form.focused is field
            assert field.region.height and field.region.bottom <= 24, (name, field.region)
        await pilot.press(*"the pilot")
        await pilot.pause()
        lines = ["".join(s.text for s in strip) for strip in form._compositor.render_strips()]
        assert any("the pilot" in line for line in lines)


async def test_a_one_field_form_is_as_high_as_its_field(small_project: Path) -> None:
    """The rename form's one field sat at the top of a dialog 90 % of the screen high."""
    from textual.containers import VerticalScroll

    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_codebook(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, EntryForm)
        dialog = app.screen.query_one(VerticalScroll)
        assert dialog.region.height <= 12, dialog.region


async def test_at_80x24_the_entry_under_the_cursor_is_shown_in_full(small_project: Path) -> None:
    """At 80 columns the table ends in "axis  col": a stance's colour, its claim count and a
    question's text were never on screen. The entry under the cursor is told below it."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_codebook(app, pilot)
        await pilot.pause()
        cb = app.project.codebook
        lines = [
            "".join(seg.text for seg in strip).strip()
            for strip in screen._compositor.render_strips()
        ]
        first = cb.stances[0]
        assert any(f"colour {first.color} · 1 claim" in line for line in lines), "\n".join(lines)
        await pilot.press(*["down"] * row_ids(screen).index("nato-replacement"))
        await pilot.pause()
        text = "\n".join(
            "".join(seg.text for seg in strip) for strip in screen._compositor.render_strips()
        )
        q = cb.question("nato-replacement")
        assert f"{q.label}  question nato-replacement · 2 claims" in text
        assert " ".join(q.text.split()[:4]) in text


async def test_keys_sent_in_one_burst_fill_the_fields_they_were_meant_for(
    small_project: Path,
) -> None:
    """tmux's `send-keys harm Tab Harm` (or a typing tool) gives the app every key at once;
    the Tab's move came after the id field had taken "Harm" too: "harmHarm", no label."""
    from textual import events

    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_codebook(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EntryForm)
        burst = [*"harm", "tab", *"Harm", "tab", *"Does it harm?", "enter"]
        for key in burst:  # as the driver posts them: none waits for the one before
            char = {"tab": "\t", "enter": "\r"}.get(key, key)
            name = {" ": "space", "?": "question_mark"}.get(key, key)
            app.post_message(events.Key(name, char))
        for _ in range(100):  # a loaded machine takes several pauses to deliver 23 keys
            await settle(pilot)
            if not isinstance(app.screen, EntryForm) or str(form.query_one("#form-error").render()):
                break
            await pilot.pause(0.05)
        if isinstance(app.screen, EntryForm):  # not saved: what the fields took, and why
            values = [i.value for i in form.query(Input)]
            raise AssertionError((values, str(form.query_one("#form-error").render())))
    question = next(q for q in disk_codebook(small_project)["questions"] if q["id"] == "harm")
    assert (question["label"], question["text"]) == ("Harm", "Does it harm?")
