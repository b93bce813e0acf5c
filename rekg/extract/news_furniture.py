"""Part of stage 1: the furniture of a news page pasted as text, left out before any mention.

A story copied from a wire or a news site carries more than the story: the agency's credit in
the dateline ("BEIJING, April 14 (Reuters) - China ...", "DENVER, Nov. 5, 2024 /PRNewswire/
--"), bylines, photo captions and their credits, the reporting and editing credits at the end,
copyright lines, newsletter prompts, "Read more" and topic lists, and stock tickers after
company names ("MP Materials (MP.N)", "(ASX: LYC)"). Read as sentences they made the agency a
company that imposed the story's export controls, and the objects in a caption entities of the
article. A sentence of furniture is dropped whole; credits and tickers are cut out; the
dateline becomes a sentence of its own, so that the story's first sentence opens on its
subject (the dateline still seats government bodies, ``dateline_seats``, and says where talks
were, ``agreements``). What marks furniture is typography and the trade's set phrases, not a
list of outlets: any short name in brackets between the dateline and its dash is a credit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

# "BEIJING, April 14 (Reuters) -", "NEW DELHI/TOKYO (Nikkei Asia) —", "(Bloomberg) --": a place
# in capitals, or capitalised and followed by its date; then the bracketed credit and the dash
_PLACE = r"[A-Z][A-Z.'’-]*(?:[ /][A-Z][A-Z.'’-]*)*"
_DATED_PLACE = (r"[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*)*,\s*"
                r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a dateline of the date alone: "Dec 6 (Reuters) -"
_DATE = _MONTH + r"\s+\d{1,2}"
# a place with its country in brackets: "Narva (Estonia) (AFP) -"
_BRACKETED_PLACE = r"[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*)*\s*\([A-Z][\w .'’-]{1,30}\)"
_CREDIT = re.compile(
    rf"(?P<dateline>(?:{_PLACE}(?:,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,?\s*\d{{4}})?)?"
    rf"|{_DATED_PLACE}|{_DATE}|{_BRACKETED_PLACE})\s*)?"
    r"\((?P<credit>[A-Z][\w&.'’ -]{0,39}?)\)\s*(?P<dash>--?|—|–)\s*")

# A release wire's credit: in slashes before the dash ("/PRNewswire/ --", "/CNW/ -"), or in
# brackets between two dashes, in capitals or with its date ("--(BUSINESS WIRE)--",
# "--(Newsfile Corp. - May 14, 2025) -")
_WIRE_CREDIT = re.compile(
    r"(?P<dateline>[A-Z][^()/]{0,80}?)\s*(?:/[A-Z][\w&.'’ -]{0,39}/\s*(?:--?|—|–)"
    r"|(?:--?|—|–)\s*\((?:[A-Z][A-Z&.'’ -]{2,39}|[A-Z][\w&.'’ ]{1,30} - " + _DATE
    + r",? \d{4})\)\s*(?:--?|—|–))\s*")

# Whole sentences: what a photo's caption or credit holds (a caption's own sentence before its
# credit goes with it: see ``story``) ...
_PHOTO_OPENERS = re.compile(
    r"\s*(?:FILE PHOTO\b|FILE\s+[-—–]\s|PHOTO:|Photo:|Photograph:|Picture:|Image:|"
    r"Illustration:|Caption:|Credit:|\(?Photo (?:by|courtesy)\b)")
_PHOTO_MARKS = re.compile(
    r"Purchase Licensing Rights|Getty Images|/File Photo|\bREUTERS/|\bAP Photo\b|\bAFP via\b|"
    r"\(Photo (?:by|courtesy)\b|Photo credit|\b(?:photo|picture) taken\b|"
    # "in this photo", "in an undated handout picture"; a story may say "seen in a photo"
    r"\bin (?:this (?:undated |file |handout |aerial )*|an? (?:undated |file |handout |aerial )+)"
    r"(?:photo|picture|image|illustration|photograph)\b")
# ... how a footer or a page prompt opens ...
_OPENERS = re.compile(
    r"\s*(?:ADVERTISEMENT\b|Advertisement\b|Sign up\b|Subscribe\b|Follow us\b|Share this\b|"
    r"Read more\b|Read also\b|Related:|Related coverage\b|Related stories\b|"
    r"Related releases?:|Related articles?:|Suggested Topics\b|Our Standards\b|Copyright\b|©|"
    r"Click here\b|Get the latest\b|"
    r"Download the\b|To contact the\b|Contact the reporter\b|--\s*With assistance\b|"
    r"With assistance from\b)")
# page prompts that could open a sentence of a story too: only short ones are furniture
_SHORT_OPENERS = re.compile(
    r"\s*(?:Recommended|Most read|Most popular|More from|Trending|Video:|Watch:|Listen:)")
_SHORT_WORDS = 8
_CAPTION_SENTENCES = 3
# ... what only a footer holds anywhere in it ...
_MARKS = re.compile(r"opens new tab|All rights reserved|This material may not be published|"
                    r"Trust Principles|contributed to this report|contributed reporting|"
                    r" > [^>]+ > ")  # a breadcrumb: "Home > Policy Release > Export Control"
# ... or what only a release's closing blocks hold: its disclaimers, its authorisation, the
# exchange's and the wire's notices, and contact lines with an e-mail address or a phone number
_RELEASE_MARKS = re.compile(
    r"(?i:forward-looking (?:statement|information))|(?i:not historical facts?)|"
    r"authori[sz]ed for release|Regulation Services Provider|provided by RNS|RNS is approved|"
    r"To view the source version|Market Abuse Regulation|"
    r"[\w.+-]+@[\w-]+\.[a-z]{2,}|\+\d{1,3}[ (]+\d[\d ()-]{5,}\d|\(\d{3}\) ?\d{3}-\d{4}")
_RELEASE_OPENERS = re.compile(
    r"\s*(?:SOURCE\s+[A-Z]|Contacts?\s*:?\s*$|For (?:further|more) information\b|"
    r"News provided by\b|Investors?\s*(?:and media )?(?:relations|enquiries|inquiries|contact)?"
    r"\s*:|Media\s*(?:relations|enquiries|inquiries|contacts?)?\s*:|"
    r"(?:Media|Investor) (?:contact|enquiries|inquiries)\b|\(?END\)?\s*$)")
# ... a credit line: "(Reporting by Ann Lee in Seoul; Editing by ...)", "Writing by Tom Reed"
_CREDIT_LINE = re.compile(
    r"\s*\(?(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Produced|Graphics|"
    r"Research)\s+by\s+[A-Z]")
_CREDIT_LINE_WORDS = 14
# ... and a byline: "By Maria Lopez and James Chen", "By Staff Writer"
_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.'’-]*(?:(?:\s+|,\s*|\s+and\s+)[A-Z][\w.'’-]*){0,7}\s*$")
# a bare credit alone: "(Reuters)", "— AFP"
# (a single hyphen opens a bulleted item, which this is not)
_BARE_CREDIT = re.compile(r"\s*(?:\([A-Z][\w&.'’ -]{0,39}\)|(?:--|—|–)\s*[A-Z][\w&.'’-]*"
                          r"(?:\s[A-Z][\w&.'’-]*){0,3})\s*$")


def is_furniture(sentence: str) -> bool:
    """Whether the sentence belongs to the page rather than the story."""
    if (_photo(sentence) or _OPENERS.match(sentence) or _MARKS.search(sentence)
            or _BYLINE.match(sentence) or _RELEASE_OPENERS.match(sentence)
            or _RELEASE_MARKS.search(sentence)):
        return True
    if _BARE_CREDIT.match(sentence):
        return True
    if _SHORT_OPENERS.match(sentence) and len(sentence.split()) <= _SHORT_WORDS:
        return True
    if _CREDIT_LINE.match(sentence):
        # "Reporting by the ministry showed ..." is a sentence of the story: a credit line
        # names people, is short or is bracketed, and runs credits together with semicolons
        stripped = sentence.strip()
        return (stripped.startswith("(") or ";" in stripped
                or len(stripped.split()) <= _CREDIT_LINE_WORDS)
    return False


def without_credit(sentence: str, is_place: Callable[[str], bool]) -> str:
    """The sentence with an agency's credit cut out of its dateline, if it has one. A place in
    the brackets is the dateline's own ("LA ROCHELLE (France) -") and stays."""
    wire = _WIRE_CREDIT.match(sentence)
    if wire is not None:  # "DENVER, Nov. 5, 2024 /PRNewswire/ --", "PERTH--(BUSINESS WIRE)--"
        return f"{wire.group('dateline').rstrip()} -- {sentence[wire.end():]}"
    found = _CREDIT.match(sentence)
    if found is None or is_place(found.group("credit")):
        return sentence
    dateline = found.group("dateline")
    if not dateline or re.fullmatch(_DATE, dateline.strip()):
        return sentence[found.end():]
    return f"{dateline.rstrip()} {found.group('dash')} {sentence[found.end():]}"


# A stock ticker after a company's name: an agency's instrument code ("MP Materials (MP.N)",
# "Toyota (7203.T)", "Volkswagen (VOWG_p.DE)") or an exchange and its symbol ("(ASX: LYC)",
# "(NYSE American: UUUU; TSX: EFR)"). It names no entity: read as words, the code became a
# company of its own and the brackets parted a company from its verb.
_EXCHANGE = (r"(?:NYSE(?:\s+(?:American|Arca|MKT))?|NASDAQ|Nasdaq|ASX|TSX(?:-?V|\s+Venture)?|"
             r"OTC(?:QX|QB|\s+Pink)?|LSE|AIM|JSE|HKEX|SEHK|SGX|KRX|KOSDAQ|TYO|TSE|FRA|ETR|Xetra|"
             r"NSE|BSE|CSE|SSE|SZSE|IDX|Bursa|SIX|Euronext(?:\s+\w+)?|B3|BMV)")
_SYMBOL = r"[A-Z0-9][A-Za-z0-9]{0,7}(?:[._][A-Za-z0-9]{1,4})?"
_INSTRUMENT = r"[A-Z0-9][A-Z0-9]{0,6}(?:_[a-z])?\.[A-Z]{1,3}"
_TICKER = re.compile(
    rf"\s*\((?:{_INSTRUMENT}(?:\s*[,;/]\s*{_INSTRUMENT})*"
    rf"|{_EXCHANGE}\s*:\s*{_SYMBOL}(?:\s*[,;/]\s*{_EXCHANGE}\s*:\s*{_SYMBOL})*)\)")


def without_tickers(sentence: str) -> str:
    """The sentence with its stock tickers cut out."""
    return _TICKER.sub("", sentence) if "(" in sentence else sentence


def _photo(sentence: str) -> bool:
    return _PHOTO_OPENERS.match(sentence) is not None or _PHOTO_MARKS.search(sentence) is not None


# A dateline's dash: doubled or long with or without spaces, a hyphen only between spaces
_DATELINE_DASH = re.compile(r"\s*(?:--|—|–)\s*|\s+-\s+")
_DATELINE_WORDS = 12
_MONTHS = re.compile(_MONTH + "$")


def dateline_split(sentence: str, is_place: Callable[[str], bool]) -> tuple[str, str] | None:
    """"PERTH, Australia, March 3, 2025 -- Arvella Metals said it ...": the dateline and the
    story's first sentence apart, so that the sentence opens on its subject. A dateline opens
    with a place in capitals that is a known place, names a date, or has more than one part
    ("LAS VEGAS", "WASHINGTON/BEIJING"); all its words are capitalised or numbers."""
    dash = _DATELINE_DASH.search(sentence, 0, 120)
    if dash is None or dash.start() == 0:
        return None
    head, rest = sentence[:dash.start()], sentence[dash.end():]
    words = re.findall(r"[^\s,/]+", head)
    first = head.split(",")[0].strip()
    if not words or len(words) > _DATELINE_WORDS or not rest[:1].isupper() \
            or not (len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper()) \
            or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    dated = any(_MONTHS.match(w) for w in words[1:])
    if not (dated or is_place(first) or " " in first or "/" in first):
        return None
    return head, rest


class StoryLine(NamedTuple):
    text: str
    paragraph: int
    dateline: bool = False  # the dateline cut from the sentence after it


def story(sentences: list[tuple[str, int]], is_place: Callable[[str], bool],
          ) -> list[StoryLine]:
    """The sentences of the story alone with their paragraphs, credits and tickers cut out and
    each dateline a sentence of its own. A short paragraph with a photo's credit is a caption
    whole: "Miners sort ore at a pit in Kachin state. (Photo by Staff/Agency)"."""
    sizes: dict[int, int] = {}
    photos: set[int] = set()
    for text, paragraph in sentences:
        sizes[paragraph] = sizes.get(paragraph, 0) + 1
        if _photo(text):
            photos.add(paragraph)
    captions = {p for p in photos if sizes[p] <= _CAPTION_SENTENCES}
    kept: list[StoryLine] = []
    for text, paragraph in sentences:
        if paragraph in captions or is_furniture(text):
            continue
        text = without_tickers(without_credit(text, is_place))
        parts = dateline_split(text, is_place)
        if parts is None:
            kept.append(StoryLine(text, paragraph))
        else:
            kept += [StoryLine(parts[0], paragraph, True), StoryLine(parts[1], paragraph)]
    return kept
