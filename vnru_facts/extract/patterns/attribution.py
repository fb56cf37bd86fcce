"""The source a sentence opens with, which no family reads as a party of its fact."""

from __future__ import annotations

import re

# The source a sentence opens with, up to its comma: "According to the Foreign Investment Agency, ...",
# "According to data from Vietnam's Ministry of Planning and Investment, ...", "According to Russian
# statistics, ..." (no comma inside it).
ATTRIBUTION_LEAD = re.compile(r"(?i)\s*(?:\S+\s[-–—]\s)?according\sto\s[^,;]{3,140}?,\s")
