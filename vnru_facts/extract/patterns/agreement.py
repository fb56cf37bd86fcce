"""Agreement phrasing families, each regex commented with the phrases it targets."""

from __future__ import annotations

import re

from vnru_facts.normalize.numbers import NUMBER_WORD_PATTERN

# The documents two sides sign: "agreements", "cooperation documents", "memoranda of understanding",
# "MoUs", "a joint communiqué", "the minutes of the meeting", and the plan family: "a plan of consultations",
# "a cooperation programme", "a programme for 2024-2026", "a plan on defence cooperation" (a bare "plan" or
# "programme" without what kind, what field or what years is more often a side's own: "adopted a plan to
# develop ports", "a plan for seaports", "a plan on cooperation with investors").
_PLAN = r"(?:plans?|programmes?|programs?)"
# What kind of memorandum: "of understanding" (also as misspelt "of understand"), "of cooperation".
_MEMO_OF = r"(?:\sof\s(?:understand(?:ing)?|cooperation|intent))"
_PLAN_KIND = r"(?:cooperation|action|consultation|work|joint|exchange|implementation|master)"
DOC_NOUN = (
    rf"(?:agreements?|documents?|memorand(?:a|um|ums){_MEMO_OF}?|MoUs?|MOUs?|"
    r"deals?|contracts?|pacts?|accords?|treat(?:y|ies)|protocols?|FTAs?|joint\s(?:statement|communiqu[ée]|declaration)s?|"
    rf"declarations?|roadmaps?|{_PLAN_KIND}\s{_PLAN}|{_PLAN}(?:\sof\s[a-z]+|(?=\sfor\s(?:the\s)?(?:19|20)\d\d)|"
    # a plan of cooperation told by its field: "a plan on military cooperation", "a programme for cultural
    # cooperation in 2025"
    r"(?=\s(?:on|for)\s(?:[\w-]+\s){1,3}?cooperation\b))|minutes)"
)
# "two dozen" before "two": the longer count is tried first.
_COUNT = (
    # "a dozen or so", "ten or so": about that many
    rf"(?:(?:a\s)?dozen\sor\sso|(?:\d{{1,3}}|{NUMBER_WORD_PATTERN})\sor\sso|"
    rf"(?:two|three|four|a\scouple\sof|half\sa)\sdozen|\d{{1,3}}|{NUMBER_WORD_PATTERN}|several|a\snumber\sof|many|numerous|"
    # vague counts: "a series of", "a string of", "a raft of", "a slew of", "a host of", "a range of", "a set of"
    rf"a\s(?:series|string|raft|slew|host|range|batch|set|package|bundle)\sof|dozens\sof|scores\sof|another|a|an|the|its|"
    r"their|this|these)"
)
_QUAL = (
    r"(?:(?:a\stotal\sof|some|nearly|almost|about|around|roughly|approximately|more\sthan|over|up\sto|"
    r"at\sleast|as\smany\sas|close\sto|another|a\sfurther|an\sadditional)\s)"
)
# Up to four words of description before the noun: "cooperation", "intergovernmental", "bilateral trade".
_DESC_WORD = (
    r"(?!(?:and|or|with|to|of|on|in|during|for|about|regarding|concerning|under|by|at|from|that|which|who|"
    r"ratifying|approving|"
    r"said|says|noted|announced|added|stated|"
    r"reported|told|confirmed|revealed)\b)[\w’'-]+\s"
)
# Two words of description may be coordinated: "intergovernmental and interdepartmental documents", "oil
# and gas agreements".
# Lower-case words both, the first no document ("A joint statement and 15 documents" are two).
_DESC_PAIR = rf"(?!{DOC_NOUN}\b)[a-z][a-z-]*\s(?:and|or|&)\s(?=[a-z][a-z-]*\s)"
_DESC = rf"(?:{_DESC_PAIR}|{_DESC_WORD}){{0,4}}?"

# A sentence worth reading for agreements.
AGREEMENT_TRIGGER = re.compile(
    r"(?i)\b(?:sign\w*|ink\w*|penned|pen\sto\spaper|exchang\w+|execut\w+|adopt\w+|issu\w+|seal\w*|conclud\w+|initial\w*|hand\w*\sover|handover|"
    r"ratif\w+|(?:bill|law|resolution)\s(?:to\s)?approv\w+|struck|reached\s(?:[\w-]+\s){0,3}?(?:agreements?|deals?)|"
    r"negotiat\w+|finali[sz]\w+|"
    # a document the sides agree to write: "agreed to work on a roadmap", "decided to jointly draft"
    r"(?:agree[sd]?|decide[sd]?)\sto\s(?:[a-z]+\s)?(?:work|draft|develop|prepare|elaborate|draw|formulate|write)|"
    # talks on a document: "are in talks on a deal"
    r"talks\s(?:on|for|over|towards?|about)|"
    # a statement of both sides: "said in a joint statement that"
    r"in\sa\s(?:joint\s)?(?:statement|declaration)|"
    r"t(?:ook|akes?|aken|aking)\seffect|(?:c[oa]me|comes|coming|enter(?:ed|s|ing)?)\sinto\s(?:force|effect)|in\sforce|in\seffect)\b"
)
# Literals every match of the trigger holds (lower-case, whitespace as a space), each with how far before it
# the match may begin: "sign" begins "signed", "approv" ends "resolution to approv" (14 characters before
# it), "effect" and "force" end "entering into " (14). Fewer than the ways the matches begin, each is
# looked for once per document (``agreement_scan.sentences_with``).
AGREEMENT_TRIGGER_ANCHORS = (
    *((word, 0) for word in ("sign", "ink", "penned", "pen to p", "exchang", "execut", "adopt", "issu")),
    *((word, 0) for word in ("seal", "conclud", "initial", "hand", "ratif", "struck", "reached ")),
    *((word, 0) for word in ("negotiat", "finali", "agree", "decide")),
    ("talks", 0),
    ("statement", len("in a joint ")),
    ("declaration", len("in a joint ")),
    ("approv", len("resolution to ")),
    ("effect", len("entering into ")),
    ("force", len("entering into ")),
)

# Family A, verb then documents: "signed two agreements", "executed a joint communiqué",
# "inked more than 10 documents", "the two sides exchanged 15 cooperation documents", "initialled a treaty",
# "handed over three memoranda".
# Verbs of a signing, or of the exchange of signed documents at a ceremony.
_SIGNING_VERB = r"(?:signed|inked|exchanged|concluded|initial(?:l)?ed|handed\sover)"
# A day between the verb and the documents: "signed on Nov 12 two agreements", "inked on Monday an MoU".
_ON_DAY = (
    r"(?:on\s(?:[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8})(?:,?\s(?:19|20)\d\d)?\s)"
)
# Verbs of a document's ratification: the document was signed before ("the Senate ratified the FTA",
# "approved the law ratifying the protocol", "passed a bill to approve an agreement", "signed a law on the
# ratification of the agreement").
_RATIFYING = r"(?:ratif(?:ied|ies|y|ying)|ratification\sof|(?:bill|law|resolution)\s(?:to\s)?approv(?:e|ing))"
SIGNED_DOCS = re.compile(
    rf"(?i)\b(?P<verb>{_SIGNING_VERB}|executed|adopted|issued|sealed)\s(?:also\s)?"
    rf"{_ON_DAY}?(?P<qual>{_QUAL})?(?P<count>{_COUNT})\s(?P<title>{_DESC}{DOC_NOUN})\b"
)
# The same with the signing verbs of news style, kept apart so that each pattern begins with few
# enough literals to be looked for first (``literal_scan``): "penned a memorandum", "put pen to paper
# on an agreement", "struck a deal".
NEWS_SIGNED_DOCS = re.compile(
    rf"(?i)\b(?P<verb>penned|put\spen\sto\spaper\son|struck)\s(?:also\s)?"
    rf"{_ON_DAY}?(?P<qual>{_QUAL})?(?P<count>{_COUNT})\s(?P<title>{_DESC}{DOC_NOUN})\b"
)
# Family S, documents to be signed: "will sign a cooperation agreement", "plans to sign dozens of new
# agreements", "are expected to sign an operating agreement", "could sign a deal", "are close to sign deals
# on the supply of frigates" (status drafting). The
# words before the verb (``TO_SIGN``) say it is to come: "to sign" alone may be a wish ("ready to sign").
TO_SIGN_DOCS = re.compile(
    rf"(?i)\b(?P<verb>sign|ink|conclude)\s(?P<qual>{_QUAL})?(?:(?P<count>{_COUNT})\s)?(?P<title>{_DESC}{DOC_NOUN})\b"
)
TO_SIGN = re.compile(
    # "are to sign", "is scheduled to sign": an arrangement, as "will" ("the aim is to sign": a wish)
    r"(?i)\b(?:will|shall|would|could|plans?\sto|(?:is|are)\s(?:expected|set|due|going|about|close|"
    r"scheduled)\sto|(?<!aim\s)(?<!goal\s)(?<!plan\s)(?<!idea\s)(?<!hope\s)(?<!wish\s)(?<!target\s)"
    r"(?<!purpose\s)(?<!objective\s)(?:is|are)\sto|"
    r"(?:agreed|agree|agrees|decided)\sto)\s"  # "agreed to sign a new treaty": drafted, not yet signed
    r"(?:(?:also|soon|then|jointly|officially|formally|early)\s|next\s(?:week|month|year)\s)?$"
)
# Family S', a document the sides agree to write (status drafting): "agreed to work on a roadmap for a
# nuclear research centre", "decided to draft an agreement on labour migration", "agreed to jointly develop
# a cooperation programme for 2026-2030". A document noun with an article and what it is for must follow:
# "agreed to work on expanding trade", "agreed to prepare the documents" name no document.
_DRAFTED_NOUN = (
    rf"(?:agreements?|memorand(?:a|um){_MEMO_OF}?|MoUs?|MOUs?|contracts?|pacts?|accords?|treat(?:y|ies)|"
    rf"protocols?|FTAs?|road\s?maps?|joint\s(?:statement|declaration)s?|{_PLAN_KIND}\s{_PLAN}|{_PLAN}\sof\s[a-z]+)"
)
AGREED_TO_DRAFT = re.compile(
    r"(?i)\b(?:agreed|agrees?|decided|decides?)\sto\s(?:(?:also|jointly|soon|further|quickly)\s)?"
    r"(?P<verb>work\s(?:on|out)|draft|develop|prepare|elaborate|draw\sup|formulate|write)\s"
    rf"(?P<count>a|an|the)\s(?P<title>{_DESC}{_DRAFTED_NOUN})\b"
    r"(?=\s(?:for|on|to|with|between|regarding|about|concerning|covering)\s)"
)
# Family R, a document ratified, which was signed before: "the Senate ratified the FTA", "approved the
# law ratifying the protocol to the 2016 agreement", "passed a bill to approve an agreement".
RATIFIED_DOCS = re.compile(
    rf"(?i)\b(?P<verb>{_RATIFYING})\s(?P<qual>{_QUAL})?(?P<count>{_COUNT})\s(?P<title>{_DESC}{DOC_NOUN})\b"
)

# Family N, a document under negotiation (status drafting): "have begun expert negotiations to
# finalize a bilateral agreement on ...", "promised to accelerate negotiations for a free trade
# agreement with ...", "are negotiating a deal on ...", "step up negotiations for a deal of upgrading
# a port", "are finalising a treaty". Documents, not the papers of a visit: "finalise documents" is none.
_NEGOTIATED_NOUN = (
    rf"(?:agreements?|memorand(?:a|um){_MEMO_OF}?|MoUs?|MOUs?|deals?|contracts?|"
    r"pacts?|accords?|treat(?:y|ies)|protocols?|FTAs?|roadmaps?)"
)
NEGOTIATED_DOCS = re.compile(
    # "are in talks on a deal", "began talks for a free trade agreement" (talks held or under way)
    rf"(?i)\b(?P<verb>negotiat(?:ions?|ing|es?)|finali[sz](?:e|es|ing)|"
    r"(?:in|held|hold|holding|began|begun|begin|started|start|launched|launch|resumed|opened)\s(?:[a-z]+\s)?talks"
    r"(?=\s(?:on|for|over|towards?|about)\s))\s"
    rf"(?:(?:to\s(?:finali[sz]e|conclude|sign|draw\sup|draft)|on|for|over|towards?|about|of)\s)?"
    rf"(?:(?P<count>a|an|the)\s)?(?P<title>{_DESC}{_NEGOTIATED_NOUN})\b"
    r"(?!\s(?:reached|signed|inked|concluded)\b)"  # "talks on the agreements reached": made before
)
# Negotiations told as over, or only as a possibility, read before them: "after two years of
# negotiations on", "concluded negotiations on", "consider the possibility of holding negotiations".
NEGOTIATIONS_NOT_UNDER_WAY = re.compile(
    r"(?i)\b(?:(?:completed|concluded|finished|ended|wrapped\sup|after|following)\s(?:the\s|their\s|its\s)?"
    r"(?:[\w-]+\s){0,3}|possibility\s(?:of\s)?(?:[\w-]+\s){0,2}|consider\w*\s(?:[\w-]+\s){0,2})$"
)

# Family A'', agreements reached, which the sides agree on without (yet) signing: "PetroVietnam has
# reached cooperative agreements with Gazprom and Rosneft", "the ministers reached three deals on
# energy". What they are about, or with whom, must follow: "reached agreements" alone says nothing; nor
# is "reached an agreement on fisheries" a document (the sides agree).
REACHED_DOCS = re.compile(
    rf"(?i)\b(?P<verb>reached)\s(?P<qual>{_QUAL})?(?:(?P<count>{_COUNT})\s)?"
    rf"(?P<title>{_DESC}(?:agreements|deals|accords))(?=\s(?:with|on|to|for|regarding|about|between)\s)"
)

# Family B, documents then passive verb: "15 cooperation documents were signed",
# "A joint statement and 15 cooperation documents were signed", "seven agreements have been inked".
# Every match ends in PASSIVE_SIGNED, so a sentence without it is not searched for one.
_PASSIVE_SIGNED = (
    r"\s(?:(?:is|are|was|were)\sto\sbe|were|was|have\sbeen|had\sbeen|are|got|(?:will|would|could|should)\sbe)\s"
    rf"(?:also\s|[a-z]+ly\s)?"  # "officially", "recently", "jointly"
    rf"(?P<verb>{_SIGNING_VERB}|adopted|issued|ratified)\b"
)
PASSIVE_SIGNED = re.compile(rf"(?i){_PASSIVE_SIGNED}")
# An aside between the documents and the verb: "The accord, the first of its kind, was signed".
_ASIDE = r",\s[^.;,]{3,50}?,"
# What the documents are about, between them and the verb that signs them: "the agreement with Vietnam on
# a research centre was signed", "the protocol to the 2016 agreement ... was ratified".
_ABOUT = r"(?:\s(?:on|in|of|for|between|among|covering|with|to)\s[^.;,]{0,150}?)"
DOCS_WERE_SIGNED = re.compile(
    rf"(?i)\b(?P<qual>{_QUAL})?(?P<count>{_COUNT})\s(?P<title>{_DESC}{DOC_NOUN})"
    rf"(?:{_ABOUT}|{_ASIDE})?{_PASSIVE_SIGNED}"
)
# Family SH, a signing a headline tells without an article: "Memorandum of understanding on education
# signed between Vietnamese and Russian universities", "MoU signed on nuclear training". Matched from the
# sentence's start; the component keeps it in a headline only (a line of the story's head with no full
# stop). Part of every match, with few literal starts: HEADLINE_VERB.
HEADLINE_SIGNED = re.compile(
    rf"(?i)\A(?P<title>{_DESC}{DOC_NOUN})(?:\s\([^()]{{1,20}}\))?"
    rf"{_ABOUT}?\s(?P<verb>signed|inked)\b"
)
HEADLINE_VERB = re.compile(r"(?i)\b(?:signed|inked)\b")
# Family B', uncounted documents opening a clause, then the passive verb: "Intergovernmental agreements on
# oil and gas were signed", "In March, in the presence of both leaders, cooperation documents in energy
# were inked". Only lower-case words before the noun, after a clause break: "the ministers saw as
# agreements were signed" does not name them.
_PLURAL_DOC = (
    rf"(?:agreements|documents|memoranda{_MEMO_OF}?|MoUs|MOUs|deals|contracts|"
    r"pacts|accords|treaties|protocols|roadmaps)"
)
_CLAUSE_WORD = (
    r"(?!(?i:and|or|with|to|of|on|in|during|for|the|a|an|as|while|when|some|all|these|those|no|any)\b)"
)
BARE_DOCS_WERE_SIGNED = re.compile(
    rf"(?<![\w’'-]\s)(?<![\w’'-])(?P<title>(?:{_CLAUSE_WORD}[A-Za-z][\w’'-]*\s)?(?:{_CLAUSE_WORD}[a-z][\w’'-]*\s){{0,2}}"
    rf"{_PLURAL_DOC}){_ABOUT}?{_PASSIVE_SIGNED}"
)

# Family A', verb then uncounted documents: "signed cooperation documents in education", "the ministries
# exchanged memoranda of understanding on energy", "inked intergovernmental agreements".
# A single document without its article, as some news writes, when what it is about follows: "signed
# memorandum of understanding (MoU) on new oil projects", "inked free trade agreement with the EAEU" ("the
# signed agreement" is another: there "signed" describes it).
_ONE_DOC = rf"(?:memorandum{_MEMO_OF}?|MoU|MOU|agreement|contract|protocol|treaty)"
SIGNED_BARE_DOCS = re.compile(
    rf"\b(?P<verb>{_SIGNING_VERB}|sealed)\s(?:also\s)?"
    rf"(?P<title>(?:{_CLAUSE_WORD}[a-z][\w’'-]*\s){{0,3}}(?:{_PLURAL_DOC}\b|"
    rf"(?<!\b[Tt]he\ssigned\s)(?<!\b[Ii]ts\ssigned\s){_ONE_DOC}(?=\s(?:\(|on|to|for|with|pertaining|between|regarding)\b)))"
)
# Lists of documents, one phrase each: "signed an agreement on visa exemption, a memorandum on tourism and
# a plan of consultations for 2025-2027". A list goes on only where the next phrase opens with a count or
# an article, up to four words of description and a document noun, its head ("a memorandum on ...",
# "two contracts", "the minutes of the talks"): "an agreement on trade and investment", "an agreement on oil
# and gas exploration", "an agreement on X and a plan to build Y" (no plan of the plan family) and "an
# agreement with Gazprom and Rosneft" are one document each.
# (a list whose items hold commas is kept by semicolons: "an agreement on X; a memorandum on Y, Z; and a plan")
_LIST_AND = r"(?:[,;]\s(?:and\s|as\swell\sas\s)?|\s(?:and|as\swell\sas)\s)"
# The noun is the phrase's head: what it is about, a bracket, a verb, the list's next word or its end
# follows ("a contract worker", "an agreement-based tariff" name no document).
_ITEM_HEAD_END = (
    r"(?=\s(?:on|for|of|to|between|with|among|regarding|about|concerning|covering|in|at|during|by|and|as|"
    r"signed|inked|exchanged|were|was|are|is|have|has|had|worth|valued)\b|\s?[,;.:()]|$)"
)
# The description of a listed document holds no verb, article nor count (each begins a phrase of its own):
# ", and the ministers signed five agreements", "and the ministers praised the agreements".
_ITEM_DESC = (
    r"(?:(?!(?:signed|inked|exchanged|concluded|sealed|penned|adopted|issued|witnessed|is|are|was|were|"
    rf"have|has|had|will|would|could|also|the|an?|its|their|this|these|those|{NUMBER_WORD_PATTERN})\b|\d{{1,3}}\s)"
    rf"{_DESC_WORD}){{0,4}}?"
)
_LIST_ITEM = rf"(?P<count>{_COUNT})\s(?P<title>{_ITEM_DESC}{DOC_NOUN}){_ITEM_HEAD_END}"
NEXT_DOCUMENT = re.compile(rf"(?i){_LIST_AND}{_LIST_ITEM}")
# The documents listed before the one a passive verb follows: "An agreement on X, a memorandum on Y and
# a plan of Z were signed" (what each one is about, within its phrase: up to the comma or "and" before the
# next one).
LISTED_BEFORE = re.compile(
    rf"(?i)\b(?P<count>{_COUNT})\s(?P<title>{_ITEM_DESC}{DOC_NOUN}){_ITEM_HEAD_END}(?P<about>{_ABOUT}?){_LIST_AND}$"
)

# Family I, a list of the documents a set signed holds: "The documents signed include an agreement on
# labour migration, a memorandum on nuclear energy and a roadmap for education", "Among the documents signed
# were a memorandum on healthcare and an agreement on diplomas", "Agreements inked during the visit
# included: a treaty on ...". The set is named before (or not at all): each listed document is told here.
_SET_NOUN = r"(?:documents|agreements|deals|memoranda|accords|pacts|contracts|papers)"
SET_INCLUDES = re.compile(
    rf"(?i)\b{_SET_NOUN}\s(?:(?:that\s)?(?:were|have\sbeen)\s)?(?P<verb>{_SIGNING_VERB})"
    r"(?:\s(?:at|during|on|in|by|between|with|today|yesterday|last|this)\b[^,;.:]{0,60}?)?,?\s"
    rf"(?:include[sd]?|comprised?|are|were|is|was)(?:\s?:)?\s(?P<count>{_COUNT})\s(?P<title>{_ITEM_DESC}{DOC_NOUN}){_ITEM_HEAD_END}"
)

# Family C, witnessing: "observed the signing of several cooperation agreements",
# "witnessed the exchange of 10 documents", "attended the signing ceremony of seven agreements",
# "witnessed the signing and exchange of", "the handover of".
_CEREMONY = r"(?:signing|exchange|handover|handing\sover)"
WITNESSED = re.compile(
    rf"(?i)\b(?:witness\w*|observ\w*|attend\w*|oversaw|presided\sover|saw)\s(?:the\s)?"
    rf"{_CEREMONY}(?:\s(?:and|&)\s{_CEREMONY})?(?:\sceremony)?\sof\s(?P<qual>{_QUAL})?(?:(?P<count>{_COUNT})\s)?(?P<title>{_DESC}{DOC_NOUN})\b"
)
# Family C', a signing named as an event, whoever saw it: "appreciated the signing of cooperation
# agreements between ...", "three years after the signing of a visa agreement", "the 25th
# anniversary of the signing of their Treaty on ...", "held a signing ceremony for an agreement on ...". What comes before tells whether it took place
# (``SIGNING_INTENDED``) and when (``ANNIVERSARY``, ``SIGNING_SEEN``).
SIGNING_OF = re.compile(
    rf"(?i)\b{_CEREMONY}(?:\s(?:and|&)\s{_CEREMONY})?(?:\sceremony\s(?:of|for)|\sof)\s(?:(?P<qual>{_QUAL})?(?P<count>{_COUNT})\s)?"
    rf"(?P<title>{_DESC}{DOC_NOUN})\b"
)
# Family C'', a signing ceremony told without the documents it was for: "The signing ceremony was
# witnessed by the Vietnamese minister and the Russian deputy minister", "Speaking at the signing
# ceremony, ...", "at the MOU signing ceremony in Saint Petersburg" (a kind of document before it names
# one). "the signing ceremony of 15 documents" is family C.
SIGNING_CEREMONY = re.compile(r"(?i)\bsigning\sceremony\b(?!\s(?:of|for)\b)")
# The document a ceremony's name holds: "the MOU signing ceremony", "a contract signing ceremony".
CEREMONY_OF = re.compile(
    r"(?i)\b(?P<title>memorandum|MoU|MOU|agreement|contract|deal|treaty|protocol|roadmap)\s$"
)
# Family J, a statement the two sides make together, told by what it says (status agreed): "the Russian
# and Vietnamese governments said in a statement that the countries would continue cooperation in oil and
# gas", "Hanoi and Moscow said in a joint statement issued after the talks that ..." (the component keeps it
# only where who said it names both sides: "the Kremlin said in a statement" is one side's).
SAID_IN_STATEMENT = re.compile(
    r"\b(?P<verb>said|stated|declared|affirmed|reaffirmed|pledged|announced)\sin\sa\s"
    r"(?P<title>joint\s(?:statement|declaration|communiqu[ée])|statement|declaration)\b"
    r"(?:\s(?:issued|released|published|adopted)\s[^,;.]{1,60}?)?(?:,\s|\s)that\s(?P<c>[^,;.]{10,200})"
)
# A ceremony to come: "will attend the signing ceremony", "a signing ceremony is scheduled".
CEREMONY_TO_COME = re.compile(r"(?i)\b(?:will|shall|to\sbe|scheduled|planned|expected|upcoming)\b")
# A signing to come: "speed up the signing of", "prepare for the signing of", "will discuss the signing".
SIGNING_INTENDED = re.compile(
    r"(?i)\b(?:will|shall|would|to|for|towards?|speed\w*\sup|support\w*|promot\w*|prepar\w*|discuss\w*|await\w*|"
    r"urg\w*|propos\w*|push\w*|facilitat\w*|hope\w*|aim\w*|expect\w*|plan\w*|consider\w*|negotiat\w*|"
    r"approv\w*|authori[sz]\w*)\s(?:the\s)?$|"  # a government "approved the signing of": to be signed
    # a ceremony to come: "will hold a signing ceremony for", "to host the signing ceremony of"
    r"\b(?:will|shall|would|to)\s(?:hold|host|organi[sz]e|attend)\s(?:a|an|the)\s$"
)
# A signing the words before report as seen or welcomed, news of the article: "welcomed the signing of".
SIGNING_SEEN = re.compile(r"(?i)\b(?:[a-z]{3,}ed|saw|oversaw|took\spart\sin|joined)\s(?:the\s)?$")
# "the 30th anniversary of the signing": the year it was signed is that many years before.
ANNIVERSARY = re.compile(r"(?i)\b(?P<n>\d{1,3})(?:st|nd|rd|th)\sanniversary\sof\s(?:the\s)?$")
# The next document set of a list after "between": "agreements between district A and city B, and between
# district C and city D" are an agreement between A and B and one between C and D.
AND_BETWEEN = re.compile(
    r",?\s(?:and|as\swell\sas)\s(?P<c>between\s[^,;.()]{3,100}?)(?=[,;.()]|\sand\sbetween\b|$)"
)

# (At most 12 capitalised words before the noun: an unbounded run is rescanned from each of its words.)
# Family D, a named agreement in force: "the Free Trade Agreement between Việt Nam and Eurasian Economic
# Union (VN–EAEU FTA) that took effect in 2016", "the Treaty on Basic Principles ... came into force",
# "the Vietnam-EAEU FTA", "the Vietnam-EAEU free trade agreement, in force since 2016".
_CAP = r"[A-ZĐ][\w’'-]*"
NAMED_AGREEMENT = re.compile(
    rf"\b(?P<title>(?:(?:{_CAP}\s){{0,12}}(?:Free\sTrade\sAgreement|Agreement|Treaty|Convention|Accord|Protocol|FTA)|"
    rf"(?:{_CAP}\s){{1,12}}free\strade\sagreement)"
    rf"(?:\s(?:on|between|of|for|in)\s(?:(?:the|and|of|on|in|for)\s|{_CAP}\s?)+)?)"
)
IN_FORCE = re.compile(
    r"(?i)\b(?:t(?:ook|akes?|aken|aking)\seffect|(?:c[oa]me|comes|coming|enter(?:ed|s|ing)?)\sinto\s(?:force|effect)|"
    r"in\sforce|in\seffect|effective)\b"
)

# Family E, one of a counted set: "The energy deal was among nine signed", "is one of 12 documents
# inked during the visit".
AMONG_SIGNED = re.compile(
    rf"(?i)\b(?:was|is|were|are)\s(?:one\s)?(?:among|of)\s(?:the\s)?(?P<qual>{_QUAL})?(?P<count>\d{{1,3}}|{NUMBER_WORD_PATTERN})\s"
    rf"(?:(?P<title>{_DESC}{DOC_NOUN})\s)?(?:that\s(?:were|have\sbeen)\s)?(?:signed|inked|exchanged)\b"
)
# Family F, a named document listed after a signing: "several deals were signed, including the Joint
# Action Plan between Vietnam and Russia until 2030", "including a Memorandum on Education".
_NAMED_NOUN = r"(?:Plan|Agreement|Programme|Program|Memorandum|Roadmap|Treaty|Statement|Declaration|Protocol|Strategy|Communiqu[ée])"
INCLUDING_NAMED = re.compile(
    rf"\bincluding\s(?:the\s|a\s|an\s)?(?P<title>(?:{_CAP}\s){{0,5}}{_NAMED_NOUN}"
    rf"(?:\s(?:between|on|of|for|until|to|in)\s[^,;.()]{{2,80}}?)?)(?=[,;.()]|\sand\s(?:the|an?)\s|$)"
)
# Family F', a document listed after a counted or plural signing, named by its subject in lower case:
# "signed 12 documents, including a memorandum on training nuclear engineers", "including an agreement
# between the two central banks".
_LISTED_NOUN = (
    rf"(?:(?:[a-z][\w-]*\s){{0,2}}?(?:agreement|memorandum{_MEMO_OF}?|MoU|"
    r"roadmap|contract|deal|protocol|treaty|plan|programme|program|declaration|statement))"
)
_LISTED_SUBJECT = r"(?:\s\([^)]{1,20}\))?\s(?:on|of|for|between|to|regarding|about)\s(?:[^,;.()]|\([^(),;.]{1,30}\)){2,240}?"
# Where a listed document's subject ends: a clause break, or a bracket other than a short name in brackets.
_LISTED_STOP = r"\s(?:was|were|is|has|had)\b|[,;.]|\s?\((?![^(),;.]{1,30}\))|\)|$"
_LISTED_END = rf"(?={_LISTED_STOP})"
# ... or the next document of a list: "a memorandum on X and an agreement on Y" (not "an agreement on X and a
# plan to build Y", "an agreement between Vietnam and the EAEU").
_NEXT_IN_LIST = rf"(?:{_COUNT})\s{_ITEM_DESC}{DOC_NOUN}{_ITEM_HEAD_END}"
_LISTED_ITEM_END = rf"(?={_LISTED_STOP}|{_LIST_AND}{_NEXT_IN_LIST})"
INCLUDING_LISTED = re.compile(
    rf"\b(?:including|among\sthem|such\sas|the\smost\s(?:significant|important|notable)\sbeing)\s(?:a|an|the)\s"
    rf"(?P<title>{_LISTED_NOUN}{_LISTED_SUBJECT}){_LISTED_ITEM_END}"
)
# The next document of the list: "including a memorandum on X and an agreement on Y", "an agreement on X,
# a memorandum on Y and a roadmap for Z" (tried where the one before ends).
AND_LISTED = re.compile(
    rf"{_LIST_AND}(?=(?:a|an|the)\s{_ITEM_DESC}{DOC_NOUN}{_ITEM_HEAD_END})(?:a|an|the)\s"
    rf"(?P<title>{_LISTED_NOUN}{_LISTED_SUBJECT}){_LISTED_ITEM_END}"
)
# Family F'', the document a signing's next sentence singles out: "In particular, a memorandum of
# understanding on a research centre.", "Among them is an agreement on visa-free travel.", "Notably, the
# roadmap for nuclear cooperation was also signed.", "The documents include an agreement on X, ...", "The
# documents signed include: an agreement on X and a memorandum on Y".
LISTED_NEXT = re.compile(
    rf"(?:In\sparticular|Notably|Of\snote|"
    rf"Among\s(?:them|these|those|the\s(?:documents|agreements|deals)(?:\s(?:signed|listed|inked|exchanged))?)|"
    rf"(?:These|They|The\s(?:documents|agreements|deals|memoranda)(?:\s(?:signed|listed|inked|exchanged))?)\sinclude[ds]?)"
    rf"\s?[,:]?\s(?:(?:is|was|are|were|include[ds]?)\s)?(?:a\s|an\s|the\s)?"
    rf"(?P<title>{_LISTED_NOUN}{_LISTED_SUBJECT}){_LISTED_ITEM_END}"
)

# Family G, the first to sign: "Vietnam was the first nation outside the bloc to sign a free trade
# deal with the EAEU", "was the first partner to ink a visa deal with Russia".
FIRST_TO_SIGN = re.compile(
    rf"(?i)\b(?:became|was|is)\sthe\sfirst\s(?:[\w-]+\s){{0,5}}?to\s(?:sign|ink|conclude)\s"
    rf"(?:(?P<count>a|an)\s)?(?P<title>{_DESC}{DOC_NOUN}(?:\s(?:with|between)\s(?:the\s)?[^,;.()]{{2,70}})?)"
)
# Family H, a document named with its signing in a reduced or relative clause: "The agreement on the
# tropical centre, signed in 2019, will be renewed", "Under the memorandum signed last year, Rosatom
# will ...", "The roadmap, which was inked during the visit, sets out", "the deal concluded in March".
# The verb must be followed by when or on what occasion: "the agreement signed by the firms" names no
# signing of its own.
_CLAUSE_VERB = (
    r"(?P<verb>signed|inked|concluded)\s(?=(?:in|on|last|during|earlier|this|back|at|early|late|between)\b)"
)
SIGNED_CLAUSE = re.compile(
    rf"(?i)\b(?P<qual>{_QUAL})?(?P<count>{_COUNT})\s(?P<title>{_DESC}{DOC_NOUN})(?:\s\([^()]{{1,20}}\))?"
    rf"{_ABOUT}?"
    rf"(?:,\s(?:(?:which|that)\s(?:was|were|had\sbeen|has\sbeen)\s)?|\s(?:that\s(?:was|were)\s)?)"
    rf"{_CLAUSE_VERB}"
)
# Part of every match above, with few literal starts: a sentence without it is not searched.
CLAUSE_VERB = re.compile(rf"(?i)\b{_CLAUSE_VERB}")
# Family D', a lowercase agreement named by its parties, in force: "the free trade agreement with
# the EAEU (VN-EAEU FTA) took effect in 2016".
PARTIES_AGREEMENT = re.compile(
    r"(?i)\b(?P<title>(?:[a-z-]+\s){1,3}(?:agreement|treaty|accord)\s(?:between|with)\s(?:the\s)?"
    r"[A-Z][^,;.()]{2,70}?)(?=\s\(|\s(?:took|takes|came|comes|entered|enters|has|had|have|was|is|went)\b|[,;.]|$)"
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# Words after a document that tell when or on what occasion, not what it is about.
_NOT_ITS_SUBJECT = (
    r"(?!on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]+\.?\s\d)|in\s(?:19|20)\d\d"
    r"|on\sthe\s(?:sidelines|occasion|margins?)\b|on\sbehalf\b)"
)
# The partner a document is signed with, when what it is about follows: "an agreement with Russia's
# Tula region to build two cattle farms", "a deal with Gazprom for gas supplies", "agreements with
# Vietnamese companies aimed at developing cooperation" (the partner alone,
# "a memorandum with Petrovietnam", is no part of the title).
_WITH_PARTNER = (
    r"with(?:\s(?:and(?=\s[A-Z])|(?!(?:on|to|for|in|at|during|and|as|after|before|while|which|that|who|worth)\b)[^\s,;.()]+)){1,6}?"
    rf"(?=\s{_NOT_ITS_SUBJECT}(?:to\s(?!be\b)[a-z]+|on|for|regarding|covering|about|aimed\sat|aiming\sat)\s)"
)
# An agreement named by its parties anywhere in a sentence (not only in force), which "the FTA" or "the
# agreement" later stands for: "a free trade agreement between Viet Nam and the EAEU",
# "the agreement with the EAEU" ("the FTA agreement with their Vietnamese counterpart" names no party).
NAMED_BY_PARTIES = re.compile(
    r"\b(?P<title>(?:(?:[Ff]ree\s[Tt]rade|[Cc]o-?operation|[Ii]ntergovernmental|[Bb]ilateral)\s)?(?:[Aa]greement|FTA|[Tt]reaty)"
    r"\s(?:between|with)\s(?:the\s)?[A-ZĐ][\w’'-]*(?:\s(?:(?:and|of)\s(?:the\s)?)?[A-ZĐ][\w’'-]*){0,8})"
)
# A comma within a list of what a document is about, not a clause break: "in health, sport, port
# logistics, farming and education" (the next item is a word or two before a comma or "and").
_LIST_COMMA = r",\s(?=[a-z][\w-]*(?:\s[a-z][\w-]*)?(?:,|\sand\s))"
# "over" a subject, not a time or an amount: "memoranda over exploring gas supplies", "a deal over
# the use of a port" (not "over the next five years", "over the weekend", "over $1 billion").
_OVER_SUBJECT = (
    r"over(?=\s(?!(?:the\s|a\s)?(?:next|past|last|coming|previous|first|following|same|weekend|years?|"
    r"decades?|months?|weeks?|days?|period|course|phone|telephone|internet|time)\b)[a-z])"
)
# What a document is about, after its noun or its passive verb: "a memorandum (MoU) on city cooperation
# in the 2020-2022 period", "a deal of upgrading a port", "the FTA with the EAEU", "a memorandum
# between the two central banks", "memoranda were signed among businesses of the two countries in
# tourism, culture and trade", "a contract was signed to build a research centre", "a joint declaration
# was adopted reflecting common views", "pacts in the fields of science", "an accord concerning
# fisheries", "contracts related to the plant", "memoranda over exploring gas supplies", "a new agreement
# extending the joint venture's operation until 2030", "a protocol setting out the next steps", "the protocol
# of the 26th meeting".
COMPLEMENT = re.compile(
    rf"(?:\s\([^)]{{1,20}}\))?\s{_NOT_ITS_SUBJECT}"
    r"(?P<c>(?:on|for|regarding|about|reflecting|covering|concerning|pertaining\sto|related\sto|relating\sto|"
    r"amending|establishing|governing|regulating|extending|prolonging|renewing|outlining|defining|specifying|"
    r"setting\s(?:out|up)|laying\sout|"
    rf"based\son|between|among|{_OVER_SUBJECT}|to\s(?!be\b)[a-z][\w-]*|"
    r"of(?=\s[a-z]+ing\s)|of(?=\s(?:the\s)?(?:[\w-]+\s){0,3}(?:meeting|session)\b)|"
    r"with(?=\s(?:the\s)?(?:Russian?-led\s)?(?:Eurasian\sEconomic\sUnion|EAEU|EEU|Russia|Vietnam|Viet\sNam)\b(?![’'\w-]|\s[A-Z]))|"
    rf"{_WITH_PARTNER}|"
    # a decimal point or thousands comma is no clause break: "a planned $2.3 billion plant"
    rf"in\sthe\s(?:fields?|areas?|spheres?)\sof)\s(?:[^,;.()]|(?<=\d)[.,](?=\d)|{_LIST_COMMA}){{1,160}})"
)
# What is done under a document, the subject of the clause that leads to it, is what it is about:
# "Work on the bridge will be done within the framework of the bilateral agreement
# signed in 2011", "Deliveries of the fighters are made under the contract inked in 2009" (read in the
# sentence's words before the document; a pronoun names nothing).
DONE_UNDER = re.compile(
    r"^(?!(?:It|This|That|They|These|He|She|We)\b)(?:The\s)?(?P<subject>[A-Z][\w’'-]*(?:\s[\w’'-]+){0,7}?)\s"
    r"(?:will\sbe|is|are|was|were|has\sbeen|have\sbeen|is\sbeing|are\sbeing)\s(?:[a-z]+ly\s)?"
    r"[a-z]+(?:ed|en|lt|ne|de|wn|ht)(?:\s(?:out|up))?\s"  # a past participle: "carried", "built", "made"
    r"(?:under|within\sthe\sframework\sof|in\s(?:line|accordance)\swith|pursuant\sto)\s$"
)
# A subject told as what a document is about, in the sentence's words before the document: "The Ninh Thuan 1
# project was originally the subject of an intergovernmental agreement signed in 2010".
SUBJECT_OF_DOCUMENT = re.compile(
    r"^(?!(?:It|This|That|They|These|He|She|We)\b)(?:The\s)?(?P<subject>[A-Z][\w’'-]*(?:\s[\w’'-]+){0,7}?)\s"
    r"(?:was|is|has\sbeen|had\sbeen)\s(?:(?:originally|initially|first|also|already)\s)?the\s(?:subject|object)\s"
    r"of\s(?:an?\s|the\s)?$"
)
# A document opening the sentence as what governs its main clause: "Under an agreement signed in Moscow during
# a visit by the Prime Minister, the joint venture's operations have been extended to 2030".
# (Not "Under the agreement signed last May, ...": the document named before, whose title is told there.)
UNDER_DOCUMENT = re.compile(r"^(?:Under|In\saccordance\swith|Pursuant\sto)\s(?:an?\s)?$")
# What the two sides agreed to do, which a document they sign just after sets down: "Vietnam and Russia
# have agreed to widen their joint work in nuclear research. The two signed an agreement on
# Tuesday" is an agreement to widen their joint work (agreeing to sign one names nothing more).
AGREED_TO = re.compile(
    r"(?i)\bagreed\sto\s(?!(?:(?:early|soon|jointly|officially)\s)?(?:sign|ink|conclude|exchange|initial|work\son)\b)(?P<c>[a-z][\w-]*\s[^,;.()]{2,140})"
)
# The visit a signing took place during, between the documents and what they are for: "signed two
# agreements during Prime Minister Mishustin's official visit to Hanoi to expand ties in healthcare".
OCCASION_BEFORE_PURPOSE = re.compile(
    r"\s(?:during|on\sthe\soccasion\sof)\s(?:the|this|his|her|their|[\w’'.\s]{1,40}?[’']s)\s"
    r"(?:state\s|official\s|working\s)?(?:visit|trip)(?:\sto\s[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})?"
    r"(?=\sto\s(?!be\b)[a-z])"
)
# A document named in lower case with what it is about, which "the contract" or "the deal" in a later
# sentence stands for: "Last year's contract on the supply of four frigates to Vietnam ... The contract
# was signed in March 2011".
KIND_WITH_SUBJECT = re.compile(
    r"(?<![’'])\b(?P<title>(?:(?<![’'])(?!(?:the|an?|this|that|its|their|and|or|of|signed|inked)\b)[a-z][\w-]*\s){0,2}"
    rf"(?:contract|agreement|memorandum|deal|treaty|roadmap|accord|pact|protocol)\s{_NOT_ITS_SUBJECT}"
    r"(?:on|for|regarding|to\s(?!be\b)[a-z]+)\s[^,;.()]{3,120})"
)
# The day of a signing between the document and what it is about: "signed agreements on Thursday to further
# cooperation on education", "signed memoranda in 2016 over exploring gas supplies", "inked a deal in May
# on fisheries".
DAY_BEFORE_SUBJECT = re.compile(
    rf"\s(?:on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_MONTH}\s\d{{1,2}}(?:,\s(?:19|20)\d\d)?)|"
    rf"in\s(?:(?:early|late|mid-)\s?)?(?:{_MONTH}(?:\s(?:19|20)\d\d)?|(?:19|20)\d\d)|"
    r"yesterday|today|last\s(?:week|month))(?=\s)"
)
# Words between a document and what it is about that tell something else, one to three of them: its
# value ("a contract worth $500 million with the ministry to supply six submarines"), the place and day
# of its signing ("inked an agreement in Hanoi on Monday on cooperation in nuclear training"), an aside
# ("an intergovernmental agreement, the first of its kind, on labour migration").
_WORTH = (
    r"worth\s(?:(?:about|around|nearly|almost|over|some|up\sto|an\sestimated|more\sthan)\s)?"
    r"(?:US\$|\$|USD\s?|€)?\d[\d.,]*\s?(?:(?:billion|million|bn|mln|bln)\b)?(?:\s(?:USD|US\sdollars|dollars))?"
)
ADJUNCTS_BEFORE_SUBJECT = re.compile(
    rf"(?:{DAY_BEFORE_SUBJECT.pattern}|\s{_WORTH}|\sin\s(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){{0,2}}(?=\s)|"
    r",\s(?:the|a|an)\s[^,.;()]{2,40}?,(?=\s))+"
)
# Where a date right after a document stops being its own: a new clause ("..., the minister said in 2019").
# A comma before a year ("June 16, 1994") is within the date.
DATE_NEXT_TO_END = re.compile(r"[;:]|,\s(?!\d)|\s(?:said|says|told|added)\b")
# What a document serves, given after a comma: "a memorandum (MoU), paving the way for joint work on
# a wind farm", "an agreement aimed at boosting tourism", "an agreement that will allow visa-free
# travel". Read as the document's subject ("on ...").
PURPOSE = re.compile(
    r"(?:\s\([^)]{1,20}\))?,?\s(?:paving\sthe\sway\s(?:for|to)|aimed\sat|aiming\sat|designed\sto|intended\sto|"
    r"which\s(?:covers|provides\sfor|envisages|concerns)|"
    r"(?:that|which)\s(?:will\s|would\s)?(?:allows?|enables?|opens?\sthe\sway\sfor|paves?\sthe\sway\sfor))"
    r"\s(?P<c>[^,;.()]{1,160})"
)
# Where a complement stops: a date, the next verb of the sentence (also a second predicate of its subject:
# "will speed up negotiations for a deal of upgrading a port and join hands with ..."), a new clause,
# the document's value ("a contract for two turbines worth $50 million": its value is no part of its title).
COMPLEMENT_END = re.compile(
    # where the signing took place, with its day: "(an agreement on visas) in Hanoi on Tuesday"
    r"\s(?:in\s(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2}(?=\s(?:on\s(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|[A-Z][a-z]+\.?\s\d)|yesterday|today|(?:last|this)\s(?:week|month))\b)|"
    r"in\s(?:19|20)\d\d\b|in\s(?:early\s|late\s|mid-)?[A-Z][a-z]+(?:\s\d{1,2},?)?\s(?:19|20)\d\d\b|"
    rf"in\s(?:early\s|late\s|mid-)?{_MONTH}\b|"
    r"on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]+\.?\s\d)|"
    r"worth\b|valued\sat\b|with\sa\s(?:total\s)?(?:value|worth|cost)\b|at\sa\s(?:total\s)?cost\b|totall?ing\b|costing\b|"
    r"(?:signed|inked|concluded|ratified)\b|(?:that\s)?(?:is|are|has|have|had|will|would|could|can|may)\s|so\sthat\b|"
    r"so\sfar\b|to\sdate\b|since\b|"
    r"(?:and|but)\s[a-z]+ed\b|and\s(?:agreed|will|to|join\shands|help|continue|work\s(?:to|on|with))\b|during\b|as\s|at\sthe\b|while\b|which\b|when\b|"
    r"after\b|before\b|following\b|witnessed\b|was\b|were\b|took\splace\b|(?:to|in|of|for|by|under|with)\swhich\b|"
    r"to\s(?:the\s|their\s|his\s|her\s)?(?:[A-Z][\w-]*\s)?(?:officials|counterparts?|partners?|side|leaders?|hosts?)\b|\S+\s(?:years?|decades?|months?|weeks?)\sago\b|"
    r"(?:last|this|next)\s(?:year|month|week)\b)"
)
# Verbs of a document the sides adopt or issue together rather than sign: status "agreed".
# An initialled text is agreed and awaits signing; one the sides approve is agreed ("approved a plan of
# cooperation").
AGREED_VERBS = frozenset(
    {
        *("adopted", "issued", "initialled", "initialed", "reached", "approved", "agreed on", "agreed upon"),
        *("agreed", "finalised", "finalized"),
    }
)

# The signing belongs to a visit: "during this visit", "during Chernyshenko's visit", "on the occasion of".
DURING_VISIT = re.compile(
    r"(?i)\b(?:during|on\sthe\soccasion\sof|within\sthe\sframework\sof|as\spart\sof|following|at\sthe\send\sof|"
    r"on\sthe\ssidelines\sof)"
    r"\s(?:the|this|his|her|their|[\w’'.\s]{1,30}?[’']s)\s(?:state\s|official\s|working\s)?(?:visit|trip|talks)\b"
)
# The two leaders of an article's visit: "the two prime ministers executed", "the two leaders witnessed",
# "in the presence of President Putin and General Secretary To Lam", "witnessed by both premiers", and
# the bodies they lead: "the two foreign ministries", "the two legislatures".
THE_TWO = re.compile(
    r"(?i)\b(?:(?:the\s)?two\s(?:prime\sministers|presidents|leaders|sides|parties|heads|(?:[a-z]+\s)?ministries|"
    r"legislatures|parliaments)|in\sthe\spresence\sof|witnessed\sby)\b"
)

# Words that make a signing the two sides': "the two countries", "both governments", "intergovernmental",
# "the two foreign ministries", "the two legislatures".
BOTH_SIDES = re.compile(
    r"(?i)\b(?:(?:the\s)?(?:two|both)\s(?:[a-z]+\s)?(?:sides|countries|nations|governments|parties|leaders|"
    r"delegations|ministries|capitals|cities|prime\sministers|presidents|heads|legislatures|parliaments|"
    r"assemblies|agencies|central\sbanks|chambers)|bilateral|intergovernmental|"
    # "the two" as the subject: "The two signed agreements on Thursday"
    r"the\stwo(?=\s(?:also\s)?(?:signed|inked|exchanged|sealed|adopted|agreed|have|had)\b))\b"
)
# Vague counts: "several agreements" has no number.
VAGUE_COUNT = frozenset(
    {
        "several",
        "a number of",
        "many",
        "numerous",
        "a series of",
        "a string of",
        "a raft of",
        "a slew of",
        "a host of",
        "a range of",
        "a batch of",
        "dozens of",
        "scores of",
    }
)
# A count's qualifier that is no money qualifier: "as many as 17 documents" is at most 17.
COUNT_QUALIFIERS = {"as many as": "under"}

# A past participle after an article or a preposition describes the documents, it tells no signing: "on
# the basis of signed agreements", "the implementation of signed agreements", "carry out the signed
# agreements" (read before the verb; "Vietnam and Russia signed agreements" is a signing).
DESCRIBED_AS_SIGNED = re.compile(
    r"(?i)\b(?:the|a|an|its|their|these|those|all|any|of|on|in|under|with|from|for|by)\s$"
)
# A signing denied: "no deals were signed", "did not sign", "have never signed" (read before the verb).
NEGATED = re.compile(r"(?i)\b(?:not|never|no|without)\s(?:[a-z]+ly\s)?$|n[’']t\s(?:[a-z]+ly\s)?$")

# A signing to come: "will sign", "plans to sign", "is expected to sign", "will witness the signing of",
# "will be signed", "would be signed", "are to be signed" (read before the verb): the documents are being
# drafted.
FUTURE = re.compile(
    r"(?i)\b(?:will|shall|would|could|should|plans?\sto|planning\sto|(?:is|are)\s(?:expected|set|due|scheduled|going|about)\sto|"
    r"to\sbe)\s(?:[a-z]+ly\s|also\s|soon\s|be\s)*$"
)

# A document that is what another one is about, read before it: in "Memorandum of understanding on the
# roadmap for 2025-2027 was signed" the memorandum was signed, not the roadmap.
SUBJECT_OF_A_DOCUMENT = re.compile(
    rf"(?i)\b(?:agreements?|memorand(?:a|um){_MEMO_OF}?|MoUs?|protocols?|"
    r"contracts?|treat(?:y|ies)|deals?)\s(?:on|for|of|to|regarding|about)\s$"
)
# A signing on a condition: "could become a key importer if several contracts are signed".
CONDITIONAL = re.compile(r"(?i)\b(?:if|unless)\s")

# A signing the sentence reports as done before the events of the article, or to come, rather than as
# news: "had signed", "will sign". Read in the words before the verb. ("have signed" is how news reports
# a signing just done: "Rosatom and the ministry have signed a roadmap, the company said".)
NOT_NEWS_TENSE = re.compile(r"(?i)\b(?:had|will|would|to|plan\sto|could|may)\s(?:\w+ly\s|also\s|been\s)*$")
# A sentence that looks back or sums up rather than reporting news: "signed a treaty 30 years ago",
# "Previously, the two sides signed", "back in the 1990s", "so far", "during his previous visit" ("earlier
# today" is news).
RETROSPECTIVE = re.compile(
    r"(?i)\b(?:ago|previously|formerly|in\sthe\spast|back\sin|earlier(?!\s(?:today|this|on|in\sthe\sday))|"
    r"so\sfar|to\sdate|thus\sfar|until\snow|over\sthe\s(?:past|last|years|decades)|in\stotal|altogether|"
    r"(?:previous|prior|past|earlier|last)\s(?:[\w-]+\s)?(?:visits?|trips?))\b"
)
# After the documents, the start of a tally: "have signed over 100 documents since 1991" (before them, as
# in "during his first visit since 2017, the sides signed", it is not).
TALLY_SINCE = re.compile(r"(?i)\bsince\b")
# The passive of the same: "had been signed", "will be signed", "would be signed", "is to be signed", "are
# signed" (habitually).
NOT_NEWS_PASSIVE = re.compile(r"(?i)\bhad\sbeen\b|\b(?:will|would|could|should|to)\sbe\b|\bare\s")
# A year naming a document ("the 1995 agreement") that the one reported amends, replaces or builds on:
# not when the reported one was signed.
NAMES_A_DOCUMENT = re.compile(rf"(?i)\s(?:[\w-]+\s)?{DOC_NOUN}\b")
ANOTHER_DOCUMENT = re.compile(
    r"(?i)\b(?:amend\w*|replac\w*|supersed\w*|under|based\son|implement\w*|extend\w*|renew\w*)\s(?:the\s|their\s)?$"
)
# A sentence telling of a document as another one than those told before: "also signed", "another
# agreement", "a second memorandum", "separately".
ANOTHER_SIGNING = re.compile(
    r"(?i)\b(?:also|another|second|separate(?:ly)?|(?<!to\s)further|additional(?:ly)?|as\swell|besides|other)\b"
)  # "to further cooperation" is a verb, no other document
# A city that is where a signing took place: "in Hanoi", "at the Kremlin in Moscow", "in Vietnam's capital
# Hanoi", "in the Russian capital Moscow". A city named as a side ("Moscow and Hanoi signed") or inside a
# title ("the Hanoi People's Committee") is not.
AT_CITY = re.compile(
    r"(?i)\b(?:in|at)\s(?:the\s)?(?:(?:[\w-]+[’']s|Russian|Vietnamese|northern|southern|central)\s)?"
    r"(?:(?:capital|port|city)\s(?:city\s)?(?:of\s)?)?$"
)

# A group of countries among those who sign or adopt a text: a statement of Russia and ASEAN leaders is
# no Vietnam-Russia document ("Lavrov and Southeast Asian ministers adopted a joint communique").
MULTILATERAL = re.compile(
    r"\b(?:ASEAN|Southeast\sAsian|East\sAsian?|Asia-Pacific|APEC|BRICS|G20|SCO|(?i:regional|multilateral))\b"
)
# Events where many parties sign: "the forum saw the signing of 220 deals", "600 documents are to be
# signed during the forum". A signing there is the two sides' only where the sentence names them.
MANY_PARTIES_EVENT = re.compile(
    r"(?i)\b(?:forum|exhibition|expo|fair|congress|conference|festival|show|edition)\b"
)

# Who "the two sides" of a signing are. A third country's place before these words is where an official
# went, so the pair it gives is the visitor and that country: "visited Tokyo", "during her trip to Laos",
# "arrived in Beijing" (read at the end of the text before the place).
TRIP_TO = re.compile(
    r"(?i)\b(?:visit(?:ed|ing|s)?|(?:visit|trip|tour|journey|travel|stop|stopover|way)s?\s(?:to|of|in)|"
    r"(?:arriv\w+|land\w+|stay\w*|stopp\w+)\s(?:in|at)|(?:flew|flown|travel\w*|went|gone|headed|came|returned)\s"
    r"(?:to|from)|(?:was|were|is|are)\sin)\s(?:the\s)?(?:neighbou?ring\s|nearby\s)?$"
)
# A third country named as a party of what the sentence tells, not in passing ("a US warning"): one of
# two conjoined sides ("China and Russia", "between Laos and Vietnam", "talks with Japan") ...
PARTY_BEFORE = re.compile(r"(?i)\b(?:and|with|between|met|meeting|hosted|host)\s(?:the\s)?$")
# A third country's firm in one side's consortium, which signs with that side rather than as a side of its
# own: "won by Power Machines in consortium with Sumitomo Corporation (Japan) that has signed a contract",
# "together with Japan's Marubeni" (read before the country's name).
CONSORTIUM_PARTNER = re.compile(
    r"(?i)\b(?:in\s(?:a\s)?consortium\swith|together\swith|jointly\swith|in\spartnership\swith|alongside)\s"
    r"(?:[A-Z][\w.&’'-]*\s){0,5}?\(?$"
)
# ... or the country of who acts: "China's leader", "Chinese and Russian officials", "Japanese firms".
PARTY_AFTER = re.compile(
    r"(?i)^(?:[’']s)?\s(?:and\s|(?:top\s|senior\s)?(?:leaders?|officials?|counterparts?|president|prime\sminister|"
    r"premier|(?:foreign\s|deputy\s)?ministers?|ministry|government|side|delegation|hosts?|authorities|"
    r"partners?|firms?|companies|envoy|ambassador|lawmakers|parliament)\b)"
)
# The start of the clause whose subject signs: "..., where the two sides signed", "while China and Russia
# signed", "; Laos and Vietnam signed", "came a week after Russia and China signed".
CLAUSE_BREAK = re.compile(r"[,;:]\s|\s(?:where|while|whereas|but|when|after|before|once|until|as)\s")
# A signing at a place named before: "visited Tokyo, where the two sides signed", "There, the leaders"
# ("there were nine documents" is no place).
WHERE = re.compile(r"(?i)\b(?:where|there(?!\s(?:is|are|was|were|has|have|had|will|would)\b))\b")
# Where the clause of a signing ends after it: "signed nine agreements in Beijing" is where they were
# signed; "signed 11 documents, a day before talks in Beijing" is not.
SIGNING_CLAUSE_END = re.compile(r"[,;:]\s|\s(?:before|after|ahead\sof|following|while|whereas|but|then)\s")
