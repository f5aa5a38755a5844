"""Ids from names, as an editor would write them: lower case, digits and hyphens ("Zuid-Oost" ->
"zuid-oost", "'s-Hertogenbosch" -> "s-hertogenbosch", "Zorg & Co." -> "zorg-co")."""
from __future__ import annotations

import re
import unicodedata


def slug(naam: str) -> str:
    plain = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
