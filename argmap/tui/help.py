"""The help screen: every key binding of every screen, from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from argmap.model import Codebook


def binding_rows(codebook: Codebook | None = None) -> list[tuple[str, str, str]]:
    """``(screen, keys, description)`` for every binding of the app and its screens."""
    from argmap.tui.app import ArgmapApp
    from argmap.tui.matrix import ClaimListScreen, MatrixScreen
    from argmap.tui.question_map import QuestionMapScreen
    from argmap.tui.reader import ReaderScreen
    from argmap.tui.search import SearchScreen
    from argmap.tui.widgets import SentenceView

    groups = [
        ("everywhere", ArgmapApp.BINDINGS),
        ("matrix", MatrixScreen.BINDINGS),
        ("claims of a cell", ClaimListScreen.BINDINGS),
        ("reader", ReaderScreen.BINDINGS + SentenceView.BINDINGS),
        ("question map", QuestionMapScreen.BINDINGS),
        ("search", SearchScreen.BINDINGS),
    ]
    rows = []
    for name, bindings in groups:
        for b in bindings:
            assert isinstance(b, Binding)
            keys = ", ".join(_key_name(k) for k in b.key.split(","))
            desc = b.tooltip or b.description
            if b.description and b.tooltip:
                desc = f"{b.description}: {b.tooltip}"
            if codebook is not None and b.action.startswith("stance("):
                i = int(b.action[7:-1])
                if i >= len(codebook.stances):
                    continue
                st = codebook.stances[i]
                desc = (
                    f"Stance {st.symbol} {st.label} (on a new sentence: pick its questions, "
                    "then it is saved)"
                )
            rows.append((name, keys, desc))
    rows.append(("everywhere", "ctrl+p", "Command palette: every action, jump, export"))
    rows.append(("everywhere", "ctrl+q", "Quit (every edit is already saved)"))
    rows.append(("dialogs", "enter / escape", "Confirm / cancel; in pickers space or 1-9 toggle"))
    return rows


def _key_name(key: str) -> str:
    names = {
        "question_mark": "?",
        "slash": "/",
        "full_stop": ".",
        "comma": ",",
        "greater_than_sign": ">",
        "less_than_sign": "<",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
    }
    return names.get(key, key)


class HelpScreen(Screen):
    """Every binding, grouped by screen; escape closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "app.pop_screen", "Close", id="help.close")
    ]

    def compose(self) -> ComposeResult:
        table = Table(title="argmap key bindings", expand=True, show_lines=False)
        table.add_column("where", style="bold")
        table.add_column("keys", style="bold cyan", no_wrap=True)
        table.add_column("what it does")
        last = None
        for where, keys, desc in binding_rows(self.app.project.codebook):  # type: ignore[attr-defined]
            table.add_row(where if where != last else "", keys, desc)
            last = where
        yield Header()
        with VerticalScroll(id="help-body"):
            yield Static(
                Text(
                    "Stances: ▲ pro-autonomy  ▼ pro-US-primacy  ◆ hedged (codebook symbols); "
                    "± marks a mixed position. Every edit is saved at once; u undoes.",
                    style="italic",
                )
            )
            yield Static(table)
        yield Footer()
