"""Property-based test of the whole command line (issue 16), run in-process.

Hypothesis builds an ``argmap`` command line from the parser itself (every subcommand and
option, with values mixing valid ids, near misses and junk) and damages a small project
first (broken lines, bad bytes, missing or edited files, read-only folders). Whatever it
generates:

- no exception escapes ``main`` (no traceback), and the exit code is 0, 1 or 2;
- a command that fails (exit 1 or 2) changes no project file; ``reanchor`` is the one
  documented exception (it saves what it can), and ``export -o FILE`` of a damaged
  project still writes the map of the healthy files (exit 1 says it is partial);
- a failure says why on stderr, every line starting ``argmap: `` (argparse's usage text
  for exit 2 aside).

The example budget is fixed and the search derandomised, so CI runs the same examples in
a few seconds; set ``ARGMAP_FUZZ_EXAMPLES`` (e.g. 2000) to search longer and wider locally
(the random seed then changes each run).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import os
import shutil
import traceback
from pathlib import Path

import pytest
from cli_faults import read_only, snapshot
from conftest import ALPHA, BETA, make_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.cli import build_parser, main

EXAMPLES = int(os.environ.get("ARGMAP_FUZZ_EXAMPLES", "120"))
SLOW = {"evaluate", "suggest"}  # scikit-learn fits: covered by their own tests
HOME = {"init"}  # the one command that takes a place outside the project

# --------------------------------------------------------------------------- the project


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A small project with claims by two annotators, links across sources, an orphan-to-be;
    and files to add from outside it."""
    tmp = tmp_path_factory.mktemp("fuzz")
    old = os.environ.get("ARGMAP_ANNOTATOR")
    os.environ["ARGMAP_ANNOTATOR"] = "tester"
    try:
        project = make_project(tmp, {"alpha": ALPHA, "beta": BETA})
        a = project.annotate(
            "alpha", sentence="s0001", stance="pro-autonomy", questions=["ukraine"]
        )
        b = project.annotate("alpha", sentence="s0003", stance="hedged", questions=["three-ds"])
        c = project.annotate(
            "beta", sentence="s0001", stance="pro-us-primacy", questions=["ukraine"]
        )
        project.relate(c.id, "attacks", a.id)
        project.chosen_annotator = "other"
        d = project.annotate("alpha", sentence="s0001", stance="hedged", questions=["ukraine"])
    finally:
        if old is None:
            del os.environ["ARGMAP_ANNOTATOR"]
        else:
            os.environ["ARGMAP_ANNOTATOR"] = old
    incoming = tmp / "incoming"
    incoming.mkdir()
    (incoming / "new.txt").write_text("Gamma speaks. Europe waits.\n")
    (incoming / "page.html").write_text("<title>P</title><p>Europe must act.</p>")
    (incoming / "empty.md").write_text("\n")
    (incoming / "latin.txt").write_bytes("Défense. Européenne.\n".encode("latin-1"))
    (incoming / "image.png").write_bytes(b"\x89PNG\r\n")
    (incoming / "same.txt").write_text(ALPHA)
    (incoming / "folder.txt").mkdir()
    codebook = json.loads((project.annotations_dir / "codebook.json").read_text())
    return {
        "root": project.root,
        "incoming": incoming,
        "claims": [a.id, b.id, c.id, d.id],
        "stances": [s["id"] for s in codebook["stances"]],
        "questions": [q["id"] for q in codebook["questions"]],
    }


# --------------------------------------------------------------------------- damage


def _append(path: Path, data: bytes) -> None:
    path.write_bytes((path.read_bytes() if path.is_file() else b"") + data)


DAMAGE = {
    "junk line": lambda r: _append(r / "annotations/alpha.jsonl", b"{not json\n"),
    "bad bytes": lambda r: (r / "annotations/beta.jsonl").write_bytes(b"\xff\xfe\x00junk"),
    "claim line broken": lambda r: (r / "annotations/alpha.jsonl").write_text(
        (r / "annotations/alpha.jsonl").read_text().replace('"stance": "', '"stance": "x', 1)
    ),
    "dangling link": lambda r: (r / "annotations/beta.jsonl").write_text(
        (r / "annotations/beta.jsonl").read_text().replace('"target": "c', '"target": "cf', 1)
    ),
    "duplicate line": lambda r: _append(
        r / "annotations/alpha.jsonl",
        (r / "annotations/alpha.jsonl").read_text().splitlines()[-1].encode() + b"\n",
    ),
    "meta invalid": lambda r: (r / "seeds/alpha.meta.json").write_text("{"),
    "meta wrong id": lambda r: (r / "seeds/beta.meta.json").write_text(
        (r / "seeds/beta.meta.json").read_text().replace('"id": "beta"', '"id": "gamma"')
    ),
    "text missing": lambda r: (r / "seeds/beta.txt").unlink(),
    "text edited": lambda r: (r / "seeds/alpha.txt").write_text(
        "A new opening. " + ALPHA.replace("Critics say NATO remains essential. ", "")
    ),
    "text not utf-8": lambda r: (r / "seeds/beta.txt").write_bytes(b"Caf\xe9 au lait.\n"),
    "codebook truncated": lambda r: (r / "annotations/codebook.json").write_text('{"stances": ['),
    "config invalid": lambda r: (r / "argmap.json").write_text('{"name": 3}'),
    "annotations are a folder": lambda r: (
        (r / "annotations/beta.jsonl").unlink(),
        (r / "annotations/beta.jsonl").mkdir(),
    ),
}
READ_ONLY = ("annotations", "seeds")

# --------------------------------------------------------------------------- arguments

UNDECODED = ["bad\udcff", "\udcff.txt"]  # bytes a shell passes undecoded (surrogate escapes)
JUNK = st.sampled_from(
    [
        "",
        " ",
        "-",
        "x",
        "../../evil",
        "zoë",
        "🦊",
        "a@b.org",
        "two words",
        "%s",
        "\\",
        "0",
        "-1",
        *UNDECODED,
    ]
) | st.text(st.characters(exclude_characters="\x00"), max_size=12)  # argv cannot hold NUL


def pools(base: dict, work: Path) -> dict[str, st.SearchStrategy[str]]:
    """Values by option name: mostly valid, some near misses, some junk."""
    incoming: Path = base["incoming"]
    claims = base["claims"]
    stance = st.sampled_from([*base["stances"], "nope"])
    question = st.sampled_from([*base["questions"], "ukraine,three-ds", "nope", "ukraine,"])
    return {
        "source": st.sampled_from(["alpha", "beta", "al", "b", "gamma"]),
        "claim": st.sampled_from([*claims, claims[0][:5], "cdeadbeef00", "c1"]),
        "stance": stance,
        "question": question,
        "sentence": st.sampled_from(["s0001", "s0003", "2", "alpha:s0002", "s0099", "s0"]),
        "annotator": st.sampled_from(["tester", "other", "zoë", "reference", "a@b", "nobody"]),
        "date": st.sampled_from(["2024-02-29", "2023-02-29", "2024-13", "2024", "soon"]),
        "file": st.sampled_from(
            [str(p) for p in sorted(incoming.iterdir())] + [str(incoming / "missing.txt")]
        ),
        "id": st.sampled_from(["new-id", "alpha", "", "../x", ".h", "Ünï"]),
        "encoding": st.sampled_from(["utf-8", "latin-1", "no-such-codec", "utf-16"]),
        "output": st.sampled_from(
            [str(work / "out" / "map.md"), str(work / "out"), str(work / "no" / "dir" / "f"), "-"]
        ),
        "dir": st.sampled_from(
            [str(work / "new"), str(work / "project"), str(incoming / "new.txt"), "/proc/x"]
        ),
        "quote": st.sampled_from(["Europe must", "They warn", "not there", ""]),
    }


ALIASES = {
    "claims": "claim", "supports": "claim", "attacks": "claim", "remove": "claim",
    "files": "file", "by": "annotator", "from_": "annotator", "annotators": "annotator",
    "old": "stance", "new": "stance",
}  # fmt: skip


def value_for(action: argparse.Action, pool: dict) -> st.SearchStrategy[str]:
    if action.choices is not None and not isinstance(action, argparse._SubParsersAction):
        return st.sampled_from([str(c) for c in action.choices]) | st.just("bogus")
    if action.type is int:
        return st.integers(-3, 300).map(str) | JUNK
    name = ALIASES.get(action.dest, action.dest)
    return pool[name] | JUNK if name in pool else JUNK


def command_line(parser: argparse.ArgumentParser, pool: dict) -> st.SearchStrategy[list[str]]:
    """Arguments for ``parser``: its positionals, then a random subset of its options."""
    positionals, options, subparsers = [], [], None
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue
        if isinstance(action, argparse._SubParsersAction):
            subparsers = action
        elif action.option_strings:
            if action.dest not in ("project",):
                options.append(action)
        else:
            positionals.append(action)

    def one_option(action: argparse.Action) -> st.SearchStrategy[list[str]]:
        flag = st.sampled_from(action.option_strings)
        if action.nargs == 0:
            return flag.map(lambda f: [f])
        return st.tuples(flag, value_for(action, pool)).map(lambda t: [t[0], t[1]])

    def positional(action: argparse.Action) -> st.SearchStrategy[list[str]]:
        if action.nargs in ("+", "*"):
            low = 0 if action.nargs == "*" else 1
            return st.lists(value_for(action, pool), min_size=low, max_size=3)
        return value_for(action, pool).map(lambda v: [v])

    parts = [positional(a) for a in positionals]
    chosen = st.lists(st.sampled_from(options), max_size=4, unique_by=id) if options else None
    strategy = st.tuples(*parts).map(lambda ps: [v for p in ps for v in p])
    if chosen is not None:
        strategy = st.tuples(
            strategy, chosen.flatmap(lambda acts: st.tuples(*(one_option(a) for a in acts)))
        ).map(lambda t: t[0] + [v for o in t[1] for v in o])
    if subparsers is not None:
        verbs = st.sampled_from(sorted(subparsers.choices)).flatmap(
            lambda verb: command_line(subparsers.choices[verb], pool).map(lambda a: [verb, *a])
        )
        strategy = st.tuples(strategy, verbs | st.just([])).map(lambda t: t[0] + t[1])
    return strategy


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {n: p for n, p in sub.choices.items() if n not in SLOW}


# --------------------------------------------------------------------------- the property

_counter = itertools.count()


def run(argv: list[str]) -> tuple[int, str, str]:
    """``argmap ARGV`` in-process; an exception escaping ``main`` fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
            code = exc.code if isinstance(exc.code, int) else 2
        except Exception:  # the property: nothing escapes
            pytest.fail(f"argmap {argv!r} raised:\n{traceback.format_exc()}")
    return code, out.getvalue(), err.getvalue()


@st.composite
def scenario(draw: st.DrawFn, base: dict, work: Path) -> tuple[list[str], list[str], list[str]]:
    commands = subcommands()
    name = draw(st.sampled_from(sorted(commands)))
    args = draw(command_line(commands[name], pools(base, work)))
    global_opts = draw(
        st.lists(
            st.sampled_from(["--annotator=zoë", "--annotator=a b", "--annotator=other", "--json"]),
            max_size=1,
        )
    )
    damage = draw(st.lists(st.sampled_from(sorted(DAMAGE)), max_size=2, unique=True))
    locked = draw(st.lists(st.sampled_from(READ_ONLY), max_size=1))
    return [name, *args, *global_opts], damage, locked


@pytest.mark.parametrize("with_project_option", [True, False])
def test_no_traceback_documented_exit_codes_and_no_change_on_failure(
    base: dict, tmp_path: Path, with_project_option: bool
) -> None:
    @settings(
        max_examples=EXAMPLES // 2,
        deadline=None,
        derandomize="ARGMAP_FUZZ_EXAMPLES" not in os.environ,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        work = tmp_path / f"w{next(_counter)}"
        root = work / "project"
        shutil.copytree(base["root"], root, ignore=shutil.ignore_patterns(".argmap-cache"))
        (work / "out").mkdir()
        argv, damage, locked = data.draw(scenario(base, work))
        for name in damage:
            with contextlib.suppress(OSError, ValueError):  # damage to a file already gone
                DAMAGE[name](root)
        if with_project_option:
            argv = [*argv, "--project", str(root)] if argv[0] not in HOME else argv
        before = snapshot(root)
        with pytest.MonkeyPatch.context() as mp:
            mp.chdir(root)  # without --project the project is found from here, never the repo
            mp.setenv("ARGMAP_ANNOTATOR", "tester")
            with contextlib.ExitStack() as stack:
                for folder in locked:
                    stack.enter_context(read_only(root / folder, mp))
                code, _, err = run(argv)
        note = f"argmap {argv!r} with damage {damage} read-only {locked}: exit {code}\n{err}"
        assert code in (0, 1, 2), note
        assert "Traceback" not in err, note
        if code != 0:
            # validate's report is its output (file:line: problem, or JSON with --json)
            assert err.strip() or argv[0] == "validate", note
            if not (code == 2 and "usage: argmap" in err) and argv[0] != "validate":
                lines = err.rstrip("\n").split("\n")  # not splitlines: a name may hold \x85
                assert all(line.startswith("argmap: ") for line in lines), note
            after = snapshot(root)
            if argv[0] in ("export", "schema"):
                # a partial map may still be written where -o says (the cwd is the project)
                after = {k: v for k, v in after.items() if k in before}
            # `add` of several files adds the good ones and fails (1) for the others (one
            # line each); `reanchor` saves what it can
            several = (
                argv[0] == "add" and sum(a.startswith(str(base["incoming"])) for a in argv) > 1
            )
            if argv[0] != "reanchor" and not several:
                assert after == before, note
        shutil.rmtree(work, ignore_errors=True)

    check()
