"""Investment phrasing families, each regex commented with the phrases it targets.

Those searched in a window (the words before a place or a figure, a clause) are ``guarded``: a pattern
opening with ``\\b`` makes re enter its matcher at every position, the guard only where its first
characters are.
"""

from __future__ import annotations

import re

from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.numbers import NUMBER_WORD_PATTERN

# Verbs of an outlay other than "invest", an investment only with money right after them: "will pour around
# $300 million into", "will channel $450 million into", "plough $150 million into", "inject", "committed
# $120 million to" (not "pour cold water on", "committed to boosting trade").
OUTLAY_VERB = (
    r"(?:pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|channel(?:s|led|ling|ed|ing)?|pl(?:ough|ow)(?:s|ed|ing)?|"
    r"inject(?:s|ed|ing)?|commit(?:s|ted|ting)?|sink(?:s|ing)?|sank|sunk)"
)
_MONEY_AHEAD = (
    r"(?=\s(?:(?:an?|some|around|about|approximately|roughly|nearly|almost|up\sto|more\sthan|over|another|"
    r"additional|extra|further|fresh|new)\s){0,3}(?:US\$|\$|USD|VND|€|\d))"
)
OUTLAY = rf"{OUTLAY_VERB}\b{_MONEY_AHEAD}"
# An outlay verb a few words before a figure: "pour around $300 million", "committed an additional $1 billion".
# (Searched before each figure: a sentence with one is worth reading, as if it held a word of INVESTMENT_TRIGGER.)
OUTLAY_BEFORE_FIGURE = guarded(re.compile(rf"(?i)\b{OUTLAY_VERB}\s(?:[\w-]+\s){{0,3}}$"))
OUTLAY_BEFORE = guarded(re.compile(rf"(?i)\b(?:invest|{OUTLAY_VERB}\s(?:[\w-]+\s){{0,3}}$)"))

# A sentence worth reading: "investment projects", "FDI from Russia", "invested $X in", "registered capital".
# One company's outlay: "has spent $500 million on farms", "the project costs $2.7 billion", "The first phase,
# worth $500 million," (other outlays: OUTLAY_BEFORE_FIGURE).
INVESTMENT_TRIGGER = re.compile(
    r"(?i)\b(?:invest\w*|FDI|capital|projects?|spen[dt]\w*|cost(?:s|ing)?|phase|stage)\b"
)

# The words of a side's money in projects: "Russian-invested", "Vietnamese-funded", "Russian-backed".
SIDE_FUNDED_WORDS = r"(?:invested|funded|backed|financed|owned)"
# "199 investment projects", "16 effective investment projects", "171 valid projects", "nearly 200 projects",
# "9 Russian-invested projects", "97 initiated foreign investment projects", "93 separate projects", "106
# separate investments" (counted investments are projects); a count after its projects: "Russian-backed
# projects in Hanoi total 40". The count is digits or number words, never a year ("in 2023 investment
# projects ...") nor an amount ("$2 billion investment projects"): up to three words between it and the noun,
# no article, preposition or money unit among them.
_NOT_PROJECT_MODIFIER = (
    r"(?:the|a|an|of|in|on|at|and|or|to|for|with|from|by|its|their|this|that|these|those|than|more|"
    r"million|billion|trillion|mln|bln|bn|USD|US|dollars?|r[ou]bles?|dong|VND|percent|per)"
)
PROJECTS = re.compile(
    rf"(?i)(?<![$€£.,\d])\b(?!(?:19|20)\d\d\b)(?P<n>\d{{1,3}}(?:,\d{{3}})*|\d+|{NUMBER_WORD_PATTERN})\s"
    rf"(?:(?!{_NOT_PROJECT_MODIFIER}\b)[a-z][\w-]*\s){{0,3}}(?:projects?|investments)\b"
)
PROJECTS_COUNTED_AFTER = guarded(
    re.compile(
        r"(?i)\bprojects?\s[^.;,]{0,50}?\b(?:total(?:led|ed|s)?|number(?:ed|s)?|st(?:an|oo)d\sat|reach(?:ed|es)?|"
        r"(?:rose|increased|grew|came)\sto)\s"
        r"(?P<n>\d{1,3}(?:,\d{3})*)\b(?![.,]?\d|\s(?:million|billion|trillion)|\s?%|\spercent)"
    )
)
# A stock of projects named by its investor's side: "9 Russian-invested projects", "Russian-funded
# enterprises", "projects with Russian capital" (the side is the place right before, or inside, the words).
SIDE_FUNDED = re.compile(
    rf"(?i)(?<=[a-z])[-\s]{SIDE_FUNDED_WORDS}\s(?:[\w-]+\s){{0,2}}?"
    r"(?:projects?|enterprises|companies|firms|businesses|ventures)\b"
    r"|\bprojects?\s(?:with|of|using)\s[A-Z][\w-]*\s(?:capital|investment|investors|funding)\b"
)
# Projects named by their side alone, which a place of the other side hosts or attracts: "Ba Ria-Vung Tau is
# home to 15 Russian projects", "Khanh Hoa has 12 Russian FDI projects" (no investment word of its own: "17
# Russian projects" alone may be aid or contracts).
SIDE_PROJECTS = re.compile(r"(?i)(?<=[a-z])\s(?:(?:FDI|investment|direct\sinvestment)\s)?projects?\b")
# A stock of projects run by a side's firms, with the money they are worth: "Russian firms currently run 220
# projects worth a combined $990 million", "Vietnamese companies implement 22 projects with total registered
# capital of $3 billion", "Russian businesses in Vietnam hold 180 projects capitalised at $1.2 billion". The
# money words are required: firms "run 20 construction projects" may be contractors, not investors (nor
# "..., and trade is worth $5 billion").
SIDE_FIRMS_PROJECTS = re.compile(
    r"(?i)\b(?:firms|companies|investors|businesses|enterprises|corporations)\s"
    r"(?:(?:based\s)?in\s(?:[A-Z][\w-]*\s){1,3})?(?:(?:currently|now|still|already|together|jointly|"
    r"collectively|also|are|have|had)\s){0,2}"
    r"(?:run(?:s|ning)?|ran|operat(?:e|es|ed|ing)|ha(?:ve|s|d)|hold(?:s|ing)?|held|implement(?:s|ed|ing)?|"
    r"own(?:s|ed)?|manag(?:e|es|ed|ing)|maintain(?:s|ed|ing)?)\s"
    r"(?:(?:a\stotal\sof|more\sthan|over|nearly|almost|about|around|some|roughly|approximately|at\sleast)\s)?"
    r"(?:\d[\d,]*|[a-z]+)\s(?:[\w-]+\s){0,3}?projects?\b"
    r"(?:(?!trade|turnover|exports?|imports?)[^.;]){0,40}?\b(?:worth|valued\sat|capital|capitali[sz]ed\sat)\b"
)
# The words between the investor's side and SIDE_FIRMS_PROJECTS: "Russian firms", "Vietnam's private
# companies", "Russian oil and gas firms".
SIDE_BEFORE_FIRMS = re.compile(r"(?:[’']s)?\s(?:[a-z-]+\s){0,3}$")
# A host named by its kind, the city or province named before: "15 projects with Russian capital in the
# province".
HOST_REFERENCE = guarded(re.compile(r"(?i)\b(?:in|into)\s(?:the|this)\s(?:province|city|locality)\b"))

# The host of a side's stock named as "the country": "Russia had 125 projects in the country" (the other side).
COUNTRY_HOST = guarded(re.compile(r"(?i)\b(?:in|into)\sthe\scountry\b(?!['’]s)"))

# The investor's side before its verb: "Russia has 199 investment projects in Vietnam",
# "Vietnam has invested in 16 projects in Russia", "Russian investors have poured $X into".
# "Vietnam is operating 17 projects worth $2.5 billion in Russia", "Russia is implementing 120 projects".
HAS_PROJECTS = re.compile(
    r"(?i)\b(?:has|have|had|owns?|runs?|running|operates?|operating|maintains?|maintaining|"
    r"implement(?:s|ing)|invested\sin|with|"
    # more tenses, right before a count of projects: "Vietnam ran 20 projects worth $3 billion in Russia",
    # "Russia held 120 projects" (not "held talks on 20 projects", "ran for office")
    r"(?:ran|operated|owned|maintained|implemented|holds?|held|holding)"
    r"(?=\s(?:(?:a\stotal\sof|more\sthan|over|nearly|almost|about|around|some)\s)?\d[\d,]*\s(?:[\w-]+\s){0,3}?projects?\b))\b"
)

# A stock of projects told by what they are worth, with no investment word: "Vietnam is operating 17 projects
# worth $2.5 billion in Russia", "Vietnam has 21 projects in Russia, with capital totalling $1.9 billion",
# "followed by Hanoi with 20 projects capitalised at $96 million" (not "... projects, and trade is worth").
PROJECTS_WORTH = re.compile(
    r"(?i)\bprojects?\b(?:(?!trade|turnover|exports?|imports?|revenue|loans?|credit)[^.;]){0,50}?"
    r"\b(?:worth|valued\sat|capital|capitali[sz]ed\sat|capitali[sz]ation|totall?ing)\b"
)

# Capital that is an investment stock, with no investment word: "Vietnam's total registered capital in Russia
# is $1.6 billion", "Russia's accumulated investment capital in Vietnam" (not "the capital Hanoi").
CAPITAL_STOCK = re.compile(
    r"(?i)\b(?:registered|investment|charter|accumulated|invested|disbursed)\s(?:and\s[a-z]+\s)?capital\b"
)

# The host after "to" when an investment noun leads to it: "Russian direct investment capital to Vietnam",
# "FDI inflows to Russia" (searched in the words right before the place; not "trade flows to Russia").
INVESTMENT_TO = guarded(
    re.compile(r"(?i)\b(?:investments?|FDI|capital|inflows?)\s(?:[\w-]+\s){0,2}?to\s(?:the\s)?$")
)

# The investor told as a source of the host's investment, the host named with "'s" right before:
# "Russia is Vietnam's 18th largest source of foreign investment", "Vietnam's ninth biggest investor",
# "Russia's top Asian investor" (read right after the host's place, whose mention may hold the "'s").
HOST_POSSESSIVE = re.compile(
    r"(?:[’']s|(?<=[’']s))\s(?:[\w-]+\s){0,4}?(?:investor\b|sources?\sof\s(?:[\w-]+\s){0,2}?(?:investment|FDI|capital)\b)"
)
# The investor before the host of HOST_POSSESSIVE: "Russia is", "Russia has become", "Russia remains".
INVESTOR_IS = re.compile(
    r"^\s(?:(?:now|currently|still|also|again)\s)?(?:is|was|has\sbeen|had\sbeen|became|has\sbecome|"
    r"remains|remained|ranks\sas|ranked\sas)\s(?:(?:now|currently|still|also|again)\s)?$"
)

# The subject of a sentence that stands for a place named before: "The city has 30 investment projects in
# Russia", "It is now home to 10 FDI projects by Russia", "Currently, the province hosts ..." (an adverb and
# comma may lead). ``city`` names its kind: only a city or province is meant.
PLACE_REFERENCE = re.compile(
    r"(?i)(?:(?:currently|now|today|at\spresent|so\sfar|to\sdate|meanwhile|besides|moreover|in\saddition|"
    r"also),?\s)?(?P<ref>(?P<city>(?:the|this)\s(?:city|province|locality|municipality|region))|it)\b"
)

# The investor after "of" right after an investment noun: "the accumulated investment of Russian firms in
# Vietnam", "the capital of Vietnamese businesses in Russia" (searched in the words right before the place).
INVESTMENT_OF = guarded(
    re.compile(
        r"(?i)\b(?:investments?|FDI|(?:investment|registered|total|accumulated|charter|invested)\scapital|stakes?)"
        r"\s(?:[\w-]+\s){0,2}?of\s(?:the\s)?$"
    )
)

# "investment from Russia", "FDI from Russia", "capital from Russian investors"
FROM_INVESTOR = re.compile(r"(?i)\b(?:investment|investments|FDI|capital|investors?)\s(?:\w+\s){0,2}from\s$")

# "Hanoi has attracted $167.5 million in FDI from Russia", "Vietnam attracted ... from Russia"
ATTRACTED = re.compile(r"(?i)\b(?:attract\w*|receiv\w*|lur\w+|draw\w*|drew|absorb\w*|welcom\w+)\b")

# "total capital of about US$990 million", "registered capital of $970 million", "worth $X", "invested $X", "the
# 26th largest investor in Vietnam, with $990 million"
CAPITAL_BEFORE = re.compile(
    r"(?i)(?:capital|investments?|invested|investor\b|FDI|funding|worth|valued\sat|totall?ing|total(?:\sof)?|investment\scapital\sof)[^.;]{0,40}$"
)

# A verb that gives a total its amount, the investment named earlier in the clause: "the total
# investment capital of Vietnamese firms in Russia came to $3.8 billion", "Russia's investment in the
# province has reached $40 million", "... rose to about $3 billion", "... hit $1 billion".
TOTAL_VERB_BEFORE = guarded(
    re.compile(
        r"(?i)\b(?:c[oa]mes?\sto|reach(?:ed|es)?|st(?:ood|ands?)\sat|totall?(?:ed|s)|amount(?:ed|s)?\sto|"
        r"(?:rose|risen|rises|increased|grew|grown|climbed|jumped|surged|soared)\sto|hit|exceed(?:ed|s)|"
        r"surpass(?:ed|es)|topp?(?:ed|s))\s(?:(?:about|around|roughly|some|nearly|almost|over|more\sthan|"
        r"approximately|an\sestimated|just|close\sto|only)\s)*$"
    )
)

# A stock told as a change between two amounts: "has increased from $100 million in 2008 to $2.4 billion
# currently", "rose sharply to $3 billion in 2023 from only about $100 million in the early 2000s". Each amount
# is a fact; the words right before each say which is which.
CHANGE_VERB = guarded(
    re.compile(
        r"(?i)\b(?:increas\w*|rose|ris(?:en|es|ing)|grew|grow(?:n|s|ing)|climb\w*|jump\w*|surg\w+|soar\w*|"
        r"doubl\w+|tripl\w+|expand\w*|declin\w+|fell|fall(?:en|s|ing)|drop\w*|decreas\w+|went\s(?:up|down))\b"
    )
)
_CHANGE_QUALIFIERS = (
    r"(?:(?:only|just|about|around|some|roughly|nearly|almost|over|more\sthan|less\sthan|under)\s)*"
)
CHANGED_FROM = guarded(re.compile(rf"(?i)\bfrom\s{_CHANGE_QUALIFIERS}$"))
CHANGED_TO = guarded(re.compile(rf"(?i)\bto\s{_CHANGE_QUALIFIERS}$"))

# A stock an outlay brings to its new total, told after the outlay: "poured $200 million into Vietnam last
# year, bringing their total capital there to $1.5 billion", "raising its total investment in Russia to
# $3.2 billion", "taking the tally to $2 billion" (the words right before the total).
TOTAL_BROUGHT_BEFORE = guarded(
    re.compile(
        r"(?i)\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|push(?:es|ed|ing)?|tak(?:e|es|ing)|"
        r"took|boost(?:s|ed|ing)?)\s(?:the|its|their)\s(?:[\w-]+\s){0,2}?(?:total|tally|stock|capital|"
        rf"investments?)\b[^.;$]{{0,50}}?\bto\s{_CHANGE_QUALIFIERS}$"
    )
)

# Where a clause with another subject begins between an investment and a total's verb: "Russian investment
# in Vietnam is modest, and Vietnam's GDP reached $400 billion", "..., whose economy grew to", "... but
# tourists' spending reached" (not "oil and gas firms").
OTHER_SUBJECT = guarded(
    re.compile(
        r"(?i);|,\s(?:and|but)\b|\b(?:whose|which|while|whereas|although|but)\b|"
        r"\band\s(?:the|its|their|this|these|[A-Z][\w-]*[’']s)\b"
    )
)

# A rank among investors: "ranking 26th among the 147 countries", "ranks 23rd out of 143", "fourth among 81",
# told with other verbs of a place in a list: "stands 26th among 148", "is 26th of 148", "placed 9th out of 140".
RANK = guarded(
    re.compile(
        r"(?i)\b(?:rank(?:s|ed|ing)?|stand(?:s|ing)?|stood|is|was|plac(?:es|ed|ing)|comes?|came|coming)\s(?:the\s)?(?P<pos>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
        r"(?:\s(?:largest|biggest))?\s(?:among|out\sof|of)\s(?:the\s)?(?P<of>\d{1,4})\b"
    )
)

# Figures that are not a cross-border investment stock: "accumulated FDI exceeding $250 billion" of
# one side alone is caught by requiring both sides; these words mark other money.
NOT_INVESTMENT_MONEY = guarded(
    re.compile(r"(?i)\b(?:trade|turnover|exports?|imports?|revenue|loans?|credit|aid)\b")
)

# The investor's rank given as an ordinal investor: "the 23rd largest investor among 143 countries",
# "its 9th biggest foreign investor out of 140", "the 26th largest investor in Vietnam among 148 countries".
RANK_AS_INVESTOR = re.compile(
    r"(?i)\b(?P<pos>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
    r"\s(?:largest|biggest)\s(?:foreign\s)?investor\s(?:in\s(?:[A-Z][\w-]*\s){1,3})?(?:among|out\sof|of)\s(?:the\s)?"
    r"(?P<of>\d{1,4})\b"
)

# An investment is named by these words: "invested", "FDI", "poured $X into", "pumped $X into".
INVESTMENT_WORD = re.compile(rf"(?i)\b(?:invest\w*|FDI|poured|pumped|{OUTLAY})\b")

# Clauses of one sentence that may each report a side's investment: "Russia has 200 projects in
# Vietnam, while Vietnam's investment in Russia rose to $3 billion"; "...in Vietnam; Vietnam has ...".
# Every break holds ";" or one of CLAUSE_WORDS: a sentence without them is one clause, found unscanned.
# A comparison told after the stock ("..., making Russia one of its top destinations, along with Laos and
# Cambodia", "..., far behind South Korea") is a clause of its own: its third countries are not the stock's.
CLAUSE_WORDS = ("while", "whereas")
COMPARISON_WORDS = (
    "making",
    "placing",
    "putting",
    "ranking",
    "behind",
    r"ahead\sof",
    r"along\swith",
    "trailing",
)
CLAUSE_BREAK = re.compile(
    rf"(?i);\s|,?\s(?:{'|'.join(CLAUSE_WORDS)})\s|,\s(?:far\s)?(?:{'|'.join(COMPARISON_WORDS)})\s"
)

# A total stated as it stands, in the present tense, right before its amount: the stock as of the report, as
# "currently" gives. "Vietnamese investment in Russia stands at about $2 billion", "Russia's total investment
# in Vietnam amounts to / totals / is estimated at $990 million", "Russian FDI in Vietnam is worth around $1
# billion" (not "stood at", "reached", "has reached": a past total keeps no date it does not give).
PRESENT_STOCK_BEFORE = guarded(
    re.compile(
        r"(?i)\b(?:stands?\sat|amounts?\sto|totals|comes?\sto|runs\sto|is|are)"
        r"(?:\s(?:now|currently|estimated|valued|put|reckoned|thought|worth|at|about|around|roughly|some|nearly|"
        r"almost|over|more\sthan|less\sthan|approximately|close\sto|an\sestimated|just|under))*\s$"
    )
)
# A year right after an amount is the date of that stock: "rose to $2 billion in 2022".
# "invested $300 million in Russia in 2022": past the place the amount went to.
YEAR_AFTER_AMOUNT = re.compile(
    r"^\s(?:(?:in|into|to)\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}\s)?(?:(?:in|by|as\sof)\s(?:the\send\sof\s)?)?$"
)

# The investor after "by": "127 FDI projects run by Russia", "capital owned by Russian investors", "the largest
# investment into Russian farming by a Vietnamese firm" (not "a forum organised by Russia").
INVESTOR_BY = guarded(
    re.compile(
        r"(?i)(?:\b(?:run|owned|operated|held|funded|financed|invested|backed|registered|implemented|projects?)\sby|"
        r"\binvest\w*\s(?:in|into)\s(?:[\w-]+\s){1,3}by)\s(?:the\s|an?\s)?$"
    )
)

# A city or province in a breakdown of one side's stock by locality, with its own count (and amount): "Khanh
# Hoa province tops the list with 8 projects worth $1.1 billion, followed by Hanoi with 20 projects
# capitalised at $96 million", "Hanoi came second with 40 projects", "Khanh Hoa comes second with 17 projects
# and around $210 million" (read right after the place; "Hanoi has 40 projects ..." is a sentence's own stock).
LOCALITY_PROJECTS = re.compile(
    # an apposition may stand between: "Ba Ria-Vung Tau, home to the Vietsovpetro joint venture, leads with"
    r"(?i)(?:\s(?:province|city|municipality))?(?:,\s[^,;.]{2,80},)?,?\s(?:[\w-]+\s){0,4}?with\s"
    r"(?:(?:about|around|some|nearly|almost|over|more\sthan|a\stotal\sof)\s)*"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORD_PATTERN})\s(?:[\w-]+\s){{0,3}}?projects?\b"
)

# A locality's amount told right after its count: "with 17 projects and around $210 million".
LOCALITY_AMOUNT_AFTER = re.compile(
    r"(?i)^(?:,|\s(?:and|worth))\s(?:(?:about|around|nearly|almost|over|some|more\sthan|roughly)\s)?$"
)
# A side's investment named as such, which a breakdown by locality in the next sentence goes on with: "Most of
# the Russian capital is concentrated in energy", "Russian investment goes mostly to the south".
SIDE_INVESTMENT_AFTER = re.compile(r"(?i)^(?:[’']s)?\s(?:capital|investment|investors|FDI|funds)\b")

# A company's capital told right after its name: "The Hanoi-Moscow Trade Centre Company, with registered
# capital of $190 million, ...", "Vietsovpetro, capitalised at $1.5 billion, ...", "X (worth $50 million)".
CAPITAL_AFTER_NAME = re.compile(
    r"(?i)(?:,|\s\()\s?(?:(?:with|having)\s(?:an?\s|the\s)?(?:total\s)?(?:registered\s|investment\s|charter\s|"
    r"authori[sz]ed\s|initial\s)?capital(?:\sof)?|capitali[sz]ed\sat|worth|valued\sat)\s"
    r"(?:(?:about|around|some|nearly|almost|over|more\sthan|approximately)\s)*$"
)

# A figure's dollar equivalent in brackets right after it: "19 billion rubles (more than US$210 million)",
# "VND 5 trillion (about $215 million)" (read between the two figures).
DOLLARS_IN_BRACKETS = re.compile(
    r"\s?[(\[]\s?(?:(?:or|about|around|roughly|approximately|nearly|almost|over|more\sthan|some|equal\sto|"
    r"equivalent\sto|approx\.|~)\s?)*$"
)

# The investing company named right after the investment word: "the joint venture project invested by
# PetroVietnam", "a plant funded by the Russian group Sibur".
INVESTED_BY_AFTER = re.compile(r"\sby\s(?:the\s|an?\s)?")
# The words that may stand between "by" and the company's name: its side and kind ("invested by Russia's
# Medsi group", "by Vietnamese dairy firm Moc Chau").
WORDS_BEFORE_NAME = re.compile(r"(?:[\w-]+(?:[’']s)?\s){0,3}")

# Where a projects stock is hosted by the place before and run by the place after: "Vietnam has been home
# to 127 FDI projects run by Russia", "Hanoi hosts 40 projects owned by Russian firms".
HOSTS = re.compile(r"(?i)\b(?:home\sto|host(?:s|ed|ing)?|houses|housed)\b")

# A company introduced with its side, read right after a place of that side: "Vietnamese dairy company
# TH Milk", "Vietnam's dairy group TH True Milk", "Russian energy giant Novatek", "Russian steelmaker
# Severstal", "Russian miner Polyus", "Russian bank Sovcombank".
COMPANY_NOUNS = (
    "company", "group", "firm", "producer", "maker", "manufacturer", "corporation", "giant",
    "conglomerate", "enterprise", "holding", "investor", "major",
    r"[a-z]+maker", r"[a-z]+producer", "miner", "bank", "lender", "developer", "operator", "supplier",
    "retailer", "carrier", "airline", r"[a-z]*builder", "contractor", "start-?up", "distributor",
    "processor", "concern", "exporter",
)  # fmt: skip
_COMPANY_NAME = r"(?P<name>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})"
COMPANY_INTRO = re.compile(
    # also based in a place of that side ("Hanoi-based garment maker Viet Tien"), or set off by commas
    # ("a Vietnamese company, Song Da Textile, will ...")
    rf"(?:[’']s|-based)?\s(?:[a-z-]+\s){{0,3}}?(?:{'|'.join(COMPANY_NOUNS)}),?\s{_COMPANY_NAME}"
    # with no noun, a name of one side whose outlay follows: "Russia's Uralchem plans to invest",
    # "Kazan-based Tatchem will pour $1 billion" (not "Russia's Deputy Prime Minister said investment ...")
    # the name between the side and its noun: "Vietnam's TH corporation", "Russia's Sibur group"
    rf"|(?:[’']s|(?<=[’']s))\s{_COMPANY_NAME.replace('name', 'lead')}\s(?:{'|'.join(COMPANY_NOUNS)})\b"
    rf"|(?:[’']s|(?<=[’']s)|-based)\s{_COMPANY_NAME.replace('name', 'bare')}\s(?=(?:says\s|said\s)?(?:that\s)?(?:it\s)?"
    r"(?:(?:plans|planned|intends|intended|aims|is\sset|was\sset|is\sgoing|has\sdecided|decided|hopes|wants)"
    r"\sto\s|will\s|would\s|is\s|has\s|had\s)?(?:also\s|now\s|soon\s|already\s)?"
    rf"(?:invest(?:s|ed|ing)?|spen(?:ds?|ding|t)|{OUTLAY_VERB})\b)"
)

# A described company after a preposition is no subject of its own outlay: "a loan from a Russian bank", "a
# contract with a Vietnamese firm", "won by a Russian company" (the words right before its side).
AFTER_PREPOSITION = guarded(re.compile(r"(?i)\b(?:from|with|to|by|for|of|on|against)\s(?:an?\s|the\s)?$"))
# A sentence whose subject is a company referred back to, spending on its project: "The firm will pour $350
# million into phase one", "The Vietnamese private group will invest about $1.9 billion" (not "The
# project costs $1 billion": a project's cost, for a company only described before, may be a contractor's).
COMPANY_SUBJECT_OUTLAY = re.compile(
    rf"(?i)(?:the|this|that)\s(?:[\w-]+\s){{0,3}}?(?:{'|'.join(COMPANY_NOUNS)})\s(?:[\w-]+\s){{0,4}}?"
    rf"(?:invest\w*|{OUTLAY_VERB}|spen[dt]\w*)\b"
)

# A company named before an apposition that gives its side: "Volga Steel, Russia's largest steelmaker, will
# invest", "Song Da, a Vietnamese textile firm, said": the noun after the place, the name before it.
APPOSITION_NOUN = re.compile(rf"(?:[’']s)?\s(?:[\w-]+\s){{0,3}}?(?:{'|'.join(COMPANY_NOUNS)}),")
NAME_BEFORE_APPOSITION = re.compile(rf"{_COMPANY_NAME},\s(?:an?\s|the\s)?$")
# A company described by its side with no name, that "the firm" may later stand for: "Vietnam's giant milk
# company", "a Vietnamese private company", "the Russian investor" (one company: the singular noun; not one
# introduced by its name, "Russian energy giant Novatek", which COMPANY_INTRO reads).
DESCRIBED_COMPANY = re.compile(
    rf"(?:[’']s)?\s(?:[a-z-]+\s){{0,3}}?(?:{'|'.join(COMPANY_NOUNS)})\b(?![-’']|,?\s[A-Z(])"
)

# A city invested in directly, which is then the host itself: "invest $200 million in Hanoi", "pour
# $1 billion into Ho Chi Minh City". A city that only places the project ("a plant in Kaluga", "a complex in
# Ivanovo, Russia") leaves the host to its side, as the country the company invests in.
DIRECT_HOST_BEFORE = guarded(
    re.compile(
        rf"(?i)(?:\binvest\w*|\b(?:million|billion|trillion|bln|mln|bn|USD|dollars?|r[ou]+bles?|dong)|"
        rf"\b{OUTLAY_VERB})\s(?:in|into)\s$"
    )
)

# A sentence about the project of a company named before: "the plant", "the group's investment",
# "the project costs", "this facility", "Phase one".
PROJECT_REFERENCE = re.compile(
    r"(?i)\b(?:the|this|its|their)\s(?:[\w-]+\s){0,2}?"
    r"(?:plant|project|factory|facility|complex|farms?|venture|group|company|firm|phase|stage)\b|"
    r"(?i:\b(?:phase|stage))\s(?:one|two|three|I{1,3}|[1-3])\b"
)

# The words of one company's outlay on a project: "is investing $630 million", "has spent over $500 million
# building farms", "the project costs US$2.7 billion", "worth $2.7 billion".
# "The firm will pour $350 million into phase one", "the cost of the project exceeds $1.9 billion".
# A phase of the project told with its worth is its outlay too: "The first phase, worth about $500 million,".
PROJECT_MONEY_WORD = re.compile(
    rf"(?i)\b(?:invest\w*|FDI|{OUTLAY_VERB}|spen[dt]\w*|cost(?:s|ing)?)\b|"
    r"\b(?:phase|stage)(?:\s(?:one|two|three|I{1,3}|[1-3]))?,?\s(?:worth|valued\sat)\b"
)
PROJECT_MONEY_BEFORE = guarded(
    re.compile(
        rf"(?i)\b(?:invest\w*|{OUTLAY_VERB}|spen[dt]\w*|cost(?:s|ing)?|worth|valued\sat|capital\sof|"
        r"an\samount\sof)[^.;]{0,25}$|\b(?:cost|investment)\s(?:of|in)\s[^.;]{0,35}$"
    )
)
# An amount told as the size of a project, right before it: "the US$2 billion joint venture project invested
# by ...", "a $500 million plant" (in a sentence with an outlay word: PROJECT_MONEY_WORD).
MONEY_OF_PROJECT_AFTER = re.compile(
    r"(?i)\s(?:[\w-]+\s){0,4}?(?:project|plant|factory|facility|complex|venture)\b"
)
# An amount whose outlay word follows it: "US$155 million is to be invested in", "$2 billion will be spent".
MONEY_INVESTED_AFTER = re.compile(
    r"(?i)\s(?:is|are|was|were|has\sbeen|have\sbeen|will\sbe)\s(?:to\sbe\s)?(?:\w+\s)?"
    r"(?:invested|spent|poured|earmarked|allocated)\b"
)
