"""The vocabulary's files: where they are, how YAML is read (1.2 booleans), and a language
file checked where a mistake would otherwise surface deep in a rule."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..model import InputError


def data_dir() -> Path:
    """The vocabulary folder: $COALITION_LOD_DATA, or the one the package carries."""
    from ..resources import data_path

    return data_path()


class _Yaml12Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML 1.2 booleans: only true/false, so the words "on", "no", "yes" stay words.
    LibYAML's parser where PyYAML has it: the word files are read ten times faster
    (0.28 → 0.03 s at each start), and resolved by the same rules."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load_yaml(path: Path) -> Any:
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=_Yaml12Loader)  # noqa: S506 - a SafeLoader subclass


def _lang_file(path: Path) -> dict[str, Any]:
    """A language file, checked where a mistake would otherwise surface deep in a rule:
    its YAML, and its function words and word patterns (``extract/words.py``), each
    role a list of words or a regular expression. A problem is one line naming the file."""
    try:
        conf = load_yaml(path) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(f"{path}:{mark.line + 1 if mark else 1}: not valid YAML: {getattr(e, 'problem', e)}") from None
    if not isinstance(conf, dict):
        raise InputError(f"{path}: expected a mapping")
    for role, listed in (conf.get("function_words") or {}).items():
        if not isinstance(listed, list) or not all(isinstance(w, str) for w in listed):
            raise InputError(f"{path}: function_words: {role} must be a list of words")
    for role, rx in (conf.get("word_patterns") or {}).items():
        try:
            re.compile(str(rx))
        except re.error as e:
            raise InputError(f"{path}: word_patterns: {role} is not a regular expression: {e}") from None
    return conf
