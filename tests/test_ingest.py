"""Ingest: boilerplate stripped, HTML reduced to its prose, language known, bad input refused."""

import pytest

from coalition_lod.ingest import read_document
from coalition_lod.model import InputError

from .conftest import AR_SEED, EN_SEED, PROFILES


def test_cookie_banner_line_is_dropped():
    doc = read_document(EN_SEED)
    assert "cookies" not in doc.text
    assert doc.text.rstrip().endswith("human rights.")


def test_language_is_detected_without_a_suffix():
    assert read_document(EN_SEED).lang == "en"
    assert read_document(AR_SEED).lang == "ar"


def test_language_from_the_suffix():
    assert read_document(PROFILES / "morocco.fr.txt").lang == "fr"


def test_html_keeps_the_article_only():
    doc = read_document(PROFILES / "kosovo.fr.html")
    assert doc.lang == "fr"
    assert doc.text.startswith("Kosovo")
    for noise in ("Accueil", "Rechercher", "cookies", "Tous droits réservés", "À lire aussi", "dataLayer"):
        assert noise not in doc.text
    assert "Le Kosovo a rejoint la Coalition mondiale contre Daech en 2014." in doc.text


def test_a_breadcrumb_is_dropped(tmp_path):
    """A page's breadcrumb, by its class ("fil d'Ariane") or, in a capture's text, by its
    shape (short steps joined by ">", "›", "/"), is no prose: its steps are no names."""
    html = tmp_path / "page.fr.html"
    html.write_text('<html><body><main><p class="fil-ariane">Accueil &gt; Défense &gt; Opérations</p>'
                    "<p>La Belgique participe à l'opération Inherent Resolve.</p></main></body></html>", encoding="utf-8")
    assert "Accueil" not in read_document(html).text
    text = tmp_path / "capture.en.txt"
    text.write_text("Home › News › Defence › Operations\n\nNorway keeps 60 trainers in Iraq.\n"
                    "Spain and Italy > Germany in troops, by 2024/2025 figures.\n", encoding="utf-8")
    got = read_document(text).text
    assert "Home" not in got and "Norway keeps 60 trainers in Iraq." in got
    assert "Spain and Italy > Germany" in got  # a comparison in a sentence is no breadcrumb
    for lang, line in (("ar", "الرئيسية > الأخبار > بيانات صحفية"), ("fr", "Accueil / Politique étrangère / Sécurité, désarmement / Terrorisme")):
        f = tmp_path / f"c.{lang}.txt"
        f.write_text(f"{line}\n\nنص.\n" if lang == "ar" else f"{line}\n\nLe texte.\n", encoding="utf-8")
        assert line not in read_document(f).text


def test_markdown_is_read_as_text(tmp_path):
    md = tmp_path / "p.en.md"
    md.write_text("# Albania\n\nAlbania is a **member** of the [Coalition](https://x.org).\n\n* Read more\n",
                  encoding="utf-8")
    doc = read_document(md)
    assert "Albania is a member of the Coalition." in doc.text
    assert "https" not in doc.text and "Read more" not in doc.text


def test_a_table_row_is_one_line_its_cells_apart_by_tabs(tmp_path):
    """A report's table of who did what, in Markdown or HTML: each row a line of its own,
    its cells apart by tabs as a browser copies them (no run of pipes and rules), so that the
    partner a row names is the subject of what its other cells say; a layout table whose
    cells hold paragraphs is read paragraph by paragraph."""
    md = tmp_path / "r.en.md"
    md.write_text("Contributions:\n\n| Partner | Action |\n|---|:---|\n| Oman | hosted a workshop |\n"
                  "| Qatar | funded demining |\n\nAfter the table.\n", encoding="utf-8")
    lines = read_document(md).text.splitlines()
    assert "|" not in "".join(lines) and "---" not in "".join(lines)
    assert lines.index("Oman\thosted a workshop") < lines.index("Qatar\tfunded demining") < lines.index("After the table.")
    html = tmp_path / "r.fr.html"
    html.write_text("<html><body><main><table><tr><th>Pays</th><th>Action</th></tr><tr><td>Oman</td><td>atelier</td></tr>"
                    "</table><table><tr><td><p>Premier paragraphe.</p></td><td><p>Second.</p></td></tr></table></main>"
                    "</body></html>", encoding="utf-8")
    lines = read_document(html).text.splitlines()
    assert "Pays\tAction" in lines and "Oman\tatelier" in lines
    assert "Premier paragraphe." in lines and "Second." in lines


def test_a_see_also_section_is_left_out(tmp_path):
    """An article's "See also" / "Voir aussi" / "اقرأ أيضاً" list names other pages (other
    operations, other partners), not what this page states: its section is left out up to
    the next heading of its rank, which is read again."""
    md = tmp_path / "a.fr.md"
    md.write_text("# Opération Daman\n\nLa Slovaquie y participe.\n\n## Voir aussi\n\n- Opération Serval\n"
                  "- Mission de l'OTAN en Irak\n\n### Sous-liste\n\n- Opération Sangaris\n\n## Notes\n\nTexte gardé.\n",
                  encoding="utf-8")
    text = read_document(md).text
    assert "La Slovaquie y participe." in text and "Texte gardé." in text
    assert "Serval" not in text and "OTAN" not in text and "Sangaris" not in text
    page = tmp_path / "b.ar.html"
    page.write_text("<html><body><article><h1>خبر</h1><p>أرسلت سلوفاكيا مدربين.</p><h3>اقرأ أيضاً:</h3>"
                    "<ul><li>بعثة حلف الناتو في العراق</li></ul></article></body></html>", encoding="utf-8")
    text = read_document(page).text
    assert "أرسلت سلوفاكيا مدربين." in text and "الناتو" not in text


@pytest.mark.parametrize(("name", "content", "message"), [
    ("a.txt", b"\xff\xfe\x00b\x00i\x00n", "UTF-16"),
    ("c.txt", b"caf\xe9 au lait", "not UTF-8"),
    ("b.txt", b"abc\x00def", "binary"),
    ("c.pdf", b"%PDF", "unsupported file type"),
    ("d.txt", b"   \n\n", "no text"),
])
def test_bad_input_names_the_file(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError) as e:
        read_document(p)
    assert str(p) in str(e.value) and message in str(e.value)
    assert "\n" not in str(e.value)
