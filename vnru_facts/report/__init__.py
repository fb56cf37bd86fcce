"""Reports for people: one-line wordings of facts, the highlighted article (HTML) and the timeline chart.

In: fact models and article texts. Out: strings (text, HTML, inline SVG). No spaCy Doc is kept.
"""
