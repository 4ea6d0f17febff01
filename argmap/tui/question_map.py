"""The question map: one question across all sources, as a tree of stances and relations."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Header, Static, Tree

from argmap.model import Claim
from argmap.project import quote_as_read
from argmap.tui.app import ArgmapScreen
from argmap.tui.footer import FittingFooter
from argmap.tui.widgets import (
    muted_style,
    scale_order,
    shorten,
    stance_style,
    stance_symbol,
    stance_text,
)


def main_theses(claims: list[Claim], incoming: dict[str, list[tuple[str, Claim]]]) -> set[str]:
    """Ids of the main theses among ``claims``: supported by another claim, supporting none."""
    return {
        c.id
        for c in claims
        if any(t == "supports" for t, _ in incoming.get(c.id, []))
        and not any(r.type == "supports" for r in c.relations)
    }


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
        self.focus_claim: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="map-body"):
            yield Static(id="map-title", classes="screen-title")
            tree = MapTree("question", id="map-tree")
            tree.show_root = False
            tree.auto_expand = False  # enter opens a claim, even one with replies (space folds)
            yield tree
            yield Static(id="map-detail")
        yield FittingFooter()

    def set_question(self, question: str, claim: str | None = None) -> None:
        """Show ``question`` (an id of the codebook), with the cursor on ``claim`` if given."""
        self.question = self.project.check_question(question)
        self.focus_claim = claim
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
        on_question = {c.id: c for c in claims}
        index = project.claim_index
        incoming: dict[str, list[tuple[str, Claim]]] = {}
        for c in index.values():
            for r in c.relations:
                incoming.setdefault(r.target, []).append((r.type, c))
        theses = main_theses(claims, incoming)
        sources = sorted({c.source for c in claims})
        # two lines for the question, the third for the counts (a title shows 3 at most)
        room = max(2 * (self.app.size.width - 2) - len(q.label) - 12, 20)
        self.query_one("#map-title", Static).update(
            Text.assemble(
                (q.label, "bold"),
                f": {shorten(q.text, room)}\n",
                (
                    f"{len(claims)} claims from {len(sources)} of {len(project.sources)} sources"
                    f" · ★ {len(theses)} main theses"
                    + (" (supported, supporting nothing)" if self.app.size.width >= 100 else ""),
                    muted_style(),
                ),
            )
        )
        tree: Tree[str] = self.query_one(Tree)
        tree.clear()
        # A claim linked to another claim of this question is shown under it, not as a root.
        children = {
            c.id
            for c in claims
            if any(r.target in on_question and r.target != c.id for r in c.relations)
        }
        order = scale_order(codebook) or codebook.stance_ids  # as the matrix lists them
        for s in (codebook.stance(i) for i in order):
            group = [c for c in claims if c.stance == s.id]
            roots = [c for c in group if c.id not in children]
            by_source = sorted({c.source for c in group})
            label = Text.assemble(
                stance_text(codebook, s.id),
                (f"  {len(group)} claims · {len(by_source)} sources", muted_style()),
            )
            branch = tree.root.add(label, expand=True)
            roots.sort(key=lambda c: (c.id not in theses, c.source, c.start))
            for c in roots:
                self._add(branch, c, incoming, theses, seen=set(), depth=1)
            if not group:
                branch.add_leaf(Text("(no claims)", style=muted_style()))
            if len(roots) < len(group):
                n = len(group) - len(roots)
                branch.add_leaf(
                    Text(f"(+{n} shown under the claims they support or attack)", muted_style())
                )
        tree.cursor_line = 0
        node = self._find(tree.root, self.focus_claim) if self.focus_claim else None
        if node is not None:
            # node lines are known once the tree has laid itself out
            self.call_after_refresh(tree.move_cursor, node, animate=False)
        tree.focus()
        self._detail()

    def _add(
        self,
        parent,
        c: Claim,
        incoming,
        theses: set[str],
        seen: set[str],
        prefix="",
        depth=1,
        above: str | None = None,
    ):  # type: ignore[no-untyped-def]
        """``c`` under ``parent`` with the claims that support or attack it, recursively;
        ``above``: the source of the claim it answers (its own, said once)."""
        same = c.source == above
        if c.id in seen:  # a cycle of links: name it once, do not expand it again
            parent.add_leaf(
                self._claim_label(c, prefix + "↻ ", depth=depth, same_source=same), data=c.id
            )
            return
        seen = seen | {c.id}
        links = incoming.get(c.id, [])
        label = self._claim_label(
            c,
            prefix,
            thesis=c.id in theses,
            depth=depth,
            has_children=bool(links),
            same_source=same,
        )
        if not links:
            parent.add_leaf(label, data=c.id)
            return
        node = parent.add(label, data=c.id, expand=len(seen) < 4)
        for rtype, other in sorted(links, key=lambda x: (x[0], x[1].source, x[1].start)):
            verb = "supported by ← " if rtype == "supports" else "attacked by ← "
            self._add(node, other, incoming, theses, seen, verb, depth + 1, c.source)

    def _find(self, node, claim_id: str):  # type: ignore[no-untyped-def]
        for child in node.children:
            if child.data == claim_id:
                return child
            found = self._find(child, claim_id)
            if found is not None:
                return found
        return None

    @on(Tree.NodeHighlighted)
    def _detail(self) -> None:
        """The claim under the cursor in full (the tree cuts quotes to one line)."""
        detail = self.query_one("#map-detail", Static)
        node = self.query_one(Tree).cursor_node
        c = self.project.claim_index.get(node.data) if node is not None and node.data else None
        if c is None:
            detail.update(
                Text(
                    "↑↓ move · enter or o opens a claim in the reader · space folds", muted_style()
                )
            )
            return
        codebook = self.project.codebook
        doc = self.project.sources.get(c.source)
        detail.update(
            Text.assemble(
                stance_text(codebook, c.stance),
                f" · {doc.title if doc else c.source} · {c.sentence} · {c.kind}",
                (f" · {c.id}", muted_style()),
                "\n“",
                quote_as_read(c, self.project.sources),
                "”",
                (f"\nnote: {c.note}", "italic") if c.note else "",
            )
        )

    def on_resize(self) -> None:
        if self.seen_version >= 0 and self.question is not None:
            self.refresh_data()

    GUIDE = 4
    """Cells of tree guide per level (Textual's default ``guide_depth``)."""

    def _claim_label(
        self,
        c: Claim,
        prefix: str = "",
        thesis: bool = False,
        depth: int = 1,
        has_children: bool = False,
        same_source: bool = False,
    ) -> Text:
        """One line of the tree: the quote is cut with "…" to end within the screen at
        this depth (never cut mid-word by the screen's edge). ``same_source``: a reply in
        the source of the claim it answers, whose title is said there (at 80 columns its
        repetition left a quote 25 cells; a reply from another source keeps its title)."""
        title = self.project.sources[c.source].title if c.source in self.project.sources else ""
        codebook = self.project.codebook
        width = self.app.size.width

        def head(title_width: int) -> Text:
            return Text.assemble(
                ("★ " if thesis else "", "bold"),
                (prefix, "italic"),
                (stance_symbol(codebook, c.stance), stance_style(codebook, c.stance))
                if prefix
                else "",
                " " if prefix else "",
                ("" if same_source else shorten(title, title_width) + " ", "bold"),
                f"{c.sentence}",
                (" [evidence]" if c.kind == "evidence" else "", "italic"),
                ": “",
            )

        # guides, the fold icon of a branch, the closing quote, the scrollbar and a margin
        frame = self.GUIDE * depth + (2 if has_children else 0) + 1 + 4
        title_width = 48 if width >= 160 else 30 if width >= 120 else 18
        label = head(title_width)
        short = 12 - (width - frame - label.cell_len)
        if short > 0:  # deep in the tree at 80 columns the quote ran off the screen's edge
            label = head(max(title_width - short, 8))  # ("“Tollary's c"): the title gives way
        room = max(width - frame - label.cell_len, 1)
        label.append(shorten(quote_as_read(c, self.project.sources), room))
        label.append("”")
        return label

    def action_question(self, direction: int) -> None:
        ids = self.project.codebook.question_ids
        i = ids.index(self.question) if self.question in ids else 0
        self.set_question(ids[(i + direction) % len(ids)])

    @on(Tree.NodeSelected)
    def _selected(self, event: Tree.NodeSelected) -> None:
        if event.node.data:
            self._open(event.node.data)
        else:  # a stance's branch
            event.node.toggle()

    def action_open(self) -> None:
        node = self.query_one(Tree).cursor_node
        if node is not None and node.data:
            self._open(node.data)

    def _open(self, claim_id: str) -> None:
        c = self.project.claim_index.get(claim_id)
        if c is not None:
            self.argmap.open_reader(c.source, claim=c.id)
