"""Extraction: a Document becomes the facts it states about its partner.

The same mechanism serves every language: sentences are tokenised, the vocabulary
gazetteer names the entities it knows, naming patterns add the ones it does not,
and cue vocabularies from ``data/lang/<lang>.yaml`` decide statuses, relations,
scopes, cooperation and lines of effort. Nothing here names a partner, a mission
or a sentence; all of that is data.

``extract`` reads a document sentence by sentence; the modules beside it each answer one
question: ``sentence`` (tokens, names, cues), ``layout`` (where a line stands: a title, a
heading, a dateline, a chair line), ``actors``, ``clauses``, ``roles`` and ``anaphora`` (who
acts in each clause), ``mentions`` and ``takers`` (whether a named mission or initiative is
the actor's part), ``status``, ``personnel`` and ``numbers`` (its attributes),
``resolutions``, ``cooperation``, ``lines`` and ``members`` (the other kinds of fact), and
``builder`` (the facts gathered with their evidence).
"""

from __future__ import annotations

import functools
from collections import Counter

from ..langs import sentences
from ..model import Document, Extraction, Fact
from ..vocab import Match, Vocabulary, vocabulary
from . import words
from .actors import dominant_actor, finder_for, lists_subject, only_actor, sole_actor_counts
from .analysis import analyse
from .anaphora import (
    PAIR_BACK,
    _agreement_parties,
    _bare_councils,
    _defined_acronyms,
    _group_anaphora,
    _group_of,
    _joint_partners,
    _joint_title,
    _named_with_noun,
    _self_named,
    _shared_seats,
    _short_names,
    _speaker_is_we,
    _we_by_own_people,
    _we_is_nobody,
    ngo_writer,
    own_reports,
    people_named_alone,
    plural_size,
    they_open,
)
from .builder import _Builder, _is_military, _mention, _nearest, _strategy_scope
from .clauses import _BLANK_LINE, Actors, Segment, _carrying, _things_act_alone
from .cooperation import _alongside_the_speaker, _mutual_cooperation, cooperation
from .layout import (
    CHAIRS_WITHIN,
    DATELINE_WITHIN,
    TOPIC_FROM,
    _byline_authors,
    _chair_line,
    _chaired_meeting,
    _dateline_alone,
    _delegation_line,
    _delegations_heading,
    _donor_line,
    _home_state,
    _label_line,
    _national_operations,
    _on_topic,
    _operation_of,
    _operations_nation,
    _pledge_line,
    _question,
    _section_heading,
    _speech_speaker,
    _title,
    _titled_initiative,
    account_line,
    answer_key,
    asks_list,
    bare_question,
    bracketed_note,
    find_subject,
    item_number,
    letterhead,
    list_item,
    office_before,
    official_opens,
    preamble_chain,
    recommendation_item,
    recommendations_heading,
    records_ahead,
    roster_line,
    simulated,
    simulated_role,
    thread_of_posts,
    tie_broken,
    topics_heading,
)
from .lines import (
    THIS_BACK,
    _lines_of_effort,
    quiet_bodys_purpose,
    quiet_condemned,
    quiet_nobodys_relatives,
    quiet_praised_bodies,
    quiet_recitals,
    quiet_relative_clauses,
    quiet_sports,
    quiet_thankers_name,
    quiet_titles,
    quiet_topics,
)
from .members import _joined, _not_member
from .mentions import _bodys_initiative, _funded, _met, _mission_subject, _praised, _received, _source
from .numbers import parse_number
from .personnel import (
    Unplaced,
    bracketed_counts,
    credit_personnel,
    label_headcounts,
    read_tables,
)
from .resolutions import RESOLUTION_ANAPHOR_BACK, _resolution_anaphor, _resolutions, co_sponsors
from .runners import runners_missions
from .sentence import ENTITY_KINDS, PARTNER_KINDS, Sent, _one_clause, cell_separator, cues_at, more_cues, slugify
from .speech import answered, chosen_option, goes_on_speaking, label_partner, opinion_of_many, speaker_label, speaker_of, turns
from .status import future_of_part, mission_status, own_part_ended, parts_of_wholes, read_dates, revised_after, share_status, status_after
from .takers import (
    _apposed_members,
    _apposed_owners,
    _co_leaders,
    _command_heir,
    _command_predecessor,
    _led_by,
    _naming,
    _next_clause,
    _participants,
    _relative_subject,
    _takers,
    _unit_owner,
    _where_subject,
    runner_after,
    strategy_owner,
)


def extract(doc: Document, vocab: Vocabulary | None = None) -> Extraction:
    """The facts a document states, each credited to the partner acting in its clause.

    ``Extraction.partner`` is the document's dominant actor (a profile's subject), or
    the partner with the most facts where several act."""
    vocab = vocab or vocabulary()
    lex = vocab.lexicon(doc.lang)
    sents = [analyse(doc, s, e, lex) for s, e in sentences(doc.text, lex.abbreviations)]
    read_dates(sents, lex)
    read_tables(doc, sents, lex)
    label_headcounts(sents, lex)
    _short_names(sents, vocab, lex)
    _shared_seats(sents, vocab, lex)
    _defined_acronyms(sents)
    runners_missions(sents, vocab, lex)
    _group_anaphora(sents, lex)
    _bare_councils(sents, lex)
    own_reports(sents, lex)
    subject = find_subject(sents)
    if len(sents) >= TOPIC_FROM and not _on_topic(sents):
        return Extraction(doc, subject, [])
    finder = finder_for(lex, vocab)
    prepared = [finder.prepare(s) for s in sents]
    # (not in a bare question: "Analyst: And Kuwait?" makes no text Kuwait's; a question of an act does, an interview's
    # whose answers say "we": "Le Tchad reste-t-il dans la Force … ? — Oui. Nous y maintenons …")
    alone = sole_actor_counts(vocab, [c for s, c in zip(sents, prepared, strict=True) if not bare_question(s, lex)])
    dominant = dominant_actor(alone) or (_operations_nation(sents, vocab) if not alone else tie_broken(alone, sents, vocab))
    # the one state a text names, whose offices act unnamed: the text is its from the start ("Le ministre de
    # l'Économie … Arrêtent : … sont gelés", an order published "au Journal officiel de la République française")
    state = _home_state(sents, vocab, finder.role_of)
    home = state if dominant is None and not alone else None
    head = letterhead(sents)
    if dominant is not None and head not in (None, dominant) and alone.get(dominant, 0) <= 1 and not alone.get(head):
        dominant = head  # a ministry's call under its state's letterhead, a grant "from Germany" named once in it
    dominant = dominant or home or head
    build = _Builder(doc, vocab, lex)
    first_named: dict[str, tuple[Sent, Match]] = {}
    if dominant is not None:
        for s in sents:
            m = next((m for m in s.ents if m.entry.kind == "partner" and m.entry.id == dominant), None)
            if m:
                first_named[dominant] = (s, m)
                break
    previous: list[tuple[Fact, int]] = []
    unplaced: list[Unplaced] = []  # the counts of the sentence before that went to no mission (``credit_personnel``)
    # the dominant partner is carried from where the text first names it, in any form, and
    # into the headings before (a ministry page's title "Operation IMPACT (Iraq)"): an op-ed's
    # "When people think of the Coalition, they picture airstrikes over Raqqa", before the
    # partner it is about is named, is nobody's act
    # (its national operation names it too: "Opération Chammal : l'armée de l'Air a conduit …")
    # (not where the one state the text names is its home, its offices acting before it is named: a security
    # directorate's leaflet, "تنفذ مديرية الأمن العام هذه الحملة …", signed "الأردن أولاً")
    at_home = home or dominant is not None and state == dominant
    opening = 0 if at_home else next((n for n, s in enumerate(sents) if any(
        m.entry.id == dominant and m.entry.kind in (*PARTNER_KINDS, "adjective")
        or dominant and m.entry.kind == "mission" and (k := vocab.known.get(("mission", m.entry.id))) is not None
        and k.nation == dominant for m in s.ents)), 0)
    # (nor where the state's own office acts before it is named, in no news story: a council of ministers' communiqué)
    filed = any(cl.filed for clauses in prepared[:DATELINE_WITHIN] for cl in clauses)
    if opening and not filed and office_before(sents[:opening], vocab, dominant, finder.role_of):
        opening = 0
    carried: tuple[str, ...] = (dominant,) if dominant and not opening else ()
    # … but not where another partner acts before it: a symposium's programme whose speakers'
    # biographies name Norway, then Poland, has a title ("Symposium on Post-Conflict
    # Stabilisation") that is neither's act
    # (read only where a title comes before it: each mention's role reads the sentence's cues again)
    # — nor where the sentence that first names it names another partner as its co-subject: a
    # conference's announcement "« Le Sahel après Barkhane »" over "Le Niger et le Tchad … ont
    # fourni des troupes …" is about both, and its title neither's act
    co_subjects = [{m.entry.id for m in g} for g in finder.groups(sents[opening])
                   if len(g) > 1 and dominant in {m.entry.id for m in g} and finder.role_of(sents[opening], g[0]) in ("", "agent")]
    titles_carried = any(_title(s) for s in sents[:opening]) and not any(
        m.entry.kind in (*PARTNER_KINDS, "adjective") and m.entry.id != dominant and finder.role_of(s, m) in ("", "agent")
        for s in sents[:opening] if not _title(s) for m in s.ents) and not co_subjects
    group: tuple[str, ...] = ()
    before: list[Sent] = []  # the sentences whose two partners "the two sides" may be, nearest first
    # a news story (a dateline opens it, after its headline if it has one): each list's partners act
    # (not a story whose headline names it with another partner as their co-subjects: "Bénin-Togo : … Cotonou et Lomé
    # serrent les rangs" is about both, each acting in its lists; a profile's first sentence may name its subject's
    # peer so, "Portugal and Spain jointly deploy …", and stays the subject's)
    lists_by = lists_subject(alone, dominant) \
        if not (_title(sents[opening]) and any(len(ids) > 1 for ids in co_subjects)) else None
    # "we": the partner a speech's or interview's title names, else, outside a news story,
    # the one partner named alone in the document ("We co-lead the Coalition's Communications
    # Working Group" in a ministry's answer about the United Kingdom), or the one it is about
    # where the sentence before was about it too (a minister's statement to parliament that
    # names its allies as well); never in a joint statement, whose "we" is all its partners
    # an agreement's text: its parties, named in its title, act jointly as a joint statement's do,
    # and its clauses that name none are theirs ("وتنفيذاً لقرار مجلس الأمن رقم 2178 …" in its preamble)
    agreement, parties = _agreement_parties(sents, lex, vocab)
    titled = _speech_speaker(sents, vocab, finder)  # an interview's answers are quoted, and its "we" the speaker's
    # an op-ed's author's state; its authors' states, where they write jointly (their "we" all of theirs)
    byline_line, authors = _byline_authors(sents, vocab, lex, finder) if titled is None else (None, ())
    if titled is None and not authors:
        byline_line, authors = account_line(sents, vocab, finder)  # a thread of posts: its account's partner's
    byline = authors[0] if len(authors) == 1 else None
    if len(authors) > 1 and not parties:
        agreement, parties = byline_line, authors
    joint = bool(parties) or any(s.cues.get("actor:joint") for s in sents[:DATELINE_WITHIN])
    voice = only_actor(alone) if not (filed or joint) else None
    # a partner the text names only by its adjective ("the Portuguese presence", "Portuguese
    # military personnel" in an ambassador's post written as "we") speaks as that adjective; not in
    # a forum's thread, whose posts' writers are several ("Small note from a Belgian: our F-16s …" is one's)
    adjective = next((m for s in sents for m in s.ents if m.entry.kind == "adjective" and m.entry.id == dominant),
                     None) if dominant is not None and dominant not in first_named and not thread_of_posts(doc.text) else None
    speaker = titled or byline or (first_named[voice][1] if voice in first_named else adjective if voice == dominant else None)
    about = (first_named[dominant][1] if dominant in first_named else adjective) if not (filed or joint) else None
    if about is None and dominant is not None and not (filed or joint):
        # a text that names its state only by its national operation (a hearing of the chief of defence staff: "au
        # Levant, l'opération Chammal mobilise …, nos Rafale …, nous travaillons avec nos partenaires britanniques"):
        # its "we" is that operation's nation
        about = _operation_of(sents, vocab, dominant)
    said_before: list[tuple[str, str, int, int, str]] = []  # the resolutions named last, ``said_age`` sentences back
    said_age = 0
    maybe_joined: list[tuple[Sent, Actors, bool]] = []  # sentences that may say partners joined the Coalition
    named_coalition = False  # the sentence before names the Coalition
    joint_members = parties or (_joint_partners(sents, vocab, lex) if joint else ())
    # a transcript's turns ("Minister Tajani: …"): where the text names no one speaker, a "we"
    # is the partner the turn has acted for (``turns``)
    turn_of = turns(doc.text, sents) if speaker is None and not joint else None
    turn: Match | None = None
    label = ""  # the speaker of the turn, as its label reads ("La ministre")
    turn_by_label: dict[str, Match] = {}  # the partner each speaker's turns have acted for
    turn_named: Match | None = None  # the partner the label of the turn under way names (``label_partner``)
    dateline_state: tuple[str, ...] = ()  # the state of a dateline on the line before, on a line of its own
    named_yet = False  # a sentence before, no headline, has named its actor
    asked = False  # the line before asks another to act, or names topics, and opens a list (``asks_list``)
    delegations = False  # a heading over a list of delegations has come (``_delegations_heading``)
    record: tuple[str, ...] = ()  # the donors a record's line named (``_donor_line``), to the record's end
    labels = [_label_line(s) for s in sents]  # which sentences are a record's "label: value" lines, read once
    ahead = records_ahead(sents, labels, vocab, lex, doc.text)  # … and from the record's labelled lines before that line
    roster: tuple[str, ...] = ()  # the partners of the last roster of lines "Jordan: 600 personnel" (``roster_line``)
    roster_open = False  # the line before was one of it
    chain: tuple[str, ...] | None = None  # a preamble's subject, the line before ending on a comma (``preamble_chain``)
    quoting: tuple[str, ...] = ()  # whom the sentence before quotes, where a reporting verb opens it (``speaker_of``)
    offices: dict[str, str] = {}  # the partner of each office named before, by its noun (``office_owners``)
    keyed = answer_key(sents, lex)  # a quiz's questions and their answers listed under them
    simulation = simulated(sents, lex)  # a school's "Model United Nations": its delegates play partners
    ngo = ngo_writer(sents, lex)  # an NGO's or a company's "we", whatever state its title names
    table_from: tuple[str, ...] | None = None  # whom the text was about where the table under way began
    list_from: tuple[str, ...] | None = None  # ... and where the list of items under way began
    people: tuple[str, ...] = ()  # the one partner whose people the sentence before named, none acting there
    writer: tuple[str, ...] = ()  # the partner whose forces the text's first person says it served in
    for n, (s, clauses) in enumerate(zip(sents, prepared, strict=True)):
        if parties and not carried:
            carried = tuple(m.entry.id for m in parties)
        carried_in = carried  # whom the text was about before this sentence
        from_dateline, dateline_state = dateline_state, ()
        if turn_of is not None and turn_of[n]:
            # a new speaker's turn: whom its "we" is, from its own sentences, or from the same
            # speaker's turns before (``turn_by_label``)
            label = speaker_label(s.text)
            turn_named = label_partner(s)  # "Le ministre luxembourgeois : Nous …": the turn's "we", whoever speaks most
            turn = turn_by_label.get(label) or turn_named
        if dominant and n <= opening and carried in ((), (dominant,)):
            carried = (dominant,) if n == opening or titles_carried and _title(s) else ()
        if cell_separator(s.text) is None:
            table_from = None
        elif table_from is None:
            table_from = carried  # a table's heading row
        else:
            carried = table_from  # a row is its own: not the row before's actors (a diary's meetings)
        if not list_item(s):
            list_from = None
        elif list_from is None:
            list_from = carried  # a list's first item
        else:
            # an item is its own: not the item before's actors ("- 6 مدارس أعيد تأهيلها … بتمويل من الصندوق الكويتي …"
            # then "- 310 أطفال التحقوا بجلسات الدعم النفسي في مراكز الجمعية": the charity's, not Kuwait's)
            carried = list_from
        if len(joint_members) > 1 and n:
            more_cues(s, lex, "joint_subjects")
            _speaker_is_we(s, clauses, joint_members, "actor:joint_subject")
        elif ngo:
            _we_is_nobody(s, clauses, own_adjective=True)  # "Notre ONG dépollue … Nos équipes irakiennes ont retiré …": the NGO's, nobody's
        elif _we_by_own_people(s, clauses):
            pass  # "For our part, we will keep about 2,500 U.S. troops in Iraq": the Americans' "we"
        elif self_named := _self_named(s, clauses, lex):
            # "I'm with the Czech Army and we're in Baghdad …": the soldier's "we" is the Czech Republic's
            writer = writer or self_named
        elif turn_named is not None:
            _speaker_is_we(s, clauses, (turn_named,))
        elif speaker is not None:
            _speaker_is_we(s, clauses, (speaker,), quoted=titled is not None)
        elif turn is not None and label in turn_by_label:
            # a speaker whose earlier turns acted for a partner speaks for it in this one ("La ministre :
            # … des militaires belges … / Question de Pierre : … / La ministre : Bien sûr. Nous
            # finançons …"), whomever else the text is mostly about
            _speaker_is_we(s, clauses, (turn,))
        elif about is not None and carried == (dominant,):
            _speaker_is_we(s, clauses, (about,))
        elif turn_of is not None:
            if turn is not None:
                _speaker_is_we(s, clauses, (turn,))  # "Italy remains … We also support …", within one turn
        elif dominant is None and not (filed or joint):
            # a "we" whose partner nothing tells (an NGO's report: "Nos équipes de déminage ont
            # dépollué …" under a title "Programme Irak") is nobody's, not the partner named before
            _we_is_nobody(s, clauses)
        plural = min((m.i for m in s.cues.get("actor:plural", [])), default=None)
        # "the three countries" after a list of two: the three named last, not that list
        if plural is not None and (named := next((m for m in s.cues.get("actor:plural_named", []) if m.i == plural), None)):
            # "The leaders resolved …": the last list of actors, of any size, or the partners the nearest sentence before
            # names with the same noun ("The leaders of Egypt, Jordan and Iraq met …"); none where neither came before
            group = group if len(group) > 1 else _named_with_noun(s.tokens[named.j - 1].key, vocab, before)
        elif plural is not None and (not group or len(group) < plural_size(s, plural)):
            group = _group_of(s, vocab, plural, before) or group
        labelled = labels[n]
        if labelled or _title(s):
            more_cues(s, lex, "record_labels")  # "Pays", "Country", "Participants": words too common to match in every sentence
        if record and n and _BLANK_LINE.search(doc.text[sents[n - 1].end:s.start]) and not (labelled or _title(s)):
            # a blank line ends the record, before prose; not before a heading or another labelled line (a dashboard's
            # "Outputs this quarter", "Explosive items removed: 1,240" under its "Funded by: …")
            record = ()
        in_record = bool(record) and labelled
        if in_record:
            carried = record  # "Channel: Funding Facility for Stabilization", after "Donor: Germany"
        elif n in ahead:
            carried = ahead[n]  # "Project: Rehabilitation of …" before "Funding: … a grant from Germany"
        # a list that names the profile's subject is its alone, not in a news story nor in a joint
        # statement, whose lists and "we" are all its partners'
        if from_dateline and (not carried or not named_yet) and official_opens(s, clauses, finder):
            # "المنامة في 10 يوليو / بنا /", then "بعث … الملك …": the dateline's state's king, whoever
            # the headline is about ("… يهنئ رئيس الوزراء العراقي": no one named acts there)
            carried = from_dateline
            clauses[0].nobody = False
        if quoting and goes_on_speaking(s):
            carried = quoting  # "وأضاف أن …": the speaker before goes on
        if people and they_open(s, lex):
            carried = people  # "Nous avons discuté avec deux soldats italiens … Ils forment …": their partner's
        actors = finder.sentence(clauses, carried, None if filed or len(joint_members) > 1 else lists_by, group, dominant)
        if (office := finder.opening_office(s, clauses)) in offices and actors.segments:
            # "أولاً: عرضت الدائرة حصيلة أعمال التطهير …" after "دائرة شؤون الألغام في وزارة البيئة العراقية": the
            # office named before, its partner's, whoever else the text carries
            actors.segments[0] = Segment(actors.segments[0].start, (offices[office],))
        for k, office in finder.coordinated_offices(s, clauses) if offices else ():
            if office in offices:
                # "…, and the contingent has trained with Slovak engineers" after "the Polish Military Contingent":
                # the unit's partner from the coordinator on, not the list of the clause before
                after = [seg for seg in actors.segments if seg.start > k]
                actors.segments[:] = [*(seg for seg in actors.segments if seg.start < k), Segment(k, (offices[office],)), *after]
        offices.update(finder.office_owners(s))
        quoting = speaker_of(s, actors, lex.lang != "ar")
        if donors := _donor_line(s, vocab):
            record = carried = tuple(dict.fromkeys(m.entry.id for m in donors))
            # (several donors of one record each give, no peers: "Funded by: UK …; Government of Canada …")
            actors = Actors([Segment(0, record, backers=len(record) > 1)], group)
        if (listed := roster_line(s, vocab)) is not None:
            roster = (*roster, listed) if roster_open else (listed,)
        roster_open = listed is not None
        if len(roster) > 1 and (rest := [c.i for c in cues_at(s, lex, "roster", range(3))]):
            # "The participating forces will rehearse …" after a roster of lines "Jordan: 600 personnel",
            # "Italy: 40 personnel": every partner of the roster acts, each the others' peer
            actors = Actors([Segment(0, roster)], group)
            for a in roster:
                for b in roster:
                    if a != b:
                        build.add("cooperation", a, b, s, s.tokens[rest[0]].start, s.tokens[rest[0]].end)
        if (said := opinion_of_many(s, lex)) is not None:
            # "Interrogés sur …, 67 % estiment qu'ils doivent être jugés sur place": what a share of people
            # thinks, from its words on, is no one's act (the clauses before it stay their actors')
            actors = Actors([*(seg for seg in actors.segments if seg.start < said), Segment(said, ())], group)
        if bracketed_note(s) or simulation and simulated_role(s, lex):
            # "[لقطات لدورية للجيش العراقي]", "[Applause]": a script's note of what is shown, no one's act; a
            # simulation's delegates play partners ("The delegate of France, represented by Emma Clarke, …")
            actors = Actors([Segment(0, ())], group)
        # a quiz's question whose answer only names partners is theirs ("Which country co-chairs …? / A: Italy.")
        answer = None
        if n in keyed or n + 1 < len(sents) and _question(s, lex):
            # (with the partners the question names acting: "… launched by the UAE together with which country?")
            asking = tuple(p for seg in actors.named() for p in seg.actors)
            answer = answered(s, sents[keyed.get(n, n + 1)], asking)
            if answer is None and (chosen := chosen_option(sents, n)):
                answer = Segment(0, chosen)  # a multiple-choice question, the option the host confirms
        if answer is not None:
            actors = Actors([answer], group)
        own, chain = preamble_chain(s, actors, chain)
        actors = own or actors
        heading = False
        if carried != (dominant,) and carried != writer:
            # (not in the story of one who served in a partner's forces: "I was a corporal with the New Zealand Defence
            # Force contingent at Camp Taji. Task Group Taji trained …" tells that partner's part)
            if not in_record and (heading := _section_heading(s)):
                actors = Actors([Segment(0, ())], group)  # "B. La force Takuba" in a report: the section's, not the last partner's
            else:
                _things_act_alone(s, actors, carried, finder.determiners)
        elif s.cues.get("personnel"):  # "MINUSMA has 12,000 peacekeepers": the mission's own count, even in a profile
            _things_act_alone(s, actors, carried, finder.determiners, missions_only=True)
        # a company's name and legal form on a line of its own, in a company's text ("Nordshield AB (Suède)" in a fair's
        # catalogue): a new entry, its lines ("Partenaire des forces armées de 14 pays.") the company's, no partner's
        entry = ngo and bool(words.COMPANY_LINE.search(s.text))
        if entry:
            actors = Actors([Segment(0, ())], group)
        group = actors.group
        people = people_named_alone(s, actors)
        # (not by a headline: "الملك يشيد بالجيش الأردني" names whom the king praised)
        named_yet = named_yet or not _title(s) and any(seg.group and not seg.filed for seg in actors.segments)
        before = [s, *before[:PAIR_BACK - 1]]
        if entry:
            carried = ()
        elif heading:
            # "Training and advising": a new section, whose sentences are
            # not the previous section's last partner's (the document's, if it is about one)
            carried = (dominant,) if dominant else ()
        elif (last := _carrying(actors, s)) and _dateline_alone(s, actors):
            dateline_state = last.actors  # not carried: only an official opening the story is its (``official_opens``)
        elif last:
            carried = last.actors or carried
        # a chair line of minutes, a line of a list of pledges or of delegations: theirs is the
        # initiative a title names (a list of delegations may end on its chairs)
        delegations = delegations or _delegations_heading(s)
        chairs = (_chair_line(s, vocab) if n < CHAIRS_WITHIN or delegations else []) or _chaired_meeting(s, vocab)
        givers = [giver] if (giver := _pledge_line(s, vocab)) is not None else []
        if delegations and not chairs and (delegate := _delegation_line(s, vocab)) is not None:
            givers.append(delegate)
        if (chairs or givers) and (titled := _titled_initiative(sents, n, nearest=bool(givers))) is not None:
            named, title = titled
            known = vocab.known.get(("initiative", named.entry.id))
            ids = list(dict.fromkeys(m.entry.id for m in chairs))
            for m in chairs + givers:
                build.add_initiative(m.entry.id, _mention(named, title, vocab, m.entry.id), known, s, m.start, m.end)
                for other in ids if m in chairs else ():
                    if other != m.entry.id:  # co-chairs: each other's peers
                        build.add("cooperation", m.entry.id, other, s, m.start, m.end)
        if turn_of is not None:
            # the one partner a sentence of the turn has act, a "we" after it in the turn stands for
            acting = {p for seg in actors.named() for p in seg.actors}
            if len(acting) == 1:
                turn = next((m for m in s.ents if m.entry.id in acting and m.entry.kind in (*PARTNER_KINDS, "adjective")), turn)
            if turn is not None and label:
                turn_by_label.setdefault(label, turn)  # the first: others' acts told later are not the speaker's
        if asked and (list_item(s) or item_number(s) or n and item_number(sents[n - 1])):
            continue  # "demande au gouvernement fédéral : 1. de rapatrier …": a request, no act; "محاور المؤتمر:": a topic
        if recommendation_item(s, lex):
            continue  # "Recommandation n° 4 : poursuivre la coopération avec l'Italie …": advice, no act
        asked = asks_list(s) or topics_heading(s, lex) or recommendations_heading(s, lex)
        if s.cues.get("actor:superseded"):
            continue  # "Correction: An earlier version of this article said that Portugal has 60 …": what it corrects
        if _question(s, lex) and answer is None:
            continue  # "Does New Zealand still have troops in Iraq?" states nothing: its answer may
        for seg in actors.named():
            for m in seg.group:
                if m.entry.id in seg.actors and m.entry.id not in first_named:
                    first_named[m.entry.id] = (s, m)
        coalition = any(m.entry.id == "global-coalition" for m in s.ents)
        if (coalition or named_coalition) and actors.named():
            maybe_joined.append((s, actors, coalition))  # read once the facts are known (``_joined``)
        named_coalition = coalition
        quiet_relative_clauses(s)
        quiet_recitals(s)
        quiet_titles(s)
        quiet_sports(s)
        covered = quiet_topics(s, lex)  # resolutions a course covers: no one's relation
        quiet_nobodys_relatives(s, lex)
        quiet_condemned(s, clauses, lex)
        quiet_thankers_name(s, clauses, lex)
        quiet_praised_bodies(s)
        quiet_bodys_purpose(s, clauses, lex)
        statuses = [c for c in ("ended", "planned", "ongoing") if s.cues.get(f"status:{c}")]
        # "150 personnel will accompany the jets": a future, and no other cue, for the missions named here
        # (not a role to come: "Spain will hand over command of the mission to Denmark")
        future = not statuses and bool(future_of_part(s))
        current = bool(s.cues.get("status:current")) and statuses[:1] not in (["ended"], ["planned"])
        # "Belgium commanded EUTM Mali … before handing over to Portugal, which now leads the
        # mission": "now" tells of the partners of its clause
        now_acting = {p for c in s.cues.get("status:current", []) for p in actors.at(c.i)} if current else set()
        continued = s.cues.get("status:continued", []) if statuses[:1] != ["ended"] else []
        breaks = {c.i for c in s.cues.get("clause_break", [])} if continued else set()
        missions: list[tuple[Match, Fact]] = []
        # "Contributions to NATO Mission Iraq: Denmark (120), Norway (60) …": each partner with its count
        bracketed = bracketed_counts(s, lex) if sum(e.entry.kind == "mission" for e in s.ents) == 1 else {}
        for idx, m in enumerate(s.ents):
            kind = m.entry.kind
            # a mission denied or praised in its clause ("Neither decision affects NATO Mission Iraq", "Italy praised the
            # mission") is no part of that clause's partner, but a relative right after it tells its own subject's ("…,
            # which Spain will continue to support with 120 personnel"): that subject's part only
            aside = kind in ENTITY_KINDS and (m.i in s.denied or kind in ("mission", "initiative") and _praised(s, m, lex))
            if (kind not in ENTITY_KINDS or aside and not _relative_subject(s, m, vocab, functools.partial(finder.is_place, s), lex.lang)
                    or kind == "initiative" and _bodys_initiative(s, m)
                    or kind == "mission" and (_received(s, m, lex) or _met(s, m, lex) or _source(s, m, lex) or finder.co_owner(s, m))):
                continue
            if kind == "mission" and _funded(s, m, lex):
                for partner in actors.at(m.i) if _is_military(m, vocab) else ():
                    build.add("line_of_effort", partner, "military", s, m.start, m.end)
                continue
            known = vocab.known.get((kind, m.entry.id))
            hosts = known.hosts if known else ()
            takers = _unit_owner(s, m, lex.lang) or _apposed_members(s, m, vocab) or _takers(
                s, m, actors, known, functools.partial(finder.role_of, s))
            takers += tuple(p for p in (*_apposed_owners(s, m), *_where_subject(s, m, vocab), *runner_after(s, m, known),
                                        *strategy_owner(s, m, vocab))
                            if p in vocab.partners and vocab.partners[p].member and p not in takers)
            if relative := _relative_subject(s, m, vocab, functools.partial(finder.is_place, s), lex.lang):
                # "Qatar takes part in the Counter ISIS Finance Group, which Italy … co-lead":
                # both; a partner carried from before ("Training continues through NATO
                # Mission Iraq, which Portugal now leads") only where the clause names it
                # ("The two ministers agreed to work within the … Group, which Jordan co-leads":
                # "the two ministers" names them as well)
                seg = actors.segment(m.i)
                last = _naming(actors, seg, m.i)
                named = last is not None and not seg.filed \
                    and not _next_clause(s.text[last.end - s.start : m.start - s.start])
                takers = (*(takers if named else ()), *(p for p in relative if not named or p not in takers))
                _co_leaders(s, m, relative, build)
            takers += tuple(p for p in _participants(s, m, actors, finder.determiners, vocab, lex) if p not in takers)
            # the partner its command passes to, or (outside a profile, whose subject alone acts) is
            # taken over from: its part, of unknown status
            heirs = (*_command_heir(s, m, lex, vocab), *(_command_predecessor(s, m, lex, vocab) if lists_by is None else ())) \
                if kind == "mission" else ()
            takers += tuple(p for p in heirs if p not in takers)
            if kind == "mission":
                takers += tuple(p for p in bracketed if p not in takers)
            if kind in ("initiative", "mission"):  # "the meeting co-chaired by Italy and the US", "… Resolve, led by the US"
                led = _led_by(s, m, actors)
                at = actors.segment(m.i)
                if led and at is not None and not at.group and at.actors \
                        and set(at.actors) <= {p for seg in actors.segments if seg.filed for p in seg.actors} \
                        and not any(at.start <= c.i < m.i for c in s.cues.get("actor:institution", [])):
                    # "بروكسل - عقدت مجموعة عمل … برئاسة مشتركة بين الكويت …": the dateline's city is where the story
                    # was filed, not a chair ("Athens — Greece took part in the meeting co-chaired by …" is, and so is
                    # "الرياض (واس) - شارك … وزير الخارجية في الاجتماع … برئاسة مشتركة بين …": its minister took part)
                    takers = ()
                takers += tuple(p for p in led if p not in takers)
            if aside:
                takers = tuple(p for p in takers if p in relative)
            # a partner's national operation, its nation among those the clause credits, is no other's part
            # ("300 Australian and 100 New Zealand soldiers trained … as part of Operation OKRA": Australia's)
            nation = known.nation if kind == "mission" and known and known.nation in takers else None
            for partner in takers:
                if vocab.partners[partner].code in hosts or nation and partner != nation:
                    continue  # "Iraq hosts NATO Mission Iraq": the state a mission works in takes no part in it
                mention = _mention(m, s, vocab, partner)
                mention.aliases = s.aliases.get(idx, [])
                if kind == "mission":
                    status = (mission_status(s, m, statuses, actors, partner, aside)
                              if statuses or s.cues.get("status:range") or s.cues.get("status:left") or s.cues.get("status:whole_ended")
                              or s.cues.get("status:role_spans") and s.cues.get("status:until_roles")
                              else "planned" if future else None)
                    if partner in heirs and partner not in actors.at(m.i):
                        status = None  # "handed over command of … to Spain": what ended is the giver's command
                    if status == "planned" and _mission_subject(s, m) and not any(
                            e.entry.id == partner for e in s.ents if e.entry.kind in (*PARTNER_KINDS, "adjective")):
                        # "The mission will advise Iraqi security institutions": the mission's own task to come,
                        # not the part to come of the partner the text carries (which expands it, leads it)
                        status = None
                    fact = build.add("mission", partner, mention, s, m.start, m.end, status=status)
                    if partner in bracketed and "personnel" not in fact.attrs:
                        fact.attrs["personnel"] = bracketed[partner]
                    missions.append((m, fact))
                    if current and (partner in now_acting or not now_acting) or continued and any(
                            c.j <= m.i and _one_clause(s, c.j, m.i, breaks) and partner in actors.at(c.i) for c in continued):
                        # "… will continue to take part in NATO Mission Iraq": today's part, in its own clause only
                        # (not "Croatia continues to deploy 30 personnel to OIR, and it led NMI from 2020 to 2021")
                        build.current.add(fact.key())
                    if _is_military(m, vocab):
                        build.add("line_of_effort", partner, "military", s, m.start, m.end)
                elif kind == "strategy":
                    mention.scope = _strategy_scope(m, s, vocab, partner)
                    rel = _nearest(s, "strel:", m.i, m.j, before_only=True) or _nearest(s, "strel:", m.i, m.j)
                    if (rel == "adopts" or rel == "aligns_with" and mention.scope == "national") and revised_after(s, m):
                        # "adopted a National Action Plan …, updated in 2019": its latest act; "Ces activités
                        # s'inscrivent dans la stratégie du Canada au Moyen-Orient, renouvelée en 2019": its own
                        # strategy, which it revised, not one it acts in line with
                        rel = "updates"
                    if rel is None:
                        rel = "supports" if mention.scope == "international" else "adopts"
                    build.add("strategy", partner, mention, s, m.start, m.end, relation=rel, scope=mention.scope)
                    if mention.scope == "national" and rel in ("adopts", "updates"):
                        # its own plan "to prevent extremism" is an action on that line of effort
                        for loe in s.inner.get(idx, ()):
                            build.add("line_of_effort", partner, loe, s, m.start, m.end)
                else:
                    build.add_initiative(partner, mention, known, s, m.start, m.end)
        unplaced = credit_personnel(s, lex, actors, missions, previous, doc, build, statuses, current, unplaced)
        if not missions:
            status_after(s, doc.text, previous, statuses, actors, build)
            own_part_ended(s, actors, build)
        previous = [(f, s.end) for _, f in missions]
        named = [r for r in _resolutions(s, lex) if r[2] not in covered]
        referred = _resolution_anaphor(s, named, said_before if said_age <= RESOLUTION_ANAPHOR_BACK else [])
        told = named + referred
        # the resolution a sentence names, or refers to, is "the resolution" of the next few that name none:
        # a meeting's coverage tells each delegate's words in turn ("France's representative said his
        # country had co-sponsored the resolution", two delegates after the vote was told)
        said_before, said_age = (named, 1) if named else (said_before, 1 if referred else said_age + 1)
        for body, num, i, j, relation in told:
            if i in s.denied:  # "did not co-sponsor resolution 2178"
                continue
            first, last = s.tokens[i], s.tokens[j - 1]
            for partner, rel in (*((p, relation) for p in actors.at(i)), *((p, "cosponsors") for p in co_sponsors(s, actors, j))):
                build.add("resolution", partner, (body, num), s, first.start, last.end, relation=rel)
                for loe in vocab.resolution_loe.get((body, num), ()):
                    build.add("line_of_effort", partner, loe, s, first.start, last.end)
        cooperation(s, lex, actors, build)
        if s.cues.get("coop:with_us"):
            _alongside_the_speaker(s, actors, speaker.entry.id if speaker is not None else None, build, carried_in)
        _lines_of_effort(s, actors, build, sents[max(0, n - THIS_BACK):n])
    _joint_title(agreement or sents[0], joint_members, build)
    share_status(list(build.facts.values()), [p for s in sents for p in parts_of_wholes(s, lex)])
    for key in build.current:
        fact = build.facts[key]
        if fact.attrs.get("status") in ("ended", "planned", None):
            # what it does today, after what it did before, or alone ("still has"); or before a planned end of a
            # part of it ("will conclude the deployment of its imagery team … will continue to contribute two staff
            # officers to the CJTF-OIR headquarters")
            fact.attrs["status"] = "ongoing"
    if filed:
        # a news story tells what partners do now: a part it gives no status of goes on ("AMMAN –
        # Jordanian jets carried out strikes on Thursday …, within Operation Inherent Resolve")
        for fact in build.facts.values():
            if fact.kind == "mission" and "status" not in fact.attrs:
                fact.attrs["status"] = "ongoing"
    _mutual_cooperation(build)
    # a state or body outside the Coalition acts in no fact of the Coalition's partners ("la Gendarmerie
    # nationale sénégalaise … forme chaque année des unités …"): it is read, to know it, not credited
    facts = [f for f in build.facts.values() if vocab.partners[f.partner].member]
    credited = Counter(f.partner for f in facts)
    # membership: of the dominant actor as today; of any other actor a fact is credited to;
    # never of a state outside the Coalition, even one a text is about ("Senegal sent 300
    # more troops to MINUSMA"); a partner credited where no clause has it as its subject
    # ("la mission, dont le Canada a assuré le commandement") where the text first names it
    for partner in sorted(credited.keys() - first_named.keys()):
        # by its name, else by its adjective ("received his French counterpart; the two ministers
        # discussed cooperation": France is credited, and a member)
        for kinds in (PARTNER_KINDS, ("adjective",)):
            if (at := next(((s, m) for s in sents for m in s.ents
                            if m.entry.id == partner and m.entry.kind in kinds), None)) is not None:
                first_named[partner] = at
                break
        else:
            # … else by its national operation, where the text names it by nothing else (a chaplain's homily "pour les
            # aviateurs de l'opération Chammal": France)
            if (at := next(((s, m) for s, m, nation in _national_operations(sents, vocab) if nation == partner), None)) is not None:
                first_named[partner] = at
    # "ليبيا ليست عضوا في التحالف، لكن الحكومة الليبية تعاونت مع …": a partner the text says is
    # no member is none, whatever else it does
    denied = {p for s, actors, _c in maybe_joined if s.denied for p in _not_member(s, actors, lex)}
    # (an NGO's page is about where it works, not a profile: its title's state is a member only by its own acts)
    profiled = dominant if not ngo else None
    for partner, (s, m) in first_named.items():
        if (partner == profiled or credited[partner]) and vocab.partners[partner].member and partner not in denied:
            facts.insert(0, Fact("member", partner, "global-coalition", evidence=[s.evidence(doc, m.start, m.end)]))
    joined: dict[str, tuple[Sent, Match]] = {}  # partners the text says are members, with where it names them
    for s, actors, coalition in maybe_joined:  # only for partners no fact made members already
        if any(m.entry.id != profiled and not credited[m.entry.id] for seg in actors.named() for m in seg.group):
            more_cues(s, lex, "membership")
            if s.cues.get("actor:membership"):
                _joined(s, actors, joined, unsaid=not coalition)
    for partner, (s, m) in joined.items():  # "Ghana and Togo joined in 2022", no other fact of theirs
        if not (partner == profiled or credited[partner]) and vocab.partners[partner].member:
            facts.insert(0, Fact("member", partner, "global-coalition", evidence=[s.evidence(doc, m.start, m.end)]))
    main = dominant or (min(credited, key=lambda p: (-credited[p], p)) if credited else subject)
    return Extraction(doc, main, facts)


__all__ = ["ENTITY_KINDS", "extract", "find_subject", "parse_number", "slugify"]
