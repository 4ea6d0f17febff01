"""WCAG contrast of text colours, and making a colour readable on a background.

Plain arithmetic on ``(r, g, b)`` triples (no Textual), shared by the widgets, which keep
every text at 4.5:1 or better, and by the test that measures the rendered screens.
"""

from __future__ import annotations

from functools import cache

RGB = tuple[int, int, int]

#: WCAG AA for normal text.
MINIMUM = 4.5
#: What colours are made for: a margin for the 256-colour palette's rounding.
TARGET = 5.2


def luminance(rgb: RGB) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: RGB, b: RGB) -> float:
    """Contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(a: RGB, b: RGB, t: float) -> RGB:
    """``a`` moved a fraction ``t`` of the way to ``b``."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def palette256(rgb: RGB) -> RGB:
    """The colour a 256-colour terminal (tmux's default) shows for ``rgb``."""
    from rich.color import Color, ColorSystem

    t = Color.from_rgb(*rgb).downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
    return (t.red, t.green, t.blue)


def legible(fg: RGB, bg: RGB, target: float = TARGET) -> bool:
    """Whether ``fg`` on ``bg`` reaches ``target`` in true colour and 4.5:1 in 256 colours."""
    return ratio(fg, bg) >= target and ratio(palette256(fg), palette256(bg)) >= MINIMUM + 0.05


def readable(fg: RGB, backgrounds: list[RGB], target: float = TARGET) -> RGB:
    """``fg``, moved towards black or white just enough to be legible on every background
    (towards whichever end contrasts with the backgrounds), in true and 256 colours."""
    if all(legible(fg, bg, target) for bg in backgrounds):
        return fg
    dark = sum(luminance(bg) for bg in backgrounds) / max(len(backgrounds), 1) < 0.18
    end = (255, 255, 255) if dark else (0, 0, 0)
    # the 256-colour check is not monotonic: walk in small steps, keep the first that works
    for step in range(1, 41):
        c = blend(fg, end, step / 40)
        if all(legible(c, bg, target) for bg in backgrounds):
            return c
    return end


def best_text(bg: RGB, preferred: RGB | None = None) -> RGB:
    """A text colour for ``bg``: ``preferred`` made legible, else black or white."""
    if preferred is not None and legible(preferred, bg):
        return preferred

    def worst(c: RGB) -> float:
        return min(ratio(c, bg), ratio(palette256(c), palette256(bg)))

    return max(((0, 0, 0), (255, 255, 255)), key=worst)


@cache
def lab(rgb: RGB) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour: lightness 0-100 and two opponent axes (the
    exports' conversion, :func:`argmap.export.colours.lab`, kept once)."""
    from argmap.export.colours import lab as lab_of_linear
    from argmap.export.colours import rgb_of

    return lab_of_linear(rgb_of(hex6(rgb)))


def difference(a: RGB, b: RGB, lightness: float = 1.0, chroma: float = 1.0) -> float:
    """Colour difference ΔE*ab (CIE 1976) of ``a`` and ``b``; ``lightness`` and ``chroma``
    below 1 count a change of lightness or of chroma for less than one of hue. About 2 is
    the smallest difference seen side by side; 20 or more tells two marks apart at a glance."""
    la, lb = lab(a), lab(b)
    ca, cb = (la[1] ** 2 + la[2] ** 2) ** 0.5, (lb[1] ** 2 + lb[2] ** 2) ** 0.5
    hue2 = max((la[1] - lb[1]) ** 2 + (la[2] - lb[2]) ** 2 - (ca - cb) ** 2, 0.0)
    return ((lightness * (la[0] - lb[0])) ** 2 + (chroma * (ca - cb)) ** 2 + hue2) ** 0.5


#: The 6×6×6 colour cube of a 256-colour terminal: shown alike in true and 256 colours.
CUBE = tuple(
    (r, g, b)
    for r in (0, 95, 135, 175, 215, 255)
    for g in (0, 95, 135, 175, 215, 255)
    for b in (0, 95, 135, 175, 215, 255)
)
#: How far apart (ΔE) the colours of a set are kept (``distinct_readable``).
APART = 20.0


def _chroma(rgb: RGB) -> float:
    _, a, b = lab(rgb)
    return (a * a + b * b) ** 0.5


def _nearness(candidate: RGB, colour: RGB) -> float:
    """How far ``candidate`` is from ``colour`` for a stance drawn in it: hue counts fully,
    lightness half (it has to change), chroma half when kept, fully when lost (a green
    drawn black on a light theme, where a dark green was legible)."""
    kept = _chroma(candidate) >= _chroma(colour) / 2
    return difference(candidate, colour, lightness=0.5, chroma=0.5 if kept else 1.0)


#: How far (degrees of CIELAB hue) a stance's drawn colour may turn from the codebook's to
#: be told apart by colour-blind readers: further, a red drew as a pale cyan on a dark theme.
HUE_TURN = 35.0


def _hue_turn(candidate: RGB, colour: RGB) -> float:
    """Degrees of hue between ``candidate`` and ``colour`` (0 when either is near grey)."""
    import math

    _, a1, b1 = lab(candidate)
    _, a0, b0 = lab(colour)
    if math.hypot(a1, b1) < 12 or math.hypot(a0, b0) < 12:
        return 0.0
    turn = abs(math.degrees(math.atan2(b1, a1) - math.atan2(b0, a0))) % 360
    return min(turn, 360 - turn)


@cache
def _apart_for_all(a: RGB, b: RGB) -> float:
    """The least CIEDE2000 difference of ``a`` and ``b`` to a reader of common, protanope,
    deuteranope or tritanope vision (the exports' measure, ``argmap.export.colours``);
    kept, as each theme's colour search asks for the same cube pairs again (a first draw
    of a theme took 100-300 ms, most of it here)."""
    from argmap.export.colours import VISIONS
    from argmap.export.colours import difference as seen_difference

    ha, hb = hex6(a), hex6(b)
    return min(seen_difference(ha, hb, vision) for vision in VISIONS)


def distinct_readable(colours: list[RGB], backgrounds: list[RGB]) -> list[RGB]:
    """Each of ``colours`` legible on every background and, as far as can be, told apart
    from the ones before it by every reader.

    A colour already legible and apart is kept. Another becomes the legible colour of the
    256-colour cube nearest to it (:func:`_nearness`) that every reader, colour-blind ones
    included, tells apart from those before it (``COLLIDE_BELOW`` of the exports) without
    turning more than ``HUE_TURN`` from its hue, else the nearest ``APART`` from them in
    common vision, else the nearest. :func:`readable` on its own moved every colour towards
    white: on a dark theme debate27's two greens came out as the same pale green (#d7ffd7 in
    256 colours) and its red and brown as two near-white pinks."""
    from argmap.export.colours import COLLIDE_BELOW

    # a cube colour shows alike in true and 256 colours: no margin for rounding needed
    fits = [c for c in CUBE if all(legible(c, bg, MINIMUM + 0.05) for bg in backgrounds)]
    out: list[RGB] = []
    for colour in colours:
        shown = palette256(colour)
        if all(legible(colour, bg) for bg in backgrounds) and all(
            _apart_for_all(shown, palette256(p)) >= COLLIDE_BELOW for p in out
        ):
            out.append(colour)
            continue
        if not fits:
            out.append(readable(colour, backgrounds))
            continue
        ranked = sorted(fits, key=lambda c: _nearness(c, colour))
        for_all = (
            c
            for c in ranked
            if _hue_turn(c, colour) <= HUE_TURN
            and all(_apart_for_all(c, palette256(p)) >= COLLIDE_BELOW for p in out)
        )
        common = (c for c in ranked if all(difference(c, palette256(p)) >= APART for p in out))
        out.append(next(for_all, None) or next(common, ranked[0]))
    worse = _shortfall(colours, out)
    if worse != (0.0, 0):  # a pair some reader confuses, or a coloured stance drawn grey
        better = _search(colours, backgrounds, fits, out)
        if better is not None and _shortfall(colours, better) < worse:
            return better
    return out


#: Candidates tried for each colour by :func:`_search`, nearest first.
SEARCH_WIDTH = 6
#: All-vision difference (CIEDE2000) :func:`_search` takes as apart: the exports'
#: ``COLLIDE_BELOW`` (10) less a margin, so that a red is not drawn black to gain 0.3
#: over a maroon.
APART_ENOUGH = 9.5
#: The most partial choices :func:`_search` looks at (a codebook of many stances).
SEARCH_STEPS = 2000


def _grey(rgb: RGB) -> bool:
    return _chroma(rgb) < 12


def _shortfall(colours: list[RGB], drawn: list[RGB]) -> tuple[float, int]:
    """How far ``drawn`` falls short: the least all-vision difference of two of its colours
    below ``APART_ENOUGH`` (0 when none), then the coloured stances drawn grey."""
    shown = [palette256(c) for c in drawn]
    least = min(
        (_apart_for_all(a, b) for i, a in enumerate(shown) for b in shown[:i]),
        default=APART_ENOUGH,
    )
    greys = sum(1 for c, d in zip(colours, shown, strict=True) if _grey(d) and not _grey(c))
    return (max(APART_ENOUGH - least, 0.0), greys)


def _search(
    colours: list[RGB], backgrounds: list[RGB], fits: list[RGB], greedy: list[RGB]
) -> list[RGB] | None:
    """The colours chosen together rather than one after another: each from its nearest
    legible cube colours within ``HUE_TURN`` of its hue (not grey for a coloured stance,
    where another exists), the choice whose least all-vision difference is greatest (up to
    ``APART_ENOUGH``), nearest first among equals. Greedily, a dark green chosen first
    left a legible red only dark red on a light theme (2.1 apart for a deuteranope), and a
    sky blue on a dark theme came out white. ``greedy``: the colours chosen one after
    another, each also a candidate. None when a colour has no candidate."""
    options: list[list[RGB]] = []
    for colour, picked in zip(colours, greedy, strict=True):
        ranked = sorted(fits, key=lambda c: _nearness(c, colour))
        near = [c for c in ranked if _hue_turn(c, colour) <= HUE_TURN]
        if not _grey(colour):  # a hue further off rather than none (sky blue drawn white)
            near = [c for c in near if not _grey(c)] or [
                c for c in ranked if not _grey(c) and _hue_turn(c, colour) <= 2 * HUE_TURN
            ]
            near = near or [c for c in ranked if _hue_turn(c, colour) <= HUE_TURN]
        if all(legible(colour, bg) for bg in backgrounds):
            near = [colour, *(c for c in near if c != palette256(colour))]
        near = near[:SEARCH_WIDTH]
        options.append([*near, picked] if picked not in near else near)
    apart: dict[tuple[RGB, RGB], float] = {}

    def between(a: RGB, b: RGB) -> float:
        if (a, b) not in apart:
            apart[(a, b)] = _apart_for_all(palette256(a), palette256(b))
        return apart[(a, b)]

    best: list[RGB] | None = None
    best_score = -1.0
    steps = 0

    def walk(chosen: list[RGB], score: float) -> bool:
        nonlocal best, best_score, steps
        if len(chosen) == len(options):
            best, best_score = list(chosen), score
            return score >= APART_ENOUGH  # as good as it gets: stop
        for candidate in options[len(chosen)]:
            steps += 1
            if steps > SEARCH_STEPS:
                return True
            least = min((between(candidate, c) for c in chosen), default=APART_ENOUGH)
            now = min(score, least, APART_ENOUGH)
            if now <= best_score:
                continue  # cannot beat what is found already
            chosen.append(candidate)
            done = walk(chosen, now)
            chosen.pop()
            if done:
                return True
        return False

    walk([], APART_ENOUGH)
    return best


def hex6(rgb: RGB) -> str:
    """``#rrggbb``."""
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def parse_hex(text: str) -> RGB:
    """``#rrggbb`` (or ``#rgb``) to a triple."""
    text = text.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
