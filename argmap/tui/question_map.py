"""The question map: one question across all sources, as a tree of stances and relations."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Footer, Header, Static, Tree

from argmap.model import Claim
from argmap.tui.app import ArgmapScreen
from argmap.tui.widgets import muted_style, shorten, stance_style, stance_symbol, stance_text


class MapTree(Tree[str]):
    """A tree whose expand icons cannot be mistaken for stance symbols (▲ ▼ ◆)."""

    ICON_NODE = "+ "
    ICON_NODE_EXPANDED = "− "


class QuestionMapScreen(ArgmapScreen):
    """Positions on one question grouped by stance; claims with their supports and attacks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right_square_bracket", "question(1)", "Next question", id="map.next"),
        Binding("left_square_bracket", "question(-1)", "Prev question", id="map.prev"),
        Binding("o", "open", "Read", id="map.open", tooltip="Open the claim in the reader"),
        Binding("escape", "app.show('matrix')", "Matrix", id="map.back", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.question: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="map-body"):
            yield Static(id="map-title", classes="screen-title")
            tree = MapTree("question", id="map-tree")
            tree.show_root = False
            yield tree
        yield Footer()

    def set_question(self, question: str) -> None:
        """Show ``question`` (an id of the codebook)."""
        self.question = self.project.check_question(question)
        if not self.query(Tree):
            return
        self.seen_version = self.argmap.data_version
        self.refresh_data()

    def refresh_data(self) -> None:
        project = self.project
        codebook = project.codebook
        if self.question is None:
            self.question = codebook.question_ids[0]
        q = codebook.question(self.question)
        claims = [c for c in project.view_claims() if q.id in c.questions]
        index = {c.id: c for c in project.view_claims()}
        attacked_by: dict[str, list[tuple[str, Claim]]] = {}
        for c in project.view_claims():
            for r in c.relations:
                attacked_by.setdefault(r.target, []).append((r.type, c))
        sources = sorted({c.source for c in claims})
        self.query_one("#map-title", Static).update(
            Text.assemble(
                (q.label, "bold"),
                f": {q.text}\n",
                (
                    f"{len(claims)} claims from {len(sources)} of {len(project.sources)} sources",
                    "dim",
                ),
            )
        )
        tree: Tree[str] = self.query_one(Tree)
        tree.clear()
        for s in codebook.stances:
            group = [c for c in claims if c.stance == s.id]
            by_source = sorted({c.source for c in group})
            label = Text.assemble(
                stance_text(codebook, s.id),
                (f"  {len(group)} claims · {len(by_source)} sources", muted_style()),
            )
            branch = tree.root.add(label, expand=True)
            for c in sorted(group, key=lambda c: (c.source, c.start)):
                node = branch.add(self._claim_label(c), data=c.id, expand=True)
                for r in c.relations:
                    target = index.get(r.target) or project.claim_index.get(r.target)
                    if target is not None:
                        node.add_leaf(self._claim_label(target, f"{r.type} → "), data=target.id)
                for rtype, other in attacked_by.get(c.id, []):
                    node.add_leaf(
                        self._claim_label(
                            other,
                            f"{rtype[:-1]}ed by ← " if rtype == "attacks" else "supported by ← ",
                        ),
                        data=other.id,
                    )
            if not group:
                branch.add_leaf(Text("(no claims)", style=muted_style()))
        tree.cursor_line = 0
        tree.focus()

    def on_resize(self) -> None:
        if self.seen_version >= 0 and self.question is not None:
            self.refresh_data()

    def _claim_label(self, c: Claim, prefix: str = "") -> Text:
        title = self.project.sources[c.source].title if c.source in self.project.sources else ""
        codebook = self.project.codebook
        return Text.assemble(
            (prefix, "italic"),
            (stance_symbol(codebook, c.stance), stance_style(codebook, c.stance)) if prefix else "",
            " " if prefix else "",
            (
                shorten(
                    title,
                    48 if self.app.size.width >= 160 else 30 if self.app.size.width >= 120 else 18,
                ),
                "bold",
            ),
            f" {c.sentence}",
            (" [evidence]" if c.kind == "evidence" else "", "italic"),
            ": “",
            shorten(c.quote, max(self.app.size.width - 40, 30)),
            "”",
        )

    def action_question(self, direction: int) -> None:
        ids = self.project.codebook.question_ids
        i = ids.index(self.question) if self.question in ids else 0
        self.set_question(ids[(i + direction) % len(ids)])

    @on(Tree.NodeSelected)
    def _selected(self, event: Tree.NodeSelected) -> None:
        if event.node.data and not event.node.children:
            self._open(event.node.data)

    def action_open(self) -> None:
        node = self.query_one(Tree).cursor_node
        if node is not None and node.data:
            self._open(node.data)

    def _open(self, claim_id: str) -> None:
        c = self.project.claim_index.get(claim_id)
        if c is not None:
            self.argmap.open_reader(c.source, claim=c.id)
