"""The countries lexicon (rekg/loaders/lexicon/countries.yaml): complete and unambiguous."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

COUNTRIES = Path(__file__).resolve().parents[2] / "rekg" / "loaders" / "lexicon" / "countries.yaml"
FIELDS = ["name", "iso2", "iso3", "aliases", "demonyms", "capitals"]
# The 193 UN member states plus the Holy See, Palestine, Taiwan and Kosovo, and Greenland.
_CODES = (
    "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH "
    "CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI "
    "FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP "
    "KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM "
    "NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST "
    "SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV "
    "UG UA AE GB US UY UZ VU VE VN YE ZM ZW VA PS TW XK GL "
)
SOVEREIGN_ISO2 = set(_CODES.split())


@pytest.fixture(scope="module")
def countries() -> list[dict[str, Any]]:
    loaded = yaml.safe_load(COUNTRIES.read_text(encoding="utf-8"))
    assert isinstance(loaded, list)
    return loaded


def test_every_sovereign_state_once(countries: list[dict[str, Any]]) -> None:
    assert len(SOVEREIGN_ISO2) == 198
    iso2 = [c["iso2"] for c in countries]
    iso3 = [c["iso3"] for c in countries]
    assert len(countries) == 198
    assert set(iso2) == SOVEREIGN_ISO2
    assert len(set(iso2)) == len(iso2)
    assert len(set(iso3)) == len(iso3)


def test_entries_have_the_documented_shape(countries: list[dict[str, Any]]) -> None:
    for country in countries:
        assert list(country) == FIELDS, country
        assert re.fullmatch(r"[A-Z]{2}", country["iso2"]), country
        assert re.fullmatch(r"[A-Z]{3}", country["iso3"]), country
        assert isinstance(country["name"], str) and country["name"].strip() == country["name"]
        for key in ("aliases", "demonyms", "capitals"):
            assert isinstance(country[key], list), country
            assert all(isinstance(v, str) and v.strip() == v and v for v in country[key])


def test_no_surface_form_belongs_to_two_countries(countries: list[dict[str, Any]]) -> None:
    owner: dict[str, str] = {}
    for country in countries:
        forms = [country["name"], *country["aliases"], *country["demonyms"], *country["capitals"]]
        for form in {f.casefold() for f in forms}:
            assert form not in owner, f"{form!r} is used by {owner[form]} and {country['iso2']}"
            owner[form] = country["iso2"]


def test_common_names_demonyms_and_metonyms(countries: list[dict[str, Any]]) -> None:
    by_iso2 = {c["iso2"]: c for c in countries}
    names = {iso: by_iso2[iso]["name"] for iso in ("CN", "US", "KR", "RU", "GB", "JP", "VA")}
    assert names == {"CN": "China", "US": "United States", "KR": "South Korea", "RU": "Russia",
                     "GB": "United Kingdom", "JP": "Japan", "VA": "Vatican City"}
    assert "Chinese" in by_iso2["CN"]["demonyms"]
    assert "Beijing" in by_iso2["CN"]["capitals"]
    assert "South Korean" in by_iso2["KR"]["demonyms"]
    assert {"Washington", "White House"} <= set(by_iso2["US"]["capitals"])
    assert {"US", "U.S.", "USA", "America", "United States of America"} <= set(
        by_iso2["US"]["aliases"]
    )
    assert "Kremlin" in by_iso2["RU"]["capitals"]
    assert "Downing Street" in by_iso2["GB"]["capitals"]
    every_form = {f for c in countries for key in ("aliases", "capitals") for f in c[key]}
    assert "Brussels" not in every_form, "Brussels stands for the EU, an Organization"
    missing_demonyms = sorted(c["name"] for c in countries if not c["demonyms"])
    assert len(missing_demonyms) <= 3, missing_demonyms
