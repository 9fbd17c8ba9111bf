"""Lines of effort and other kinds of fact: which line (military, stabilization, foreign fighters,
financing, messaging, legislation) a clause's act is, one rule at a time, each in a text written for it.

Split out of tests/test_actors.py by what its tests read; the helpers are tests/reading.py."""

from __future__ import annotations

from coalition_lod.extract import extract
from coalition_lod.model import Document

from .reading import (
    _credited_but_not,
    _credited_not_other,
    _credits,
    _each_credited,
    _none_credited,
    _not_credited,
    _status_is,
    attrs,
    facts,
)


def test_a_heading_that_names_a_line_of_effort_credits_no_one():
    """A report's headings ("Stabilisation.", "Combattants terroristes étrangers.") name a
    line of effort; the partner of the sentence before did not act on it."""
    for lang, text, heading in (
            ("en", "Italy sends trainers to NATO Mission Iraq. Stabilisation. Germany funds demining.", "stabilization"),
            ("fr", "La Belgique envoie des formateurs à la mission de l'OTAN en Irak. Combattants terroristes étrangers. "
                   "Le Maroc rapatrie ses ressortissants.", "foreign_terrorist_fighters")):
        got = facts(text, lang)
        first = "IT" if lang == "en" else "BE"
        assert ("mission", "nato-mission-iraq") in got[first] and ("line_of_effort", heading) not in got[first], text


def test_paying_for_something_is_no_fight_against_terrorist_financing():
    """Funding stabilisation is the stabilisation line of effort; counter-financing is
    acting against the terrorists' money."""
    for lang, paid, fought in (
            ("en", "Denmark financed the rebuilding of schools in Raqqa.",
             "Denmark also works to choke off ISIL financing."),
            ("fr", "Le Danemark finance la reconstruction d'écoles à Raqqa.",
             "Le Danemark agit aussi contre le financement de l'EI."),
            ("ar", "موّلت الدنمارك إعادة بناء المدارس في الرقة.", "وتعمل الدنمارك أيضاً على تجفيف تمويل التنظيم."),
            ("ar", "موّلت الدنمارك إعادة بناء المدارس في الرقة.", "وتتعاون الدنمارك مع الأردن في مكافحة الإرهاب وتمويله."),
            ("fr", "Le Danemark finance la reconstruction d'écoles à Raqqa.",
             "Le Danemark coopère avec la Jordanie dans la lutte contre le terrorisme et son financement."),
            ("en", "Denmark financed the rebuilding of schools in Raqqa.",
             "Denmark works with Jordan against terrorism and its financing.")):
        assert ("line_of_effort", "counter_financing") not in facts(paid, lang).get("DK", set()), paid
        assert ("line_of_effort", "counter_financing") in facts(fought, lang)["DK"], fought


def test_staff_officers_and_military_trainers_are_the_military_line():
    """"deployed staff officers to the Coalition headquarters", "officiers d'état-major":
    the military line of effort; "child soldiers" a partner rehabilitates are not."""
    for lang, text in (("en", "Montenegro deployed staff officers to the Coalition headquarters between 2016 and 2019."),
                       ("fr", "Le Monténégro a déployé des officiers d'état-major au quartier général de la Coalition.")):
        assert ("line_of_effort", "military") in facts(text, lang)["ME"], text
    got = facts("Montenegro funds the rehabilitation of former child soldiers in north-east Syria.", "en")
    assert ("line_of_effort", "military") not in got["ME"], got


def test_a_speech_is_no_counter_messaging():
    """"Discours de la ministre …", "خطاب وزير الخارجية …": a speech, not a narrative
    against Daesh's; "le discours extrémiste", "الخطاب المتطرف" still are."""
    got = facts("Discours du ministre de la Défense devant le Sénat\n\nLe Luxembourg contribue à la mission de l'OTAN en "
                "Irak.", "fr")
    assert ("line_of_effort", "counter_messaging") not in got["LU"], got
    got = facts("خطاب وزير الخارجية أمام البرلمان\n\nتساهم لوكسمبورغ في بعثة حلف الناتو في العراق.", "ar")
    assert ("line_of_effort", "counter_messaging") not in got["LU"], got
    got = facts("Le Luxembourg finance des projets contre le discours extrémiste en ligne.", "fr")
    assert ("line_of_effort", "counter_messaging") in got["LU"], got


def test_a_clause_describing_an_initiative_is_not_the_partners_line_of_effort():
    """"… co-chair the Counter ISIS Finance Group, which focused on the prosecution of
    financiers": the group's work; the co-chairs get the group's own lines of effort, not
    the legislation line its description names."""
    for lang, text in (
            ("en", "Estonia and Latvia co-chair the Counter ISIS Finance Group, which focused on the prosecution of "
                   "financiers."),
            ("fr", "L'Estonie et la Lettonie coprésident le groupe de lutte contre le financement de Daech, qui s'est "
                   "concentré sur les poursuites judiciaires contre les financiers.")):
        got = facts(text, lang)
        assert ("line_of_effort", "counter_financing") in got["EE"], (text, got)
        assert ("line_of_effort", "legislation") not in got["EE"], (text, got)


def test_assets_frozen_are_counter_financing_and_arabic_ministries_by_their_portfolio():
    """"Bahrain froze the assets of …", "a gelé les avoirs de …", "جمدت الكويت أصول …" (the
    subject between the verb and its object): a freeze beside assets, funds or accounts is the
    counter-financing line, a deployment frozen is not. "وزارة الأوقاف المصرية", "وحدة
    الاستخبارات المالية الكويتية": a ministry's or a unit's portfolio stands between it and its
    state's adjective."""
    for lang, text, code in (("en", "Bahrain froze the assets of three individuals linked to ISIS.", "BH"),
                             ("fr", "Le Niger a gelé les avoirs de trois personnes liées à Daech.", "NE"),
                             ("ar", "جمدت الكويت أصول ثلاثة أشخاص مرتبطين بتنظيم داعش.", "KW"),
                             ("ar", "جمدت وحدة الاستخبارات المالية الكويتية أصول ثلاثة أشخاص مرتبطين بتنظيم داعش.", "KW")):
        assert ("line_of_effort", "counter_financing") in facts(text, lang).get(code, set()), (lang, text)
    assert ("line_of_effort", "counter_financing") not in facts(
        "Denmark froze its F-16 deployment to Operation Inherent Resolve in 2016.", "en").get("DK", set())
    got = facts("أطلقت وزارة الأوقاف المصرية حملة لمواجهة الفكر المتطرف على الإنترنت.", "ar")
    assert ("line_of_effort", "prevention_cve") in got.get("EG", set()), got


def test_a_partner_after_places_and_a_comma_and_is_the_next_subject_and_foreign_ministers_meet():
    """"… from camps in Syria, and Germany said it would extend its refuelling mission …": the
    partner after the place, set off by a comma and "and" and followed by its verb, opens the
    next clause (it was a list of places with Syria). "la réunion des ministres des Affaires
    étrangères de la Coalition", "اجتماع وزراء خارجية التحالف": the ministerial meeting."""
    got = facts("Sweden pledged to bring back more of its nationals from camps in Syria, and Germany said it would "
                "extend its air-to-air refuelling mission over Iraq.", "en")
    assert ("line_of_effort", "military") in got.get("DE", set()) and ("line_of_effort", "military") not in got["SE"], got
    for lang, text, code in (
            ("fr", "La Tunisie a pris part à la réunion des ministres des Affaires étrangères de la Coalition mondiale "
                   "contre Daech.", "TN"),
            ("ar", "شارك وزير الخارجية العماني في اجتماع وزراء خارجية التحالف الدولي ضد داعش.", "OM")):
        assert ("initiative", "coalition-ministerial-meeting") in facts(text, lang).get(code, set()), (lang, text)


def test_a_joint_force_is_military_and_extremist_thought_is_prevention():
    """"ont convenu de créer une force conjointe de 10 000 hommes": the military line;
    "مواجهة الفكر المتطرف بين الشباب" (confronting extremist thought among the young):
    prevention."""
    got = facts("ACCRA, 5 mai (AFP) - Le Ghana et le Togo ont convenu jeudi de créer une force conjointe de 5 000 hommes.",
                "fr")
    assert ("line_of_effort", "military") in got["GH"] and ("line_of_effort", "military") in got["TG"], got
    got = facts("أطلقت البحرين برنامجا لمواجهة الفكر المتطرف بين الشباب.", "ar")
    assert ("line_of_effort", "prevention_cve") in got["BH"], got


def test_a_contingent_doubled_is_the_military_line_and_a_second_reported_clause_is_its_own():
    """"Hungary has doubled its contingent", "a renforcé son contingent", "عززت عدد جنودها":
    changing a contingent's size is the military line. "he said …, and that the United
    States continues to press countries to repatriate …": the second "that" opens a
    reported clause too, whose subject presses others (nobody's act), and the partner of
    the sentence before takes nothing from either."""
    for lang, text in (("en", "Slovakia has doubled its contingent in Erbil."),
                       ("fr", "La Slovaquie a renforcé son contingent à Erbil."),
                       ("ar", "عززت سلوفاكيا عدد جنودها في أربيل.")):
        got = facts(text, lang)
        assert ("line_of_effort", "military") in got.get("SK", set()), (text, got)
    got = facts("Slovakia has doubled its contingent in Erbil. Asked about Syria, the general said the detention of ISIS "
                "fighters remains a concern, and that Canada continues to press countries to repatriate their nationals.",
                "en")
    assert ("line_of_effort", "foreign_terrorist_fighters") not in got.get("SK", set()), got
    assert ("line_of_effort", "foreign_terrorist_fighters") not in got.get("CA", set()), got


def test_exchange_houses_and_hawala_are_counter_financing():
    """Supervising exchange houses ("sociétés de change", "شركات الصرافة") and hawala is
    the counter-financing line."""
    for lang, text in (("en", "Kuwait tightened its supervision of exchange houses and hawala networks."),
                       ("fr", "Le Koweït a renforcé la supervision des sociétés de change."),
                       ("ar", "شددت الكويت الرقابة على شركات الصرافة.")):
        assert ("line_of_effort", "counter_financing") in facts(text, lang).get("KW", set()), text


def test_logistical_support_and_air_refuelling_are_the_military_line():
    """"provides logistical support to the Coalition", "soutien logistique", "دعماً لوجستياً":
    the military line, as basing and airlift are a partner's military part."""
    for lang, text in (("en", "Bahrain provides logistical support to the Coalition."),
                       ("fr", "Bahreïn apporte un soutien logistique à la coalition."),
                       ("ar", "قدمت البحرين دعماً لوجستياً للتحالف.")):
        assert ("line_of_effort", "military") in facts(text, lang).get("BH", set()), text


def test_help_from_a_partner_is_cooperation_and_charges_and_prosecution_are_legislation():
    """"repatriated 11 of its citizens … with the help of the United States": working with
    it; "will face charges of joining a terrorist organization", "prosecutes returnees":
    the legislation line."""
    got = facts("Albania has repatriated 9 of its citizens from camps in Syria with the help of the United States.", "en")
    assert ("cooperation", "US") in got["AL"], got
    got = facts("Albania repatriated 9 women. The women will face charges of joining a terrorist organization.", "en")
    assert ("line_of_effort", "legislation") in got["AL"], got
    got = facts("Norway prosecutes returnees for membership in a terrorist organisation.", "en")
    assert ("line_of_effort", "legislation") in got["NO"], got


def test_trainers_named_by_adjectives_after_with_are_peers_in_joint_training():
    """"joint training with American and Italian trainers", "تدريب مشترك مع مدربين أمريكيين
    وإيطاليين": each trainer's partner is a peer (a tweet thread in the wheel trial)."""
    for lang, text in (("en", "Jordanian special forces completed joint training with American and Italian trainers."),
                       ("ar", "أنهت القوات الخاصة الأردنية تدريباً مشتركاً مع مدربين أمريكيين وإيطاليين.")):
        got = facts(text, lang)
        assert ("cooperation", "US") in got["JO"] and ("cooperation", "IT") in got["JO"], (text, got)


def test_reconnaissance_flights_and_missions_flown_are_military():
    for lang, text in (("en", "Austria flew reconnaissance missions over Iraq."),
                       ("en", "Austria flew missions over northern Iraq until 2017."),
                       ("fr", "L'Autriche a effectué des vols de reconnaissance au-dessus de l'Irak."),
                       ("ar", "نفذت النمسا طلعات استطلاع فوق العراق.")):
        assert ("line_of_effort", "military") in facts(text, lang).get("AT", set()), (text, facts(text, lang))


def test_arabic_assets_frozen_are_counter_financing():
    for text in ("جمدت قطر الأصول المالية لخمسة أفراد مرتبطين بتنظيم داعش.",
                 "قامت قطر بتجميد أصول خمسة أفراد مرتبطين بتنظيم داعش."):
        assert ("line_of_effort", "counter_financing") in facts(text, "ar").get("QA", set()), (text, facts(text, "ar"))


def test_suspects_referred_to_the_prosecution_are_legislation():
    """"… and referred them to the public prosecution", "les a déférés au parquet", "وأحالتهم
    إلى النيابة العامة": a state's justice at work on Daesh's members (a ministry's notice)."""
    for lang, text in (("en", "The Omani interior ministry arrested three members of an ISIS cell and referred them to "
                              "the public prosecution."),
                       ("fr", "Le ministère omanais de l'Intérieur a arrêté trois membres d'une cellule de Daech et les a "
                              "déférés au parquet."),
                       ("ar", "أعلنت وزارة الداخلية العمانية القبض على ثلاثة أشخاص ينتمون إلى تنظيم داعش وأحالتهم إلى "
                              "النيابة العامة.")):
        assert ("line_of_effort", "legislation") in facts(text, lang).get("OM", set()), (text, facts(text, lang))


def test_a_court_acts_for_its_state_and_a_prison_sentence_is_legislation():
    """"Le tribunal correctionnel de Bruxelles a condamné … à dix ans de prison": a court is an
    institution of the state its city or adjective names, and a prison sentence is the
    legislation line at work ("years in prison", "بالسجن")."""
    for lang, text, code in (("fr", "Le tribunal correctionnel de Copenhague a condamné un recruteur de Daech à huit ans "
                                    "de prison.", "DK"),
                             ("en", "A Danish court sentenced an ISIS recruiter to eight years in prison.", "DK"),
                             ("ar", "قضت محكمة دنماركية بالسجن ثماني سنوات على مجند لداعش.", "DK")):
        assert ("line_of_effort", "legislation") in facts(text, lang).get(code, set()), (text, facts(text, lang))


def test_a_foreign_policy_plan_is_the_states_own_strategy():
    """"son plan d'action de politique étrangère pour …", "خطة عمل السياسة الخارجية …": the
    state's foreign policy makes the plan's name a national strategy's, as "national" does,
    though nothing in it is capitalised."""
    for lang, text in (("fr", "En 2018, le Danemark a adopté son plan d'action de politique étrangère contre la "
                              "radicalisation."),
                       ("ar", "اعتمدت الدنمارك عام 2018 خطة عمل السياسة الخارجية لمكافحة التطرف.")):
        got = attrs(text, lang, "strategy")
        assert len(got) == 1 and next(iter(got.values())).get("scope") == "national", (text, got)


def test_an_arabic_verb_of_training_or_hosting_before_its_subject_and_object():
    """"دربت النرويج القوات العراقية …": Arabic puts the verb first, then its subject, then its
    object, so the partner right after a verb of training, visiting or hosting is its subject
    where an object follows it; with the subject unsaid, the phrase after the verb is its
    object ("ودربت القوات العراقية ضمن …" is no act of Iraq's)."""
    got = facts("دربت النرويج القوات العراقية في إطار عملية العزم الصلب.", "ar")
    assert ("mission", "cjtf-oir") in got.get("NO", set()), got
    got = facts("ويدرب الضباط الإسبان الجيش العراقي ضمن بعثة الناتو في العراق.", "ar")
    assert ("mission", "nato-mission-iraq") in got.get("ES", set()), got
    got = facts("تشارك النرويج في التحالف الدولي ضد داعش. ودربت القوات العراقية ضمن عملية العزم الصلب.", "ar")
    assert "IQ" not in got and ("mission", "cjtf-oir") in got.get("NO", set()), got
    # the subject of a verb of hosting, a headquarters after it: no part in the mission
    got = facts("يستضيف الأردن مقر قيادة عملية العزم الصلب ويرسل طائرات إلى بعثة الناتو في العراق.", "ar")
    assert ("mission", "cjtf-oir") not in got.get("JO", set()) and ("mission", "nato-mission-iraq") in got["JO"], got
    # a thing named is an object too: the partner before it hosts it
    for text in ("تستضيف المملكة العربية السعودية مركز استهداف تمويل الإرهاب.",
                 "تستضيف البحرين هذا العام اجتماع مجموعة مكافحة تمويل داعش."):
        got = facts(text, "ar")
        assert any(kind == "initiative" for code in ("SA", "BH") for kind, _o in got.get(code, ())), (text, got)


def test_soldiers_who_serve_or_remain_are_the_military_line():
    """"Some 60 Latvian soldiers still serve in Iraq", "restent", "ما زالوا منتشرين": a
    headcount of soldiers where they serve or stay is the military line, as where they are
    sent or kept; "Une soixantaine de soldats lettons": a count in words and its "de" stand
    before the subject, no place ("de" as in "from")."""
    for lang, text in (("en", "Some 60 Latvian soldiers still serve in Iraq against ISIS."),
                       ("fr", "Une soixantaine de soldats lettons restent en Irak contre Daech."),
                       ("ar", "ما زال نحو 60 جنديا لاتفيا منتشرين في العراق لمحاربة داعش.")):
        assert ("line_of_effort", "military") in facts(text, lang).get("LV", set()), (text, facts(text, lang))


def test_counter_finance_work_and_the_last_soldiers_home():
    """Words found in fact sheets and news: "counter-finance work" is the counter-financing
    line; "the last soldiers of its … contingent", "le retour des 40 derniers soldats": their
    part ended."""
    assert ("line_of_effort", "counter_financing") in facts(
        "Singapore backs the Coalition's counter-finance efforts against ISIS.", "en").get("SG", set())
    _status_is((("en", "Vilnius said the last soldiers of its NATO Mission Iraq contingent, 40 in all, returned on "
                              "Friday."),
                       ("fr", "Vilnius a annoncé le retour des 40 derniers soldats lituaniens de la mission de l'OTAN en "
                              "Irak.")), ("lt", "nato-mission-iraq"), "ended")


def test_an_air_contribution_is_the_military_line():
    """"wound down its air contribution", "sa contribution aérienne", "مساهمتها الجوية": the
    military line, ended or not."""
    for lang, text in (("en", "Belgium ended its air contribution over Syria in 2022."),
                       ("fr", "La Belgique a achevé sa contribution aérienne au-dessus de la Syrie en 2022."),
                       ("ar", "أنهت بلجيكا مساهمتها الجوية فوق سوريا عام 2022.")):
        assert ("line_of_effort", "military") in facts(text, lang).get("BE", set()), (text, facts(text, lang))


def test_an_air_base_put_at_the_coalitions_disposal_is_the_military_line():
    for lang, text, code in (("en", "Kuwait put an air base at the Coalition's disposal in 2014.", "KW"),
                             ("fr", "Le Koweït a mis une base aérienne à la disposition de la Coalition en 2014.", "KW"),
                             ("ar", "وضعت الكويت قاعدة جوية تحت تصرف التحالف عام 2014.", "KW")):
        assert ("line_of_effort", "military") in facts(text, lang).get(code, set()), text


def test_a_tables_rows_under_a_line_that_names_one_mission_are_its():
    """A table of headcounts under "NATO Mission Iraq: contributors" (its rows name partners
    and counts only): each row's partner takes part in that mission with its count. Under a
    line that names a partner too, nothing is read into the rows."""
    for lang, text in (
            ("en", "NATO Mission Iraq: contributors\n\nCountry\tPersonnel\n\nPortugal\t30\n\nCroatia\t45\n"),
            ("fr", "Mission de l'OTAN en Irak : contributeurs\n\nPays\tEffectifs\n\nPortugal\t30\n\nCroatie\t45\n"),
            ("ar", "بعثة حلف شمال الأطلسي في العراق: الدول المساهمة\n\nالدولة\tعدد الجنود\n\nالبرتغال\t30\n\nكرواتيا\t45\n")):
        got = attrs(text, lang)
        assert got.get(("pt", "nato-mission-iraq"), {}).get("personnel") == 30, (text, got)
        assert got.get(("hr", "nato-mission-iraq"), {}).get("personnel") == 45, (text, got)
    got = attrs("Italy in NATO Mission Iraq\n\nCountry\tPersonnel\n\nPortugal\t30\n", "en")
    assert ("pt", "nato-mission-iraq") not in got, got


def test_trainers_brought_home_and_training_together():
    """"ont rapatrié leurs formateurs" is the military line; "qui participaient avec la
    Belgique à la formation des soldats irakiens": peers, and training soldiers is military."""
    got = facts("Selon le ministre, le Luxembourg et les Pays-Bas, qui participaient avec la Belgique à la formation des "
                "soldats irakiens, ont rapatrié leurs formateurs en 2021.", "fr")
    for code in ("LU", "NL"):
        assert ("line_of_effort", "military") in got.get(code, set()), got
        assert ("cooperation", "BE") in got[code], got


def test_a_resolution_written_into_national_law_is_implemented_by_legislation():
    """"a transposé en droit national …", "أدرجت … في تشريعاتها" (put into its legislation)."""
    for lang, text in (
            ("fr", "La Slovénie a intégré en droit interne les obligations de la résolution 2396 du Conseil de sécurité."),
            ("ar", "أدرجت سلوفينيا متطلبات قرار مجلس الأمن 2396 في قوانينها.")):
        got = facts(text, lang).get("SI", set())
        assert ("line_of_effort", "legislation") in got, (text, got)
    got = [f for f in extract(Document("t", "t.txt", "ar", "أدرجت سلوفينيا متطلبات قرار مجلس الأمن 2396 في قوانينها.",
                                       "text/plain")).facts if f.kind == "resolution"]
    assert [f.attrs.get("relation") for f in got] == ["implements"], got


def test_a_dateline_on_its_own_line_is_not_the_storys_actor():
    """"Berlin, 3 March 2025" on a line of its own, then the EU's own release: Germany does nothing."""
    text = ("Council of the European Union: press release\n\nBerlin, 3 March 2025\n\nThe Council extended the "
            "sanctions framework. The measures complete the implementation of resolution 2253 of the Security Council.")
    got = facts(text, "en")
    assert "DE" not in got, got


def test_a_partners_air_contribution_is_military():
    got = facts("Belgium and Denmark have reduced their air contributions in Syria.", "en")
    assert all(("line_of_effort", "military") in got.get(c, set()) for c in ("BE", "DK")), got


def test_reducing_or_sending_a_contingent_is_military():
    _credits((("en", "Greece and Cyprus will cut their contingents in Iraq next year."),
              ("fr", "La Grèce et Chypre réduiront leurs contingents en Irak l'an prochain."),
              ("fr", "La Grèce prévoit d'envoyer une trentaine d'instructeurs en Irak.")),
             ("GR",), ("line_of_effort", "military"))


def test_battalions_a_partner_contributes_are_military():
    got = facts("Senegal and Ghana pledged to contribute battalions to the regional force.", "en")
    assert ("line_of_effort", "military") in got.get("GH", set()), got


def test_a_committees_name_is_no_line_of_effort() -> None:
    """"Senate Foreign Affairs, Defence and Trade Legislation Committee — Answers …": the words of
    a line of effort in a committee's name are the committee's, no act of the partner."""
    for lang, text in (
        ("en", "Senate Foreign Affairs, Defence and Trade Legislation Committee — Answers to questions on notice\n\n"
               "Australia has about 110 personnel in NATO Mission Iraq."),
        ("en", "Canada keeps 60 advisers in NATO Mission Iraq, the minister told the Counter-Terrorism Legislation "
               "Committee."),
    ):
        got = facts(text, lang)
        assert not any(o == "legislation" for partner in got.values() for _k, o in partner), (text, got)
    _credits([("en", "Australia passed new counter-terrorism legislation in 2023, the committee said.")],
             ("AU",), ("line_of_effort", "legislation"))


def test_foreign_forces_and_within_the_framework_of() -> None:
    """"no longer needs foreign combat forces", "قوات قتالية أجنبية": forces called foreign are
    not the partner's, no act on the military line; "في إطار الخطة الوطنية …" (within the
    framework of) names the plan, not a framework."""
    for lang, text in (
        ("ar", "بغداد - قال رئيس الوزراء العراقي إن بلاده لم تعد بحاجة إلى وجود قوات قتالية أجنبية."),
        ("en", "Iraq's prime minister said his country no longer needs foreign combat forces."),
    ):
        assert ("line_of_effort", "military") not in facts(text, lang).get("IQ", set()), text
    got = facts("وقعت دولة الإمارات والمملكة المغربية اتفاقية للتعاون في مجال مكافحة التطرف العنيف.\n\nوتأتي الاتفاقية في إطار "
                "الخطة الوطنية الإماراتية لمكافحة التطرف التي أقرتها الحكومة عام 2019.", "ar")
    names = {str(o) for _k, o in got["AE"] if str(o).startswith("new:")}
    assert names and all(n.startswith("new:الخطة") for n in names), got


def test_drying_up_a_groups_funding_is_counter_financing():
    got = facts("أطلقت كينيا خطة لتجفيف مصادر تمويل حركة الشباب.", "ar")
    assert ("line_of_effort", "counter_financing") in got["KE"], got


def test_a_chair_line_of_minutes_names_who_chairs_the_title_initiative():
    """Minutes' "Présidence : Allemagne, Émirats arabes unis, États-Unis." under the group's
    title (set 19) named no one: each chairs it, and co-chairs are peers."""
    for lang, text in (("en", "Counter ISIS Finance Group\nOutcomes of the plenary in Riyadh\n\n"
                              "Co-chairs: Italy, Saudi Arabia and the United States.\n\nMembers reviewed new designations."),
                       ("fr", "Groupe de travail sur les combattants terroristes étrangers – ordre du jour\n\n"
                              "Coprésidence : Italie, Arabie saoudite, États-Unis.\n\n1. Adoption de l'ordre du jour."),
                       ("ar", "مجموعة العمل المعنية بمكافحة تمويل داعش - محضر الاجتماع\n\n"
                              "الرئاسة المشتركة: إيطاليا والمملكة العربية السعودية والولايات المتحدة\n\nناقش المشاركون التصنيفات.")):
        got = facts(text, lang)
        for code in ("IT", "SA", "US"):
            assert any(k == "initiative" for k, _o in got.get(code, set())), (text, code, got)
        assert {("cooperation", "SA"), ("cooperation", "US")} <= got["IT"], (text, got)
    # a label and a colon in a report's body: no title's initiative, no chair
    _none_credited([("en", "Annual report 2024\n\nChair: Italy. The report covers the year.")], "initiative")


def test_a_forces_strength_in_men_is_a_military_context_for_a_missions_name():
    """"porter à 600 hommes les effectifs de l'opération Frontière Nord" (set 19): an unknown
    operation is read where its troops are told as men or a strength."""
    for lang, text in (("fr", "Le Bénin a porté à 700 hommes les effectifs de l'opération Mirador."),
                       ("en", "Benin has raised the strength of Operation Mirador to 700 men.")):
        got = facts(text, lang)
        assert ("mission", "new:operation-mirador") in got["BJ"], (text, got)


def test_a_line_in_capitals_names_no_new_entity():
    """"AGENDA PRÉVISIONNEL DE LA MINISTRE …" (set 20) had been read as a strategy: in a line
    in capitals every word looks like a name's."""
    _none_credited([("fr", "PROGRAMME DE LA VISITE DU MINISTRE – AGENDA DE TRAVAIL\n\nLa Belgique annonce 5 millions d'euros."),
                    ("en", "NATIONAL RESILIENCE AGENDA BRIEFING – WEEK 12\n\nBelgium announced EUR 5 million.")], "strategy")


def test_contacts_with_leaders_are_no_counter_messaging():
    got = facts("اطلعت البحرين على نتائج الاتصالات التي جرت مع قادة الدول الشقيقة.", "ar")
    assert ("line_of_effort", "counter_messaging") not in got.get("BH", set()), got
    got = facts("تشارك البحرين في فريق عمل الاتصالات التابع للتحالف لمواجهة دعاية داعش.", "ar")
    assert ("line_of_effort", "counter_messaging") in got["BH"], got


def test_training_anothers_soldiers_or_units_is_the_military_line():
    """"le Sénégal et l'Espagne, qui forment des unités de la garde nationale mauritanienne" (set 20)."""
    _credits([("en", "Italy trains Libyan coast guard units."), ("fr", "L'Italie forme des soldats libyens."),
              ("ar", "تدرب إيطاليا وحدات من خفر السواحل الليبي.")], ("IT",), ("line_of_effort", "military"))
    _none_credited([("en", "Italy rehabilitates former child soldiers in Libya.")], "line_of_effort")


def test_border_control_is_the_foreign_fighters_line():
    _credits([("en", "Tunisia has stepped up border control with Libya."),
              ("fr", "La Tunisie renforce le contrôle des frontières avec la Libye."),
              ("ar", "عززت تونس ضبط الحدود مع ليبيا.")], ("TN",), ("line_of_effort", "foreign_terrorist_fighters"))


def test_funding_a_force_is_the_military_line_not_a_part_in_it():
    """"l'Union européenne, qui finance la force" (set 21) had put the EU in the MNJTF."""
    for lang, text in (("en", "The European Union funds the Multinational Joint Task Force through its peace facility."),
                       ("fr", "L'Union européenne finance la Force multinationale mixte."),
                       ("ar", "يمول الاتحاد الأوروبي القوة المشتركة متعددة الجنسيات.")):
        got = facts(text, lang)
        assert ("line_of_effort", "military") in got["EU"], (text, got)
        assert not any(k == "mission" for k, _o in got["EU"]), (text, got)
    got = facts("Benin keeps 150 soldiers in the Multinational Joint Task Force.", "en")
    assert ("mission", "mnjtf") in got["BJ"], got


def test_trying_nationals_before_its_courts_is_the_legislation_line():
    _credits([("fr", "L'Albanie a rapatrié 40 ressortissants et en a poursuivi 12 devant ses tribunaux."),
              ("en", "Albania repatriated 40 nationals and prosecuted 12 of them before its courts.")],
             ("AL",), ("line_of_effort", "legislation"))


def test_land_cleared_by_its_verb_is_stabilisation():
    """"Grâce au financement du Luxembourg et de la Belgique, nos équipes ont dépollué 450 000
    mètres carrés" (the stop's last wheel trial, an NGO's release): the verb, not only the
    noun "dépollution", is the stabilisation line of the partners whose funding it names."""
    _credits([("fr", "Grâce au financement de l'Irlande, nos équipes ont dépollué trois villages près de Mossoul."),
              ("fr", "Les équipes ont déminé la route de Sinjar grâce au soutien de l'Irlande.")],
             ("IE",), ("line_of_effort", "stabilization"))


def test_the_items_a_line_asks_another_to_do_are_no_acts():
    """"demande au gouvernement fédéral : … 2. de soutenir les programmes de réhabilitation et
    de réintégration des enfants rapatriés" (set 26): a request, no line of the partner's."""
    text = ("Considérant que le Portugal est membre de la Coalition mondiale contre Daech ;\n\n"
            "Demande au Gouvernement :\n\n1. de rapatrier les enfants portugais détenus en Syrie ;\n\n"
            "2. de financer des programmes de réhabilitation et de réintégration.")
    got = facts(text, "fr")
    assert not any(k == "line_of_effort" for k, _o in got.get("PT", set())), got
    text = ("Whereas Portugal is a member of the Coalition;\n\nCalls on the Government:\n\n"
            "- to fund rehabilitation and reintegration programmes;\n\n- to repatriate Portuguese children held in Syria.")
    got = facts(text, "en")
    assert not any(k == "line_of_effort" for k, _o in got.get("PT", set())), got


def test_joining_the_group_abroad_is_the_foreign_fighters_line():
    """"أحكاما بالسجن … في حق 12 متهما بالانضمام إلى تنظيم داعش في سوريا وليبيا" (set 34, a court's
    ruling in the news): joining the group abroad is what foreign fighters do; joining the
    Coalition is no such thing."""
    _each_credited([("ar", "عمّان - أصدرت محكمة أمن الدولة أحكاما بالسجن على خمسة متهمين بالانضمام إلى تنظيم داعش في سوريا.", "JO"),
                    ("en", "Danish police arrested two men suspected of planning to travel to Iraq to join ISIS.", "DK"),
                    ("fr", "La justice belge a condamné à cinq ans de prison quatre hommes partis combattre en Syrie.", "BE")],
                    ("line_of_effort", "foreign_terrorist_fighters"))
    got = facts("Kenya became the latest country to join the Global Coalition to Defeat ISIS.", "en")
    assert ("line_of_effort", "foreign_terrorist_fighters") not in got.get("KE", set()), got


def test_joining_the_groups_ranks_is_the_foreign_fighters_line():
    """"… une cellule de quatre partisans de Daech qui projetaient de rejoindre les rangs de
    l'organisation au Sahel" (set 36, a ministry's communiqué): joining its ranks abroad."""
    _each_credited([("en", "Jordanian police arrested three men who planned to join the ranks of ISIS in Syria.", "JO"),
                    ("fr", "La police belge a interpellé deux hommes qui voulaient rejoindre les rangs de Daech en Syrie.", "BE"),
                    ("ar", "أوقفت الأجهزة الأمنية الكويتية شخصين كانا يخططان للالتحاق بصفوف داعش في سوريا.", "KW")],
                    ("line_of_effort", "foreign_terrorist_fighters"))


def test_a_law_cited_as_a_source_or_a_field_of_study_is_no_act_on_the_law():
    """"A master's degree in political science, law or a related field" (set 39, a vacancy
    notice) and "للجزاءات المنصوص عليها في القانون" (the penalties the law provides, a central
    bank's circular): no legislation line; a law amended still is."""
    for lang, text in (("en", "Norway trains Iraqi officers in NATO Mission Iraq. Applicants need a degree in law or a related field."),
                       ("fr", "La Norvège forme des officiers irakiens dans la mission de l'OTAN en Irak. Les contrevenants "
                              "s'exposent aux peines prévues par la loi."),
                       ("ar", "تدرب النرويج ضباطاً عراقيين في بعثة الناتو في العراق. ويتعرض المخالفون للغرامات المنصوص عليها في القانون.")):
        got = facts(text, lang)
        assert ("mission", "nato-mission-iraq") in got.get("NO", set()), (text, got)
        assert ("line_of_effort", "legislation") not in got.get("NO", set()), (text, got)
    got = facts("Norway amended its penal code in 2016 to make travel to join Daesh an offence.", "en")
    assert ("line_of_effort", "legislation") in got.get("NO", set()), got


def test_a_security_operation_against_daesh_is_the_military_line_in_arabic():
    """"أعلنت قيادة العمليات المشتركة العراقية تنفيذ عملية أمنية … لملاحقة فلول داعش" (set 40,
    a TV bulletin): a military or security operation a partner's command carries out is the
    military line, as "military operation" is in English and French."""
    got = facts("وفي الموصل، أعلنت قيادة العمليات المشتركة العراقية تنفيذ عمليات أمنية لملاحقة خلايا داعش.", "ar")
    assert ("line_of_effort", "military") in got.get("IQ", set()), got


def test_a_records_donor_line_makes_its_other_lines_the_donors():
    """"Donor: Germany (Federal Foreign Office) / Recipient: United Nations Development
    Programme, Iraq / Channel: Funding Facility for Stabilization" (set 42, a donor database's
    record): under a line naming its donor, the record's "label: value" lines are the donor's
    (not section headings, not the recipient's), to the record's end."""
    for lang, text in (("en", "Project record\n\nDonor: Norway\nRecipient: UNDP, Iraq\nChannel: Funding Facility for Stabilization\n"
                              "Amount: USD 10,000,000"),
                       ("fr", "Fiche projet\n\nBailleur : Norvège\nBénéficiaire : PNUD, Irak\n"
                              "Instrument : Mécanisme de financement pour la stabilisation\nMontant : 10 millions de dollars"),
                       ("ar", "سجل المشروع\n\nالجهة المانحة: النرويج\nالجهة المستفيدة: برنامج الأمم المتحدة الإنمائي في العراق\n"
                              "القناة: صندوق تمويل الاستقرار")):
        got = facts(text, lang)
        assert ("initiative", "funding-facility-for-stabilization") in got.get("NO", set()), (lang, got)
        assert "IQ" not in got, (lang, got)


def test_partners_in_french_work_together_and_a_border_is_the_foreign_fighters_line():
    """"Le Canada et la Jordanie sont des partenaires de longue date dans la lutte contre Daech
    … notamment pour la sécurité de la frontière avec la Syrie" (set 42, an ambassador's page):
    "partenaires" says the two work together, as "partners" does in English; a border's
    security is the foreign fighters' line."""
    got = facts("L'Australie et l'Irak sont des partenaires de longue date dans la lutte contre Daech.", "fr")
    assert ("cooperation", "IQ") in got.get("AU", set()) and ("cooperation", "AU") in got.get("IQ", set()), got
    got = facts("La Norvège finance des programmes pour la sécurité de la frontière avec la Syrie.", "fr")
    assert ("line_of_effort", "foreign_terrorist_fighters") in got.get("NO", set()), got


def test_an_infoboxs_country_line_makes_its_other_lines_that_partners():
    """"Opération Chammal / Pays : France / … / Cadre : Opération Inherent Resolve" (set 43, an
    encyclopedia's infobox): a record's "Country:" line names the partner its other "label:
    value" lines are about, as a donor's line does, where another partner is named further on."""
    for lang, text, code in (("fr", "Opération Vigilance\n\nPays : Belgique\nCadre : mission de l'OTAN en Irak\nDate : depuis 2019\n\n"
                                    "Les Pays-Bas forment des officiers irakiens.", "BE"),
                             ("en", "Operation Vigilance\n\nCountry: Norway\nFramework: NATO Mission Iraq\nDate: since 2019\n\n"
                                    "Denmark trains Iraqi officers.", "NO")):
        got = facts(text, lang)
        assert ("mission", "nato-mission-iraq") in got.get(code, set()), (lang, got)


def test_an_op_eds_we_is_the_state_its_author_line_names():
    """A minister's op-ed (set 45) names its author's state only in its last line ("The author
    is New Zealand's Minister of Foreign Affairs"): its "we" is that state's, not the partner
    whose army the sentence before names."""
    for lang, text, code in (
            ("en", "Why we stayed\n\nWhen our trainers arrived in 2016, the Iraqi army had just retaken Ramadi from Daesh. "
                   "We continue to fund demining in liberated areas through the Funding Facility for Stabilization.\n\n"
                   "The author is Norway's Minister of Foreign Affairs.", "NO"),
            ("fr", "Pourquoi nous sommes restés\n\nQuand nos formateurs sont arrivés en 2016, l'armée irakienne venait de "
                   "reprendre Ramadi à Daech. Nous continuons de financer le déminage des zones libérées par le Fonds de "
                   "financement pour la stabilisation.\n\nL'auteur est ministre des Affaires étrangères de la Norvège.", "NO")):
        got = facts(text, lang)
        assert ("initiative", "funding-facility-for-stabilization") in got.get(code, set()), (lang, got)
        assert ("initiative", "funding-facility-for-stabilization") not in got.get("IQ", set()), (lang, got)


def test_trainers_arriving_or_leaving_and_a_training_mission_are_the_military_line():
    """"When our first trainers arrived at Taji" (set 45): trainers, instructors, soldiers that
    arrive or leave are a military deployment, as those sent or withdrawn are; a training
    mission is military."""
    for lang, text in (("en", "Portugal's first trainers arrived at Besmaya in 2015 to fight Daesh."),
                       ("fr", "Les formateurs portugais sont arrivés à Besmaya en 2015 pour lutter contre Daech."),
                       ("ar", "وصل المدربون البرتغاليون إلى بسماية عام 2015 لمحاربة داعش."),
                       ("en", "Portugal built a training mission at Besmaya to fight Daesh.")):
        got = facts(text, lang)
        assert ("line_of_effort", "military") in got.get("PT", set()), (lang, got)


def test_mine_risk_education_and_survey_and_clearance_are_stabilisation():
    """"une contribution … destinée à l'éducation aux risques des mines", "أنشطة المسح والإزالة"
    (set 46): mine action's words are the stabilisation line."""
    for lang, text in (("en", "Austria funds mine risk education in schools near Mosul."),
                       ("fr", "L'Autriche finance l'éducation aux risques des mines dans les écoles de Mossoul."),
                       ("ar", "تمول النمسا أنشطة المسح والإزالة في محيط الموصل.")):
        assert ("line_of_effort", "stabilization") in facts(text, lang).get("AT", set()), (lang, facts(text, lang))


def test_belonging_to_daesh_is_the_foreign_fighters_line():
    """"أدينوا بالانتماء إلى تنظيم داعش" (set 46, a court story): those convicted of belonging to
    Daesh are its fighters; the court that tries them acts on the foreign fighters' line (a court that
    "condamne" sentences: no condemnation that quiets what follows)."""
    for lang, text in (("ar", "أصدرت محكمة أردنية حكماً بسجن خمسة أشخاص أدينوا بالانتماء إلى تنظيم داعش."),
                       ("en", "A Jordanian court jailed five men convicted of belonging to Daesh."),
                       ("fr", "Un tribunal jordanien a condamné cinq hommes pour appartenance à Daech.")):
        assert ("line_of_effort", "foreign_terrorist_fighters") in facts(text, lang).get("JO", set()), (lang, facts(text, lang))


def test_training_iraqs_federal_police_is_the_military_line():
    """"بلاده ستواصل قيادة تدريب الشرطة الاتحادية العراقية" (set 47, a live blog): Iraq's federal
    police, trained by the Coalition's carabinieri, are security forces, as the Iraqi army is."""
    for lang, text in (("ar", "أكد الوزير أن إسبانيا ستواصل تدريب الشرطة الاتحادية العراقية."),
                       ("fr", "L'Espagne continuera de former la police fédérale irakienne."),
                       ("en", "Spain will keep training the Iraqi Federal Police.")):
        assert ("line_of_effort", "military") in facts(text, lang).get("ES", set()), (lang, facts(text, lang))


def test_securing_borders_and_restoring_electricity_are_lines_of_effort():
    """"sécuriser nos frontières communes" (set 48, a policy statement): securing borders is the
    foreign fighters' line, as border security is; "the restoration of electricity and water in
    Raqqa" is stabilisation."""
    for lang, text, loe in (("fr", "Le Maroc poursuivra ses efforts pour sécuriser ses frontières contre Daech.", "foreign_terrorist_fighters"),
                            ("en", "Morocco will secure its borders against Daesh.", "foreign_terrorist_fighters"),
                            ("en", "Morocco funded the restoration of electricity in Raqqa after Daesh.", "stabilization"),
                            ("fr", "Le Maroc a financé le rétablissement de l'électricité à Raqqa après Daech.", "stabilization")):
        assert ("line_of_effort", loe) in facts(text, lang).get("MA", set()), (lang, text, facts(text, lang))


def test_rehabilitating_a_hospital_is_stabilisation_not_reintegration():
    """"على تمويلها إعادة تأهيل مستشفى الموصل العام" (set 50, a governor's letter of thanks): a
    hospital or school rehabilitated is stabilisation, in the singular as in the plural, and no
    rehabilitation of people."""
    for lang, text in (("ar", "مولت النرويج إعادة تأهيل مستشفى الرمادي الذي دمره داعش."),
                       ("en", "Norway funded the rehabilitation of the hospital in Ramadi destroyed by Daesh."),
                       ("fr", "La Norvège a financé la réhabilitation de l'hôpital de Ramadi détruit par Daech.")):
        got = facts(text, lang).get("NO", set())
        assert ("line_of_effort", "stabilization") in got and ("line_of_effort", "rehabilitation_reintegration") not in got, \
            (lang, got)


def test_financing_networks_and_a_unit_that_trains_bank_staff():
    """"تبادل المعلومات بشأن … شبكات تمويلهم" (set 51): financing networks are the counter-financing
    line; "الوحدة" (the unit: a financial intelligence unit) training bank staff is no military
    line, in Arabic as in English and French."""
    for lang, text in (("ar", "اتفقت الكويت والسعودية على تبادل المعلومات بشأن شبكات التمويل الإرهابية."),
                       ("en", "Kuwait and Saudi Arabia agreed to exchange information on terrorist financing networks."),
                       ("fr", "Le Koweït et l'Arabie saoudite sont convenus d'échanger des informations sur les réseaux de "
                              "financement terroristes.")):
        assert ("line_of_effort", "counter_financing") in facts(text, lang).get("KW", set()), (lang, facts(text, lang))
    for lang, text in (("ar", "مملكة البحرين: نظمت الوحدة 12 دورة تدريبية للعاملين في البنوك لمكافحة تمويل داعش."),
                       ("en", "Bahrain: the unit organised 12 training courses for bank staff against Daesh financing."),
                       ("fr", "Bahreïn : la cellule a organisé 12 formations pour le personnel des banques contre le "
                              "financement de Daech.")):
        got = facts(text, lang).get("BH", set())
        assert ("line_of_effort", "military") not in got and ("line_of_effort", "counter_financing") in got, (lang, got)


def test_homes_and_schools_rebuilt_are_stabilisation():
    """"we have rebuilt more than a thousand homes, schools and a hospital" (set 51): a verb of
    rebuilding beside the things it rebuilds is stabilisation; not an army rebuilt."""
    for lang, text in (("en", "Poland has rebuilt more than two hundred homes and a school in Sinjar."),
                       ("fr", "La Pologne a reconstruit plus de deux cents maisons et une école à Sinjar."),
                       ("ar", "أعادت بولندا بناء أكثر من مئتي منزل ومدرسة في سنجار.")):
        assert ("line_of_effort", "stabilization") in facts(text, lang).get("PL", set()), (lang, facts(text, lang))
    assert ("line_of_effort", "stabilization") not in facts("Poland rebuilt its army after 1989.", "en").get("PL", set())


def test_a_list_or_a_contact_line_after_a_list_of_partners_is_nobodys():
    """"The list above contains all strikes …", "For more information, contact the CJTF-OIR Public
    Affairs Office." (set 53, after the release's lists of nations): a sentence about the list, or
    a line of contact, is no act of the partners listed last."""
    _credited_but_not((("en", "Italy and Spain conduct reconnaissance flights over Syria. For more information, contact "
                              "the NATO Mission Iraq press office."),
                       ("fr", "L'Italie et l'Espagne mènent des vols de reconnaissance au-dessus de la Syrie. Pour plus "
                              "d'informations, contactez le bureau de presse de la mission de l'OTAN en Irak."),
                       ("ar", "تنفذ إيطاليا وإسبانيا طلعات استطلاع فوق سوريا. للمزيد من المعلومات، يرجى التواصل مع المكتب "
                              "الإعلامي لبعثة الناتو في العراق.")),
                      "IT", ("line_of_effort", "military"), ("mission", "nato-mission-iraq"))


def test_training_non_commissioned_officers_is_military():
    """"Our Iraqi partners now train their own NCOs", "la formation de leurs sous-officiers" (set 53):
    NCOs, recruits and cadets, beside a word of training, are the military line."""
    for lang, text in (("en", "Kenya's army now trains its own NCOs at Embakasi."),
                       ("fr", "L'armée kényane assure désormais elle-même la formation de ses sous-officiers."),
                       ("ar", "أصبح الجيش الكيني يدربون ضباط الصف بأنفسهم.")):
        assert ("line_of_effort", "military") in facts(text, lang).get("KE", set()), (lang, facts(text, lang))


def test_a_stabilisation_mission_described_is_no_line_of_stabilisation():
    """"The RNLAF provided airlift support to the UN stabilisation mission in Mali (MINUSMA)" (set 56):
    a mission described as one of stabilisation is the partner's mission, not its act on that line."""
    for lang, text in (("en", "The Danish Air Force provided airlift to the UN stabilisation mission in Mali (MINUSMA)."),
                       ("fr", "L'armée de l'air danoise a assuré le transport aérien de la mission de stabilisation de "
                              "l'ONU au Mali (MINUSMA)."),
                       ("ar", "قدمت القوات الجوية الدنماركية النقل الجوي لبعثة الأمم المتحدة لتحقيق الاستقرار في مالي.")):
        got = facts(text, lang)
        assert ("line_of_effort", "stabilization") not in got.get("DK", set()), (lang, got)
        assert ("line_of_effort", "military") in got.get("DK", set()), (lang, got)


def test_movements_across_borders_are_the_foreign_fighters_line():
    """"تبادل المعلومات حول تحركات عناصر داعش عبر الحدود" (set 56, a trilateral meeting's report):
    information on Daesh members' movements across borders is the foreign fighters' line."""
    for lang, text in (("ar", "بحث وزيرا داخلية العراق ومصر تبادل المعلومات حول تحركات عناصر داعش عبر الحدود."),
                       ("en", "Iraq and Egypt agreed to exchange information on the movements of Daesh members across "
                              "borders."),
                       ("fr", "L'Irak et l'Égypte échangeront des informations sur les mouvements transfrontaliers des "
                              "membres de Daech.")):
        got = facts(text, lang)
        assert all(("line_of_effort", "foreign_terrorist_fighters") in got.get(c, set()) for c in ("IQ", "EG")), (lang, got)


def test_an_official_opening_a_story_after_its_dateline_line_is_the_datelines_states():
    """"المنامة في 10 يوليو / بنا /" on a line of its own, then "بعث … الملك … برقية" (set 57, an
    agency's story of a king's cable): the king, of no state named, is the dateline's state's; a
    council's release from a capital stays no one's (``test_a_dateline_on_its_own_line_is_not_the_storys_actor``)."""
    for lang, text, code in (("ar", "الملك يشيد بالجيش الأردني\n\nالرياض في 3 مارس / واس /\n\nأكد خادم الحرمين الشريفين الملك "
                                    "سلمان عزم المملكة على تجفيف منابع تمويل الإرهاب.", "SA"),
                             ("en", "Minister welcomes Iraqi progress\n\nOslo, 4 May 2024\n\nThe Minister of Foreign Affairs "
                                    "announced new funding to dry up the financing of terrorism.", "NO"),
                             ("fr", "Le ministre salue les progrès irakiens\n\nCopenhague, le 4 mai 2024\n\nLe ministre des "
                                    "Affaires étrangères a annoncé un financement pour tarir le financement du terrorisme.", "DK")):
        got = facts(text, lang)
        assert ("line_of_effort", "counter_financing") in got.get(code, set()), (lang, got)


def test_years_opening_a_cv_line_before_a_post_are_the_posts():
    """"2015-2016 : commandante du détachement air français en Jordanie, au titre de l'opération
    Chammal" (set 57, a general's biography): the years are the officer's post's, no end of the
    partner's part; a timeline's line of what the partner did keeps its end."""
    for lang, text in (("en", "Brigadier General J. Smith\n\n2016–2017: deputy commander of the Australian Air Task Group "
                              "under Operation Okra."),
                       ("fr", "Général J. Martin\n\n2016-2017 : commandant adjoint du groupe aérien australien dans le "
                              "cadre de l'opération Okra."),
                       ("ar", "اللواء ج. سميث\n\n2016-2017: نائب قائد المجموعة الجوية الأسترالية ضمن عملية أوكرا.")):
        got = attrs(text, lang)
        assert ("au", "operation-okra") in got and "status" not in got[("au", "operation-okra")], (lang, got)
    got = attrs("Timeline\n\n2016–2017: Australia flew strikes under Operation Okra.", "en")
    assert got.get(("au", "operation-okra"), {}).get("status") == "ended", got


def test_a_partners_warship_acts_on_the_military_line_beside_anothers():
    """"Une frégate grecque escorte le groupe aéronaval …, aux côtés d'un destroyer américain" (set 60):
    a partner's warship is its forces, on the military line; the one it sails alongside, after an
    indefinite article, its peer."""
    for lang, text in (("fr", "Une corvette belge patrouille en Méditerranée orientale, aux côtés d'une frégate américaine."),
                       ("en", "A Belgian frigate is patrolling the eastern Mediterranean alongside an American destroyer."),
                       ("ar", "تقوم فرقاطة بلجيكية بدوريات في شرق المتوسط إلى جانب مدمرة أمريكية.")):
        got = facts(text, lang).get("BE", set())
        assert ("line_of_effort", "military") in got and ("cooperation", "US") in got, (lang, got)


def test_jordans_special_operations_training_centre_is_jordan():
    """"ينظم مركز الملك عبدالله الثاني لتدريب العمليات الخاصة … دورة … لضباط من قوات مكافحة الإرهاب العراقية"
    (set 62, a course announcement): KASOTC is Jordan's own centre, training Iraqi forces on the military line."""
    for lang, text in (("ar", "نظم مركز الملك عبدالله الثاني لتدريب العمليات الخاصة دورة لعشرين ضابطاً من الجيش العراقي."),
                       ("en", "KASOTC trained twenty officers of the Iraqi army in hostage rescue.")):
        got = facts(text, lang)
        assert ("line_of_effort", "military") in got.get("JO", set()), (lang, got)


def test_germanys_federal_foreign_office_is_germany():
    """"the Government of Germany, through the Federal Foreign Office, which has funded our clearance teams"
    (set 62, a charity's donors): the Federal Foreign Office is Germany's, not the United Kingdom's
    "Foreign Office"; clearance teams are stabilisation."""
    got = facts("The Federal Foreign Office has funded our clearance teams in Sinjar since 2019.", "en")
    assert ("line_of_effort", "stabilization") in got.get("DE", set()), got
    assert "GB" not in got, got


def test_a_place_of_worship_rebuilt_is_stabilisation():
    """"تكفّلت بإعادة بناء جامع النوري ومنارة الحدباء" (set 63): a mosque, a church, a minaret rebuilt, as a
    school or a hospital is."""
    for lang, text in (("ar", "أعادت الإمارات بناء جامع النوري في الموصل."),
                       ("en", "The UAE rebuilt the al-Nuri mosque in Mosul."),
                       ("fr", "Les Émirats arabes unis ont reconstruit l'église al-Tahira à Qaraqosh.")):
        got = facts(text, lang)
        assert ("line_of_effort", "stabilization") in got.get("AE", set()), (lang, got)


def test_repairs_and_unexploded_ordnance_are_stabilisation():
    """"we have paid for the repair of water networks and health centres …, and our engineers … clear
    unexploded ordnance" (set 63, an embassy's speech): a repair of what a town needs, and unexploded
    ordnance cleared, are stabilisation."""
    for lang, text in (("en", "Denmark paid for the repair of health centres in Anbar."),
                       ("en", "Danish engineers cleared unexploded ordnance from farmland near Sinjar."),
                       ("fr", "Le Danemark a dégagé les munitions non explosées des champs autour de Sinjar."),
                       ("ar", "أزالت الدنمارك الذخائر غير المنفجرة من الأراضي الزراعية قرب سنجار.")):
        got = facts(text, lang)
        assert ("line_of_effort", "stabilization") in got.get("DK", set()), (lang, got)


def test_a_partner_after_a_verb_of_training_is_the_trained():
    """"… and our military police trained officers of the Iraqi Federal Police in Baghdad" (set 63): the
    partner whose officers a verb of training or helping governs is the trained, not a subject
    ("officers of" as "troops from" would be)."""
    for text in ("Czech instructors worked in Baghdad, and our military police trained officers of the Iraqi Federal Police.",
                 "The Czech Republic sent instructors, and its military police trained officers of the Iraqi Federal Police "
                 "in Baghdad."):
        got = facts(text, "en")
        assert "IQ" not in got and ("line_of_effort", "military") in got.get("CZ", set()), (text, got)


def test_explosive_threats_borders_and_trials_are_their_lines():
    """Set 64's vocabulary: counter-explosive threat training is stabilisation; securing borders against
    the movement of terrorist fighters is the foreign fighters' line; trying Daesh's fighters, bringing
    them to justice and investigating terrorist crimes are the legislation line."""
    for lang, text, line in (
            ("en", "Canada funds counter-explosive threat training for Jordan's army.", "stabilization"),
            ("en", "Canada helps Jordan secure their borders against the movement of terrorist fighters.",
             "foreign_terrorist_fighters"),
            ("fr", "Le Canada aidera à juger les combattants de Daech.", "legislation"),
            ("en", "Canada will help bring to justice the fighters held in Syria.", "legislation"),
            ("en", "Canada advises Jordan on the investigation of terrorist crimes.", "legislation"),
            ("ar", "تدعم كندا جهود تقديم المقاتلين إلى العدالة.", "legislation")):
        got = facts(text, lang)
        assert ("line_of_effort", line) in got.get("CA", set()), (lang, text, got)


def test_a_records_lines_are_apart_and_its_funder_named_in_its_line():
    """"**Country:** Republic of Iraq / **Financing:** Grant aid of the Government of Japan …" (set 65, a
    project completion report): a record's labelled lines stay lines in Markdown and after an HTML
    <br>, and the funder a "Financing" label's words name is the record's partner."""
    from coalition_lod.ingest import _html_to_text, _markdown_to_text

    assert _markdown_to_text("**Project:** Mosul water\n**Financing:** Japan\n\nA wrapped\nline of prose: here.\n") \
        == "Project: Mosul water\nFinancing: Japan\n\nA wrapped line of prose: here."
    assert _html_to_text("<p>Country: Iraq<br>Donor: Japan</p><p>Some\nwrapped text</p>") == "Country: Iraq\nDonor: Japan\n\nSome wrapped text"
    got = facts("Project: Water network rehabilitation in Mosul\nFinancing: Grant aid of the Government of Japan, implemented "
                "with UNDP\nOutputs: 64 km of water networks rehabilitated\n", "en")
    assert ("line_of_effort", "stabilization") in got.get("JP", set()), got


def test_frances_ministry_for_europe_and_foreign_affairs_is_france():
    """"le Centre de crise et de soutien du ministère de l'Europe et des Affaires étrangères" (set 65): the
    ministry's name since 2017, France's alone."""
    got = facts("Le ministère de l'Europe et des Affaires étrangères a financé le déminage de Sinjar.", "fr")
    assert ("line_of_effort", "stabilization") in got.get("FR", set()), got


def test_a_tag_lines_partners_are_what_it_is_about():
    """"Category: Norway; Iraq; Stabilisation" (set 70, a feed exported as text): a line of tags or
    keywords names what an item is about, no actor, as a post's hashtags do."""
    for lang, text in (("en", "Sweden funds demining in Mosul.\nTags: Iraq; Jordan; Stabilisation\n"),
                       ("fr", "La Suède finance le déminage à Mossoul.\nMots-clés : Irak ; Jordanie ; stabilisation\n"),
                       ("ar", "تموّل السويد إزالة الألغام في الموصل.\nالوسوم: العراق، الأردن، الاستقرار\n")):
        got = facts(text, lang)
        assert "IQ" not in got and "JO" not in got and "SE" in got, (lang, got)


def test_a_finance_bill_is_no_legislation_and_standing_with_a_partner_no_peer():
    """"PROJET DE LOI DE FINANCES POUR 2020" (set 70, a budget opinion's title) is no law against
    terrorism; "وقوف مملكة البحرين إلى جانب جمهورية مصر العربية" (a cable of condolence), its subject
    between the verb of standing and "with", is solidarity, no peer."""
    for lang, text in (("fr", "PROJET DE LOI DE FINANCES POUR 2021\n\nLa Belgique finance le déminage en Irak."),
                       ("en", "SUPPLEMENTARY APPROPRIATION BILL 2021\n\nBelgium funds demining in Iraq.")):
        got = facts(text, lang)
        assert ("line_of_effort", "legislation") not in got.get("BE", set()), (lang, got)
    for lang, text in (("ar", "أكد الملك وقوف المملكة الأردنية الهاشمية إلى جانب تونس في مواجهة الإرهاب."),
                       ("en", "The king said Jordan stands firmly with Tunisia in the face of terrorism.")):
        got = facts(text, lang)
        assert ("cooperation", "TN") not in got.get("JO", set()), (lang, got)


def test_trials_of_those_suspected_of_belonging_to_daesh_are_the_foreign_fighters_line():
    """"حاكمت المحاكم العراقية … المشتبه بانتمائهم إلى تنظيم داعش" (set 71, a rights report): membership
    of Daesh, in Arabic's possessive forms too, is the foreign fighters' line, as "belonging to Daesh" is;
    "نفذ" a resolution implements it."""
    got = facts("حاكم القضاء الأردني عشرات المتهمين بانتمائهم إلى تنظيم داعش.", "ar")
    assert {("line_of_effort", "foreign_terrorist_fighters"), ("line_of_effort", "legislation")} <= got.get("JO", set()), got
    got = attrs("نفذ المغرب القرار 2178 في قانونه الجنائي.", "ar", "resolution")
    assert got.get(("ma", ("UNSC", "2178")), {}).get("relation") == "implements", got


def test_an_events_location_line_names_no_actor():
    """"LOCATION: Paris, France" (set 72, a calendar exported as text): an event's place, no actor; the
    description after it is the partner's the text was about."""
    for lang, text in (("en", "EVENT\nSUMMARY: Minister meets counterpart\nLOCATION: Amman, Jordan\nDESCRIPTION: Norway and "
                              "Iraq sign a memorandum on stabilisation.\n"),
                       ("fr", "ÉVÉNEMENT\nObjet : Entretien du ministre\nLieu : Amman, Jordanie\nDescription : La Norvège et "
                              "l'Irak signent un mémorandum sur la stabilisation.\n")):
        got = facts(text, lang)
        assert "JO" not in got and ("cooperation", "IQ") in got.get("NO", set()), (lang, got)


def test_a_tanker_refuelling_is_the_military_line():
    """"Canada's CC-150 tanker refuelled us a few times" (set 72, a forum thread)."""
    for lang, text in (("en", "Italy's KC-767 tanker refuelled coalition jets over Syria."),
                       ("fr", "L'avion ravitailleur italien a ravitaillé en vol les chasseurs de la coalition.")):
        assert ("line_of_effort", "military") in facts(text, lang).get("IT", set()), lang


def test_supporting_a_resolutions_implementation_fully_supports_it_and_risk_education_is_stabilisation():
    """"Mon pays soutient pleinement la mise en œuvre de la résolution 2396" (set 73, a Security Council
    record): supports, as "supports the full implementation" does; "éducation aux risques dans les
    écoles" (a demining NGO's donors) is stabilisation, as mine risk education is."""
    got = attrs("Le Maroc soutient pleinement la mise en œuvre de la résolution 2178.", "fr", "resolution")
    assert got.get(("ma", ("UNSC", "2178")), {}).get("relation") == "supports", got
    for lang, text in (("fr", "La Norvège finance l'éducation aux risques dans les villages de Ninive."),
                       ("en", "Norway funds risk education in the villages of Nineveh.")):
        assert ("line_of_effort", "stabilization") in facts(text, lang).get("NO", set()), lang


def test_prosecution_before_national_courts_is_the_legislation_line():
    """Set 77: "poursuivre devant nos juridictions nationales les combattants terroristes étrangers" is the
    legislation line, as "juger" and "traduire en justice" are."""
    got = facts("La Suède poursuit devant ses juridictions nationales les combattants de Daech revenus de Syrie.", "fr")
    assert ("line_of_effort", "legislation") in got.get("SE", set()), got


def test_a_law_brought_into_conformity_with_a_resolution_implements_it():
    """Set 78 (a council of ministers' communiqué): a bill that "met le dispositif national en conformité avec …
    la résolution 2462" gives effect to it, as "conformément à" does; "in conformity with" likewise."""
    for lang, text in (("fr", "Le Maroc a adopté une loi qui met sa législation en conformité avec la résolution 2462."),
                       ("en", "Morocco passed a law in conformity with resolution 2462.")):
        got = attrs(text, lang, "resolution")
        assert got.get(("ma", ("UNSC", "2462")), {}).get("relation") == "implements", (lang, got)


def test_an_outline_labelled_heading_names_no_line_of_effort():
    """Set 78: a communiqué's agenda and section headings ("B/ Communications.", "II. Stabilisation") are no acts
    of the partner carried to them."""
    got = facts("Le Gouvernement du Maroc a adopté deux textes.\n\nB/ Communications.\n\nII. Stabilisation\n", "fr")
    assert not {o for k, o in got.get("MA", set()) if k == "line_of_effort"} & {"counter_messaging", "stabilization"}, got


def test_securing_borders_as_a_noun_is_the_foreign_fighters_line():
    """Set 80 (a profile in French): "la sécurisation des frontières" is the foreign fighters' line, as
    "sécuriser les frontières" is."""
    got = facts("Le Niger a renforcé la sécurisation des frontières avec la Libye.", "fr")
    assert ("line_of_effort", "foreign_terrorist_fighters") in got.get("NE", set()), got


def test_an_interview_titled_after_a_quoted_line_is_its_speakers():
    """Set 81 (a magazine's interview): '"Our door stays open": an interview with the Danish foreign minister' — the
    words of an interview come after a quoted line and a colon; its "we" is the partner named from them on, not one
    the quoted line names."""
    _credited_not_other((("en", "\"Syria will not be forgotten\": an interview with the Danish foreign minister\n\nQ: What "
                                "do you do?\n\nA: We fund demining in Raqqa.\n"),
                         ("fr", "« La Syrie ne sera pas oubliée » : entretien avec le ministre danois des Affaires "
                                "étrangères\n\nQ : Que faites-vous ?\n\nR : Nous finançons le déminage à Raqqa.\n")),
                        "DK", ("line_of_effort", "stabilization"), "SY")


def test_judges_are_the_legislation_line():
    """Set 81: "had brought their mothers before French judges", "devant des juges", "أمام القضاة" — judges try: the
    legislation line."""
    for lang, text in (("en", "Belgium repatriated ten women and brought them before Belgian judges."),
                       ("fr", "La Belgique a rapatrié dix femmes et les a présentées à des juges belges."),
                       ("ar", "أعادت بلجيكا عشر نساء وقدمتهن إلى القضاة.")):
        got = facts(text, lang)
        assert ("line_of_effort", "legislation") in got.get("BE", set()), (lang, got)


def test_prosecuting_judicially_is_the_legislation_line():
    """Set 83: "ملاحقة داعميه قضائياً" (prosecuting its backers judicially) — the legislation line."""
    got = facts("تواصل البحرين ملاحقة داعمي تنظيم داعش قضائياً.", "ar")
    assert ("line_of_effort", "legislation") in got.get("BH", set()), got


def test_had_charged_is_the_legislation_line():
    """Set 83: "the Department of Justice had charged two of them with providing material support to ISIS"."""
    got = facts("The US Department of Justice had charged two of them.", "en")
    assert ("line_of_effort", "legislation") in got.get("US", set()), got


def test_defusing_ieds_is_stabilisation():
    """Set 85 (a news site's story in Arabic): "تفكيك العبوات الناسفة", "إبطال العبوات الناسفة" — defusing improvised
    explosive devices is the stabilisation line, as "counter-IED" is."""
    got = facts("تدرب ألمانيا قوات البيشمركة على تفكيك العبوات الناسفة.", "ar")
    assert ("line_of_effort", "stabilization") in got.get("DE", set()), got


def test_terrorists_crossing_a_border_are_the_foreign_fighters_line():
    """Set 87: "Kenya and Somalia agreed to share information on suspected terrorists crossing their common border",
    travellers screened at ports of entry: the foreign terrorist fighters' line."""
    _credits((("en", "Chad and Niger agreed to exchange data on militants crossing their borders."),
              ("fr", "Le Tchad et le Niger échangent des données sur les combattants franchissant la frontière."),
              ("ar", "يتبادل تشاد والنيجر المعلومات عن العناصر التي تحاول عبور الحدود.")),
             ("TD", "NE"), ("line_of_effort", "foreign_terrorist_fighters"))
    _credits((("en", "Georgian officers screen travellers at ports of entry."),), ("GE",),
             ("line_of_effort", "foreign_terrorist_fighters"))


def test_detachments_that_alternate_are_the_military_line():
    """Set 87 (a defence white paper): "La Belgique et les Pays-Bas ont alterné leurs détachements aériens en Jordanie"
    — detachments a partner alternates with another are its military contribution, as those it deploys are."""
    _credits((("en", "Denmark and Norway alternate their transport detachments in Kuwait every six months."),
              ("fr", "Le Danemark et la Norvège alternent leurs détachements de transport au Koweït."),
              ("ar", "تتناوب الدنمارك والنرويج على وحدات النقل الجوي في الكويت.")),
             ("DK", "NO"), ("line_of_effort", "military"))


def test_a_threat_to_a_regions_stability_is_no_stabilisation():
    """Set 87 (a treaty's preamble): "الخطر الذي يشكله تنظيم داعش الإرهابي على أمن البلدين واستقرار المنطقة" — the
    stability of a region, of a country, that a threat endangers or a state protects, is no stabilisation effort;
    support for stabilisation still is."""
    _not_credited((("ar", "وحذرت قطر من أن الإرهاب يهدد استقرار المنطقة."),
                   ("ar", "وتدرك قطر الخطر الذي يشكله تنظيم داعش على أمن المنطقة واستقرارها.")),
                  "QA", ("line_of_effort", "stabilization"))
    _credits((("ar", "وتدعم قطر جهود الاستقرار في المناطق المحررة."),), ("QA",), ("line_of_effort", "stabilization"))


def test_neutralising_fighters_and_destroying_positions_are_the_military_line():
    """Set 89 (a news channel's ticker): "وزارة الدفاع التركية: تحييد 5 إرهابيين من تنظيم داعش في عملية شمالي سوريا",
    "الجيش اللبناني يدمر مواقع لتنظيم داعش" — neutralising the group's fighters and destroying its positions are the
    military line; an operation "شمالي سوريا" is one in northern Syria, no act of Syria's that takes the clause from
    the ministry."""
    got = facts("عاجل | الجيش الأردني: تحييد 4 مسلحين من داعش في البادية", "ar")
    assert ("line_of_effort", "military") in got.get("JO", set()), got
    got = facts("وزارة الدفاع التركية: تحييد 3 إرهابيين من تنظيم داعش في عملية شمالي سوريا", "ar")
    assert ("line_of_effort", "military") in got.get("TR", set()), got
    for lang, text in (("en", "The Lebanese army destroyed Daesh positions in the Qalamoun heights."),
                       ("fr", "L'armée libanaise a détruit des positions de Daech dans le Qalamoun."),
                       ("ar", "دمر الجيش اللبناني مواقع لتنظيم داعش في جرود القلمون.")):
        got = facts(text, lang)
        assert ("line_of_effort", "military") in got.get("LB", set()), (lang, got)


def test_a_terrorist_list_is_the_counter_financing_line_and_a_designation_its_makers_act():
    """Set 89: "الخارجية السعودية ترحب بتصنيف الولايات المتحدة قياديين اثنين في تنظيم داعش على قائمة الإرهاب" — a
    terrorist or sanctions list is the counter-financing line, and a designation welcomed is its maker's act, not
    the welcomer's."""
    for lang, text in (("en", "Qatar welcomed the British designation of three ISIS facilitators on its terrorist list."),
                       ("fr", "Le Qatar a salué la désignation britannique de trois passeurs de Daech sur la liste des "
                              "organisations terroristes."),
                       ("ar", "رحبت قطر بتصنيف المملكة المتحدة ثلاثة وسطاء لتنظيم داعش على قائمة الإرهاب.")):
        got = facts(text, lang)
        assert ("line_of_effort", "counter_financing") in got.get("GB", set()), (lang, got)
        assert ("line_of_effort", "counter_financing") not in got.get("QA", set()), (lang, got)


def test_an_extradition_is_the_foreign_fighters_line():
    """Set 91: "تسلمها سبعة مطلوبين من عناصر تنظيم داعش" — handing over or extraditing the group's wanted men is the
    foreign fighters' line, as deporting them is."""
    _credits((("en", "Kuwait extradited three Daesh suspects to Iraq."),
              ("fr", "Le Koweït a extradé trois suspects de Daech vers l'Irak."),
              ("ar", "أعلنت الكويت تسلمها ثلاثة مطلوبين من عناصر داعش من السلطات التركية.")),
             ("KW",), ("line_of_effort", "foreign_terrorist_fighters"))


def test_a_non_military_contribution_is_no_military_line():
    """From the stop's wheel trial (a parliament's written answer in Markdown): "contributing in a non-military
    capacity consistent with our policy of military neutrality" — "military" there says what the partner does not
    do."""
    _not_credited((("en", "Italy trains police. Ireland has been a member of the Coalition since 2015, contributing in a "
                          "non-military capacity consistent with its policy of military neutrality."),
                   ("fr", "L'Italie forme la police. L'Irlande est membre de la Coalition depuis 2015 et y contribue de "
                          "manière non militaire, fidèle à sa neutralité militaire."),
                   ("ar", "تدرب إيطاليا الشرطة. وتشارك أيرلندا في التحالف منذ عام 2015 بصورة غير عسكرية التزاماً بسياسة "
                          "الحياد العسكري.")),
                  "IE", ("line_of_effort", "military"))


def test_the_sanctions_monitoring_team_is_a_body():
    """Set 93 (a UN monitoring team's report): "Thirty-fourth report of the Analytical Support and Sanctions Monitoring
    Team (extract)" — the team's name is a body's, its "Sanctions" no counter-financing act of the partner the report
    is about."""
    _not_credited((("en", "Thirty-fifth report of the Analytical Support and Sanctions Monitoring Team (extract)\n\nA. Iraq"
                          "\n\n1. Iraqi security forces continued clearance operations in Kirkuk.\n\n2. The Iraqi "
                          "authorities reported that thousands of Iraqi nationals had been returned from the al-Hol "
                          "camp.\n"),),
                  "IQ", ("line_of_effort", "counter_financing"))


def test_flying_missions_is_the_military_line():
    """Set 94 (a senator's floor speech): "The United Kingdom still flies missions over Syria" — flying missions, in the
    present too, is the military line."""
    _credits((("en", "Italy trains police. The United Kingdom still flies missions over Syria."),), ("GB",),
             ("line_of_effort", "military"))


def test_travelling_abroad_to_join_a_terrorist_group_is_the_foreign_fighters_line():
    """Set 96 (a government's travel advice page): "Travelling abroad to take part in the activities of a terrorist
    group is a criminal offence in Canada" — travelling abroad, in any form of the verb, is the foreign fighters'
    line."""
    _credits((("en", "Australia trains police. Travelling abroad to fight for a terrorist group is an offence under "
                     "Australian law, and Australia prosecutes those who do."),
              ("fr", "L'Australie forme la police. Partir à l'étranger pour combattre dans les rangs d'un groupe "
                     "terroriste est un délit en droit australien, et l'Australie poursuit ceux qui le font.")),
             ("AU",), ("line_of_effort", "foreign_terrorist_fighters"))


def test_travel_to_conflict_zones_is_the_foreign_fighters_line():
    """Set 98 (a ministry's circular to preachers): "وتحذير الشباب من الانسياق وراء دعوات السفر إلى مناطق النزاع" —
    travel to conflict zones is the foreign fighters' line."""
    _credits((("ar", "تطلق سلطنة عمان حملة توعية في المدارس، وتحذر الطلاب من السفر إلى مناطق الصراع."),
              ("en", "Oman runs an awareness campaign in schools and warns pupils against travelling to conflict "
                     "zones.")),
             ("OM",), ("line_of_effort", "foreign_terrorist_fighters"))


def test_travelling_to_join_armed_groups_is_the_foreign_fighters_line():
    """Set 100 (a fatwa house's answer): "ما حكم السفر للانضمام إلى الجماعات المسلحة …" — travelling to join them is
    the foreign fighters' line, in the three languages."""
    _credits((("ar", "تحذر وزارة الأوقاف الأردنية الشباب من السفر للانضمام إلى الجماعات المسلحة."),
              ("en", "Jordan's ministry of religious affairs warns young people against travelling to join armed "
                     "groups."),
              ("fr", "Le ministère jordanien des affaires religieuses met en garde les jeunes contre le fait de partir "
                     "pour rejoindre des groupes armés.")),
             ("JO",), ("line_of_effort", "foreign_terrorist_fighters"))


def test_daesh_remnants_pursued_are_the_military_line():
    """Set 102 (a think tank's event recap): "the work of his country's security forces against Daesh remnants in
    the Hamrin mountains" — Daesh's remnants, "les restes de Daech", are what military operations pursue."""
    _credits((("en", "Syria's neighbour Jordan keeps its army on alert, and Jordanian units struck Daesh remnants near "
                     "the border."),
              ("fr", "Les unités jordaniennes ont frappé des restes de Daech près de la frontière.")),
             ("JO",), ("line_of_effort", "military"))


def test_officials_of_a_list_who_sign_together_are_peers_and_the_flow_of_funds_is_counter_financing():
    """Set 110 (an "on this day" column): "the foreign ministers of Saudi Arabia, Jordan, Egypt, Iraq and the United
    States sign a communiqué committing to stop the flow of foreign fighters and funds to ISIL" — signing, in the
    present of a chronology as in the past, is done together; stopping the flow of funds to Daesh is the
    counter-financing line."""
    for lang, text in (("en", "The interior ministers of Morocco, Spain and Portugal sign a declaration to stop the flow "
                              "of funds to Daesh."),
                       ("fr", "Les ministres de l'Intérieur du Maroc, de l'Espagne et du Portugal signent une déclaration "
                              "pour arrêter les flux financiers vers Daech."),
                       ("ar", "يوقع وزراء داخلية المغرب وإسبانيا والبرتغال إعلاناً لوقف تدفق الأموال إلى داعش.")):
        got = facts(text, lang)
        for code, others in (("MA", {"ES", "PT"}), ("ES", {"MA", "PT"}), ("PT", {"MA", "ES"})):
            assert {("cooperation", o) for o in others} <= got.get(code, set()), (lang, got)
            assert ("line_of_effort", "counter_financing") in got[code], (lang, got)


def test_commanding_the_coalitions_land_component_is_military():
    """Set 110 (an "on this day" column): "France hands command of the Coalition's land component in Iraq to the
    United States" — the Coalition's land or maritime component, like its air component, is a military part."""
    for lang, text in (("en", "In 2019 Italy commanded the Coalition's land component in Baghdad."),
                       ("fr", "En 2019, l'Italie commandait la composante terrestre de la coalition à Bagdad."),
                       ("ar", "قادت إيطاليا في عام 2019 المكون البري للتحالف في بغداد.")):
        got = facts(text, lang)
        assert ("line_of_effort", "military") in got.get("IT", set()), (lang, got)


def test_driving_daesh_out_is_military():
    """Set 112 (an embassy's newsletter): "… la frontière nord-est, où l'armée libanaise a chassé les combattants de
    Daech en 2017" — driving Daesh's fighters out of a place is a military act."""
    for lang, text in (("en", "In 2016 the Jordanian army drove ISIS out of the border area."),
                       ("fr", "En 2016, l'armée jordanienne a chassé les combattants de Daech de la zone frontalière.")):
        got = facts(text, lang)
        assert ("line_of_effort", "military") in got.get("JO", set()), (lang, got)


def test_children_in_the_custody_of_the_sdf_are_no_military_act():
    """Set 114 (a petition): "… dans les camps d'Al-Hol et de Roj, sous la garde des Forces démocratiques syriennes" —
    the SDF guarding the camps is no military act of the partner the text is about."""
    got = facts("La Belgique a rapatrié dix enfants en 2023. D'autres enfants belges vivent encore dans le camp de Roj, "
                "sous la garde des Forces démocratiques syriennes.", "fr")
    assert ("line_of_effort", "military") not in got.get("BE", set()), got


def test_its_rehabilitation_after_a_thing_built_is_stabilisation():
    """Set 117 (a municipality's statement): "حديقة الشهداء …، بعد إعادة تأهيلها بتمويل من دولة الإمارات" — the
    rehabilitation of a thing built named before it, by its pronoun ("تأهيلها", its rehabilitation), is stabilisation,
    as "the rehabilitation of two schools" is; families "لإعادة دمجها" stay people."""
    got = facts("موّلت ألمانيا مدرسة في الموصل، وقد تمت إعادة تأهيلها بالكامل.", "ar")
    assert got.get("DE", set()) >= {("line_of_effort", "stabilization")}, got
    assert ("line_of_effort", "rehabilitation_reintegration") not in got["DE"], got


def test_what_a_recited_resolution_is_about_is_no_line_of_the_body_citing_it():
    """Set 118 (an Arab League resolution): "- وإذ يشير إلى قرار مجلس الأمن رقم 2253 بشأن تجفيف مصادر تمويل تنظيم داعش،" —
    a recital citing a resolution ("Having regard to …") tells what the resolution is about, no line of effort of the
    body citing it nor of the partner the text goes on about."""
    for lang, text in (("ar", "إن مجلس وزراء الداخلية العرب،\n\n- وإذ يشير إلى قرار مجلس الأمن رقم 2253 بشأن تجفيف مصادر تمويل "
                              "تنظيم داعش،\n\nيقرر الترحيب بجهود الأردن في تأمين حدوده."),
                       ("en", "The Council of the League of Arab States,\n\n- Having regard to Security Council resolution "
                              "2253 on cutting off the financing of Daesh,\n\nDecides to welcome the efforts of Jordan to "
                              "secure its borders.")):
        got = facts(text, lang)
        assert not any(f == ("line_of_effort", "counter_financing") for fs in got.values() for f in fs), (lang, got)


def test_the_prevention_and_suppression_of_an_offence_is_no_prevention_of_extremism():
    """Set 118 (the Council of State's opinion): "un projet de loi renforçant la prévention et la répression du séjour
    sur un théâtre d'opérations de groupements terroristes" — the prevention and suppression of an offence is
    criminal law, not the line of preventing violent extremism."""
    for lang, text in (("fr", "La Belgique a adopté une loi renforçant la prévention et la répression des actes de "
                              "terrorisme."),
                       ("en", "Jordan adopted a law on the prevention and suppression of terrorist acts.")):
        got = facts(text, lang)
        assert not any(f == ("line_of_effort", "prevention_cve") for fs in got.values() for f in fs), (lang, got)
        assert any(f == ("line_of_effort", "legislation") for fs in got.values() for f in fs), (lang, got)


def test_training_border_regiments_against_infiltrators_is_military_and_border_security():
    """Set 122 (a graduation's script): "ونشكر المملكة المتحدة على دعمها المتواصل في تدريب أفواج الحدود … لحماية حدودنا …
    من تسلل عناصر داعش" — training a partner's border regiments or guards is military, and guarding borders against
    Daesh's infiltrators is the foreign fighters' line."""
    for lang, text in (("ar", "ونشكر ألمانيا على دعمها المتواصل في تدريب أفواج الحدود لحماية حدودنا من تسلل عناصر داعش."),
                       ("en", "Germany trains Jordan's border guards to stop the infiltration of Daesh fighters.")):
        got = facts(text, lang)
        assert {("line_of_effort", "military"), ("line_of_effort", "foreign_terrorist_fighters")} <= got.get("DE", set()), \
            (lang, got)


def test_an_air_participation_is_military():
    """Set 123 (a sports news item): "فيما أنهت بلجيكا مشاركتها الجوية في عام 2022" — a partner's air participation, as its
    air contribution, is the military line."""
    for lang, text in (("ar", "وأنهت الدنمارك مشاركتها الجوية في عام 2023."),
                       ("fr", "Le Danemark a mis fin à sa participation aérienne en 2023.")):
        got = facts(text, lang)
        assert ("line_of_effort", "military") in got.get("DK", set()), (lang, got)


def test_an_airport_rebuilt_is_stabilisation_and_what_happened_during_the_fighting_no_military_act():
    """Set 125 (an airline's press release): "وكان المطار قد دُمّر بالكامل خلال المعارك مع تنظيم داعش عام 2017، وأعيد تأهيل
    مدرجه ومبنى الركاب فيه بتمويل من ألمانيا وهولندا" — an airport, its runway or terminal rebuilt is stabilisation, no
    rehabilitation of people; what was destroyed "during the fighting" dates it, no military act of the funders."""
    for lang, text in (("ar", "وكان الجسر قد دُمّر خلال المعارك مع تنظيم داعش، وأعيد تأهيل مطار الموصل بتمويل من السويد."),
                       ("en", "The runway of Mosul airport was rebuilt with funding from Sweden.")):
        got = facts(text, lang)
        assert ("line_of_effort", "stabilization") in got.get("SE", set()), (lang, got)
        assert not {("line_of_effort", "military"), ("line_of_effort", "rehabilitation_reintegration")} & got.get("SE", set()), \
            (lang, got)


def test_officers_trained_are_a_military_act_and_police_officers_none():
    """Set 125: training a partner's officers is military, as training its soldiers is ("Norway trains Iraqi officers",
    "forme des officiers irakiens"); police officers trained in clearing explosives are not soldiers (the dev corpus's
    Japan, a non-military partner)."""
    for lang, text in (("en", "Norway trains Iraqi officers at Al Asad."), ("fr", "La Norvège forme des officiers irakiens.")):
        assert ("line_of_effort", "military") in facts(text, lang).get("NO", set()), (lang, text)
    got = facts("Korean-funded projects have trained Iraqi police officers in the clearance of explosive devices.", "en")
    assert ("line_of_effort", "military") not in got.get("KR", set()), got


def test_bomb_disposal_is_stabilisation_and_a_dated_apposition_no_name():
    """Set 128 (a service club's minutes): "trained Kurdish Peshmerga units in marksmanship and bomb disposal" — bomb
    disposal, as counter-IED work, is stabilisation; "Minutes of the weekly meeting, Tuesday 14 October 2025" — a
    date set after a head by a comma is no initiative's name."""
    assert ("line_of_effort", "stabilization") in facts("Sweden trained Iraqi engineers in bomb disposal.", "en").get("SE", set())
    got = attrs("Sweden attended the monthly meeting, Friday 3 May 2024, on Iraq.", "en", "initiative")
    assert not any(k[1].startswith("new:") for k in got), got


def test_forged_passports_detected_are_no_law_and_lands_freed_no_stabilisation():
    """Set 132 (foreign ministries' pages): "Japan also trains Iraqi border officials to detect forged passports used by
    foreign terrorist fighters" — forged passports are the foreign fighters' line, no act on the law as passports
    revoked are; "وقد تحررت جميع أراضيه من سيطرة التنظيم عام 2017" — a country's lands freed is no stabilisation (as
    "liberated" is none in English or French: the areas liberated are where stabilisation happens)."""
    for lang, text in (("en", "Korea trains Iraqi border officials to detect forged passports used by foreign terrorist "
                              "fighters."),
                       ("fr", "La Corée forme des agents irakiens à détecter les faux passeports des combattants "
                              "terroristes étrangers."),
                       ("ar", "تدرب جمهورية كوريا موظفي الحدود العراقيين على كشف جوازات السفر المزورة التي يستخدمها "
                              "المقاتلون الإرهابيون الأجانب.")):
        got = facts(text, lang).get("KR", set())
        assert ("line_of_effort", "foreign_terrorist_fighters") in got and ("line_of_effort", "legislation") not in got, \
            (lang, got)
    got = facts("سوريا ليست عضوا. والعراق عضو في التحالف، وقد تحررت جميع أراضيه من سيطرة التنظيم عام 2017.", "ar")
    assert ("line_of_effort", "stabilization") not in got.get("IQ", set()), got


def test_retaking_a_city_is_the_military_line_and_areas_retaken_are_not():
    """Set 133 (a regiment's history): "les forces irakiennes qui reprennent la ville" — forces retaking or recapturing
    a place act on the military line; money spent "in areas retaken from ISIL" is no such act."""
    for lang, text, code in (("en", "In 2017 Iraq recaptured Tal Afar from Daesh.", "IQ"),
                             ("fr", "En 2017, l'Irak a entrepris la reconquête de Tal Afar.", "IQ"),
                             ("ar", "أكمل العراق في عام 2017 استعادة السيطرة على تلعفر.", "IQ")):
        assert ("line_of_effort", "military") in facts(text, lang).get(code, set()), (lang, text)
    for lang, text in (("en", "Sweden funds the clearance of schools in areas recaptured from Daesh."),
                       ("fr", "La Suède finance le déminage des écoles dans les zones reconquises sur Daech.")):
        assert ("line_of_effort", "military") not in facts(text, lang).get("SE", set()), (lang, text)


def test_an_aerobatic_display_is_no_military_act():
    """Set 133 (an airshow's programme): "Royal Jordanian Falcons — Four Extra 330 aerobatic aircraft in close
    formation" — a partner's aerobatic team and its aircraft state no act on the military line."""
    for lang, text in (("en", "Morocco's Marche Verte team flies eight aerobatic aircraft at the show."),
                       ("fr", "La Marche Verte marocaine présente huit avions de voltige au meeting."),
                       ("ar", "يقدم الفريق الاستعراضي المغربي عروضاً بثماني طائرات استعراضية.")):
        assert ("line_of_effort", "military") not in facts(text, lang).get("MA", set()), (lang, text)


def test_to_qualify_officers_is_training_not_rehabilitation():
    """"تهدف الدورة إلى تأهيل ثلاثين ضابطاً عراقياً" (set 152): an Arabic "تأهيل" of a count of officers is their
    training (military), no rehabilitation; "إعادة تأهيل الجنود الأطفال" (child soldiers) is rehabilitation."""
    got = facts("تنظم الأردن دورة تهدف إلى تأهيل خمسين طياراً عراقياً ضد داعش.", "ar")
    assert ("line_of_effort", "rehabilitation_reintegration") not in got.get("JO", set()), got
    assert ("line_of_effort", "military") in got.get("JO", set()), got
    got = facts("تمول الدنمارك إعادة تأهيل الجنود الأطفال السابقين في العراق.", "ar")
    assert ("line_of_effort", "rehabilitation_reintegration") in got.get("DK", set()), got


def test_the_forces_trainers_work_with_receive_no_peer():
    """"ADF trainers have worked with the Iraqi Security Forces" (set 154, a mint's coin page): the forces trainers work
    with are those they train, who receive; no peer of the trainers' partner."""
    _not_credited([("en", "Since 2015, Spanish instructors have worked with the Iraqi Army at Besmaya."),
                   ("fr", "Depuis 2015, les instructeurs espagnols travaillent avec l'armée irakienne à Besmaya."),
                   ("ar", "منذ عام 2015 يعمل المدربون الإسبان مع الجيش العراقي في معسكر بسماية.")], "ES", ("cooperation", "IQ"))
    _credits([("en", "Since 2015, Spain has worked with Italy at Besmaya to train the Iraqi Army against Daesh.")], ("ES",),
             ("cooperation", "IT"))


def test_a_works_title_in_quotation_marks_is_no_line_of_effort():
    """"Présentation de livre : « Mossoul, la reconstruction »" (set 161, a think tank's events, after an item on Denmark):
    a book's, film's or exhibition's title says no act of the partner the text carries."""
    for lang, text in (
            ("fr", "Le Danemark commande la mission de l'OTAN en Irak.\nMercredi 25 mars — Présentation de livre : « Mossoul, "
                   "la reconstruction »"),
            ("en", "Denmark commands NATO Mission Iraq.\nWednesday 25 March — screening of the documentary “Rebuilding Mosul”"),
            ("ar", "تقود الدنمارك بعثة حلف الناتو في العراق.\nالأربعاء ٢٥ آذار — عرض فيلم «إعادة إعمار الموصل»")):
        got = facts(text, lang)
        assert ("line_of_effort", "stabilization") not in got.get("DK", set()), (lang, got)
        assert ("line_of_effort", "military") in got.get("DK", set()), (lang, got)


def test_a_library_rebuilt_is_stabilisation():
    """"وجرت إعادة بناء المكتبة بتمويل من دولة الإمارات العربية المتحدة" (set 163, a library's reopening after Daesh burned
    it): a library rebuilt is a thing built again, stabilisation, as a school or a hospital is."""
    _credits([("en", "The library of Mosul University, burned by Daesh, was rebuilt with funding from Germany."),
              ("fr", "La bibliothèque de l'université de Mossoul, brûlée par Daech, a été reconstruite grâce à un financement de l'Allemagne."),
              ("ar", "وجرت إعادة بناء مكتبة جامعة الموصل التي أحرقها داعش بتمويل من ألمانيا.")], ("DE",),
             ("line_of_effort", "stabilization"))


def test_pursuing_daeshs_remnants_is_the_military_line():
    """"وتؤكد الأمانة العامة دعمها لجهود الحكومة العراقية في ملاحقة فلول التنظيم" (the wheel trial of stop 60, the Arab League's
    statement): hunting down Daesh's remnants, cells or members is a military act; confronting its remnants by sharing
    intelligence (set 77) is not said here."""
    for text, code in (("وتواصل الأجهزة الأمنية العراقية ملاحقة عناصر داعش في صحراء الأنبار.", "IQ"),
                       ("وتواصل القوات الأردنية ملاحقة فلول التنظيم الإرهابي على الحدود مع سوريا.", "JO")):
        assert ("line_of_effort", "military") in facts(text, "ar").get(code, set()), text


def test_trainers_supervising_a_course_give_it():
    """"… بعد دورة استمرت ثمانية أسابيع بإشراف مدربين أستراليين" (set 166, a police graduation): the partner whose trainers
    supervise a course gives it (military); "under the supervision of", "encadré par" are agents' cues."""
    for lang, text in (
            ("ar", "تخرجت الدفعة الخامسة من شرطة الحدود العراقية بعد دورة استمرت ستة أسابيع بإشراف مدربين إسبان لمواجهة داعش."),
            ("en", "The fifth class of Iraqi border police graduated after a six-week training course under the supervision of "
                   "Spanish trainers, to counter Daesh.")):
        got = facts(text, lang)
        assert ("line_of_effort", "military") in got.get("ES", set()), (lang, got)


def test_sanctions_under_a_resolution_implement_it():
    """"… she coordinates Australia's sanctions listings of Daesh financiers under UN Security Council resolution 2253"
    (set 168, an alumni magazine's class notes): what a partner does under a resolution implements it, as "بموجب" and
    "en vertu de" already read."""
    for lang, text in (
            ("en", "Norway froze the assets of four Daesh financiers under Security Council resolution 2253 last year."),
            ("fr", "La Norvège a gelé les avoirs de quatre financiers de Daech en vertu de la résolution 2253 du Conseil de "
                   "sécurité."),
            ("ar", "جمدت النرويج أصول أربعة من ممولي داعش بموجب قرار مجلس الأمن 2253.")):
        got = attrs(text, lang, "resolution")
        assert got.get(("no", ("UNSC", "2253")), {}).get("relation") == "implements", (lang, got)


def test_monitoring_border_crossings_is_the_foreign_fighters_line():
    """"… وتحديث أنظمة مراقبة المنافذ الحدودية" (set 169, a budget's explanatory note): a partner's monitoring of its border
    crossings is border security, read as the foreign terrorist fighters' line."""
    for lang, text in (
            ("ar", "حدّث لبنان أنظمة مراقبة المعابر الحدودية مع سوريا لمنع تسلل عناصر التنظيم."),
            ("en", "Lebanon has modernised the monitoring of its border crossings with Syria."),
            ("fr", "Le Liban a modernisé la surveillance de ses postes-frontières avec la Syrie.")):
        assert ("line_of_effort", "foreign_terrorist_fighters") in facts(text, lang).get("LB", set()), lang


def test_securing_detention_facilities_holding_fighters_is_the_foreign_fighters_line():
    """"The FCDO … supports the security of detention facilities holding Daesh fighters" (set 170, a committee's agenda):
    a partner's support of the facilities that hold Daesh's fighters is the foreign terrorist fighters' line."""
    for lang, text in (
            ("en", "Denmark funds the guarding of detention centres where Daesh fighters are held in north-east Syria."),
            ("fr", "Le Danemark finance la sécurisation des centres de détention où sont détenus des combattants de Daech."),
            ("ar", "تمول الدنمارك تأمين مراكز الاحتجاز التي تضم مقاتلي داعش في شمال شرق سوريا.")):
        assert ("line_of_effort", "foreign_terrorist_fighters") in facts(text, lang).get("DK", set()), lang


def test_naval_exercises_and_patrols_are_the_military_line():
    """"… بسبب تمرين بحري مشترك لمكافحة الإرهاب … تجريه قوة دفاع البحرين مع البحرية الملكية البريطانية" (set 171, a
    fishermen's association's warning): a naval exercise or naval patrols against terrorism are military; not joint
    patrols near a border crossing (set 57: border security, the foreign fighters' line)."""
    for lang, text in (
            ("ar", "أجرت القوة البحرية الكويتية تمرينا بحريا مع البحرية الفرنسية لمكافحة الإرهاب."),
            ("en", "Kuwait's navy held a naval exercise with the French navy to counter terrorism."),
            ("fr", "La marine koweïtienne a mené un exercice naval avec la marine française contre le terrorisme.")):
        assert ("line_of_effort", "military") in facts(text, lang).get("KW", set()), lang


def test_a_plants_or_buildings_units_are_no_military_units():
    """"Our engineers rebuilt the filtration units, replaced 3 km of pipes and trained 40 staff …" (set 175, an engineering
    firm's case study): a plant's or a building's units are no military units, whatever training the sentence tells."""
    for lang, text in (
            ("en", "Danish engineers repaired the pumping units of the water station in Raqqa and trained its staff."),
            ("fr", "Des ingénieurs danois ont réparé les unités de pompage de la station d'eau de Raqqa et formé son personnel."),
            ("ar", "أصلح مهندسون دنماركيون وحدات الضخ في محطة المياه في الرقة ودربوا العاملين فيها.")):
        assert ("line_of_effort", "military") not in facts(text, lang).get("DK", set()), lang


def test_what_happened_during_the_fighting_is_no_military_act():
    """"والأولوية للمهندسين العاملين في مواقع تضررت خلال العمليات العسكرية ضد داعش" (set 176, an engineers' union's
    announcement): the military operations a thing was damaged during date it; they are no act of the partner the text
    is about."""
    for lang, text in (
            ("en", "Danish engineers repaired three schools in Mosul that were damaged during the military operations "
                   "against Daesh."),
            ("fr", "Des ingénieurs danois ont réparé trois écoles de Mossoul endommagées lors des opérations militaires contre "
                   "Daech."),
            ("ar", "أصلح مهندسون دنماركيون ثلاث مدارس في الموصل تضررت خلال العمليات العسكرية ضد داعش.")):
        assert ("line_of_effort", "military") not in facts(text, lang).get("DK", set()), lang


def test_a_thing_built_then_whose_rehabilitation_is_stabilisation():
    """"… la salle polyvalente de la paroisse Al-Tahira, dont la réhabilitation a été cofinancée par le consulat général de
    France à Erbil" (set 178, a friendship association's newsletter): a thing built, then "whose" and its rehabilitation,
    is stabilisation, no rehabilitation of people."""
    for lang, text in (
            ("en", "We visited the community hall of the parish, whose rehabilitation was funded by the Italian government."),
            ("fr", "Nous avons visité la salle polyvalente de la paroisse, dont la réhabilitation a été financée par le "
                   "gouvernement italien.")):
        got = facts(text, lang).get("IT", set())
        assert ("line_of_effort", "stabilization") in got and ("line_of_effort", "rehabilitation_reintegration") not in got, \
            (lang, got)


def test_financing_foreign_fighters_is_counter_financing():
    """"… وتشديد العقوبة على تمويل المقاتلين الإرهابيين الأجانب" (set 178, a parliamentary committee's report): a law against
    financing foreign terrorist fighters is the counter-financing line too."""
    for lang, text in (
            ("en", "Kuwait has toughened its penalties for the financing of foreign terrorist fighters."),
            ("fr", "Le Koweït a alourdi les peines pour le financement des combattants terroristes étrangers."),
            ("ar", "شددت الكويت العقوبات على تمويل المقاتلين الإرهابيين الأجانب.")):
        assert ("line_of_effort", "counter_financing") in facts(text, lang).get("KW", set()), lang


def test_two_partners_people_whose_relative_tells_a_line_act_together():
    """"… consacrée aux aviateurs français et jordaniens qui ont combattu ensemble Daech depuis la Jordanie" (set 180, an
    invitation card): two partners' adjectives on one people's noun, then a relative that tells a line, are both its
    subjects and each other's peers; not where the relative tells none (set 109: "a mixed team of Dutch and Norwegian
    staff officers, who play together every Sunday")."""
    for lang, text in (
            ("fr", "Le musée rend hommage aux pilotes belges et néerlandais qui ont combattu ensemble Daech depuis la Jordanie."),
            ("en", "The exhibition honours the Belgian and Dutch pilots who fought together against Daesh from Jordan.")):
        got = facts(text, lang)
        for a, b in (("BE", "NL"), ("NL", "BE")):
            assert {("line_of_effort", "military"), ("cooperation", b)} <= got.get(a, set()), (lang, got)
    assert not facts("Third place went to a mixed team of Belgian and Danish staff officers, who play together on Sundays.", "en")


def test_a_partners_sanctions_offices_act_for_it():
    """"HM Treasury's Office of Financial Sanctions Implementation (OFSI) added three individuals … to the UK sanctions list"
    (set 184, a bank's compliance bulletin): a state's sanctions office or financial intelligence unit known by its own
    name (HM Treasury, OFSI, OFAC, Tracfin) acts for it."""
    _each_credited((("en", "Last week HM Treasury froze the assets of two ISIL financiers.", "GB"),
                    ("en", "OFSI has imposed an asset freeze on a Daesh fundraiser.", "GB"),
                    ("en", "In March OFAC froze the assets of two ISIS financiers in Turkey.", "US"),
                    ("fr", "En 2024, Tracfin a gelé les avoirs de collecteurs de fonds au profit de Daech.", "FR")),
                   ("line_of_effort", "counter_financing"))


def test_funding_travel_and_crypto_wallets_are_counter_financing():
    """"… creates a new offence of funding travel to conflict zones where ISIS operates", "… collect donations through
    cryptocurrency wallets" (set 186, a law firm's client alert): funding fighters' travel, cryptocurrencies and
    suspicious transactions are the counter-financing line; Daesh's remnants cleared are stabilisation ("تطهير … من
    مخلفات داعش"); the last aircraft's return ends a part ("jusqu'au retour des derniers appareils en 2022")."""
    _credits((("en", "Last year the Netherlands made funding travel to Daesh territory a crime."),
              ("fr", "L'an dernier, les Pays-Bas ont fait du financement des voyages vers les zones de Daech un délit."),
              ("ar", "جرّمت هولندا العام الماضي تمويل السفر إلى مناطق داعش."),
              ("en", "The Dutch police traced cryptocurrency sent to ISIS supporters in the camps.")),
             ("NL",), ("line_of_effort", "counter_financing"))
    _credits((("ar", "تواصل الدنمارك تطهير الأراضي الزراعية من مخلفات داعش."),), ("DK",),
             ("line_of_effort", "stabilization"))
    _status_is((("fr", "Les F-16 néerlandais ont participé à l'opération Inherent Resolve jusqu'au retour des derniers "
                       "appareils en 2022."),
                ("en", "Dutch F-16s flew in Operation Inherent Resolve until the last aircraft came home in 2022."),
                ("ar", "شاركت الطائرات الهولندية في عملية العزم الصلب حتى عودة آخر الطائرات عام 2022.")),
               ("nl", "cjtf-oir"), "ended")


def test_a_thing_rebuilt_named_by_its_pronoun_is_stabilisation():
    """"جسر خرساني …، دمّره تنظيم داعش خلال معارك عام 2017، وأُعيد بناؤه عام 2019 بتمويل من الحكومة اليابانية" (set 189, an
    engineering firm's inspection report): a verb of rebuilding whose thing is its pronoun ("بناؤه", "ترميمها") counts
    beside the thing named in the sentence."""
    _credits((("ar", "مدرسة ابتدائية في تلعفر دمرها تنظيم داعش عام 2016، وأُعيد بناؤها عام 2020 بتمويل من الحكومة الكورية."),
              ("ar", "المستشفى الذي تضرر خلال المعارك تم ترميمه بتمويل من الحكومة الكورية.")),
             ("KR",), ("line_of_effort", "stabilization"))


def test_a_records_donor_line_gives_the_records_lines_before_it():
    """"اسم المشروع: إعادة تأهيل الجسر الحديدي … / … / جهة التمويل: برنامج الأمم المتحدة الإنمائي، من خلال مرفق تمويل
    الاستقرار، بمنحة مقدمة من حكومة جمهورية ألمانيا الاتحادية" under an Iraqi province's letterhead (set 198, a contract's
    summary): a record's donor line whose value names one member past its commas gives the record, and the labelled
    lines before it in its block are the donor's too, not the letterhead's state's."""
    for lang, text in (
            ("ar", "جمهورية العراق\nمحافظة الأنبار\n\nاسم المشروع: إعادة تأهيل مستشفى الرمادي العام الذي دمره تنظيم داعش\nالجهة المستفيدة: دائرة "
                   "صحة الأنبار\nجهة التمويل: برنامج الأمم المتحدة الإنمائي، بمنحة من حكومة مملكة هولندا"),
            ("en", "Republic of Iraq\nAnbar Governorate\n\nProject: Reconstruction of Ramadi General Hospital, destroyed by Daesh\nBeneficiary: "
                   "Anbar Health Directorate\nFunding: UNDP, through a grant from the Government of the Netherlands")):
        got = facts(text, lang)
        assert ("line_of_effort", "stabilization") in got.get("NL", set()), (lang, got)
        assert ("line_of_effort", "stabilization") not in got.get("IQ", set()), (lang, got)


def test_a_partners_forces_training_an_object_after_them_train():
    """"… he leads the British Army engineers training Kurdish Peshmerga units to clear the explosive devices Daesh left
    behind" (set 204, a regimental magazine's birthday notices): a participle of training right after a partner's forces,
    its object after it, is their act, as a reduced relative; not before a preposition ("Iraqi forces training with
    Coalition instructors" are trained)."""
    got = facts("Happy birthday to our sergeant, who leads the Danish Army instructors training Iraqi soldiers at Al Asad "
                "to fight Daesh.", "en")
    assert ("line_of_effort", "military") in got.get("DK", set()), got
    got = facts("The minister visited Iraqi forces training with Coalition instructors at Taji to fight Daesh.", "en")
    assert "IQ" not in got, got


def test_ground_taken_back_from_the_enemy_is_military_and_people_taken_back_from_its_camps_are_not():
    """"take back" is a weak cue of bringing people home, read beside a camp; taking ground back from Daesh, the enemy
    closing the phrase, is the military line ("… trained Iraqi brigades that took back Ramadi from ISIS")."""
    _credited_but_not([("en", "Spanish instructors at Camp Taji trained Iraqi brigades to take back their towns from ISIS."),
                       ("ar", "في المعسكر نفسه، درّب المدربون الإسبان ألوية عراقية لكي تستعيد مدنها من داعش، ثم عادت الألوية إلى المخيم.")],
                      "ES", ("line_of_effort", "military"), ("line_of_effort", "foreign_terrorist_fighters"))
    _credited_but_not([("en", "Spanish instructors at Camp Taji trained Iraqi brigades that took back Ramadi from ISIS, then "
                              "returned to the camp.")],
                      "IQ", ("line_of_effort", "military"), ("line_of_effort", "foreign_terrorist_fighters"))
    _credits([("en", "In 2019 Kosovo took back 110 of its citizens from ISIS camps in Syria.")], ("XK",),
             ("line_of_effort", "foreign_terrorist_fighters"))


def test_a_candidates_numbered_programme_promises_no_act():
    """An election leaflet: under "Our programme", "برنامجنا الانتخابي", "Notre programme", the numbered items are
    promises, no acts (the splitter cuts an item's number, "1.", from its text; the item is the list's all the same)."""
    _credits([("ar", "المرشحة رقم 3: العقيد المتقاعد ليلى حداد\n\n- خدمت عشرين عاماً في القوات المسلحة العراقية، وقاتلت تنظيم "
                     "داعش في معركة تحرير الموصل عام 2017.\n\nبرنامجنا الانتخابي\n\n1. إعادة إعمار المدارس والمستشفيات التي "
                     "دمرتها الحرب في نينوى.\n2. فرص عمل للشباب."),
              ("en", "Candidate No. 7: Colonel (retd) Ahmed Salih\n\n- Served twenty years in the Iraqi armed forces and fought "
                     "Daesh in the battle to liberate Mosul in 2017.\n\nOur programme\n\n1. Rebuilding the schools and hospitals "
                     "destroyed by the war in Nineveh.\n2. Jobs for young people.")],
             ("IQ",), ("line_of_effort", "military"))
    _not_credited([("ar", "المرشحة رقم 3: العقيد المتقاعد ليلى حداد\n\n- خدمت عشرين عاماً في القوات المسلحة العراقية، وقاتلت تنظيم "
                          "داعش في معركة تحرير الموصل عام 2017.\n\nبرنامجنا الانتخابي\n\n1. إعادة إعمار المدارس والمستشفيات "
                          "التي دمرتها الحرب في نينوى.\n2. فرص عمل للشباب."),
                   ("en", "Candidate No. 7: Colonel (retd) Ahmed Salih\n\n- Served twenty years in the Iraqi armed forces and "
                          "fought Daesh in the battle to liberate Mosul in 2017.\n\nOur programme\n\n1. Rebuilding the schools and "
                          "hospitals destroyed by the war in Nineveh.\n2. Jobs for young people.")],
                  "IQ", ("line_of_effort", "stabilization"))


def test_a_sporting_events_forces_are_no_military_act():
    """A military sports federation's release: "بطولة الصداقة الدولية لكرة القدم للقوات المسلحة", "The Armed Forces
    Football Championship", "le championnat de football des forces armées" name a game, no line of the federation's
    state; a team "from" a partner's air force serving within the Coalition still tells that partner's part."""
    _none_credited([("en", "Kuwait Military Sports Federation\n\nThe Armed Forces Football Championship ended yesterday. The "
                           "National Guard team won the final 2-1."),
                    ("fr", "Fédération sportive militaire du Maroc\n\nLe championnat de football des forces armées s'est achevé "
                           "hier à Rabat. L'équipe de la Gendarmerie royale a gagné la finale."),
                    ("ar", "الاتحاد الرياضي العسكري الكويتي\n\nاختتمت أمس بطولة كرة القدم للقوات المسلحة. وفاز فريق الحرس "
                           "الوطني في المباراة النهائية.")], "line_of_effort")
    _credits([("ar", "اختتمت أمس بطولة كرة القدم للقوات المسلحة في الكويت. وحلّ ثالثاً فريق من القوة الجوية الإيطالية العاملة "
                     "في الكويت ضمن التحالف الدولي ضد داعش.")], ("IT",), ("line_of_effort", "military"))


def test_what_we_demand_after_a_colon_is_asked_no_act():
    """An activists' leaflet: "Nous demandons : - davantage d'aide humanitaire pour les déplacés syriens" asks, no act;
    the facts it states outside the list stay."""
    _credited_but_not([("fr", "Collectif pour la paix\n\nNous demandons :\n- davantage d'aide humanitaire pour les déplacés "
                              "syriens ;\n- un débat au Parlement.\n\nDepuis 2014, l'aviation française frappe Daech dans le "
                              "cadre de l'opération Chammal."),
                       ("en", "Peace Collective\n\nWe demand:\n- more humanitarian aid for displaced Syrians;\n- a debate in "
                              "Parliament.\n\nSince 2014 French aircraft have struck Daesh as part of Operation Chammal.")],
                      "FR", ("line_of_effort", "military"), ("line_of_effort", "stabilization"))


def test_the_rehabilitation_of_a_length_of_canals_is_stabilisation():
    """A farmers' cooperative's newsletter: "إعادة تأهيل 14 كيلومتراً من قنوات الري … بتمويل من الحكومة الألمانية": canals
    are among the things rebuilt, past a count and its measure; no rehabilitation of people."""
    _credited_but_not([("ar", "موّلت الحكومة الهولندية إعادة تأهيل 9 كيلومترات من قنوات الري التي دمرها داعش في سنجار."),
                       ("en", "The Dutch government funded the rehabilitation of 9 km of irrigation canals that Daesh destroyed "
                              "in Sinjar."),
                       ("fr", "Le gouvernement néerlandais a financé la réhabilitation de 9 kilomètres de canaux d'irrigation "
                              "détruits par Daech à Sinjar.")],
                      "NL", ("line_of_effort", "stabilization"), ("line_of_effort", "rehabilitation_reintegration"))


def test_the_rehabilitation_of_a_telephone_exchange_is_stabilisation_and_a_telecom_company_no_messaging():
    """A telecom company's announcement: "إعادة تأهيل المقسم … بتمويل من حكومة جمهورية ألمانيا الاتحادية": an exchange, a
    phone network are things rebuilt, no rehabilitation of people; "شركة … للاتصالات" (a telecom company) signing its
    notice is no counter-messaging, where the Coalition's communications working group still is."""
    _credited_but_not([("ar", "أعيد تأهيل مقسم الهاتف في الفلوجة بتمويل من حكومة السويد.\n\nشركة الفرات للاتصالات"),
                       ("en", "The Swedish government funded the rehabilitation of the telephone exchange in Fallujah.\n\n"
                              "Euphrates Communications"),
                       ("fr", "Le gouvernement suédois a financé la réhabilitation du central téléphonique de Falloujah.")],
                      "SE", ("line_of_effort", "stabilization"), ("line_of_effort", "rehabilitation_reintegration"))
    _credited_but_not([("ar", "أعادت شركة الفرات للاتصالات الخدمة إلى الفلوجة بعد أن موّلت حكومة السويد إعادة بناء المدارس.")],
                      "SE", ("line_of_effort", "stabilization"), ("line_of_effort", "counter_messaging"))
    _credits([("ar", "تشارك المملكة المتحدة في رئاسة مجموعة عمل الاتصالات التابعة للتحالف الدولي ضد داعش.")],
             ("GB",), ("line_of_effort", "counter_messaging"))


def test_a_thing_rebuilt_close_to_a_weak_verb_of_rebuilding_is_its_context():
    """A food truck's page: "a women's cooperative in Sinjar, whose kitchen was rebuilt with a grant from the German
    development agency GIZ": a thing among those rebuilt, next to the verb, makes it stabilisation (not "the car park's
    level 3 is closed for repairs"); an Arabic "أعيد بناؤه" (it was rebuilt) is one; returnees "إليه" (to the place) are
    no foreign fighters."""
    _credited_but_not([("en", "The bakery, whose kitchen was rebuilt with a grant from Norway after ISIS burned it, reopened."),
                       ("ar", "دمّر داعش المستوصف عام 2014. وقد أعيد بناؤه بتمويل من النرويج، ويخدم الأهالي والعائدين إليه.")],
                      "NO", ("line_of_effort", "stabilization"), ("line_of_effort", "foreign_terrorist_fighters"))
    got = facts("Norway trains Iraqi soldiers against ISIS. The car park's third level is closed for repairs.", "en")
    assert ("line_of_effort", "stabilization") not in got.get("NO", set()), got


def test_joint_patrols_along_a_border_are_border_security():
    """A radio's news flash: two states "ont convenu … de mener des patrouilles conjointes le long de leur frontière
    commune" against the Islamic State's groups: border security, the foreign fighters' line, for each."""
    _credits([("fr", "Le Ghana et le Togo mèneront des patrouilles conjointes le long de leur frontière contre les groupes "
                     "affiliés à l'État islamique."),
              ("en", "Ghana and Togo will conduct joint patrols along their common border against Islamic State affiliates."),
              ("ar", "اتفقت غانا وتوغو على تسيير دوريات مشتركة على الحدود لمواجهة الجماعات الموالية لتنظيم داعش.")],
             ("GH", "TG"), ("line_of_effort", "foreign_terrorist_fighters"))


def test_a_warning_against_donations_that_fund_daesh_is_counter_financing_not_messaging():
    """A phone's text messages: "تحذر وزارة الداخلية السعودية من التبرع لجهات مجهولة أو عبر حسابات في وسائل التواصل
    الاجتماعي، إذ تستغلها تنظيمات إرهابية مثل داعش في تمويل أنشطتها": counter-financing; social media there is the
    money's channel, no message (a campaign on social media still is)."""
    _credited_but_not([("ar", "حذرت وزارة الداخلية الكويتية من التبرع لجهات مجهولة عبر وسائل التواصل الاجتماعي، لأن داعش "
                              "يستغل هذه التبرعات في تمويل أنشطته."),
                       ("en", "Kuwait's interior ministry warned against donating to unknown groups on social media, which "
                              "Daesh uses to fund its activities."),
                       ("fr", "Le ministère koweïtien de l'Intérieur met en garde contre les dons à des entités inconnues sur "
                              "les réseaux sociaux, que Daech utilise pour financer ses activités.")],
                      "KW", ("line_of_effort", "counter_financing"), ("line_of_effort", "counter_messaging"))
    _credits([("en", "Kuwait launched a campaign on social media against Daesh's propaganda.")],
             ("KW",), ("line_of_effort", "counter_messaging"))


def test_what_a_partner_proposes_a_body_do_in_a_list_is_asked_no_act():
    """A Model UN position paper: "Jordan therefore proposes that the Council:\\n1. Urge … to repatriate …;\\n2. Create a
    fund for the rehabilitation of children …": the items are what it asks, no acts of its own; what it did before the
    list stays (a proposal with no list may be an agreement's: "Je vous propose que la France continue de …")."""
    _credited_but_not([("en", "Morocco trains imams to prevent violent extremism. Morocco therefore proposes that the Council:\n1. Create a "
                              "fund for the rehabilitation of children who lived under Daesh;\n2. Urge states to repatriate "
                              "their nationals."),
                       ("fr", "Le Maroc forme des imams pour prévenir l'extrémisme violent. Le Maroc propose donc que le Conseil :\n1. crée "
                              "un fonds pour la réhabilitation des enfants qui ont vécu sous Daech ;\n2. exhorte les États à "
                              "rapatrier leurs ressortissants."),
                       ("ar", "يكوّن المغرب الأئمة للوقاية من التطرف العنيف. ويقترح المغرب أن يقوم المجلس بما يلي:\n1. إنشاء صندوق "
                              "لإعادة تأهيل الأطفال الذين عاشوا تحت حكم داعش؛\n2. حث الدول على إعادة مواطنيها.")],
                      "MA", ("line_of_effort", "prevention_cve"), ("line_of_effort", "rehabilitation_reintegration"))


def test_a_cards_lines_before_its_funding_label_are_the_funders_act():
    """An architecture firm's portfolio: "Reconstruction of the prayer hall …, destroyed by ISIS in 2017." on a line of its
    own, then "Funding: United Arab Emirates": the card's lines, to its blank line, are its funder's; a library or a
    museum among the things rebuilt (no rehabilitation of people); a paragraph's sentence before the card is not."""
    for lang, text in [("en", "Projects\n\nCentral Library, Raqqa\nRehabilitation of the reading rooms, burned by ISIS in 2016.\n"
                              "Client: Raqqa Civil Council\nFunding: Government of Norway\nStatus: completed 2024"),
                       ("fr", "Projets\n\nBibliothèque centrale, Raqqa\nRéhabilitation de la bibliothèque, incendiée par Daech en "
                              "2016.\nMaître d'ouvrage : Conseil civil de Raqqa\nFinancement : Norvège\nÉtat : livré en 2024"),
                       ("ar", "المشاريع\n\nالمكتبة المركزية، الرقة\nإعادة تأهيل المكتبة التي أحرقها داعش عام 2016.\nالجهة المستفيدة: "
                              "مجلس الرقة المدني\nالجهة المانحة: النرويج\nالحالة: أنجز عام 2024")]:
        got = facts(text, lang)
        assert ("line_of_effort", "stabilization") in got.get("NO", set()), (lang, got)
        assert ("line_of_effort", "rehabilitation_reintegration") not in got.get("NO", set()), (lang, got)


def test_a_partners_own_programme_of_a_line_that_a_project_is_part_of_is_its_act():
    """A prize application: "Le projet s'inscrit dans le programme belge de désengagement et de réinsertion des détenus
    radicalisés": the programme a partner's adjective names, a line's cue after it, is that partner's act (not "part
    of Iraq's plan"); radicalised detainees are whom it reintegrates, no prevention."""
    _credited_but_not([("fr", "Le projet s'inscrit dans le programme danois de réinsertion des détenus radicalisés."),
                       ("en", "The project is part of the Danish programme for the reintegration of radicalised prisoners."),
                       ("ar", "يندرج المشروع ضمن البرنامج الدنماركي لإعادة إدماج السجناء المتطرفين.")],
                      "DK", ("line_of_effort", "rehabilitation_reintegration"), ("line_of_effort", "prevention_cve"))


def test_forces_named_as_where_experience_was_gained_are_no_act():
    """A job advertisement: "وتعد الخبرة السابقة في الجيش العراقي أو قوات البيشمركة ميزة" (previous experience in the Iraqi
    army or the peshmerga is an asset): forces where one's experience was gained, and those listed after them, are no
    act of the partner the text carries; an experience in an act is still its ("shares its experience in training").
    """
    _credited_but_not([("ar", "تمول النرويج المشروع. وتعد الخبرة السابقة في الجيش العراقي أو قوات البيشمركة ميزة."),
                       ("en", "Norway funds the project. Previous experience in the Iraqi army or the peshmerga is an asset."),
                       ("fr", "La Norvège finance le projet. Une expérience préalable dans l'armée irakienne est un atout.")],
                      "NO", ("member", "global-coalition"), ("line_of_effort", "military"))
    _credits([("en", "Norway shares its experience in training Iraqi forces against ISIS.")], ("NO",), ("line_of_effort", "military"))


def test_a_thing_that_daesh_destroyed_and_a_partner_rebuilt_is_stabilisation():
    """A tour diary: "the Mosul Cultural Centre, which ISIS set on fire in 2015 and which the Italian government rebuilt in
    2024": a weak verb of rebuilding counts beside Daesh's destroying in its sentence, whatever the thing's name."""
    _credits([("en", "We played in the Raqqa Arts Hall, which ISIS burned in 2016 and which the Dutch government rebuilt in 2025."),
              ("fr", "Nous avons joué dans la salle des fêtes de Raqqa, que Daech avait incendiée et que les Pays-Bas ont "
                     "reconstruite en 2025.")],
             ("NL",), ("line_of_effort", "stabilization"))


def test_an_offensive_to_liberate_a_city_is_military():
    """A bookshop's page on a novel: "Quand les soldats irakiens lancent l'offensive pour libérer la ville": launching
    an offensive, liberating a city are the military line of those who do it."""
    _credits([("fr", "En août 2017, les soldats irakiens ont lancé l'offensive pour libérer la ville de Tal Afar."),
              ("en", "In August 2017 Iraqi troops launched the offensive to liberate the city of Tal Afar.")],
             ("IQ",), ("line_of_effort", "military"))


def test_a_verb_of_rebuilding_whose_thing_is_its_pronoun_is_stabilisation():
    """A tour guide's script: "فجّر عناصر داعش الجامع والمنارة … وتعيد منظمة اليونسكو بناءهما" (Daesh blew up the mosque
    and the minaret … UNESCO rebuilds them): the thing rebuilt named in the sentence before, its pronoun on the verb."""
    _credits([("en", "Daesh burned the old library in 2015. The Spanish government restored it in 2023."),
              ("fr", "Daech avait incendié la bibliothèque en 2015. Le gouvernement espagnol l'a reconstruite en 2023."),
              ("ar", "أحرق داعش المكتبة عام 2015. وأعادت الحكومة الإسبانية بناءها عام 2023.")],
             ("ES",), ("line_of_effort", "stabilization"))


def test_a_partners_operation_against_daesh_is_military():
    """A crossword's clue: "The RAF's operation against Daesh over Iraq and Syria": one operation against Daesh is the
    military line, as its operations are."""
    _credits([("en", "Canada's operation against Daesh in Iraq and Syria.")], ("CA",), ("line_of_effort", "military"))
    _credits([("fr", "La Belgique a lancé une opération contre Daech.")], ("BE",), ("line_of_effort", "military"))


def test_a_clause_opened_by_while_after_an_initiative_is_another_partners_act():
    """A policy brief: "Germany is the second-largest contributor to UNDP's Funding Facility for Stabilization, while
    the Netherlands has put its money into mine clearance in Sinjar": "while", "tandis que", "بينما" open another
    subject's clause, no description of the initiative named before it."""
    _credits([("en", "Germany funds the FFS, while the Netherlands funds mine clearance in Sinjar."),
              ("fr", "L'Allemagne finance le FFS, tandis que les Pays-Bas financent le déminage à Sinjar.")],
             ("NL",), ("line_of_effort", "stabilization"))


def test_air_power_and_teaching_forces_are_military_but_teaching_them_to_clear_mines_is_stabilisation():
    """A policy brief: "The United States still provides most of the Coalition's air power"; "Spain's Guardia Civil
    trainers have taught more than 5,000 Iraqi police officers" (teaching, as training, the context of trainers);
    a wedding speech: "Norway's trainers, who taught Kurdish soldiers to clear mines": training for demining is the
    stabilisation line's only."""
    _credits([("en", "Australia provides much of the Coalition's air power over Syria.")], ("AU",), ("line_of_effort", "military"))
    _credits([("en", "Portuguese instructors have taught Iraqi police officers since 2018."),
              ("fr", "Les instructeurs portugais ont instruit des policiers irakiens.")], ("PT",), ("line_of_effort", "military"))
    got = facts("She commanded Finland's trainers, who taught Iraqi soldiers to clear mines.", "en")
    assert ("line_of_effort", "stabilization") in got.get("FI", set()), got
    assert ("line_of_effort", "military") not in got.get("FI", set()), got


def test_funding_a_force_and_planning_to_send_fighters():
    """A webinar's summary: "The European Union continues to fund the MNJTF's headquarters and logistics" (its money
    on the military line, no part in the force, as "funds" was read); a security service's statement: a cell "كانت
    تخطط لإرسال مقاتلين إلى منطقة الساحل" (planned to send fighters to the Sahel), foreign terrorist fighters, its
    Central Bureau of Judicial Investigations acting for Morocco."""
    got = facts("The European Union will continue to fund the Multinational Joint Task Force.", "en")
    assert ("line_of_effort", "military") in got.get("EU", set()), got
    assert ("mission", "mnjtf") not in got.get("EU", set()), got
    _credits([("ar", "فكك المكتب المركزي للأبحاث القضائية خلية كانت تخطط لإرسال مقاتلين إلى سوريا."),
              ("en", "Morocco's police arrested a network sending fighters to Syria.")],
             ("MA",), ("line_of_effort", "foreign_terrorist_fighters"))


def test_a_clearance_programme_is_stabilisation():
    """A demining NGO's annual report: "the Netherlands ended its funding for our Sinjar clearance programme"."""
    _credits([("en", "Denmark funds our clearance programme in Sinjar."),
              ("fr", "Le Danemark finance notre programme de dépollution à Sinjar.")], ("DK",), ("line_of_effort", "stabilization"))


def test_police_a_verb_of_training_names_are_the_military_line_but_not_police_trained_to_clear_mines():
    """A joint statement's thanks: "l'aide accordée par l'Italie … à la formation de ses policiers"; training police is
    the military line, as the Coalition's training of Iraq's forces is (in all three languages, the Arabic verb first);
    police trained to clear explosive devices are the stabilisation line's (the dev corpus's Japan), police that arrest
    no soldiers."""
    for lang, text, code in [("en", "Hungarian instructors train Iraqi police cadets at a camp near Baghdad.", "HU"),
                             ("fr", "Des gendarmes roumains forment des policiers irakiens depuis 2019.", "RO"),
                             ("ar", "تدرب الدنمارك منتسبي الشرطة العراقية في البصرة.", "DK")]:
        assert ("line_of_effort", "military") in facts(text, lang).get(code, set()), (lang, text)
    _credited_but_not([("en", "Korea trained Iraqi police officers in the disposal of explosive devices.")], "KR",
                      ("line_of_effort", "stabilization"), ("line_of_effort", "military"))
    _not_credited([("en", "Dutch police arrested two men returning from Syria.")], "NL", ("line_of_effort", "military"))


def test_what_a_subject_body_is_for_after_its_name_is_no_act_of_its():
    """A news story: "أطلق مرصد الأزهر لمكافحة التطرف … حملة … للرد على دعاية داعش": the observatory's campaign is
    counter-messaging; "for combating extremism" is its name's, as an English name in capitals is. A body founded for it is
    the founder's act on that line."""
    _credited_but_not([("ar", "نشر المركز الأردني لمكافحة التطرف أمس سلسلة مقاطع مصورة للرد على دعاية داعش.")], "JO",
                      ("line_of_effort", "counter_messaging"), ("line_of_effort", "prevention_cve"))
    _credits([("ar", "أسست الأردن العام الماضي هيئة لمكافحة التطرف.")], ("JO",), ("line_of_effort", "prevention_cve"))


def test_force_protection_penalties_and_joining_a_terrorist_group_abroad():
    """A working paper: "Hungary keeps a force protection company at the Erbil base" (military); a news agency's story:
    "يشدد العقوبات على كل من يلتحق بجماعة إرهابية خارج المملكة" — penalties of criminal law (no sanctions on Daesh's
    financiers) on joining a terrorist group abroad (the foreign fighters' line)."""
    _credits([("en", "Slovenia provides a force protection team to the Coalition in Erbil."),
              ("fr", "La Slovénie fournit une équipe de protection de la force à Erbil."),
              ("ar", "تقدم سلوفينيا فريقاً لحماية القوات في أربيل.")], ("SI",), ("line_of_effort", "military"))
    _credited_but_not([("ar", "أقرت الكويت تعديلاً يشدد العقوبات على من يلتحق بتنظيمات إرهابية خارج البلاد.")], "KW",
                      ("line_of_effort", "foreign_terrorist_fighters"), ("line_of_effort", "counter_financing"))
    _credits([("en", "Kuwait amended its penal code to punish anyone joining a terrorist group abroad."),
              ("fr", "Le Koweït a modifié son code pénal pour punir quiconque rejoint une organisation terroriste à l'étranger.")],
             ("KW",), ("line_of_effort", "foreign_terrorist_fighters"))


def test_a_partner_that_did_the_same_takes_the_lines_of_the_sentence_before_and_kurdish_forces_are_no_act():
    """A blog post: "la Belgique a ramené dès 2021 toutes les mères et tous les enfants belges … Les Pays-Bas ont fait de
    même l'année suivante" (the foreign fighters' line, the Netherlands' too); "toujours détenus par les forces kurdes":
    forces outside the Coalition holding them are no military act of a partner carried there."""
    for lang, text in [("fr", "Le Danemark a rapatrié trois enfants du camp de Roj en 2021. La Suède a fait de même en 2022."),
                       ("en", "Denmark repatriated three children from al-Roj in 2021. Sweden followed suit in 2022."),
                       ("ar", "أعادت الدنمارك ثلاثة أطفال من مخيم روج عام 2021. وفعلت السويد الشيء نفسه عام 2022.")]:
        got = facts(text, lang)
        assert ("line_of_effort", "foreign_terrorist_fighters") in got.get("SE", set()), (lang, got)
    _not_credited([("en", "Sweden repatriated two women. Their husbands are still held by Kurdish forces in Hasakah."),
                   ("fr", "La Suède a rapatrié deux femmes. Leurs maris sont toujours détenus par les forces kurdes.")],
                  "SE", ("line_of_effort", "military"))


def test_forces_a_verb_of_training_names_are_the_military_line_but_not_the_trainers_own_army():
    """An event's summary: "the Bundeswehr's training of Jordanian forces had ended in 2028": forces a verb of training
    names a few words on are the military line, by their adjective too, as "Iraqi forces" was; not the army a training
    team belongs to ("فريق التدريب التابع للجيش الأمريكي", the US Army's own team, thanked by another)."""
    for text, code in [("Italy's training of Lebanese forces continued throughout 2029.", "IT"),
                       ("The Netherlands trained Lebanese troops in Beirut until 2022.", "NL")]:
        assert ("line_of_effort", "military") in facts(text, "en").get(code, set()), text
    _not_credited([("ar", "تشكر قيادة القوات البحرية البحرينية فريق التدريب التابع للجيش البريطاني على جهوده في إزالة الألغام البحرية.")],
                  "BH", ("line_of_effort", "military"))


def test_a_counts_people_named_by_the_place_they_come_from_are_no_headcount():
    """A neighbourhood party's programme: "deux militaires du quartier qui servent en Jordanie au sein de l'opération
    Chammal": a few people named by where they come from, no headcount of France's part (its part and line still read)."""
    for lang, text in [("fr", "La fête rend hommage à trois militaires de notre commune qui servent au sein de l'opération Chammal."),
                       ("en", "The parish prayed for four soldiers from our village serving with Operation Shader in Cyprus.")]:
        got = attrs(text, lang)
        part = next((a for (p, mission), a in got.items() if mission in ("operation-chammal", "operation-shader")), None)
        assert part is not None and "personnel" not in part, (text, got)


def test_travelling_to_join_a_terrorist_group_is_the_foreign_fighters_line():
    """A parliament's report: "the Bill makes it an offence … to travel, or attempt to travel, out of Ghana for the purpose
    of joining a terrorist group" — an attempt to travel, travelling to join, the purpose of joining a terrorist group,
    with no "abroad", in the three languages."""
    _each_credited([("en", "Under the new law, Kenya can prosecute anyone who attempts to travel to Mozambique to fight for "
                           "insurgents.", "KE"),
                    ("en", "Kenyan police arrested three men who travelled to join the group's cells in Somalia.", "KE"),
                    ("fr", "Depuis la nouvelle loi, la Tunisie poursuit quiconque se déplace dans le but de rejoindre un "
                           "groupe terroriste.", "TN"),
                    ("ar", "يجرّم الأردن بموجب القانون الجديد كل من يغادر المملكة بهدف الانضمام إلى جماعة إرهابية.", "JO")],
                   ("line_of_effort", "foreign_terrorist_fighters"))


def test_a_return_to_civilian_life_is_reintegration():
    """A news story: former members "enrolled in the government's Balik-Loob programme, which gives them livelihood training
    and cash assistance while they return to civilian life": reintegration, in the three languages."""
    _each_credited([("en", "Nigeria's Operation Safe Corridor helps former fighters return to civilian life.", "NG"),
                    ("fr", "Le Cameroun accompagne le retour à la vie civile des anciens combattants de Boko Haram.", "CM"),
                    ("ar", "يساعد العراق المقاتلين السابقين على العودة إلى الحياة المدنية.", "IQ")],
                   ("line_of_effort", "rehabilitation_reintegration"))


def test_a_channel_alone_in_a_sentence_naming_no_terrorism_is_no_counter_messaging():
    """An event recap: "Calls have tripled since the hotline was promoted on social media" — social media, the internet,
    "online" alone, in a sentence that names neither terrorism nor extremism, carry no message against them; beside
    Daesh's name they do."""
    for lang, text, code in [("en", "Austria's counselling centre says bookings rose after it was advertised on social media.", "AT"),
                             ("fr", "Le Luxembourg a annoncé sur les réseaux sociaux l'ouverture de son nouveau centre d'accueil.", "LU"),
                             ("ar", "أعلنت الكويت عبر وسائل التواصل الاجتماعي افتتاح مركز الإرشاد الأسري الجديد.", "KW")]:
        assert ("line_of_effort", "counter_messaging") not in facts(text, lang).get(code, set()), (lang, facts(text, lang))
    _credits([("en", "Austria counters Daesh's recruiters on social media.")], ("AT",), ("line_of_effort", "counter_messaging"))


def test_helping_returned_children_recover_from_trauma_is_rehabilitation():
    """A letter to the editor: Finland "funds a UNICEF programme that helps the returned children recover from trauma and go
    back to school" — recovering from trauma, as psychosocial support, is rehabilitation, in the three languages."""
    _each_credited([("en", "Sweden pays for therapists who help repatriated children recover from trauma.", "SE"),
                    ("fr", "La Belgique finance des thérapeutes qui aident les enfants rapatriés à surmonter leurs traumatismes.", "BE"),
                    ("ar", "تموّل السويد معالجين يساعدون الأطفال العائدين على التعافي من الصدمات.", "SE")],
                   ("line_of_effort", "rehabilitation_reintegration"))


def test_sharing_fighters_identities_is_the_foreign_fighters_line():
    """A police organisation's release: "Iraq has been among the largest contributors of data, sharing the identities of
    several thousand Daesh fighters collected on the battlefield" — fighters' identities and biometric data are the
    foreign fighters' line, in the three languages; the fighters between the cue and "from Daesh" are no ground won."""
    _each_credited([("en", "Jordan shares the biometric data of captured fighters with its partners.", "JO"),
                    ("fr", "Le Maroc a transmis les identités des combattants de Daech arrêtés à la frontière.", "MA"),
                    ("ar", "سلّمت تونس هويات آلاف المقاتلين من داعش إلى شركائها.", "TN")],
                   ("line_of_effort", "foreign_terrorist_fighters"))
    _not_credited([("ar", "سلّمت تونس هويات آلاف المقاتلين من داعش إلى شركائها.")], "TN", ("line_of_effort", "military"))


def test_cases_of_extremism_are_a_charge_no_prevention():
    """A prisons administration's news: a programme "الموجه لنزلاء المؤسسات السجنية المدانين في قضايا التطرف والإرهاب" —
    the inmates convicted in cases of extremism are its public, their charge no prevention line."""
    _not_credited([("ar", "تشرف وزارة العدل الأردنية على إعادة تأهيل السجناء المحكومين في قضايا التطرف.")],
                  "JO", ("line_of_effort", "prevention_cve"))
    _credits([("ar", "تشرف وزارة العدل الأردنية على إعادة تأهيل السجناء المحكومين في قضايا التطرف.")],
             ("JO",), ("line_of_effort", "rehabilitation_reintegration"))


def test_what_a_thanked_body_or_mission_does_is_no_act_of_the_thanker():
    """An alliance's press release: "The Iraqi Minister of Defence welcomed the new commander and praised the mission's work
    in developing the Iraqi army's training schools" (NATO Mission Iraq named before) — the praised mission's work, no
    military line of Iraq's; a body thanked for rebuilding schools likewise. A partner thanked beside it still acts."""
    _not_credited([("en", "Iraq thanked UNDP for rebuilding schools in Mosul."),
                   ("fr", "Le ministre irakien a salué le travail du PNUD dans la reconstruction des écoles de Mossoul.")],
                  "IQ", ("line_of_effort", "stabilization"))
    _not_credited([("en", "Spain took command of NATO Mission Iraq in May. The Iraqi minister praised the mission's work in "
                          "training Iraqi soldiers.")], "IQ", ("line_of_effort", "military"))
    _credits([("en", "Iraq thanked the Coalition and Italy for training Iraqi soldiers.")], ("IT",), ("line_of_effort", "military"))


def test_a_commitment_to_a_strategy_supports_it():
    """An organisation's statement: "تجدد الأمانة العامة التزام الجامعة بالاستراتيجية العربية لمكافحة الإرهاب" — a
    commitment renewed to a strategy supports it (as set 31 reads "son engagement en faveur de la Stratégie"), not an
    update of it nor an adoption, in the three languages; "Arab" in its name makes it regional, a state acting on it."""
    for lang, text in [("ar", "جدد الأردن التزامه بالاستراتيجية العربية لمكافحة الإرهاب."),
                       ("en", "Jordan renewed its commitment to the Arab Strategy for Combating Terrorism."),
                       ("fr", "La Jordanie a renouvelé son attachement à la Stratégie arabe de lutte contre le terrorisme.")]:
        doc = Document("t", "t.txt", lang, text, "text/plain")
        got = {(f.attrs.get("relation"), f.attrs.get("scope")) for f in extract(doc).facts if f.kind == "strategy"}
        assert got == {("supports", "regional")}, (lang, got)  # the region's peoples' own strategy, not Jordan's


def test_the_security_of_its_border_is_the_foreign_fighters_line():
    """A committee's transcript: "nos équipes aident les Forces armées jordaniennes à renforcer la sécurité de leur frontière
    avec la Syrie" — the security of a partner's own border, by a possessive, in the three languages."""
    _each_credited([("fr", "Le Liban renforce la sécurité de sa frontière avec la Syrie.", "LB"),
                    ("en", "Jordan has stepped up the security of its frontier with Syria.", "JO"),
                    ("ar", "عززت تونس أمن حدودها مع ليبيا.", "TN")],
                   ("line_of_effort", "foreign_terrorist_fighters"))


def test_air_support_and_an_air_landing_raid_are_the_military_line():
    """A counter-terrorism service's statement: "نفذت قوة من جهاز مكافحة الإرهاب … عملية إنزال جوي … بإسناد جوي من طيران
    التحالف الدولي" — an air-landing raid, air support, in the three languages; the counter-terrorism service an office
    its adjective names the state of."""
    _each_credited([("ar", "نفذ جهاز مكافحة الإرهاب العراقي عملية إنزال جوي في صحراء الأنبار.", "IQ"),
                    ("en", "The Netherlands provided air support to Kurdish fighters near Mosul.", "NL"),
                    ("fr", "Les commandos tchadiens ont mené un raid héliporté près du lac.", "TD")],
                   ("line_of_effort", "military"))


def test_a_reporting_verb_after_a_resolution_opens_its_complement_not_a_description():
    """A Security Council press release: "his country would implement the resolution fully, recalling that Iraqi courts had
    already frozen the assets of hundreds of individuals" — "recalling that" opens what the speaker recalls, no clause
    describing the resolution: its lines are the partner's."""
    _credits([("en", "Jordan will implement the resolution, stressing that its banks have frozen the accounts of Daesh financiers.")],
             ("JO",), ("line_of_effort", "counter_financing"))


def test_the_control_of_its_own_border_is_the_foreign_fighters_line():
    """A parliamentary report: "La Mauritanie … a renforcé le contrôle de sa frontière orientale avec le Mali" — the
    control of a partner's own border, by its possessive, in the three languages."""
    _each_credited([("fr", "Le Tchad a renforcé le contrôle de sa frontière avec la Libye.", "TD"),
                    ("en", "Jordan tightened control of its borders with Syria and Iraq.", "JO"),
                    ("ar", "شددت تونس مراقبة حدودها مع ليبيا.", "TN")],
                   ("line_of_effort", "foreign_terrorist_fighters"))


def test_refuting_the_terrorists_words_is_counter_messaging():
    """A king's remarks: "our scholars continue to expose the lies that terrorists spread online"; an observatory: "فنّد
    المرصد هذه الفتاوى" — a verb of refuting beside the terrorists' words is counter-messaging, in the three languages;
    refuting allegations is not."""
    _each_credited([("en", "Jordan debunks the claims that Daesh recruiters post on social media.", "JO"),
                    ("fr", "Le Maroc réfute les mensonges de Daech sur les réseaux sociaux.", "MA"),
                    ("ar", "فنّدت دار الإفتاء المصرية فتاوى داعش.", "EG")],
                   ("line_of_effort", "counter_messaging"))
    _not_credited([("en", "Qatar refuted the allegations made by the newspaper.")], "QA", ("line_of_effort", "counter_messaging"))


def test_defending_its_own_borders_is_the_foreign_fighters_line():
    """A king's remarks: "Our armed forces remain ready to defend our borders" — defending or protecting a partner's own
    borders, by its possessive, is the foreign fighters' line, in the three languages."""
    _each_credited([("en", "Lebanon will protect its borders against infiltration from Syria.", "LB"),
                    ("fr", "Le Tchad continue de protéger ses frontières face aux incursions.", "TD"),
                    ("ar", "يواصل الجيش الأردني الدفاع عن حدود المملكة.", "JO")],
                   ("line_of_effort", "foreign_terrorist_fighters"))


def test_arrested_for_belonging_to_daesh_is_the_foreign_fighters_line():
    """An army's statement: "أوقفت المواطن (م.ح.) لانتمائه إلى تنظيم داعش الإرهابي" — arrested for belonging to Daesh, as
    convicted of it (set 46): the foreign fighters' line, the preposition "ل" (for) written onto the noun."""
    _credits([("ar", "أوقفت القوى الأمنية الأردنية ثلاثة أشخاص لانتمائهم إلى تنظيم داعش.")], ("JO",),
             ("line_of_effort", "foreign_terrorist_fighters"))


def test_confiscating_the_funds_and_raising_money_for_daesh_are_counter_financing():
    """A court story: "… بالانضمام إلى تنظيم داعش الإرهابي وجمع أموال لصالحه … ومصادرة الأموال المضبوطة" — money raised for
    Daesh, the funds confiscated, in the three languages."""
    _each_credited([("ar", "قضت محكمة أردنية بمصادرة الأموال المضبوطة مع المتهمين.", "JO"),
                    ("en", "A Jordanian court confiscated the funds seized from the defendants.", "JO"),
                    ("fr", "Le tribunal marocain a ordonné la confiscation des fonds saisis chez les accusés.", "MA")],
                   ("line_of_effort", "counter_financing"))


def test_law_enforcement_elements_are_no_legislation():
    """A military spokesman: "عناصر إنفاذ القانون بشمال سيناء تمكنت … من القضاء على 12 عنصراً تكفيرياً" — the law
    enforcement elements are security forces, no law."""
    text = "قضت القوات المسلحة المصرية وعناصر إنفاذ القانون على خمسة عناصر من تنظيم داعش في سيناء."
    _not_credited([("ar", text)], "EG", ("line_of_effort", "legislation"))
    _credits([("ar", text)], ("EG",), ("line_of_effort", "military"))


def test_operations_against_other_jihadist_groups_are_military():
    """A news site's story: "الجيش الوطني يواصل عملياته ضد حركة الشباب" — a partner's forces' operations against
    al-Shabaab or Boko Haram, as against Daesh: the military line, in the three languages."""
    _each_credited([("en", "Kenya's defence forces have stepped up operations against al-Shabaab along the Somali border.", "KE"),
                    ("fr", "L'armée nigérienne a intensifié ses opérations contre Boko Haram dans la région de Diffa.", "NE"),
                    ("ar", "كثف الجيش الكيني عملياته ضد حركة الشباب قرب الحدود الصومالية.", "KE")],
                   ("line_of_effort", "military"))


def test_displaced_families_returning_home_is_stabilization():
    """An embassy's newsletter: "… will run until the end of 2027, so that Yazidi families can return to their
    villages" — families returning to their villages, as the displaced returning: stabilization."""
    _each_credited([("en", "Japan funds the project so that displaced families can return to their villages in Nineveh.", "JP"),
                    ("fr", "La Suède finance ce programme pour que les familles puissent regagner leurs villages du Sinjar.", "SE"),
                    ("ar", "تموّل كوريا المشروع لتسهيل عودة العائلات إلى مناطقها في الأنبار.", "KR")],
                   ("line_of_effort", "stabilization"))


def test_guarding_a_border_against_infiltration_is_the_foreign_fighters_line():
    """A live chat's transcript: "Jordan keeps guarding its long border with Syria against drug smuggling and ISIS
    infiltration" — guarding or watching a border, terrorists' infiltration: the foreign fighters' line."""
    _each_credited([("en", "The Lebanese army keeps guarding the border against Daesh infiltration.", "LB"),
                    ("fr", "Le Tchad doit surveiller ses frontières face aux infiltrations terroristes.", "TD"),
                    ("ar", "يواصل الجيش العراقي حراسة الحدود لمنع تسلل الإرهابيين.", "IQ")],
                   ("line_of_effort", "foreign_terrorist_fighters"))


def test_joining_islamic_state_or_travelling_to_syria_to_fight_is_the_foreign_fighters_line():
    """A court's press summary: "convicted of joining the terrorist organisation Islamic State in Syria", "for having
    travelled to Syria to take part in the group's armed activities" — joining it without an article, joining "the
    terrorist organisation", travelling to Syria to fight: the foreign fighters' line (not a bare "travelled to Syria")."""
    _each_credited([("en", "The Western High Court on Monday upheld a six-year sentence for a man who travelled to Syria to "
                           "fight for Islamic State.", "DK"),
                    ("fr", "Le tribunal de Rabat a condamné trois hommes pour avoir voulu rejoindre l'organisation terroriste "
                           "État islamique au Sahel.", "MA")],
                   ("line_of_effort", "foreign_terrorist_fighters"))
    _not_credited([("en", "The Danish foreign minister travelled to Syria to meet the new authorities.")], "DK",
                  ("line_of_effort", "foreign_terrorist_fighters"))


def test_renouncing_violence_and_a_prison_dialogue_are_rehabilitation():
    """A journalist's blog: "un dialogue entre des oulémas et des détenus salafistes … après avoir renoncé à la violence,
    ont été graciés" — former fighters who renounced violence, a dialogue held in prison: rehabilitation."""
    _each_credited([("fr", "Le Niger accueille dans un centre de Goudoumaria des dizaines d'anciens combattants qui ont "
                           "renoncé à la violence.", "NE"),
                    ("en", "Mauritania held a prison dialogue between scholars and Salafist detainees in 2010.", "MR")],
                   ("line_of_effort", "rehabilitation_reintegration"))


def test_a_purposes_negation_is_no_denial_and_prey_for_recruiters_is_prevention():
    """A minister's speech: "nous finançons des emplois … pour les jeunes …, afin qu'ils ne soient pas une proie pour les
    recruteurs extrémistes" — the negation of a purpose says what the act prevents, not that it is not done; young
    people as recruiters' prey: prevention."""
    _each_credited([("fr", "Le Bénin finance des emplois pour les jeunes du nord, afin qu'ils ne deviennent pas une proie pour "
                           "les recruteurs.", "BJ"),
                    ("en", "Kenya protects young people who are easy prey for extremist recruiters.", "KE")],
                   ("line_of_effort", "prevention_cve"))


def test_a_legislative_framework_is_legislation_and_child_protection_is_rehabilitation():
    """A news agency's story: "سلطنة عُمان ماضية في تطوير منظومتها التشريعية لمكافحة تمويل الإرهاب" — a partner's
    legislative system or framework: legislation; a petition's response: returned children "supported by provincial child
    and family services": rehabilitation, as "aide sociale à l'enfance" is."""
    _each_credited([("ar", "تواصل البحرين تطوير منظومتها التشريعية لمكافحة تمويل الإرهاب.", "BH"),
                    ("fr", "La Tunisie a renforcé son arsenal législatif contre le financement du terrorisme.", "TN")],
                   ("line_of_effort", "legislation"))
    _credits([("en", "Jordan repatriated 20 children from al-Hol. Returned children are supported by child protection "
                     "services in each governorate.")], ("JO",), ("line_of_effort", "rehabilitation_reintegration"))


def test_collecting_money_and_seizing_sums_are_counter_financing():
    """An interior ministry's statement: "ضبط خلية … كانوا يجمعون الأموال … ويحولونها إلى عناصر تنظيم داعش"; a news agency's
    "صادرت وثائق تنظيمية ومبالغ مالية" — collecting money for Daesh, seizing sums of money: counter-financing."""
    _each_credited([("ar", "أعلن جهاز أمن الدولة الكويتي ضبط خلية كانت تجمع الأموال لصالح تنظيم داعش في سوريا.", "KW"),
                    ("ar", "ضبطت الشرطة الأردنية خمسة أشخاص ينتمون إلى تنظيم داعش وصادرت مبالغ مالية كانت بحوزتهم.", "JO")],
                   ("line_of_effort", "counter_financing"))


def test_at_risk_of_recruitment_is_prevention_and_tried_by_our_courts_is_legislation():
    """An NGO's donor update: "Our programme for young people at risk of recruitment by extremist groups"; a minister's
    op-ed: "Les mères ont été … jugées par nos tribunaux. Les enfants … ont été confiés aux services d'aide à la
    jeunesse" — young people at risk of recruitment: prevention; tried by the partner's courts: legislation; youth
    services' care: rehabilitation; a partner that reinforced its positions: military."""
    _each_credited([("en", "Denmark funds a programme for young people at risk of recruitment by extremist groups in Erbil.",
                     "DK")], ("line_of_effort", "prevention_cve"))
    text = ("La Belgique a rapatrié vingt mères et quarante enfants des camps syriens. Les mères ont été jugées par nos "
            "tribunaux. Les enfants ont été confiés aux services d'aide à la jeunesse.")
    for fact in (("line_of_effort", "legislation"), ("line_of_effort", "rehabilitation_reintegration")):
        _credits([("fr", text)], ("BE",), fact)
    _each_credited([("en", "Kenya reinforced its positions along the Somali border after the attack.", "KE")],
                   ("line_of_effort", "military"))


def test_based_on_is_no_building_and_deradicalisation_in_prison_is_no_prevention():
    """A media cell's statement: "… ضربات جوية … بناءً على معلومات استخبارية" — "بناءً على" is "based on", no building;
    a daily's article: "un parcours de déradicalisation en prison" for terrorism convicts — rehabilitation, not
    prevention."""
    _credited_but_not([("ar", "نفذت طائرات F-16 العراقية ضربات جوية على أوكار داعش بناءً على معلومات استخبارية.")], "IQ",
                      ("line_of_effort", "military"), ("line_of_effort", "stabilization"))
    _credited_but_not([("fr", "Le Maroc offre à 300 détenus condamnés pour terrorisme un parcours de déradicalisation en "
                              "prison.")], "MA",
                      ("line_of_effort", "rehabilitation_reintegration"), ("line_of_effort", "prevention_cve"))


def test_correcting_misconceptions_is_counter_messaging_and_preventing_a_resurgence_no_prevention():
    """A news agency's story: "قافلة دعوية … لتصحيح المفاهيم المغلوطة التي تروجها الجماعات الإرهابية" — correcting the
    misconceptions terrorist groups spread: counter-messaging; a commentary's "whether this lighter footprint can prevent
    a resurgence" — preventing Daesh's return is no prevention of violent extremism."""
    _each_credited([("ar", "أرسلت وزارة الأوقاف الأردنية أئمة إلى المحافظات لتصحيح المفاهيم المغلوطة التي تروجها الجماعات "
                           "الإرهابية.", "JO")], ("line_of_effort", "counter_messaging"))
    _credited_but_not([("en", "Hungary kept 200 soldiers in Erbil to train Kurdish forces and prevent a resurgence of ISIS.")],
                      "HU", ("line_of_effort", "military"), ("line_of_effort", "prevention_cve"))


def test_psychosocial_support_for_refugees_is_no_rehabilitation():
    """An embassy's newsletter: "un programme de soutien psychosocial pour les enfants réfugiés syriens" — psychosocial
    support for refugees is humanitarian aid, no rehabilitation of those who joined or lived under Daesh."""
    for lang, text, code in [("fr", "La Belgique finance un programme de soutien psychosocial pour les enfants réfugiés "
                                    "syriens à Mafraq.", "BE"),
                             ("en", "Norway funds psychosocial support for refugee children in Mafraq.", "NO")]:
        assert ("line_of_effort", "rehabilitation_reintegration") not in facts(text, lang).get(code, set()), text


def test_a_subjects_noun_before_a_denial_of_its_line_gives_no_line():
    """A parliamentary written answer: "the Defence Forces do not take part in the Coalition's military operations" — the
    subject's noun is a cue of the line its denied verb names, and says no more than the verb does: no military line; a
    clause after "but" is another's act."""
    for lang, text in [("en", "Austria supports the Coalition. Under our neutrality, the armed forces do not take part in the "
                              "Coalition's air strikes."),
                       ("fr", "L'Autriche soutient la Coalition. En raison de sa neutralité, ses forces armées ne participent "
                              "pas aux frappes aériennes de la Coalition."),
                       ("ar", "تدعم النمسا التحالف. وبسبب سياسة الحياد، فإن القوات المسلحة لا تشارك في الضربات الجوية للتحالف.")]:
        got = facts(text, lang)
        assert ("line_of_effort", "military") not in got.get("AT", set()), (text, got)
    got = facts("Austria supports the Coalition. The armed forces do not take part in air strikes but train Iraqi soldiers.",
                "en")
    assert ("line_of_effort", "military") in got.get("AT", set()), got


def test_the_care_of_returnee_children_and_prosecution_on_return():
    """A university's press release and a senate's report: "the Finnish Institute for Health and Welfare, which advises
    Finland's municipalities on the care of returnee children" — the care of children brought back from the camps is
    rehabilitation, and an office named by the partner's adjective and its name's "for …" is the subject of the relative
    after it; "Le ministère public néerlandais poursuit les mères dès leur retour" — prosecuting the mothers on their
    return is the foreign fighters' line."""
    _each_credited([("en", "Japan funds the project. The Danish Agency for Social Services, which trains teachers to support "
                           "returnee children, shared its guidance.", "DK"),
                    ("fr", "Le Japon finance le projet. L'Allemagne organise l'accueil des enfants rapatriés des camps dans "
                           "ses écoles.", "DE"),
                    ("ar", "تمول اليابان المشروع. وتشرف الحكومة الأردنية على رعاية الأطفال العائدين من "
                           "المخيمات.", "JO")], ("line_of_effort", "rehabilitation_reintegration"))
    _each_credited([("fr", "Le Japon finance le projet. Le parquet suédois poursuit les mères dès leur retour.", "SE"),
                    ("en", "Japan funds the project. Swedish prosecutors charge the mothers upon their return.", "SE")],
                   ("line_of_effort", "foreign_terrorist_fighters"))


def test_a_line_told_by_a_supporters_phrase_is_not_the_actors():
    """A senate's report: "la Belgique a rapatrié seize enfants …, avec l'appui logistique des États-Unis" — logistical or
    technical support after "with the … support of" is its giver's part, no military line of the repatriating partner."""
    for lang, text in [("en", "Austria brought home three children from Roj with the logistical support of the United States."),
                       ("fr", "L'Autriche a rapatrié trois enfants du camp de Roj avec l'appui logistique des États-Unis."),
                       ("ar", "أعادت النمسا ثلاثة أطفال من مخيم روج بدعم لوجستي من الولايات المتحدة.")]:
        got = facts(text, lang)
        assert ("line_of_effort", "military") not in got.get("AT", set()), (text, got)
        assert ("line_of_effort", "foreign_terrorist_fighters") in got.get("AT", set()), (text, got)


def test_clearance_of_schools_or_homes_is_stabilisation():
    """A UN agency's donor update: "Australia — AUD 1 million for the clearance of schools and hospitals in west Mosul" —
    clearance of what the stabilisation line rebuilds (schools, homes, infrastructure) is that line; clearance alone
    (a visa's, a customs') is none."""
    _each_credited([("en", "Korea gave USD 2 million for the clearance of homes and schools in Sinjar.", "KR")],
                   ("line_of_effort", "stabilization"))
    got = facts("Korea simplified the customs clearance of medical equipment.", "en")
    assert ("line_of_effort", "stabilization") not in got.get("KR", set()), got


def test_provisions_adopted_are_legislation():
    """A Council of State's opinion: "la France et les Pays-Bas ont adopté des dispositions comparables" — a state that
    adopted provisions (comparable, similar, new) acts on the legislation line."""
    _each_credited([("fr", "La Croatie a adopté des dispositions similaires en 2019.", "HR"),
                    ("en", "Croatia adopted similar provisions in 2019.", "HR"),
                    ("ar", "وقد أقرت كرواتيا أحكاماً مماثلة عام 2019.", "HR")], ("line_of_effort", "legislation"))


def test_mothers_tried_and_designated_individuals():
    """A joint op-ed: "… leurs mères, qui ont ensuite été jugées" — people tried are the legislation line, as "were tried"
    is; a Security Council press release: "… the names of individuals it had designated" — designations of individuals
    and entities are counter-financing."""
    _each_credited([("fr", "La Suède a rapatrié trois femmes, qui ont ensuite été jugées à Stockholm.", "SE")],
                   ("line_of_effort", "legislation"))
    _each_credited([("en", "Korea shares with the Committee the names of individuals it has designated.", "KR")],
                   ("line_of_effort", "counter_financing"))


def test_an_arabic_air_strike_carried_out_is_military():
    """A news story: "قالت القيادة الأمريكية في أفريقيا (أفريكوم) إنها نفذت غارة جوية في المنطقة نفسها" — one air strike
    carried out ("نفذت غارة جوية", "شنت غارة"), as "غارات جوية" are, is the military line; an air strike named as how a
    man died ("مقتل قيادي … بضربة جوية") is nobody's act."""
    _each_credited([("ar", "تدعم فرنسا العراق. وقالت وزارة الدفاع الفرنسية إنها نفذت غارة جوية على مخبأ لداعش.", "FR")],
                   ("line_of_effort", "military"))
    got = facts("تدعم فرنسا العراق بالمال.\n\nعاجل | مصدر أمني: مقتل قيادي في داعش بضربة جوية قرب الحدود.", "ar")
    assert ("line_of_effort", "military") not in got.get("FR", set()), got


def test_a_law_named_by_its_number_is_legislation():
    """A financial intelligence unit's circular: "… للعقوبات المنصوص عليها في القانون رقم 106 لسنة 2013 في شأن مكافحة غسل
    الأموال وتمويل الإرهاب" — a partner's law named by its number is the legislation line."""
    _each_credited([("ar", "تعمم الوحدة البحرينية قائمة جديدة. وتؤكد الوحدة أن المخالفين يتعرضون للجزاءات المنصوص عليها في "
                           "القانون رقم 4 لسنة 2001.", "BH"),
                    ("en", "Bahrain's unit circulated a new list. The unit stressed that violators face the sanctions set out in "
                           "Law No. 4 of 2001.", "BH")],
                   ("line_of_effort", "legislation"))


def test_the_belgian_defences_components_are_military():
    """A cycling club's bulletin: "notre trésorier, l'adjudant Luc Martens, de la Composante Air belge, rentré ce mois-ci
    de Jordanie où il était engagé au sein de la Coalition" — Belgium's air, land and naval components ("composante
    Air", "composante Terre", "composante Marine") are its armed forces, as "air component" is in English."""
    _each_credited([("fr", "La chorale salue le retour du sergent Marc Peeters, de la Composante Terre belge, revenu "
                           "d'Irak en octobre.", "BE"),
                    ("fr", "Le premier maître Anne Claes, de la Composante Marine belge, est rentrée de sa mission au "
                           "large de la Syrie.", "BE")],
                   ("line_of_effort", "military"))


def test_a_partner_acting_in_a_clause_of_place_after_an_initiative_does_its_line():
    """Class notes: "the Global Coalition's Communications Working Group, where Portugal and the other members counter
    Daesh's propaganda online" — a clause of place after an initiative's name describes it, unless a partner is its
    subject: then the line is that partner's act. "Combattre la propagande" is no armed fight."""
    _credited_but_not([("en", "Jordan takes part in the Coalition. Ana Sousa joined the Coalition's Communications Working "
                              "Group, where Portugal counters Daesh's propaganda online."),
                       ("fr", "La Jordanie participe à la Coalition. Ana Sousa a rejoint le groupe de travail de la "
                              "Coalition sur la communication, où le Portugal combat la propagande de Daech en ligne.")],
                      "PT", ("line_of_effort", "counter_messaging"), ("line_of_effort", "military"))


def test_a_course_in_brackets_after_a_name_before_its_verb_is_no_line():
    """Class notes: "Ana Sousa (Law) has been seconded by …" — the course in brackets after a person's names, its verb
    after it, is no act on the law, as at a sentence's end ("Proposed: Amira Patel (Law).")."""
    got = facts("Norway's diplomat Tomas Berg (Law) has joined the Counter ISIS Finance Group.", "en")
    assert ("initiative", "counter-isis-finance-group") in got.get("NO", set()), got
    assert ("line_of_effort", "legislation") not in got.get("NO", set()), got


def test_the_return_of_people_from_abroad_is_bringing_them_home():
    """Class notes: "the Swedish Police Authority has put her in charge of preparing the return of Swedish women and
    children from the camps in north-east Syria" — the return "of" people "from" abroad is the foreign fighters' line;
    not a return "to their villages" inside the country, nor soldiers' return "from the mission"."""
    _each_credited([("en", "The Danish Police are preparing the return of Danish women and children from the camps in "
                           "north-east Syria.", "DK"),
                    ("fr", "La police danoise prépare le retour des femmes et des enfants danois des camps du nord-est de "
                           "la Syrie.", "DK"),
                    ("ar", "تعد الشرطة الدنماركية لعودة النساء والأطفال الدنماركيين من المخيمات في شمال شرق سوريا.", "DK")],
                   ("line_of_effort", "foreign_terrorist_fighters"))
    _not_credited([("en", "Germany funds the return of former fighters' families to their villages."),
                   ("fr", "L'Allemagne finance le retour des familles dans leurs villages du Sinjar."),
                   ("ar", "تمول ألمانيا عودة العائلات النازحة إلى قراها في سنجار.")],
                  "DE", ("line_of_effort", "foreign_terrorist_fighters"))
    _not_credited([("en", "On their return from the mission, the Belgian soldiers were greeted by their families."),
                   ("fr", "À leur retour de mission, les militaires belges ont été accueillis par leurs familles."),
                   ("ar", "لدى عودتهم من المهمة، استقبل الجنود البلجيكيون عائلاتهم.")],
                  "BE", ("line_of_effort", "foreign_terrorist_fighters"))


def test_what_a_partner_chose_rather_than_is_no_line():
    """A podcast's show notes: "She explains why Tokyo chose reconstruction rather than troops" — what stands right after
    "rather than", "instead of", "plutôt que", "بدلا من" is what the partner did not do."""
    _credited_but_not([("en", "Norway chose to fund reconstruction rather than troops."),
                       ("en", "Norway funds reconstruction instead of sending soldiers."),
                       ("fr", "La Norvège a choisi de financer la reconstruction plutôt que des troupes."),
                       ("ar", "اختارت النرويج تمويل إعادة الإعمار بدلا من إرسال القوات.")],
                      "NO", ("line_of_effort", "stabilization"), ("line_of_effort", "military"))


def test_a_departments_name_between_commas_after_its_ministry_is_no_line():
    """A call for proposals: "Le ministère des Affaires étrangères et européennes du Grand-Duché de Luxembourg, Direction
    de la coopération au développement et de l'action humanitaire, lance un appel à propositions pour des projets de
    réintégration …" — the department's name, set between commas after its ministry, ends on a line's word: the name's,
    no act; an office named in its sentence's run keeps its line ("the Iraqi Directorate of Mine Action, which sets the
    clearance priorities")."""
    _credited_but_not([("fr", "Le ministère des Affaires étrangères de la Norvège, Direction de la coopération et de l'action "
                              "humanitaire, finance la réintégration des enfants anciennement associés à Daech."),
                       ("en", "The Ministry of Foreign Affairs of Norway, Department for Development and Humanitarian Aid, "
                              "funds the reintegration of children formerly associated with Daesh.")],
                      "NO", ("line_of_effort", "rehabilitation_reintegration"), ("line_of_effort", "stabilization"))
    _each_credited([("en", "Norway works with the Iraqi Directorate of Mine Action, which sets the clearance priorities.", "IQ")],
                   ("line_of_effort", "stabilization"))


def test_a_partners_surveillance_of_its_own_border_is_the_foreign_fighters_line():
    """A country sheet: "La Tunisie a renforcé la surveillance de sa frontière avec la Libye" — watching its own border, by
    its possessive, is border security as "la surveillance de la frontière" is."""
    _each_credited([("fr", "La Tunisie a renforcé la surveillance de sa frontière avec la Libye.", "TN"),
                    ("fr", "Le Tchad a renforcé le contrôle de ses frontières avec la Libye.", "TD"),
                    ("en", "Tunisia has stepped up surveillance of its border with Libya.", "TN")],
                   ("line_of_effort", "foreign_terrorist_fighters"))


def test_things_handed_over_bring_no_one_home():
    """An embassy's post: "سلمت المملكة المتحدة اليوم معدات حديثة لكشف المتفجرات إلى المديرية العامة لشؤون الألغام العراقية …
    وتمكين العائلات من العودة إلى منازلها" — a verb of handing over whose object is a thing (equipment, aid) brings no one
    home: no foreign fighters' line beside the families' return home."""
    _credited_but_not([("ar", "سلمت الدنمارك اليوم معدات حديثة لكشف المتفجرات إلى مديرية شؤون الألغام العراقية، لدعم تطهير "
                              "المناطق المحررة وتمكين العائلات من العودة إلى منازلها.")],
                      "DK", ("line_of_effort", "stabilization"), ("line_of_effort", "foreign_terrorist_fighters"))
