"""Standard event codes, CAMEO and PLOVER, for the acts a release reports.

An act is the contact itself (by its :class:`~diplomev.EventKind`), a proposal made or reiterated
in it, or an agreement reached in it. One versioned table, shipped with the package, maps every act
to a CAMEO event code and to a PLOVER event type, mode and context; the Goldstein weight and quad
class follow from the CAMEO code, the intensity from the PLOVER type. :doc:`/codes` shows the table
and the reasons for its judgement calls.

>>> from diplomev import Event, codes
>>> found = codes.event_codes(Event(kind="phone_call"))
>>> found.cameo.code, found.cameo.goldstein, found.quad_class.name
('041', 1.0, 'VERBAL_COOPERATION')
>>> found.plover.event, found.plover.mode, found.plover.context, found.plover.intensity
('CONSULT', 'phone', ('diplomatic',), 2.1)
"""

from __future__ import annotations

import enum

import attrs

from diplomev import _codes, _countries
from diplomev._model import Agreement, Event, Proposal

__all__ = [
    "Act",
    "ActCodes",
    "CameoCode",
    "PloverCode",
    "QuadClass",
    "act_codes",
    "agreement_codes",
    "all_act_codes",
    "cameo_actor_code",
    "cameo_code",
    "codebook_version",
    "event_codes",
    "plover_actor_code",
    "proposal_codes",
]


class QuadClass(enum.IntEnum):
    """The four classes of event data: cooperation or conflict, in words or in deeds."""

    #: Statements, consultations, offers and agreements.
    VERBAL_COOPERATION = 1
    #: Cooperation in deeds: trade, aid, concessions carried out.
    MATERIAL_COOPERATION = 2
    #: Demands, accusations, rejections, threats.
    VERBAL_CONFLICT = 3
    #: Force, coercion, sanctions carried out.
    MATERIAL_CONFLICT = 4


class Act(enum.StrEnum):
    """What a row of the codebook codes: a contact of one kind, a proposal or an agreement.

    The contact acts have the values of :class:`~diplomev.EventKind`.

    >>> Act("phone_call") is Act.PHONE_CALL
    True
    """

    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    MEETING = "meeting"
    CONSULTATIONS = "consultations"
    JOINT_STATEMENT = "joint_statement"
    MESSAGE = "message"
    OTHER = "other"
    #: A proposal put forward in the contact (``ProposalStatus.MADE``).
    PROPOSAL_MADE = "proposal_made"
    #: A proposal repeated in the contact (``ProposalStatus.REITERATED``).
    PROPOSAL_REITERATED = "proposal_reiterated"
    #: What the sides agreed in the contact.
    AGREEMENT = "agreement"


@attrs.frozen
class CameoCode:
    """A CAMEO event code, with the Goldstein weight and quad class CAMEO data sets give it.

    ``code`` is a string and keeps its leading zeros.

    >>> code = cameo_code("0311")
    >>> code.code, code.base_code, code.root_code, code.goldstein, int(code.quad_class)
    ('0311', '031', '03', 5.2, 1)
    """

    code: str
    goldstein: float
    quad_class: QuadClass

    @property
    def base_code(self) -> str:
        """The three-digit base code (GDELT's ``EventBaseCode``)."""
        return self.code[:3]

    @property
    def root_code(self) -> str:
        """The two-digit cue category (GDELT's ``EventRootCode``)."""
        return self.code[:2]


@attrs.frozen
class PloverCode:
    """A PLOVER event type, with its mode, contexts, quad category and intensity.

    ``mode`` is ``None`` where the act does not say how the contact took place. ``intensity``
    is the PLOVER manual's conflict-cooperation score of the event type, -10 to +10.
    """

    event: str
    mode: str | None
    context: tuple[str, ...]
    quad_class: QuadClass
    intensity: float


@attrs.frozen
class ActCodes:
    """The codes of one act, as the codebook gives them.

    ``reciprocal`` tells how CAMEO dyads are drawn: both ways between every two sides (a call,
    a meeting, an agreement), or from the acting side to each other side (a proposal, a
    message). ``comment`` is the codebook's reason for a judgement call, or ``""``.
    """

    act: Act
    cameo: CameoCode
    plover: PloverCode
    reciprocal: bool
    comment: str

    @property
    def quad_class(self) -> QuadClass:
        """The quad class (CAMEO's and PLOVER's agree for every act of the codebook)."""
        return self.cameo.quad_class

    @property
    def goldstein(self) -> float:
        """The Goldstein weight of the CAMEO code."""
        return self.cameo.goldstein

    @property
    def intensity(self) -> float:
        """The intensity of the PLOVER event type."""
        return self.plover.intensity


def codebook_version() -> str:
    """Return the version of the codebook, which every export carries.

    >>> codebook_version()
    '1.0'
    """
    return _codes.load().version


def cameo_code(code: str) -> CameoCode:
    """Return the CAMEO event code ``code`` (a string such as ``"041"``).

    Raises:
        ValueError: ``code`` is not in the CAMEO code list (``"41"`` is not ``"041"``).
    """
    data = _codes.load()
    goldstein = data.goldstein.get(code)
    if goldstein is None:
        raise ValueError(f"{code!r} is not a CAMEO event code")
    return CameoCode(code, goldstein, QuadClass(data.roots[code[:2]].quad))


def act_codes(act: Act | str) -> ActCodes:
    """Return the codes of ``act`` (an :class:`Act` or its value).

    Raises:
        ValueError: ``act`` is not an act of the codebook.
    """
    act = Act(act)
    data = _codes.load()
    row = data.acts[act.value]
    kind = data.plover[row.plover]
    plover = PloverCode(row.plover, row.mode, row.context, QuadClass(kind.quad), kind.intensity)
    return ActCodes(act, cameo_code(row.cameo), plover, row.reciprocal, row.comment)


def all_act_codes() -> tuple[ActCodes, ...]:
    """Return the whole codebook: the codes of every act, in the order of :class:`Act`."""
    return tuple(act_codes(act) for act in Act)


def event_codes(event: Event) -> ActCodes:
    """Return the codes of the contact an event reports, by its kind."""
    return act_codes(event.kind.value)


def proposal_codes(proposal: Proposal) -> ActCodes:
    """Return the codes of a proposal, by its status (made or reiterated)."""
    return act_codes(f"proposal_{proposal.status.value}")


def agreement_codes(agreement: Agreement | None = None) -> ActCodes:
    """Return the codes of an agreement (the same for every agreement)."""
    return act_codes(Act.AGREEMENT)


def cameo_actor_code(country: str) -> str:
    """Return the CAMEO actor code of a code of the country table.

    A state's code is its ISO 3166-1 alpha-3 code; an organisation's is CAMEO's code for it,
    or the generic ``IGO`` when CAMEO has none.

    >>> cameo_actor_code("RUS"), cameo_actor_code("UN"), cameo_actor_code("CSTO")
    ('RUS', 'IGOUNO', 'IGO')
    """
    if not _countries.is_organisation(country):
        return country
    return _codes.load().actors.get(country, "IGO")


def plover_actor_code(country: str) -> str:
    """Return the PLOVER actor code of a code of the country table.

    PLOVER codes a state by its ISO 3166-1 alpha-3 code and an organisation by the generic
    part of its CAMEO code: ``IGO`` for an intergovernmental one, ``NGO`` for the Red Cross.

    >>> plover_actor_code("RUS"), plover_actor_code("UN"), plover_actor_code("ICRC")
    ('RUS', 'IGO', 'NGO')
    """
    return cameo_actor_code(country)[:3]
