"""Measure the contrast of every visible character of a rendered Textual screen."""

from __future__ import annotations

from dataclasses import dataclass

from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style

from argmap.tui.contrast import MINIMUM, ratio

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Low:
    """A run of text below the minimum contrast."""

    text: str
    ratio: float
    fg: RGB
    bg: RGB
    line: int


def _is_rule(ch: str) -> bool:
    """Box-drawing and block glyphs (borders, scrollbars): lines, not text to read."""
    return 0x2500 <= ord(ch) <= 0x259F


def _rgb(color, system: ColorSystem | None) -> RGB | None:  # type: ignore[no-untyped-def]
    if color is None or color.is_default:
        return None
    if system is not None:
        color = color.downgrade(system)
    t = color.get_truecolor()
    return (t.red, t.green, t.blue)


def colours(style: Style, system: ColorSystem | None) -> tuple[RGB, RGB] | None:
    """The foreground and background a terminal shows for ``style`` (reverse honoured)."""
    fg, bg = _rgb(style.color, system), _rgb(style.bgcolor, system)
    if fg is None or bg is None:
        return None
    if style.reverse:
        fg, bg = bg, fg
    return fg, bg


def low_contrast(strips, system: ColorSystem | None = None) -> list[Low]:  # type: ignore[no-untyped-def]
    """Every run of visible text below ``MINIMUM``; ``system`` EIGHT_BIT for 256 colours."""
    out: list[Low] = []
    for y, strip in enumerate(strips):
        for seg in strip:
            assert isinstance(seg, Segment)
            text = "".join(ch for ch in seg.text if not _is_rule(ch)).strip()
            if not text or seg.style is None or seg.control:
                continue
            pair = colours(seg.style, system)
            if pair is None:
                continue
            fg, bg = pair
            if seg.style.dim:
                fg = tuple(round((a + b) / 2) for a, b in zip(fg, bg, strict=True))  # type: ignore[assignment]
            r = ratio(fg, bg)
            if r < MINIMUM:
                out.append(Low(text, round(r, 2), fg, bg, y))
    return out
