"""The closed vocabularies of the model."""

from __future__ import annotations

import enum


class EventKind(enum.StrEnum):
    """What sort of contact an event is; its JSON form is the value.

    >>> EventKind("phone_call") is EventKind.PHONE_CALL
    True
    """

    #: A telephone conversation or call.
    PHONE_CALL = "phone_call"
    #: A videoconference or video call.
    VIDEO_CALL = "video_call"
    #: An in-person meeting or talks, including on the sidelines of a conference.
    MEETING = "meeting"
    #: Inter-ministry or working-level consultations, explicitly so called.
    CONSULTATIONS = "consultations"
    #: A statement issued jointly by several sides.
    JOINT_STATEMENT = "joint_statement"
    #: A letter, message, telegram or written greetings or condolences.
    MESSAGE = "message"
    #: Anything else, such as the announcement of a future meeting.
    OTHER = "other"


class ProposalStatus(enum.StrEnum):
    """Whether a proposal was first put forward in this contact or repeated."""

    #: Put forward in this contact.
    MADE = "made"
    #: Put forward before and repeated, or recalled, in this contact.
    REITERATED = "reiterated"
