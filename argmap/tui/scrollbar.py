"""A scrollbar that is cheap to draw again when it did not visibly move."""

from __future__ import annotations

from textual.geometry import Region
from textual.scrollbar import ScrollBar
from textual.strip import Strip


class QuickScrollBar(ScrollBar):
    """A scrollbar that draws itself again only when its thumb moves by a visible step.

    Textual re-renders a scrollbar (every row, through Rich) whenever the scroll position
    changes, ~3-4 ms a frame; on a 10,000-sentence text the thumb moves one eighth of a cell
    every ~100 lines, so nearly every key press can reuse the last drawing.
    """

    _memo: tuple[object, list[Strip]] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        length = self.size.height if self.vertical else self.size.width
        virtual = max(self.window_virtual_size, 1)
        steps = max(length, 1) * 8
        parent = self.parent
        styles = parent.styles if parent is not None else self.styles
        key = (
            crop,
            self.size,
            int(self.position / virtual * steps),
            int(self.window_size / virtual * steps),
            self.window_size < self.window_virtual_size,
            self.grabbed is not None,
            self.mouse_over,
            styles.scrollbar_color,
            styles.scrollbar_background,
            styles.scrollbar_color_hover,
            styles.scrollbar_color_active,
        )
        if self._memo is not None and self._memo[0] == key:
            return self._memo[1]
        lines = super().render_lines(crop)
        self._memo = (key, lines)
        return lines


class QuickScrollBars:
    """Mix-in for a ScrollView whose vertical scrollbar is a :class:`QuickScrollBar`."""

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        if self._vertical_scrollbar is not None:  # type: ignore[attr-defined]
            return self._vertical_scrollbar  # type: ignore[attr-defined]
        bar = QuickScrollBar(vertical=True, name="vertical", thickness=self.scrollbar_size_vertical)  # type: ignore[attr-defined]
        bar.display = False
        self._vertical_scrollbar = bar
        self.app._start_widget(self, bar)  # type: ignore[attr-defined]
        return bar
