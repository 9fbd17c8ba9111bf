"""Deterministic synthetic partner profiles for the benchmark.

Every partner of the vocabulary, the three languages, text and HTML; names, missions,
strategies, initiatives and resolution numbers come from ``data/vocab`` and the
sentences from ``bench/templates.yaml``; counts are written in digits, Arabic-Indic
digits or words (num2words). The same seed gives the same files, byte for byte.

    python -m bench.generate OUT --profiles 1000 [--seed 7] [--partners N]
"""

from __future__ import annotations

import argparse
import html
import random
from pathlib import Path

from num2words import num2words

from coalition_lod.vocab import load_yaml, vocabulary

HERE = Path(__file__).resolve().parent
LANGS = ("en", "fr", "ar")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
HTML_SHARE = 0.3  # of the profiles are HTML pages with navigation, a cookie banner and "Read more"

CHROME = {
    "en": ("Home | About the Coalition | Partners | News", "We use cookies to improve your experience. Accept all cookies",
           "Read more", "© The Global Coalition against Daesh. All rights reserved."),
    "fr": ("Accueil | La Coalition | Partenaires | Actualités", "Nous utilisons des cookies. Accepter tous les cookies",
           "Lire la suite", "© La Coalition mondiale contre Daech. Tous droits réservés."),
    "ar": ("الرئيسية | عن التحالف | الشركاء | الأخبار", "نستخدم ملفات تعريف الارتباط. قبول جميع ملفات تعريف الارتباط",
           "اقرأ المزيد", "© التحالف الدولي ضد داعش. جميع الحقوق محفوظة."),
}


class Generator:
    """``partners``: write about the first N partners only, so that each has many
    documents (versions, translations, news about the same partner), as real corpora do.
    Partners of the Coalition only: a state outside it is credited no fact."""

    def __init__(self, seed: int = 7, partners: int | None = None) -> None:
        self.seed = seed
        self.vocab = vocabulary()
        self.templates = load_yaml(HERE / "templates.yaml")
        self.partners = sorted((p for p in self.vocab.partners.values() if p.member and all(p.label(lang) for lang in LANGS)),
                               key=lambda p: p.slug)[:partners]
        self.known = {kind: sorted((k for (kd, _i), k in self.vocab.known.items() if kd == kind and all(k.labels.get(lg) for lg in LANGS)),
                                   key=lambda k: k.id) for kind in ("mission", "strategy", "initiative")}
        self.resolutions = sorted(int(n) for n in (load_yaml(self.vocab_dir() / "resolutions.yaml").get("UNSC") or {}))

    @staticmethod
    def vocab_dir() -> Path:
        from coalition_lod.vocab import data_dir

        return data_dir() / "vocab"

    def count(self, rng: random.Random, lang: str) -> str:
        n = rng.choice((2, 3, 5, 6, 8, 12, 20, 25, 40, 50, 60, 75, 100, 120, 150, 200, 250, 300, 400, 500, 800, 1200))
        how = rng.random()
        if how < 0.3 and n <= 300 and lang != "ar":
            return num2words(n, lang=lang).replace(" and ", " ")
        if lang == "ar" and how < 0.5:
            return str(n).translate(ARABIC_DIGITS)
        return f"{n:,}" if n >= 1000 and lang == "en" else str(n)

    def profile(self, i: int) -> tuple[str, str, str]:
        """(file name, language, content) of profile number i."""
        rng = random.Random(f"{self.seed}:{i}")
        lang = LANGS[i % 3]
        partner = self.partners[i % len(self.partners)]
        name = partner.label(lang)
        t = self.templates[lang]

        def fill(kind: str) -> str:
            tpl = rng.choice(t[kind])
            other = rng.choice([p for p in self.partners if p.slug != partner.slug])
            return tpl.format(
                P=name, O=other.label(lang), Y=rng.randint(2014, 2025), N=self.count(rng, lang),
                R=rng.choice(self.resolutions) if self.resolutions else 2178,
                M=rng.choice(self.known["mission"]).labels[lang][0],
                S=rng.choice(self.known["strategy"]).labels[lang][0],
                I=rng.choice(self.known["initiative"]).labels[lang][0])

        sentences = [fill("intro")]
        for kind, (lo, hi) in (("mission", (1, 3)), ("resolution", (1, 3)), ("strategy", (0, 2)), ("initiative", (1, 3)),
                               ("cooperation", (0, 2)), ("effort", (2, 4))):
            sentences += [fill(kind) for _ in range(rng.randint(lo, hi))]
        head, body = sentences[0], sentences[1:]
        rng.shuffle(body)
        paragraphs = [" ".join([head, *body[:3]]), " ".join(body[3:7]), " ".join(body[7:])]
        paragraphs = [p for p in paragraphs if p]
        stem = f"profile-{i:05d}.{lang}"
        if rng.random() < HTML_SHARE:
            return stem + ".html", lang, self.as_html(name, paragraphs, lang)
        return stem + ".txt", lang, name + "\n\n" + "\n\n".join(paragraphs) + "\n"

    @staticmethod
    def as_html(title: str, paragraphs: list[str], lang: str) -> str:
        nav, cookies, more, foot = CHROME[lang]
        direction = ' dir="rtl"' if lang == "ar" else ""
        ps = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        return (f'<!DOCTYPE html>\n<html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>\n'
                f'<body><nav>{html.escape(nav)}</nav>\n<div class="cookie-banner">{html.escape(cookies)}</div>\n'
                f'<main><article><h1>{html.escape(title)}</h1>\n{ps}\n<a href="#">{html.escape(more)}</a></article></main>\n'
                f'<footer>{html.escape(foot)}</footer></body></html>\n')

    def write(self, out: Path, n: int) -> list[Path]:
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for i in range(n):
            name, _lang, content = self.profile(i)
            p = out / name
            p.write_text(content, encoding="utf-8")
            paths.append(p)
        return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--profiles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--partners", type=int, default=None, help="write about the first N partners only")
    a = ap.parse_args()
    paths = Generator(a.seed, a.partners).write(a.out, a.profiles)
    print(f"wrote {len(paths)} profiles to {a.out}")


if __name__ == "__main__":
    main()
