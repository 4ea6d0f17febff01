"""A footer that shows only whole keys: at 80 columns Textual's footer cut the last key in
two under the command palette (the add screen showed "^g▏^p palettee")."""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

__all__ = ["FittingFooter"]


class FittingFooter(Footer):
    """Textual's footer, less the keys that would not fit whole; the screen's own keys come
    first (they are listed first) and Help (``?``) is always kept, as it lists the rest."""

    fitted_width = 0
    """The width the keys were last fitted to."""

    def key_width(self, part: Widget) -> int:
        """The columns ``part`` takes in the footer, its margin included."""
        if not isinstance(part, FooterKey):
            return 12  # a group of keys (none in argmap yet): a guess on the safe side
        text = cell_len(part.key_display) + cell_len(part.description)
        if part.has_class("-command-palette"):
            return text + 4  # its rule, the space between and its right padding
        return text + (2 if self.compact else 4)

    def compose(self) -> ComposeResult:
        parts = list(super().compose())
        for part in parts:
            # each key's compact flag as the footer's from the start: a key made its own
            # (True), then took the footer's on mount, restyling itself twice (the reader's
            # open, 7 footers of 12 keys, ~10 % of its CPU on 1,000 sources). The palette's
            # key is not bound to the footer's flag: compact, as Textual leaves it.
            if isinstance(part, FooterKey):
                compact = self.compact or part.has_class("-command-palette")
                part.set_reactive(FooterKey.compact, compact)
                part.set_class(compact, "-compact", update=False)
        palette = [p for p in parts if p.has_class("-command-palette")]
        keys = [p for p in parts if p not in palette]
        helps = [k for k in keys if isinstance(k, FooterKey) and k.action.endswith("help")]
        room = self.app.size.width - sum(self.key_width(p) for p in palette + helps)
        fits = True
        for part in keys:
            if part in helps:
                yield part
                continue
            fits = fits and self.key_width(part) <= room
            if fits:
                room -= self.key_width(part)
                yield part
        yield from palette

    def watch_compact(self) -> None:
        self.call_next(self.recompose)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self.fitted_width:
            self.fitted_width = event.size.width
            self.call_next(self.recompose)
