"""Trade phrasing families, each regex commented with the phrases it targets."""

from __future__ import annotations

import re

from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.numbers import NUMBER_WORD_PATTERN


def _compile(pattern: str) -> re.Pattern[str]:
    """A pattern searched in clauses and short windows, where re enters the matcher at every position:
    with a first-character guard (``regex_guard``), the same matches for less."""
    return guarded(re.compile(pattern))


# "sold"/"shipped" is trade when a market follows it ("goods shipped to Russia") or a figure does, whose
# market then follows the figure ("Vietnam sold $1.7 billion of goods to Russia", "shipped goods worth
# $1.8 billion to Russia").
_SALE = (
    r"(?:sales|sold|shipped)(?=\s(?:\w+\s)?to\s)|"
    # a market as indirect object: "Russia supplied Vietnam with fertiliser worth", "supplies to Russia"
    r"(?:supplies|supplied)(?=\s(?:\w+\s)?(?:to|with)\s)|"
    # "sales of farm produce to Russia", "sales of rice and coffee to Russia"
    r"sales(?=\sof\s(?:[\w-]+,?\s){1,6}to\s)|"
    # (or the end of the words before a figure, where they are searched alone)
    r"(?:sold|shipped)(?=\s(?:goods\s|products\s|\w+\s)?(?:worth\s)?(?:US\$|\$|USD|\d|$))"
)
# A side's role as a seller to a market is trade: "Vietnam was the fourth largest supplier of mango and
# guava to Russia, worth $807,000", "the third biggest tuna supplier to Russia", "the leading exporter of
# pepper to Russia"; and a buyer's rank (the sides are read by TRADE_ROLE).
_ROLE = (
    r"suppliers?(?=\s(?:of\s(?:[\w,-]+\s){1,6}?)?to\s)|exporters?(?=\sof\s(?:[\w,-]+\s){1,6}?to\s)|"
    # a buyer ranked: "Russia was the 10th largest importer of Vietnamese coffee", "the biggest buyer of"
    r"(?<=largest\s|biggest\s|leading\s)(?:importers?|buyers?|purchasers?)(?=\sof\s)"
)
ROLE_WORD = re.compile(r"(?i)suppliers?|exporters?|importers?|buyers?|purchasers?")
# "bought"/"purchased" is trade when its goods come from a side ("wheat bought from Russia", "purchases of
# Russian coal") or when a figure or a quantity follows it ("bought $300 million worth of Russian wheat",
# "bought 2 million tonnes of Russian fertiliser"), or a side's goods with their value ("purchased Russian
# wheat worth $300 million"); not "Masan bought a stake".
_PURCHASE = (
    r"(?:bought|purchased)(?=\s(?:\S+\s){0,5}from\s)|purchases(?=\sof\s)|"
    # (or the end of the words before a figure, where they are searched alone)
    r"(?:bought|purchased)(?=\s(?:goods\s|products\s|\w+\s)?(?:worth\s)?(?:US\$|\$|USD|\d|$)|"
    r"\s(?-i:[A-Z])[\w-]*\s(?:(?-i:[a-z])[\w-]*\s){1,3}(?:worth|valued|for)\s)"
)
# The verbs of a purchase, which is trade only when goods are bought: not "bought 2 million shares".
PURCHASE_VERB = re.compile(r"(?i)bought|purchased|buying|purchasing")
# Words of goods in general, named with a purchase: "bought $2 billion worth of goods from Russia".
GOODS_WORD = _compile(r"(?i)\b(?:goods|products|merchandise|commodities|cargo)\b")
# A sentence worth reading for trade: "trade turnover", "two-way trade", "exports to Russia",
# "coffee sales to Russia", "goods shipped to Russia".
# ("commerce" after a word making it two sides': "two-way commerce", not "the Ministry of Commerce"; one
# literal start, "commerce", for the sentence scan)
_COMMERCE = r"(?:(?<=two-way\s)|(?<=bilateral\s)|(?<=mutual\s))commerce"
TRADE_TRIGGER = re.compile(
    r"(?i)\b(?:trade|turnover|exports?|imports?|exported|imported|shipments?|export-import|import-export|"
    rf"{_COMMERCE}|"
    # the earnings of a flow's verb: "earned $90 million from exporting (shipping) rice to Russia"
    r"exporting|importing|(?:shipping|selling)(?=\s(?:[\w-]+\s){1,5}to\s)|"
    rf"{_SALE}|{_PURCHASE}|{_ROLE}|"
    # goods earning their worth, where the market in focus is one side (GOODS_EARNING)
    r"raked\sin|earned|fetched|grossed|brought\s(?:in|back|home))\b"
)

# The trade word that a money figure must follow in its clause: "trade volume reached $4.59 billion",
# "exports to Russia were $2.03 billion", "turnover hit 7.1 billion USD".
TRADE_WORD = _compile(
    r"(?i)\b(?:trade|turnover|exports?|imports?|exported|imported|shipments?|export-import|import-export|"
    rf"{_COMMERCE}|"
    rf"{_SALE}|{_PURCHASE}|{_ROLE})\b"
)

# A figure named before its trade word: "$5 billion in two-way trade", "US$3.5 billion of bilateral trade".
# (One run of spaces per gap: two adjacent optional runs made a line of spaces quadratic.)
TRADE_AFTER_MONEY = re.compile(
    r"(?i)^\s*(?:(?:in|of|on|from|worth\sof)\s+)?(?:bilateral\s|two-way\s|mutual\s|total\s)?"
    rf"(?:trade|turnover|exports?|imports?|{_COMMERCE})\b"
)
# The flow of such a figure: "$1.7 billion from exports to Russia", "$900 million on imports from Russia".
FLOW_AFTER_MONEY = re.compile(
    r"(?i)\s(?:(?:in|of|on|from|worth\sof)\s)?(?:total\s)?(?P<w>exports?|imports?)\b"
)

# Goods as the subject of a verb of earning, where the market in focus is one side: their exports to that
# market ("Exports to Russia fell. Phones and components, for instance, raked in nearly $5 million in March,
# while machinery earned $4.7 million"). The clause before the figure: an opener, the goods (checked as
# goods' words where used), an aside, the verb. Not "Vinamilk earned" (a name is no goods).
GOODS_EARNING = re.compile(
    r"(?:^(?:(?:In|During|Meanwhile|Similarly|Also|Notably|Likewise)\b[^,]{0,30},\s)?|"
    r"[,;]\s(?:while|whereas|and|but)\s|\s(?:while|whereas)\s)"
    r"(?P<goods>[\w-]+(?:,?\s[\w-]+){0,6}?)"
    r"(?:,\s(?:for\sinstance|for\sexample|in\sparticular|alone|meanwhile),)?\s(?:alone\s|also\s|only\s)?"
    r"(?:raked\sin|earned|fetched|grossed|brought\s(?:in|back|home))\s"
    r"(?:(?:about|around|nearly|almost|over|more\sthan|some|just|only|roughly)\s)?$"
)

# Words one of which every GOODS_EARNING match holds: a clause with none of them is not searched.
EARNING_HINT = re.compile(r"(?i)raked|earned|fetched|grossed|brought")

# A dateline before a sentence's own words: "HCM CITY —", "Hanoi (VNA) –", "MOSCOW, March 3 (Reuters) -",
# "VOV.VN - ". Capitals, else a name with its agency in brackets ("Vietnam – Russia trade" is none).
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.’'-]+(?:\s[A-Z][A-Z.’'-]+){0,3}(?:,\s[\w\s.]{1,20}?)?|[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){0,2}(?=\s\())"
    r"(?:\s\((?:[A-Z][\w./]*\s?){1,3}\))?\s?[—–-]{1,2}\s"
)
# What breaks a trade word's phrase from a place named near it: a clause ("the consul general in HCMC, X,
# said trade"), brackets or a dash ("Hanoi (VNA) – Exports").
PHRASE_BREAK = re.compile(r"[,;:()—–]|\s-\s")

# A trade word inside a proper name is no subject of a figure: "the World Trade Centre", "the Ministry of
# Industry and Trade", "the Committee on Trade", "the Trade Representative Office", "Free Trade Agreement".
# The capitalised word before it (maybe joined by "of"/"and"/"on"/"&") or right after it.
NAME_BEFORE = re.compile(r"[A-Z][\w.-]*\s(?:(?:of|and|on|for|&)\s(?:[A-Z][\w-]*\s)?)?$")
NAME_AFTER = re.compile(r"\s(?:[A-Z][a-z]|&\s[A-Z])")
LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")
# A flow coordinated right after another figure's, which it shares the owner of: "Exports from Russia rose
# 64% to $1.07 billion, while import turnover surged 41% to $1.43 billion" (Russia's imports), "Vietnam
# exported goods worth $1.5 billion to Russia, and imported goods worth" (Vietnam's); a few words of its goods
# may stand between ("and coffee exports"), not a name or the world's ("while global exports").
# A flow opening the breakdown of all trade told before it in its sentence: "Vietnam's turnover with Russia was
# $2.3 billion, of which exports were" (the owner of the whole is read where used).
BREAKDOWN_OPENER = re.compile(r"(?i)[,;]\s(?:of\swhich|in\swhich|among\swhich|including)\s(?:the\s)?$")
COORDINATED_FLOW = _compile(
    r"(?:[,;]\s|\s)(?:and|while|whereas|but)\s(?:the\s)?(?!(?:global|world|worldwide)\b)(?:[a-z][\w-]*\s){0,3}$"
)

# A figure whose worth is that of a thing named in a clause of its own after the trade word, not the trade's:
# "shipped rice to Russia, and a new port worth $90 million opened", "...; a processing plant valued at".
OTHER_WORTH = _compile(
    r"(?i)(?:;|,?\s(?:and|but|while|whereas))\s(?:a|an|the|its|their|this|that|another)\s"
    r"(?:(?!(?:is|are|was|were|be|been)\s)[\w-]+\s){1,4}(?:worth|valued\sat|costing)\s(?:about\s|around\s|some\s)?$"
)
# The flow of a figure told after it behind its goods: "earned $300 million from cashew nut shipments to
# Russia", "$45 million in rubber sales", "$1 billion on Russian fertiliser imports"; or by the verb of the
# flow: "earned $90 million from exporting (shipping, selling) rice to Russia", "spent $600 million on
# buying Russian coal". The goods are checked as
# goods' words where it is used (trade_commodity.goods_flow_after_figure).
GOODS_FLOW_AFTER_MONEY = re.compile(
    r"\s(?:(?:in|on|from)\s(?P<goods>(?:[\w-]+,?\s){0,5}?)(?P<w>exports|imports|shipments|sales)\b"
    # the goods after the flow word: "$300 million from exports of cashew nuts to Russia"
    r"(?P<of>\sof\s)?|"
    r"(?:from|on)\s(?P<verb>exporting|shipping|selling|importing|buying|purchasing)\s)"
)

# Words between the trade word and the figure that make the figure something else:
# "trade ... attracted $167.5 million in FDI", "trade services ... registered capital of $990 million".
NOT_TRADE_MONEY = _compile(
    r"(?i)\b(?:invest\w*|FDI|capital|loans?|credit|budget|aid|grants?|GDP|debt|funds?|fund(?:ed|ing)|"
    r"market\s(?:cap|value)|salar\w+|tourists?\srevenue|"
    # the balance of trade is no trade: "trade surplus with Russia reached $1 billion", "a trade deficit of"
    r"surplus(?:es)?|deficits?|balance|imbalance)\b"
)
# A figure named as a balance right after it: "a $1 billion trade surplus", "$500 million in trade deficit".
BALANCE_AFTER = re.compile(r"(?i)^\s(?:(?:in|of)\s)?(?:a\s)?(?:[\w-]+\s){0,2}?(?:surplus|deficit|balance)\b")

# A sentence that details the one before, whose subject (a commodity's trade) it keeps: "In particular,
# shipments to Russia in June ...", "Of this, sales to Russia ...", "Specifically, exports to Russia ...".
ELABORATION = re.compile(
    r"(?i)(?:in\sparticular|particularly|specifically|notably|of\s(?:this|which|these|that)|"
    r"in\sdetail|among\sthem|for\sinstance|for\sexample),?\s"
)

# A sentence opening with the present, after one telling trade to come (a target, a forecast), tells the
# level of the same trade now: "... are expected to reach $1 billion. Currently, Vietnam exports about $320
# million worth of textiles annually", "At present, the figure stands at".
PRESENT_OPENER = re.compile(r"(?i)(?:currently|at\spresent|presently|at\sthe\smoment|today|now),?\s")

# A period named by reference to the one told before: "In that month, Vietnam imported ...", "in the same
# month", "In the reviewed period", "during the period under review" (not "the same period last year", a
# base of comparison).
PERIOD_ANAPHOR = _compile(
    r"(?i)\b(?:in|during|over|for)\s(?:(?:that|this|the\ssame)\s(?:month|quarter|period)(?!\s(?:of|in|last)\b|,?\s(?:19|20)\d\d)|"
    r"the\s(?:reviewed|said)\s(?:month|quarter|period)|the\s(?:month|quarter|period)\sunder\sreview)\b"
)
PERIOD_ANAPHOR_HINT = re.compile(r"(?i)month|quarter|period")

# Two sides named without places: "bilateral trade", "two-way trade", "trade between the two countries".
BILATERAL = _compile(
    r"(?i)\b(?:bilateral|two-way|two\sway|mutual|reciprocal|the\stwo\s(?:countries|nations|sides)|"
    r"both\s(?:countries|nations|sides)|between\sthe\stwo|each\sother|"
    # a speaker of one side: "trade between our countries", "our two nations' turnover", "our trade turnover"
    # (not "our trade with China": another partner)
    r"our\s(?:two\s)?(?:countries|nations|states)|our\s(?:trade|turnover|commerce)\b(?!(?:\s\w+)?\swith\b))\b"
)

# A figure or change whose subject is the trade named in the sentence before:
# "It fell, however, to $2.1 billion", "this (trade) figure was $3 billion", "the figure for May was".
# Or one told to come: "Their value is forecast to climb to $2 billion", "The figure is expected to double
# to $1 billion by 2027", "This amount could reach $5 billion".
_ANAPHOR_SUBJECT = (
    r"it|(?:its|their)\s(?:value|total)|(?:this|the)(?:\s\(?trade\)?)?\s(?:figure|number|amount|value)"
)
_TO_COME = (
    r"(?:(?:is|are)\s(?:expected|forecast|projected|predicted|estimated|set|likely|poised|tipped)\sto|"
    r"could|may|might|will|would|should|is\sto|are\sto)\s(?:\w+ly\s)?"
    r"(?:reach|hit|grow|rise|climb|double|triple|top|exceed|surpass|increase|jump|soar|fall|drop|decline)"
)
# Or the object of a raising verb, told as a goal: "are striving to raise the figure to $10 billion by 2020",
# "to bring it to $5 billion", "to double this figure by 2025".
_RAISE_OBJECT = (
    r"(?:raise|bring|boost|lift|push|increase|double|triple|take)\s"
    r"(?:it|(?:this|the|that)(?:\s\(?trade\)?)?\s(?:figure|number|amount|value))\s(?:to|by)"
)
ANAPHOR = _compile(
    rf"(?i)\b(?:(?:{_ANAPHOR_SUBJECT})"
    r"(?:,\s\w+,)?\s(?:(?:\w+ly|then|also|still|again|later|further|already|thus|even)\s)?(?:has\s|had\s|have\s)?(?:been\s)?"
    r"(?:fell|fall(?:en)?|rose|risen|reach\w*|was|stood|increas\w+|decreas\w+|declin\w+|grew|grown|reduc\w+|"
    r"drop\w*|jump\w*|surg\w+|hit|topp?ed|amount\w*|total\w*|exceed\w*|dipped|plung\w+|shrank|halved|doubled|"
    rf"added|climb\w*|soar\w*|{_TO_COME})|{_RAISE_OBJECT})\b"
)

# A change given as a fraction or a multiple, not a percentage: "fell by half", "halved", "doubled", "grew
# threefold", "rose five-fold", "a 20-fold increase", "increasing 4 times", "up 2.8 times in value", "down
# nearly 10 times" (a multiple's direction is read from the words around it, as a percentage's).
FRACTION_GROWTH = _compile(
    r"(?i)\b(?:by\s(?:a\s|one\s)?(?P<part>half|third|quarter)|(?P<verb>halved|doubled|tripled|trebled)|"
    r"(?P<mult>[0-9]+(?:\.[0-9]+)?|two|three|four|five|six|seven|eight|nine|ten)(?P<unit>\s?-?\s?fold|\stimes))\b"
)
# The multiples written as words.
MULTIPLES = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

# Words one of which every FRACTION_GROWTH match holds ("half", "halved", "-fold", "times"): a sentence with
# none of them is not searched for one. (The fraction itself, not the "by" before it: "by 2030" and "by 10%"
# fill most trade sentences.)
FRACTION_HINT = re.compile(r"(?i)half|third|quarter|halved|doubled|tripled|trebled|fold|times")

# Status of a figure: target, forecast or actual, from the words of the clause before it (and the end of
# its sentence after it). The gold convention (SPEC.md): what the parties hope, aim, plan or want is a
# target; what anyone expects, forecasts or projects is a forecast. The tables below are those words.
#
# Target nouns, which win over every other word: "set a target of raising trade to", "the goal was set",
# "strive to bring"; an aspiration with no deadline: "leaders expect trade to soon reach $8 billion".
STRONG_TARGET = _compile(
    r"(?i)\b(?:targets?|targeted|goals?|objective|strive\w*|striving|"
    r"to\ssoon\s(?:raise|bring|boost|increase|push|lift|reach|achieve|hit))\b"
)
# Verbs (and nouns) of a wish, an aim or a plan: the figure after them is a target, even when it is worded
# with "will"/"would" ("both governments hope two-way trade will hit $10 billion"). One entry per family.
TARGET_WORDS = (
    r"hop(?:e[sd]?|ing)\s(?:that\s|to\s|for\s|(?:[\w-]+\s){1,4}(?:will|would|could|can)\s)",  # hope (that/to)
    r"aim(?:s|ed|ing)?\s(?:to|for|at)\b|the\saim\b|an\saim\b",  # "aim to raise", "aiming at", "the aim is"
    r"ambitions?|ambitious|aspir\w+",  # "an ambition of $10 billion", "aspire to"
    r"seek(?:s|ing)?\sto|sought\sto",  # "seek to raise"
    r"strove|endeavou?r\w*\sto",  # "strove to", "endeavour to"
    r"want(?:s|ed)?\s(?:to\s|(?:[\w-]+\s){1,4}to\s)",  # "want to see", "want bilateral trade to reach"
    r"wish(?:es|ed)?\s(?:to|that|for)\b",  # "wish to see"
    r"plan(?:s|ned)?\sto|planned|intend\w*\sto|determined\sto",  # "plan to", "the planned $10 billion"
    r"commit\w*\sto|pledg\w+\sto|vow\w*\sto",  # "committed to raising", "pledged to"
    r"work(?:s|ed|ing)?\s(?:towards?|to)\b",  # "working towards $10 billion", "work to lift"
    r"eye(?:s|d|ing)\b|envisag\w+",  # "eyeing $10 billion in trade", "the roadmap envisages"
)
TARGET_WORD = _compile(r"(?i)\b(?:" + "|".join(f"(?:{w})" for w in TARGET_WORDS) + ")")
# Words of an expectation: the figure after them is a forecast ("expected to reach", "set to hit").
FORECAST_WORDS = (
    r"expect\w*|anticipat\w+|forecast\w*|project(?:ed|ions?)|predict\w*|outlook",
    r"estimated\sto|likely|poised\sto|tipped\sto|(?:is|are)\sset\sto",
    r"on\s(?:track|course|pace)",  # "on course to hit $6 billion"
)
FORECAST = _compile(r"(?i)\b(?:" + "|".join(FORECAST_WORDS) + r")\b")
# A modal alone says only that the figure is to come: a forecast, unless a target word governs it.
# "could reach", "may hit", "will probably exceed", "will likely top".
FORECAST_MODAL = _compile(
    r"(?i)\b(?:could|would|(?-i:may|might)|"
    r"will\s(?:\w+ly\s)?(?:reach|hit|exceed|surpass|top|amount|grow|rise|increase|climb))\b"
)
# An expectation or a wish told after its figure, to close the sentence: "may reach $5 billion by year-end,
# officials expect", "could top $7 billion in 2025, according to forecasts", "will hit $10 billion by 2030,
# the leaders hope". Not a comparison with them: "hit $5 billion, above forecasts", "as expected".
_CLOSING_SPEAKER = (
    r",\s(?!(?:as|above|below|beyond|beating|exceeding|topping|missing|short|ahead|than)\b)(?:[\w-]+\s){1,3}"
)
FORECAST_AFTER = _compile(
    rf"(?i)(?:{_CLOSING_SPEAKER}(?:expect(?:s|ed)?|forecasts?|predict(?:s|ed)?|projects?|projected)[.!]?$|"
    r"\baccording\sto\s(?:the\s)?(?:\w+\s)?(?:forecasts?|projections?|predictions?|expectations?)\b)"
)
TARGET_AFTER = _compile(
    rf"(?i){_CLOSING_SPEAKER}(?:hope[sd]?|want(?:s|ed)?|aim(?:s|ed)?|wish(?:es|ed)?)[.!]?$"
)
# "to reach" after a change told in the past (or by its participle) is where it got, no target: "grew 30%
# last year to reach $4.6 billion", "rose 12% to hit $3 billion", "tuna exports climbing 58% on the year
# over January-August to reach $11 million"; and what a flow "managed to" (or "went on to") do it did:
# "exports of tuna managed to grow".
RESULT_INFINITIVE = _compile(
    r"(?i)\b(?:rose|grew|increased|jumped|surged|climbed|soared|expanded|rebounded|fell|declined|dropped|"
    r"decreased|went\s(?:up|down)|(?:ris|grow|increas|jump|surg|climb|soar|expand|rebound|fall|declin|"
    r"dropp|decreas)ing)\b[^,;]{0,60}?\bto\s(?:reach|hit|stand\sat|total|top)\b|"
    r"\b(?:manag(?:ed|es)|went\son)\sto\s[a-z]+"
)
# A figure told right after a verb in the past is a result, whatever was wished before it: "Russia wants to
# boost imports from Vietnam, which reached $2 billion last year", "...; bilateral trade was $5 billion".
PAST_RESULT = _compile(
    r"(?i)\b(?:reached|was|were|stood(?:\sat)?|totall?ed|amounted\sto|came\sto|topped|exceeded|surpassed|"
    r"(?:rose|grew|increased|climbed|jumped|fell|dropped|declined|decreased)\sto)"
    r"\s(?:(?:about|around|nearly|almost|over|more\sthan|less\sthan|some|just|roughly|approximately|only)\s)*$"
)
# A figure told as where something is to be by a year: "bring two-way trade to $7 billion by 2015",
# "raise the figure to 10 billion USD by 2020" (the words before and after the figure); not a result told
# in the past ("had risen to $3 billion by 2019", "grew to $4 billion by the end of 2023").
TO_FIGURE = _compile(
    r"(?i)\bto\s(?:(?:about|around|nearly|almost|over|more\sthan|some|at\sleast|roughly|approximately)\s)?$"
)
BY_YEAR_AFTER = re.compile(r"(?i)^,?\s(?:by|before)\s(?:the\s(?:end|close)\sof\s)?(?:19|20)\d\d\b")
PAST_CHANGE = _compile(
    r"(?i)\b(?:rose|risen|grew|grown|increased|jumped|surged|climbed|soared|expanded|rebounded|fell|fallen|"
    r"declined|dropped|decreased|reached|was|were|had|stood|went)\b"
)
# A figure named as a target by the noun right after it: "short of the $10 billion target", "a $10 billion
# trade goal", "the US$5 billion objective".
TARGET_NOUN_AFTER = re.compile(
    r"(?i)^\s(?:(?:two-way|bilateral|trade|turnover)\s){0,2}(?:targets?|goals?|objectives?|ambitions?)\b"
)
# A figure coordinated right after another, with nothing but the other's period and "and"/"or" between
# them, is told in the same breath and has its status: "to $7 billion by 2015 and $10 billion by 2020",
# "US$3 billion in 2012 and US$10 billion in 2020".
COORDINATED_FIGURE = re.compile(
    r"(?i)^,?\s(?:(?:in|by|for)\s(?:the\s(?:end|close)\sof\s)?(?:(?:19|20)\d\d|this\syear|next\syear)\s?)?"
    r",?\s?(?:and|or)\s(?:then\s)?(?:to\s)?"
    r"(?:(?:about|around|nearly|almost|over|more\sthan|some|at\sleast|roughly|approximately)\s)?$"
)

# A figure told as the base the figure before it is compared with, in the same breath: "$5 million in March
# compared to $42 million in February", "$2 billion in March, as opposed to", "up 20% from $1.67 billion in
# 2023", "rose to $2 billion from $1.5 billion", "to $12 billion by 2030 from about $4 billion currently",
# "higher than the $3 billion of 2023". The words between the two figures: the first's period, its change,
# the word of the base.
COMPARED_BASE = re.compile(
    r"(?i)(?:\s(?:in|by|during|for|over)(?:\s(?!(?:to|from|and|than)\b)[\w-]+){1,8}?)?,?\s"
    r"(?:(?:up|down|rising|falling|increasing|decreasing|growing|dropping|declining)\s(?:by\s)?"
    r"(?:(?:about|around|nearly|almost|over|more\sthan|some)\s)?(?:[\d.,]+\s?(?:%|percent|per\scent)\s)?)?"
    r"(?:compared\s(?:with|to)|in\scomparison\s(?:with|to)|as\sopposed\sto|as\sagainst|against|versus|vs\.?|"
    r"from|(?:higher|lower)\sthan)\s"
    r"(?:the\s)?(?:current\s|(?:a\s)?(?:previous|year-earlier|year-ago)\s)?"
    r"(?:(?:about|around|nearly|almost|over|more\sthan|less\sthan|some|just|only|roughly|approximately)\s)?"
)
# The period of such a base told as the same months of another year: "in the same period last year".
SAME_PERIOD_BEFORE = _compile(r"(?i)\bsame\speriod\s(?:of\s|in\s)?(?:the\s)?$")

# Two figures shared out over two periods (or markets) told in the same order: "$20 million and $30 million in
# March and April respectively" (the word; the figures' coordination: COORDINATED_FIGURES).
RESPECTIVELY = re.compile(r"(?i)respectively")
COORDINATED_FIGURES = re.compile(
    r",?\s(?:and|as\swell\sas)\s(?:(?:about|around|nearly|almost|over|more\sthan|some|roughly)\s)?"
)

# A clause of its own coordinated after a figure, which may close with the period of both: "turnover reached
# $3.6 billion, and the export turnover from Russia was $828 million in the past 9 months", "Vietnam exported
# $2.1 billion to Russia and imported $1.5 billion in 2023" (a trade word or "it" must follow it, checked where
# used): the joint of JOINT_AFTER_FIGURE.
_CLAUSE_JOINT = r"(?:[,;]\s(?:and|while|whereas|with)|\s(?:and|while|whereas))\s"
# The words of a figure's own goods and market right after it, before a clause coordinated after it: "$2.1
# billion (worth) of goods to Russia (and imported ...)"
# (with its period: "reaching $5 billion in 2024, and it rose 10%"), up to the end of the joint.
JOINT_AFTER_FIGURE = re.compile(
    r"(?i)(?:\s(?:worth\s)?of\s(?:[a-z][\w-]*\s?){1,4}?)?(?:\s?(?:to|from)\s(?:the\s)?(?-i:[A-Z])[\w-]*)?"
    rf"(?:\s(?:in|during|for|over)(?:\s(?!(?:and|while|whereas)\b)[\w-]+){{1,7}}?)?{_CLAUSE_JOINT}"
)
# The opening of the next clause after a figure, which a period after it then belongs to: "to $4.2
# billion, and in January-June 2024, it rose by a further 18%".
NEXT_CLAUSE = re.compile(r"(?i)[,;]\s(?:and|while|but|whereas)\s")
# A side named as a flow's partner: "(export turnover of the Russian capital) with Vietnam's provinces".
PARTNER_WITH = _compile(r"(?i)\bwith\s(?:the\s)?$")
# A side's partner named after its flows' figures: "exported $2.1 billion and imported $1.5 billion in trade
# with Russia", "in its trade with Vietnam", "in bilateral trade with Russia" (the words before the place).
TRADE_WITH_BEFORE = _compile(
    r"(?i)\bin\s(?:its\s|their\s)?(?:bilateral\s|two-way\s)?(?:trade|commerce)\swith\s(?:the\s)?$"
)
TRADE_WITH_HINT = re.compile(r"(?i)trade\swith|commerce\swith")

# Target by an infinitive of raising alone, weaker than an expectation: "aim to raise trade to $10 billion",
# "agreed to push bilateral trade to", but "expected to reach $6 billion" is a forecast.
TARGET = _compile(
    r"(?i)\b(?:target\w*|goals?|objective|strategy\sto|"
    r"to\s(?:soon\s|further\s)?(?:raise|bring|boost|increase|push|lift|double|triple|reach|achieve|hit|grow|expand))\b"
)

# Growth words near a percentage: "up 26%", "grew by nearly 30%", "a 35.4 percent decline".
GROWTH_UP = _compile(
    r"(?i)\b(?:up|rose|rise|rising|risen|grew|grow(?:n|ing|th)?|increas\w*|gain\w*|jump\w*|surg\w+|"
    r"climb\w*|soar\w*|expand\w*|higher|more\sthan\sdoubled|rebound\w*|added)\b"
)
GROWTH_DOWN = _compile(
    r"(?i)\b(?:down|fell|fall(?:en|ing)?|declin\w*|decreas\w*|drop\w*|plung\w*|shr[au]nk|shrink\w*|"
    r"contract(?:ed|ion)|lower|less|slump\w*|reduc\w*|dipped|slid|tumbl\w+)\b"
)
# A percentage that is a share, not a change: "accounting for 29.8% of", "29.8% of total pork imports".
SHARE = _compile(r"(?i)\b(?:account\w*\sfor|share|constitut\w+|making\sup|proportion)\b")
SHARE_AFTER = re.compile(r"(?i)^\s*of\s(?:the\s)?(?:total|all|its|their|vietnam|russia|global)")

# A change of the goods' volume, or over the month before, is no change of the trade's value over its
# period: "up 114% in volume and 62.7% in value", "a month-on-month decrease of 59.9%", "5% month-on-month".
# A percentage a change goes to is a level, no change: "its market share rose to 10%", "the duty will drop
# to 2%"; unless what goes there is a change itself: "bringing the increase to 14%", "growth rose to 5%".
_TO_LEVEL = r"to\s(?:(?:about|around|nearly|almost|over|more\sthan|less\sthan|some|just|only|roughly)\s)?$"
LEVEL_BEFORE = _compile(rf"(?i)\b{_TO_LEVEL}")
CHANGE_GOES_TO = _compile(
    rf"(?i)\b(?:increase|growth|rise|gain|decline|decrease)(?:\srate)?\s(?:[a-z]+(?:ed|ing)\s|rose\s|fell\s|grew\s)?{_TO_LEVEL}"
)
# A level told as a share of the value of the same period a year before is a change from it: "dropped to
# only 23% of the export value recorded in the same period of 2022" (down 77%), "reached 150% of the figure of
# the previous year" (up 50%). Not a share of another month's ("14% of the figure of January"), nor of a
# volume.
LEVEL_OF_BASE = re.compile(
    r"(?i)\sof\s(?:the|its|their)\s(?:[\w-]+\s){0,2}?(?:value|level|figure|turnover)s?\s"
    r"(?:(?:reported|recorded|posted|seen|achieved)\s)?(?:in|of|during|for)\s(?:the\s)?"
    r"(?:same\s(?:period|month|quarter|time)|previous\syear|year\sbefore|year\searlier|last\syear|prior\syear)\b"
)
VOLUME_AFTER = re.compile(r"(?i)^\s(?:in|by)\s(?:volume|quantity|tonnage|weight)\b")
# A change told right after a physical quantity, in the same clause and with no worth between, is the
# quantity's: "bought 150,000 tonnes of coal from Russia, a rise of 40% on the year", "shipped
# 45,000 tonnes of coffee to Russia, up 20%" (not "45,000 tonnes of coffee worth $100 million, up 20%").
MEASURE_UNIT = (
    r"(?:tonnes?|tons?|kilo(?:gram)?s?|kg|litres?|liters?|barrels?|(?:cubic\s)?met(?:re|er)s?|head|units)"
)
QUANTITY_THEN_CHANGE = re.compile(
    rf"(?i)\d[\d,.]*\s(?:(?:million|billion|thousand|mln|bln)\s)?{MEASURE_UNIT}\b"
    r"(?P<gap>(?:[^;$€£\d.\n]|\.(?!\s))*)$"  # in the same sentence, no figure between
)
WORTH_WORD = re.compile(r"(?i)\b(?:worth|valued?|turnover|revenues?|earn\w*|USD|VND|dollars?)\b")
MONTH_ON_MONTH = re.compile(r"(?i)\s?\bmonth-(?:on|over)-month\b")

# Directional flows: "Vietnam's exports to Russia", "imports from Vietnam", "Russia exported".
EXPORT_WORD = _compile(
    r"(?i)\b(?:exports?|exported|exporting|shipments?|shipped|sales|sold|supplies|supplied)\b"
)
IMPORT_WORD = _compile(
    r"(?i)\b(?:imports?|imported|importing|purchases|purchased|purchasing|bought|buying)\b"
)
# A market named by a description, not by its name: "imports from the country", "exports to the nation",
# "to the Eurasian country", "to this market", "from that country" (right after the flow word and its goods).
# It stands for the side other than the flow's owner, else the market of the flow before it.
MARKET_ANAPHOR = _compile(
    r"\b((?i:to|into|from))\s(?:(?i:the)\s(?:(?i:same)\s)?(?:[A-Z][\w-]*\s){0,2}(?i:country|nation|market)|"
    r"(?i:this|that)\s(?:[A-Z][\w-]*\s){0,2}(?i:market|country|nation|destination))\b"
)
# A side named as a flow's market (the document context keeps it in focus for the next flows that name
# none): "(exports of tuna) to Russia", "into the Russian market", "Russia's market".
FOCUS_MARKET_BEFORE = _compile(r"(?i)\b(?:to|into)\s(?:the\s)?$")
FOCUS_MARKET_AFTER = re.compile(r"(?i)(?:[’']s)?\s(?:\w+\s)?markets?\b")
# A side's trade with the whole world, no trade between the sides: "global exports", "world imports",
# "exports to the world (to all markets, to foreign markets)", "shipped fertiliser overseas".
WORLD_BEFORE = _compile(r"(?i)\b(?:global|world|worldwide|total\sworld)\s$")
WORLD_MARKET = _compile(
    r"(?i)\b(?:to|into)\s(?:the\s)?(?:world|global\smarkets?|all\smarkets|(?:international|foreign|overseas|world)"
    r"\smarkets?)\b|\b(?:overseas|abroad|worldwide)\b"
)
# A side named as the origin of the goods after an import's figure: "bought $300 million worth of Russian
# wheat", "spent $600 million on importing Russian coal", "$1 billion on Russian fertiliser imports" (the
# words before the side's name; a lower-case word of the goods follows it).
ORIGIN_BEFORE = re.compile(r"(?:\bof|\bon|\w\wing)\s$")
GOODS_AFTER_ORIGIN = re.compile(r"\s[a-z]")
# A side's role in the other side's trade in some goods, which gives a flow named with no side its
# direction and goods: "Russia was Vietnam's largest supplier of wheat in 2024, with imports of $500
# million", "Vietnam is Russia's second-biggest buyer of coal". The holder of the role is the side
# named before it without "'s"; its partner the side with "'s", else the side after the goods. A seller's
# market may follow it, the goods standing before: "the third biggest tuna supplier to Russia".
TRADE_ROLE = _compile(
    r"(?i)\b(?:(?P<seller>suppliers?|exporters?|sources?|providers?)\s(?:of|(?P<to>to))|"
    r"(?P<buyer>buyers?|importers?|purchasers?|customers?)\sof)\s"
)
# What stands before a share told beside a subject: a comma, "and", a bracket.
SHARE_LEAD = re.compile(r"(?:,|\sand|\()\s?$")
# A side's rank as the other's market or source: "Russia is Vietnam's 17th biggest export market, with $1.8
# billion" (Russia buys), "Vietnam is Russia's second-largest import source in Asia" (Vietnam sells).
MARKET_ROLE = _compile(
    r"(?i)\b(?:(?P<buyer>export\s(?:markets?|destinations?))|(?P<seller>import\s(?:sources?|markets?|suppliers?)))\b"
)
POSSESSIVE_AFTER = re.compile(r"[’']s\b")
# A flow both ways between the sides, whoever owns it: "their exports to each other", "sales to one another".
MUTUAL = _compile(r"(?i)\b(?:each\sother|one\sanother)\b")
# A pronoun owning a flow: "its imports", "their total exports". It stands for a side only at the start of
# its clause ("..., while its imports from the country", "Its exports to ..."); in "Vinamilk said its
# imports" it is a company's.
# Words that may stand between a flow's owner and its flow word: "Russia's total imports", "its key exports".
FLOW_QUALIFIERS = r"(?:total|main|key|major|overall|goods|merchandise|agricultural|annual)"
FLOW_PRONOUN = _compile(rf"(?i)\b(its|their)\s(?:{FLOW_QUALIFIERS}\s)*$")
CAPITALISED = _compile(r"\b[A-Z]")  # a name between a side and "its": "Vietnam's Vinamilk said its"
# A clause's opening before "its"/"their", coordinated or subordinate ("..., as its exports reached"):
# the pronoun then stands for the sentence's subject, not the last side named ("surplus with Russia").
CLAUSE_OPENING = re.compile(
    r"(?i)(?:^|[,;:]\s|\b(?:while|whilst|whereas|and|but|with|meanwhile|as|since|because|after|when)\s)$"
)
# What may open a sentence before its subject: "In 2023, Vietnam ...", "Last year Russia ...".
SUBJECT_LEAD = re.compile(
    r"(?:(?:In|During|Over|By|Last|This|Earlier|Since|For|Meanwhile|Overall|However|Also)\b[^,]{0,30}?,?\s)?"
    r"(?:the\s)?"
)
BOTH_WAYS = _compile(
    r"(?i)\b(?:export-import|import-export|exports?\sand\simports?|imports?\sand\sexports?)\b"
)

# Words one of which every match of EXPORT_WORD, IMPORT_WORD, BOTH_WAYS and COMMODITY holds: a clause
# with none of them names no flow and no commodity.
FLOW_HINT = re.compile(r"(?i)export|import|shipment|shipped|sales|sold|supplie|purchase|bought")

# Single commodities whose trade is reported: "rubber exports to Russia", "exports of seafood".
COMMODITIES = [
    "rubber",
    "coffee",
    "rice",
    "seafood",
    "textiles",
    "garments",
    "textile",
    "footwear",
    "shoes",
    "fertilizers",
    "fertilisers",
    "coal",
    "wheat",
    "pork",
    "beef",
    "meat",
    "fruit",
    "fruits",
    "vegetables",
    "cashew",
    "cashews",
    "pepper",
    "tea",
    "phones",
    "smartphones",
    "electronics",
    "machinery",
    "steel",
    "oil",
    "crude",
    "gas",
    "lng",
    "petroleum",
    "fish",
    "shrimp",
    "timber",
    "wood",
    "furniture",
    "grain",
    "cereals",
    "pharmaceuticals",
    "medicines",
    "cars",
    "vehicles",
    "aircraft",
    "weapons",
    "arms",
]
# "rubber exports", "rubber goods shipped to", "coffee sales to Russia", "exports of rubber products",
# "shipments of cashew nuts": the commodity's name without its "goods"/"products".
_COMMODITY_NAMES = "|".join(sorted(COMMODITIES, key=len, reverse=True))
_GOODS = r"(?:\s(?:goods|products|nuts|beans|items))?"
COMMODITY = _compile(
    rf"(?i)\b(?P<c>{_COMMODITY_NAMES}){_GOODS}\s(?:exports?|imports?|shipments?|shipped|sales|sold)\b"
    # "imports of Russian coal": one word (a side, a kind) may stand before the commodity
    rf"|\b(?:exports?|imports?|shipments?|sales)\sof\s(?:[\w-]+\s)?(?P<c2>{_COMMODITY_NAMES}){_GOODS}\b"
)
# What may stand between a side and its flow word: "Vietnam's exports", "Russia's total imports",
# "Russia exported", "Vietnamese goods exports", "Việt Nam's key exports".
# "Vietnamese exporters shipped", "Russian buyers purchased", "Vietnamese firms' exports": a side's traders.
_TRADERS = r"(?:buyers|importers|exporters|firms|companies|enterprises|businesses|traders|producers)"
OWNER_GAP = re.compile(rf"(?i)(?:[’']s)?\s*(?:{_TRADERS}[’']?\s)?(?:{FLOW_QUALIFIERS}\s)*")
# After a side's possessive, its goods may stand there too: "Vietnam's coffee exports", "Russia's crude oil
# imports" (lower-case words).
OWNER_GOODS_GAP = re.compile(r"(?:[’']s)?\s(?:(?!(?:and|or|of|to|the|a|an|that|which)\s)[a-z][\w-]*\s){1,3}")

# A flow named by its origin, whose market a sentence about the two sides' trade before it gives: "Export
# turnover from Russia soared" (to Vietnam), not "Vietnam exported $1 billion of rubber" (to the world).
FLOW_FROM = _compile(r"(?i)\b(?:exports?|imports?|shipments?)(?:\s(?:turnover|value|revenues?))?\sfrom\s")

# A trade figure needs a scale: "$5." left from a number broken across lines is no trade value.
MIN_TRADE_VALUE = 100_000

# The flow words a commodity modifies: "fruit exports", "shipments of rubber", "coffee sales", "seafood export
# turnover", "the export of rice" ("export" alone is left out: "firms export rice" is a verb).
COMMODITY_FLOW = _compile(
    r"(?i)\b(?:exports|imports|shipments?|sales|purchases|supplies|"
    # (the measure of the flow with it: "export revenue of tra fish", "seafood export turnover")
    r"(?:export|import)(?:\s(?:turnover|value|revenues?|earnings|volumes?|sales)|(?=\sof\b)))\b(?P<of>\sof\s)?"
    # the object of the verb in the past: "Vietnam exported rice and coffee worth $90 million to Russia",
    # "shipped 150,000 tonnes of rice", "bought Russian fertiliser worth"
    r"|\b(?:exported|imported|shipped|sold|bought|purchased|supplied)\b(?P<object>\s)"
)
# A count of the goods before them, which the goods' phrase skips: "bought six Kilo-class submarines",
# "purchased 12 Su-30 fighter jets".
COUNT_BEFORE_GOODS = re.compile(rf"(?:\d[\d,.]*|{NUMBER_WORD_PATTERN})\s(?!of\s)")
# A market named as indirect object before the goods: "sold Russia 45,000 tonnes of coffee", "supplied
# Vietnam with fertiliser".
INDIRECT_OBJECT = re.compile(
    r"(?-i:[A-Z])[\w-]*\s(?:with\s|(?=(?:about\s|around\s|some\s|nearly\s|almost\s|over\s)?\d))"
)
# The goods of a figure told right before its worth, measured ("included 80,000 tonnes of rice worth"), or
# coordinated after the figure of a flow ("shipped rice worth $52 million and 30,000 tonnes of coffee worth",
# "exported rice worth $52 million and coffee worth"): the words after "of" (or "and"), to "worth".
_WORTH_END = r"\s(?:worth|valued\sat)\s(?:(?:about|around|some|nearly|almost|over|more\sthan)\s)?$"
QUANTITY_WORTH = re.compile(
    r"\d[\d,.]*\s(?:(?:million|billion|thousand)\s)?(?:[a-z]+\s){1,2}?of\s"
    rf"(?P<goods>(?:[A-Za-z][\w-]*,?\s){{0,6}}?[A-Za-z][\w-]*){_WORTH_END}"
)
GOODS_CONTINUATION = re.compile(
    # (the first figure's market may stand before: "goods worth $2 billion to Russia and coffee worth")
    r"(?:\s(?:to|from)\s[A-Z][\w-]*)?\s*,?\s*(?:and|as\swell\sas|plus)\s(?P<goods>(?:[\w,.-]+\s){0,8}?[\w-]+)"
    + _WORTH_END
)
# A past participle of a flow followed by where the goods went, not by its object: "rubber goods shipped to
# Russia", "seafood sold to Russia", "fertiliser imported from Russia" (the goods stand before it).
PASSIVE_AFTER = re.compile(r"(?:to|into|from|by|in|abroad|overseas)\b")
# A quantity before the goods it measures, which the goods' phrase skips: "150,000 tonnes of rice",
# "2 million tonnes of Russian fertiliser", "about 12,000 cubic metres of timber" (any one or two words of
# a measure between the number and its "of").
QUANTITY_OF = re.compile(
    r"(?:(?:about|around|some|nearly|almost|over|more\sthan|roughly|approximately)\s)?"
    r"\d[\d,.]*\s(?:(?:million|billion|thousand|mln|bln)\s)?(?:[a-z]+\s){1,2}?of\s"
)
# --- Goods told by their place in a list, a rank or a share ------------------------------------------------
#
# A list of goods after the head of a flow, each with its own figure: "export items included textiles and
# garments with $616 million, up 120%; coffee with $236 million, up 29%; and seafood with $165 million",
# "key exports were led by phones ($1.2 billion), coffee ($300 million) and rice ($90 million)", "main
# imports: petroleum at $500 million, fertiliser at $300 million". The words linking an item's goods to
# its figure, and a qualifier of the figure before it:
_ITEM_LINK = (
    r"\s?(?:(?:with|at|worth|valued\sat|reaching|earning|fetching|totall?ing)\s|:\s?|\(\s?)"
    r"(?:(?:about|around|nearly|almost|over|more\sthan|some|roughly|approximately|up\sto)\s)?$"
)
# A part of the figure before it, named after it: "imported $1.3 billion worth of goods from Russia,
# including coal ($400 million)", "seafood exports hit $200 million, with shrimp at $50 million".
PART_OPENER = _compile(
    r"(?i)[,;(]\s?(?:including|includ(?:ed|es)|of\swhich|among\s(?:them|which)|such\sas|mainly|mostly|"
    r"chiefly|primarily|led\sby|with)\b"
)
# The goods of the first item, after the word that opens the list (checked as goods' words where used).
LIST_OPENER = _compile(
    r"(?i)\b(?:includ(?:e|es|ed|ing)|such\sas|namely|(?:led|headed|topped)\sby|compris(?:e|es|ed|ing)|"
    r"consist(?:s|ed|ing)?\sof|mainly|mostly|chiefly|primarily|with|were|are)\s(?:mainly\s|mostly\s|chiefly\s)?|:\s"
)
# (matched from the end of an opener to the end of the clause before the figure)
LIST_GOODS = re.compile(rf"(?P<goods>(?:[\w-]+,?\s){{0,6}}?[\w-]+){_ITEM_LINK}")
# The next item, from the end of the figure before it: what is left of that figure (its change: ", up 120%",
# " (up 29%)", ")"), a separator (";", ",", "and"), the goods and their link.
_LEFT_OF_FIGURE = (
    r"(?:(?:\s(?:increase|rise|growth|gain|surge|jump|decrease|decline|drop|fall))?\)|"
    r",?\s\(?(?:up|down|an?\s(?:increase|rise|drop|decrease|decline|fall|surge|jump)\sof|rising|falling|"
    r"growing|gaining|increasing|decreasing|declining)\s(?:by\s)?(?:(?:about|nearly|almost|over|more\sthan)\s)?"
    r"[\d.,]+\s?(?:%|per\s?cent\b|percent\b)(?:\s(?:year-on-year|on-year|y/y|yoy|annually))?\)?)?"
)
LIST_ITEM = _compile(
    rf"(?i)^{_LEFT_OF_FIGURE}(?:\s?[;,]\s?(?:and\s|as\swell\sas\s|plus\s|followed\sby\s)?|\s(?:and|as\swell\sas|plus)\s)"
    rf"(?P<goods>(?:[\w-]+,?\s){{0,6}}?[\w-]+){_ITEM_LINK}"
)
# The next figure of a list whose goods follow each figure: "including $600 million of textiles and $300
# million of coffee" (the words between the two figures: the first's goods and "and").
NEXT_FIGURE_OF_GOODS = re.compile(
    r"(?i)^(?:\s(?:worth\s)?of\s[a-z][\w\s-]{0,60}?)?,?\s(?:and|as\swell\sas|plus)\s"
    r"(?:(?:about|around|nearly|almost|over|more\sthan|some)\s)?$"
)
# A list of markets after a flow's head, each with its figure: "Vietnam's top export markets included the US
# with $120 billion, China with $60 billion and Russia with $3 billion", "shipments to markets such as Brazil
# (48.6% increase) and Russia (72.8%)". The words between the flow word and the list's opener.
MARKETS_HEAD = _compile(r"(?i)\b(?:markets?|destinations?|partners?|buyers)\b")
# Goods named by their rank among a side's flows, as subject or in apposition: "Frozen shrimp was again the
# main export item to Russia, valued at", "coffee, Vietnam's second-largest export to Russia, earned",
# "Coal remained the top import from Russia". The goods stand right before.
RANKED_FLOW = _compile(
    r"(?i)(?:\s(?:is|was|are|were|remains?|remained|ha(?:s|ve|d)\sbeen|became|becomes?|ranked\sas)\s"
    r"(?:still\s|also\s|now\s|again\s)?(?:one\sof\s)?|,\s)"
    r"(?:the|its|their|(?-i:[A-Z])[\w-]*[’']s)\s(?:\w+[-\s])?"
    r"(?:main|largest|biggest|leading|key|top|major|principal|chief|primary|staple|most\simportant)\s"
    r"(?:(?:exports?|imports?)(?:\s(?:items?|products?|commodit(?:y|ies)|goods|earners?|categor(?:y|ies)))?|"
    r"(?:items?|products?|commodit(?:y|ies)|goods)\s(?:sold|shipped|exported|imported|bought|supplied))"
    # its market, else its figure right after: "remained the largest export earner at $610 million"
    r"(?:\s(?:to|from|of|in|for|by)\b|(?=\s(?:at|with)\s))"
)
# A share of a whole: told beside a subject (after SHARE_LEAD), its flow words are the whole's, not the
# figure's: "exports of squid, making up 18% of all seafood sales to that market, were valued at", "...,
# or 27.8% of total exports" (not a share that is the subject: "Russia accounted for 4% of Vietnam's coffee
# exports, worth"); a figure inside it is the whole's value ("1% of Vietnam's total trade of $780 billion").
SHARE_OF_WHOLE = _compile(
    r"(?i)\b(?:account(?:s|ed|ing)?\sfor|mak(?:es|ing)\sup|made\sup|constitut\w+|represent(?:s|ed|ing)?|or)\s"
    r"(?:(?:about|around|nearly|almost|over|more\sthan|less\sthan|some|roughly|just|only)\s)*"
    r"(?:\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)|(?:a|one)\s(?:half|third|quarter|fifth|tenth))"
    r"\sof\s[^,;()]*"
)

# Words that mean all goods, or stand after a kind of goods for its items: "goods exports" is all goods,
# "rubber products" is rubber.
GENERAL_GOODS = frozenset(
    {"goods", "products", "product", "merchandise", "commodities", "commodity", "items", "item", "cargo"}
)
# Lower-case words that end a commodity's phrase, one group a line: "total exports", "its first shipments",
# "the first-quarter exports", "trade grew and rice exports", "firms' exports".
_COMMODITY_STOP_GROUPS = (
    # determiners, pronouns, quantifiers
    "a an the this that these those its their our his her my your whose which who what such other others "
    "all both each every any some many most more less much few several no not only also even still just",
    # words of all trade or of both sides
    "total overall combined aggregate general bilateral mutual two-way two way reciprocal cross-border",
    # time words
    "annual yearly monthly quarterly weekly daily year years month months quarter quarters half week day "
    "first second third fourth last next previous same",
    # a flow's size, rank or kind
    "new record strong weak high higher highest low lower lowest big bigger biggest large larger largest "
    "small smaller key main major top leading principal important chief direct indirect official illegal "
    "legal further additional domestic foreign international national regional local global world",
    # securities sold or bought are no goods: "earned $90 million from selling shares to Russian investors"
    "shares stake stakes stocks bonds equity securities",
    # the channel of a sale, no kind of goods: "online sales to Russia"
    "online offline retail wholesale e-commerce",
    # trade itself and its measures
    "export exports import imports trade trading turnover re-exports re-export value volume volumes "
    "shipment shipments sales supplies purchases deliveries "
    "figure figures revenue revenues growth",
    # traders and places
    "company companies firm firms enterprise enterprises business businesses exporter exporters importer "
    "importers producer producers maker makers manufacturer manufacturers group groups people country "
    "countries nation nations state states side sides government governments market markets partner "
    "partners province city region sector industry industries economy economies",
    # verbs of being, change and reporting
    "is are was were be been being has have had do does did will would shall should can could may might "
    "must rose rise rises fell fall falls grew grow grows hit hits saw see sees reach reaches remain "
    "remains stood stand stands said says say show shows account accounts make makes made",
    # conjunctions and prepositions
    "and or but nor yet so as than while whereas when where if though although because since until "
    "of in on at to from into for with by about over under between among against via per through abroad "
    "overseas worldwide",
    # words of a figure's size: "exported around $2 billion"
    "around almost nearly up worth approximately roughly",
    # the nouns of sentence openers: "In addition, ...", "For instance, ..."
    "addition particular contrast comparison meanwhile however moreover furthermore instance example "
    "turn short sum brief meantime fact",
    # the sides, lower-cased at a sentence's start
    "vietnam russia vietnamese russian",
    # counts: "the top three items exported to Russia"
    "one two three four five six seven eight nine ten eleven twelve twenty dozen dozens hundred hundreds "
    "thousand thousands million millions billion billions",
)
COMMODITY_STOP = frozenset(word for group in _COMMODITY_STOP_GROUPS for word in group.split())
