"""Dialogs of the reader about the source itself: who says the selected sentences
(``argmap speaker``) and the passages of the saved page its reader left out
(``argmap leftout``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from argmap.model import Claim, voice_key, voice_name
from argmap.project import SourceDoc
from argmap.tui.widgets import muted_style

__all__ = [
    "AS_READ",
    "LeftOutScreen",
    "SpeakerPrompt",
    "VoicePrompt",
    "known_speakers",
    "left_out_line",
    "voice_choices",
    "voice_in_note",
]

AS_READ = "\0as-read"
"""The option "as the reader read it" (no name can hold a NUL)."""


def known_speakers(doc: SourceDoc) -> list[str]:
    """The names that say something in ``doc`` (as read or set by hand), in order of first
    appearance, hand-set names its reader never found after them."""
    names = dict.fromkeys(s.speaker for s in doc.sentences if s.speaker)
    names.update(dict.fromkeys(f.speaker for f in doc.meta.speakers if f.speaker))
    return list(names)


class _NamePrompt(ModalScreen[str | None]):
    """A name typed (completed from ``names``) or picked below, or the "nobody" option
    (``""``); None when cancelled. Subclasses say what the name is of."""

    PLACEHOLDER = ""
    NOBODY = ""
    NOUN = "name"
    ID = "name"

    def __init__(self, title: str, now: str, names: Sequence[str]) -> None:
        super().__init__()
        self.title_text = title
        self.now = now
        self.names = list(names)

    def extra_options(self) -> list[Option]:
        """Options listed after "nobody"."""
        return []

    def typed(self, value: str) -> str:
        """What a value typed in the box saves."""
        return value.strip()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Input(
                self.now,
                placeholder=self.PLACEHOLDER,
                suggester=SuggestFromList(self.names, case_sensitive=False),
                id=f"{self.ID}-name",
            )
            options = [Option(name, name) for name in self.names]
            options.append(Option(Text(self.NOBODY, style="italic"), ""))
            yield OptionList(*options, *self.extra_options(), id=f"{self.ID}-names")
            yield Label(
                f"enter saves the {self.NOUN} typed (→ completes it) · ↓ picks one below · "
                "escape cancels",
                classes="dialog-help",
            )

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key == "down" and isinstance(self.focused, Input):
            self.query_one(OptionList).focus()
            event.stop()

    @on(Input.Submitted)
    def _typed(self, event: Input.Submitted) -> None:
        self.dismiss(self.typed(event.value))

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id or "")

    def action_cancel(self) -> None:
        self.dismiss(None)


class SpeakerPrompt(_NamePrompt):
    """Who says the chosen sentences: a name typed (completed from the source's names) or
    picked below, nobody, or the speaker the reader found. Dismissed with the name (``""``:
    nobody), :data:`AS_READ`, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="speaker.cancel")
    ]
    PLACEHOLDER = "a name (empty: nobody)"
    NOBODY = "nobody (no speaker)"
    ID = "speaker"

    def __init__(self, title: str, now: str, names: Sequence[str], set_by_hand: bool) -> None:
        super().__init__(title, now, names)
        self.set_by_hand = set_by_hand

    def extra_options(self) -> list[Option]:
        as_read = Option(Text("as the reader read it", style="italic"), AS_READ)
        return [as_read] if self.set_by_hand else []

    def typed(self, value: str) -> str:
        name = value.strip()
        # a name typed in another case is the name the source already has
        same = [n for n in self.names if n.casefold() == name.casefold()]
        return same[0] if same and name not in self.names else name


class LeftOutScreen(ModalScreen[tuple[str, str] | None]):
    """The passages of a source's saved page that its text does not hold. Dismissed with
    ``("add", passage)`` to add one as a source of its own, ``("forget", "")`` once they
    are dealt with, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="leftout.close"),
        Binding("a", "add", "Add as a source", id="leftout.add"),
        Binding("f", "forget", "Forget them", id="leftout.forget"),
    ]

    def __init__(self, title: str, passages: Sequence[str]) -> None:
        super().__init__()
        self.title_text = title
        self.passages = list(passages)

    def compose(self) -> ComposeResult:
        n = len(self.passages)
        with Vertical(classes="dialog passages"):
            yield Label(
                f"“{self.title_text}”: {n} passage{'s' if n != 1 else ''} of the saved page "
                f"{'are' if n != 1 else 'is'} not in the text you annotate",
                classes="dialog-title",
            )
            yield Static(
                Text(
                    "The page's reader left out this argued text (a comment thread, a "
                    "frame…). To annotate it, add it as a source of its own.",
                    style=muted_style(),
                )
            )
            yield OptionList(
                *(
                    Option(Text.assemble((f"{i}. ", "bold"), passage), str(i - 1))
                    for i, passage in enumerate(self.passages, 1)
                ),
                id="leftout-passages",
            )
            yield Label(
                "a / enter: add the chosen one as a source · f: forget them (dealt with) · "
                "escape closes",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0

    def _chosen(self) -> str | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        return self.passages[options.highlighted]

    def action_add(self) -> None:
        passage = self._chosen()
        if passage is not None:
            self.dismiss(("add", passage))

    @on(OptionList.OptionSelected)
    def _selected(self) -> None:
        self.action_add()

    def action_forget(self) -> None:
        self.dismiss(("forget", ""))

    def action_cancel(self) -> None:
        self.dismiss(None)


def left_out_line(count: int) -> str:
    """The notice on opening a source with passages left out."""
    were = "were" if count != 1 else "was"
    them = "them" if count != 1 else "it"
    return f"{count} passage{'s' if count != 1 else ''} of the page {were} not read: L shows {them}"


VOICE_NOTE = re.compile(r"^\s*voice:\s*([^(,;\n]+)", re.IGNORECASE)
"""A note that names the claim's voice, as annotators wrote before claims had one
("voice: Halvorsrud (reported)", "voice: Fiscal Council, used by the writer": debate36)."""


def voice_in_note(note: str) -> str:
    """The voice a claim's note names at its start ("voice: NAME …"), or ""."""
    m = VOICE_NOTE.match(note)
    return voice_name(m[1]) if m else ""


def voice_choices(claims: Sequence[Claim], spellings: dict[str, str], speaker: str) -> list[str]:
    """The voices to offer for a claim: the sentence's ``speaker`` first (where the reader
    or the user found one), then the voices of ``claims`` (its source's, in document
    order), then the project's other voices (``spellings``: key -> spelling) A to Z. Each
    voice once, in the project's spelling."""
    shown = {voice_key(c.voice): c.voice for c in claims if c.voice}
    if speaker:
        shown.setdefault(voice_key(speaker), voice_name(speaker))
    shown |= spellings
    order = [voice_key(speaker)] if speaker else []
    order += [voice_key(c.voice) for c in claims if c.voice]
    order += sorted(spellings, key=lambda k: spellings[k].casefold())
    return [shown[k] for k in dict.fromkeys(order) if shown.get(k)]


class VoicePrompt(_NamePrompt):
    """Whose stance a claim carries when not the writer's own: a voice typed (completed
    from the project's voices) or picked below, or the writer's own. Dismissed with the
    voice (``""``: the writer's own), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="voice.cancel")
    ]
    PLACEHOLDER = "a person or body quoted (empty: the writer's own)"
    NOBODY = "the writer's own (no voice)"
    NOUN = "voice"
    ID = "voice"

    def typed(self, value: str) -> str:
        return voice_name(value)
