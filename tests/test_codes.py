"""The codebook: every act has codes, and every code is valid against the code lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplomev import Agreement, Event, EventKind, Proposal, ProposalStatus, _codes, _countries
from diplomev.codes import (
    Act,
    ActCodes,
    QuadClass,
    act_codes,
    agreement_codes,
    all_act_codes,
    cameo_actor_code,
    cameo_code,
    codebook_version,
    event_codes,
    plover_actor_code,
    proposal_codes,
)

DATA = _codes.load()

# The table as reviewed: (CAMEO code, PLOVER event, PLOVER mode, reciprocal).
EXPECTED = {
    Act.PHONE_CALL: ("041", "CONSULT", "phone", True),
    Act.VIDEO_CALL: ("041", "CONSULT", "phone", True),
    Act.MEETING: ("040", "CONSULT", None, True),
    Act.CONSULTATIONS: ("040", "CONSULT", None, True),
    Act.JOINT_STATEMENT: ("019", "AGREE", None, True),
    Act.MESSAGE: ("040", "CONSULT", "phone", False),
    Act.OTHER: ("040", "CONSULT", None, True),
    Act.PROPOSAL_MADE: ("030", "AGREE", None, False),
    Act.PROPOSAL_REITERATED: ("030", "AGREE", None, False),
    Act.AGREEMENT: ("030", "AGREE", None, True),
}


def test_the_shipped_files_are_consistent() -> None:
    assert _codes.problems(DATA) == []


def test_every_act_has_a_row_and_every_row_is_an_act() -> None:
    assert set(DATA.acts) == {act.value for act in Act}


@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_kind_has_codes(kind: EventKind) -> None:
    assert event_codes(Event(kind=kind)).act == Act(kind.value)


@pytest.mark.parametrize("status", list(ProposalStatus))
def test_every_proposal_status_has_codes(status: ProposalStatus) -> None:
    codes = proposal_codes(Proposal(text="extend the treaty", status=status))
    assert codes.act == Act(f"proposal_{status.value}")


def test_agreements_have_codes() -> None:
    assert agreement_codes(Agreement(text="continue contacts")).act is Act.AGREEMENT
    assert agreement_codes() == agreement_codes(Agreement(text="x"))


@pytest.mark.parametrize("act", list(Act))
def test_the_table_is_as_reviewed(act: Act) -> None:
    codes = act_codes(act)
    got = (codes.cameo.code, codes.plover.event, codes.plover.mode, codes.reciprocal)
    assert got == EXPECTED[act]
    assert codes.plover.context == ("diplomatic",)
    assert len(codes.comment) > 80, "every row of this table is a judgement call: say why"


@pytest.mark.parametrize("codes", all_act_codes(), ids=lambda c: c.act.value)
def test_every_code_is_valid_against_the_code_lists(codes: ActCodes) -> None:
    cameo = codes.cameo.code
    assert re.fullmatch(r"\d{3,4}", cameo), "a CAMEO code is a string with its leading zeros"
    assert cameo in DATA.goldstein
    assert codes.cameo.base_code in DATA.goldstein
    assert codes.cameo.root_code in DATA.roots
    kind = DATA.plover[codes.plover.event]
    assert codes.plover.mode is None or codes.plover.mode in kind.modes
    assert set(codes.plover.context) <= DATA.contexts


@pytest.mark.parametrize("codes", all_act_codes(), ids=lambda c: c.act.value)
def test_scores_and_classes_come_from_the_code_lists(codes: ActCodes) -> None:
    assert codes.goldstein == DATA.goldstein[codes.cameo.code]
    assert codes.quad_class == DATA.roots[codes.cameo.root_code].quad
    assert codes.intensity == DATA.plover[codes.plover.event].intensity
    assert codes.plover.quad_class == codes.cameo.quad_class


def test_goldstein_weights_of_the_codes_the_table_uses() -> None:
    weights = {code: cameo_code(code).goldstein for code in ("040", "041", "019", "030", "057")}
    assert weights == {"040": 1.0, "041": 1.0, "019": 3.4, "030": 4.0, "057": 8.0}


def test_the_cameo_list_is_whole_and_well_formed() -> None:
    assert sorted(DATA.roots) == [f"{n:02d}" for n in range(1, 21)]
    for code, weight in DATA.goldstein.items():
        assert re.fullmatch(r"\d{2,4}", code)
        assert code[:2] in DATA.roots
        assert -10.0 <= weight <= 10.0
    quads = [DATA.roots[f"{n:02d}"].quad for n in range(1, 21)]
    assert quads == [1] * 5 + [2] * 4 + [3] * 5 + [4] * 6
    assert [len([c for c in DATA.goldstein if len(c) == n]) for n in (2, 3, 4)] == [20, 147, 144]


def test_the_plover_list_is_well_formed() -> None:
    assert len(DATA.plover) == 16
    assert {"AGREE", "CONSULT", "SUPPORT"} <= set(DATA.plover)
    assert DATA.plover["CONSULT"].modes == {"visit", "third-party", "multilateral", "phone"}
    assert "diplomatic" in DATA.contexts
    assert all(kind.quad in (1, 2, 3, 4) for kind in DATA.plover.values())


def test_cameo_codes_keep_their_leading_zeros() -> None:
    code = cameo_code("041")
    assert (code.code, code.base_code, code.root_code) == ("041", "041", "04")
    assert code.quad_class is QuadClass.VERBAL_COOPERATION
    with pytest.raises(ValueError, match="'41' is not a CAMEO event code"):
        cameo_code("41")


def test_unknown_acts_are_refused() -> None:
    with pytest.raises(ValueError, match="dinner"):
        act_codes("dinner")


def test_every_organisation_has_a_cameo_actor_row() -> None:
    organisations = {c for c in _countries.known_codes() if _countries.is_organisation(c)}
    assert organisations <= set(DATA.actors), "a new organisation needs a row in actors.tsv"
    for code in DATA.actors.values():
        assert re.fullmatch(r"(?:IGO|NGO)(?:[A-Z]{3})*", code), code


def test_actor_codes() -> None:
    assert cameo_actor_code("RUS") == "RUS"
    assert cameo_actor_code("UN") == "IGOUNO"
    assert cameo_actor_code("EU") == "IGOEEC"
    assert cameo_actor_code("UNHCR") == "IGOUNOHCR"
    assert plover_actor_code("KOR") == "KOR"
    assert plover_actor_code("EU") == "IGO"
    assert plover_actor_code("ICRC") == "NGO"


def test_the_version_is_the_tables() -> None:
    assert codebook_version() == DATA.version == "1.0"


def test_the_docs_page_shows_the_table_as_shipped() -> None:
    page = Path(__file__).resolve().parent.parent / "docs" / "codes.md"
    lines = [line for line in page.read_text(encoding="utf-8").splitlines() if line[:3] == "| `"]
    shown = [[cell.strip().strip("`") for cell in line.strip("|").split("|")] for line in lines]
    expected = [
        [
            codes.act.value,
            codes.cameo.code,
            str(codes.goldstein),
            str(int(codes.quad_class)),
            codes.plover.event,
            codes.plover.mode or "",
            str(codes.intensity),
            "both ways" if codes.reciprocal else "one way",
        ]
        for codes in all_act_codes()
    ]
    assert shown == expected
