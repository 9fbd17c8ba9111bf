"""Vocabulary: partners, missions, strategies, initiatives, cues and number words.

Everything here is read from the data files in ``data/`` (and CLDR, through babel,
for state names), once per process. The extraction only ever asks a compiled
``Gazetteer`` which vocabulary phrases occur in a list of tokens.

By concern: ``files`` (where the data is, how it is read and checked), ``entries``
(what the vocabulary holds), ``loading`` (the bundled files and a project's own, read
once), ``gazetteer`` (the matcher), ``lexicon`` (a language's matchers compiled) and
``cues`` (its language file's cues).
"""

from __future__ import annotations

from .entries import (
    BODIES,
    LOE_CONCEPTS,
    RESOLUTION_RELATIONS,
    SCOPES,
    STATUSES,
    STRATEGY_RELATIONS,
    Known,
    Partner,
    Vocabulary,
)
from .files import _Yaml12Loader, data_dir, load_yaml
from .gazetteer import TITLE, Entry, Gazetteer, Match
from .lexicon import ADJECTIVE_FORMS, Lexicon
from .loading import KNOWN_FILES, extra_files, use_extra, vocabulary

__all__ = [
    "ADJECTIVE_FORMS", "BODIES", "KNOWN_FILES", "LOE_CONCEPTS", "RESOLUTION_RELATIONS", "SCOPES", "STATUSES",
    "STRATEGY_RELATIONS", "TITLE", "Entry", "Gazetteer", "Known", "Lexicon", "Match", "Partner", "Vocabulary",
    "_Yaml12Loader", "data_dir", "extra_files", "load_yaml", "use_extra", "vocabulary",
]
