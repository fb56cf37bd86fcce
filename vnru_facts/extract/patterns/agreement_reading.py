"""The generic agreement reading: a document phrase, an event that makes it a fact, in one of three places.

The phrasing families of ``patterns/agreement.py`` each name a verb, a count and a noun in one order.
News writes the same three parts in many more ways: "has scored a $30 million deal", "Memorandum of
understanding on the plan was signed on June 29", "Agreements signed included ...", "the deal, which
came into force in 2016", "the 2011 intergovernmental agreement". This reading composes them from parts:

- a DOCUMENT phrase (``DOCUMENT``): an optional count or determiner, up to five modifiers (words, names,
  possessives, money, years: "Block 112's", "$1 billion", "30-year", "intergovernmental") and the head
  noun (``HEAD``); what it is about (after it) is read by the families' complement rules;
- an EVENT (``ACTIVE_VERB``, ``PASSIVE_VERB``, ``IN_FORCE_AFTER``, a year before the noun): the verb
  says the status ("adopted" is agreed, "took effect" in force);
- placed before the document (active: ``EVENT_THEN_DOCUMENT``), after it (passive, reduced clause, in
  force: ``DOCUMENT_THEN_EVENT``, ``DOCUMENT_IN_FORCE``) or inside it (a year: ``DATED_DOCUMENT``).

Whose document it is (the VN-RU anchor) and what it is not (a third country's, a content, a wish) are
read by the component, after the match.
"""

from __future__ import annotations

import re

from vnru_facts.extract.patterns.agreement import _COUNT, _ON_DAY, _QUAL

# The head nouns of documents two sides sign. A bare "plan" or "programme", "minutes" (a duration),
# "convention" and "charter" (a venue, the UN's) are left to the families, which read them in context;
# "documents" only after a count in digits (else anything written: "documents on the war").
HEAD = (
    r"(?i:production[\s-]sharing\s(?:agreements?|contracts?)|PSAs?|PSCs?|"
    r"memorand(?:um|a|ums)(?:\sof\s(?:understanding|cooperation|co-operation|intent))?|MoUs?|MOUs?|"
    r"letters?\sof\sintent|"
    r"joint\s(?:vision\s)?(?:statements?|declarations?|communiqu[ée]s?)|"
    r"(?:plans?|programmes?|programs?)\sof\s(?:action|cooperation|co-operation)|"
    r"(?:action|cooperation|co-operation)\s(?:plans?|programmes?|programs?)|"
    r"road\s?maps?|agreements?|accords?|contracts?|(?<!great\s)deals?|pacts?|protocols?|treat(?:y|ies)|FTAs?|"
    # "documents" only counted in digits: "Russia, Vietnam sign 11 documents", "15 cooperation documents"
    r"(?<=\d\s)documents|(?<=\d\scooperation\s)documents)"
)
# Words that end a document's modifiers: function words, verbs of the clause, and the words of a
# sentence's frame ("the ministers saw as agreements were signed" names no "saw as agreements").
_STOP = (
    r"(?:the|a|an|and|or|but|with|to|of|on|in|during|for|about|regarding|under|by|at|from|into|than|as|after|"
    r"before|since|while|when|where|that|which|who|whose|is|are|was|were|be|been|being|has|have|had|"
    r"will|would|shall|should|can|could|may|might|must|not|no|also|said|says|saw|see|sees|signed|inked|"
    r"signing|sign|signs|concluded|sealed|struck|clinched|secured|won|landed|scored|penned|adopted|"
    r"approved|ratified|exchanged|reached|initial(?:l)?ed|entered|took|came|went|became|there|it|they|"
    r"we|he|she|this|these|those|all|both|each|every|such|other|any|some|including|include|includes)"
)
# One modifier: a word, a name, a possessive, an amount ("$30", "1.5", "US$2"), a hyphenated compound.
_MODIFIER = rf"(?!(?i:{_STOP})\b)(?:US\$|\$|€)?[\w’'-]+(?:[.,]\d+)*(?:[’']s)?"
# The modifiers of a document, at most five: "a $30 million deal", "Block 112's production sharing
# contract", "the 2011 intergovernmental agreement".
MODIFIERS = rf"(?:{_MODIFIER}\s){{0,5}}?"
# A document phrase: what a count, a qualifier and a title group hold; a title may be quoted ('signed the
# "Action Plan for 2024-2026"').
DOCUMENT = rf"(?:(?P<qual>(?i:{_QUAL}))?(?P<count>(?i:{_COUNT}))\s)?[“\"‘]?(?P<title>{MODIFIERS}{HEAD})\b"

# Verbs of an event done to a document, active: signed, concluded, won; "signed off on" a document is
# its signing ("signed off on a production sharing agreement with ..."; what it is said of must be a
# document: "signed off on the plan" is an approval, tests/test_agreement_plans.py); "put their signatures
# to" a document signs it, "formalised" one is signed; a text "finalised" or "agreed" ("agreed a deal",
# British usage, with its article) is agreed; "reached" and the present tense are the families'.
ACTIVE_VERB = (
    r"(?P<verb>signed\soff\son|signed|inked|penned|sealed|struck|clinched|concluded|secured|won|landed|scored|"
    r"entered\sinto|initial(?:l)?ed|exchanged|adopted|approved|ratified|renewed|extended|prolonged|"
    r"agreed\s(?:on|upon)|agreed(?=\s(?:a|an)\s)|finali[sz]ed|formali[sz]ed|"
    # a contract won, told from the winner's side: "Power Machines was awarded a contract to supply" (the
    # auxiliary looked behind for: one literal start, "awarded", not "has been" of every sentence)
    r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))awarded|"
    r"put\s(?:their|its|his|her|the)\s(?:signatures?|names?)\s(?:to|on))"
)
# Family GA, the event then the document: "has scored a $30 million deal", "clinched a production sharing
# contract", "won Vietnam's first oil contract", "was awarded a contract to supply turbines", "entered into
# a joint venture agreement", "renewed their agreement on the joint venture" (a renewal is signed),
# "agreed on a plan of action" (agreed).
EVENT_THEN_DOCUMENT = re.compile(rf"\b{ACTIVE_VERB}\s(?:also\s)?{_ON_DAY}?{DOCUMENT}")

# Where a document phrase of the families below may start: the sentence's first word, after a clause
# break or after a count or determiner (in the group ``count``).
_PHRASE_START = r"(?:(?<![\w’'$-]\s)(?<![\w’'$-])|(?<=[,;:]\s))"
_OPENING = rf"(?:(?P<qual>(?i:{_QUAL}))?(?P<count>(?i:{_COUNT}))\s|{_PHRASE_START})"
# What the document is about, between it and the verb: "on the implementation plan for the project".
_ABOUT = r"(?:\s\([^()]{1,30}\))?(?:\s(?:on|in|of|for|between|among|covering|with|to)\s[^.;,]{0,150}?)?"
# Verbs of an event told after the document.
PASSIVE_VERB = (
    r"(?P<verb>signed|inked|penned|sealed|struck|clinched|concluded|initial(?:l)?ed|exchanged|adopted|"
    r"approved|ratified|renewed|extended|prolonged)"
)
# A reduced clause heading a list, its line ending in a colon: "Documents signed during the visit:".
_HEADING_END = r"[^.;:\n]{0,100}:\s*$"
# Family GT, a signing told in the present, as headlines and photo captions tell the news: "Vietnam, Russia
# ink deal on oil exploration", "Representatives of the two banks exchange the MoU in Hanoi on April 7".
# The component keeps it only in the story's headline or with the day it names, and only when the story
# tells no other signing (the headline's is the body's, told again in other words).
PRESENT_VERB = r"(?P<verb>(?i:sign|signs|ink|inks|seal|seals|exchange|exchanges|clinch|clinches))"
EVENT_NOW_THEN_DOCUMENT = re.compile(rf"\b{PRESENT_VERB}\s{_ON_DAY}?{DOCUMENT}")
# The day a present signing names: "on April 7", "on Monday", "today".
NAMED_DAY = re.compile(
    r"\b(?:on\s(?:[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.?\s\d{1,2}\b|\d{1,2}\s[A-Z][a-z]{2,8})|today)"
)
# Words before a present verb that make it no report: "will sign", "agreed to sign", "can sign", "who sign".
NOT_NOW = re.compile(
    r"(?i)\b(?:to|will|shall|would|could|can|may|might|must|should|often|usually|regularly|annually|"
    r"who|which|that|not|never|let|help|helps)\s(?:[\w’'-]+\s)?$"
)

# Family GP, the document then its event: passive ("Memorandum of understanding on X was signed on June
# 29", "the $2 billion deal was sealed"), a relative clause ("the deal, which was inked in May") or a
# reduced one opening the sentence ("Agreements signed included ...", a list's heading "Documents signed in
# Hanoi:"; "the agreement signed by the firms"
# deeper in a sentence is the families' to read).
_AUX = (
    r"(?P<aux>(?:(?:has|have|had)\sbeen|was|were|is|are|got|(?:is|are|was|were)\sto\sbe|"
    r"(?:will|would|could|should)\sbe)\s(?:[a-z]+ly\s|also\s)?)"
)
DOCUMENT_THEN_EVENT = re.compile(
    rf"{_OPENING}(?P<title>{MODIFIERS}{HEAD})\b{_ABOUT}(?:,\s(?:which|that)\s|\s(?:which|that)\s|\s){_AUX}?"
    rf"{PASSIVE_VERB}\b(?(aux)|(?=\s(?:include[sd]?|included|cover(?:s|ed)?|concern(?:s|ed)?)\b|{_HEADING_END}))"
)
# Family GI, the passive inverted, the event opening its clause: "Also signed were an agreement on visa
# exemption and a memorandum on oil and gas", "Signed at the talks was a deal on fisheries" (the component
# keeps it at the start of a sentence or clause, or after "Also", and reads the documents listed after it).
INVERTED_EVENT = re.compile(
    r"\b(?P<verb>(?i:signed|inked|exchanged|concluded|adopted))\s(?:(?:at|during|on|in|by)\s[^.;,]{0,60}?\s)?"
    rf"(?:was|were)\s(?:also\s)?{DOCUMENT}"
)
# What may come before it in its sentence: nothing, a clause break, "Also".
INVERTED_OPENING = re.compile(r"(?i)(?:^|[,;:]|^also|[,;:]\salso)\s*$")
# Family GN, a document being written (status drafting): "are drafting an agreement on diplomas", "the
# ministries are preparing a memorandum", "have been working on a roadmap", "discussed a draft agreement
# on military cooperation", "reviewed the draft memorandum".
DRAFTING_DOCUMENT = re.compile(
    r"\b(?P<verb>(?:are|is|were|was|(?:have|has)\sbeen)\s(?:jointly\s|now\s|currently\s|still\s)?"
    r"(?:drafting|preparing|working\son|negotiating|discussing\sa\sdraft)|"
    rf"(?:discussed|considered|reviewed|examined|studied)\s(?:a|the)\sdraft)\s{DOCUMENT}"
)
# Family GR, agreements told by their reaching (status agreed): "the agreements reached by the two leaders in
# Sochi", "the agreements reached during the visit" (what follows the verb is part of the title; "at the
# meeting" is left out: a meeting's agreed items the story has told before).
AGREEMENTS_REACHED = re.compile(
    rf"{_OPENING}(?P<title>{MODIFIERS}(?i:agreements|deals|accords))\s(?P<verb>reached)\s"
    r"(?=(?:by|during|between)\b)"
)
# Family GF, a document then its coming into force: "the deal, which came into force in 2016", "The
# agreement took effect on October 5", "the protocol, in force since 2012", "the contract became
# effective".
IN_FORCE_AFTER = (
    r"(?P<verb>(?:t(?:ook|akes)|(?:has|have|had)\staken)\seffect|(?:c[oa]me|comes|(?:has|have|had)\scome|"
    r"entered|enters|(?:has|have|had)\sentered|went|goes|(?:has|have|had)\sgone)\sinto\s(?:force|effect)|"
    r"(?:became|becomes|(?:has|have|had)\sbecome)\seffective|(?:(?:has|have|had)\sbeen|is|are|was|were)\s"
    r"in\s(?:force|effect)|in\s(?:force|effect)\ssince|"
    # under way: "the contract on delivering aircraft ... is being implemented", "is planned to be
    # implemented until the end of the year", "is due to be fulfilled in 2026"
    r"(?:is|are)\s(?:being|(?:planned|expected|scheduled|due|set)\sto\sbe)\s"
    r"(?:implemented|fulfilled|executed|carried\sout))"
)
DOCUMENT_IN_FORCE = re.compile(
    rf"{_OPENING}(?P<title>{MODIFIERS}{HEAD})\b{_ABOUT}"
    rf"(?:,\s(?:which|that)\s|\s(?:which|that)\s|,\s|\s){IN_FORCE_AFTER}\b"
)
# Family GU, a document in use, so in force: "the full implementation of the trade agreement with
# the EAEU", "capitalise on the Vietnam-EAEU FTA", "effectively implement the intergovernmental
# agreement on labour", "take advantage of the agreement on visa exemption", "Under the contract between
# Rosoboronexport and the ministry, ...". The component keeps only one
# document named by what it is about, and none the story tells otherwise (signed, to be signed).
IN_USE_VERB = (
    r"(?P<verb>(?:(?:effective|efficient|full|smooth|good)\s)?(?:implementation|realisation|realization|execution)\s"
    r"of|implement(?:s|ed|ing)?|capitali[sz](?:e|es|ed|ing)\son|(?:make|makes|made|making)\s(?:good\s|full\s|"
    r"better\s|the\smost\s)?use\sof|(?:take|takes|took|taking)\s(?:full\s)?advantage\sof|"
    r"benefit(?:s|ed|ing|ted|ting)?\sfrom|"
    # what is done under it: "Under the agreement on military cooperation, ...", "on the basis of the
    # protocol on ...", "within the framework of the roadmap for ...", "According to the agreement between
    # Rosatom and Vietnam, ...", "under the terms of the contract for ..."
    r"(?i:under(?:\sthe\sterms\sof)?|(?:with)?in\sthe\sframework\sof|on\sthe\sbasis\sof|"
    r"in\s(?:line|accordance)\swith|pursuant\sto|according\sto))"
)
DOCUMENT_IN_USE = re.compile(rf"\b{IN_USE_VERB}\s(?:effectively\s|fully\s)?{DOCUMENT}")
# Family GD, a year naming the document: "the 2011 intergovernmental agreement on the plant", "a 1991
# pact on the joint venture". The year is when it was signed.
DATED_DOCUMENT = re.compile(
    rf"\b(?P<count>(?i:the|a|an|its|their))\s(?P<year>(?:19|20)\d\d)\s(?P<title>{MODIFIERS}{HEAD})\b"
)
# A date after the document naming it: "the agreement of May 29, 2015", "the protocol dated April 20,
# 2016" (the date itself is read from the date mentions after ``of``/``dated``).
DOCUMENT_OF_DATE = re.compile(
    rf"\b(?P<count>(?i:the|a|an|its|their))\s(?P<title>{MODIFIERS}{HEAD})\s(?:of|dated)\s"
    r"(?=(?:\d{1,2}\s)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)"
)

# Family GL, the documents a signing ending in a colon lists one a line, as official releases print them:
# "The following documents were signed:" then "- Agreement on visa exemption;", "2. Memorandum of
# understanding between Rosatom and ..." (a bullet or a number, an article, up to five modifiers, the head
# noun and what it is about, up to the line's end). A number alone on its line is the next item's.
LISTED_LINE = re.compile(
    rf"\s*(?:[-–—•*·▪●]\s*|\(?\d{{1,2}}[.)]\s*)?(?:(?i:the|a|an)\s)?"
    rf"(?P<title>{MODIFIERS}{HEAD}\b[^;\n]{{0,200}}?)\s*(?:[;.,]|\sand)?\s*$"
)
ITEM_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)]?\s*$")

# Words before an event that take it from being news: a wish ("hope to sign one day": no fact), a
# condition ("if the deal is sealed"), a denial ("failed to clinch"), a question ("whether").
WISHED = re.compile(
    r"(?i)\b(?:hop\w*|wish\w*|want\w*|wants|aim\w*|seek\w*|sought|intend\w*|ready|willing|eager|keen|try\w*|"
    r"tried|fail\w*|refus\w*|whether|if|unless|could\snot|can\snot|cannot|unable)\b(?:\s[\w’'-]+){0,3}\s$"
)
# A trigger for the sentences the families' trigger does not select: the generic verbs, and the document
# nouns (a year before one, or a date after it, dates it).
READING_TRIGGER = re.compile(
    r"(?i)\b(?:clinch\w*|secur\w*|won|landed|scored|entered\sinto|approv\w*|agreed\s(?:on|upon)|renewed|extended|"
    r"prolonged|agreements?|accords?|treat(?:y|ies)|"
    r"pacts?|protocols?|memorand\w*|contracts?|deals?|MoUs?|PSAs?|PSCs?|FTAs?|road\s?maps?)\b"
)
# Literals every match of the trigger begins with, lower-case: "agree" begins "agreed on" and "agreements",
# "treat" "treaty" and "treaties", "road" "road map" and "roadmap" (``agreement_scan.sentences_with``).
READING_TRIGGER_ANCHORS = tuple(
    (word, 0)
    for word in (
        *("clinch", "secur", "won", "landed", "scored", "entered", "approv", "agree", "renewed", "extended"),
        *("prolonged", "accord", "treat", "pact", "protocol", "memorand", "contract", "deal", "mou", "psa"),
        *("psc", "fta", "road"),
    )
)
