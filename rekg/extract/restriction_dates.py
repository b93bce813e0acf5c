"""Part of the frames stage: the dates a restriction's sentences give it ("on April 4"
announces a measure, "from December 1" makes it effective)."""

from __future__ import annotations

import re

from rekg.extract.context import ArticleContext, RestrictionFrame
from rekg.loaders.text import MONTH_NAMES

_MONTHS = MONTH_NAMES
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b"
                   r"|\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")(?:,?\s+(\d{4}))?\b",
                   re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_EFFECTIVE_BEFORE = ("from", "effective", "starting", "effect on", "as of", "takes effect",
                     "took effect", "until", "from 1", "begins")


def frame_dates(ctx: ArticleContext, frame: RestrictionFrame, text: str) -> None:
    """"on April 4" announces a measure, "from December 1" makes it effective; a date without a
    year takes the article's year (the year before when it would lie after the article)."""
    published = ctx.doc.published or ""
    for match in _DATE.finditer(text) if _DIGIT.search(text) else ():  # each date has a digit
        month_name = (match.group(1) or match.group(5)).lower()
        day = int(match.group(2) or match.group(4))
        month = _MONTHS.index(month_name) + 1
        year_text = match.group(3) or match.group(6)
        if year_text:
            year = int(year_text)
        elif published[:4].isdigit():
            year = int(published[:4])
            if published[5:7].isdigit() and month > int(published[5:7]) + 1:
                year -= 1
        else:
            continue
        if not 1 <= day <= 31:
            continue
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        before = text[max(0, match.start() - 16):match.start()].lower()
        if any(cue in before for cue in _EFFECTIVE_BEFORE):
            frame.effective = frame.effective or iso
        else:
            frame.announced = frame.announced or iso
