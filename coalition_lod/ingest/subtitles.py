"""Subtitles (SubRip ``.srt``, WebVTT ``.vtt``) as running text.

A ministry's video reaches a project as its captions: numbered cues with timecodes, each
a line or two of a sentence that runs on into the next cue ("For three months now, this
has been home" | "to around 150 Dutch military personnel"). Read line by line, the cue
numbers and timecodes would sit inside the sentences and cut them; here the cues are read
by webvtt-py, their text joined, and a paragraph ends where a cue ends a sentence. Cues
that are only a sound ("[Engines roaring]", "(music)", "♪") say nothing and are left out;
a WebVTT voice ("<v Narrator>") is written before its words where the speaker changes, as
a transcript names its speakers.
"""

from __future__ import annotations

import io
import re

import webvtt
from webvtt.errors import MalformedFileError

MEDIA_TYPES = {".srt": "application/x-subrip", ".vtt": "text/vtt"}
FORMATS = {"application/x-subrip": "srt", "text/vtt": "vtt"}

# the first cue of a SubRip file: its number, then its timecodes
_SRT_START = re.compile(r"\A\s*\d+\s*\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")
_VTT_START = re.compile(r"\AWEBVTT(?:[ \t].*)?$", re.M)
_SOUND = re.compile(r"\s*(?:\[[^\]]*\]|\([^)]*\)|[♪♫\s]+)\s*")  # a cue that only describes a sound
_SENTENCE_END = re.compile(r"[.!?؟…][\"'»”)\]]*$")


def sniff(text: str) -> str | None:
    """The subtitle format a plain text is written in ("srt", "vtt"), or None: captions
    saved as a ``.txt``."""
    if _VTT_START.match(text.lstrip("\ufeff")):
        return "vtt"
    if _SRT_START.match(text):
        return "srt"
    return None


def to_text(text: str, fmt: str) -> str:
    """The cues' words, a paragraph to each run of cues that ends a sentence; ValueError
    where the file is not subtitles of that format."""
    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=fmt)
    except MalformedFileError as e:
        raise ValueError(f"not {'SubRip' if fmt == 'srt' else 'WebVTT'} subtitles ({e})") from None
    paragraphs: list[str] = []
    run: list[str] = []
    voice = None
    for cue in captions:
        words = " ".join(cue.text.split())
        if not words or _SOUND.fullmatch(words):
            continue
        if cue.voice and cue.voice != voice:
            if run:
                paragraphs.append(" ".join(run))
                run = []
            words = f"{cue.voice}: {words}"
        voice = cue.voice or voice
        run.append(words)
        if _SENTENCE_END.search(words):
            paragraphs.append(" ".join(run))
            run = []
    if run:
        paragraphs.append(" ".join(run))
    return "\n\n".join(paragraphs)
