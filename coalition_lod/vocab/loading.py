"""The vocabulary read from the bundled data files and a project's own, once per process
(again where a project's file changed)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml
from babel import Locale

from ..langs import LANGS
from ..model import InputError
from .entries import BODIES, Known, Partner, Vocabulary
from .files import _lang_file, data_dir, load_yaml


def _labels(raw: dict[str, list[str]] | None) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(str(x) for x in (raw or {}).get(lang, []) or []) for lang in LANGS}


def _dedupe(xs) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x for x in xs if x))


def _seats(entry: dict) -> dict[str, tuple[str, ...]]:
    """A state's capital and its seats (institutions known by their own names): both
    stand for the state where a clause names them as its subject, and are places
    after a preposition ("at the Pentagon", "in Berlin")."""
    capital, seats = _labels(entry.get("capital")), _labels(entry.get("seats"))
    return {lang: capital[lang] + seats[lang] for lang in LANGS}


def _load_partners(vdir: Path) -> list[Partner]:
    raw = load_yaml(vdir / "partners.yaml")
    cldr = {lang: Locale(lang).territories for lang in LANGS}
    out = []
    for s in raw["states"]:
        code = str(s["code"])
        extra = _labels(s.get("names"))
        names = {lang: _dedupe([cldr[lang].get(code, "")] + list(extra[lang])) for lang in LANGS}
        out.append(Partner(code, code.lower(), "state", bool(s.get("member")), s.get("wd"),
                           names, _labels(s.get("adj")), _seats(s)))
    for o in raw["organisations"]:
        out.append(Partner(str(o["code"]), o["slug"], "organisation", bool(o.get("member")), o.get("wd"),
                           _labels(o.get("names")), _labels(o.get("adj")), _labels(None)))
    return out


# A project's vocabulary files, added to the bundled vocabulary (see ``use_extra``), with
# their modification time and size, so that an edited file is read again.
_EXTRA: tuple[tuple[str, int, int], ...] = ()
KNOWN_FILES = (("mission", "missions"), ("strategy", "strategies"), ("initiative", "initiatives"), ("body", "bodies"))


def use_extra(paths: Iterable[Path]) -> None:
    """Add a project's vocabulary files to the bundled vocabulary for every later
    ``vocabulary()`` in this process (and the workers it forks). Each file may list
    ``partners`` (by code: extra names, adjectives, capitals), and ``missions``,
    ``strategies``, ``initiatives``, ``bodies`` (by id: more labels for a bundled one, or
    a new one), in the bundled files' format."""
    global _EXTRA
    extra = tuple((str(p), *_stamp(Path(p))) for p in paths)
    _vocabulary(None, extra)  # a bad file fails here, before any work, in one line
    _EXTRA = extra


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (0, 0)  # reported as not found when read
    return (st.st_mtime_ns, st.st_size)


def vocabulary(root: str | None = None) -> Vocabulary:
    return _vocabulary(root, _EXTRA)


def _known(kind: str, k: dict) -> Known:
    return Known(kind, k["id"], _labels(k.get("labels")), k.get("scope"), k.get("owner"),
                 bool(k.get("military", True)), k.get("wd"), tuple(k.get("loe", ())), _labels(k.get("topics")),
                 tuple(str(c) for c in k.get("hosts", ())), str(k["nation"]) if k.get("nation") else None,
                 bool(k.get("capitalised", False)), run_by=str(k["run_by"]) if k.get("run_by") else None)


def _check_extra(path: Path) -> dict:
    """A project's vocabulary file, checked: a problem is one line naming the file."""
    if not path.is_file():
        raise InputError(f"{path}: vocabulary file not found")
    try:
        data = load_yaml(path) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(f"{path}:{mark.line + 1 if mark else 1}: not valid YAML: {getattr(e, 'problem', e)}") from None
    allowed = {"partners"} | {f for _k, f in KNOWN_FILES}
    if not isinstance(data, dict) or set(data) - allowed:
        raise InputError(f"{path}: expected a mapping with keys {', '.join(sorted(allowed))}")
    for key, items in data.items():
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InputError(f"{path}: {key} must be a list of entries")
        need = "code" if key == "partners" else "id"
        for i in items:
            if need not in i:
                raise InputError(f"{path}: every entry of {key} needs its {need}: {i}")
    return data


def _merge_labels(a: dict[str, tuple[str, ...]], b: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {lang: _dedupe([*a.get(lang, ()), *b.get(lang, ())]) for lang in LANGS}


def _add_extra(partners: list[Partner], known: dict[tuple[str, str], Known], path: Path) -> list[Partner]:
    data = _check_extra(path)
    # partners by slug: two share a code (AU: Australia and the African Union), and a code
    # in the file names the Coalition's member among them
    by_slug = {p.slug: p for p in partners}
    by_code = _slugs_by_code(partners)
    for e in data.get("partners") or []:
        code = str(e["code"])
        if code not in by_code:
            raise InputError(f"{path}: unknown partner code {code!r}")
        p = by_slug[by_code[code]]
        by_slug[p.slug] = replace(p, names=_merge_labels(p.names, _labels(e.get("names"))),
                                  adjectives=_merge_labels(p.adjectives, _labels(e.get("adj"))),
                                  capitals=_merge_labels(p.capitals, _seats(e)))
    for kind, key in KNOWN_FILES:
        for e in data.get(key) or []:
            for field, what in (("nation", "the nation of"), ("run_by", "the organisation that runs")):
                if e.get(field) is not None and str(e[field]) not in by_code:
                    raise InputError(f"{path}: unknown partner code {e[field]!r} as {what} {e['id']!r}")
            old = known.get((kind, e["id"]))
            new = _known(kind, e)
            known[(kind, e["id"])] = (replace(old, labels=_merge_labels(old.labels, new.labels),
                                                  topics=_merge_labels(old.topics, new.topics)) if old else new)
    return [by_slug[p.slug] for p in partners]


def _slugs_by_code(partners: list[Partner]) -> dict[str, str]:
    """Each code's partner, as its slug: a code two partners share (AU: Australia and the
    African Union) is the Coalition member's."""
    by_code: dict[str, str] = {}
    for p in sorted(partners, key=lambda p: not p.member):
        by_code.setdefault(p.code, p.slug)
    return by_code


def _nations(partners: list[Partner], known: dict[tuple[str, str], Known]) -> None:
    """A national operation's nation, and the organisation a mission is run by, given by code, as the partner's slug."""
    by_code = _slugs_by_code(partners)
    for key, k in known.items():
        for field in ("nation", "run_by"):
            code = getattr(k, field)
            if code is not None:
                if code not in by_code:
                    raise ValueError(f"{k.kind} {k.id}: unknown partner code {code!r} as its {field}")
                k = replace(k, **{field: by_code[code]})
        known[key] = k


@cache
def _vocabulary(root: str | None, extra: tuple[tuple[str, int, int], ...]) -> Vocabulary:
    base = Path(root) if root else data_dir()
    vdir = base / "vocab"
    partners = _load_partners(vdir)
    known: dict[tuple[str, str], Known] = {}
    for kind, fname in KNOWN_FILES:
        for k in load_yaml(vdir / f"{fname}.yaml"):
            known[(kind, k["id"])] = _known(kind, k)
    for path, _mtime, _size in extra:
        partners = _add_extra(partners, known, Path(path))
    _nations(partners, known)
    listed = load_yaml(vdir / "partners.yaml")  # the kingdoms and short names beside the partners
    res = load_yaml(vdir / "resolutions.yaml")
    res_loe = {(body, str(num)): tuple(loe or ()) for body in BODIES for num, loe in (res.get(body) or {}).items()}
    return Vocabulary(
        partners={p.slug: p for p in partners},
        known=known,
        resolution_loe=res_loe,
        resolution_labels=res["labels"],
        numbers=load_yaml(vdir / "numbers.yaml"),
        lang_conf={lang: _lang_file(base / "lang" / f"{lang}.yaml") for lang in LANGS},
        kingdoms=frozenset(str(c) for c in listed.get("kingdoms") or ()),
        short_names={str(slug): _labels(names) for slug, names in (listed.get("short_names") or {}).items()},
        shared_seats={str(slug): _labels(names) for slug, names in (listed.get("shared_seats") or {}).items()},
    )


def extra_files() -> tuple[tuple[str, int, int], ...]:
    """The project's vocabulary files in use (``use_extra``), with their stamps."""
    return _EXTRA
