"""How far apart stance colours look, to people with common and colour-blind vision.

Plain arithmetic on ``#rrggbb`` colours: CIELAB (D65) and the CIEDE2000 colour difference
(Sharma, Wu and Dalal 2005), and the simulation of protanopia, deuteranopia and tritanopia
by the matrices of Machado, Oliveira and Fernandes (2009, severity 1.0) applied in linear
sRGB. :func:`distinct` moves the lightness of colours too close to one another, so that an
export's legend and heat map tell every stance apart for every reader.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

RGB = tuple[float, float, float]
Lab = tuple[float, float, float]

VISIONS: dict[str, tuple[RGB, RGB, RGB] | None] = {
    "common": None,
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
"""Each vision's matrix on linear sRGB (None: as the colour is)."""

MIN_DIFFERENCE = 15.0
"""The CIEDE2000 difference :func:`distinct` keeps between any two stance colours, in every
vision of :data:`VISIONS` (about 10 reads as "clearly different" side by side; a heat map
cell's tint halves it)."""


def _linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _gamma(v: float) -> float:
    v = min(1.0, max(0.0, v))
    return v * 12.92 if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055


def rgb_of(colour: str) -> RGB:
    """``#rrggbb`` as linear sRGB in 0..1."""
    return tuple(_linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))  # type: ignore[return-value]


def hex_of(rgb: RGB) -> str:
    """Linear sRGB (clipped to 0..1) as ``#rrggbb``."""
    return "#" + "".join(f"{round(_gamma(v) * 255):02x}" for v in rgb)


def seen(colour: str, vision: str) -> RGB:
    """Linear sRGB of ``colour`` as a reader with ``vision`` sees it."""
    rgb = rgb_of(colour)
    matrix = VISIONS[vision]
    if matrix is None:
        return rgb
    return tuple(  # type: ignore[return-value]
        min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True)))) for row in matrix
    )


def lab(rgb: RGB) -> Lab:
    """CIELAB (D65 white) of linear sRGB."""
    r, g, b = rgb
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def ciede2000(a: Lab, b: Lab) -> float:
    """The CIEDE2000 colour difference of two CIELAB colours."""
    l1, a1, b1 = a
    l2, a2, b2 = b
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    else:
        dh = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh)
    )


def difference(a: str, b: str, vision: str = "common") -> float:
    """How different ``#rrggbb`` colours ``a`` and ``b`` look to a reader with ``vision``."""
    return ciede2000(lab(seen(a, vision)), lab(seen(b, vision)))


def least_difference(colours: Sequence[str]) -> tuple[float, str, int, int]:
    """The closest pair of ``colours`` in any vision: (difference, vision, i, j)."""
    best = (math.inf, "common", 0, 0)
    for i in range(len(colours)):
        for j in range(i + 1, len(colours)):
            for vision in VISIONS:
                d = difference(colours[i], colours[j], vision)
                if d < best[0]:
                    best = (d, vision, i, j)
    return best


def _with_lightness(colour: str, factor: float) -> str:
    """``colour`` darker (``factor`` < 1: scaled towards black) or lighter (> 1: mixed
    towards white by ``factor - 1``) in linear sRGB, its hue kept."""
    rgb = rgb_of(colour)
    if factor <= 1:
        return hex_of(tuple(v * factor for v in rgb))  # type: ignore[arg-type]
    t = min(1.0, factor - 1)
    return hex_of(tuple(v + (1 - v) * t for v in rgb))  # type: ignore[arg-type]


STEPS = (1.0, 0.8, 0.64, 0.5, 0.4)
"""Lightness factors tried for each colour (see :func:`_with_lightness`), least change first:
darker only, so that no colour is drawn fainter against the page than the codebook's (a
lighter amber made a heat map's fullest cells look like weak shares)."""
EXHAUSTIVE_UP_TO = 5
"""Up to this many stances every combination of :data:`STEPS` is tried (7**5); more are
moved one at a time (a few rounds), which is fast and nearly as good."""


def distinct(colours: Sequence[str], minimum: float = MIN_DIFFERENCE) -> list[str]:
    """``colours`` (``#rrggbb``) as an export draws them: unchanged when every pair differs
    by ``minimum`` in every vision of :data:`VISIONS`; else each made darker or lighter (hue
    kept) by the combination of :data:`STEPS` that changes them least and reaches
    ``minimum``, or, when none does, that separates the closest pair most. Lightness is
    what every vision still sees: a red and a green that a deuteranope cannot tell apart
    differ once one of them is darker."""
    import itertools

    n = len(colours)
    if n < 2 or least_difference(colours)[0] >= minimum:
        return list(colours)
    variants = [[_with_lightness(c, f) for f in STEPS] for c in colours]
    labs = [[{v: lab(seen(c, v)) for v in VISIONS} for c in options] for options in variants]
    pairs = list(itertools.combinations(range(n), 2))
    pair: dict[tuple[int, int, int, int], float] = {}
    for i, j in pairs:
        for a in range(len(STEPS)):
            for b in range(len(STEPS)):
                pair[i, a, j, b] = min(ciede2000(labs[i][a][v], labs[j][b][v]) for v in VISIONS)

    def key(choice: Sequence[int]) -> tuple[bool, float, int]:
        worst = min(pair[i, choice[i], j, choice[j]] for i, j in pairs)
        reached = worst >= minimum
        # reached first; then the least change (the sum of the steps' ranks); else the widest
        return (reached, -sum(choice) if reached else worst, -sum(choice))

    best: tuple[tuple[bool, float, int], tuple[int, ...]] | None = None
    if n <= EXHAUSTIVE_UP_TO:
        for choice in itertools.product(range(len(STEPS)), repeat=n):
            k = key(choice)
            if best is None or k > best[0]:
                best = (k, choice)
    else:  # one colour at a time, the others held, until no change helps
        current = [0] * n
        best = (key(current), tuple(current))
        for _ in range(4):
            changed = False
            for i in range(n):
                for step in range(len(STEPS)):
                    trial = [*current[:i], step, *current[i + 1 :]]
                    k = key(trial)
                    if k > best[0]:
                        best, current, changed = (k, tuple(trial)), trial, True
            if not changed:
                break
    assert best is not None
    return [variants[i][k] for i, k in enumerate(best[1])]


PAGE = "#ffffff"
"""The page every picture is drawn on."""
NON_TEXT_CONTRAST = 3.0
"""WCAG 2.1 SC 1.4.11: a graphic's colour against the page it is on."""
TEXT_CONTRAST = 4.5
"""WCAG 2.1 SC 1.4.3: text against its background."""


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    r, g, b = rgb_of(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of ``#rrggbb`` colours ``a`` and ``b`` (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)))
    return (lb + 0.05) / (la + 0.05)


def strong(colour: str, page: str = PAGE, ratio: float = NON_TEXT_CONTRAST) -> str:
    """``colour`` as a heat map's fullest share draws it: itself when it has ``ratio``
    contrast against ``page``, else scaled towards black (hue kept) until it has."""
    if contrast(colour, page) >= ratio:
        return colour
    rgb = rgb_of(colour)
    low, high = 0.0, 1.0  # the factor found has the ratio; 1.0 has not
    for _ in range(20):
        mid = (low + high) / 2
        if contrast(hex_of(tuple(v * mid for v in rgb)), page) >= ratio:  # type: ignore[arg-type]
            low = mid
        else:
            high = mid
    return hex_of(tuple(v * low for v in rgb))  # type: ignore[arg-type]


LIGHTEST_SHARE = 0.2
"""How much of the fullest colour a share near 0 still has (the rest is the page)."""


def share_fill(colour: str, share: float) -> str:
    """The fill of a heat map cell whose dominant stance, drawn in ``colour``, has ``share``
    (0..1) of its claims: white mixed with :func:`strong` ``(colour)``, more of it the
    larger the share. Lightness falls as the share grows, for every colour,
    and a full share has 3:1 contrast against the page."""
    full = strong(colour)
    amount = LIGHTEST_SHARE + (1 - LIGHTEST_SHARE) * min(1.0, max(0.0, share))
    # mixed channel by channel in sRGB, as graph.tint: every channel rises towards white as
    # the share falls (so lightness does too), and a mid share stays a light tint of the
    # hue rather than the greyish mix linear light gives a dark colour
    mixed = (round(255 - (255 - int(full[i : i + 2], 16)) * amount) for i in (1, 3, 5))
    return "#" + "".join(f"{v:02x}" for v in mixed)


OKABE_ITO: dict[str, str] = {
    "orange": "#e69f00",
    "sky blue": "#56b4e9",
    "bluish green": "#009e73",
    "yellow": "#f0e442",
    "blue": "#0072b2",
    "vermillion": "#d55e00",
    "reddish purple": "#cc79a7",
    "black": "#000000",
}
"""The colour-blind-safe palette of Okabe and Ito (2008)."""


SPREAD_GIVEN_FOR_HUE = 3.0
"""How much closest-pair difference :func:`okabe_ito_for` gives up to keep the chosen hues."""


def _least_pairwise(colours: Sequence[str]) -> dict[tuple[int, int], float]:
    """Each pair's least difference in any vision, as chosen and as a full heat-map share
    (:func:`strong`: a yellow and an orange darkened to 3:1 come close)."""
    full = [strong(c) for c in colours]
    return {
        (i, j): min(
            min(difference(colours[i], colours[j], v), difference(full[i], full[j], v))
            for v in VISIONS
        )
        for i in range(len(colours))
        for j in range(i + 1, len(colours))
    }


def least_drawn_difference(colours: Sequence[str]) -> float:
    """The closest pair of ``colours`` in any vision, as chosen or as :func:`strong`."""
    return min(_least_pairwise(colours).values(), default=math.inf)


OKABE_ITO_UP_TO = 5
"""Up to this many stances :func:`okabe_ito_for` picks Okabe-Ito colours only (>= 12.2 apart
as a heat map draws them); more are given :data:`TOL_MUTED`'s too."""


def okabe_ito_for(colours: Sequence[str]) -> list[str]:
    """An Okabe-Ito colour for each of ``colours`` (at most 8): of the assignments whose
    pairs all differ by :data:`MIN_DIFFERENCE` in every vision, as chosen and as a full
    heat-map share (or, when none does, by within :data:`SPREAD_GIVEN_FOR_HUE` of the
    widest assignment), the one nearest the chosen colours (a green stance stays green where
    it can). Past :data:`OKABE_ITO_UP_TO` stances, the widest set of Okabe-Ito's and Tol's
    colours (:func:`_widest_from`)."""
    import itertools

    palette = list(OKABE_ITO.values())
    if len(colours) > len(palette):
        raise ValueError(f"{len(colours)} colours: the Okabe-Ito palette has {len(palette)}")
    if len(colours) > OKABE_ITO_UP_TO:
        return _widest_from(palette + list(TOL_MUTED.values()), colours)
    apart = _least_pairwise(palette)
    near = [[difference(c, p) for p in palette] for c in colours]
    options = []
    for choice in itertools.permutations(range(len(palette)), len(colours)):
        worst = min(
            (apart[min(a, b), max(a, b)] for a, b in itertools.combinations(choice, 2)),
            default=math.inf,
        )
        options.append((worst, sum(near[i][k] for i, k in enumerate(choice)), choice))
    widest = max(worst for worst, _, _ in options)
    enough = min(MIN_DIFFERENCE, widest - SPREAD_GIVEN_FOR_HUE)
    best = min((change, choice) for worst, change, choice in options if worst >= enough)
    return [palette[k] for k in best[1]]


TOL_MUTED: dict[str, str] = {
    "indigo": "#332288",
    "cyan": "#88ccee",
    "teal": "#44aa99",
    "green": "#117733",
    "olive": "#999933",
    "sand": "#ddcc77",
    "rose": "#cc6677",
    "wine": "#882255",
    "purple": "#aa4499",
    "grey": "#8c8c8c",
}
"""Paul Tol's colour-blind-safe "muted" palette (2021) and a grey: with Okabe-Ito's, the
colours :func:`okabe_ito_for` picks from for 6 to 8 stances, where Okabe-Ito's alone come
within 7.0, 5.0 and 2.0 of each other as a heat map draws them (16.0, 13.5 and 11.8 now)."""


def _widest_from(palette: Sequence[str], colours: Sequence[str]) -> list[str]:
    """The ``len(colours)`` colours of ``palette`` whose closest pair (as chosen and as a full
    heat-map share, in any vision) is farthest apart, each given to the chosen colour it is
    nearest (branch and bound over the sets, then every assignment of the set)."""
    import itertools

    apart = _least_pairwise(palette)
    n = len(colours)
    best: tuple[float, list[int]] = (0.0, list(range(n)))

    def grow(chosen: list[int], start: int, worst: float) -> None:
        nonlocal best
        if len(chosen) == n:
            best = (worst, list(chosen)) if worst > best[0] else best
            return
        for k in range(start, len(palette)):
            w = min([worst, *(apart[c, k] for c in chosen)])
            if w > best[0]:
                grow([*chosen, k], k + 1, w)

    grow([], 0, math.inf)
    near = {(i, k): difference(c, palette[k]) for i, c in enumerate(colours) for k in best[1]}
    order = min(
        itertools.permutations(best[1]),
        key=lambda ks: sum(near[i, k] for i, k in enumerate(ks)),
    )
    return [palette[k] for k in order]


def one_scale(axes: Sequence[int]) -> bool:
    """Whether stances on these sides of the axis (-1, 0, 1) are points of one scale: both
    sides are there (debate28's broad law 1, terminal only 1, not yet 0, never -1; the
    shipped for 1, against -1, hedged 0, whose middle is listed last; not options, all on
    side 0 as debate27's and debate30's, nor stances on one side only)."""
    return any(a > 0 for a in axes) and any(a < 0 for a in axes)  # places: +2 is a side


def scale_order(axes: Sequence[int]) -> list[int]:
    """The places in ``axes`` along their scale (:func:`one_scale`): from the end of the
    first stance that takes a side to the other, the middle (0) between them, stances on
    one side in codebook order (the shipped 1, -1, 0 runs 0, 2, 1: for, hedged, against)."""
    first = next((a for a in axes if a), 1)
    return sorted(range(len(axes)), key=lambda k: -axes[k] * first)


SCALE_ENDS: tuple[dict[int, tuple[str, ...]], dict[int, tuple[str, ...]]] = (
    {1: ("#0072b2",), 2: ("#0072b2", "#56b4e9")},
    {1: ("#d55e00",), 2: ("#8d3c00", "#e69f00")},
)
"""Colours for the points of a scale on each side, from its end inwards: Okabe-Ito blue and
sky blue on one side, vermillion (darkened for a second point: vermillion and orange at
3:1 differ by 5.0) and orange on the other. Each pair of sides differs by >= 13.3 in every
vision, as chosen and as a full heat-map share (:func:`least_drawn_difference`)."""
SCALE_MIDDLE = "#8c8c8c"
"""The middle point (side 0) of a scale: a grey with 3.4:1 on the page."""


def scale_colours(colours: Sequence[str], axes: Sequence[int]) -> list[str] | None:
    """Colours that read as the scale the stances of ``axes`` make (:func:`one_scale`):
    one side in blues, the other in oranges, darker towards each end, a grey middle; the
    side nearer the chosen ``colours`` gets the blues. None when the stances are not one
    scale, or it has more than two points on a side or more than one in the middle."""
    if not one_scale(axes):
        return None
    order = scale_order(axes)
    along = [axes[k] for k in order]
    sides = [sum(1 for a in axes if a * side > 0 or a == side) for side in (along[0], 0, along[-1])]
    if sides[0] > 2 or sides[2] > 2 or sides[1] > 1:
        return None
    options = []
    for first, last in (SCALE_ENDS, SCALE_ENDS[::-1]):
        drawn = [*first[sides[0]], *([SCALE_MIDDLE] * sides[1]), *last[sides[2]][::-1]]
        in_codebook = [drawn[order.index(k)] for k in range(len(axes))]
        change = sum(difference(c, d) for c, d in zip(colours, in_codebook, strict=True))
        options.append((change, in_codebook))
    return min(options)[1]


COLLIDE_BELOW = 10.0
"""Two stance colours closer than this (CIEDE2000) in some vision of :data:`VISIONS` are, for
that reader, one colour (the Okabe-Ito palette's closest pair is 10.9 apart)."""

_READER = {
    "common": "every reader",
    "protanopia": "a protanope (red-blind) reader",
    "deuteranopia": "a deuteranope (green-blind) reader",
    "tritanopia": "a tritanope (blue-blind) reader",
}


def collision_advice(
    stances: Sequence[tuple[str, str, str]], axes: Sequence[int] = ()
) -> str | None:
    """One line for a user whose stance colours collide: ``stances`` are (id, symbol,
    ``#rrggbb``), ``axes`` their sides of the axis. Names the closest pair, the reader who
    cannot tell them apart, and the ``argmap codebook edit`` commands that give them
    Okabe-Ito colours: ones that read as the scale when the stances are one
    (:func:`scale_colours`); None when every pair differs by :data:`COLLIDE_BELOW` in every
    vision. The colours are not changed here."""
    colours = [c for _, _, c in stances]
    least, vision, i, j = least_difference(colours)
    if least >= COLLIDE_BELOW:
        return None
    (a, sym_a, _), (b, sym_b, _) = stances[i], stances[j]
    line = (
        f"argmap: stances {a} {sym_a} and {b} {sym_b} look like one colour to {_READER[vision]} "
        f"(difference {least:.1f}, {COLLIDE_BELOW:.0f} tells apart): the pictures tell them "
        "apart by their symbols"
    )
    if len(stances) > len(OKABE_ITO):
        return line + " (no palette of that many colours tells all apart)"
    on_scale = scale_colours(colours, axes) if len(axes) == len(colours) else None
    suggested = on_scale or okabe_ito_for(colours)
    if least_difference(suggested)[0] <= least:
        return line
    edits = " && ".join(
        f"argmap codebook edit stance {sid} --color '{new}'"
        for (sid, _, old), new in zip(stances, suggested, strict=True)
        if new != old
    )
    if on_scale:
        return (
            f"{line}; for colours everyone tells apart that read as your stances' scale "
            f"(blue at one end, orange at the other; Okabe-Ito): {edits}"
        )
    palette = "Okabe-Ito" if set(suggested) <= set(OKABE_ITO.values()) else "Okabe-Ito, Tol"
    return f"{line}; for colours everyone tells apart ({palette}): {edits}"
