"""Visit phrasing families, each regex commented with the phrases it targets."""

from __future__ import annotations

import re

# Words that name the trip itself: "paid a state visit to", "concluded his two-day official visit to
# Hanoi", "arrived in Moscow", "travelled to Russia to attend the BRICS Summit", "Chinh's participation
# in the BRICS Summit", "left Hanoi", "is due in Hanoi next week", "led a delegation to Vladivostok";
# presence at a gathering ("took part in the forum", "spoke at the plenary session of the Eastern
# Economic Forum", "joined leaders at the BRICS summit") and talks held there ("held political
# consultations in Moscow", "held a working session with partners in Russia").
_TRIP_WORDS = (
    r"visit(?:s|ed|ing)?|trip|tour(?:ed|ing)?|arriv(?=es?\b|ed\b|al\b|ing\b)\w+|travel(?:l?ed|l?ing|s)?|"
    r"(?:came|comes|come|went|flew|flies)\sto|left|leaves|depart(?:s|ed|ure)?|land(?=s\s|ed\s)\w+\s(?:in|at)|"
    # arrival by air: "flew into Hanoi", "landed at Noi Bai airport", "touched down in Moscow", "jetted into
    # Hanoi", "jetted off to Moscow"
    # (each closed after its stem by "\s+" or "\w+", so that it adds one literal start, not one per ending)
    r"(?:flew|flown|fly\w*|flies)\s+(?:in)?to|touch(?=ed|es|ing)\w+\s+down|"
    r"jet(?=ted|ting)\w+\s+(?:off\s)?(?:in)?to|"
    r"(?:due|expected)\sin(?=\s(?-i:[A-Z]))|(?:led|lead\w*|head\w*)\s(?:a|an|the)\s(?:[\w-]+\s){0,3}?delegation|"
    # "will head to Moscow next week", "headed for Hanoi" (a place after it: not "headed to a new level")
    r"head\w*\s(?:to|for)(?=\s(?:the\s)?(?-i:[A-Z]))|"
    r"attend(?:s|ed|ing)?|participat(?:e|es|ed|ing|ion)|(?:took|tak\w+)\spart\sin|"
    # (word endings left open: VISIT_TRIGGER's literal starts stay few enough to be scanned for)
    r"(?:spoke|speak\w*|address\w*|join\w*)\s(?:[\w’'-]+\s){0,6}?(?:summit|forum|session|plenary|congress)|"
    # "delivered a speech at the opening of the ... Forum", "delivers keynote remarks to the summit"
    # (one literal start: the trigger's starts are near the limit that keeps it scanned for)
    r"deliver\w*\s(?:a\s|an\s|the\s)?(?:[\w-]+\s){0,2}?(?:speech|address|remarks)\s(?:at|to)\b|"
    # ("held a working session with the partners of X in Russia": the meeting's place, past its partners)
    r"held\s(?:[\w-]+\s){0,2}?(?:talks|consultations|negotiations|meetings?|(?:working\s)?sessions?)"
    r"(?:\swith\s[^,.;]{1,80}?)?\sin(?=\s(?-i:[A-Z]))"
)
# A sentence worth reading for a visit: a trip word, or words that only place a person there
# ("in the presence of Deputy PM Tran Hong Ha" at an event abroad, "hosted", "is in Moscow").
# Words that only place the subject somewhere: "During his stay in Vladivostok, X met ...", "While in
# Moscow, X ...", "during her time in Hanoi" (PRESENCE reads them).
_PRESENCE_WORDS = r"stay\w*\s+in|time\s+in|sojourn\s+in|while(?=\s)\s+(?:(?:he|she|they)\s(?:was|were|is|are)\s)?(?:in|staying\sin)"
VISIT_TRIGGER = re.compile(
    rf"(?i)\b(?:{_TRIP_WORDS}|{_PRESENCE_WORDS}|in\sthe\spresence\sof|on\sthe\ssidelines|"
    # (endings after a lookahead: one literal start per verb keeps the pattern scanned for)
    r"welcom(?=es?\b|ed\b|ing\b)\w+|receiv(?=es?\b|ed\b|ing\b)\w+|host(?:s|ed)|is\sin|was\sin)\b"
)

# A clause placing its subject on the other side, and the place it names (right after it): "During his
# stay in Vladivostok, X met ...", "X, while in Moscow, met ...", "Throughout her three-day stay in the
# capital of Russia, ...", "While he was in Hanoi, ...". The subject is the visitor, if from the other side.
PRESENCE = re.compile(
    r"(?i)\b(?:(?:during|throughout|in\sthe\scourse\sof)\s(?:his|her|their|the)\s(?:[\w-]+\s){0,2}?"
    r"(?:stay|time|sojourn)|while(?:\s(?:he|she|they)\s(?:was|were|is|are))?(?:\sstaying)?)\sin\s"
    r"(?:the\s)?(?:capital\s(?:city\s)?(?:of\s)?)?(?=(?-i:[A-Z]))"
)
# A meeting there places its participants there: "During his talks with Y, Secretary of ..., in Hanoi on
# July 25, X proposed ...", "At a meeting of the intergovernmental commission in Hanoi, X noted ...", "In
# a working session with Y in Moscow, X ...". Read when the phrase opens the sentence, like PRESENCE: its
# subject, and the partners it names, are in the place it names (right after it).
MEETING_PRESENCE = re.compile(
    r"(?i)\b(?:during|at|in)\s(?:his|her|their|the|a|an)\s(?:[\w-]+\s){0,3}?"
    r"(?:meeting|talks|working\ssession|session|negotiations|consultations)"
    r"(?:\s(?:with|of|between)\s[^;.]{1,150}?)?\sin\s(?:the\s)?(?:capital\s(?:city\s)?(?:of\s)?)?(?=(?-i:[A-Z]))"
)
# Every MEETING_PRESENCE names its meeting by one of these.
MEETING_NOUN = re.compile(r"(?i)meeting|talks|session|negotiations|consultations")
# The presence clause opens the sentence ("During his stay in X, ...", "On Monday, while in X, ..."), or
# follows its subject between commas ("X, while in Moscow, met ...").
PRESENCE_OPENS = re.compile(r"^(?:[^,]{0,30},\s)?$")
PRESENCE_AFTER_SUBJECT = re.compile(r"^\s?,\s$")
# The subject after an opening clause is named within this many characters of its comma ("While in
# Moscow, the Vietnamese leader, Prime Minister X, met ...").
PRESENCE_SUBJECT_REACH = 60

# Triggers that name the trip itself; the others ("hosted", "in the presence of") only place a person.
STRONG_TRIGGER = re.compile(rf"(?i)\b(?:{_TRIP_WORDS})\b")

# A trip word that names no trip: one the traveller is invited to make ("conveyed the invitation of the
# Speaker to Ms. X to attend the forum in Russia", "invited President Y to visit Vietnam", "accepted the
# invitation to visit") and the anniversary of a historic one ("the 65th anniversary of a Soviet
# premier's first arrival in Hanoi"). (Searched in the words before the trip word; "At the invitation of X, Y
# will visit" and "Accepting the invitation, Y will lead ..." keep their trip: a comma ends the phrase.)
INVITED_TO = re.compile(r"(?i)\binvit(?:ations?|ed|es|ing)\b[^,;:]{0,120}?\sto\s$")
# ... unless accepted: "Putin has accepted his invitation to visit Vietnam" announces the trip.
# (Matched on the words before the invitation.)
ACCEPTED = re.compile(r"(?i)\baccept(?:s|ed|ing)?\s(?:[\w’'-]+\s){0,2}$")
HISTORIC_TRIP = re.compile(r"(?i)\banniversary\sof\s(?:[^,.;\s]+\s){0,5}$")
# Where the words about a trip end: another clause after a comma ("Lam's trip to Moscow this month, and
# the plant's output would double ... in 2026"), or a semicolon; not a list of dates ("in May, and in June").
CLAUSE_BREAK = re.compile(r";|,\s(?:and|but|while|whereas)\s(?!(?:again\s|later\s)?(?:in|on|from)\s)")

# Not a visit: calls and video links ("phone call", "held talks by phone", "via videoconference").
REMOTE = re.compile(
    r"(?i)\b(?:phone|telephone|video\s?(?:conference|link|call)|videoconferenc\w+|online|virtual\w*|"
    r"teleconferenc\w+|by\sphone|phone\stalks?)\b"
)

# What kind of visit: "state visit", "official visit", "working visit", a summit.
KIND = re.compile(
    r"(?i)\b(?P<kind>state|official|working|friendship|courtesy)\s(?:and\s\w+\s)?(?:(?:Russian|Vietnamese)\s)?"
    r"(?:visit|trip)\b"
)
SUMMIT = re.compile(r"(?i)\b(?:summit|sumit)\b")

# The visitor is the owner or the agent of the visit: "the visit of/by Putin", "the visit to Hanoi by
# Putin", "the Moscow trip of a delegation led by Deputy PM Le Van Tam", "the first visit by Minister Ivanov",
# "a delegation headed by Speaker Petrov", "his visiting counterpart X".
# The match starts at the trip word, whose offset anchors the visit's dates and destination.
VISIT_OF = re.compile(
    # (between the trip word and "of/by", only the place: "the visit to the Russian capital by X"; not
    # "a visit to Russia from May 8-9 at an invitation of Y")
    r"(?i)(?:\b(?:visit|trip|tour|participation|attendance|arrival)(?:\s(?:to|in)\s(?:the\s)?"
    r"(?:(?:Russian|Vietnamese)\s)?(?:capital\s(?:city\s)?(?:of\s)?)?(?-i:[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3})?)?"
    r"\s(?:of|by)\s"
    r"(?:(?:the\s|an?\s)?(?:[\w-]+\s){0,3}?delegation\s(?:[\w-]+\s){0,2}?(?:led|headed)\sby\s)?"
    r"|\bdelegation(?:\s[\w-]+){0,3}?\s(?:led|headed)\sby\s|\bfirst\s(?:visit\s|trip\s)?by\s"
    # "held talks with his visiting Vietnamese counterpart X": the visitor is named by the adjective
    r"|\bvisiting\s(?:[\w-]+\s){0,2}?)(?:the\s)?$"
)
# A relative clause after the name tells who travels, whatever stands before it: "his Vietnamese
# counterpart X, who is on an official visit to Moscow", "Y, who is visiting Hanoi". (The trip word
# follows within TRAVELLER_CLAUSE_REACH characters of the name.)
TRAVELLER_CLAUSE = re.compile(
    r",\s(?:who|which)\s(?:is|are|was|were|has\sbeen|had\sbeen)\s(?:now\s|currently\s|also\s)?"
    r"(?:on|paying|making|visiting|attending)\b"
)
TRAVELLER_CLAUSE_REACH = 60
# A possessive owner after the name: "Putin's state visit", "Mishustin’s two-day trip", "Man's arrival".
OWNER_AFTER = re.compile(
    r"(?i)^[’']s\s(?:[\w-]+\s){0,3}?(?:visit|trip|tour|arrival|participation|attendance)\b"
)
# What a person's possessive may name and still stand for the person: "Hung's plane touched down",
# "Putin's motorcade arrived", "the Minister's delegation left Hanoi" (not "Putin's aide visited Hanoi").
CARRIER_AFTER = re.compile(
    r"(?i)^[’']s\s(?:[\w-]+\s)?(?:plane|aircraft|jet|flight|motorcade|delegation|entourage|party)\b"
)
# The trip a leader owns by leading a delegation: the "delegation" of "a delegation led by X".
DELEGATION = re.compile(r"(?i)delegation\b")
# The words before a delegation's leader, ending at the name: "a delegation of the Russian State Duma,
# headed by", "Russia's State Duma delegation led by", "a Vietnamese delegation chaired by". The side
# named in them is the leader's when the name alone does not tell it.
DELEGATION_LEAD = re.compile(r"(?i)\bdelegation\b[^.;:]{0,60}?\b(?:led|headed|chaired)\sby\s(?:the\s)?$")
# A part after a semicolon that continues the subject's list of predicates: "X laid wreaths at the
# memorial; delivered a speech at the forum; and visited Saint Petersburg" (a lower-case verb opens it,
# not a subject: "...; he", "...; the minister" start a clause of their own).
# (Matched on each part after a semicolon up to the trip verb; an empty one is the trip verb's own.)
COORDINATED_PREDICATE = re.compile(
    r"\s(?:and\s)?(?:$|(?!(?:he|she|they|it|the|this|that|its|his|her)\b)[a-z])"
)
# Subjects conjoined before one trip verb: "Minister A and Deputy Minister B visited Hanoi".
CONJOINED = re.compile(r"^\s*(?:,\s*)?(?:and|as\swell\sas|,)\s*$")
# A trip verb in a participle clause is its main clause's subject's, not the nearest name's: "X received
# Y right after arriving in Kazan", "X met Y before leaving Hanoi", "X, upon arriving in Moscow, ...".
# (Matched on the words before the trip word, which must end in "-ing".)
PARTICIPLE_LEAD = re.compile(r"(?i)\b(?:after|before|upon|on|while|when)\s(?:[\w-]+\s)?$")
PARTICIPLE = re.compile(r"\w+ing\b")
# A place named right before the trip word: "the Russia visit by President X", "his Hanoi trip".
# A firm's premises visited place the trip on the firm's side when no place is named: "paid a visit to
# the JSC 'Zarubezhneft' office", "toured the KAMAZ plant", "visited the headquarters of Gazprom". The
# words before the firm (PREMISES_BEFORE) and, unless they named the premises, after it (PREMISES_AFTER).
_PREMISES = (
    r"(?:head\s)?office|headquarters|plant|factory|facilit(?:y|ies)|shipyard|works|premises|"
    r"(?:production|construction|project)\ssite|site"
)
PREMISES_BEFORE = re.compile(
    r"(?i)\b(?:visit(?:ed|ing|s)?(?:\sto)?|tour(?:ed|ing|s)?(?:\sof)?|at)\s(?:the\s)?"
    rf"(?:(?P<premises>{_PREMISES})\sof\s(?:the\s)?)?"
    # a legal form and an opening quote before the firm's name: "the JSC 'Zarubezhneft' office"
    r"(?:(?:JSC|OJSC|PJSC|LLC|Ltd|company|group|corporation)\s)?[\"“'‘]?$"
)
PREMISES_AFTER = re.compile(rf"(?i)[\"”'’]?(?:['’]s)?\s(?:{_PREMISES})\b")
PLACE_BEFORE_TRIP = re.compile(r"^\s(?:state\s|official\s|working\s)?(?:visit|trip|tour)\b")
# ... a side's adjective too, for a traveller of the other side: "the official Russian visit of President
# X" (not "tour": "Russian tour operators").
ADJECTIVE_BEFORE_TRIP = re.compile(r"\s(?:visit|trip)\b")
# What may follow the place visited before the words about it go on: a bracket and the country
# ("in Vladivostok (EEF-2019), Russia on September 5", "in Kazan, Russia from October 23-24").
PLACE_APPOSITION = re.compile(r"(?:\s?\([^()]{1,30}\))?(?:,\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)?")
# A destination that ends a list: "will visit Switzerland and Russia", "tour of Laos, Cambodia and Vietnam".
TO_LIST = re.compile(
    r"(?i)\b(?:to|in|of|visit(?:ed|ing|s)?)\s(?:[A-Z][\w-]+(?:\s[A-Z][\w-]+)?(?:,\s|\sand\s|,\sand\s)){1,3}$"
)
# The trip is under way or just began on the day of the report, so an undated one happened then:
# "who is in Russia on a working visit", "begins official visit", "arrived in Hanoi on a visit",
# "this is my first visit", "is paying an official visit", "is leading the delegation at the forum",
# "is taking part in the summit", "starts official visit", "who is accompanying
# the President on his trip", "left Hanoi for Vladivostok" (the trip begins).
UNDER_WAY = re.compile(
    r"(?i)\b(?:(?:is|are)\s(?:now\s|currently\s)?(?:in|on|making|paying|visiting|attending|accompanying|touring|"
    r"leading|heading|taking\spart)|"
    r"this\sis\s(?:my|our|his|her)|(?:left|departed)\s(?:[\w-]+\s){0,3}?for|"
    # (verbs with several endings are closed after their stem by a lookahead and "\w+": one literal start
    # each keeps the pattern scanned for)
    r"begins?|began|starts?|kick(?=s\b|ed\b)\w+\soff|arriv(?=es\b|ed\b)\w+|land(?:s|ed)\sin|"
    r"(?:flew|flown)\s+in(?:to)?|touch(?=es\b|ed\b)\w+\sdown|jet(?=s\b|ted\b)\w+\s(?:off\s)?(?:in)?to)\b"
)
# A guest called "visiting" is there when reported: "told his visiting counterpart", "the visiting
# delegation" (kept apart from UNDER_WAY, whose literal starts are at the limit that keeps it scanned for).
VISITING_GUEST = re.compile(r"(?i)\b(?:his|her|their|the)\svisiting\b")
# A speaker recalling a trip rather than speaking during it: "my recent visit to Vietnam", "our
# previous trip", "I remember my visit".
RECALLED = re.compile(r"(?i)\b(?:recent|previous|earlier|last|remember\w*|recall\w*|memories)\b")
# First person in a transcript: "my first visit to Vietnam", "our trip", "I arrived in Moscow", "I am
# happy to have this chance to come to the Russian Federation", "we are happy to visit Hanoi".
FIRST_PERSON_TRIP = re.compile(
    r"(?i)\b(?:(?:my|our)\s(?:[\w-]+\s){0,2}?(?:visit|trip)|I\s(?:have\s)?(?:arrived|came|come)|"
    r"(?:I\sam|I['’]m|we\sare)\s(?:[\w-]+\s){1,6}?to\s(?:come|visit|travel)\b(?!\s(?:you|us)\b))\b"
)
# A sentence that refers back to the visit just reported: "The visit in May 2025 strengthened ties",
# "This trip, on 3-5 March, ...". Not "The previous visit", "The last trip": an earlier one, whose
# traveller the office may name whoever held it then.
_EARLIER_TRIP = r"(?:previous|last|latest|earlier|preceding|former|prior)\b"
ANAPHORIC_TRIP = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s?){0,3}(?::\s)?"
    rf"(?:(?:The|This|That)\s(?!{_EARLIER_TRIP})|(?:His|Her)\s)(?:[\w-]+\s){{0,2}}?(?:visit|trip)\b"
)
# The office, not its present holder: a role named alone after "a", or as the traveller of an earlier
# trip ("The last visit of the State Duma Chairman took place four years ago", "the previous trip to
# Hanoi by a Russian President"), is whoever held it then. (Searched in the words before the role.)
OFFICE_NOT_HOLDER = re.compile(
    rf"\b[Aa]n?\s$|\b{_EARLIER_TRIP}\s(?:[\w-]+\s){{0,2}}?(?:visit|trip)s?\b[^.;]{{0,40}}?\s(?:of|by)"
    r"(?:\s(?:the|an?))?\s$"
)
# "The delegation" as the subject of a sentence, after what may open it: "On the same day, the
# delegation visited universities in Russia", "The Vietnamese delegation also toured ...", "The Tuyen
# Quang delegation" (the side its words name is the delegation's).
DELEGATION_SUBJECT = re.compile(
    r"(?:[^,]{0,40},\s)?(?P<delegation>(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er)\s(?:[\w-]+\s){0,3}?delegation)\b"
)
# A delegation named with its side, which a later "the delegation" stands for: "The Vietnamese
# delegation met ..." (the side within this many characters before the word), "a delegation from
# Vietnam", "the delegation of the Russian Ministry of Education" (the side right after these words).
DELEGATION_SIDE_BEFORE = 30
DELEGATION_OF = re.compile(r"\s(?:of|from)\s(?:the\s)?")
# A sentence about an event of the visit just reported, which dates it: "The signing formed part of
# the President's visit", "The ceremony took place during the Prime Minister's visit".
ANAPHORIC_EVENT = re.compile(r"^(?:The|This|That)\s(?:signing|ceremony|meeting|talks|event|reception)\b")
# A word for the journey itself, whose destination the sentence may leave unsaid where the story is
# about the two sides: "when X visits in late October", "During his visit, X is to meet Prime Minister
# Y", "X led the delegation on the working trip". (Not "attended", "spoke at", "held talks": those place
# someone, at home as well as abroad.)
# (Matched at the trip word.)
JOURNEY_WORD = re.compile(r"(?i)(?:visit|trip|tour|(?:led|lead\w*|head\w*)\s(?:a|an|the)\s)")
# Attendance of a gathering the story has named before ("attended the forum", "took part in the
# ceremony", "spoke at the session", "delivered a speech at the forum"): it names no place of its own,
# so the place of the story's event is read for it, and only for a guest of the other side (one attends
# at home too). (Matched at the trip word.)
_GATHERING_NOUN = (
    r"forum|ceremony|event|conference|summit|session|exhibition|expo|fair|festival|celebration|reception|"
    r"meeting|dialogue|congress|talks"
)
ATTENDED_THE_GATHERING = re.compile(
    r"(?i)(?:attend\w*|participat\w*\sin|(?:took|tak\w+)\spart\sin|join\w*|(?:spoke|speak\w*)\sat|address\w*|"
    # "delivered a speech at the forum", "delivers keynote remarks to the summit"
    r"deliver\w*\s(?:a\s|an\s|the\s)?(?:[\w-]+\s){0,2}?(?:speech|address|remarks)\s(?:at|to))\s(?:the|this)\s"
    rf"(?:[\w’'-]+\s){{0,3}}?(?:{_GATHERING_NOUN})\b"
)
# ... told before those present: "Attending the forum were X, Y and Z", "Also attending the ceremony was
# X". Everyone named after "were" is there. (Matched at the trip word.)
ATTENDANCE_BEFORE_PRESENT = re.compile(ATTENDED_THE_GATHERING.pattern + r"[^.;]{0,60}?\s(?:were|was)\s")
# A trip named as the setting of the sentence, before its subject: "During the visit, President X held
# talks with ...", "During his visit, X is also to meet ...". (Matched on the words before the subject.)
SETTING_BEFORE_SUBJECT = re.compile(
    r"(?i)(?:[^,]{0,30},\s)?(?:during|in\sthe\scourse\sof|within\sthe\sframework\sof|as\spart\sof)\s"
    r"(?:the|this|his|her|their)\s(?:[\w-]+\s){0,2}?(?:visit|trip|tour|stay),\s"
)
# A person right before these receives the guest: "During the visit, President X received Y".
# (Matched at the person's end.)
RECEIVER_AFTER = re.compile(
    r"(?i)\s(?:(?:also|then|later|warmly|cordially)\s)?(?:received|receives|welcomed|welcomes|hosted|hosts)\b"
)
# A person right before these is the host, not the visitor: "at the invitation of PM Chinh",
# "met with President Luong Cuong", "received by General Secretary To Lam".
# ("X hosted Y" makes Y the guest.)
HOST_BEFORE = re.compile(
    r"(?i)\b(?:invitation\sof|invited\sby|with|received\sby|welcomed\sby|hosted\sby|counterpart|"
    r"courtesy\s(?:visit|call)\sto|visit\sto|met|meets|meeting|talks\swith)\s(?:the\s)?(?:\w+\s){0,2}$"
)

# A person named after the trip word who reports it is not its traveller: "Vietnam Airlines will fly to
# Moscow twice a week, Deputy Minister X said", "..., according to Minister X", "..., said Russian
# Deputy Transport Minister X" (the words of a title the person mention left out before it).
ATTRIBUTION_AFTER = re.compile(r"^\s(?:said|says|told|noted|added|stated|announced|confirmed)\b")
ATTRIBUTION_BEFORE = re.compile(r"(?i)\b(?:according\sto|said|says)\s(?:the\s)?(?:[\w-]+\s){0,3}$")

# Where to: "visit to Vietnam", "trip to Russia", "arrived in Hanoi", "travelled to Russia", "visited Hanoi",
# "toured Vietnam", "a tour of Russia",
# "left Hanoi" (a departure names the place visited), "flew into Hanoi", "left Hanoi for Vladivostok", "departed for Moscow"
# (or the place it heads for: the traveller's side tells which).
TO_PLACE = re.compile(
    r"(?i)\b(?:to|in|visit(?:ed|ing|s)?|tour(?:ed|ing|s)?(?:\sof)?|left|leaves|leaving|landed\sin|arrived\sin|at|"
    r"(?:flew|flown|fl(?:y|ies|ying)|jet(?:s|ted|ting)?)\sinto|"
    r"(?:left|leaves|leaving|depart(?:s|ed|ing)?|set(?:s|ting)?\soff|head(?:s|ed|ing)?)\s(?:[\w-]+\s){0,3}?for)"
    r"\s(?:the\s)?(?:(?:capital|city|port|town)\s(?:city\s)?(?:of\s)?)?$"
)

# How long: "two-day official visit", "a three-day visit".
DURATION = re.compile(r"(?i)\b(?P<n>\w+)-day\b")
# Every DURATION ends in this, so a sentence without it is not searched for one (its "\w+" runs on
# from every word).
DURATION_SUFFIX = re.compile(r"(?i)-day")
# ... right after the count: no whitespace before it.
DURATION_WORDS_BEFORE = 0
ENDED = re.compile(
    r"(?i)\b(?:conclud\w+|end(?:ed|ing|s)|wrap(?:ped|s)?\sup|left|leaves|depart\w*|complet\w+)\b"
)

# A gathering named before, referred back to: "is leading a delegation to the forum", "attended the event",
# "At the Summit, the Prime Minister ...". It is the one recurring event the article names, if one.
EVENT_BACK = re.compile(r"(?i)\b(?:the|this)\s(?:[\w-]+\s){0,2}?(?:forum|summit|event)\b")
# Every EVENT_BACK holds one of these: a sentence without them is not searched (its literal starts, "the"
# and "this", occur in nearly every sentence).
EVENT_BACK_NOUN = re.compile(r"(?i)forum|summit|event")
# ... after at most this many words, each followed by one whitespace character ("the", two more).
EVENT_BACK_WORDS_BEFORE = 3

# The edition of a gathering, a year written onto its name: "SPIEF–2018", "APEC 2017", "the BRICS Summit
# 2024", "Army Games-2020". It dates the days the sentence gives without a year.
EDITION_YEAR = re.compile(
    r"\b(?:[A-Z]{3,}|Summit|Forum|Games|Expo)(?:\s|\s?[-–—]\s?)(?P<year>(?:19|20)\d{2})\b(?![-–—/]\d)"
)
# Every EDITION_YEAR holds a year of these centuries: a sentence without one is not searched.
CENTURY = re.compile(r"(?:19|20)\d")

# A named multilateral event: "the expanded BRICS Summit", "the Eastern Economic Forum", "the BRICS
# summit" (a lower-case noun after at least one capitalised word, not "The summit").
# Every one ends in EVENT_NOUN, so a sentence without it is not searched for one.
EVENT_NOUN = re.compile(r"Summit|Sumit|Forum|Games|Parade|summit|forum")
EVENT = re.compile(
    r"\b(?:the\s)?(?:expanded\s)?(?P<event>(?:[A-Z][\w-]*\s){0,4}(?:Summit|Sumit|Forum|Games|Parade)|"
    r"(?!(?:The|This|That|A|An|At|In)\s)(?:[A-Z][\w-]*\s){1,4}(?:summit|forum))\b"
)
# Every EVENT match names its event with EVENT_NOUN after at most this many words, each followed by one
# whitespace character ("the", "expanded" and four capitalised words).
EVENT_WORDS_BEFORE = 6

# A nationality adjective is a destination only before words for territory: "arrived in the Russian
# capital" (a place), "speaking to the Russian diplomat" (not a place).
ADJECTIVE_PLACE = re.compile(r"^(?:Russian|Vietnamese|Soviet)$")
TERRITORY_NOUN = re.compile(r"^\s(?:capital|city|territory|soil|port|Far\sEast)\b")
# A country's name before an institution names the institution, not a place: "visited the Vietnam
# Embassy in Russia" (the embassy is in Russia), "the Russia Trade Office".
INSTITUTION_NOUN = re.compile(
    r"^\s(?:[Ee]mbassy|[Cc]onsulate|[Cc]onsulate\sGeneral|Trade\sOffice|Airlines)\b"
)
# A transcript speaker label ends with a colon: "Ambassador Ivanov: The visit ..." names no traveller.
# (Matched at the name's end, ``SPEAKER_COLON.match(text, end)``: no need to cut the text there.)
SPEAKER_COLON = re.compile(r"[’']?s?\s?:")

# A trip word used as a noun: "an official visit", "his trip", "the arrival" (not "will visit", "he visits").
TRIP_NOUN = re.compile(
    r"(?i)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\balso\s)(?<!\bshall\s)(?<!\band\s)(?<!\bwho\s)"
    r"\b(?:visits?|trips?|tours?|participation|arrival|attendance|departure)\b"
)
# The verb that makes a subject the traveller of a trip noun: "X will pay an official visit",
# "X is in Moscow on a working visit", "X began his trip", "X left for Hanoi after the tour"
# (but not "X said the visit ..." nor "X welcomed the visit").
LIGHT_VERB = re.compile(
    r"(?i)\b(?:pay(?:s|ing)?|paid|mak(?:e|es|ing)|made|begin(?:s|ning)?|began|start(?:s|ed|ing)?|"
    r"conclud(?:e|es|ed|ing)|end(?:s|ed|ing)?|wrap(?:s|ped|ping)?|(?:is|are|was|were)\s(?:now\s)?(?:in|on)|on|for|during|after)\b"
)
# A possessive pronoun points the trip noun back at the person before it: "X said before his trip",
# "Y, ahead of her two-day visit".
PRONOUN_OWNER = re.compile(r"(?i)\b(his|her|their)\s(?:[\w-]+\s){0,2}$")
# What may open a sentence before a pronoun that stands for the person in focus: "His visit ...",
# "On Monday, his delegation ...". (Matched whole on the words before the pronoun.)
OPENING_LEAD = re.compile(r"(?:[^,]{0,30},\s)?")
# A place followed by another in a list: "Laos and Russia", "Laos, Cambodia and Vietnam".
LIST_JOINER = re.compile(r"(?:,\s|\sand\s|,\sand\s)(?:the\s)?[A-Z]")

# A companion of the traveller, named right before them, is on the same trip: "Deputy PM X, who is
# accompanying Prime Minister Y during his Russia visit", "Minister X accompanied President Y on his
# state visit", "X, accompanying Y, ...".
COMPANION = re.compile(r"(?i)^,?\s(?:who\s(?:is|was|has\sbeen)\s)?accompan(?:y|ies|ied|ying)\s(?:the\s)?$")

# --- when an undated visit happened -----------------------------------------------------------------

# The visit is the setting of an event the article reports, so it took place around the report:
# "During Putin's visit to Vietnam, the two sides signed ...", "documents signed during the President's
# state visit", "on the sidelines of the Minister's trip".
VISIT_AS_SETTING = re.compile(
    r"(?i)\b(?:during|amid|on\sthe\ssidelines\sof|in\sthe\scourse\sof|within\sthe\sframework\sof)\s"
    r"(?:[^\s,.;]+\s){0,6}?(?:visit|trip|tour|stay)\b"
)
# A trip still to come: "will visit", "is scheduled to make an official visit", "is due in Hanoi next
# week", "plans to travel", "his upcoming visit". Its dates lie ahead of the report. The future is the
# trip's own: "the deals signed during the visit on June 20 will boost trade" announces nothing.
ANNOUNCED = re.compile(
    r"(?i)\b(?:(?:will|shall|(?:is|are)\s(?:scheduled|expected|set|slated|going)\sto|plans?\sto)\s"
    r"(?:also\s|soon\s|then\s)?(?:visit|pay|make|travel|arrive|attend|come|go|fly|lead|head|hold|begin|start|"
    r"be\s(?:in|on)|meet|tour)|(?:is|are)\s(?:due|expected)\sin|(?:upcoming|forthcoming|planned)\s(?:[\w-]+\s){0,2}?"
    r"(?:visit|trip|tour))\b"
)
# A trip of the past, told in passing: "his previous visit to Vietnam", "the last trip of the Speaker",
# "visited Hanoi six years ago", "then-Speaker X visited Hanoi", "comes months after X travelled to
# Hanoi", "X said during that visit".
PAST_TRIP = re.compile(
    r"(?i)\b(?:(?:previous|earlier|prior|last|past|that)\s(?:[\w-]+\s){0,2}?(?:visits?|trips?)|"
    r"(?:weeks?|months?|years?|decades?)\s(?:ago|after|since)|then-)"
)
# A trip days or weeks ahead, dated from the report: "is due in Hanoi next week", "will arrive tomorrow",
# "is expected to visit Russia later this month", "plans to travel to Moscow next month".
NEAR_FUTURE = re.compile(
    r"(?i)\b(?P<when>tomorrow|(?:later\s)?this\s(?:week|weekend|month)|next\s(?:week|weekend|month))\b"
)
# A trip days or weeks back, dated from the report: "visited Hanoi yesterday", "was in Moscow last
# weekend", "held talks there over the weekend", "visited Vietnam late last month", "two weeks ago".
# Months and years back too: "visited Russia two years ago" (that year), "this time three years ago"
# or "exactly a year ago" (that month), "six months ago" (that month).
NEAR_PAST = re.compile(
    r"(?i)\b(?P<when>yesterday|(?:last|this\spast|past)\sweekend|(?:over|at|during)\sthe\sweekend|last\sweek|"
    r"last\smonth|(?P<same>(?:this|that)\stime\s|exactly\s)?"
    r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)\s(?P<unit>days?|weeks?|months?|years?)\sago)\b"
)
# Every NEAR_PAST holds one of these, so a window without them is not searched ("ago" ends the counts).
NEAR_PAST_WORD = re.compile(r"(?i)yesterday|weekend|last\sweek|last\smonth|ago\b")
# ... after at most this many words, each followed by one whitespace character ("this time three years").
NEAR_PAST_WORDS_BEFORE = 4
# The trip happened days ago: "recently visited Vietnam", "was in Moscow last week".
RECENT = re.compile(r"(?i)\b(?:recently|yesterday|(?:this|last)\sweek|earlier\sthis\s(?:week|month))\b")
# A date that opens the sentence dates all it tells: "On April 7-8, 2016, then-Speaker X visited Hanoi",
# "In February 2017, the delegation ... paid an official visit"; so does one that opens its main clause
# after a framing phrase: "In the framework of the working visit, on May 4, the delegation ...".
# (Matched at the date's end.)
OPENING_DATE_END = re.compile(r"\s?,")
# ("Last October, ...", "In late May, ...": the words the date's mention leaves before it)
OPENING_DATE_LEAD = re.compile(
    r"(?i)^(?:[^,]{0,80},\s)?(?:(?:in|on|from|between)\s)?(?:(?:last|early|late|mid-?)\s?)?$"
)

# Dates listed for one trip verb are trips of their own: "X toured Vietnam in 2005 as Governor and in
# 2012 as Speaker", "X visited Hanoi in 2005, 2012 and 2017", "in May 2005 and again in June 2012". What
# may stand between two listed dates: the role the traveller held then, and the list's joiner.
# (Matched on the text between the two dates, from the first one's end.)
LISTED_DATE_JOINER = re.compile(
    r"(?i)^(?:\sas\s[^,.;]{1,60}?)?(?:,|,?\sand|\sas\swell\sas)\s(?:again\s|later\s|once\smore\s)?(?:in\s|on\s)?$"
)

# --- two leaders acting together in one side's city -------------------------------------------------

# An act that needs both leaders in one place: "Putin and Lam signed a joint declaration in Moscow",
# "the two leaders held talks in Hanoi", "co-chaired the meeting in Moscow". The leader from the
# other side is there on a visit.
# A photo caption tells it in the present: "X meets Y in Moscow", "X meeting with Y in Hanoi"; a
# communiqué by what the two settled there: "X and Y agreed in Moscow yesterday that ..."; a report by
# the meeting where one spoke: "X said at a meeting with Y in Moscow", "X had a working session with Y".
# A caption or a report by what the two did side by side: "X and Y shake hands at their talks in
# Moscow", "X and Y led the Russian and Vietnamese delegations, respectively, at the meeting"; and by
# the meeting named as a noun with its two parties after it: "following meetings Friday between X and
# Y", "the document was signed in Russia by X and Y", "the agreements reached by X and Y in Sochi" (read
# by ``JOINT_AGENTS``).
_MEETING = r"(?:meeting|talks|working\ssession|negotiations)"
JOINT_ACT = re.compile(
    r"(?i)\b(?:signed|inked|co-?chaired|held\s(?:talks|a\smeeting|negotiations|a\spress\sconference|a\sworking\ssession)|"
    rf"met|meets|meeting\swith|agreed|witnessed|had\s(?:a\s)?(?:[\w-]+\s)?{_MEETING}|(?:at|in|during)\s(?:a|the|his|her|their)\s"
    rf"(?:[\w-]+\s)?{_MEETING}|shak(?:e|es|ing)\shands|(?:headed|led)\s(?:the\s)?(?:[\w-]+\s){{0,3}}?delegations|"
    r"(?:meetings?|talks|negotiations)\s(?:[\w-]+\s)?between|"
    # what the two settled, told as a noun with its agents after it: "the agreements reached by X and Y
    # in Sochi"
    r"(?:agreements?|accords?|understandings?|deals?)\s(?:[\w-]+\s)?reached)\b"
)
# The two parties named after the act: "... between X and Y", "signed (in Russia) by X, ..., and Y".
# (Matched whole on the words from the act's end to the first party's name; without "by", only after
# "between".)
JOINT_AGENTS = re.compile(r"(?i)(?P<by>(?:\s[^,.;]{0,40}?)?\sby)?\s(?:the\s)?")
# How the two leaders are linked: conjoined subjects ("A and B signed"), or one acting with the other
# ("A met (with) B", "A held talks with B", "A on Monday had a meeting with B", "A said at a meeting with
# B", "A pledged closer ties at a meeting with B"), with a few words of B's title the person mention left out ("A and the Vietnamese Communist Party
# chief B", "A met his Vietnamese counterpart, B").
JOINT_LINK = re.compile(
    # (a photo's position marker after the first one: "X (L) and his Russian counterpart Y")
    r"(?i)^(?:\s\((?:[\w-]+\s){0,2}?(?:l|r|c|left|right|centre|center)\))?"
    r"(?:\s*,?\s*(?:and|together\swith|along\swith)|"
    # (a day between the first leader and the act: "A on November 25 had a meeting with B")
    r"(?:\s(?:on\s[\w\s,]{1,25}?|yesterday|today|also|this\s(?:morning|afternoon|evening)))?"
    r"\s(?:met(?:\swith)?|meets(?:\swith)?|meeting\swith|"
    rf"held\s(?:talks|a\smeeting|negotiations|a\sworking\ssession)\swith|had\s(?:a\s)?(?:[\w-]+\s)?{_MEETING}\swith|"
    # (what the first one did at the meeting: "A pledged closer ties at a meeting with B")
    rf"(?:[^,.;]{{0,120}}?\s)?(?:at|in|during)\s(?:a|the|his|her)\s(?:[\w-]+\s)?{_MEETING}\swith))"
    r"\s(?:the\s|his\s|her\s)?(?:[\w’'-]+,?\s){0,3}?$"
)
# A place opening the sentence, before a comma, places what the sentence tells: "In Moscow, X held talks
# with Y", "At the Kremlin, X met Y". (Matched from the sentence's start up to the place.)
OPENING_PLACE = re.compile(r"(?:In|At)\s(?:the\s)?(?:capital\s(?:city\s)?(?:of\s)?)?")
# The place of the joint act: "in Moscow", "in the Russian capital", "at the Kremlin in Moscow", "at the
# Kremlin", "at the Grand Kremlin Palace".
JOINT_PLACE = re.compile(r"(?i)\b(?:in|at)\s(?:the\s)?(?:capital\s(?:city\s)?(?:of\s)?)?$")

# --- a delegation received at home -------------------------------------------------------------------

# A host receives a delegation of the other side, at home unless the words place it elsewhere: "Vice
# Chairman X on March 3 held a working session with a delegation from Kazan led by Y",
# "Governor X received a Vietnamese delegation headed by Y", "X met with the delegation of the State
# Duma led by Y", "X welcomed a delegation from Hanoi led by Y". The delegation's leader is the visitor.
RECEIVED_DELEGATION = re.compile(
    r"(?i)\b(?:receiv(?=ed\s|es\s|ing\s)\w+|welcom(?=ed\s|es\s|ing\s)\w+|hosted|hosts|met(?:\swith)?|"
    r"meets(?:\swith)?|worked\swith|held\s(?:talks|a\s(?:[\w-]+\s)?(?:meeting|working\ssession|reception))\swith|"
    r"had\s(?:a\s)?(?:[\w-]+\s)?(?:meeting|talks|working\ssession)\swith)"
    r"\s(?:the\s|a\s|an\s)?(?:[\w’'-]+\s){0,4}?delegation\b"
)
# A delegation received with no leader named has its leader named in the next sentences: "Andrey
# Yatskin, First Deputy Chairman of the Federation Council, led the delegation on the working trip" (at
# the leader's name's end), "The delegation was headed by Deputy Minister X" (the words before the name).
LEADER_OF_THE_DELEGATION = re.compile(
    r"(?i)(?:,[^.;]{0,160}?)?\s(?:led|headed|leads|heads|(?:is|was)\sleading)\s(?:the|this)\s(?:[\w-]+\s){0,2}?"
    r"delegation\b"
)
THE_DELEGATION_LED_BY = re.compile(
    r"(?i)\b(?:the|this)\s(?:[\w-]+\s){0,2}?delegation\s(?:[\w-]+\s){0,2}?(?:led|headed|chaired)\sby\s(?:the\s)?$"
)
# How many sentences after the reception its delegation's leader may be named.
LEADER_NAMED_REACH = 2
# How far after the reception words the delegation's leader is named ("a delegation of the Committee for
# External Relations of Saint Petersburg led by Y").
RECEIVED_LEADER_REACH = 120

# A meeting between officials of the two sides, held where the story's event takes place (named in the
# sentence, else the dateline's or the lead's place: extract.document.occasion): "Lavrov held talks with
# his Vietnamese counterpart" under a Hanoi dateline, "during his meeting with the President of Vietnam X
# in Moscow". The official from the other side than the place is there on a visit.
# A photo caption of a reception: "X offers a gift to Y", "X presents souvenirs to Y". A gathering the
# two chaired: "Chaired by X and his Russian counterpart Y, the forum ...", "co-chaired by X and Y".
MEETING = re.compile(
    r"(?i)\b(?:(?:held\s)?(?:talks|negotiations|a\smeeting)\swith|(?:his|her|their)\smeeting\swith|"
    r"met(?:\swith)?|meets(?:\swith)?|meeting\swith|received|hosted|welcomed|(?:co-?)?chaired\sby|"
    r"(?:offer|present|hand)(?:s|ed|ing)?\s(?:a\s)?(?:gifts?|souvenirs?)\sto)\b"
)
# A gathering held in a place, opening the sentence as its setting: "On the sidelines of the Valdai forum
# in Sochi, X met Y", "At the Eastern Economic Forum in Vladivostok, X held talks with Y", "During the
# ASEAN-Russia Summit in Sochi, ...". Everyone the sentence has meet there is there. (Matched from the
# sentence's start; it ends at the place, whose mention the rule then reads.)
GATHERING_SETTING = re.compile(
    r"(?:On\sthe\ssidelines\sof|At|During|In\sthe\sframework\sof)\s(?:the\s)?(?:[\w’'-]+\s){0,6}?"
    # a few words between the gathering and its place: "the BRICS Summit held in Kazan, ..."
    r"(?:Summit|Forum|Games|Expo|summit|forum|Congress|Conference|Assembly)(?:\s[\w’'-]+){0,3}?"
    r"\sin\s(?:the\s)?(?:city\sof\s)?[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2}(?=,)"
)
# ... or named without its place, a recurring gathering whose host the gazetteer knows: "On the
# sidelines of the St Petersburg International Economic Forum, X met Y" (the rule reads its event).
GATHERING_SETTING_UNPLACED = re.compile(
    r"(?:On\sthe\ssidelines\sof|At|During|In\sthe\sframework\sof)\s(?:the\s)?(?:[\w’'.-]+\s){0,6}?"
    r"(?:Summit|Forum|Games|Expo|summit|forum|Congress|Conference|Assembly)(?:\s\([\w-]{2,12}\))?(?=,)"
)
# Acts that place the one who does them where they are done: "X laid a wreath at the Tomb of the
# Unknown Soldier in Moscow", "X paid tribute to President Ho Chi Minh in Hanoi", "X co-chaired the
# commission's meeting in Moscow", "X paid a courtesy call on Y in Hanoi". A person of the other side
# doing one in a city of one side is there. (Searched in the sentences naming a side.)
PRESENCE_ACT = re.compile(
    r"(?i)\b(?:la(?:id|ys?|ying)\s(?:a\s)?(?:wreaths?|flowers)|paid\s(?:a\s)?(?:floral\s)?tribute|"
    r"offered\sincense|co-?chair(?:ed|s|ing)\b|paid\s(?:a\s)?courtesy\scall)"
)
# How far after the act its place may be named ("laid a wreath at the Monument to Heroic Martyrs in Hanoi").
PRESENCE_ACT_REACH = 120
# The host named by office only: "his Vietnamese counterpart", "her Russian counterparts".
COUNTERPART = re.compile(
    r"(?i)\b(?:his|her|their)\s(?P<nat>Vietnamese|Russian)\s(?:[\w-]+\s)?counterparts?\b"
)

# An earlier trip a visit is measured from, told in passing after "since": "his first since he attended the
# APEC summit in Da Nang in November 2017", "the first since 2017, when he attended the APEC summit in Da
# Nang", "the first by a Russian prime minister since Dmitry Medvedev's trip in 2015". A bare "since 2017"
# names no trip. ``year``: the year told before "when"; ``owner``: a traveller named with the trip noun.
PAST_TRIP_SINCE = re.compile(
    r"\bsince\s(?:(?P<year>(?:19|20)\d\d),\swhen\s(?:he|she)\s(?:last\s)?(?:attended|visited|came|toured)|"
    r"(?:he|she)\s(?:last\s)?(?:attended|visited|came\sto|toured)|"
    r"(?P<owner>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})[’']s\s(?:(?:state|official|working)\s)?(?:trip|visit))"
    r"\b[^.;]{0,120}"
)

# The earlier trips a visit is counted after, by their years: "was the Russian leader's fifth to Vietnam, after
# trips in 2001, 2006, 2013 and 2017", "It was his fifth visit to the country, after 2001, 2006, 2013 and the
# APEC summit in Da Nang in 2017". ``list``: from the first year to the last.
PAST_TRIPS_AFTER = re.compile(
    r"(?i)\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b"
    r"[^.;]{0,60}?,\s(?:after|following)\s(?:(?:earlier\s|previous\s)?(?:trips|visits)\s(?:in\s)?)?"
    r"(?P<list>(?:19|20)\d\d(?:,\s(?:19|20)\d\d)*(?:,?\sand\s[^.;]{0,60}?(?:19|20)\d\d))"
    r"(?:,\swhen\s[^.;]{0,80})?"
)
