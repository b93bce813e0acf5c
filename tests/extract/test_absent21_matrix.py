"""A generated inventory of how English tells a fact that is NOT so, built from invented firms
and agreements: for each kind of modality (denial, also by a spokesperson; negation; scope
exclusion; threat; plan, proposal and consideration; rumour and report; condition; question;
measure lifted or suspended; hope and call) the constructions that carry it (verbs of denial,
plan, threat, proposal or consideration, modal verbs, conditional clauses, nominalisations
such as "a proposed ban", negation by "no", "not", "never", "neither", "without", "rather
than", "instead of", "except", "other than", "excluding", "not including", "but not") x the
relations they speak of (RESTRICTS, TARGETS, PRODUCES, SUPPLIES, PARTY_TO, LOCATED_IN,
DEPENDS_ON). Every modal sentence must give no fact, and its factual twin, with the same names,
must give the fact (so recall is tested too)."""

from __future__ import annotations

import pytest

from .fragments import measure_chains, states

# --- measures: RESTRICTS (imposer -> item) and TARGETS (imposer -> country) -----------------
_IMPOSERS = ["Zambia", "Peru", "Norway"]
_ITEMS = [("cobalt", "India"), ("tin", "Japan"), ("gallium", "Chile")]

# the factual twins
_MEASURE_FACTS = ["{P} banned exports of {i} to {T}.", "{P} bans exports of {i} to {T}.",
                  "{P} has banned exports of {i} to {T}."]
# the same measure told as not so, by kind
_MEASURE_ABSENT = {
    "denial": ["{P} denied that it had banned exports of {i} to {T}.",
               "A spokesperson for {P} denied that it had banned exports of {i} to {T}.",
               "{P} denied banning exports of {i} to {T}.",
               "{P} denied reports that it had banned exports of {i} to {T}.",
               "{P} rejected claims that it had banned exports of {i} to {T}."],
    "negation": ["{P} has not banned exports of {i} to {T}.",
                 "{P} has never banned exports of {i} to {T}.",
                 "{P} did not ban exports of {i} to {T}.",
                 "{P} no longer restricts exports of {i} to {T}.",
                 "{P} declined to ban exports of {i} to {T}.",
                 "{P} refused to ban exports of {i} to {T}.",
                 "{P} stopped short of banning exports of {i} to {T}.",
                 "{P} refrained from banning exports of {i} to {T}.",
                 "{P} has yet to ban exports of {i} to {T}."],
    "threat": ["{P} threatened to ban exports of {i} to {T}.",
               "{P} has threatened a ban on exports of {i} to {T}.",
               "{P} warned it could ban exports of {i} to {T}."],
    "plan": ["{P} plans to ban exports of {i} to {T}.",
             "{P} is planning a ban on exports of {i} to {T}.",
             "{P} proposed a ban on exports of {i} to {T}.",
             "{P} is considering a ban on exports of {i} to {T}.",
             "{P} is weighing a ban on exports of {i} to {T}.",
             "{P} is mulling a ban on exports of {i} to {T}.",
             "{P} is contemplating a ban on exports of {i} to {T}.",
             "{P} is studying a ban on exports of {i} to {T}.",
             "{P} floated a ban on exports of {i} to {T}.",
             "{P} has drafted a ban on exports of {i} to {T}.",
             "{P} has put forward a ban on exports of {i} to {T}.",
             "{P} is moving toward a ban on exports of {i} to {T}.",
             "{P} backed away from a ban on exports of {i} to {T}.",
             "{P} is expected to ban exports of {i} to {T}.",
             "{P} is preparing to ban exports of {i} to {T}.",
             "{P} intends to ban exports of {i} to {T}.",
             "{P} aims to ban exports of {i} to {T}.",
             "{P} is poised to ban exports of {i} to {T}.",
             "{P} is close to banning exports of {i} to {T}.",
             "{P} is in talks to ban exports of {i} to {T}.",
             "{P}'s proposed ban on {i} exports to {T} worried traders.",
             "{P}'s planned ban on {i} exports to {T} worried traders.",
             "{P}'s possible ban on {i} exports to {T} worried traders.",
             "{P}'s threatened ban on {i} exports to {T} worried traders."],
    "modal": ["{P} may ban exports of {i} to {T}.", "{P} could ban exports of {i} to {T}.",
              "{P} would ban exports of {i} to {T}.", "{P} might ban exports of {i} to {T}.",
              "{P} should ban exports of {i} to {T}, miners said.",
              "{P} ought to ban exports of {i} to {T}, miners said."],
    "rumour": ["{P} reportedly banned exports of {i} to {T}.",
               "{P} is said to have banned exports of {i} to {T}.",
               "{P} is rumoured to be planning a ban on exports of {i} to {T}."],
    "condition": ["If {P} bans exports of {i} to {T}, prices will rise.",
                  "Should {P} ban exports of {i} to {T}, prices will rise.",
                  "Were {P} to ban exports of {i} to {T}, prices would rise.",
                  "Provided that talks fail, {P} will ban exports of {i} to {T}."],
    "question": ["Will {P} ban exports of {i} to {T}?",
                 "Analysts asked whether {P} would ban exports of {i} to {T}.",
                 "It is unclear whether {P} will ban exports of {i} to {T}."],
    "lifted": ["{P} lifted its ban on exports of {i} to {T}.",
               "{P} suspended its ban on exports of {i} to {T}.",
               "{P} scrapped its ban on exports of {i} to {T}.",
               "{P} revoked its ban on exports of {i} to {T}.",
               "{P} repealed its ban on exports of {i} to {T}."],
    "call": ["Miners urged {P} to ban exports of {i} to {T}.",
             "Lawmakers called on {P} to ban exports of {i} to {T}.",
             "{P} hopes to ban exports of {i} to {T}.",
             "Unions in {P} are pushing for a ban on exports of {i} to {T}.",
             "Unions in {P} demanded a ban on exports of {i} to {T}."],
}


def _measure_cases(templates: list[str], count: int) -> list[tuple[str, str, str, str]]:
    return [(t.format(P=p, i=i, T=tgt), p, i, tgt) for t in templates
            for p in _IMPOSERS[:count] for i, tgt in _ITEMS[:count]]


@pytest.mark.parametrize(("text", "imposer", "item", "target"),
                         _measure_cases(_MEASURE_FACTS, 3))
def test_measure_stated_gives_its_facts(text: str, imposer: str, item: str,
                                        target: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer.lower(), item) in chains, text
    assert ("TARGETS", imposer.lower(), target.lower()) in chains, text


@pytest.mark.parametrize(("text", "imposer", "item", "target"),
                         [c for kind in _MEASURE_ABSENT.values() for c in _measure_cases(kind, 2)])
def test_measure_not_so_gives_nothing(text: str, imposer: str, item: str, target: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer.lower(), item) not in chains, text
    assert ("TARGETS", imposer.lower(), target.lower()) not in chains, text


# scope exclusions: the item left out gives nothing, the item kept stays restricted
_EXCLUDED = ["{P} banned exports of copper but not {i}.",
             "{P} banned exports of copper, excluding {i}.",
             "{P} banned exports of copper, not including {i}.",
             "{P} banned exports of copper, with the exception of {i}.",
             "{P} banned exports of copper rather than {i}.",
             "{P} banned exports of copper instead of {i}.",
             "{P} banned exports of copper only, not {i}.",
             "{P} banned exports of copper and left {i} off the list.",
             "{P} banned exports of copper; {i} was exempted.",
             "{P} banned exports of copper, but {i} is exempt."]


@pytest.mark.parametrize(("text", "imposer", "item"),
                         [(t.format(P=p, i=i), p, i) for t in _EXCLUDED for p in _IMPOSERS[:2]
                          for i, _ in _ITEMS[:2]])
def test_item_left_out_gives_nothing(text: str, imposer: str, item: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer.lower(), item) not in chains, text
    assert ("RESTRICTS", imposer.lower(), "copper") in chains, text


# --- facts of a firm or a country: PRODUCES, SUPPLIES, PARTY_TO, LOCATED_IN ---------------
_FIRMS = ["Orsa Mining", "Veltrix Metals", "Kestrel Resources"]
_COUNTRIES = ["Peru", "Norway", "Chile"]
# relation -> (subject kind, target, verb forms: base, past, 3rd person, gerund)
_VERBS = {
    "PRODUCES": ("firm", "cobalt hydroxide", dict(
        base="make cobalt hydroxide", past="made cobalt hydroxide",
        pres="makes cobalt hydroxide", ger="making cobalt hydroxide")),
    "SUPPLIES": ("firm", "Japan", dict(
        base="sell graphite to Japan", past="sold graphite to Japan",
        pres="sells graphite to Japan", ger="selling graphite to Japan")),
    "PARTY_TO": ("country", "Lisbon Minerals Accord", dict(
        base="sign the Lisbon Minerals Accord", past="signed the Lisbon Minerals Accord",
        pres="signs the Lisbon Minerals Accord", ger="signing the Lisbon Minerals Accord")),
    "LOCATED_IN": ("firm", "Chile", dict(
        base="build a nickel refinery in Chile", past="built a nickel refinery in Chile",
        pres="runs a nickel refinery in Chile", ger="building a nickel refinery in Chile")),
}
_FIRM_FACTS = ["{S} {past}.", "{S} {pres}.", "In May {S} {past}."]
_FIRM_ABSENT = {
    "denial": ["{S} denied that it had {past}.", "{S} denied {ger}.",
               "A spokesperson for {S} denied that it had {past}.",
               "{S} denied reports that it had {past}.",
               "{S} rejected claims that it had {past}."],
    "negation": ["{S} has not {past}.", "{S} did not {base}.", "{S} has never {past}.",
                 "{S} declined to {base}.", "{S} refused to {base}.", "{S} failed to {base}.",
                 "{S} stopped short of {ger}.", "{S} refrained from {ger}.",
                 "{S} has yet to {base}."],
    "threat": ["{S} threatened to {base}."],
    "plan": ["{S} plans to {base}.", "{S} is planning to {base}.", "{S} proposed {ger}.",
             "{S} is considering {ger}.", "{S} is weighing {ger}.", "{S} is mulling {ger}.",
             "{S} is contemplating {ger}.", "{S} is exploring {ger}.", "{S} is studying {ger}.",
             "{S} is looking at {ger}.", "{S} is expected to {base}.", "{S} is set to {base}.",
             "{S} intends to {base}.", "{S} aims to {base}.", "{S} is likely to {base}.",
             "{S} is due to {base}.", "{S} is scheduled to {base}.",
             "{S} is in talks to {base}.", "{S} is negotiating to {base}.",
             "{S} is ready to {base}.", "{S} is willing to {base}.",
             "{S} is close to {ger}.", "{S} is tipped to {base}.", "{S} has applied to {base}.",
             "{S} hopes to {base}.", "{S} wants to {base}.", "{S} vowed to {base}."],
    "modal": ["{S} may {base}.", "{S} could {base}.", "{S} would {base}.", "{S} might {base}.",
              "{S} ought to {base}.", "{S} could soon {base}."],
    "condition": ["If {S} {pres}, prices will rise.", "Should {S} {base}, prices will rise.",
                  "Were {S} to {base}, prices would rise."],
    "question": ["Analysts asked whether {S} would {base}.",
                 "It is unclear whether {S} will {base}."],
}
# the kinds LOCATED_IN is tested for: a site's country is an attribute that a denial elsewhere in
# the sentence leaves standing ("X could not rule out delays, while Y cut output at its plant in
# Z"), so only the verb group that joins the firm to the site is read
_LOCATED_KINDS = ("plan", "modal")


def _subject(rel: str, n: int) -> str:
    return (_FIRMS if _VERBS[rel][0] == "firm" else _COUNTRIES)[n]


def _firm_cases(templates: list[str], rel: str, count: int) -> list[tuple[str, str, str, str]]:
    forms = _VERBS[rel][2]
    out = []
    for t in templates:
        for n in range(count):
            subject = _subject(rel, n)
            text = t.format(S=subject, **forms)
            out.append((text[0].upper() + text[1:], rel, subject, _VERBS[rel][1]))
    return out


def _absent_firm_cases() -> list[tuple[str, str, str, str]]:
    out = []
    for rel in _VERBS:
        for kind, templates in _FIRM_ABSENT.items():
            if rel == "LOCATED_IN" and kind not in _LOCATED_KINDS:
                continue
            # a refusal to sign is told of deals by agreement stages of their own
            chosen = [t for t in templates if not (rel == "LOCATED_IN" and (
                "threatened" in t or "ready" in t or "willing" in t or "exploring" in t))]
            out += _firm_cases(chosen, rel, 2)
    return out


@pytest.mark.parametrize(("text", "rel", "subject", "target"),
                         [c for rel in _VERBS for c in _firm_cases(_FIRM_FACTS, rel, 3)])
def test_firm_fact_stated_is_found(text: str, rel: str, subject: str, target: str) -> None:
    assert states(text, rel, subject.split()[0], target), text


@pytest.mark.parametrize(("text", "rel", "subject", "target"), _absent_firm_cases())
def test_firm_fact_not_so_gives_nothing(text: str, rel: str, subject: str,
                                        target: str) -> None:
    assert not states(text, rel, subject.split()[0], target), text


# a verb of plan, refusal or weighing that governs another verb, or stands in another clause,
# leaves the fact standing
_KEPT = ["{S} {past}, and it is considering a second plant.",
         "{S} {past}, though it declined to give figures.",
         "{S} {past}; it plans to expand.",
         "{S} {past} and is expected to report results in May."]


@pytest.mark.parametrize(("text", "rel", "subject", "target"),
                         [c for rel in ("PRODUCES", "SUPPLIES") for c in
                          _firm_cases(_KEPT, rel, 2)])
def test_plan_of_another_verb_keeps_the_fact(text: str, rel: str, subject: str,
                                             target: str) -> None:
    assert states(text, rel, subject.split()[0], target), text


# --- DEPENDS_ON: a product that does not need an input ----------------------------------------
_USERS = ["Kestrel's electric motors", "Orsa's electric motors", "Veltrix's electric motors"]
_USE_FACTS = ["{U} use neodymium magnets.", "{U} rely on neodymium magnets."]
_USE_ABSENT = ["{U} do not use neodymium magnets.",
               "{U} no longer use neodymium magnets.",
               "{U} use ferrite magnets rather than neodymium magnets.",
               "{U} use ferrite magnets instead of neodymium magnets.",
               "{U} work without neodymium magnets.",
               "{U} are free of neodymium magnets.",
               "{U} need no neodymium magnets.",
               "{U} could use neodymium magnets.",
               "{U} avoid neodymium magnets.",
               "{U} do away with neodymium magnets.",
               "{U} contain neither neodymium magnets nor copper.",
               "{U} use copper, not neodymium magnets."]


@pytest.mark.parametrize("text", [t.format(U=u) for t in _USE_FACTS for u in _USERS])
def test_use_stated_is_found(text: str) -> None:
    assert states(text, "DEPENDS_ON", "motor", "NdFeB"), text


@pytest.mark.parametrize("text", [t.format(U=u) for t in _USE_ABSENT for u in _USERS[:2]])
def test_use_not_so_gives_nothing(text: str) -> None:
    assert not states(text, "DEPENDS_ON", "motor", "NdFeB"), text


# --- PRODUCES told with negation, exclusion or a past that ended ----------------------------
_OUTPUT_ABSENT = ["{S} produces copper but not cobalt.",
                  "{S} produces copper rather than cobalt.",
                  "{S} produces copper instead of cobalt.",
                  "{S} produces copper and zinc, but no cobalt.",
                  "{S} produces no cobalt.",
                  "{S} stopped producing cobalt in 2019.",
                  "{S} halted cobalt production in 2019.",
                  "{S} is not a cobalt producer.",
                  "{S} has no cobalt refinery.",
                  "{S} used to produce cobalt.",
                  "{S} is exploring for cobalt in Zambia.",
                  "{S}, a would-be cobalt producer, raised money.",
                  "{S} imports all its cobalt.",
                  "{S} produces copper. It does not produce cobalt.",
                  "{S}, which does not produce cobalt, buys it from Congo.",
                  "Reports that {S} produces cobalt are false."]


@pytest.mark.parametrize(("text", "firm"),
                         [(t.format(S=f), f) for t in _OUTPUT_ABSENT for f in _FIRMS[:2]])
def test_output_not_so_gives_nothing(text: str, firm: str) -> None:
    assert not states(text, "PRODUCES", firm.split()[0], "cobalt"), text


@pytest.mark.parametrize("firm", _FIRMS)
def test_output_stated_is_found(firm: str) -> None:
    text = f"{firm} produces copper and cobalt."
    assert states(text, "PRODUCES", firm.split()[0], "cobalt"), text
    assert states(text, "PRODUCES", firm.split()[0], "copper"), text


# --- an item the article says is off the list: the scorer's guess that restricts it goes --------
_GUESSED = ["Most of the talk about {P}'s cobalt licensing this year has centred on batteries. "
            "Tin and zinc are cheap and abundant, and solderers and platers depend on them. "
            "{off}"]
_OFF = ["Tin and zinc are not on the list.", "Tin and zinc were left off.",
        "Why tin and zinc stayed off the list is unclear.",
        "Tin and zinc have not appeared on any of its control lists.",
        "Tin and zinc are not covered."]


@pytest.mark.parametrize(("text", "imposer"),
                         [(t.format(P=p, off=o), p) for t in _GUESSED for o in _OFF
                          for p in _IMPOSERS[:2]])
def test_item_said_off_the_list_is_not_restricted(text: str, imposer: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer.lower(), "tin") not in chains, text
    assert ("RESTRICTS", imposer.lower(), "zinc") not in chains, text
    assert ("RESTRICTS", imposer.lower(), "cobalt") in chains, text


_STATED = ["{P} restricts exports of tin and cobalt. Zinc is not on the list.",
           "{P} restricts exports of tin and cobalt. Why zinc stayed off the list is unclear."]


@pytest.mark.parametrize(("text", "imposer"),
                         [(t.format(P=p), p) for t in _STATED for p in _IMPOSERS])
def test_item_read_in_so_many_words_stays_restricted(text: str, imposer: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer.lower(), "tin") in chains, text
    assert ("RESTRICTS", imposer.lower(), "cobalt") in chains, text
    assert ("RESTRICTS", imposer.lower(), "zinc") not in chains, text


# --- an output the article denies in so many words: which sentences deny it ------------------
_DENIED_OUTPUT = ["{F} does not make magnets.", "{F} doesn't make magnets.",
                  "{F} itself will not make magnets.", "{F} has never made magnets.",
                  "{F} does not currently produce magnets, and buys them from Japan.",
                  "{F} does not make alloy or magnets.",
                  "It separates oxides. It does not make magnets."]
_NOT_DENIED = ["{F} makes magnets.", "{F} does not buy magnets.",
               "{F} does not only make magnets.", "{F} makes oxide, not metal, and magnets.",
               "{F} does not make oxide; it makes magnets."]


def _denied(text: str) -> set[tuple[str, str]]:
    from rekg.extract.modality_unmade import _denied_pairs
    from rekg.extract.pipeline import mentions_for
    from rekg.loaders.document import Document

    views = mentions_for(Document(text=text, title="Test", published="2025-06-01"))
    return {pair for view in views for pair in _denied_pairs(view)}


@pytest.mark.parametrize(("text", "firm"),
                         [(t.format(F=f), f) for t in _DENIED_OUTPUT for f in _FIRMS])
def test_output_denied_in_so_many_words(text: str, firm: str) -> None:
    text = f"{firm} is a miner. {text}" if text.startswith("It") else text
    pairs = _denied(text)
    assert any(s.endswith(firm.lower().replace(" ", "-")) and "magnet" in t
               for s, t in pairs), (text, pairs)


@pytest.mark.parametrize(("text", "firm"),
                         [(t.format(F=f), f) for t in _NOT_DENIED for f in _FIRMS])
def test_output_not_denied(text: str, firm: str) -> None:
    pairs = _denied(text)
    assert not any("magnet" in t for _, t in pairs), (text, pairs)
