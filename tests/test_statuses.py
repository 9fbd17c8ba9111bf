"""Statuses: whether a partner's part in a mission goes on or has ended, read from the clause's tense,
dates, spans and words of ending, one rule at a time, each in a text written for it.

Split out of tests/test_actors.py by what its tests read; the helpers are tests/reading.py."""

from __future__ import annotations

from coalition_lod.extract import extract
from coalition_lod.model import Document

from .reading import (
    _credited_but_not,
    _credits,
    _each_others_peer,
    _headcount_is,
    _not_credited,
    _not_ended,
    _status_is,
    attrs,
    extract_sents,
    facts,
)


def test_another_actors_status_word_says_nothing_of_this_mission():
    got = attrs("Italy continued its training mission under NATO Mission Iraq, while Spain ended its deployment "
                "in 2021.", "en")
    assert got[("it", "nato-mission-iraq")].get("status") != "ended"


def test_a_participation_extended_until_a_year_has_not_ended():
    """Extended ("will extend", "prolongera"): what goes on, whatever year it goes on to."""
    for lang, text in (("fr", "La Norvège prolongera sa participation à la mission de l'OTAN en Irak jusqu'en 2027."),
                       ("fr", "Les Pays-Bas prolongeront leur participation à l'opération Inherent Resolve."),
                       ("en", "Norway will extend its participation in NATO Mission Iraq until 2027.")):
        got = attrs(text, lang)
        assert [a.get("status") for a in got.values()] == ["ongoing"], (text, got)


def test_a_contribution_kept_in_the_future_is_ongoing():
    """"will keep", "maintiendra", "ستحتفظ": what a partner will keep it has now; a future
    alone is a plan ("will send")."""
    for lang, text in (("en", "Finland will keep 80 soldiers in Operation Inherent Resolve."),
                       ("en", "Finland will maintain its 80 soldiers in Operation Inherent Resolve."),
                       ("fr", "La Finlande maintiendra ses 80 soldats dans l'opération Inherent Resolve."),
                       ("ar", "ستحتفظ فنلندا بـ80 جنديا في عملية العزم الصلب.")):
        assert attrs(text, lang)[("fi", "cjtf-oir")].get("status") == "ongoing", (text, attrs(text, lang))
    planned = attrs("Finland will send 80 soldiers to Operation Inherent Resolve to keep up the pressure.", "en")
    assert planned[("fi", "cjtf-oir")].get("status") == "planned", planned


def test_a_formal_name_with_words_around_the_short_name_is_still_the_partner():
    """"the Arab Republic of Egypt", "la République arabe d'Égypte", "جمهورية مصر العربية",
    "المملكة الأردنية الهاشمية", "the Federal Republic of Germany": the longest formal words
    before the name, and in Arabic the adjective that ends the formal name after it, are
    the name: a list of them is still a list."""
    for lang, text, pair in (
            ("en", "The Arab Republic of Egypt and Canada signed a memorandum on countering terrorism.", {"EG", "CA"}),
            ("en", "The Federal Republic of Germany and the Republic of Korea signed a cooperation agreement.",
             {"DE", "KR"}),
            ("fr", "La République arabe d'Égypte et le Canada ont signé un accord de coopération.", {"EG", "CA"}),
            ("ar", "وقعت جمهورية مصر العربية وكندا مذكرة تعاون في مكافحة الإرهاب.", {"EG", "CA"}),
            ("ar", "وقعت المملكة الأردنية الهاشمية وكندا مذكرة تعاون في مكافحة الإرهاب.", {"JO", "CA"})):
        _each_others_peer(text, lang, pair)


def test_a_deployment_in_the_present_tense_is_ongoing():
    """"deploys", "déploie désormais", "تنشر": what a partner deploys now goes on; "will
    deploy", "déploiera", "ستنشر" are still plans."""
    for lang, text, status in (
            ("en", "Croatia deploys 25 instructors to NATO Mission Iraq.", "ongoing"),
            ("fr", "La Croatie déploie désormais 25 instructeurs au sein de la mission de l'OTAN en Irak.", "ongoing"),
            ("ar", "تنشر كرواتيا 25 مدربا في بعثة حلف شمال الأطلسي في العراق.", "ongoing"),
            ("en", "Croatia will deploy 25 instructors to NATO Mission Iraq.", "planned"),
            ("fr", "La Croatie déploiera 25 instructeurs au sein de la mission de l'OTAN en Irak.", "planned"),
            ("ar", "ستنشر كرواتيا 25 مدربا في بعثة حلف شمال الأطلسي في العراق.", "planned")):
        got = attrs(text, lang)
        assert got[("hr", "nato-mission-iraq")].get("status") == status, (text, got)


def test_until_a_year_ends_a_participation_only_in_a_clause_of_the_past():
    """"حتى عام": ended where the clause tells of the past ("شاركت ... حتى عام 2018"), not where
    it goes on or is to come ("ستواصل ... حتى عام 2028", "سوف تشارك ..."); a clause of its own
    decides. "سوف" before a verb-first clause leaves its subject after the verb."""
    for text, status in (
            ("شاركت سلوفينيا في بعثة حلف شمال الأطلسي في العراق حتى عام 2018.", "ended"),
            ("ستواصل سلوفينيا مشاركتها في بعثة حلف شمال الأطلسي في العراق حتى عام 2028.", "ongoing"),
            ("سوف تواصل سلوفينيا مشاركتها في بعثة حلف شمال الأطلسي في العراق حتى عام 2028.", "ongoing"),
            ("سوف تشارك سلوفينيا في بعثة حلف شمال الأطلسي في العراق حتى عام 2028.", "planned"),
            ("تشارك سلوفينيا في عملية العزم الصلب، وقد شاركت في بعثة حلف شمال الأطلسي في العراق حتى عام 2018.",
             "ended")):
        got = attrs(text, "ar")
        assert got[("si", "nato-mission-iraq")].get("status") == status, (text, got)


def test_a_new_verb_after_and_tells_its_own_missions_status():
    """"has ended its part in A and will instead send ... to B": the end is A's; B, in a
    clause of its own whose only cue is a future, is planned."""
    for lang, text in (
            ("en", "Slovenia has ended its participation in Operation Inherent Resolve and will instead send six "
                   "advisers to NATO Mission Iraq next year."),
            ("fr", "La Slovénie a mis fin à sa participation à l'opération Inherent Resolve et enverra plutôt six "
                   "conseillers à la mission de l'OTAN en Irak l'an prochain."),
            ("ar", "أنهت سلوفينيا مشاركتها في عملية العزم الصلب وسترسل بدلا من ذلك ستة مستشارين إلى بعثة حلف شمال "
                   "الأطلسي في العراق العام المقبل.")):
        got = attrs(text, lang)
        assert got[("si", "cjtf-oir")].get("status") == "ended", (text, got)
        assert got[("si", "nato-mission-iraq")].get("status") == "planned", (text, got)


def test_a_closed_span_of_years_ends_the_mission_nearest_it():
    """"from 2018 to 2019", "de 2018 à 2019", "من عام 2018 إلى عام 2019", "بين عامي 2018
    و2020", "(2014–2023)", "From 2015 to 2020, ...": the mission it dates has ended; another
    in the sentence keeps its own status, and two years joined by "and" are no span."""
    for lang, text in (
            ("en", "Croatia continues to deploy 30 personnel to Operation Inherent Resolve, and it led NATO Mission Iraq "
                   "from 2020 to 2021."),
            ("fr", "La Croatie a dirigé la mission de l'OTAN en Irak de 2020 à 2021."),
            ("ar", "قادت كرواتيا بعثة حلف شمال الأطلسي في العراق من عام 2020 إلى عام 2021."),
            ("ar", "شاركت كرواتيا في بعثة حلف شمال الأطلسي في العراق بين عامي 2019 و2021."),
            ("en", "Croatia took part in NATO Mission Iraq (2019–2021)."),
            ("en", "From 2019 to 2021, some 30 Croatian soldiers served in NATO Mission Iraq.")):
        got = attrs(text, lang)
        assert got[("hr", "nato-mission-iraq")].get("status") == "ended", (text, got)
        if ("hr", "cjtf-oir") in got:
            assert got[("hr", "cjtf-oir")].get("status") == "ongoing", (text, got)
    got = attrs("In 2019 and 2021 Croatia sent soldiers to NATO Mission Iraq, which it still supports.", "en")
    assert got[("hr", "nato-mission-iraq")].get("status") != "ended", got


def test_until_a_year_ends_by_the_documents_own_time():
    """"until 2021", "jusqu'en 2021": ended where the document names a later year, whatever
    the verb ("deployed" is no present); not where the clause speaks of later ("will extend
    ... until 2025") or no later year is named and the clause goes on; "until further notice"
    and "jusqu'à 300 soldats" are no year."""
    later = " In 2024 Slovakia joined the Counter ISIS Finance Group."
    for lang, text, status in (
            ("en", "Slovakia deployed 40 trainers to NATO Mission Iraq until 2021." + later, "ended"),
            ("en", "Slovakia contributed to NATO Mission Iraq until 2021.", "ended"),
            ("fr", "La Slovaquie a participé à la mission de l'OTAN en Irak jusqu'en 2021. En 2024, elle a rejoint le "
                   "groupe de lutte contre le financement de Daech.", "ended"),
            ("en", "Slovakia will extend its participation in NATO Mission Iraq until 2021." + later, "ongoing"),
            ("en", "Slovakia keeps 40 trainers in NATO Mission Iraq until the end of 2026." + later, "ongoing"),
            ("fr", "La Slovaquie participera à la mission de l'OTAN en Irak jusqu'à fin 2026. En 2024, elle a rejoint "
                   "le groupe de lutte contre le financement de Daech.", "planned"),
            ("en", "Slovakia can send up to 40 trainers to NATO Mission Iraq until further notice.", None)):
        got = attrs(text, lang)
        assert got[("sk", "nato-mission-iraq")].get("status") == status, (text, got)


def test_until_ends_a_participation_but_not_a_role():
    """"contributed 40 soldiers … until 2023" has ended though the text names no later year
    than 2014; "commanded NATO Mission Iraq … until 2020" ended a command, not the part."""
    got = attrs("Croatia joined the Coalition in 2014. It contributed 40 soldiers to NATO Mission Iraq until 2023.", "en")
    assert got[("hr", "nato-mission-iraq")].get("status") == "ended", got
    got = attrs("Croatia contributes to NATO Mission Iraq. Croatia commanded NATO Mission Iraq from its launch until "
                "November 2020.", "en")
    assert got[("hr", "nato-mission-iraq")].get("status") != "ended", got


def test_an_acronym_with_an_english_possessive_is_still_the_acronym():
    """"the US's main contribution", "the UK’s contribution": a name matched in capitals
    only (so that "us" is no state) keeps matching before "'s"; the mission whose subject
    it is in the predicate is that partner's."""
    for text, code, mission in (
            ("Operation Inherent Resolve is the US's main contribution against Daesh. About 2,500 American troops "
             "remain in Iraq.", "US", "cjtf-oir"),
            ("Operation Shader remains the UK’s contribution to the fight against Daesh. British crews still fly "
             "Typhoons over Iraq and Syria.", "GB", "operation-shader")):
        got = facts(text, "en")
        assert ("mission", mission) in got.get(code, set()), (text, got)


def test_statuses_of_profiles_a_span_in_its_own_clause_a_french_participle_and_a_peer_after_a_non_partner():
    """"… since 2019, and from 2015 to 2021 it deployed a medical team to Operation Inherent
    Resolve": the span's mission is the one of its own clause; "a contribué … jusqu'en 2023"
    is past, not "contribue"; "with Azerbaijan and Türkiye": Türkiye is a peer, the state
    outside the Coalition before it no stop."""
    got = attrs("Moldova has contributed about 40 soldiers to NATO Mission Iraq since 2019, and from 2015 to 2021 it "
                "deployed a medical team to Operation Inherent Resolve.", "en")
    assert got[("md", "cjtf-oir")].get("status") == "ended" and got[("md", "nato-mission-iraq")].get("status") != "ended", got
    got = attrs("La Moldavie a rejoint la Coalition en 2023. Elle a contribué jusqu'en 2023 à la mission de l'OTAN en Irak "
                "avec 40 militaires.", "fr")
    assert got[("md", "nato-mission-iraq")].get("status") == "ended", got
    got = facts("Moldova works closely with Azerbaijan and Türkiye on border security.", "en")
    assert ("cooperation", "TR") in got["MD"], got


def test_a_participation_continued_in_a_report_goes_on():
    """"En 2024, la Belgique a poursuivi sa participation à …": what a report says a partner
    continued goes on, as "continued" does in English."""
    got = attrs("En 2024, l'Estonie a poursuivi sa participation à la mission de l'OTAN en Irak avec une trentaine de "
                "conseillers.", "fr")
    assert got[("ee", "nato-mission-iraq")].get("status") == "ongoing", got


def test_an_until_of_another_clause_does_not_end_the_mission():
    """"Some 150 soldiers still train … under Operation Inherent Resolve, and our F-16s flew
    reconnaissance missions over Iraq until 2017": the end is the flights', in their own
    clause; "Until 2016, …" opening a sentence dates all of it."""
    got = attrs("Some 150 Slovak soldiers still train Iraqi special forces under Operation Inherent Resolve, and "
                "Slovak aircraft flew reconnaissance missions over Iraq until 2017.", "en")
    assert got[("sk", "cjtf-oir")].get("status") != "ended", got
    got = attrs("Until 2016, Slovakia contributed 12 soldiers to Operation Inherent Resolve.", "en")
    assert got[("sk", "cjtf-oir")].get("status") == "ended", got


def test_a_span_of_years_ends_the_mission_it_tells_of():
    """A closed span of years after a comma at the sentence's end ends the mission before
    it; in one clause, the mission the span follows rather than the one after it; a
    reduction between two years ends nothing."""
    got = attrs("Les soldats slovaques ont formé des sapeurs irakiens dans le cadre de la mission de l'OTAN en Irak, "
                "de 2018 à 2021.", "fr")
    assert got[("sk", "nato-mission-iraq")].get("status") == "ended", got
    got = attrs("Finland took part in Operation Inherent Resolve from 2015 to 2020 and sent its instructors to NATO "
                "Mission Iraq.", "en")
    assert got[("fi", "cjtf-oir")].get("status") == "ended" and got[("fi", "nato-mission-iraq")].get("status") != "ended", got
    got = attrs("Finland reduced its contingent in Operation Inherent Resolve from 100 to 40 soldiers between 2019 and "
                "2022.", "en")
    assert got[("fi", "cjtf-oir")].get("status") != "ended", got


def test_the_agents_after_an_initiative_lead_it_and_the_subject_goes_on():
    """"Greece took part in the ministerial meeting co-chaired by Italy and the United States.
    The country pledged …": the co-chairs hold the meeting too, and "the country" after
    them is still Greece, the subject, not the agents of the passive."""
    for lang, text in (
            ("en", "Athens, 2 May 2025 — Greece took part in the Coalition ministerial meeting co-chaired by Italy and the "
                   "United States. The country pledged 5 million euros to the Funding Facility for Stabilization."),
            ("fr", "Athènes, le 2 mai 2025 — La Grèce a participé à la réunion ministérielle de la Coalition, coprésidée par "
                   "l'Italie et les États-Unis. Le pays a promis 5 millions d'euros au Mécanisme de financement pour la "
                   "stabilisation."),
            ("ar", "أثينا في 2 أيار / واس / شاركت اليونان في الاجتماع الوزاري للتحالف الدولي الذي عقد في روما برئاسة مشتركة "
                   "بين إيطاليا والولايات المتحدة. وتعهدت الدولة بتقديم 5 ملايين يورو لصندوق تمويل الاستقرار الفوري.")):
        got = facts(text, lang)
        for code in ("GR", "IT", "US"):
            assert ("initiative", "coalition-ministerial-meeting") in got.get(code, set()), (text, got)
        assert ("initiative", "funding-facility-for-stabilization") in got["GR"], (text, got)
        assert not any(("initiative", "funding-facility-for-stabilization") in got.get(c, set()) for c in ("IT", "US")), got


def test_but_opens_a_clause_of_its_own_status():
    """"ended its flights in 2022 but keeps a hundred trainers in Operation …": what ended is
    the flights; "but", "mais", "لكنها" open the clause whose status the mission takes."""
    for lang, text, code in (
            ("en", "Portugal ended its reconnaissance flights over Syria in 2022 but keeps eighty trainers in Iraq under "
                   "Operation Inherent Resolve.", "pt"),
            ("fr", "Le Portugal a mis fin en 2022 à ses vols de reconnaissance au-dessus de la Syrie mais maintient quatre-"
                   "vingts formateurs en Irak dans le cadre de l'opération Inherent Resolve.", "pt"),
            ("ar", "أنهت البرتغال طلعات الاستطلاع فوق سوريا عام 2022، لكنها تحتفظ بثمانين مدربا في العراق ضمن عملية العزم "
                   "الصلب.", "pt")):
        got = attrs(text, lang)
        assert got[(code, "cjtf-oir")].get("status") != "ended", (text, got)


def test_in_arabic_trainers_in_a_state_are_not_its_own_and_praise_reaches_past_the_subject():
    """"تحتفظ بمئة مدرب في العراق": trainers posted in Iraq are not Iraq's (a minister "في
    بلجيكا" is Belgium's); "وتشيد الوزارة بشكل خاص بدور الدنمارك التي …": the praised partner
    acts in what follows, the verb's subject and an adverb between."""
    got = facts("تحتفظ السويد بمئة مدرب في العراق ضمن عملية العزم الصلب.", "ar")
    assert ("mission", "cjtf-oir") in got["SE"] and "IQ" not in got, got
    got = facts("وتشيد الوزارة بشكل خاص بدور النرويج التي تولت قيادة بعثة حلف الناتو في العراق، وبمساهمة فنلندا في تدريب "
                "قوات البيشمركة.", "ar")
    assert ("mission", "nato-mission-iraq") in got["NO"] and ("mission", "nato-mission-iraq") not in got.get("FI", set()), got


def test_trainers_a_partner_sends_or_withdraws_are_the_military_line():
    """"sent trainers to Iraq", "a retiré ses derniers formateurs", "أرسلت مدربين": trainers,
    advisers or soldiers a partner sends, keeps or withdraws are the military line; the
    soldiers it rehabilitates are not."""
    for lang, text in (("en", "Ireland withdrew its last trainers from Iraq in 2021."),
                       ("fr", "L'Irlande a retiré ses derniers formateurs d'Irak en 2021."),
                       ("ar", "سحبت أيرلندا آخر المدربين من العراق عام 2021.")):
        assert ("line_of_effort", "military") in facts(text, lang).get("IE", set()), text
    for lang, text in (("en", "Ireland funds the rehabilitation of former child soldiers."),
                       ("fr", "L'Irlande finance la réinsertion d'anciens enfants soldats.")):
        assert ("line_of_effort", "military") not in facts(text, lang).get("IE", set()), text


def test_a_reduced_contingent_goes_on_and_several_countries_are_nobody():
    """"will reduce its contingent in Operation … to 400", "va ramener ses effectifs …",
    "ستخفض": the participation goes on, smaller; "several member countries began …",
    "عدة دول أعضاء" is no partner's act (not the dateline's)."""
    for lang, text in (
            ("en", "Hungary will reduce its contingent in Operation Inherent Resolve from 200 to 120 soldiers."),
            ("fr", "La Hongrie va ramener ses effectifs engagés dans l'opération Inherent Resolve de 200 à 120 militaires."),
            ("ar", "ستخفض المجر عدد جنودها في عملية العزم الصلب من 200 إلى 120 جنديا.")):
        assert attrs(text, lang)[("hu", "cjtf-oir")].get("status") == "ongoing", text
    got = facts("بغداد - بدأت عدة دول أعضاء في التحالف الدولي تقليص أعداد قواتها في العراق.", "ar")
    assert not any(k == "line_of_effort" for fs in got.values() for k, _o in fs), got
    got = facts("Hungary backs the Coalition. Several countries sent trainers to Operation Inherent Resolve.", "en")
    assert ("mission", "cjtf-oir") not in got.get("HU", set()), got


def test_a_denial_ends_at_a_colon_and_a_denied_cue_tells_no_status():
    """"Sweden has not pulled out: it still contributes …", "ne s'est pas retirée : elle
    reste engagée …": what the colon opens explains the denial and is not denied; the
    denied "pulled out" ends nothing."""
    for lang, text, code in (
            ("en", "Sweden has not pulled out: it still contributes about 70 trainers to NATO Mission Iraq.", "se"),
            ("fr", "La Belgique ne s'est pas retirée : elle reste engagée dans la mission de l'OTAN en Irak.", "be")):
        got = attrs(text, lang)
        assert got.get((code, "nato-mission-iraq"), {}).get("status") == "ongoing", (lang, got)


def test_a_part_phased_out_has_ended_and_a_french_deployment_expected_is_planned():
    """"phased out its contribution to …" ends it; "devrait déployer", "devraient envoyer" (is
    expected to deploy, to send) plan it, the verb of deploying after it notwithstanding."""
    got = attrs("Hungary phased out its contribution to Operation Inherent Resolve in 2021.", "en")
    assert got[("hu", "cjtf-oir")].get("status") == "ended", got
    got = attrs("Les Pays-Bas devraient envoyer une dizaine d'instructeurs à la mission de l'OTAN en Irak.", "fr")
    assert got[("nl", "nato-mission-iraq")].get("status") == "planned", got


def test_keeping_troops_until_a_year_goes_on():
    """"approved keeping about 100 troops in NATO Mission Iraq until 2026", "le maintien d'une
    centaine de militaires … jusqu'en 2026", "الإبقاء على نحو 100 جندي … حتى عام 2026": keeping
    them is now, so "until" sets the end of a part that goes on."""
    _status_is((
            ("en", "The Bulgarian parliament approved keeping about 100 troops in NATO Mission Iraq until 2026."),
            ("fr", "Le Parlement bulgare a approuvé le maintien d'une centaine de militaires au sein de la mission de "
                   "l'OTAN en Irak jusqu'en 2026."),
            ("ar", "وافق البرلمان البلغاري على الإبقاء على نحو 100 جندي في بعثة حلف شمال الأطلسي في العراق حتى عام 2026.")),
        ("bg", "nato-mission-iraq"), "ongoing")


def test_a_part_in_a_force_since_dissolved_has_ended():
    """"had joined Task Force Takuba, which was disbanded in June 2022", "la task force Takuba,
    dissoute en juin 2022": the force is gone, and each partner's part in it with it."""
    for lang, text in (("en", "Belgium and Denmark had joined Task Force Takuba, which was disbanded in June 2022."),
                       ("fr", "La Belgique et le Danemark avaient rejoint la task force Takuba, dissoute en juin 2022.")):
        got = attrs(text, lang)
        assert all(got.get((p, "task-force-takuba"), {}).get("status") == "ended" for p in ("be", "dk")), (lang, got)


def test_still_in_arabic_goes_on_and_taking_turns_is_working_together():
    """"وما زال نسور سلاح الجو الملكي يشاركون في عملية العزم الصلب", "لا تزال … تشارك": still
    taking part, ongoing; "Belgium and the Netherlands took turns flying …": peers."""
    for text in ("وما زالت السويد تشارك في عملية العزم الصلب.", "لا تزال السويد تشارك في عملية العزم الصلب."):
        assert attrs(text, "ar")[("se", "cjtf-oir")].get("status") == "ongoing", text
    assert ("mission", "cjtf-oir") not in facts("لا تشارك السويد في عملية العزم الصلب.", "ar").get("SE", set())
    got = facts("Sweden and Finland took turns flying transport aircraft from Kuwait.", "en")
    assert ("cooperation", "FI") in got["SE"], got


def test_deciding_to_prolong_goes_on_and_sending_instructors_is_military():
    """"a décidé de prolonger d'un an la présence de ses militaires … dans le cadre de
    l'opération Inherent Resolve": ongoing; "annoncé l'envoi de 30 instructeurs": the
    military line."""
    got = attrs("Lisbonne a décidé de prolonger d'un an la présence de ses militaires dans le cadre de l'opération "
                "Inherent Resolve.", "fr")
    assert got[("pt", "cjtf-oir")].get("status") == "ongoing", got
    got = facts("Le Portugal a annoncé l'envoi de 30 instructeurs supplémentaires en Irak.", "fr")
    assert ("line_of_effort", "military") in got["PT"], got


def test_ending_a_deployment_ends_the_mission():
    """"…, ending a deployment that began in 2016 under Operation Inherent Resolve",
    "mettant fin à …": the part has ended."""
    for lang, text in (
            ("en", "Berlin, 2 July 2024 — The Croatian Air Force flew its last mission from Jordan, ending a deployment "
                   "that began in 2016 under Operation Inherent Resolve."),
            ("fr", "Zagreb, le 2 juillet 2024 — L'armée de l'air croate a effectué sa dernière mission depuis la Jordanie, "
                   "mettant fin à un déploiement commencé en 2016 dans le cadre de l'opération Inherent Resolve.")):
        assert attrs(text, lang)[("hr", "cjtf-oir")].get("status") == "ended", text


def test_an_arabic_plural_with_a_possessive_suffix_is_still_the_plural():
    """"سحبت هولندا طائراتها" (the Netherlands withdrew its aircraft), "قواتها" (its forces),
    "مدربيها" (its trainers): the plural under the suffix is the military line's word."""
    for text in ("أعلنت هولندا أنها ستسحب طائراتها المقاتلة من الأردن بنهاية العام.",
                 "نشرت الدنمارك قواتها في قاعدة عين الأسد.",
                 "سحبت النرويج مدربيها من العراق في الربيع."):
        got = facts(text, "ar")
        assert any(k == ("line_of_effort", "military") for v in got.values() for k in v), (text, got)


def test_a_count_told_after_an_object_and_a_partner_that_still_has_troops():
    """"Witnesses told the committee on Tuesday that the United States still has 2,500
    troops …": the verb of speech's object and a time stand before "that", whose clause
    is the partner's; "still" with no other cue is ongoing. "لدى إيطاليا 300 جندي"
    (Italy has 300 soldiers): the partner after "لدى" at a clause's start is its subject."""
    got = attrs("Officials told lawmakers on Monday that Spain still has about 300 troops in Iraq as part of "
                "Operation Inherent Resolve.", "en")
    assert got[("es", "cjtf-oir")] == {"personnel": 300, "status": "ongoing"}, got
    for text in ("لا يزال لدى إسبانيا 300 جندي في بعثة حلف الناتو في العراق.",
                 "وقال المتحدث إن لدى إسبانيا 300 جندي في بعثة حلف الناتو في العراق."):
        got = attrs(text, "ar")
        assert got.get(("es", "nato-mission-iraq"), {}).get("personnel") == 300, (text, got)
    got = facts("التقى سفير العراق لدى إسبانيا بوزير الدفاع الإسباني.", "ar")
    assert "IQ" not in got or ("line_of_effort", "military") not in got["IQ"], got


def test_an_agreement_between_two_partners_a_rotation_an_aircraft_model_and_judicial_alone():
    """"dans le cadre d'un accord conclu entre la Belgique et les Pays-Bas": both are
    parties; "une nouvelle rotation" goes on; "Quatre F-16 et 110 militaires belges ont
    rejoint …": the model before the subject stands aside; "Bureau central
    d'investigations judiciaires", "Central Bureau of Judicial Investigations": a body's
    name, no legislation."""
    got = facts("Les avions danois alternent avec les appareils norvégiens, dans le cadre d'un accord conclu entre le "
                "Danemark et la Norvège.", "fr")
    assert ("cooperation", "DK") in got.get("NO", set()) and ("cooperation", "NO") in got["DK"], got
    got = attrs("Six F-16 et environ 90 militaires danois ont rejoint la base d'Azraq pour une nouvelle rotation au sein "
                "de l'opération Inherent Resolve.", "fr")
    assert got[("dk", "cjtf-oir")] == {"personnel": 90, "status": "ongoing"}, got
    for lang, text in (("fr", "Le Maroc a présenté le Bureau central d'investigations judiciaires."),
                       ("en", "Morocco presented its Central Bureau of Judicial Investigations.")):
        assert ("line_of_effort", "legislation") not in facts(text, lang).get("MA", set()), text


def test_a_woman_minister_acts_for_her_partner_and_an_extension_goes_on():
    """"بغداد - زارت وزيرة الدفاع الإسبانية … القوات الإسبانية … يشاركون في بعثة حلف شمال
    الأطلسي" (the Spanish defence minister, a woman, visited …): Spain's, not the dateline's
    Iraq; "تمديد مشاركة الجيش الألماني" (extending the German army's part) goes on."""
    got = attrs("بغداد - زارت وزيرة الدفاع الهولندية اليوم القوات الهولندية المنتشرة في قاعدة بسماية، والتي يبلغ عددها "
                "نحو 120 عسكري يشاركون في بعثة حلف شمال الأطلسي في العراق.", "ar")
    assert got.get(("nl", "nato-mission-iraq"), {}).get("personnel") == 120, got
    assert ("iq", "nato-mission-iraq") not in got, got
    got = attrs("برلين - وافق البرلمان الألماني على تمديد مشاركة الجيش الألماني في بعثة الناتو في العراق لمدة عام إضافي.", "ar")
    assert got[("de", "nato-mission-iraq")].get("status") == "ongoing", got


def test_the_g5_sahel_joint_force_and_the_end_of_an_operation():
    """"ses soldats déployés … au sein de la force conjointe du G5 Sahel": a mission of the
    vocabulary; "avec la fin de l'opération Barkhane": the operation ended."""
    got = facts("Le Niger a déployé 500 soldats au sein de la force conjointe du G5 Sahel.", "fr")
    assert ("mission", "g5-sahel-joint-force") in got["NE"], got
    got = attrs("La France réduit sa présence militaire au Sahel, avec la fin de l'opération Barkhane.", "fr")
    assert got[("fr", "operation-barkhane")].get("status") == "ended", got


def test_a_present_headcount_with_about_is_ongoing():
    """"Portugal has about 30 trainers in NATO Mission Iraq", "compte environ 30 formateurs":
    a headcount the partner has today is an ongoing part."""
    _status_is((("en", "Portugal has about 30 trainers in NATO Mission Iraq."),
                       ("fr", "Le Portugal compte environ 30 formateurs au sein de la mission de l'OTAN en Irak.")),
        ("pt", "nato-mission-iraq"), "ongoing")


def test_troops_that_had_left_ended_their_part():
    """"The Swedish troops of Task Force Takuba had left by then", "étaient partis": ended."""
    _status_is((("en", "The Swedish and Danish soldiers of Task Force Takuba had left by the end of 2021."),
                       ("fr", "Les soldats suédois et danois de la task force Takuba étaient partis fin 2021.")),
        ("se", "task-force-takuba"), "ended")


def test_arabic_future_verbs_give_a_headcount_its_military_line():
    """"ستبقي على 650 جندياً", "سيرسل 30 مدرباً": the future of a verb that sends or keeps
    people makes their headcount military, as the present does."""
    for text, code in (("وقال وزير الدفاع إن البرتغال ستبقي على 120 جندياً في العراق.", "PT"),
                       ("وأكد الوزير أن الأردن سيرسل 30 مدرباً إلى الصومال.", "JO")):
        assert ("line_of_effort", "military") in facts(text, "ar").get(code, set()), (text, facts(text, "ar"))


def test_an_end_to_come_leaves_the_part_ongoing():
    """"Lithuania will withdraw its contingent from OIR next year", "plans to withdraw",
    "retirera", "prévoit de se retirer": it takes part until then, so its part is ongoing,
    not planned; "will send" is still planned."""
    _status_is((("en", "Slovenia will withdraw its contingent from NATO Mission Iraq next year."),
                       ("en", "Slovenia plans to pull out of NATO Mission Iraq in 2027."),
                       ("fr", "La Slovénie retirera son contingent de la mission de l'OTAN en Irak l'an prochain."),
                       ("fr", "La Slovénie prévoit de se retirer de la mission de l'OTAN en Irak en 2027.")), ("si", "nato-mission-iraq"), "ongoing")
    got = attrs("Slovenia will send ten trainers to NATO Mission Iraq next year.", "en")
    assert got[("si", "nato-mission-iraq")]["status"] == "planned", got


def test_a_headcount_of_the_texts_one_mission_takes_its_sentences_status():
    """"Operation Shader in numbers … Around 1,000 British personnel remain deployed in the
    region": the count goes to the one mission the text named, and so does what the sentence
    says of those people (here: that they remain, so ongoing)."""
    for lang, text, status in (
            ("en", "Operation Okra in numbers\n\nSince 2014 the air force has flown 3,000 sorties. Around 110 Australian "
                   "personnel remain deployed in the region.", "ongoing"),
            ("fr", "L'opération Okra en chiffres\n\nDepuis 2014, l'armée de l'air a effectué 3 000 sorties. Environ 110 "
                   "militaires australiens restent déployés dans la région.", "ongoing")):
        got = attrs(text, lang)
        assert got.get(("au", "operation-okra"), {}).get("personnel") == 110, (text, got)
        assert got[("au", "operation-okra")].get("status") == status, (text, got)


def test_after_peers_that_and_closed_a_comma_opens_the_clause():
    """"Together with Germany and France, Italy organised …", "Aux côtés de l'Allemagne et de
    la France, l'Italie a organisé …": a list of peers ends at its "and"; the partner after
    the comma is the subject, not a third peer (the sentence credited nobody)."""
    for lang, text in (("en", "Together with Norway and Denmark, Sweden organised the Stockholm Conference on Returnees "
                              "against ISIS."),
                       ("fr", "Aux côtés de la Norvège et du Danemark, la Suède a organisé la Conférence de Stockholm sur "
                              "les revenants de Daech.")):
        got = facts(text, lang)
        assert {("cooperation", "NO"), ("cooperation", "DK")} <= got.get("SE", set()), (text, got)
        assert any(k == "initiative" for k, _o in got["SE"]) and "NO" not in got and "DK" not in got, (text, got)


def test_taking_over_command_is_taking_part_in_the_mission_named_before():
    """"NATO Mission Iraq … Spain assumed command in 2024", "L'Italie en a pris le
    commandement", "وتولت إيطاليا قيادتها": the command taken is the mission's named last."""
    for lang, text, code in (
            ("en", "The European Union Training Mission in Mali trains Malian soldiers. Portugal took over command in "
                   "January 2023, and Belgium assumed command a year later.", "BE"),
            ("fr", "La mission de formation de l'Union européenne au Mali forme des soldats maliens. Le Portugal en a pris "
                   "le commandement en janvier 2023.", "PT"),
            ("ar", "تدرب بعثة الاتحاد الأوروبي للتدريب في مالي الجنود الماليين. وتسلمت البرتغال قيادتها في يناير 2023.", "PT")):
        got = facts(text, lang)
        assert any(k == "mission" for k, _o in got.get(code, set())), (text, got)


def test_training_told_in_the_present_is_an_ongoing_part():
    """"Spain trains …", "forment des …", "تدرب …" within a mission: it goes on."""
    _status_is((("en", "Spain trains Iraqi army engineers within NATO Mission Iraq."),
                ("en", "Spanish officers are advising Iraq's defence ministry under NATO Mission Iraq."),
                ("fr", "Des officiers espagnols forment des sapeurs irakiens dans le cadre de la mission de l'OTAN en "
                       "Irak."),
                ("ar", "تدرب إسبانيا مهندسين عسكريين عراقيين ضمن بعثة حلف شمال الأطلسي في العراق.")),
               ("es", "nato-mission-iraq"), "ongoing")


def test_arabic_continued_tells_an_ongoing_part():
    _status_is((("ar", "واصلت النرويج مشاركتها في بعثة حلف شمال الأطلسي في العراق بعشرات المدربين."),),
               ("no", "nato-mission-iraq"), "ongoing")


def test_staying_or_remaining_in_a_mission_goes_on():
    _status_is((("en", "Czech instructors will stay in NATO Mission Iraq until its mandate runs out."),
                ("fr", "Les instructeurs tchèques resteront dans la mission de l'OTAN en Irak.")),
               ("cz", "nato-mission-iraq"), "ongoing")


def test_withdrawing_from_it_and_as_did_another():
    """"Slovakia withdrew from it in 2022, as did Croatia", "s'en est retirée …, tout comme la
    Croatie", "انسحبت منها …، شأنها شأن كرواتيا": the mission named before, ended for both."""
    first = {"en": "Greece keeps 20 officers in NATO Mission Iraq. ",
             "fr": "La Grèce maintient 20 officiers dans la mission de l'OTAN en Irak. ",
             "ar": "تحتفظ اليونان بـ20 ضابطا في بعثة حلف شمال الأطلسي في العراق. "}
    for lang, text in (("en", "Slovakia withdrew from it in 2022, as did Croatia."),
                       ("fr", "La Slovaquie, elle, s'en est retirée en 2022, tout comme la Croatie."),
                       ("ar", "أما سلوفاكيا فقد انسحبت منها عام 2022، شأنها شأن كرواتيا.")):
        got = attrs(first[lang] + text, lang)
        for code in ("sk", "hr"):
            assert got.get((code, "nato-mission-iraq"), {}).get("status") == "ended", (text, got)
        assert got[("gr", "nato-mission-iraq")]["status"] == "ongoing", (text, got)


def test_todays_count_over_a_peak_and_a_list_of_places_after_across():
    """"At its peak the operation involved some 1,200 personnel; today around 400 remain
    deployed across Iraq, Syria and the wider region": today's count (its noun said before),
    and Syria after Iraq in a list of places is a place too, no actor of its own."""
    got = attrs("Belgium has contributed to Operation Inherent Resolve since 2014. At its peak the operation involved "
                "some 1,200 Belgian personnel; today around 400 remain deployed across Iraq, Syria and the wider "
                "region.", "en")
    assert got[("be", "cjtf-oir")] == {"status": "ongoing", "personnel": 400}, got


def test_troops_brought_home_after_a_comma_end_the_part():
    """"… under Operation Inherent Resolve, before bringing them home in 2020", "…, avant de les
    rapatrier en 2020", "…، قبل أن تعيدهم عام 2020": the part ended; children brought home
    from Syria end no mission ("a rapatrié six enfants")."""
    _status_is((("en", "Luxembourg sent two staff officers to Operation Inherent Resolve, before bringing them home in "
                       "2020."),
                ("fr", "Le Luxembourg a envoyé deux officiers dans l'opération Inherent Resolve, avant de les rapatrier "
                       "en 2020."),
                ("ar", "أرسلت لوكسمبورغ ضابطين إلى عملية العزم الصلب، قبل أن تعيدهم عام 2020.")),
               ("lu", "cjtf-oir"), "ended")
    _status_is((("fr", "Le Luxembourg participe à l'opération Inherent Resolve et a rapatrié six enfants de Syrie."),),
               ("lu", "cjtf-oir"), "ongoing")


def test_a_contribution_told_in_the_plural_present_is_ongoing():
    """"We contribute 40 instructors", "Finland and Sweden contribute …": it goes on."""
    _status_is((("en", "Speech by the Finnish defence minister\n\nWe contribute some 40 instructors to NATO Mission "
                       "Iraq."),
                ("en", "Finland and Sweden contribute about 40 instructors each to NATO Mission Iraq.")),
               ("fi", "nato-mission-iraq"), "ongoing")


def test_trainers_who_stay_are_ongoing_and_a_mission_quittee_has_ended():
    """"About 80 Lithuanian trainers stay in Iraq under …": it goes on; "…, que nous avons
    quittée en 2021": the participle agrees with the mission, and it has ended."""
    _status_is((("en", "About 80 Lithuanian trainers stay in Iraq under NATO Mission Iraq."),),
               ("lt", "nato-mission-iraq"), "ongoing")
    _status_is((("fr", "La Lituanie a longtemps contribué à la mission de l'OTAN en Irak, qu'elle a quittée en 2021."),),
               ("lt", "nato-mission-iraq"), "ended")


def test_a_news_storys_part_with_no_status_goes_on():
    """"WARSAW – Polish F-16s struck … on Tuesday …, within Operation Inherent Resolve": a news story
    tells what partners do now; a profile's past act says nothing of today."""
    for lang, text in (
            ("en", "WARSAW – Polish F-16 jets struck Daesh hideouts in eastern Syria on Tuesday, the Polish defence "
                   "ministry said. The strikes were carried out within Operation Inherent Resolve."),
            ("fr", "VARSOVIE – Des F-16 polonais ont frappé mardi des caches de Daech dans l'est de la Syrie, a indiqué le "
                   "ministère polonais de la Défense. Les frappes ont été menées dans le cadre de l'opération Inherent "
                   "Resolve."),
            ("ar", "وارسو – قصفت مقاتلات بولندية من طراز إف-16 يوم الثلاثاء مخابئ لداعش في شرق سوريا، بحسب وزارة الدفاع "
                   "البولندية. وقالت الوزارة إن الضربات نُفذت في إطار عملية العزم الصلب.")):
        got = attrs(text, lang).get(("pl", "cjtf-oir"))
        assert got is not None and got.get("status") == "ongoing", (text, got)


def test_an_arabic_denial_reaches_past_an_aside_after_its_subject():
    """"لا تشارك النمسا، بوصفها دولة محايدة، في العمليات العسكرية": the verb first, then its
    subject, an aside between commas, and what is denied."""
    got = facts("لا تشارك النمسا، بوصفها دولة محايدة، في العمليات العسكرية ضد داعش، لكنها تدعم برامج الاستقرار في العراق.",
                "ar")
    assert ("line_of_effort", "military") not in got.get("AT", set()), got
    assert ("line_of_effort", "stabilization") in got.get("AT", set()), got


def test_trainers_partners_provide_are_ongoing_and_those_they_will_provide_planned():
    _status_is((("en", "Latvia and Estonia provide 35 and 45 trainers respectively to NATO Mission Iraq."),),
               ("lv", "nato-mission-iraq"), "ongoing")
    _status_is((("en", "Latvia will provide 35 trainers to NATO Mission Iraq from March."),
                ("en", "Latvia agreed to provide 35 trainers to NATO Mission Iraq.")),
               ("lv", "nato-mission-iraq"), "planned")


def test_experts_states_second_to_a_civilian_mission_are_ongoing():
    """"Member states second experts to EUAM Iraq", "détache des experts": an ongoing part."""
    _status_is((("en", "Finland and Estonia second police and rule-of-law experts to EUAM Iraq."),
                ("fr", "La Finlande détache des experts de la police auprès de la mission EUAM Irak.")),
               ("fi", "euam-iraq"), "ongoing")


def test_french_engage_is_ongoing_and_s_engage_a_planned():
    _status_is((("fr", "La Lettonie engage une trentaine d'instructeurs dans la mission de l'OTAN en Irak."),),
               ("lv", "nato-mission-iraq"), "ongoing")
    _status_is((("fr", "La Lettonie s'engage à envoyer une trentaine d'instructeurs à la mission de l'OTAN en Irak."),),
               ("lv", "nato-mission-iraq"), "planned")


def test_the_rotation_of_a_partners_contingent_is_its_act():
    """"La relève du contingent letton …", "the deployment of Latvian trainers": a noun of the
    act before the partner's people makes the partner act, not a place after "du", "of"."""
    _credits((("fr", "La relève du contingent letton s'est déroulée à Bagdad dans le cadre de la mission de l'OTAN en Irak."),
              ("en", "Iraqi officials welcomed the deployment of Latvian trainers under NATO Mission Iraq.")),
             ("LV",), ("mission", "nato-mission-iraq"))


def test_a_part_ended_in_a_participle_clause_and_an_arabic_part_kept():
    """"…, ending the country's part in Operation Inherent Resolve" has ended (in a news story too,
    whose parts otherwise go on); "مع بقاء نحو 80 عسكريا" (with some 80 staying) goes on."""
    _status_is((("en", "VILNIUS — The last Lithuanian trainers left Iraq in March, ending the country's part in "
                       "NATO Mission Iraq, the ministry said."),),
               ("lt", "nato-mission-iraq"), "ended")
    _status_is((("ar", "أعلنت ليتوانيا انتهاء مهمة مدربيها في بغداد، مع بقاء نحو 10 ضباط ليتوانيين في بعثة حلف شمال "
                       "الأطلسي في العراق."),),
               ("lt", "nato-mission-iraq"), "ongoing")


def test_a_count_in_the_sentence_after_takes_the_status_of_its_own_clause():
    """"… sent four F-16s to Kuwait under Operation Inherent Resolve. It has since withdrawn the
    jets but keeps about 150 soldiers there": the count's clause goes on; the jets' has ended."""
    cases = (("en", "Hungary sent four Gripen jets to Kuwait in 2017 under Operation Inherent Resolve. It has since "
                    "withdrawn the jets but keeps about 150 soldiers in Iraq."),
             ("fr", "La Hongrie a envoyé en 2017 quatre Gripen au Koweït dans le cadre de l'opération Inherent Resolve. "
                    "Depuis, elle a retiré ses avions mais garde environ 150 soldats en Irak."))
    _headcount_is(cases, ("hu", "cjtf-oir"), 150)
    _status_is(cases, ("hu", "cjtf-oir"), "ongoing")


def test_french_contributors_that_figure_among_a_missions_are_ongoing():
    _status_is((("fr", "Parmi les pays contributeurs de la mission de l'OTAN en Irak figurent la Finlande et la Suède."),
                ("fr", "La Finlande figure parmi les principaux contributeurs de la mission de l'OTAN en Irak.")),
               ("fi", "nato-mission-iraq"), "ongoing")


def test_a_part_a_partner_increases_or_strengthens_goes_on():
    _status_is((("en", "Romania has boosted its contribution to NATO Mission Iraq."),
                ("fr", "La Roumanie a accru sa contribution à la mission de l'OTAN en Irak."),
                ("fr", "La Roumanie renforce sa participation à la mission de l'OTAN en Irak."),
                ("ar", "عززت رومانيا مشاركتها في بعثة حلف شمال الأطلسي في العراق."),
                ("fr", "La Roumanie assure la formation de cadets irakiens au sein de la mission de l'OTAN en Irak.")),
               ("ro", "nato-mission-iraq"), "ongoing")


def test_a_part_since_the_end_of_its_command_has_ended():
    """"none since the end of its NMI command", "depuis la fin de son commandement …": ended; "since
    the end of 2018" is a date."""
    _status_is((("en", "Norway — no personnel since the end of its NATO Mission Iraq rotation in 2023"),
                ("fr", "La Norvège n'a plus de militaires en Irak depuis la fin de sa participation à la mission de "
                       "l'OTAN en Irak.")),
               ("no", "nato-mission-iraq"), "ended")
    _status_is((("en", "Norway has served in NATO Mission Iraq since the end of 2019."),),
               ("no", "nato-mission-iraq"), "ongoing")


def test_a_part_ended_before_a_verb_of_ending_has_ended():
    """"…, avant de mettre fin à ce déploiement", "before ending the deployment", "قبل أن تنهي هذا
    الانتشار": what the same actor did next, past the mission's own verb."""
    _status_is((("fr", "La Croatie a envoyé dix instructeurs à la mission de l'OTAN en Irak, avant de mettre fin à cette "
                       "participation en 2022."),
                ("en", "Croatia sent ten instructors to NATO Mission Iraq before ending the deployment in 2022."),
                ("ar", "أرسلت كرواتيا عشرة مدربين إلى بعثة حلف شمال الأطلسي في العراق قبل أن تنهي هذه المشاركة عام 2022.")),
               ("hr", "nato-mission-iraq"), "ended")


def test_a_relatives_antecedent_is_not_carried_past_its_sentences_subject():
    """"Tunis coopère avec l'Italie et l'Allemagne, qui ont financé …. Le pays a adopté …": the
    next sentence goes on with the subject, not the partners a relative described."""
    got = facts("La Tunisie a rejoint la Coalition en 2015. Tunis coopère avec l'Italie et l'Allemagne, qui ont "
                "financé la formation de ses garde-frontières. Le pays a adopté en 2015 une loi antiterroriste "
                "conforme à la résolution 2178.", "fr")
    assert ("resolution", ("UNSC", "2178")) in got.get("TN", set()), got
    assert ("resolution", ("UNSC", "2178")) not in got.get("DE", set()), got


def test_the_partner_a_missions_command_is_taken_over_from_took_part_in_it():
    """"Spain took over command of NATO Mission Iraq from Italy", "a repris le commandement … à
    l'Italie", "تسلمت إسبانيا قيادة بعثة … من إيطاليا": Italy took part (its status unknown)."""
    _credits((("en", "Spain took over command of NATO Mission Iraq from Italy in May 2024."),
              ("fr", "L'Espagne a repris le commandement de la mission de l'OTAN en Irak à l'Italie en mai 2024."),
              ("ar", "تسلمت إسبانيا قيادة بعثة حلف شمال الأطلسي في العراق من إيطاليا في مايو 2024.")),
             ("IT",), ("mission", "nato-mission-iraq"))


def test_a_contribution_that_consists_of_people_goes_on():
    _status_is((("en", "Romania's contribution to Operation Inherent Resolve consists of a training team of 40."),
                ("fr", "La contribution roumaine à l'opération Inherent Resolve se compose d'une équipe de formation."),
                ("ar", "تتكون المساهمة الرومانية في عملية العزم الصلب من فريق تدريب.")),
               ("ro", "cjtf-oir"), "ongoing")


def test_an_end_until_dates_ends_the_part_before_it() -> None:
    """"…, where they trained … until the contingent was withdrawn in 2022": the end an
    "until" dates the part to ends it, past the comma; an end still to come ends nothing
    ("… continue to work until the mission is ended", "will go on until …")."""
    _status_is([
        ("en", "Finland deployed about 80 soldiers to Operation Inherent Resolve, where they trained Kurdish "
               "Peshmerga units near Erbil until the Finnish training contingent was withdrawn in 2022."),
        ("fr", "La Finlande a déployé 80 soldats dans l'opération Inherent Resolve, où ils ont formé des "
               "peshmergas jusqu'au retrait du contingent en 2022."),
    ], ("fi", "cjtf-oir"), "ended")
    _status_is([("en", "Spain trains Iraqi forces in Operation Inherent Resolve, where its trainers continue to "
                       "work until the mission is ended.")], ("es", "cjtf-oir"), "ongoing")
    _status_is([("en", "Denmark has trained Iraqi forces in Operation Inherent Resolve since 2016, and will go on "
                       "until the mission is ended by the Coalition.")], ("dk", "cjtf-oir"), "ongoing")
    _status_is([("en", "Italy still leads a training unit in Operation Inherent Resolve, which will stay until the "
                       "last Coalition advisers are withdrawn in 2027.")], ("it", "cjtf-oir"), "ongoing")


def test_what_an_exhortation_asks_past_its_addressees_relative_is_no_act() -> None:
    """"calls on states that have nationals in the camp to repatriate and prosecute them":
    the relative describes whom it asks, and what it asks them is still no act of the
    partner that asks."""
    cases = [
        ("en", "Iraq has repatriated more than 10,000 of its nationals from al-Hol camp.\n\nThe ministry calls on "
               "states that have nationals in the camp to repatriate and prosecute them."),
        ("ar", "أعادت جمهورية العراق أكثر من 10 آلاف من مواطنيها من مخيم الهول.\n\nوتدعو الوزارة الدول التي لها "
               "رعايا في المخيم إلى إعادتهم ومحاكمة من يثبت تورطه."),
    ]
    for lang, text in cases:
        got = facts(text, lang)
        assert ("line_of_effort", "foreign_terrorist_fighters") in got["IQ"], (text, got)
        assert ("line_of_effort", "legislation") not in got["IQ"], (text, got)


def test_the_end_of_a_part_named_as_a_noun_ends_it() -> None:
    """A timeline's "2022 — Fin de la participation aérienne belge à …", "انتهاء مشاركة …":
    the end of a part, told as a noun, ends it."""
    _status_is([
        ("fr", "La Belgique a envoyé six F-16 et 120 militaires en Jordanie pour participer à l'opération "
               "Inherent Resolve.\n\n2022 — Fin de la participation aérienne belge à l'opération Inherent Resolve."),
        ("ar", "أرسلت بلجيكا ست طائرات إف-16 و120 عسكريا إلى الأردن للمشاركة في عملية العزم الصلب.\n\n2022 - انتهاء "
               "مشاركة سلاح الجو البلجيكي في عملية العزم الصلب."),
        ("en", "Belgium sent 120 personnel to take part in Operation Inherent Resolve.\n\n2022: end of its "
               "participation in Operation Inherent Resolve."),
    ], ("be", "cjtf-oir"), "ended")
    _status_is([("en", "Norway will keep its trainers in Operation Inherent Resolve until the end of the deployment "
                       "in 2027.")], ("no", "cjtf-oir"), "ongoing")


def test_leaving_a_mission_right_before_its_name_ends_the_part() -> None:
    """"Finnish special forces left Task Force Takuba", "the last Dutch trainers leave Operation
    Inherent Resolve", "تغادر القوات الهولندية عملية العزم الصلب": a verb of leaving right before
    the mission (in Arabic its subject between) ends the part."""
    _status_is([("en", "Finnish special forces left Task Force Takuba in 2022.")], ("fi", "task-force-takuba"), "ended")
    _status_is([
        ("en", "The Netherlands deployed trainers to Iraq. In 2024 the last Dutch trainers leave Operation Inherent "
               "Resolve."),
        ("ar", "نشرت هولندا مدربين في العراق. وفي عام 2024 تغادر القوات الهولندية عملية العزم الصلب."),
    ], ("nl", "cjtf-oir"), "ended")
    for text in ("Slovenia plans to leave NATO Mission Iraq in 2027.", "Slovenia will leave NATO Mission Iraq in 2027."):
        assert attrs(text, "en")[("si", "nato-mission-iraq")].get("status") != "ended", text  # an end to come


def test_withdrawing_part_of_a_force_is_a_reduction_not_an_end():
    """"Le Tchad retire une partie de ses soldats de la Force multinationale mixte" (the last
    wheel trial's radio bulletin) had ended Chad's part; withdrawing all of them still does."""
    def status(text: str, lang: str) -> str | None:
        doc = Document("t", "t.txt", lang, text, "text/plain")
        return next((f.attrs.get("status") for f in extract(doc).facts if f.kind == "mission"), None)

    for lang, text in (("fr", "Le Cameroun retire une partie de ses soldats de la Force multinationale mixte."),
                       ("en", "Cameroon pulled out some of its soldiers from the Multinational Joint Task Force."),
                       ("ar", "سحبت الكاميرون جزءا من قواتها من القوة المشتركة متعددة الجنسيات.")):
        assert status(text, lang) == "ongoing", text
    assert status("Le Cameroun retire ses soldats de la Force multinationale mixte.", "fr") == "ended"


def test_an_adverb_between_a_status_verb_and_its_auxiliary():
    """"Finland has also seconded eight staff officers to NATO Mission Iraq" (set 19) had no
    status; the adverbs and auxiliaries are the language files' (``status.inserted``)."""
    _status_is([("en", "Latvia has also seconded three officers to NATO Mission Iraq."),
                ("en", "Latvia has already deployed a training team to NATO Mission Iraq."),
                ("fr", "La Lettonie a également détaché trois officiers auprès de la mission de l'OTAN en Irak."),
                ("fr", "La Lettonie a aussi déployé une équipe de formation dans la mission de l'OTAN en Irak.")],
               ("lv", "nato-mission-iraq"), "ongoing")


def test_the_return_of_displaced_people_is_stabilisation_not_foreign_fighters():
    """"son plan de retour des déplacés" (set 19) had read "de retour" as returning fighters."""
    for lang, text in (("fr", "La Jordanie a financé le retour des déplacés vers Sinjar."),
                       ("en", "Jordan funded the return of displaced families to Sinjar."),
                       ("ar", "مولت الأردن عودة النازحين إلى سنجار.")):
        got = facts(text, lang)
        assert ("line_of_effort", "stabilization") in got["JO"], (text, got)
        assert ("line_of_effort", "foreign_terrorist_fighters") not in got["JO"], (text, got)
    got = facts("La Jordanie surveille les jihadistes de retour sur son sol.", "fr")
    assert ("line_of_effort", "foreign_terrorist_fighters") in got["JO"], got


def test_a_command_to_hand_over_is_no_plan_of_the_part_and_an_offer_is():
    """"Spain will hand over command of the mission to Denmark in May" (set 20) had made Spain's
    part planned; "Portugal's offer of a medical team" is a plan."""
    got = attrs("NATO Mission Iraq advises Iraq's ministries. Croatia will hand over command of the mission to "
                "Greece in June.", "en")
    assert got.get(("hr", "nato-mission-iraq"), {}).get("status") != "planned", got
    _status_is([("en", "Allies welcomed Croatia's offer of a medical team for NATO Mission Iraq."),
                ("fr", "La Croatie a proposé d'envoyer une équipe médicale à la mission de l'OTAN en Irak.")],
               ("hr", "nato-mission-iraq"), "planned")


def test_an_answer_refers_to_the_mission_its_question_named_past_a_short_yes():
    """"RFI : Le Niger reste-t-il dans la Force multinationale mixte ? Le ministre : Oui. Nous y
    maintenons nos unités …" (set 22): "y" is the force, "Oui." between counts no sentence."""
    text = ("Journaliste : Le Tchad reste-t-il dans la Force multinationale mixte ?\n"
            "Le ministre : Oui.\nNous y maintenons nos bataillons à Bol, avec le Cameroun.")
    got = facts(text, "fr")
    assert ("mission", "mnjtf") in got["TD"], got


def test_wa_dhalika_goes_on_with_the_same_act():
    """"… لصندوق تمويل الاستقرار الذي يديره برنامج الأمم المتحدة الإنمائي في العراق، وذلك خلال
    الاجتماع الوزاري … الذي استضافته روما" (this stop's second wheel trial): "وذلك" (and that)
    is no new clause, so the pledging partner took part in the meeting its host's relative names."""
    got = facts("أعلنت وزارة الخارجية أن دولة قطر تعهدت بتقديم 5 ملايين دولار لصندوق تمويل الاستقرار الذي يديره "
                "برنامج الأمم المتحدة الإنمائي في العراق، وذلك خلال الاجتماع الوزاري للتحالف الدولي الذي استضافته روما.", "ar")
    assert ("initiative", "coalition-ministerial-meeting") in got["QA"], got
    assert ("initiative", "coalition-ministerial-meeting") in got["IT"], got


def test_joining_a_mission_in_the_present_is_an_ongoing_part():
    """"2019 – La Belgique rejoint la Mission de l'OTAN en Irak avec une quinzaine de militaires"
    (set 24, a timeline): "a rejoint" was an ongoing part, "rejoint" nothing."""
    _status_is([("fr", "2021 – Le Danemark rejoint la mission de l'OTAN en Irak."),
                ("en", "Denmark joins NATO Mission Iraq with 120 soldiers."),
                ("en", "Denmark has joined NATO Mission Iraq."),
                ("ar", "تنضم الدنمارك إلى بعثة الناتو في العراق.")], ("dk", "nato-mission-iraq"), "ongoing")
    _status_is([("en", "Denmark will join NATO Mission Iraq next year.")], ("dk", "nato-mission-iraq"), "planned")


def test_raising_ones_contribution_to_come_is_an_ongoing_part():
    """"Italy … will raise its contribution to 650 troops" (set 26): its part goes on, grown."""
    _status_is([("en", "Spain will raise its contribution to NATO Mission Iraq to 300 troops."),
                ("fr", "L'Espagne augmentera sa contribution à la mission de l'OTAN en Irak à 300 militaires.")],
               ("es", "nato-mission-iraq"), "ongoing")
    _status_is([("en", "Spain will send 300 troops to NATO Mission Iraq.")], ("es", "nato-mission-iraq"), "planned")


def test_holding_a_count_in_a_mission_is_an_ongoing_part():
    """"— Nous avons une quarantaine de militaires dans la mission de l'OTAN en Irak" (set 27, an
    interview in dialogue dashes): having them there is taking part now; "porté à 600" is no
    "a" of having (the French "à" is keyed as the verb is)."""
    _status_is([("en", "Portugal has 40 soldiers in NATO Mission Iraq."),
                ("fr", "Le Portugal a une quarantaine de militaires dans la mission de l'OTAN en Irak."),
                ("ar", "لدى البرتغال 40 عسكريا في بعثة الناتو في العراق.")], ("pt", "nato-mission-iraq"), "ongoing")
    got = attrs("Le Portugal a participé de 2018 à 2021 à la mission de l'OTAN en Irak.", "fr")
    assert got[("pt", "nato-mission-iraq")].get("status") == "ended", got


def test_a_part_that_will_end_goes_on_till_then():
    """"Our contribution to NATO Mission Iraq will end in June" (set 27, a Security Council
    record): the part goes on till June, it is not one planned."""
    _status_is([("en", "Portugal trains Iraqi officers. Its contribution to NATO Mission Iraq will end in June."),
                ("fr", "La participation du Portugal à la mission de l'OTAN en Irak prendra fin en juin.")],
               ("pt", "nato-mission-iraq"), "ongoing")


def test_the_work_a_partners_people_do_in_the_present_is_an_ongoing_part():
    """"… NATO Mission Iraq, where about 60 Norwegian personnel advise the Iraqi defence ministry"
    (the last stop's wheel trial, a defence budget's proposition): a verb in the present right
    after the partner's people says its part goes on; "would train", "to train" say nothing so."""
    for lang, text, slug in (
            ("en", "About 45 Swedish officers mentor Iraqi commanders within NATO Mission Iraq.", "se"),
            ("fr", "Une trentaine de militaires danois forment les cadets irakiens au sein de la mission de l'OTAN en Irak.", "dk"),
            ("ar", "يقدم نحو 30 ضابطا دنماركيا المشورة للقوات العراقية ضمن بعثة حلف الناتو في العراق.", "dk")):
        got = attrs(text, lang)
        assert got.get((slug, "nato-mission-iraq"), {}).get("status") == "ongoing", (text, got)
    got = attrs("In 2016, Sweden decided that 45 Swedish officers would mentor Iraqi commanders within NATO Mission Iraq.", "en")
    assert got.get(("se", "nato-mission-iraq"), {}).get("status") != "ongoing", got


def test_a_headcount_kept_in_a_year_is_a_part_going_on():
    """"En 2025, le Cameroun a maintenu environ 2 500 militaires au sein de la Force
    multinationale mixte" (set 40, an annual report's summary): a count kept is a part going
    on, as "has maintained" is; "a maintenu … jusqu'en 2020, date à laquelle il s'est
    retiré" still ended."""
    got = attrs("En 2024, le Tchad a maintenu environ 1 000 soldats au sein de la Force multinationale mixte.", "fr")
    assert got.get(("td", "mnjtf"), {}).get("status") == "ongoing", got
    got = attrs("Le Tchad a maintenu sa participation à la Force multinationale mixte jusqu'en 2020, date à laquelle "
                "il s'est retiré.", "fr")
    assert got.get(("td", "mnjtf"), {}).get("status") == "ended", got


def test_a_command_held_until_a_past_year_ends_the_command_not_the_part():
    """"Le Canada a exercé le commandement de la mission de l'OTAN en Irak jusqu'en novembre
    2020 et continue d'y affecter des officiers" (set 44): "exercer le commandement", "hold
    command", "تولى رئاسة" are a role's verbs, whose "until" ends the role."""
    _status_is((("fr", "Rapport 2023-2024\nL'Espagne a exercé le commandement de la mission de l'OTAN en Irak jusqu'en mai "
                       "2021 et continue d'y affecter des officiers."),
                ("en", "Report 2023-2024\nSpain held command of NATO Mission Iraq until May 2021 and continues to assign "
                       "officers to it.")), ("es", "nato-mission-iraq"), "ongoing")


def test_an_end_governs_the_mission_past_a_participle_that_dates_the_start():
    """"La Belgique a bien mis fin en 2022 à la dernière rotation de ses F-16 …, déployés par
    périodes depuis 2014 dans le cadre de l'opération Inherent Resolve" (set 44): the "since"
    and "deployed" after the comma tell of what was ended; not past a semicolon, a new
    subject, "still", or the end of a relative clause."""
    _status_is((("fr", "Les Pays-Bas ont mis fin en 2018 à la mission de leurs F-16, engagés depuis 2014 dans le cadre de "
                       "l'opération Inherent Resolve."),
                ("en", "The Netherlands ended in 2018 the mission of its F-16s, flown since 2014 as part of Operation "
                       "Inherent Resolve."),
                ("ar", "أنهت هولندا عام 2018 مهمة طائراتها إف-16، المنتشرة منذ 2014 في إطار عملية العزم الصلب.")),
               ("nl", "cjtf-oir"), "ended")
    _status_is((("en", "The Netherlands ended its F-16 mission in 2018; it has served in NATO Mission Iraq since 2019."),
                ("en", "The Netherlands, which ended its air strikes in 2018, still keeps 150 soldiers in NATO Mission Iraq.")),
               ("nl", "nato-mission-iraq"), "ongoing")


def test_a_partners_operation_set_apart_as_its_part_of_a_mission_gives_it_its_status():
    """"l'opération Chammal, volet français de l'opération Inherent Resolve", then "quelque 600
    militaires français servent encore au sein de l'opération Chammal" (set 52): the partner's
    part in the whole goes on as its operation does, where nothing else tells of the whole."""
    key = ("au", "cjtf-oir")
    _status_is((("en", "Operation Okra, Australia's contribution to Operation Inherent Resolve, began in 2014. About 110 "
                       "Australian personnel still serve in Operation Okra."),
                ("fr", "L'opération Okra, volet australien de l'opération Inherent Resolve, a débuté en 2014. Quelque 110 "
                       "militaires australiens servent encore dans l'opération Okra."),
                ("ar", "بدأت عملية أوكرا، وهي مساهمة أستراليا في عملية العزم الصلب، عام 2014. ولا يزال 110 عسكريين "
                       "أستراليين يخدمون في عملية أوكرا.")), key, "ongoing")
    got = attrs("Australia flew in Operation Okra and took part in Operation Inherent Resolve. Operation Okra goes on.", "en")
    assert got[key].get("status") is None, got  # no part of the other named


def test_a_contribution_that_is_an_operation_goes_on():
    """"Australia's contribution is Operation OKRA." (set 52, a parliamentary library's post): the
    partner's contribution is, today, that operation."""
    _status_is((("en", "New Zealand's contribution to the Coalition is Operation Manawa."),
                ("fr", "La contribution de la Nouvelle-Zélande à la Coalition est l'opération Manawa.")),
               ("nz", "operation-manawa"), "ongoing")
    got = attrs("New Zealand's contribution was Operation Manawa.", "en")
    assert got[("nz", "operation-manawa")].get("status") != "ongoing", got


def test_a_mission_within_a_partners_operation_gives_it_its_status():
    """"… servaient au sein de la mission de l'OTAN en Irak, dans le cadre de l'opération IMPACT"
    (set 53): a mission set apart as within a partner's own operation ("dans le cadre de", "under",
    "ضمن") gives that operation the status of the partner's part in it."""
    _status_is((("en", "About 40 Canadians serve in NATO Mission Iraq, under Operation Impact. Canada still commands "
                       "NATO Mission Iraq."),
                ("fr", "Quelque 40 Canadiens servaient dans la mission de l'OTAN en Irak, dans le cadre de l'opération "
                       "Impact. Le Canada commande toujours la mission de l'OTAN en Irak."),
                ("ar", "يخدم نحو 40 عسكرياً كندياً في بعثة الناتو في العراق، ضمن عملية إمباكت. ولا تزال كندا تقود بعثة "
                       "الناتو في العراق.")), ("ca", "operation-impact"), "ongoing")


def test_an_air_review_ends_a_part_and_flies_alternately_with_a_peer():
    """"…, ending the Netherlands' air contribution to Operation Inherent Resolve", "operating from
    Jordan alternately with the Belgian Air Component" (set 56, an air force's annual review): a
    participle of ending before the partner's own part ("ending its …") ends it; flying in rotation
    with another's air component makes it a peer."""
    _status_is((("en", "Denmark's last F-16s came home in 2021, ending its air contribution to Operation Inherent "
                       "Resolve."),), ("dk", "cjtf-oir"), "ended")
    for lang, text in (("en", "Danish F-16s flew from Kuwait alternately with the Norwegian Air Component."),
                       ("en", "Danish F-16s flew from Kuwait in rotation with the Norwegian Air Force."),
                       ("fr", "Les F-16 danois ont opéré depuis le Koweït en alternance avec la composante Air norvégienne.")):
        assert ("cooperation", "NO") in facts(text, lang).get("DK", set()), (lang, facts(text, lang))


def test_a_french_past_written_as_the_present_is_no_ongoing_part():
    """"Le détachement a conduit des frappes" (set 57): "conduit" after "a" is a passé composé, not
    the present "conduit"; the present still says the part goes on."""
    got = attrs("Le Danemark a conduit des frappes dans le cadre de l'opération Inherent Resolve.", "fr")
    assert got.get(("dk", "cjtf-oir"), {}).get("status") != "ongoing", got
    got = attrs("Le Danemark conduit des frappes dans le cadre de l'opération Inherent Resolve.", "fr")
    assert got.get(("dk", "cjtf-oir"), {}).get("status") == "ongoing", got


def test_a_long_owner_of_a_part_still_sets_it_apart_from_the_whole():
    """"Operation IMPACT is the Canadian Armed Forces' contribution to Operation Inherent Resolve"
    (set 57, museum labels): the part goes on, and so does the whole, told in another sentence."""
    text = ("Operation Okra is the Royal Australian Air Force's contribution to Operation Inherent Resolve. "
            "Some 110 Australians remain deployed on Operation Okra today.")
    got = attrs(text, "en")
    assert got.get(("au", "cjtf-oir"), {}).get("status") == "ongoing", got


def test_a_persons_tour_is_no_status_of_the_states_part():
    """"He deployed to Iraq twice with Operation Shader, the United Kingdom's contribution …" (set 60, an
    obituary): a status told of a person is their tour's; "He said the UK will deploy …" still tells the
    state's plan."""
    got = attrs("Sergeant Jones served for twenty years. He deployed to Iraq with Operation Shader, the United "
                "Kingdom's contribution to the fight against Daesh.", "en")
    assert ("gb", "operation-shader") in got and "status" not in got[("gb", "operation-shader")], got
    got = attrs("He said the United Kingdom will deploy 100 more troops to Operation Shader.", "en")
    assert got.get(("gb", "operation-shader"), {}).get("status") == "planned", got


def test_funding_that_will_sustain_a_deployment_says_it_goes_on():
    """"The funding will sustain the deployment of up to 300 Canadian Armed Forces members under Operation
    IMPACT …" (set 64, supplementary estimates): a deployment to be sustained goes on, as one maintained does."""
    got = attrs("The funding will sustain the deployment of up to 300 Canadian Armed Forces members under Operation "
                "IMPACT until March 2030.", "en")
    assert got.get(("ca", "operation-impact"), {}).get("status") == "ongoing", got


def test_a_number_past_the_security_councils_is_another_bodys_resolution():
    """"القرار رقم: 8912 - د.ع (160)" (set 66, an Arab League council's resolution): a number past the Security
    Council's (some 2,800 by 2026) is the council's own resolution, no UN one; "resolution 2178" still is."""
    got = facts("مجلس جامعة الدول العربية\n\nالقرار رقم: 8912\n\nإن مجلس الجامعة يؤكد التزامه بقرار مجلس الأمن رقم 2178.\n", "ar")
    resolutions = {obj for fs in got.values() for kind, obj in fs if kind == "resolution"}
    assert ("UNSC", "2178") in resolutions and not any(num == "8912" for _body, num in resolutions), got


def test_a_mandate_prorogued_goes_on():
    """Set 81 (the Council of the EU's press release): "Elle a prorogé … le mandat de la mission" — a mandate
    prorogued, as one extended, goes on."""
    _status_is((("fr", "L'Union européenne a prorogé jusqu'en 2027 le mandat de la mission EUCAP Sahel Niger."),),
               ("european-union", "eucap-sahel"), "ongoing")


def test_a_mission_expanded_goes_on():
    """Set 82: "agreed to expand NATO Mission Iraq", "a décidé d'élargir", "قرر … توسيع" — what is expanded is there:
    the part goes on; and "The mission will advise …" after it is the mission's task to come, not a part to come."""
    _status_is((("en", "NATO agreed to expand NATO Mission Iraq. The mission will advise Iraqi security institutions."),
                ("fr", "L'OTAN a décidé d'élargir la mission de l'OTAN en Irak. La mission conseillera les institutions "
                       "irakiennes."),
                ("ar", "قرر حلف الناتو توسيع بعثة الناتو في العراق.")),
               ("nato", "nato-mission-iraq"), "ongoing")


def test_a_persons_years_in_a_post_end_no_part():
    """Set 83 (a university's event announcement): "Air Marshal Sir John Hartley, who commanded the UK's air contribution
    to Operation Shader from 2016 to 2018" — the years of a person's relative after the name are the person's post,
    not the end of the partner's part; "Operation Shader continues" goes on."""
    _status_is((("en", "Speaker: Air Marshal Sir John Hartley, who commanded the UK's air contribution to Operation Shader "
                       "from 2016 to 2018. The UK's Operation Shader continues."),),
               ("gb", "operation-shader"), "ongoing")


def test_a_missions_former_name_is_no_end_of_it():
    """Set 87 (a government's country report): "the African Union Transition Mission in Somalia, formerly known as
    AMISOM" — a mission's former name says nothing of its end; the troops a partner keeps there go on."""
    _status_is((("en", "Ethiopia keeps some 4,000 soldiers in the African Union Transition Mission in Somalia, "
                       "formerly called AMISOM."),
                ("ar", "تحتفظ إثيوبيا بنحو أربعة آلاف جندي في بعثة الاتحاد الأفريقي الانتقالية في الصومال، "
                       "المعروفة سابقاً باسم أميصوم.")),
               ("et", "atmis"), "ongoing")


def test_he_added_goes_on_with_the_speaker_before():
    """Set 91 (a news agency's story of a handover): "وقال المتحدث باسم الوزارة إن … السلطات التركية ألقت القبض عليهم.
    وأضاف أن المطلوبين سيحالون إلى المحاكم …" — a sentence that opens with "he added" goes on with the speaker of the
    sentence before (Iraq's spokesman), not with the partner his report named last (Turkey)."""
    for lang, text in (("ar", "وقال المتحدث باسم وزارة الداخلية الكويتية إن السلطات التركية ألقت القبض على المتهمين. "
                              "وأضاف أن المتهمين سيحالون إلى المحاكم المختصة."),
                       ("en", "The Kuwaiti interior ministry's spokesman said that Turkish police had found the men. He "
                              "added that the men would be tried by the courts.")):
        got = facts(text, lang)
        assert ("line_of_effort", "legislation") in got.get("KW", set()), (lang, got)
        assert ("line_of_effort", "legislation") not in got.get("TR", set()), (lang, got)


def test_forces_that_hold_a_camp_and_a_call_to_end_a_mission_are_no_military_act():
    """Set 91: "ces camps, contrôlés par les Forces démocratiques syriennes", "Iraq's government has repeatedly called
    for a timeline to end the coalition's military mission" — the forces outside the Coalition that hold a camp are
    no act of the partner bringing its people home, and a call to end another's mission is none of the caller's;
    the children's care by the child welfare services is reintegration."""
    _credited_but_not((("en", "Denmark brought home three children from the al-Hol camp, run by the Syrian Democratic "
                              "Forces."),
                       ("fr", "Le Danemark a rapatrié trois enfants du camp d'al-Hol, contrôlé par les Forces "
                              "démocratiques syriennes."),
                       ("ar", "أعاد الدنمارك ثلاثة أطفال من مخيم الهول الذي تسيطر عليه قوات سوريا الديمقراطية.")),
                      "DK", ("line_of_effort", "foreign_terrorist_fighters"), ("line_of_effort", "military"))
    _not_credited((("en", "Denmark brought home three children from al-Hol. Iraq's parliament has called for an end to "
                          "the coalition's military mission."),
                   ("fr", "Le Danemark a rapatrié trois enfants d'al-Hol. Le parlement irakien réclame la fin de la "
                          "mission militaire de la coalition.")),
                  "IQ", ("line_of_effort", "military"))
    got = facts("La Belgique a rapatrié dix enfants de Syrie, désormais suivis par l'aide sociale à l'enfance.", "fr")
    assert ("line_of_effort", "rehabilitation_reintegration") in got.get("BE", set()), got


def test_the_end_of_a_unit_or_deployment_told_in_the_next_sentence_ends_the_part():
    """From the wheel trial (a ministry's country page): "… le Portugal a déployé jusqu'à 30 militaires en Irak …
    dans le cadre de l'opération Inherent Resolve. Ce détachement a été rapatrié en 2022." — "this detachment", "its
    deployment" in the sentence after refer to the part in the mission named there, and a unit repatriated or
    brought home ends it."""
    _status_is((("fr", "Le Danemark a envoyé 40 instructeurs à la mission de l'OTAN en Irak en 2019. Ce contingent a été "
                       "rapatrié en 2021."),
                ("fr", "Le Danemark a engagé 50 militaires dans la mission de l'OTAN en Irak. Il a mis fin à son "
                       "déploiement en 2022."),
                ("en", "Denmark sent 40 instructors to NATO Mission Iraq in 2019. This contingent was brought home in "
                       "2021."),
                ("en", "Denmark committed 50 soldiers to NATO Mission Iraq. Its deployment ended in 2022."),
                ("ar", "أرسلت الدنمارك 40 مدربا إلى بعثة حلف شمال الأطلسي في العراق عام 2019. وأعيدت هذه المفرزة في عام "
                       "2021.")),
               ("dk", "nato-mission-iraq"), "ended")


def test_a_future_verb_before_a_comma_tells_the_status_of_the_rotation_after_it():
    """Set 95 (a ministry's press review): "« Le Soir » rapporte que la Belgique renverra à l'automne quatre F-16 en
    Jordanie, pour une rotation de six mois dans le cadre de l'opération Inherent Resolve." — the actor's future verb
    before the comma tells the status of the mission after it (the rotation is the one to come), in a reported
    complement too."""
    _status_is((("fr", "Selon le quotidien, les Pays-Bas renverront au printemps six F-35 en Jordanie, pour une rotation "
                       "de quatre mois dans le cadre de l'opération Inherent Resolve."),
                ("fr", "Les Pays-Bas déploieront six F-35 en Jordanie, pour une relève de quatre mois au sein de "
                       "l'opération Inherent Resolve.")),
               ("nl", "cjtf-oir"), "planned")


def test_a_match_that_ended_with_a_win_ends_no_part():
    """Set 96: a friendly football match between a mission's trainers and the police "وانتهت بفوز الفريق العراقي" — the
    match ended, not the trainers' partner's part in the mission."""
    text = ("نظمت بعثة حلف شمال الأطلسي في العراق مباراة ودية جمعت مدربين هولنديين بفريق من الشرطة العراقية، وانتهت بفوز "
            "الفريق العراقي بهدفين مقابل هدف. وتتولى هولندا قيادة البعثة منذ عام 2024.")
    got = attrs(text, "ar")
    assert got.get(("nl", "nato-mission-iraq"), {}).get("status") == "ongoing", got


def test_command_handed_over_to_an_officer_named_by_rank_and_adjective_passes_to_his_partner():
    """Set 100 (a mission's news item): "… a transmis le commandement de la mission de l'OTAN en Irak au général de
    corps d'armée italien Marco Bellini" — the partner of the officer command passes to, by his adjective after his
    rank (or before it: "to Italian Lieutenant General …"), takes part in the mission, as "… à l'Italie" does."""
    cases = (("fr", "Le général espagnol Luis Ortega a transmis le commandement de la mission de l'OTAN en Irak au "
                    "général de division portugais Rui Costa."),
             ("en", "Spanish Major General Luis Ortega handed over command of NATO Mission Iraq to Portuguese Major "
                    "General Rui Costa."))
    for lang, text in cases:
        got = facts(text, lang)
        assert ("mission", "nato-mission-iraq") in got.get("PT", set()), (lang, got)


def test_a_part_told_to_continue_goes_on_after_an_ended_command():
    """Set 106 (an ambassador's farewell): "قيادتها لبعثة حلف شمال الأطلسي في العراق بين عامي 2021 و2022", then "بلاده
    ستواصل المشاركة في بعثة الناتو بنحو 90 عسكرياً" — a part said to continue ("will continue to", "continuera de",
    "ستواصل") is today's, as "still" is: it beats the end of the command told before."""
    _status_is((("en", "Italy led NATO Mission Iraq from 2022 to 2023. Italy will continue to take part in NATO Mission "
                       "Iraq with some 200 soldiers."),
                ("fr", "L'Italie a commandé la mission de l'OTAN en Irak de 2022 à 2023. L'Italie continuera de "
                       "participer à la mission de l'OTAN en Irak avec quelque 200 militaires."),
                ("ar", "قادت إيطاليا بعثة حلف شمال الأطلسي في العراق بين عامي 2022 و2023. وستواصل إيطاليا المشاركة في "
                       "بعثة حلف شمال الأطلسي في العراق بنحو 200 عسكري.")),
               ("it", "nato-mission-iraq"), "ongoing")


def test_a_title_over_partners_acting_together_is_neither_partners_act():
    """Wheel trial (a university's conference announcement): "Conférence publique : « Le Sahel après Barkhane »" over
    "Le Niger et le Tchad, membres de la coalition, ont longtemps fourni des troupes …" — the text is about both
    partners, acting together in the sentence that first names them, so its title is neither's act (no Barkhane for
    Chad); a French heading's generic head with an adjective ("Conférence publique") names no initiative."""
    for lang, text, titled in (
            ("en", "Panel discussion: The Levant after Operation Inherent Resolve\n\nDenmark and Norway, both partners of "
                   "the Coalition, trained Iraqi soldiers for years. Denmark still keeps about 100 soldiers in the NATO "
                   "Mission Iraq.", "cjtf-oir"),
            ("fr", "Table ronde : « Le Levant après l'opération Inherent Resolve »\n\nLe Danemark et la Norvège, "
                   "partenaires de la coalition, ont longtemps formé des soldats irakiens. Le Danemark maintient encore "
                   "une centaine de soldats dans la mission de l'OTAN en Irak.", "cjtf-oir"),
            ("fr", "Conférence publique : « Le Levant après la mission de l'OTAN en Irak »\n\nLe Danemark et la "
                   "Norvège, partenaires de la coalition, ont longtemps formé des soldats irakiens.", "nato-mission-iraq")):
        got = facts(text, lang)
        assert ("mission", titled) not in got.get("DK", set()), (lang, got)
        assert not any(f[0] == "initiative" for fs in got.values() for f in fs), (lang, got)
    # one partner that the text is about still carries a ministry page's title ("Operation IMPACT (Iraq)"), but a
    # heading's "Conférence publique" is still no initiative of its
    got = facts("Operation Inherent Resolve\n\nThe United Kingdom keeps about 400 personnel in Iraq.", "en")
    assert ("mission", "cjtf-oir") in got.get("GB", set()), got
    got = facts("Conférence publique : « Le Levant et la Coalition »\n\nLe Danemark maintient une centaine de soldats "
                "dans la mission de l'OTAN en Irak.", "fr")
    assert ("mission", "nato-mission-iraq") in got.get("DK", set()), got
    assert not any(f[0] == "initiative" for fs in got.values() for f in fs), got


def test_aircraft_brought_home_end_the_part_and_redeployed_ones_go_on():
    """Set 117 (a defence blog): "le Danemark a rapatrié fin décembre les quatre F-16 qu'il avait engagés depuis 2023 au
    sein de l'opération Inherent Resolve" — brought home, its part has ended, whatever "depuis" says; "a redéployé
    trois Rafale … dans l'opération Chammal": a part going on."""
    _status_is((("fr", "Le Danemark a rapatrié en décembre les quatre F-16 qu'il avait engagés depuis 2023 dans "
                       "l'opération Inherent Resolve."),), ("dk", "cjtf-oir"), "ended")
    _status_is((("fr", "La France a redéployé trois Rafale en Jordanie dans le cadre de l'opération Chammal."),),
               ("fr", "operation-chammal"), "ongoing")


def test_from_a_place_is_no_part_going_on():
    """Set 123 (an auction's catalogue): "six F-16 belges ont opéré depuis la Jordanie contre Daech" — "depuis" before a
    place is "from", no "since": the part's status is not told by it; "depuis 2014" still is."""
    got = attrs("Les F-16 du Danemark ont frappé Daech depuis la Jordanie dans le cadre de l'opération Inherent Resolve.", "fr")
    assert "status" not in got.get(("dk", "cjtf-oir"), {}), got
    got = attrs("Le Danemark frappe Daech depuis Erbil dans le cadre de l'opération Inherent Resolve.", "fr")
    assert "status" not in got.get(("dk", "cjtf-oir"), {}), got
    _status_is((("fr", "Le Danemark participe depuis 2016 à l'opération Inherent Resolve."),), ("dk", "cjtf-oir"), "ongoing")


def test_the_sentence_after_a_mission_tells_its_part_goes_on():
    """Set 123 (a philatelic bulletin): "… Singapore sent a KC-135R tanker and an imagery analysis team to Operation
    Inherent Resolve … Since 2020 the SAF has kept a smaller contribution of staff officers at the coalition's
    headquarters." — the next sentence of the paragraph, naming no mission, says the partner's people are still
    there: its one mission goes on. A present verb alone, as a lesson tells history ("Des militaires français forment
    …"), or an end the next sentence tells ("… leur éventuel retrait") does not."""
    _status_is((("en", "In 2015 Norway sent trainers to NATO Mission Iraq. Since 2021 it has kept a few staff officers "
                       "in Baghdad."),
                ("fr", "En 2015, la Norvège a envoyé des formateurs à la mission de l'OTAN en Irak. Depuis 2021, elle y "
                       "maintient quelques officiers d'état-major.")), ("no", "nato-mission-iraq"), "ongoing")
    got = attrs("En 2015, la Norvège lance sa participation à la mission de l'OTAN en Irak. Des militaires norvégiens "
                "forment les officiers irakiens.", "fr")
    assert "status" not in got.get(("no", "nato-mission-iraq"), {}), got
    got = attrs("In 2015 Norway sent trainers to NATO Mission Iraq.\n\nSince 2021 it has kept a few staff officers in "
                "Baghdad.", "en")
    assert "status" not in got.get(("no", "nato-mission-iraq"), {}), got


def test_from_the_north_or_a_base_is_no_part_going_on():
    """Set 127 (a video game's review): "les artilleurs français de la Task Force Wagram tiraient depuis le nord de la
    ville" — "depuis" before a compass point or a base is "from", no "since"."""
    for text in ("Le Danemark tirait depuis le nord de la ville dans le cadre de l'opération Inherent Resolve.",
                 "Le Danemark frappait Daech depuis la base aérienne d'Al Asad dans le cadre de l'opération Inherent "
                 "Resolve."):
        got = attrs(text, "fr")
        assert ("dk", "cjtf-oir") in got and "status" not in got[("dk", "cjtf-oir")], (text, got)


def test_a_partner_that_remains_engaged_goes_on_in_its_one_mission():
    """Set 127's review of set 67 (a medal ceremony's speech): "La France reste engagée au sein de la coalition :
    d'autres équipages ont déjà pris votre relève" after the squadron's part in Opération Chammal — a partner named as
    remaining engaged in the Coalition, in a sentence naming no mission, goes on in its one mission of the text; not
    where the sentence tells another line ("… continuera de soutenir la stabilisation")."""
    text = ("Pendant quatre mois, les F-16 danois ont frappé Daech dans le cadre de l'opération Inherent Resolve.\n\n"
            "Le Danemark reste engagé au sein de la coalition.")
    assert attrs(text, "fr").get(("dk", "cjtf-oir"), {}).get("status") == "ongoing"
    text = ("Pendant quatre mois, les F-16 danois ont frappé Daech dans le cadre de l'opération Inherent Resolve.\n\n"
            "Le Danemark continuera de soutenir la stabilisation des zones libérées.")
    assert "status" not in attrs(text, "fr").get(("dk", "cjtf-oir"), {})


def test_the_last_platoon_home_in_its_capital_ends_the_part():
    """Set 130 (a ministry's news archive): "The last Estonian infantry platoon serving in Operation Inherent Resolve
    returned to Tallinn on Monday" — a partner's platoon, "last" before it, is that partner acting; its people's
    return to the partner's own capital ends its part, as "came home" does."""
    for lang, text in (("en", "The last Latvian platoon serving in Operation Inherent Resolve returned to Riga on Friday."),
                       ("fr", "Le dernier peloton letton de l'opération Inherent Resolve est rentré vendredi à Riga."),
                       ("ar", "عادت آخر فصيلة لاتفية مشاركة في عملية العزم الصلب إلى ريغا يوم الجمعة.")):
        got = attrs(text, lang)
        assert got.get(("lv", "cjtf-oir"), {}).get("status") == "ended", (lang, got)


def test_a_missions_own_end_told_by_its_pronoun_ends_each_part():
    """Set 135 (an honorary degree's citation): "Task Group Taji, the joint Australian and New Zealand mission that
    trained more than 45,000 Iraqi soldiers before it ended in 2020" — the partners the apposition names take part,
    and the mission's own end, after it, ends each part."""
    for lang, text, key in (
            ("en", "In 2021 Estonia sent special forces to Task Force Takuba, the joint Estonian and Czech mission that "
                   "advised Malian units until it closed in 2022.", "task-force-takuba"),
            ("fr", "En 2021, l'Estonie a envoyé des forces spéciales à la Task Force Takuba, la mission conjointe estonienne "
                   "et tchèque qui a conseillé des unités maliennes jusqu'à sa dissolution en 2022.", "task-force-takuba"),
            ("ar", "في عام 2021 أرسلت إستونيا قوات خاصة إلى قوة تاكوبا، البعثة المشتركة الإستونية والتشيكية التي قدمت "
                   "المشورة لوحدات مالية حتى انتهائها عام 2022.", "task-force-takuba")):
        got = attrs(text, lang)
        for partner in ("ee", "cz"):
            assert got.get((partner, key), {}).get("status") == "ended", (lang, partner, got)


def test_a_tables_status_column_says_each_rows_status():
    """Set 137 (a dataset's README): a row "Netherlands | Operation Inherent Resolve | 2016 | 150 | active" under a
    heading "status" — the word a cell under a heading of statuses says one with is its row's mission's status."""
    for lang, text in (("en", "Country\tMission\tStatus\nDenmark\tNATO Mission Iraq\tactive\n"),
                       ("fr", "Pays\tMission\tStatut\nDanemark\tmission de l'OTAN en Irak\ten cours\n"),
                       ("ar", "الدولة\tالبعثة\tالحالة\nالدنمارك\tبعثة حلف شمال الأطلسي في العراق\tجارية\n")):
        got = attrs(text, lang)
        assert got.get(("dk", "nato-mission-iraq"), {}).get("status") == "ongoing", (lang, got)


def test_a_missions_status_of_the_partner_credited_where_its_words_name_nobody():
    """Set 139 (a memorial's panel): "Note: Operation Shader, the United Kingdom's contribution to the Global
    Coalition against Daesh, continues", after lines naming Iraq — the mission's own words name nobody, and its
    status is told of the partner it is credited to."""
    for lang, text, key in (
            ("en", "Private Ahmed Saleh, Iraqi Army, died 3 May 2017, Mosul\n\nNote: Operation Impact, Canada's "
                   "contribution to the Global Coalition, continues.", ("ca", "operation-impact")),
            ("fr", "Sergent Ahmed Saleh, armée irakienne, mort le 3 mai 2017 à Mossoul\n\nNote : l'opération Chammal, "
                   "contribution de la France à la coalition internationale, se poursuit.", ("fr", "operation-chammal"))):
        got = attrs(text, lang)
        assert got.get(key, {}).get("status") == "ongoing", (lang, got)


def test_a_bodys_name_ending_with_its_noun_is_no_strategy_and_joint_exercises_are_military():
    """Set 149 (a doctorate's news item: "awarded a PhD by the Strategy and Security Institute"; a joint committee's
    minutes: "تنفيذ تمرين مشترك لحرس الحدود"): a capitalised name whose last word is a body's noun names no strategy;
    partners holding a joint exercise act on the military line."""
    got = facts("Colonel Rasmussen of the Danish Army was awarded a doctorate by the Strategy and Defence Institute.", "en")
    assert not any(k == "strategy" for k, _o in got.get("DK", set())), got
    for lang, text in (("en", "Jordan and Iraq agreed to hold a joint exercise of their border guards in the spring."),
                       ("fr", "La Jordanie et l'Irak ont convenu d'organiser au printemps un exercice conjoint de leurs "
                              "gardes-frontières."),
                       ("ar", "واتفق الأردن والعراق على تنفيذ تمرين مشترك لحرس الحدود في الربيع.")):
        got = facts(text, lang)
        assert ("line_of_effort", "military") in got.get("IQ", set()), (lang, got)


def test_and_still_opens_an_arabic_clause_of_its_own_subject():
    """"كما وقّعنا مع الجمهورية الفرنسية اتفاقاً …، وما زال المدربون الإيطاليون يعملون …" (set 151, a minister's letter):
    "وما زال" ("and still") opens a clause whose subject follows it; the clause before is not that subject's."""
    for text, peer, later in (
            ("أنجز الجيش الأردني مهامه ضد داعش هذا العام. كما وقّعنا مع المملكة المغربية اتفاقاً لتدريب ضباطنا، ولا يزال المدربون "
             "الإسبان يعملون في الجنوب.", "MA", "ES"),
            ("شارك الجيش الأردني في الحرب على داعش. كما وقعنا مع المملكة المغربية اتفاقاً للتدريب، وما زالت القوات الإسبانية تعمل "
             "في الشمال.", "MA", "ES")):
        got = facts(text, "ar")
        assert ("cooperation", peer) not in got.get(later, set()), (text, got)
        assert ("cooperation", peer) in got.get("JO", set()), (text, got)


def test_one_persons_tour_told_in_the_first_person_is_no_status_of_the_part():
    """"J'ai été déployé deux fois … en 2016 et en 2021, quand la Belgique participait à l'opération Inherent Resolve"
    (set 151, a forum's AMA): one mechanic's tours say nothing of whether his country's part goes on."""
    for text in ("J'ai été déployée au Koweït en 2018, à l'époque où le Danemark participait à l'opération Inherent Resolve.",
                 "J'ai été déployé à Bagdad en 2019, à l'époque où la Norvège participait à la mission de l'OTAN en Irak."):
        got = attrs(text, "fr")
        assert got and all("status" not in a for a in got.values()), (text, got)


def test_a_partner_ending_its_own_operations_ends_its_one_mission():
    """"La Belgique a mis fin à ses opérations aériennes contre Daech en 2022" (set 154, a veterans' newsletter, after
    the sentence naming Operation Inherent Resolve): its own operations' end is its part's end in the one mission the
    text credited it with."""
    for lang, text in (
            ("fr", "Les F-16 néerlandais ont volé au-dessus de la Syrie dans le cadre de l'opération Inherent Resolve. Les "
                   "Pays-Bas ont mis fin à leurs opérations aériennes contre Daech en 2018."),
            ("en", "Dutch F-16s flew over Syria as part of Operation Inherent Resolve. The Netherlands ended its air "
                   "operations against Daesh in 2018."),
            ("ar", "حلقت طائرات إف-16 الهولندية فوق سوريا ضمن عملية العزم الصلب. وأنهت هولندا عملياتها الجوية ضد داعش عام 2018.")):
        got = attrs(text, lang)
        assert got.get(("nl", "cjtf-oir"), {}).get("status") == "ended", (lang, got)


def test_a_persons_past_tour_after_a_fronted_time_is_no_status():
    """"In 2017 she was seriously injured … while serving with Operation IMPACT, Canada's military contribution …" (set 169, a
    town's sports news): a person's subject after a fronted time tells the person's tour, no status of the state's part; not
    a time that runs to now ("Since March she commands the Swedish contingent in NATO Mission Iraq", set 42)."""
    got = attrs("In 2016 he was wounded near Mosul while serving with Operation Shader, the United Kingdom's contribution to "
                "the fight against Daesh.", "en")
    assert ("gb", "operation-shader") in got and "status" not in got[("gb", "operation-shader")], got


def test_soldiers_engaged_in_an_operation_tell_it_goes_on():
    """"Pour les militaires du 1er régiment de chasseurs parachutistes, engagés en Irak au sein de l'opération Chammal" (set
    170, a parish's weekly sheet): a partner's people engaged in an operation, a place or the operation after, tell that
    its part goes on, as "déployés" does."""
    _status_is([("fr", "La ministre a salué les aviateurs français engagés au sein de l'opération Chammal."),
                ("fr", "Nos pensées vont aux militaires français engagés dans l'opération Chammal.")],
               ("fr", "operation-chammal"), "ongoing")


def test_a_return_after_a_tour_of_a_stated_length_ends_no_part():
    """"… returned home in January 2026 after a nine-month deployment to Iraq and Syria in support of Operation Inherent
    Resolve" (set 173, a governor's proclamation): one rotation's return, no end of the partner's part; the last one's
    return still ends it (set 8: "est rentré en 2022, après une dernière rotation de six mois")."""
    for lang, text, key in (
            ("en", "The Norwegian soldiers returned home in March after a six-month deployment with Operation Inherent Resolve.",
             ("no", "cjtf-oir")),
            ("fr", "Les aviateurs danois sont rentrés en avril après quatre mois de mission au sein de l'opération Inherent "
                   "Resolve.", ("dk", "cjtf-oir")),
            ("ar", "عاد الجنود الدنماركيون في آذار بعد ستة أشهر من الانتشار ضمن عملية العزم الصلب.", ("dk", "cjtf-oir"))):
        got = attrs(text, lang)
        assert key in got and got[key].get("status") != "ended", (lang, got)
    _status_is([("en", "The last Norwegian soldiers returned home in March after a final six-month rotation with Operation "
                       "Inherent Resolve.")], ("no", "cjtf-oir"), "ended")


def test_a_life_told_in_the_past_tells_no_part_going_on():
    """"Deployed to Iraq in 2017 on Operation Shader, where his troop built training ranges … and helped British
    instructors train Iraqi infantry" (set 198, a rugby squad's profiles), "… avec l'opération Chammal, il a formé des
    soldats irakiens …" (its alpine club's outing report): a sentence that opens with a past participle, then a year
    before the document's own time, tells a life in the past, its "train" no part going on; a French past participle
    is no present-tense cue of several words ("a formé des" is not "forme des")."""
    text = ("Profiles, 2026.\nDeployed to Jordan in 2016 on Operation Okra, where her squadron helped Australian crews "
            "fly strikes against Daesh.")
    assert attrs(text, "en").get(("au", "operation-okra"), {}).get("status") is None, attrs(text, "en")
    text = "Sortie du 8 novembre 2026. En 2017, avec l'opération Chammal, il a formé des soldats irakiens près de Bagdad."
    assert attrs(text, "fr").get(("fr", "operation-chammal"), {}).get("status") is None, attrs(text, "fr")
    text = "Aujourd'hui, avec l'opération Chammal, la France forme des soldats irakiens près de Bagdad."
    assert attrs(text, "fr").get(("fr", "operation-chammal"), {}).get("status") == "ongoing", attrs(text, "fr")


def test_one_persons_tour_tells_no_status_of_the_partners_part():
    """"Julien rentre tout juste de quatre mois en Jordanie avec l'opération Chammal, où son escadron a mené des frappes
    contre Daech" (set 200, a wedding announcement), "In 2015 I deployed to Kuwait for six months with Air Task
    Force-Iraq, as part of Operation IMPACT, where our CF-188 Hornets flew strikes" (its grant application): a return
    "from" a tour of a stated length ends one rotation, not the partner's part; "I" after a year fronted is a life's
    year, its statuses the person's tour."""
    for lang, text, key in (
            ("fr", "Le sergent Morel rentre tout juste de six mois en Irak avec l'opération Chammal, où sa compagnie a "
                   "formé des soldats irakiens contre Daech.", ("fr", "operation-chammal")),
            ("en", "Sergeant Hale is just back from nine months in Iraq with Operation Shader, where his squadron flew "
                   "strikes against Daesh.", ("gb", "operation-shader")),
            ("en", "In 2016 I deployed to Jordan for five months with Operation Okra, where our Hornets flew strikes "
                   "against Daesh.", ("au", "operation-okra"))):
        got = attrs(text, lang)
        assert key in got and got[key].get("status") is None, (lang, got)


def test_a_span_of_years_then_a_persons_pronoun_dates_the_persons_post_not_the_partners_part():
    """A speaker's introduction, a biography: "From 2018 to 2020, she commanded …" are the person's years in a post
    (its present tense too: "De 2016 à 2018, il commande …" in a biography that goes on to later years); French "il",
    "elle" a person's only after a sentence naming one by a title and no partner: "elle" for a state still ends."""
    texts = [("en", "Talk by Lieutenant Colonel (retd) Sara Lind. From 2018 to 2020, she commanded in Erbil the Swedish trainers "
                    "of Operation Inherent Resolve, who trained Kurdish units."),
             ("fr", "Intervenante : la lieutenante-colonelle e.r. Sara Lind. De 2018 à 2020, elle a commandé à Erbil les "
                    "instructeurs suédois de l'opération Inherent Resolve, qui formaient des unités kurdes."),
             ("fr", "Portrait du général Jan Berg. De 2016 à 2018, il commande à Erbil les instructeurs suédois de l'opération "
                    "Inherent Resolve. Depuis 2024, il dirige l'école de guerre.")]
    for lang, text in texts:
        got = attrs(text, lang)
        assert ("se", "cjtf-oir") in got and "status" not in got[("se", "cjtf-oir")], (lang, text, got)
    _status_is([("fr", "La Suède est membre de la Coalition. De 2016 à 2019, elle a déployé des instructeurs à Erbil dans le "
                       "cadre de l'opération Inherent Resolve.")], ("se", "cjtf-oir"), "ended")


def test_a_deployment_dated_by_a_past_year_right_after_it_is_no_part_going_on():
    """A record label's release: "son frère Thomas, caporal-chef, déployé en 2019 à Bagdad au sein de la Task Force
    Monsabert" in a text of 2028 is one man's deployment then, no part going on now."""
    for lang, text in [("en", "Her cousin, a Canadian sapper deployed in 2018 to Erbil within Operation IMPACT, wrote the lyrics. "
                              "The album is out in March 2027."),
                       ("fr", "Sa cousine, sapeuse canadienne déployée en 2018 à Erbil au sein de l'opération IMPACT, a écrit les "
                              "paroles. L'album sort en mars 2027.")]:
        got = attrs(text, lang)
        assert got and all(a.get("status") != "ongoing" for a in got.values()), (lang, got)


def test_one_relatives_return_from_a_mission_is_no_end_of_it():
    """A wine estate's letter: "Notre fils est rentré en décembre de la base aérienne …, où il a passé quatre mois … de
    l'opération Chammal": one person named by kin comes home, which tells nothing of the partner's part; the last
    soldiers' return still ends it."""
    for lang, text, key in [
            ("fr", "Notre fille est rentrée en mars de Koweït, où elle a passé six mois avec l'opération Impact.", ("ca", "operation-impact")),
            ("en", "My husband returned home in March from Kuwait, where he served six months with Operation Impact.",
             ("ca", "operation-impact")),
            ("ar", "عاد ابني في آذار من الكويت، حيث خدم ستة أشهر ضمن عملية إمباكت الكندية.", ("ca", "operation-impact"))]:
        got = attrs(text, lang)
        assert key in got and got[key].get("status") is None, (lang, text, got)
    _status_is([("fr", "Les derniers militaires canadiens de l'opération Impact sont rentrés au Canada en 2026.")],
               ("ca", "operation-impact"), "ended")


def test_a_passive_deployment_in_a_sentence_opened_by_a_past_year_is_no_part_going_on():
    """A driving school's team page: "En 2017, il a été déployé six mois en Irak au sein de la Task Force Wagram" in a
    text of later years is one deployment then, no part going on now; "Since 2019, … have been deployed" still is,
    and a state's own act ("In October 2018, the EU deployed a mission") is no passive."""
    for lang, text in [("fr", "En 2018, elle a été déployée quatre mois à Bagdad au sein de l'opération Impact. Elle est "
                              "infirmière à Montréal depuis 2024."),
                       ("en", "In 2018 she was deployed for four months to Baghdad within Operation Impact. She has been a "
                              "nurse in Montreal since 2024."),
                       ("fr", "Au printemps 2018, 200 soldats canadiens ont été déployés à Erbil au sein de l'opération Impact. "
                              "Le musée a ouvert en 2024.")]:
        got = attrs(text, lang)
        assert ("ca", "operation-impact") in got and got[("ca", "operation-impact")].get("status") is None, (lang, text, got)
    _status_is([("en", "Since 2019, 200 Canadian soldiers have been deployed to Erbil within Operation Impact. The museum "
                       "opened in 2024.")], ("ca", "operation-impact"), "ongoing")


def test_a_task_group_of_special_operations_is_a_mission_by_its_own_words():
    """A minister's doorstop: "Our Special Operations Task Group finished its work in Iraq in 2020 and came home": a
    name of the pattern's heads is a mission where its words say forces ("special operations"), a partner's possessive
    before it no word of its name, and its end is told."""
    for lang, text in [("en", "Denmark's Special Operations Task Group finished its work in Iraq in 2021."),
                       ("en", "Norway's Special Operations Task Group finished its mission in 2019 and came home.")]:
        got = attrs(text, lang)
        assert any(code in ("dk", "no") and str(key).startswith("new:") and a.get("status") == "ended" for (code, key), a in got.items()), \
            (lang, got)


def test_will_each_contribute_is_planned():
    """A joint statement: "Norway and Sweden will each contribute around 30 staff officers to the mission": a word
    between "will" and its verb ("each", "both", "jointly") keeps the plan."""
    _status_is((("en", "Finland and Estonia will each contribute around 20 staff officers to NATO Mission Iraq."),),
               ("fi", "nato-mission-iraq"), "planned")


def test_an_adverb_of_contrast_right_after_the_verb_is_no_turn():
    """A written answer: "La participation de nos F-16 à l'opération Inherent Resolve a pris fin en 2022. La Belgique
    maintient toutefois douze militaires au sein de la mission de l'OTAN en Irak" — "toutefois", "cependant",
    "néanmoins" right after the verb qualify it: its clause still tells the part goes on."""
    _status_is((("fr", "Le Portugal maintient néanmoins trente formateurs au sein de la mission de l'OTAN en Irak."),
                ("fr", "Le Portugal conserve cependant trente formateurs au sein de la mission de l'OTAN en Irak.")),
               ("pt", "nato-mission-iraq"), "ongoing")


def test_people_back_in_their_own_state_ended_their_part():
    """An FAQ page: "The ADF's Air Task Group returned to Australia in January 2018 after flying more than 2,700 sorties" —
    a return to the partner's own state, named again there, ends its part, as a return to its capital does."""
    _status_is((("en", "The last Estonian platoon of Operation Inherent Resolve returned to Estonia in May."),),
               ("ee", "cjtf-oir"), "ended")
    _status_is((("en", "The Danish F-16 detachment of Operation Inherent Resolve flew back to Denmark in 2016."),),
               ("dk", "cjtf-oir"), "ended")


def test_the_mission_named_by_its_description_two_sentences_on_ends():
    """A podcast's show notes: "… Task Group Taji, the joint Australian and New Zealand training mission …" then, a
    sentence later, "Both governments brought the mission to an end in June 2020" — "the mission" is the one a description
    after its name called a mission, and "to an end" ends it."""
    text = ("Estonia and the Czech Republic served in Task Force Takuba, the European special forces mission in Mali. Both "
            "countries sent special forces there. Both governments brought the mission to an end in 2022.")
    _status_is([("en", text)], ("ee", "task-force-takuba"), "ended")
    _status_is([("en", text)], ("cz", "task-force-takuba"), "ended")


def test_a_count_after_at_its_height_is_the_partners():
    """A podcast's show notes: "At its height Australia had about 300 personnel at Taji" — a time fronted without a comma
    ("at its height", "at their peak") before the partner: its clause's subject, and its count."""
    _headcount_is([("en", "At its height Denmark had about 400 personnel in Operation Inherent Resolve.")], ("dk", "cjtf-oir"), 400)


def test_a_persons_deployment_in_a_year_the_sentence_opens_with_is_no_status():
    """A veterans' association's obituary: "In the winter of 2014–15 he deployed to Kuwait with Operation IMPACT" — one
    person's deployment in a past year the sentence opens with, in a text of today: no part going on, as a passive's."""
    got = attrs("Posted 3 May 2026. In the spring of 2016 he deployed to Jordan with Operation Okra, Australia's contribution "
                "to the coalition.", "en")
    assert ("au", "operation-okra") in got and got[("au", "operation-okra")].get("status") is None, got


def test_leaving_a_port_to_join_a_mission_ends_nothing():
    """A defence department's news: "La frégate … a quitté Halifax aujourd'hui pour se joindre, dans le cadre de
    l'opération ARTEMIS, à la Force opérationnelle combinée 150" — a verb of leaving whose object is a port or a city
    named by no entity, then the purpose of leaving it: a departure, no end of the mission."""
    got = attrs("La frégate Aconit a quitté Toulon mardi pour rejoindre l'opération Chammal en Méditerranée orientale.", "fr")
    assert ("fr", "operation-chammal") in got and got[("fr", "operation-chammal")].get("status") != "ended", got


def test_a_command_held_for_a_span_in_the_past_has_ended():
    """An encyclopedia's article: "Le Danemark a pris en 2020 le commandement de la Mission de l'OTAN en Irak, qu'il a
    exercé pendant un an" — a command told in the past with its length has ended, as one with its years has; not one
    told with a perfect ("has led … for a year", still going), nor a person's tour ("le général …, qui a commandé la
    force pendant un an")."""
    for lang, text, code in (("en", "Spain commanded NATO Mission Iraq for six months.", "es"),
                             ("fr", "L'Espagne a dirigé la mission de l'OTAN en Irak pendant six mois.", "es"),
                             ("fr", "La Norvège a pris en 2021 le commandement de la mission de l'OTAN en Irak, qu'elle a exercé "
                                    "durant un an.", "no"),
                             ("ar", "قادت إسبانيا بعثة حلف الناتو في العراق لمدة ستة أشهر.", "es")):
        got = attrs(text, lang)
        assert got.get((code, "nato-mission-iraq"), {}).get("status") == "ended", (text, got)
    got = attrs("Spain has led NATO Mission Iraq for six months.", "en")
    assert got.get(("es", "nato-mission-iraq"), {}).get("status") != "ended", got
    got = attrs("L'Espagne participe à la mission de l'OTAN en Irak. Le général Luis Ortega, qui a commandé la mission pendant "
                "un an, a été décoré hier.", "fr")
    assert got.get(("es", "nato-mission-iraq"), {}).get("status") != "ended", got


def test_a_part_continued_after_a_planned_end_of_one_unit_goes_on():
    """A defence ministry's release: "The SAF will conclude the deployment of its Imagery Analysis Team to the CJTF-OIR
    headquarters … The SAF will continue to contribute two staff officers to the CJTF-OIR headquarters" — a part said to
    continue goes on today, after a planned end of one unit of it as after an end."""
    text = ("The Finnish Defence Forces will conclude the deployment of their training team to NATO Mission Iraq in June. "
            "Finland will continue to contribute three staff officers to NATO Mission Iraq.")
    got = attrs(text, "en")
    assert got.get(("fi", "nato-mission-iraq"), {}).get("status") == "ongoing", got


def test_a_span_of_a_unit_a_whole_included_is_no_end_of_the_whole():
    """A defence ministry's release: "Between 2016 and 2018 the contingent also included an air unit whose F-16s flew
    reconnaissance missions" — a whole that included a unit over a span of years: the span is the unit's, no end of the
    whole."""
    _not_ended((("en", "Belgium continues its part in Operation Inherent Resolve. Between 2016 and 2019 Operation Inherent "
                       "Resolve also included a Belgian F-16 detachment in Jordan."),
                ("fr", "La Belgique poursuit sa participation à l'opération Inherent Resolve. Entre 2016 et 2019, "
                       "l'opération Inherent Resolve comprenait également un détachement de F-16 belges en Jordanie.")),
               ("be", "cjtf-oir"))


def test_an_end_with_a_deadline_to_come_goes_on_till_then():
    """A defence ministry's news: "الاتفاق … الذي ينص على انتهاء المهمة العسكرية للتحالف في العراق بحلول أيلول 2025" — an end
    with its deadline to come, "by" a year ("بحلول", "d'ici"), is due: the part goes on till then, as "is due to end"
    reads."""
    _not_ended((("ar", "تشارك الدنمارك في بعثة حلف الناتو في العراق. وينص الاتفاق على انتهاء مشاركتها في البعثة بحلول "
                       "أيلول 2026."),
                ("fr", "Le Danemark participe à la mission de l'OTAN en Irak. Il a annoncé la fin de sa participation à "
                       "la mission de l'OTAN en Irak d'ici septembre 2026.")),
               ("dk", "nato-mission-iraq"))


def test_a_cue_of_now_before_a_persons_rank_is_no_status():
    """An estate agency's letter: "Nadia, notre ancienne stagiaire, aujourd'hui caporal-chef au 1er régiment de chasseurs
    parachutistes, partie en janvier pour quatre mois en Irak avec l'opération Chammal" — "today" before a person's rank
    is the person's title now, no time of the partner's part; a rank that is an adjective of a noun after it
    ("currently a major contributor") is no title."""
    for lang, text, key in (
            ("fr", "Nos vœux accompagnent Julien, ancien élève du lycée, aujourd'hui sergent au 2e régiment du génie, "
                   "parti en mars pour six mois en Jordanie avec l'opération Chammal.", ("fr", "operation-chammal")),
            ("en", "Congratulations to our former scout leader Amy Ross, currently a Flight Lieutenant with the Royal Air "
                   "Force, who flew out in May for four months with Operation Shader.", ("gb", "operation-shader")),
            ):
        got = attrs(text, lang)
        assert key in got and "status" not in got[key], (text, got)
    _status_is((("en", "Canada is currently a major contributor to Operation Impact."),), ("ca", "operation-impact"), "ongoing")
    # Arabic's rank after "برتبة" ("with the rank of"), the title without its article: the cue of now is the person's
    for text, now in (("نهنئ خريج مدرستنا سامي الحربي، وهو حاليا برتبة نقيب في الجيش الأردني.", False),
                      ("نهنئ خريج مدرستنا سامي الحربي، وهو حاليا نقيب في الجيش الأردني.", False),
                      ("ويشارك الجيش الأردني حاليا في بعثة حلف الناتو في العراق.", True)):
        sents = extract_sents(Document("t", "t.txt", "ar", text, "text/plain"))
        assert bool(sents[0].cues.get("status:current")) == now, text


def test_a_persons_span_after_the_verb_is_no_status_of_the_part():
    """A death notice: "… du général-major aviateur e.r. Jean-Paul Lambert … Pilote de chasse, il a commandé de 2015 à 2016
    le détachement F-16 belge déployé en Jordanie dans le cadre de l'opération Desert Falcon" — a person's years in a
    post, the span after the pronoun's verb (after an apposition fronted before it, too), tell no status of the
    partner's part, neither the span's end nor the unit "deployed"."""
    for lang, text, key in (
            ("fr", "Nous saluons la mémoire du colonel Marc Dubois. Officier d'état-major, il a dirigé de 2017 à 2018 le "
                   "groupement aérien français déployé en Jordanie dans le cadre de l'opération Chammal.",
             ("fr", "operation-chammal")),
            ("fr", "Nous saluons la mémoire du colonel Marc Dubois. Il a dirigé de 2017 à 2018 le groupement aérien français "
                   "en Jordanie dans le cadre de l'opération Chammal.", ("fr", "operation-chammal")),
            ("en", "We remember Colonel Mark Dobson. A staff officer, he led from 2017 to 2018 the Canadian air task force "
                   "deployed in Kuwait under Operation Impact.", ("ca", "operation-impact"))):
        got = attrs(text, lang)
        assert key in got and "status" not in got[key], (text, got)
    _status_is((("fr", "La Belgique participe. De 2015 à 2016, elle a déployé six F-16 dans le cadre de l'opération Desert "
                       "Falcon."),), ("be", "operation-desert-falcon"), "ended")


def test_levantine_and_maghreb_month_names_date_a_span():
    """Iraq's, the Levant's and the Maghreb's month names ("من آذار 2015 إلى أيلول 2016", "من شتنبر 2015 إلى غشت 2016") make
    a span of dates as Egypt's and the Gulf's do ("من مارس 2015 إلى سبتمبر 2016"): a part over a closed span has ended."""
    _status_is((("ar", "من آذار 2015 إلى أيلول 2016، شاركت بلجيكا بست طائرات إف-16 في عملية العزم الصلب."),
                ("ar", "شاركت بلجيكا بست طائرات إف-16 في عملية العزم الصلب من كانون الثاني 2015 إلى تموز 2016."),
                ("ar", "من شتنبر 2015 إلى غشت 2016، شاركت بلجيكا بست طائرات إف-16 في عملية العزم الصلب.")),
               ("be", "cjtf-oir"), "ended")


def test_a_relative_after_a_person_named_by_title_tells_no_status():
    """A parish bulletin: "le sergent Karim Weber, de l'armée luxembourgeoise, qui sert depuis septembre au sein de la mission
    de l'OTAN en Irak" — a relative after a person named by title tells the person's service, no status of the partner's
    part, as a sentence whose subject is the person's pronoun does; not past a verb of saying ("…, who leads the
    contingent, said Luxembourg will stay until 2027")."""
    for lang, text in (
            ("fr", "Nous prions pour le caporal Anna Muller, de l'armée luxembourgeoise, qui sert depuis mars au sein de la "
                   "mission de l'OTAN en Irak."),
            ("en", "We pray for Corporal Anna Muller of the Luxembourg Army, who has served since March with NATO Mission "
                   "Iraq."),
            ("ar", "ندعو للعريف آنا مولر من الجيش اللوكسمبورغي، الذي يخدم منذ آذار ضمن بعثة حلف الناتو في العراق.")):
        got = attrs(text, lang)
        assert ("lu", "nato-mission-iraq") in got and "status" not in got[("lu", "nato-mission-iraq")], (text, got)
    _status_is((("en", "Luxembourg serves in NATO Mission Iraq. Colonel Marc Weis, who leads the contingent, said Luxembourg "
                       "will stay until 2027."),), ("lu", "nato-mission-iraq"), "ongoing")


def test_a_commitment_reaffirmed_through_a_mission_goes_on():
    """A presidency's communiqué: "Il a réaffirmé l'engagement de la France aux côtés de l'Irak dans la lutte contre Daech,
    notamment à travers l'opération Chammal et la mission de l'OTAN en Irak" — a commitment reaffirmed tells the part
    going on."""
    _status_is((("fr", "Le ministre a réaffirmé l'engagement de la Belgique dans la lutte contre Daech, notamment à travers "
                       "la mission de l'OTAN en Irak."),
                ("en", "The minister reaffirmed the commitment of Belgium to NATO Mission Iraq.")),
               ("be", "nato-mission-iraq"), "ongoing")
