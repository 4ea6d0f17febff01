"""TUI timings for the benchmark, measured headless through Textual's test driver.

A key press is timed from posting the ``Key`` event (as ``Pilot.press`` does) to the event
being handled and the next frame composited and encoded to terminal bytes; ``Pilot.press``
itself would add ~40-60 ms of fixed idle waits (see ``shared/research/textual.md`` §2.1).
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from pathlib import Path

from rich.console import Console
from textual import events

SIZE = (120, 40)


async def _settle(app) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app, the screen and the focused widget have handled their queues."""
    for target in (app, app.screen, app.focused or app.screen):
        done = asyncio.Event()
        target.call_later(done.set)
        await done.wait()


def _frame(app) -> int:  # type: ignore[no-untyped-def]
    """Composite the current screen now and encode it as terminal output; its size."""
    app.screen._on_timer_update()
    update = app.screen._compositor.render_update(full=False)
    if update is None:
        return 0
    return len(update.render_segments(Console(width=SIZE[0], height=SIZE[1], force_terminal=True)))


async def _keys(app, keys: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        t0 = time.perf_counter()
        app._driver.send_message(event)
        await _settle(app)
        _frame(app)
        times.append(time.perf_counter() - t0)
    return times


async def _until_found(app) -> None:  # type: ignore[no-untyped-def]
    """Wait until the search screen shows the hits of what its box and filters hold."""
    screen = app.screen
    while not screen.query("#what"):  # still composing
        await asyncio.sleep(0.002)
    while getattr(screen, "_shown", None) != screen.current():
        await asyncio.sleep(0.002)
    await _settle(app)
    _frame(app)


async def _search(app, word: str) -> dict:  # type: ignore[no-untyped-def]
    """``/`` on the matrix until the search screen shows its first hits, then each key of
    ``word`` until the hits of the query so far are drawn (what a user waits for)."""
    event = events.Key("slash", "/")
    event.set_sender(app)
    t0 = time.perf_counter()
    app._driver.send_message(event)
    while type(app.screen).__name__ != "SearchScreen":
        await asyncio.sleep(0.002)
    await _until_found(app)
    opened = time.perf_counter() - t0
    times = []
    for key in word:
        event = events.Key(key, key)
        event.set_sender(app)
        t0 = time.perf_counter()
        app._driver.send_message(event)
        await _settle(app)
        await _until_found(app)
        times.append(time.perf_counter() - t0)
    return {"open": opened, "keys": times}


async def measure(project_dir: Path, what: str) -> dict:
    """``start``, ``key_matrix``, ``key_reader``, ``reader_open``, ``search`` or ``quit`` on
    the project at ``project_dir``.

    ``reader_open``: the longest source opened in the reader until its first frame;
    ``search``: ``/`` then a word typed, each key until its hits are drawn (``seconds`` the
    slowest key, ``open`` the time to the search screen's first hits).

    ``quit`` presses ctrl+q on the interactive matrix; ``seconds`` is the time until the app
    has shut down, and ``quit_pressed`` the wall-clock moment of the press (``bench.run``
    adds the interpreter's exit, to the end of the process).
    """
    from argmap.project import Project
    from argmap.tui.app import ArgmapApp

    t0 = time.perf_counter()
    project = Project.open(project_dir, strict=False)
    gc.freeze()  # as argmap.tui.app.run does
    app = ArgmapApp(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _settle(app)
        _frame(app)
        start = time.perf_counter() - t0
        if what == "start":
            return {"seconds": start, "unit": "", "items": 0}
        if what == "quit":
            pressed = time.time()
            t_quit = time.perf_counter()
            event = events.Key("ctrl+q", None)
            event.set_sender(app)
            app._driver.send_message(event)
        elif what == "reader_open":
            longest = max(project.sources.values(), key=lambda d: len(d.text))
            t_open = time.perf_counter()
            app.open_reader(longest.id)
            await _settle(app)
            await _settle(app)  # what the reader's mount queued
            _frame(app)
            return {"seconds": time.perf_counter() - t_open, "unit": "", "items": 0}
        elif what == "search":
            found = await _search(app, "europe")
            return {
                "seconds": max(found["keys"]),
                "median": statistics.median(found["keys"]),
                "open": found["open"],
                "unit": "",
                "items": 0,
            }
        elif what == "key_matrix":
            await _keys(app, ["down", "right"] * 3)  # warm-up
            keys = (
                ["down"] * 8 + ["right"] * 6 + ["pagedown"] * 3 + ["up"] * 8 + ["left"] * 6
            ) * 2 + ["pageup"] * 6
        else:
            longest = max(project.sources.values(), key=lambda d: len(d.text))
            app.open_reader(longest.id)
            await pilot.pause()
            await _settle(app)
            await _keys(app, ["down"] * 5)  # warm-up
            # every key moves the cursor (up at the top would be a no-op)
            keys = ["down"] * 60 + ["pagedown"] * 10 + ["up"] * 30 + ["pageup"] * 5
            keys += ["end", "home"] * 5
        if what != "quit":
            times = await _keys(app, keys)
    if what == "quit":
        return {
            "seconds": time.perf_counter() - t_quit,
            "quit_pressed": pressed,
            "unit": "",
            "items": 0,
        }
    return {
        "seconds": statistics.median(times),
        "p90": sorted(times)[int(0.9 * (len(times) - 1))],
        "max": max(times),
        "items": 0,
        "unit": "",
        "presses": len(times),
    }
