"""Headcounts: the personnel a partner deploys to a mission, the count read from its own clause and
numbers that are no headcount rejected, one rule at a time, each in a text written for it.

Split out of tests/test_actors.py by what its tests read; the helpers are tests/reading.py."""

from __future__ import annotations

from coalition_lod.extract import extract

from .reading import (
    _credits,
    _headcount_is,
    _status_is,
    attrs,
    facts,
)


def test_numbers_that_are_no_headcount_are_rejected():
    text = ("Since 2014, Canadian troops have trained more than 12,000 Iraqi soldiers under NATO Mission Iraq. "
            "Danish crews flew 1,400 sorties and dropped 1,000 bombs for Operation Inherent Resolve.")
    assert all("personnel" not in a for a in attrs(text, "en").values())
    text = "وتستضيف قاعدة العديد الجوية في قطر آلاف الجنود من دول التحالف ضمن عملية العزم الصلب."
    assert all("personnel" not in a for a in attrs(text, "ar").values())


def test_a_headcount_goes_to_the_mission_of_its_own_clause():
    """Two missions in a sentence, the count between them: it is the mission's of the
    clause the count stands in (no comma, clause break or word joining two clauses
    between), before or after it, whichever is nearer in words."""
    for lang, text, owner in (
            ("en", "Norway takes part in Operation Inherent Resolve, and sends some 60 soldiers to NATO Mission Iraq.",
             "nato-mission-iraq"),
            ("en", "Norway takes part in Operation Inherent Resolve with some 60 soldiers, and supports NATO Mission Iraq.",
             "cjtf-oir"),
            ("ar", "تشارك النرويج في عملية العزم الصلب، وترسل نحو 60 جندياً إلى بعثة حلف شمال الأطلسي في العراق.",
             "nato-mission-iraq"),
            ("ar", "تشارك النرويج بنحو 60 جندياً في عملية العزم الصلب، كما تدعم بعثة حلف شمال الأطلسي في العراق.", "cjtf-oir"),
            ("fr", "La Norvège participe à l'opération Inherent Resolve ; elle envoie aussi quelque 60 soldats à la "
                   "mission de l'OTAN en Irak.", "nato-mission-iraq"),
            # no comma: a word joining two clauses stands between the count and the mission before it
            ("fr", "La Norvège poursuit sa participation à l'opération Inherent Resolve et fournit quelque 60 soldats à "
                   "la mission de l'OTAN en Irak.", "nato-mission-iraq"),
            ("en", "Norway takes part in Operation Inherent Resolve with some 60 soldiers and supports NATO Mission Iraq.",
             "cjtf-oir")):
        got = {mission: a.get("personnel") for (_p, mission), a in attrs(text, lang).items()}
        assert got == {owner: 60, ({"cjtf-oir", "nato-mission-iraq"} - {owner}).pop(): None}, (lang, text)


def test_an_arabic_headcount_written_onto_its_preposition_is_read():
    for text, mission, n in (("تشارك الدنمارك بـ350 عسكرياً في بعثة حلف شمال الأطلسي في العراق.", "nato-mission-iraq", 350),
                             ("وتساهم هولندا بـ١٥٠ جندياً في عملية العزم الصلب منذ عام 2015.", "cjtf-oir", 150)):
        assert [a.get("personnel") for (_p, m), a in attrs(text, "ar").items() if m == mission] == [n]


def test_a_french_count_grouped_by_spaces_is_one_number():
    """"1 200 soldats", "1 200" with a narrow no-break space: one count, as "1,200" is in
    English; a year before a count stays a year ("En 2019 150 soldats")."""
    for text, count in (("Le Cameroun a déployé 2 400 soldats au sein de la Force multinationale mixte.", 2400),
                        ("Le Cameroun a déployé 2\u202f400 soldats au sein de la Force multinationale mixte.", 2400),
                        ("Le Cameroun a déployé environ 12 000 soldats au sein de la Force multinationale mixte.", 12000),
                        ("En 2019 150 soldats camerounais ont rejoint la Force multinationale mixte.", 150)):
        got = attrs(text, "fr")
        assert got[("cm", "mnjtf")].get("personnel") == count, (text, got)


def test_bringing_home_ones_own_troops_is_no_work_on_foreign_fighters():
    """"repatriated", "rapatriés", "أعادت" are the foreign fighters' line of effort only
    beside their context (nationals, camps, children ...): a partner bringing home its own
    trainers, or reopening an embassy, does not act on it."""
    for lang, text, ftf in (
            ("en", "Greece sent 30 trainers to Operation Inherent Resolve in 2017 and repatriated them in 2021.", False),
            ("fr", "Les formateurs grecs déployés dans l'opération Inherent Resolve seront rapatriés en décembre.", False),
            ("ar", "أعادت اليونان فتح سفارتها في دمشق.", False),
            ("en", "Greece repatriated nine of its nationals from camps in north-east Syria.", True),
            ("fr", "La Grèce a rapatrié neuf de ses ressortissants depuis les camps du nord-est syrien.", True),
            ("fr", "La Grèce accompagne les rapatriés dans leur réinsertion.", True),
            ("ar", "أعادت اليونان تسعة من مواطنيها من المخيمات في شمال شرق سوريا.", True)):
        got = facts(text, lang).get("GR", set())
        assert (("line_of_effort", "foreign_terrorist_fighters") in got) == ftf, (text, got)


def test_counts_and_relations_in_other_words():
    """"300 Canadian Armed Forces members": a headcount; "ويعمل على تنفيذه" (works to
    implement it): implements, the pronoun written onto the noun."""
    got = attrs("Canada deploys up to 300 Canadian Armed Forces members under Operation IMPACT.", "en")
    assert got[("ca", "operation-impact")].get("personnel") == 300, got
    got = attrs("صادقت تونس على قرار مجلس الأمن 2396 وتعمل على تنفيذه.", "ar", "resolution")
    assert got[("tn", ("UNSC", "2396"))].get("relation") == "implements", got


def test_a_mission_in_apposition_leaves_the_headcount_to_the_one_it_describes():
    """"l'opération Chammal, volet français de l'opération Inherent Resolve, mobilise toujours
    environ 600 militaires": the 600 are Chammal's, and "mobilise" goes on; air operations
    are the military line of effort ("العمليات الجوية", "air operations")."""
    got = attrs("L'opération Chammal, volet français de l'opération Inherent Resolve, mobilise toujours environ 600 "
                "militaires, a rappelé la France.", "fr")
    assert got[("fr", "operation-chammal")] == {"status": "ongoing", "personnel": 600}, got
    assert "personnel" not in got[("fr", "cjtf-oir")], got
    for lang, text in (("ar", "وشاركت الإمارات في العمليات الجوية للتحالف ضد داعش."),
                       ("en", "The UAE took part in the Coalition's air operations against Daesh.")):
        assert ("line_of_effort", "military") in facts(text, lang)["AE"], text


def test_a_phrase_before_a_comma_is_not_the_next_actors_and_a_hyphenated_noun_is_no_headcount():
    """"Outside the force, Ghana and Togo have launched …": the force belongs to the phrase
    before the comma, and the partners after it act; "the four troop-contributing
    countries" count no troops; "le Groupe de concentration sur l'Afrique" is the Africa
    Focus Group."""
    got = facts("Nigeria contributes troops to the Multinational Joint Task Force. Outside the force, Ghana and "
                "Togo have launched the Accra Initiative with Benin.", "en")
    assert ("initiative", "accra-initiative") in got["GH"] and ("initiative", "accra-initiative") not in got["NG"], got
    got = attrs("Chad and Niger remain the two troop-contributing countries of the Multinational Joint Task Force.", "en")
    assert all("personnel" not in a for a in got.values()), got
    got = facts("La Tunisie participe au Groupe de concentration sur l'Afrique.", "fr")
    assert ("initiative", "africa-focus-group") in got["TN"], got


def test_a_count_in_words_before_the_partners_adjective_leaves_it_the_actor():
    """"A contingent of some two hundred Hungarian soldiers … trains … under NATO Mission
    Iraq": Hungary acts, not the partner of the sentence before; "deux cent cinquante
    carabiniers italiens": a headcount."""
    got = attrs("Jordan hosts Coalition aircraft. A contingent of some two hundred Hungarian soldiers trains Kurdish "
                "forces under NATO Mission Iraq.", "en")
    assert got.get(("hu", "nato-mission-iraq"), {}).get("personnel") == 200 and ("jo", "nato-mission-iraq") not in got, got
    got = attrs("Quelque deux cent cinquante carabiniers italiens forment la police irakienne dans le cadre de "
                "l'opération Inherent Resolve.", "fr")
    assert got[("it", "cjtf-oir")].get("personnel") == 250, got


def test_counts_respectively_and_lists_joined_by_as_well_as():
    """"contribute 120 and 150 soldiers respectively", "respectivement", "على التوالي": each
    partner its count, in order; "Poland, as well as the Czech Republic and Slovakia,
    supports …": a list of three; "its 100 advisers remain with …" goes on after another
    mission ended."""
    for lang, text in (
            ("en", "Austria and Croatia contribute 40 and 60 soldiers respectively to NATO Mission Iraq."),
            ("fr", "L'Autriche et la Croatie fournissent respectivement 40 et 60 militaires à la mission de l'OTAN en Irak."),
            ("ar", "تساهم النمسا وكرواتيا بـ40 و60 جنديا على التوالي في بعثة حلف شمال الأطلسي في العراق.")):
        got = attrs(text, lang)
        assert (got[("at", "nato-mission-iraq")].get("personnel"), got[("hr", "nato-mission-iraq")].get("personnel")) == (40, 60), (text, got)
    got = facts("Hungary, as well as the Czech Republic and Slovakia, supports NATO Mission Iraq with training teams.", "en")
    assert all(("mission", "nato-mission-iraq") in got.get(c, set()) for c in ("HU", "CZ", "SK")), got
    got = attrs("Austria's contribution to Operation Inherent Resolve ended in 2021, but its 40 advisers remain with "
                "NATO Mission Iraq.", "en")
    assert got[("at", "nato-mission-iraq")].get("status") == "ongoing", got


def test_a_threads_post_number_is_no_count_and_opens_the_post():
    """"2/ Austrian experts train …", "٣/ يشارك ٥٠ مستشارا هولنديا …": the number and its slash
    number a post, not people, and the post's clause starts after them (an Arabic verb first)."""
    got = attrs("Thread: 1/ Today Austria announced new funds. 2/ Austrian experts also train Iraqi police under "
                "EUAM Iraq.", "en")
    assert ("at", "euam-iraq") in got and "personnel" not in got[("at", "euam-iraq")], got
    got = attrs("٣/ يشارك ٥٠ مستشارا هولنديا في بعثة حلف شمال الأطلسي في العراق.", "ar")
    assert got.get(("nl", "nato-mission-iraq"), {}).get("personnel") == 50, got


def test_a_count_of_them_counts_the_people_said_before():
    """"Czech instructors take part in NATO Mission Iraq, and about 40 of them are in Baghdad",
    "une trentaine d'entre eux", "نحو 130 منهم": the count's noun is the people the sentence
    named before it."""
    for lang, text, code, count in (
            ("en", "Czech instructors take part in NATO Mission Iraq, and about 40 of them are in Baghdad.", "cz", 40),
            ("fr", "Des soldats lettons participent à l'opération Inherent Resolve, et une trentaine d'entre eux sont à "
                   "Erbil.", "lv", 30),
            ("ar", "يشارك جنود مجريون في عملية العزم الصلب، ويخدم نحو 130 منهم في أربيل.", "hu", 130)):
        got = attrs(text, lang)
        assert any(p == code and a.get("personnel") == count for (p, _m), a in got.items()), (lang, got)


def test_french_troops_engaged_in_a_mission_are_there_now():
    """"Quelque 250 soldats belges sont engagés dans la mission de l'OTAN en Irak": "sont engagés",
    as "sont déployés", tells the part goes on; "a engagé … en 2017" tells nothing of now."""
    got = attrs("Quelque 250 soldats belges sont engagés dans la mission de l'OTAN en Irak.", "fr")
    assert got[("be", "nato-mission-iraq")].get("status") == "ongoing", got
    got = attrs("La Belgique a engagé jusqu'à 300 militaires dans la mission de l'OTAN en Irak en 2019.", "fr")
    assert got[("be", "nato-mission-iraq")].get("status") is None, got


def test_a_while_clause_with_a_count_alone_shares_the_clause_befores_mission():
    """"Finland has 80 soldiers in NATO Mission Iraq, while Sweden has around 70", "tandis que
    la Suède en compte environ 70", "بينما لدى السويد نحو 70": the verb, the noun and the mission
    are said once (a known miss until now: "while Latvia has eight"); a clause with a noun or
    a thing of its own is not gapped."""
    _headcount_is((
        ("en", "Finland currently has 80 soldiers in NATO Mission Iraq, while Sweden has around 70."),
        ("fr", "La Finlande compte 80 soldats dans la mission de l'OTAN en Irak, tandis que la Suède en compte "
               "environ 70."),
        ("ar", "لدى فنلندا 80 جنديا في بعثة حلف شمال الأطلسي في العراق، بينما لدى السويد نحو 70.")),
        ("se", "nato-mission-iraq"), 70)
    for text in ("Finland has 80 soldiers in NATO Mission Iraq, while Sweden has around 70 trainers in Jordan.",
                 "Finland has 80 soldiers in NATO Mission Iraq, while Sweden pledged 70 million euros.",
                 "Finland has 80 soldiers in NATO Mission Iraq, Sweden about 70 in Jordan."):
        assert ("se", "nato-mission-iraq") not in attrs(text, "en"), text
    # no verb at all after the comma: "…, Sweden about 70", "…, la Suède une soixantaine", "…، والسويد نحو 70"
    for lang, text, count in (
            ("en", "Finland has 80 soldiers in NATO Mission Iraq, Sweden about 70.", 70),
            ("fr", "La Finlande compte 80 militaires dans la mission de l'OTAN en Irak, la Suède une soixantaine.", 60),
            ("ar", "لدى فنلندا 80 جنديا في بعثة حلف شمال الأطلسي في العراق، والسويد نحو 70.", 70)):
        got = attrs(text, lang)
        assert got.get(("se", "nato-mission-iraq"), {}).get("personnel") == count, (lang, got)


def test_an_arabic_dual_counts_two():
    """"أرسلت الدنمارك ضابطين إلى بعثة …" (two officers), "بخبيرين" (with two experts): the dual
    is the count and its noun; a plural after a count in words is counted as before."""
    for text, code, mission in (("أرسلت السويد ضابطين إلى بعثة حلف شمال الأطلسي في العراق.", "se", "nato-mission-iraq"),
                                ("تشارك رومانيا بخبيرين في بعثة الاتحاد الأوروبي الاستشارية في العراق.", "ro", "euam-iraq")):
        got = attrs(text, "ar")
        assert got.get((code, mission), {}).get("personnel") == 2, (text, got)
    assert attrs("أرسلت السويد ثلاثة ضباط إلى بعثة حلف شمال الأطلسي في العراق.", "ar")[("se", "nato-mission-iraq")]["personnel"] == 3


def test_a_count_of_trained_soldiers_is_no_actor_and_building_partner_capacity_is_taji():
    """"…, training more than 45,000 Iraqi soldiers": the soldiers trained are the recipient,
    their count before them too; the Australia–New Zealand "Building Partner Capacity
    mission" at Taji is Task Group Taji."""
    got = facts("Between 2015 and 2020, the New Zealand Defence Force deployed up to 143 personnel to the Building "
                "Partner Capacity mission at Taji, training more than 45,000 Iraqi soldiers.", "en")
    assert "IQ" not in got, got
    assert ("mission", "task-group-taji") in got["NZ"], got


def test_a_missions_own_count_and_one_of_the_contributors_are_no_headcount():
    """"MINUSMA has 12,000 peacekeepers": the mission's whole count, not the partner's a
    story is about; "one of the largest troop contributors", "l'un des", "deux des": one
    among others, no count. "Operation Inherent Resolve involves 80 Albanian troops"
    still is the partner's."""
    got = attrs("UNIFIL has 10,000 peacekeepers. Ghana remains one of the largest troop contributors to the mission.", "en")
    assert got.get(("gh", "unifil"), {}).get("personnel") is None, got
    got = attrs("La FINUL compte 10 000 casques bleus. Le Ghana reste l'un des principaux contributeurs de troupes de la "
                "FINUL, avec deux des plus grands bataillons.", "fr")
    assert got.get(("gh", "unifil"), {}).get("personnel") is None, got
    got = attrs("Montenegro is a member of the Coalition. Operation Inherent Resolve involves 20 Montenegrin troops.", "en")
    assert got[("me", "cjtf-oir")].get("personnel") == 20, got


def test_training_kurdish_or_iraqi_forces_is_military_and_members_of_the_forces_are_a_headcount():
    """"Germany and the Netherlands also take part in training Kurdish forces", "la formation
    des forces kurdes": the military line of the trainers (the trained, an adjective's
    forces, are no actor); "Jusqu'à 300 membres des Forces armées canadiennes pourront être
    déployés": a headcount for the operation named the sentence before."""
    for lang, text in (("en", "Spain trains Iraqi forces. Austria and Norway also take part in training Kurdish forces."),
                       ("fr", "L'Espagne forme les forces irakiennes. L'Autriche et la Norvège participent également à la "
                              "formation des forces kurdes.")):
        got = facts(text, lang)
        assert all(("line_of_effort", "military") in got.get(p, set()) for p in ("AT", "NO")), (text, got)
    got = attrs("Le Canada a annoncé la prolongation de l'opération IMPACT. Jusqu'à 250 membres des Forces armées "
                "canadiennes pourront être déployés au Moyen-Orient.", "fr")
    assert got[("ca", "operation-impact")].get("personnel") == 250, got


def test_a_praised_contribution_with_its_adjective_after_and_a_dual_verb_keeping_trainers():
    """"L'Irak a salué la contribution française à la reconstruction de Mossoul": France's
    stabilisation, not Iraq's; "وأن فرنسا وبريطانيا تحتفظان بعدد محدود من المدربين" (France and
    Britain keep a few trainers, a dual verb): the military line of both."""
    got = facts("L'Irak a salué la contribution italienne à la reconstruction de Mossoul.", "fr")
    assert ("line_of_effort", "stabilization") in got.get("IT", set()), got
    assert ("line_of_effort", "stabilization") not in got.get("IQ", set()), got
    got = facts("وأشار التقرير إلى أن إيطاليا وإسبانيا تحتفظان بعدد محدود من المدربين.", "ar")
    assert ("line_of_effort", "military") in got.get("IT", set()) and ("line_of_effort", "military") in got.get("ES", set()), got


def test_a_total_after_what_was_added_is_the_headcount():
    """"sent 300 more troops …, bringing its contingent to 1,250": 1,250 (a count written
    with a separator of thousands is no year); "portant son contingent à", "ليصل عدد
    قواتها". A state outside the Coalition that a text is about is no member of it."""
    for lang, text in (("en", "Togo sent 300 more troops to MINUSMA in March, bringing its contingent to 1,250."),
                       ("fr", "Le Togo a envoyé 300 soldats supplémentaires à la MINUSMA, portant son contingent à "
                              "1 250 militaires."),
                       ("ar", "أرسلت توغو 300 جندي إضافي إلى بعثة مينوسما، ليصل عدد قواتها إلى 1250 جندياً.")):
        got = attrs(text, lang)
        assert got[("tg", "minusma")].get("personnel") == 1250, (text, got)
    assert "SN" not in facts("Senegal sent 300 more troops to MINUSMA in March.", "en")


def test_a_posts_number_in_a_thread_is_no_headcount():
    """"3/5 Nos soldats de l'opération Chammal …": the post's place in a thread, not 3 soldiers."""
    got = attrs("La France maintient son engagement.\n\n3/5 Nos soldats de l'opération Chammal forment l'armée "
                "irakienne.", "fr")
    assert got.get(("fr", "operation-chammal")) is not None, got
    assert "personnel" not in got[("fr", "operation-chammal")], got


def test_a_number_alone_under_a_heading_of_people_is_a_headcount(tmp_path):
    """A table's column "Personnel", "Effectifs", "عدد الجنود": the number alone in a row's
    cell is its partner's headcount in the row's mission, as "120 personnel" is; a heading
    of people's names is no mission's ("Partner | Mission | Personnel" names none), a
    year under it is no headcount, and a row with an empty last cell is still a row."""
    from coalition_lod.ingest import read_document

    (tmp_path / "t.en.md").write_text("Troops by partner\n\n| Partner | Mission | Personnel |\n|---|---|---|\n"
                                      "| Austria | NATO Mission Iraq | 75 |\n| Portugal | NATO Mission Iraq | 2019 |\n"
                                      "| Slovakia | Funding Facility for Stabilization | |\n| Hungary | NATO Mission Iraq | 40 |\n")
    (tmp_path / "t.fr.html").write_text("<html><body><h1>Effectifs</h1><table><tr><th>Pays</th><th>Effectifs</th>"
                                        "<th>Mission</th></tr><tr><td>Autriche</td><td>75</td><td>Mission de l'OTAN en "
                                        "Irak</td></tr></table></body></html>")
    (tmp_path / "t.ar.md").write_text("القوات حسب الدولة\n\n| الدولة | البعثة | عدد الجنود |\n|---|---|---|\n"
                                      "| النمسا | بعثة الناتو في العراق | 75 |\n")
    for name in ("t.en.md", "t.fr.html", "t.ar.md"):
        ex = extract(read_document(tmp_path / name, tmp_path))
        got = {(f.partner, getattr(f.obj, "key", f.obj)): f.attrs for f in ex.facts if f.kind == "mission"}
        assert got.get(("at", "nato-mission-iraq"), {}).get("personnel") == 75, (name, got)
        assert "personnel" not in got.get(("pt", "nato-mission-iraq"), {}), (name, got)
        if name == "t.en.md":  # after a row whose last cell is empty, and so has no tab for it
            assert got.get(("hu", "nato-mission-iraq"), {}).get("personnel") == 40, got
        assert not any(f.kind == "mission" and str(getattr(f.obj, "key", f.obj)).startswith("new:") for f in ex.facts), name


def test_a_count_whose_noun_was_said_before_it_in_the_sentence():
    """"some 120 soldiers in NATO Mission Iraq and about 30 with Operation Inherent Resolve":
    the second count's noun is the first's; it is the headcount of the mission right after
    it (in Arabic too, where the count's own "و" joins it to the mission before)."""
    for lang, text in (("en", "Portugal has some 120 soldiers in NATO Mission Iraq and about 30 with Operation Inherent "
                              "Resolve."),
                       ("fr", "Le Portugal compte quelque 120 militaires au sein de la Mission de l'OTAN en Irak et "
                              "une trentaine dans l'opération Inherent Resolve."),
                       ("ar", "تنشر البرتغال نحو 120 عسكريا في بعثة الناتو في العراق ونحو 30 ضمن عملية العزم الصلب.")):
        got = attrs(text, lang)
        assert got.get(("pt", "nato-mission-iraq"), {}).get("personnel") == 120, (text, got)
        assert got.get(("pt", "cjtf-oir"), {}).get("personnel") == 30, (text, got)


def test_a_count_after_a_label_of_people_and_its_colon_is_a_headcount():
    """A fact sheet's "Troops: some 300 (NATO Mission Iraq)", "Effectifs : environ 300",
    "عدد الأفراد: نحو 300": the label names the people the count counts."""
    for lang, text in (("en", "Fact sheet: Portugal\n\nTroops: some 300 (NATO Mission Iraq)\nRole: training"),
                       ("fr", "Fiche : Portugal\n\nEffectif : quelque 300 (Mission de l'OTAN en Irak)\nRôle : formation"),
                       ("ar", "بطاقة: البرتغال\n\nعدد الأفراد: نحو 300 (بعثة الناتو في العراق)\nالدور: التدريب")):
        got = attrs(text, lang)
        assert got.get(("pt", "nato-mission-iraq"), {}).get("personnel") == 300, (text, got)


def test_the_partners_an_agents_count_includes_and_passive_agents():
    """"co-sponsored by more than 100 states, including Albania and Jordan", "… par plus de
    100 États, dont …": the partners named after the count the agent gave are agents too;
    "dispensées par des instructeurs autrichiens" ("des" an article after "par"), "من قبل
    مدربين نمساويين": passive agents."""
    for lang, text, codes in (
            ("en", "Resolution 2396 was co-sponsored by more than 60 countries, including Tunisia and Morocco.", ("TN", "MA")),
            ("fr", "La résolution 2396 a été coparrainée par plus de 60 pays, dont la Tunisie et le Maroc.", ("TN", "MA"))):
        got = attrs(text, lang, "resolution")
        for code in codes:
            assert got.get((code.lower(), ("UNSC", "2396")), {}).get("relation") == "cosponsors", (text, got)
    for lang, text in (("fr", "Des cours de déminage ont été dispensés par des formateurs slovaques dans le cadre de "
                              "l'opération Inherent Resolve."),
                       ("ar", "تم تقديم دورات إزالة الألغام من قبل مدربين سلوفاكيين ضمن عملية العزم الصلب.")):
        assert ("mission", "cjtf-oir") in facts(text, lang).get("SK", set()), (text, facts(text, lang))


def test_a_count_after_it_goes_to_the_mission_the_sentence_before_named_first():
    """"Operation Shader is the British part of Operation Inherent Resolve. It involves
    about 1,000 personnel", "Elle compte …", "وهي تضم …": "it", the subject before, is the mission
    that sentence named first."""
    for lang, text, mission in (
            ("en", "Operation Shader is the British part of Operation Inherent Resolve. It involves about 1,000 "
                   "personnel.", ("gb", "operation-shader")),
            ("fr", "L'opération Okra est la contribution australienne à l'opération Inherent Resolve. Elle compte "
                   "quelque 110 militaires.", ("au", "operation-okra")),
            ("ar", "عملية شيدر هي المساهمة البريطانية في عملية العزم الصلب. وهي تضم نحو 1000 عسكري.",
             ("gb", "operation-shader"))):
        got = attrs(text, lang)
        assert got.get(mission, {}).get("personnel") in (1000, 110), (text, got)
        assert "personnel" not in got.get((mission[0], "cjtf-oir"), {}), (text, got)


def test_a_count_no_mission_took_goes_to_the_mission_its_people_are_part_of_next():
    """"Up to 120 Slovak soldiers serve near Erbil. Slovakia's contingent is part of Operation
    Inherent Resolve": the sentence after names one mission and the people ("contingent",
    "troops") the count before counted, so the count is that mission's."""
    for lang, text in (("en", "Up to 120 Slovak soldiers serve near Erbil. Slovakia's contingent is part of Operation "
                              "Inherent Resolve."),
                       ("fr", "Jusqu'à 120 militaires slovaques servent près d'Erbil. Le contingent slovaque fait partie de "
                              "l'opération Inherent Resolve.")):
        got = attrs(text, lang)
        assert got.get(("sk", "cjtf-oir"), {}).get("personnel") == 120, (text, got)


def test_dont_before_a_count_is_a_share_no_relative_subject():
    """"l'opération Barkhane, dont 400 au Niger": "dont" and a count share the count out by
    place (of which 400 in Niger); no relative clause whose subject takes part."""
    got = facts("Environ 900 militaires belges sont engagés au titre de l'opération Inherent Resolve, dont 500 en Irak "
                "et 400 en Jordanie.", "fr")
    assert "IQ" not in got and "JO" not in got and ("mission", "cjtf-oir") in got["BE"], got


def test_participants_listed_after_a_count_of_states_take_part_and_are_no_peers():
    """"with the participation of 15 states, including Kenya and Ghana", "avec la participation
    de 15 États, dont …", "بمشاركة 15 دولة، من بينها …" ("بين" there is no verb of saying)."""
    for lang, text in (
            ("en", "The Global Counterterrorism Forum held a workshop on border security in Nairobi, with the "
                   "participation of 15 states, including Ghana and Kenya."),
            ("fr", "Le Forum mondial de lutte contre le terrorisme a tenu un atelier à Nairobi, avec la participation de "
                   "15 États, dont le Ghana et le Kenya."),
            ("ar", "عقد المنتدى العالمي لمكافحة الإرهاب ورشة عمل في نيروبي، بمشاركة 15 دولة، من بينها غانا وكينيا.")):
        got = facts(text, lang)
        for code in ("GH", "KE"):
            assert ("initiative", "global-counterterrorism-forum") in got.get(code, set()), (text, got)
        assert not any(k == "cooperation" for fs in got.values() for k, _o in fs), (text, got)


def test_a_count_of_a_partners_people_by_their_demonym():
    """"Some 90 Swedes serve in …", "About 60 Norwegians are deployed …", "Quelque 40
    Portugais …": the people of the partner its plural noun names, counted."""
    for lang, text, key, n in (
            ("en", "Some 90 Swedes serve in NATO Mission Iraq.", ("se", "nato-mission-iraq"), 90),
            ("en", "About 60 Norwegians are deployed to Operation Inherent Resolve.", ("no", "cjtf-oir"), 60),
            ("fr", "Quelque 40 Hongrois servent dans la mission de l'OTAN en Irak.", ("hu", "nato-mission-iraq"), 40)):
        got = attrs(text, lang)
        assert got.get(key, {}).get("personnel") == n, (text, got)
    got = attrs("Norway trained 3,000 Iraqis within Operation Inherent Resolve.", "en")
    assert "personnel" not in got[("no", "cjtf-oir")], got


def test_a_partners_troops_after_by_do_what_the_phrase_before_names():
    """"Training of Iraqi police by Italian carabinieri continues under …", "par les
    gendarmes français", "على يد المدربين الإسبان": the troops' state takes part (not the
    trained one's); "evidence held by Iraqi authorities" is no one's part in anything."""
    for lang, text, key in (
            ("en", "Training of Kurdish units by Hungarian instructors continues under Operation Inherent Resolve.",
             ("hu", "cjtf-oir")),
            ("fr", "La formation des gardes-frontières irakiens par les gendarmes français se poursuit dans le cadre de "
                   "la mission de l'OTAN en Irak.", ("fr", "nato-mission-iraq")),
            ("ar", "تتواصل عمليات تدريب الجيش العراقي على يد المدربين الإسبان ضمن بعثة حلف شمال الأطلسي في العراق.",
             ("es", "nato-mission-iraq"))):
        got = attrs(text, lang)
        assert got.get(key, {}).get("status") == "ongoing", (text, got)
        assert not any(p == "iq" for p, _k in got), (text, got)
    got = facts("The fund digitises evidence held by Iraqi authorities for UNITAD.", "en")
    assert "IQ" not in got, got


def test_a_relative_after_the_coalitions_name_and_its_subjects_count():
    """"the ministerial of the Global Coalition against Daesh, which Rome hosted": the
    relative follows the Coalition's name that ends the meeting's; "NATO Mission Iraq, to
    which Sweden contributes about 40 advisers", "à laquelle la Suède contribue avec une
    quarantaine de conseillers", "التي تساهم فيها السويد بنحو 40 مستشارا": its subject's count."""
    for lang, text in (
            ("en", "A Moroccan delegation attended the ministerial meeting of the Global Coalition against Daesh, which "
                   "Rome hosted."),
            ("ar", "شارك وفد مغربي في الاجتماع الوزاري للتحالف الدولي ضد داعش الذي استضافته روما.")):
        got = facts(text, lang)
        assert ("initiative", "coalition-ministerial-meeting") in got.get("IT", set()), (text, got)
    for lang, text in (
            ("en", "The visit focused on NATO Mission Iraq, to which Sweden contributes about 40 advisers."),
            ("fr", "La visite a porté sur la mission de l'OTAN en Irak, à laquelle la Suède contribue avec une "
                   "quarantaine de conseillers."),
            ("ar", "تناولت الزيارة بعثة حلف شمال الأطلسي في العراق التي تساهم فيها السويد بنحو 40 مستشارا.")):
        got = attrs(text, lang)
        assert got.get(("se", "nato-mission-iraq"), {}).get("personnel") == 40, (text, got)


def test_a_contingent_cut_in_the_sentence_after_has_its_latest_count():
    """"… deployed 800 personnel to X. The contingent has since been cut to about 120
    personnel", "Depuis, le dispositif a été réduit à environ 300 militaires", "وتم
    تقليص عدد قواتها لاحقا إلى نحو 120 عسكريا": the count it was cut to; "The contingent
    has about 90 troops" is the partner's count, "The mission has 4,000 personnel" not."""
    for lang, text, key, n in (
            ("en", "New Zealand deployed 800 personnel to Operation Inherent Resolve in 2015. The contingent has since "
                   "been cut to about 120 personnel.", ("nz", "cjtf-oir"), 120),
            ("fr", "Les Pays-Bas ont déployé 650 militaires dans l'opération Inherent Resolve en 2015. Depuis, le "
                   "dispositif a été réduit à environ 300 militaires.", ("nl", "cjtf-oir"), 300),
            ("ar", "نشرت نيوزيلندا 800 عسكري في عملية العزم الصلب عام 2015. وتم تقليص عدد قواتها لاحقا إلى نحو 120 "
                   "عسكريا.", ("nz", "cjtf-oir"), 120),
            ("en", "Portugal takes part in NATO Mission Iraq. The contingent has about 90 troops.",
             ("pt", "nato-mission-iraq"), 90)):
        got = attrs(text, lang)
        assert got.get(key, {}).get("personnel") == n, (text, got)
    got = attrs("Portugal takes part in NATO Mission Iraq. The mission has about 4,000 personnel.", "en")
    assert "personnel" not in got[("pt", "nato-mission-iraq")], got


def test_a_contingents_size_after_of_is_its_headcount():
    """"its contingent of 220 was withdrawn", "le contingent letton de 40 a rejoint": the count
    after a contingent's noun and "of" is its size, with no noun after it; not "a presence of
    two ships", whose noun counts other things."""
    for lang, text, n in (
            ("en", "The Latvian contingent of 40 withdrew from NATO Mission Iraq in May.", 40),
            ("en", "Latvia's detachment of about 40 in NATO Mission Iraq was rotated home in May.", 40),
            ("fr", "Le contingent letton de 40 a quitté la mission de l'OTAN en Irak en mai.", 40),
            ("en", "Latvia keeps a presence of two ships in NATO Mission Iraq.", None)):
        got = attrs(text, lang).get(("lv", "nato-mission-iraq"))
        assert got is not None and got.get("personnel") == n, (text, got)


def test_a_count_in_the_missions_own_clause_is_its_headcount():
    """"will withdraw some 400 soldiers from Iraq …, but keep about 100 trainers in NATO Mission
    Iraq", "… إن بلاده ستسحب 400 جندي …، لكنها ستبقي …": the count in the mission's own clause,
    not the one before it; and Arabic "إن", "أن" (that) are no "الآن" (now), whose key they share."""
    _headcount_is((
        ("en", "Poland will withdraw some 400 soldiers from Iraq by the end of the year, but will keep about 100 "
               "trainers in NATO Mission Iraq."),
        ("ar", "قال وزير الدفاع البولندي إن بلاده ستسحب نحو 400 جندي من العراق بحلول نهاية العام، لكنها ستبقي على "
               "مساهمتها في بعثة حلف شمال الأطلسي في العراق بنحو 100 مدرب.")),
        ("pl", "nato-mission-iraq"), 100)
    # a count of today's, after another clause's, stays
    got = attrs("Poland's contingent in NATO Mission Iraq peaked at some 400 personnel; today around 100 remain.", "en")
    assert got.get(("pl", "nato-mission-iraq"), {}).get("personnel") == 100, got


def test_counts_in_brackets_after_partners_are_their_headcounts():
    """"Contributions to NATO Mission Iraq: Latvia (35), Lithuania (50) and Estonia (45)",
    "لاتفيا (35)": each partner takes part with its count; "Latvia (2014)" is a year."""
    for lang, text in (
            ("en", "Personnel contributions to NATO Mission Iraq in 2024: Latvia (35), Lithuania (50) and Estonia (45)."),
            ("fr", "Effectifs engagés dans la mission de l'OTAN en Irak en 2024 : Lettonie (35 militaires), Lituanie (50) "
                   "et Estonie (45)."),
            ("ar", "عدد العسكريين المشاركين في بعثة حلف شمال الأطلسي في العراق عام 2024: لاتفيا (35)، ليتوانيا (50)، "
                   "إستونيا (45).")):
        got = attrs(text, lang)
        for code, n in (("lv", 35), ("lt", 50), ("ee", 45)):
            assert got.get((code, "nato-mission-iraq"), {}).get("personnel") == n, (text, got)
    got = attrs("Troops of the first partners in Operation Inherent Resolve: Latvia (2014) and Lithuania (2015).", "en")
    assert all("personnel" not in a for a in got.values()), got


def test_an_indefinite_count_is_no_headcount_and_a_count_of_people_acts():
    """"Several hundred Greek soldiers", "عدة مئات من الجنود اليونانيين": no headcount, but the
    partner's soldiers still take part; "نحو 250 من الجنود اليونانيين" (250 of the soldiers) is one;
    "a few Greek officers" act; the trained after the trainers' count stay the trained."""
    for lang, text in (("en", "Several hundred Greek soldiers serve with NATO Mission Iraq."),
                       ("en", "A few hundred Greek soldiers serve with NATO Mission Iraq."),
                       ("en", "A few Greek officers serve with NATO Mission Iraq."),
                       ("ar", "يخدم عدة مئات من الجنود اليونانيين في بعثة حلف شمال الأطلسي في العراق.")):
        got = attrs(text, lang)
        assert ("gr", "nato-mission-iraq") in got and "personnel" not in got[("gr", "nato-mission-iraq")], (text, got)
    got = attrs("يخدم نحو 250 من الجنود اليونانيين في بعثة حلف شمال الأطلسي في العراق.", "ar")
    assert got.get(("gr", "nato-mission-iraq"), {}).get("personnel") == 250, got
    got = facts("تدرب القوات اليونانية نحو 250 من الجنود العراقيين.", "ar")
    assert set(got) == {"GR"}, got


def test_french_returnees_after_a_count_are_foreign_fighters():
    got = facts("L'Albanie a accueilli une centaine de rapatriés depuis 2020.", "fr")
    assert ("line_of_effort", "foreign_terrorist_fighters") in got.get("AL", set()), got


def test_an_aircraft_models_number_is_no_headcount():
    """"The detachment of F-35 …", "le détachement de Rafale M-88": the model's number; and a
    detachment that "returned in 2023" has ended."""
    got = attrs("Norway remains committed. The detachment of F-35 based in Jordan under Operation Inherent Resolve "
                "returned in 2023.", "en")
    assert got.get(("no", "cjtf-oir")) == {"status": "ended"}, got


def test_a_force_that_includes_troops_from_a_list_has_them_as_its_contributors():
    """"… includes troops from Ghana, Togo and Benin", "comprend des troupes du …", "تضم … قوات من …";
    not a force that trains troops from them."""
    for lang, text in (("en", "The Multinational Joint Task Force includes troops from Chad, Cameroon and Benin."),
                       ("fr", "La Force multinationale mixte comprend des soldats du Tchad, du Cameroun et du Bénin."),
                       ("ar", "تضم القوة المشتركة متعددة الجنسيات قوات من تشاد والكاميرون وبنين.")):
        got = attrs(text, lang)
        for slug in ("td", "cm", "bj"):
            assert got.get((slug, "mnjtf"), {}).get("status") == "ongoing", (text, got)
    assert ("bj", "mnjtf") not in attrs("The Multinational Joint Task Force trains troops from Benin.", "en")


def test_partners_an_arabic_dual_relative_says_co_chair_the_group_take_part():
    """"… بالتعاون مع الأردن والمغرب اللذين يترأسان المجموعة" (with Jordan and Morocco, which co-chair
    the group); and partners a relative only describes ("which supplied the army") are no peers."""
    got = facts("استضافت الكويت اجتماع مجموعة عمل التحالف الدولي المعنية بالمقاتلين الإرهابيين الأجانب، بالتعاون مع "
                "الأردن والمغرب اللذين يترأسان المجموعة.", "ar")
    for code in ("JO", "MA"):
        assert ("initiative", "ftf-working-group") in got.get(code, set()), (code, got)
    got = facts("Tunisia fought the group in 2016, with support from Italy and Germany, which supplied its army with "
                "equipment and training.", "en")
    assert ("cooperation", "DE") not in got.get("IT", set()), got


def test_a_count_there_is_the_first_missions_of_the_sentence_before() -> None:
    """"L'opération Chammal est la participation française à l'opération Inherent Resolve.
    Environ 600 militaires y sont engagés": "y", "there" go back to the sentence
    before, whose subject is the mission named first."""
    cases = [
        ("fr", "L'opération Chammal est la participation française à l'opération Inherent Resolve. Environ 600 "
               "militaires français y sont engagés."),
        ("en", "Operation Chammal is the French part of Operation Inherent Resolve. About 600 French personnel "
               "serve there today."),
    ]  # (Arabic's "يشارك فيها" names the mission again: ``mission_anaphora``, the last one named)
    _headcount_is(cases, ("fr", "operation-chammal"), 600)
    for lang, text in cases:
        assert "personnel" not in attrs(text, lang).get(("fr", "cjtf-oir"), {}), (lang, text)


def test_a_dual_verb_after_two_named_makes_them_peers() -> None:
    """"استقبل وزير الخارجية الأردني السفير الكندي، وبحثا التعاون …": the verb in the dual has the
    two as its subjects, as "the two sides" does; "poursuite judiciaire" is the justice line."""
    got = facts("عمان - استقبل وزير الخارجية الأردني اليوم السفير الكندي، وبحثا التعاون في مجال مكافحة الإرهاب.", "ar")
    assert ("cooperation", "CA") in got["JO"] and ("cooperation", "JO") in got["CA"], got
    _credits([("fr", "Le Maroc a présenté son expérience en matière de poursuite judiciaire des combattants de retour.")],
             ("MA",), ("line_of_effort", "legislation"))


def test_a_name_ends_before_a_count_or_year_after_a_connector():
    """"Operation Northern Shield to 800" (set 19) had been read as one name; a number right
    after a name's own words still is one ("Combined Task Force 150")."""
    got = facts("Benin has raised its soldiers in Operation Sentinel Coast to 450.", "en")
    assert ("mission", "new:operation-sentinel-coast") in got["BJ"], got
    got = facts("Pakistan-born officers aside, Bahrain commands Combined Task Force 152 in the Gulf.", "en")
    assert ("mission", "new:combined-task-force-152") in got["BH"], got


def test_a_time_of_day_is_no_count():
    """"**13:15** – The Netherlands says it will keep its 150 personnel in NATO Mission Iraq"
    (set 32, a live blog): "13:15" is one word, a time, and the count is 150."""
    for lang, text, slug, count in (
            ("en", "14:30 – Norway says it will keep its 120 personnel in NATO Mission Iraq.", "no", 120),
            ("fr", "À 9:45, l'Espagne a annoncé le maintien de ses 300 militaires dans la mission de l'OTAN en Irak.", "es", 300)):
        got = attrs(text, lang)
        assert got.get((slug, "nato-mission-iraq"), {}).get("personnel") == count, (text, got)


def test_an_age_or_a_duration_is_no_headcount():
    """"Le sergent-chef Thomas, 34 ans, est instructeur au sein de … l'opération Chammal" (set
    32, a soldier's testimony): 34 is his age, no count of people."""
    for lang, text, slug, mission in (
            ("fr", "Le capitaine Julie, 29 ans, est instructrice au sein de l'opération Chammal.", "fr", "operation-chammal"),
            ("en", "Corporal Smith, 27 years old, is an instructor with Operation Shader.", "gb", "operation-shader"),
            ("ar", "الرقيب أحمد، 31 عاما، مدرب ضمن بعثة حلف الناتو في العراق لصالح الأردن.", "jo", "nato-mission-iraq")):
        got = attrs(text, lang)
        assert "personnel" not in got.get((slug, mission), {}), (text, got)
    got = attrs("Some 40 Danish instructors serve in NATO Mission Iraq.", "en")
    assert got.get(("dk", "nato-mission-iraq"), {}).get("personnel") == 40, got


def test_a_table_under_text_that_names_one_mission_counts_in_it():
    """"Contributors to NATO Mission Iraq … The table below lists the largest national
    contributions" and then a table of nations and personnel (set 33, a web page): each row's
    count is its nation's in the mission the page names, though the line right above the table
    does not name it."""
    text = ("Troop contributions to Operation Inherent Resolve\n\nOperation Inherent Resolve is the Coalition's military "
            "campaign. The figures below were reported in 2023.\n\nCountry\tTroops\tTasks\n\nNorway\t70\tAdvisers\n\n"
            "Belgium\t45\tStaff officers\n")
    got = attrs(text, "en")
    assert got.get(("no", "cjtf-oir"), {}).get("personnel") == 70 and got.get(("be", "cjtf-oir"), {}).get("personnel") == 45, got
    # two missions named before the table: no row is given either
    text2 = text.replace("The figures below", "NATO Mission Iraq is another. The figures below")
    got = attrs(text2, "en")
    assert not any("personnel" in a for a in got.values()), got


def test_a_total_of_which_a_mission_has_a_part_is_not_its_headcount():
    """"Canada currently deploys about 300 Canadian Armed Forces members to the Middle East,
    including personnel serving with NATO Mission Iraq" (a committee's agenda, this stop's
    wheel trial): the 300 are the whole deployment, the mission's people a part of it; a
    count after "including" is the mission's own."""
    for lang, text in (("en", "Spain deploys about 500 troops to the region, including instructors serving with NATO Mission Iraq."),
                       ("fr", "L'Espagne déploie environ 500 militaires dans la région, dont des instructeurs au sein de la mission "
                              "de l'OTAN en Irak."),
                       ("ar", "تنشر إسبانيا نحو 500 عسكري في المنطقة، بينهم مدربون في بعثة الناتو في العراق.")):
        got = attrs(text, lang)
        assert got.get(("es", "nato-mission-iraq"), {}).get("personnel") is None, (text, got)
    got = attrs("Spain deploys about 500 troops to the region, including 40 serving with NATO Mission Iraq.", "en")
    assert got.get(("es", "nato-mission-iraq"), {}).get("personnel") == 40, got


def test_a_count_after_a_national_operation_and_the_mission_it_serves_is_the_operations():
    """"… ont poursuivi l'opération IMPACT, la contribution du Canada à la Coalition mondiale
    contre Daech et à la mission de l'OTAN en Irak. Environ 300 membres des FAC étaient
    déployés …" (set 44): of the two missions the sentence before named, the partner's own
    national operation holds the count that follows."""
    _headcount_is((("en", "The ADF continued Operation Okra, Australia's contribution to the Coalition and to NATO Mission "
                          "Iraq. Around 110 ADF members were deployed in Iraq and the UAE."),), ("au", "operation-okra"), 110)


def test_a_contingent_of_members_of_a_partners_forces_across_a_paragraph_is_its_headcount():
    """An embassy's note verbale (set 45): "… the rotation of the Hungarian contingent serving with
    NATO Mission Iraq …" then, in the next paragraph, "The incoming contingent, of 120 members of
    the Hungarian Defence Forces, will continue …": members "of" a partner's forces are its
    people, and the sentence names the partner again."""
    text = ("The Embassy has the honour to inform the Ministry that the rotation of the Slovak contingent serving with NATO "
            "Mission Iraq will take place in June.\n\nThe incoming contingent, of 45 members of the Slovak Armed Forces, "
            "will continue to provide training to the Iraqi security institutions.")
    _headcount_is((("en", text),), ("sk", "nato-mission-iraq"), 45)


def test_people_no_partner_is_named_for_then_they_in_a_mission_are_its_headcount():
    """A regional paper (set 45): "Une quarantaine de militaires du 19e RG ont quitté le quartier
    … Pendant quatre mois, ils formeront … dans le cadre de l'opération Chammal": the count
    before, of no partner named, is the mission's the next sentence's "they" serve in."""
    _headcount_is((("fr", "Une trentaine de militaires du 2e régiment ont quitté la caserne mardi. Pendant six mois, ils "
                          "formeront des soldats irakiens dans le cadre de l'opération Chammal."),
                   ("en", "Some thirty soldiers of the regiment left their barracks on Tuesday. For six months, they will "
                          "train Iraqi soldiers under Operation Chammal.")), ("fr", "operation-chammal"), 30)


def test_pax_is_a_headcount():
    """"DANCON NMI strength 92 pax" (set 46, a situation report): "pax", the military's word for
    persons, counts people."""
    _headcount_is((("en", "Estonia's contingent in NATO Mission Iraq is 40 pax strong."),
                   ("fr", "Le contingent estonien de la mission de l'OTAN en Irak compte 40 pax.")), ("ee", "nato-mission-iraq"), 40)


def test_the_rehabilitation_of_a_number_of_schools_is_stabilisation():
    """"des équipements pour la réhabilitation de deux écoles à Mossoul, financés par le Portugal"
    (the stop's wheel trial, an embassy's newsletter): a rehabilitation of things built, past a
    number or an article, is stabilisation and no rehabilitation of people; of fighters it is."""
    for lang, text in (("fr", "La Grèce finance la réhabilitation de trois écoles à Mossoul après Daech."),
                       ("en", "Greece funds the rehabilitation of three schools in Mosul after Daesh."),
                       ("ar", "تمول اليونان إعادة تأهيل مدرستين في الموصل بعد داعش.")):
        got = facts(text, lang).get("GR", set())
        assert ("line_of_effort", "stabilization") in got and ("line_of_effort", "rehabilitation_reintegration") not in got, \
            (lang, got)
    got = facts("Greece funds the rehabilitation of former Daesh fighters.", "en").get("GR", set())
    assert ("line_of_effort", "rehabilitation_reintegration") in got, got


def test_the_operation_set_apart_by_a_comma_is_the_one_named_before_with_its_count():
    """"L'opération, qui mobilise encore environ 300 militaires canadiens, appuie aussi la Mission
    de l'OTAN en Irak" (set 51, a town's newsletter): the subject set apart by a comma is the
    operation named before, whose count its relative gives, not the mission its verb names."""
    for lang, text in (("fr", "Les Pays-Bas participent à l'opération Inherent Resolve. L'opération, qui compte encore environ "
                              "150 militaires néerlandais, soutient aussi la mission de l'OTAN en Irak."),
                       ("en", "The Netherlands takes part in Operation Inherent Resolve. The operation, which still counts about "
                              "150 Dutch soldiers, also supports NATO Mission Iraq.")):
        got = {k: a.get("personnel") for k, a in attrs(text, lang).items()}
        assert got.get(("nl", "cjtf-oir")) == 150 and got.get(("nl", "nato-mission-iraq")) is None, (lang, got)


def test_a_count_is_not_the_mission_whose_own_clause_names_its_people():
    """"about 130 Hungarian soldiers are still serving in the Kurdistan Region, where they …, and
    Hungarian officers work in NATO Mission Iraq" (set 51): the mission's clause names its own
    people, with no count; the 130 before are others'. Not where the count stands in the
    mission's clause ("and contributes about 200 soldiers to NATO Mission Iraq")."""
    for lang, text in (("en", "About 90 Slovak soldiers serve in Erbil, where they guard the bases, and Slovak officers work "
                              "in NATO Mission Iraq."),
                       ("fr", "Environ 90 soldats slovaques servent à Erbil, où ils gardent les bases, et des officiers "
                              "slovaques travaillent au sein de la mission de l'OTAN en Irak.")):
        got = attrs(text, lang)
        assert ("sk", "nato-mission-iraq") in got and got[("sk", "nato-mission-iraq")].get("personnel") is None, (lang, got)
    got = attrs("Slovakia serves in Erbil, and contributes about 90 soldiers to NATO Mission Iraq.", "en")
    assert got[("sk", "nato-mission-iraq")].get("personnel") == 90, got


def test_a_training_missions_name_counts_no_trainees():
    """"Canada has commanded NATO Mission Iraq, the Alliance's non-combat training mission, with
    about 250 of those personnel in it" (set 52): "training" naming a mission is no sign of people
    trained; training people still is ("trained 2,000 soldiers")."""
    _headcount_is((("en", "Spain leads NATO Mission Iraq, the Alliance's training mission, with about 120 personnel."),
                   ("fr", "L'Espagne dirige la mission de l'OTAN en Irak, mission de formation de l'Alliance, avec "
                          "environ 120 militaires."),
                   ("ar", "تقود إسبانيا بعثة الناتو في العراق، وهي مهمة التدريب التابعة للحلف، بنحو 120 عسكرياً.")),
                  ("es", "nato-mission-iraq"), 120)
    got = attrs("Spain leads NATO Mission Iraq, the Alliance's training mission, which has trained 2,000 soldiers.", "en")
    assert got[("es", "nato-mission-iraq")].get("personnel") is None, got


def test_the_and_of_a_list_of_places_joins_no_clauses_before_a_count():
    """"l'Italie commande la mission de l'OTAN en Irak et qu'environ 650 militaires italiens servent en Irak
    et au Koweït dans le cadre de l'opération Prima Parthica" (the wheel trial's embassy page): the "et"
    between two places joins names, not clauses, so the count is the operation's its own clause names."""
    for lang, text in (("fr", "L'Italie commande la mission de l'OTAN en Irak et environ 650 militaires italiens servent "
                              "en Irak et au Koweït dans le cadre de l'opération Prima Parthica."),
                       ("en", "Italy commands NATO Mission Iraq, and about 650 Italian troops serve in Iraq and Kuwait as "
                              "part of Operation Prima Parthica.")):
        got = attrs(text, lang)
        assert got.get(("it", "operation-prima-parthica"), {}).get("personnel") == 650, (lang, got)
        assert "personnel" not in got.get(("it", "nato-mission-iraq"), {}), (lang, got)


def test_another_partners_people_after_of_are_no_headcount():
    """"دورة تدريبية لستين عنصراً من القوات المسلحة الأردنية، ضمن عملية إمباكت" (set 62, an embassy's post):
    the sixty are members of Jordan's forces, trained, no count of Canada's own; "120 members of the
    Hungarian Defence Forces" in Hungary's clause still are Hungary's."""
    for lang, text in (("en", "Canada concluded a course for 60 members of the Jordanian Armed Forces as part of Operation "
                              "IMPACT."),
                       ("ar", "اختتمت القوات المسلحة الكندية دورة لستين عنصراً من القوات المسلحة الأردنية ضمن عملية إمباكت.")):
        got = attrs(text, lang)
        assert "personnel" not in got.get(("ca", "operation-impact"), {}), (lang, got)
    got = attrs("Hungary has 120 members of the Hungarian Defence Forces in NATO Mission Iraq.", "en")
    assert got.get(("hu", "nato-mission-iraq"), {}).get("personnel") == 120, got


def test_a_year_in_a_tables_date_cell_is_no_headcount(tmp_path):
    """"| 2019 | Staff officers and trainers are assigned to NATO Mission Iraq |" (set 63, a parliamentary
    chronology): a count's noun is in its own cell, so the date before the row's text counts no one; a
    count and its noun in one cell still count."""
    from coalition_lod.ingest import read_document

    (tmp_path / "t.en.md").write_text("Chronology\n\n| Year | Decision |\n|---|---|\n"
                                      "| 2014 | Belgium joins the Coalition. |\n"
                                      "| 2019 | Staff officers are sent to NATO Mission Iraq. |\n"
                                      "| 2021 | 30 soldiers are sent to Operation Inherent Resolve. |\n", encoding="utf-8")
    (tmp_path / "t.fr.md").write_text("Chronologie\n\n| Année | Décision |\n|---|---|\n"
                                      "| 2019 | Officiers d'état-major envoyés à la mission de l'OTAN en Irak. |\n", encoding="utf-8")
    for name in ("t.en.md", "t.fr.md"):
        ex = extract(read_document(tmp_path / name, tmp_path))
        got = {(f.partner, getattr(f.obj, "key", f.obj)): f.attrs for f in ex.facts if f.kind == "mission"}
        assert "personnel" not in got.get(("be", "nato-mission-iraq"), {}), (name, got)
        if name == "t.en.md":
            assert got.get(("be", "cjtf-oir"), {}).get("personnel") == 30, got


def test_a_count_changed_from_one_to_another_is_the_second():
    """"ont été ramenés de 1 100 militaires en 2017 à environ 600 en 2019" (set 70, a budget opinion): a
    headcount changed "from" one count "to" another is the second, its noun said with the first, and
    the part goes on."""
    _headcount_is((("fr", "Les effectifs de l'opération IMPACT sont passés de 850 militaires en 2018 à quelque 300 en 2021."),
                   ("en", "Canada's troops in Operation IMPACT went from 850 soldiers in 2018 to some 300 in 2021.")),
                  ("ca", "operation-impact"), 300)
    _status_is((("fr", "Les effectifs canadiens de l'opération IMPACT ont été ramenés à 300 militaires."),),
               ("ca", "operation-impact"), "ongoing")


def test_a_headcount_of_a_partners_contingent_named_after_of_is_its_one_missions():
    """Set 77 (a ministry page captured by a web archive): "The strength of the Finnish contingent is around 80
    soldiers", a paragraph after its one mission was named: the partner, named by its adjective after "of",
    is the clause's, and the count its mission's."""
    _headcount_is((("en", "The Swedish contingent belongs to Operation Inherent Resolve. Training focuses on first aid."
                          "\n\nThe strength of the Swedish contingent is around 70 soldiers.\n"),
                   ("fr", "Le contingent suédois fait partie de l'opération Inherent Resolve. La formation porte sur les "
                          "premiers secours.\n\nL'effectif du contingent suédois est d'environ 70 militaires.\n")),
                  ("se", "cjtf-oir"), 70)


def test_partners_adjectives_each_after_its_own_count_share_one_noun():
    """Set 78 (a veterans' obituary): "about 300 Australian and 100 New Zealand soldiers trained …" — each
    adjective after its own count, the noun said once after both: each partner acts with its count; "Australian
    and New Zealand soldiers" (the last a name written as an adjective) credits both."""
    cases = (("en", "About 120 Danish and 80 Norwegian trainers serve in NATO Mission Iraq."),
             ("fr", "Environ 120 formateurs danois et 80 norvégiens servent dans la mission de l'OTAN en Irak."),
             ("ar", "يخدم نحو 120 مدرباً دنماركياً و80 نرويجياً في بعثة الناتو في العراق."))
    _headcount_is(cases, ("dk", "nato-mission-iraq"), 120)
    _headcount_is(cases, ("no", "nato-mission-iraq"), 80)
    got = facts("In Erbil, Swedish and New Zealand soldiers trained Peshmerga units in NATO Mission Iraq.", "en")
    assert all(("mission", "nato-mission-iraq") in got.get(code, set()) for code in ("SE", "NZ")), got


def test_a_models_number_is_no_sum_before_a_relative():
    """Set 81: "the L-159 light combat aircraft that Iraq bought from us" — an aircraft's designation holds a number,
    no sum given ("the EUR 2 million that Belgium paid"): Iraq is the relative's subject only, not the actor of
    what the clause before says."""
    got = facts("An interview with the Czech defence minister\n\nA: Our instructors trained pilots to fly the L-159 jets that "
                "Iraq bought from us.\n", "en")
    assert ("line_of_effort", "military") in got.get("CZ", set()), got
    assert "IQ" not in got, got


def test_a_headcount_changed_from_one_count_to_another_after_its_noun():
    """Set 82 (NATO's press release): "increasing the number of personnel from around 500 to up to 4,000", "increased its
    troops in NATO Mission Iraq from 280 to 650", "de 280 à 650", "من 280 إلى 650" — the noun before "from", the
    headcount the second count."""
    _headcount_is((("en", "Italy increased its troops in NATO Mission Iraq from 280 to 650."),
                   ("en", "Italy agreed to raise the number of its personnel in NATO Mission Iraq from around 280 to up to "
                          "650."),
                   ("fr", "L'Italie a porté le nombre de ses soldats au sein de la mission de l'OTAN en Irak de 280 à 650."),
                   ("ar", "رفعت إيطاليا عدد جنودها في بعثة الناتو في العراق من 280 إلى 650.")),
                  ("it", "nato-mission-iraq"), 650)


def test_a_count_then_a_comma_names_no_owner_after_it():
    """Set 85: "le dispositif français reste inchangé : environ 600 militaires, des Rafale basés en Jordanie" — the
    people counted before the comma are not Jordan's, whose name comes after it."""
    _headcount_is((("fr", "Dans le cadre de l'opération Chammal, le dispositif français reste inchangé : environ 600 "
                          "militaires, des Rafale basés en Jordanie."),),
                  ("fr", "operation-chammal"), 600)


def test_a_second_anaphor_after_a_while_takes_the_mission_with_no_year_for_a_count():
    """Set 96 (a news site's sports story): "وتشارك إسبانيا في البعثة بنحو 100 عسكري، فيما تتولى إيطاليا قيادتها منذ
    عام 2022." — the second anaphor of a sentence ("قيادتها") takes the mission the first ("البعثة") named, not an
    unnamed operation; the year after the "while" clause's partner is no count of its people."""
    text = ("تواصل بعثة حلف شمال الأطلسي في العراق تقديم المشورة لوزارة الدفاع العراقية.\n\nوتشارك البرتغال في البعثة بنحو "
            "40 عسكريا، فيما تتولى الدنمارك قيادتها منذ عام 2024.")
    got = attrs(text, "ar")
    assert got.get(("pt", "nato-mission-iraq"), {}).get("personnel") == 40, got
    assert ("dk", "nato-mission-iraq") in got and "personnel" not in got[("dk", "nato-mission-iraq")], got


def test_troops_based_or_stationed_somewhere_are_there_today():
    """Set 109 (an air base's newsletter): "Some 600 Italian soldiers are based here under Operation Prima Parthica"
    — a force that "is based", "is stationed" ("sont basés", "يتمركز") somewhere under a mission is there today:
    the partner's part goes on."""
    _status_is((("en", "Around 250 Spanish soldiers are stationed in Besmaya under NATO Mission Iraq."),
                ("fr", "Environ 250 militaires espagnols sont basés à Besmaya dans le cadre de la mission de l'OTAN en "
                       "Irak."),
                ("ar", "يتمركز نحو 250 جندياً إسبانياً في بسماية ضمن بعثة حلف شمال الأطلسي في العراق.")),
               ("es", "nato-mission-iraq"), "ongoing")


def test_a_number_written_onto_a_missions_name_is_no_headcount():
    """Set 119 (a satirical column): "L'opération s'appellerait sans doute « Desert Falcon 2 », et nos pilotes …" — a
    number written onto a mission's name is part of the name, no count of the partner's people; one before its noun
    ("… Operation Desert Falcon 120 soldiers") still is."""
    got = attrs("Belgium flew its F-16s in Operation Desert Falcon 2 with its pilots.", "en")
    assert "personnel" not in got.get(("be", "operation-desert-falcon"), {}), got
    got = attrs("Belgium has deployed to Operation Desert Falcon 120 soldiers.", "en")
    assert got.get(("be", "operation-desert-falcon"), {}).get("personnel") == 120, got


def test_a_force_so_many_strong_is_its_headcount_and_a_count_of_nations_none():
    """Set 125 (a letter of reference): "the Italian contingent of Operation Prima Parthica, then some 650 strong, trained
    …" — a force "650 strong" has 650 people; "the courses of six partner nations there, among them Germany" counts
    states, no people."""
    _headcount_is((("en", "In Erbil, the Spanish contingent of Operation Inherent Resolve, then some 300 strong, trained "
                          "Iraqi units. The captain ran the courses of five partner nations there, among them Italy."),),
                  ("es", "cjtf-oir"), 300)


def test_an_arabic_number_word_with_the_article_is_no_count():
    """Set 143 (a delegation's visit): "زار وفد …، يوم الاثنين، الجنود الإيطاليين العاملين ضمن بعثة حلف شمال الأطلسي في
    العراق، والبالغ عددهم نحو 650 عسكرياً" — "الاثنين" (Monday) is no count of two; the 650 is the count."""
    got = attrs("تفقد الوزير يوم الاثنين الجنود الإسبان العاملين ضمن بعثة حلف شمال الأطلسي في العراق، والبالغ عددهم نحو "
                "300 عسكري.", "ar")
    assert got.get(("es", "nato-mission-iraq"), {}).get("personnel") == 300, got


def test_rehabilitating_a_counted_number_of_things_built_is_stabilisation():
    """Set 144 (UNESCO's release): "موّل الاتحاد الأوروبي إعادة تأهيل أكثر من مئة منزل تراثي" — a rehabilitation of
    "more than" a count of things built, one word qualifying them, is stabilisation, no rehabilitation of people."""
    for lang, text in (("en", "Norway funded the rehabilitation of more than 40 damaged schools in Anbar."),
                       ("fr", "La Norvège a financé la réhabilitation de plus de quarante écoles endommagées dans l'Anbar."),
                       ("ar", "موّلت النرويج إعادة تأهيل أكثر من أربعين مدرسة متضررة في الأنبار.")):
        got = facts(text, lang).get("NO", set())
        assert ("line_of_effort", "stabilization") in got and ("line_of_effort", "rehabilitation_reintegration") not in got, \
            (lang, got)


def test_a_count_before_two_missions_joined_by_and_is_neither_ones():
    """Set 145 (a recruitment brochure): "some 120 Dutch military personnel train and advise Iraqi forces … as part of
    NATO Mission Iraq and Operation Inherent Resolve" — a count told of two missions together is no headcount of
    either."""
    for lang, text in (
            ("en", "About 80 Swedish personnel advise Iraqi forces as part of NATO Mission Iraq and Operation Inherent "
                   "Resolve."),
            ("fr", "Environ 80 militaires suédois conseillent les forces irakiennes au sein de la mission de l'OTAN en "
                   "Irak et de l'opération Inherent Resolve.")):
        got = attrs(text, lang)
        assert got and not any("personnel" in a for a in got.values()), (lang, got)


def test_a_hosts_guests_named_by_a_partner_are_its_headcount():
    """"Al Asad hosts some 900 U.S. troops who advise and assist Iraqi forces … as part of Operation Inherent Resolve" (set
    188, a press pool report): a count after a verb of hosting whose people a partner's name or adjective names is that
    partner's headcount where it acts in the sentence, going on where they "advise" after "who"."""
    for lang, text in (("en", "The base hosts some 400 Italian troops who train Kurdish forces as part of Operation Inherent "
                              "Resolve."),
                       ("fr", "La base accueille quelque 400 militaires italiens qui forment les forces kurdes dans le cadre de "
                              "l'opération Inherent Resolve.")):
        got = attrs(text, lang).get(("it", "cjtf-oir"), {})
        assert got.get("personnel") == 400 and got.get("status") == "ongoing", (lang, got)


def test_bringing_our_contribution_to_a_count_is_the_headcount():
    """A minister's doorstop: "… an additional 20 personnel to NATO Mission Iraq this month, bringing our contribution to
    the mission to 60": the count after "bringing our contribution" is the headcount, the one before what was added."""
    _headcount_is([("en", "Norway is sending 15 more trainers to NATO Mission Iraq, bringing our contribution to the mission to "
                          "45, the minister said.")], ("no", "nato-mission-iraq"), 45)


def test_a_number_opening_its_line_before_a_capitalised_word_is_an_items_not_a_count():
    """A crossword's solutions: "9 Where New Zealand soldiers trained Iraqi troops at Taji, as Operation ____ (6):
    MANAWA": the clue's number, no headcount; "150 Danish soldiers …" and a heading's "150 Troops …" are counts."""
    got = attrs("7 Where Danish soldiers trained Iraqi troops in Operation Inherent Resolve", "en")
    assert "personnel" not in got.get(("dk", "cjtf-oir"), {}), got
    got = attrs("150 Danish soldiers trained Iraqi troops in Operation Inherent Resolve.", "en")
    assert got.get(("dk", "cjtf-oir"), {}).get("personnel") == 150, got


def test_a_missions_bare_name_names_it():
    """A crossword's answers, "SHADER", "MANAWA": a mission's own name without its "Operation", as Chammal's and
    Okra's are read."""
    _credits([("en", "British crews of the Shader detachment flew from Akrotiri.")], ("GB",), ("mission", "operation-shader"))
    _credits([("en", "New Zealand sent a tenth Manawa rotation to Taji.")], ("NZ",), ("mission", "operation-manawa"))


def test_the_operation_far_from_any_mission_named_is_the_one_the_title_names():
    """An encyclopedia's article titled "Opération Chammal": "En 2026, environ 600 militaires restent engagés au titre de
    l'opération", sections after the last mission named (Operation Inherent Resolve, of which Chammal is a part) — the
    operation the title names takes the count."""
    text = ("Operation Shader\n\nOperation Shader is the name of the British contribution to the fight against the Islamic "
            "State. It forms part of Operation Inherent Resolve.\n\nHistory\n\nThe first strikes took place in September 2014 "
            "in Iraq. Strikes were extended to Syria in December 2015. Typhoons and Reapers flew most missions.\n\nForces\n\n"
            "Today about 1,000 personnel remain deployed under the operation, mostly at RAF Akrotiri.")
    got = attrs(text, "en")
    assert got.get(("gb", "operation-shader"), {}).get("personnel") == 1000, got


def test_a_mission_asked_about_is_the_one_the_answer_commanded_and_contributes_to():
    """A committee's transcript: "Le Canada commande-t-il encore la mission de l'OTAN en Irak ? — Lgén … : Non. Nous l'avons
    commandée de 2018 à 2020. Aujourd'hui, nous y contribuons avec une quinzaine d'officiers" — a one-word answer after its
    speaker's label is no sentence counted back, and "l'avons commandée" names the mission asked about."""
    text = ("M. Dubois : Le Danemark commande-t-il encore la mission de l'OTAN en Irak ?\n\nGénéral Holm : Non. Nous l'avons "
            "commandée en 2021. Aujourd'hui, nous y contribuons avec une trentaine d'officiers.")
    got = attrs(text, "fr")
    assert got.get(("dk", "nato-mission-iraq"), {}).get("personnel") == 30, got


def test_a_tables_mission_told_before_it_beside_its_hosts_adjective():
    """A briefing note: "NATO Mission Iraq advises Iraqi security institutions at the request of the Iraqi government." then
    a table "| Partner | Personnel | …" — the paragraph names the one mission (the host's adjective is no partner of the
    table), so the rows' counts are the mission's."""
    text = ("# Operation Inherent Resolve: trainers in 2026\n\nOperation Inherent Resolve supports Iraqi and Syrian partner forces "
            "against Daesh.\n\n| Partner | Trainers |\n|---|---|\n| Finland | 60 |\n| Latvia | 25 |\n")
    got = attrs(text, "en")
    assert got.get(("fi", "cjtf-oir"), {}).get("personnel") == 60 and got.get(("lv", "cjtf-oir"), {}).get("personnel") == 25, got


def test_a_total_whose_part_serves_in_another_mission_is_the_operation_before():
    """A budget document: "Operation OKRA is the Australian Defence Force's contribution … the Government will provide
    $46.2 million to sustain around 110 ADF personnel in the Middle East, most of them assigned to Combined Joint Task
    Force – Operation Inherent Resolve headquarters" — the count is the whole of the national operation the sentence
    before named in its paragraph, not the headquarters' part of it; what the funding sustains goes on."""
    for lang, text in (("en", "Operation Impact is Canada's contribution to the Coalition. The department will spend $80 million to "
                              "maintain about 250 Canadian personnel in the region, many of them serving with NATO Mission Iraq."),
                       ("fr", "L'opération Impact est la contribution du Canada à la Coalition. Le ministère consacrera 80 millions "
                              "de dollars au maintien d'environ 250 militaires canadiens dans la région, dont la plupart au sein "
                              "de la mission de l'OTAN en Irak."),
                       ("ar", "عملية إمباكت هي مساهمة كندا في التحالف الدولي. وستخصص الوزارة 80 مليون دولار لمواصلة نشر نحو 250 "
                              "عسكرياً كندياً في المنطقة، معظمهم في بعثة حلف الناتو في العراق.")):
        got = attrs(text, lang)
        assert got.get(("ca", "operation-impact"), {}).get("personnel") == 250, (text, got)
        assert got.get(("ca", "operation-impact"), {}).get("status") == "ongoing", (text, got)
        assert got.get(("ca", "nato-mission-iraq"), {}).get("personnel") is None, (text, got)
    # across a paragraph the operation is no longer the topic
    got = attrs("Operation Impact is Canada's contribution to the Coalition.\n\nThe department will spend $80 million to "
                "maintain about 250 Canadian personnel in the region, many of them serving with NATO Mission Iraq.", "en")
    assert got.get(("ca", "operation-impact"), {}).get("personnel") is None, got


def test_a_tables_rows_with_a_status_take_the_mission_named_before_it():
    """A data project's page: "… air contributions to Operation Inherent Resolve" over a table "Country⇥Aircraft⇥Based
    at⇥Status" / "Belgium⇥F-16⇥Jordan⇥Ended 2022" — a row with a status and no mission is its partner's part in the one
    mission the text before names, with that status; a column "Based at" holds places."""
    text = ("The table lists partners' contributions to NATO Mission Iraq.\nCountry\tTrainers\tBased at\tStatus\n"
            "Sweden\tinstructors\tJordan\tEnded 2021\nFinland\tadvisers\tIraq\tOngoing")
    got = attrs(text, "en")
    assert got.get(("se", "nato-mission-iraq"), {}).get("status") == "ended", got
    assert got.get(("fi", "nato-mission-iraq"), {}).get("status") == "ongoing", got
    assert not any(p == "jo" for p, _o in got), got


def test_a_forces_size_written_n_strong_before_its_noun_is_its_headcount():
    """A magazine's news in brief: "Budapest confirmed that its 130-strong contingent in Erbil, part of Operation Inherent
    Resolve, will rotate in March" — "N-strong" before a force's noun is its size, as "then some 650 strong" after it
    is; a rotation to come keeps the part going on."""
    got = attrs("Hungary confirmed that its 130-strong contingent in Erbil, part of Operation Inherent Resolve, will rotate "
                "in March.", "en")
    assert got.get(("hu", "cjtf-oir")) == {"personnel": 130, "status": "ongoing"}, got
    got = attrs("Le contingent hongrois de l'opération Inherent Resolve sera relevé en mars.", "fr")
    assert got.get(("hu", "cjtf-oir"), {}).get("status") == "ongoing", got
