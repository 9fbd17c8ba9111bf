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


def test_a_page_of_several_articles_keeps_them_all(tmp_path):
    """A town's or an embassy's newsletter, a digest of news: several articles side by side hold
    the page's prose, not the first alone (set 51's town newsletter gave its tribute to a soldier
    of Operation IMPACT, its second article, nothing); an article outside the main, a teaser of
    another page, stays out, as do the navigation and the footer."""
    page = tmp_path / "bulletin.fr.html"
    page.write_text("<html><body><nav><a href='/'>Accueil</a></nav><main>"
                    "<article><h2>Déneigement</h2><p>Le déneigement des trottoirs commence lundi.</p></article>"
                    "<div><article><h2>Hommage</h2><p>Le sergent Tremblay revient de l'opération IMPACT en Jordanie.</p>"
                    "</article></div></main><article><h3>Autre page</h3><p>La Mission de l'OTAN en Irak recrute.</p></article>"
                    "<footer>Tous droits réservés</footer></body></html>", encoding="utf-8")
    text = read_document(page).text
    assert "Le déneigement des trottoirs commence lundi." in text and "opération IMPACT en Jordanie" in text, text
    assert "recrute" not in text and "Accueil" not in text and "droits" not in text, text
    page.write_text("<html><body><section><article><p>Denmark keeps 100 soldiers in NATO Mission Iraq.</p></article>"
                    "<article><p>Norway funds demining in Sinjar.</p></article></section></body></html>", encoding="utf-8")
    text = read_document(page).text
    assert "Denmark keeps" in text and "Norway funds" in text, text


def test_a_line_of_quotations_in_guillemets_is_no_breadcrumb(tmp_path):
    """"« Retrait » ou « fin de mission » : précisions sur notre article consacré au Danemark" (set 152, an ombudsman's
    column): a line whose quotations close with "»" is prose, not steps joined by "»"."""
    for line in ("« Alliés » ou « partenaires » : ce que dit vraiment l'accord avec la Jordanie",
                 "Le « oui » du Sénat et le « non » de l'Assemblée : la mission prolongée"):
        f = tmp_path / "titre.fr.txt"
        f.write_text(f"{line}\n\nLe texte.\n", encoding="utf-8")
        assert line in read_document(f).text
    f.write_text("Accueil » Actualités » Défense » Opérations\n\nLe texte.\n", encoding="utf-8")
    assert "Accueil" not in read_document(f).text


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
    ("e.en.srt", b"1\nnot a timecode\nThe Danish F-16s returned.\n", "cannot read the subtitles"),
])
def test_bad_input_names_the_file(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError) as e:
        read_document(p)
    assert str(p) in str(e.value) and message in str(e.value)
    assert "\n" not in str(e.value)


_SRT = """1
00:00:00,500 --> 00:00:03,000
[Engines roaring]

2
00:00:03,200 --> 00:00:07,000
Since March, some 90 Danish soldiers
have trained Iraqi officers

3
00:00:07,100 --> 00:00:10,000
as part of NATO Mission Iraq.

4
00:00:10,200 --> 00:00:12,000
♪
"""


def test_subtitles_are_read_as_running_text(tmp_path):
    """A video's captions (SubRip, WebVTT, or SubRip saved as text): the cues' words joined
    across cues, no numbers, timecodes or sounds; a WebVTT voice before its words."""
    for name in ("clip.en.srt", "clip.en.txt"):
        (tmp_path / name).write_text(_SRT, encoding="utf-8")
        doc = read_document(tmp_path / name)
        assert doc.text == "Since March, some 90 Danish soldiers have trained Iraqi officers as part of NATO Mission Iraq.\n", doc.text
    vtt = tmp_path / "clip.vtt"
    vtt.write_text("WEBVTT\n\nNOTE made by the ministry\n\n00:00.000 --> 00:03.000\n<v Narrator>Les militaires belges "
                   "<i>rentrent</i>\n\n00:03.100 --> 00:05.000 align:start\nde Jordanie.\n", encoding="utf-8")
    doc = read_document(vtt)
    assert doc.text == "Narrator: Les militaires belges rentrent de Jordanie.\n" and doc.lang == "fr" and doc.media_type == "text/vtt"
    plain = tmp_path / "list.en.txt"  # a plain text that begins with a number and a time is kept as it is
    plain.write_text("1\n10:00:00,000 --> a programme, not captions\nDenmark sent trainers.\n", encoding="utf-8")
    assert "Denmark sent trainers." in read_document(plain).text


def test_a_page_whose_text_looks_like_a_file_name_is_read_with_no_warning(tmp_path):
    """The HTML parser warns when its input looks like a path ("report.html"): a user's page that holds only such a
    line is still a page, read quietly (a stray warning on the terminal of a build is noise)."""
    import warnings

    path = tmp_path / "link.en.html"
    path.write_text("report-2029.html", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = read_document(path)
    assert doc.text.strip() == "report-2029.html"
