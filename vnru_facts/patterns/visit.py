"""Visit phrasing families, each regex commented with the phrases it targets."""

from __future__ import annotations

import re

# A sentence worth reading for a visit:
# "paid a state visit to", "concluded his two-day official visit to Hanoi", "arrived in Moscow",
# "travelled to Russia to attend the BRICS Summit", "Chinh's participation in the BRICS Summit",
# "in the presence of Deputy PM Tran Hong Ha" (at an event abroad), "left Hanoi".
VISIT_TRIGGER = re.compile(
    r"(?i)\b(?:visit(?:s|ed|ing)?|trip|tour(?:ed|ing)?|arriv(?:e|es|ed|al|ing)|travel(?:l?ed|l?ing|s)?|"
    r"(?:came|comes|come|went|flew|flies)\sto|left|leaves|depart(?:s|ed|ure)?|land(?:s|ed)\sin|"
    r"attend(?:s|ed|ing)?|participat(?:e|es|ed|ing|ion)|in\sthe\spresence\sof|on\sthe\ssidelines|"
    r"welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|host(?:s|ed)|is\sin|was\sin)\b"
)

# Triggers that name the trip itself; the others ("hosted", "in the presence of") only place a person.
STRONG_TRIGGER = re.compile(
    r"(?i)\b(?:visit(?:s|ed|ing)?|trip|tour(?:ed|ing)?|arriv(?:e|es|ed|al|ing)|travel(?:l?ed|l?ing|s)?|"
    r"(?:came|comes|come|went|flew|flies)\sto|left|leaves|depart(?:s|ed|ure)?|land(?:s|ed)\sin|"
    r"attend(?:s|ed|ing)?|participat(?:e|es|ed|ing|ion))\b"
)

# Not a visit: calls and video links ("phone call", "held talks by phone", "via videoconference").
REMOTE = re.compile(
    r"(?i)\b(?:phone|telephone|video\s?(?:conference|link|call)|videoconferenc\w+|online|virtual\w*|"
    r"teleconferenc\w+|by\sphone|phone\stalks?)\b"
)

# What kind of visit: "state visit", "official visit", "working visit", a summit.
KIND = re.compile(r"(?i)\b(?P<kind>state|official|working|friendship|courtesy)\s(?:and\s\w+\s)?visit\b")
SUMMIT = re.compile(r"(?i)\b(?:summit|sumit)\b")

# The visitor is the owner or the agent of the visit: "Putin's visit", "the visit of/by Putin".
VISIT_OF = re.compile(r"(?i)\b(?:visit|trip|participation|attendance|arrival)\s(?:of|by)\s$")
# A person right before these is the host, not the visitor: "at the invitation of PM Chinh",
# "met with President Luong Cuong", "received by General Secretary To Lam".
HOST_BEFORE = re.compile(
    r"(?i)\b(?:invitation\sof|invited\sby|with|received\sby|welcomed\sby|hosted\sby|counterpart|"
    r"courtesy\s(?:visit|call)\sto|visit\sto|met|meets|meeting|talks\swith|hosted)\s(?:the\s)?(?:\w+\s){0,2}$"
)

# Where to: "visit to Vietnam", "trip to Russia", "arrived in Hanoi", "travelled to Russia", "visited Hanoi",
# "left Hanoi" (a departure names the place visited).
TO_PLACE = re.compile(
    r"(?i)\b(?:to|in|visit(?:ed|ing|s)?|left|leaves|leaving|landed\sin|arrived\sin|at)\s(?:the\s)?(?:capital\s(?:city\s)?(?:of\s)?)?$"
)

# How long: "two-day official visit", "a three-day visit".
DURATION = re.compile(r"(?i)\b(?P<n>\w+)-day\b")
ENDED = re.compile(
    r"(?i)\b(?:conclud\w+|end(?:ed|ing|s)|wrap(?:ped|s)?\sup|left|leaves|depart\w*|complet\w+)\b"
)

# A named multilateral event: "the expanded BRICS Summit", "the Eastern Economic Forum".
EVENT = re.compile(
    r"\b(?:the\s)?(?:expanded\s)?(?P<event>(?:[A-Z][\w-]*\s){0,4}(?:Summit|Sumit|Forum|Games|Parade))\b"
)
