"""Keeping personal data out of what netdir publishes.

The overview names offerings, not people: e-mail addresses of individuals and names that pages
print under "Leitung:" or after "Frau Dr." are removed from free text before it is stored as an
offering. Functional addresses (info@, kontakt@, a mailing list's -request@) stay: they are how
people join a community.
"""

from __future__ import annotations

from netdir import lazy_re

_EMAIL = lazy_re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
#: Local parts that name a role, a list or an office, never a person.
_FUNCTIONAL_LOCAL_PARTS = frozenset(
    {
        "info",
        "kontakt",
        "contact",
        "veranstaltungen",
        "events",
        "office",
        "presse",
        "press",
        "redaktion",
        "service",
        "team",
        "post",
        "poststelle",
        "geschaeftsstelle",
        "sekretariat",
        "konferenz",
        "kongress",
        "anmeldung",
        "newsletter",
        "hallo",
        "hello",
        "mail",
        "netzwerk",
        "community",
    }
)
#: Mailing-list administrative addresses (Mailman, Sympa): functional by construction.
_LIST_SUFFIXES = ("-request", "-owner", "-subscribe", "-join", "-leave", "-bounces")
#: "Frau Dr. Erika Muster", "Herrn Prof. Max Muster": an honorific followed by a capitalised name.
_HONORIFIC_NAME = lazy_re.compile(
    r"\b(?:Frau|Herrn?|Dr\.|Prof\.)\s+(?:(?:Dr\.|Prof\.)\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:[\s-][A-ZÄÖÜ][a-zäöüß]+)?"
)
#: "Leitung: Erika Muster" / "Ansprechpartnerin: …": the labels under which pages name people.
_PERSON_LABEL = lazy_re.compile(
    r"\b(?:Leitung|Ansprechpartner(?:in)?|Kontaktperson|Moderation|Sprecher(?:in)?)\s*:\s*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ]"
)

#: Placeholders a reader recognises, so a redacted description does not read like a typo.
EMAIL_PLACEHOLDER = "[E-Mail-Adresse entfernt]"
NAME_PLACEHOLDER = "[Name entfernt]"

_PERSON_LABEL_WITH_NAME = lazy_re.compile(
    r"\b(?P<label>(?:Leitung|Ansprechpartner(?:in)?|Kontaktperson|Moderation|Sprecher(?:in)?)\s*:\s*)"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:[\s-][A-ZÄÖÜ][a-zäöüß]+){1,2})"
)


def is_functional_email(address: str) -> bool:
    """True for role, office and mailing-list addresses (info@, kontakt@, …-request@)."""
    local = address.split("@", 1)[0].lower()
    if local in _FUNCTIONAL_LOCAL_PARTS:
        return True
    return local.endswith(_LIST_SUFFIXES)


def redact_personal_emails(text: str, placeholder: str = "[E-Mail-Adresse entfernt]") -> str:
    """``text`` with every non-functional e-mail address replaced: for crawled descriptions."""
    return _EMAIL.sub(
        lambda match: match.group(0) if is_functional_email(match.group(0)) else placeholder, text
    )


def personal_data_in(text: str) -> list[str]:
    """The fragments of ``text`` that look like personal data (personal e-mails, named people)."""
    found = [address for address in _EMAIL.findall(text) if not is_functional_email(address)]
    found.extend(match.group(0) for match in _HONORIFIC_NAME.finditer(text))
    found.extend(match.group(0) for match in _PERSON_LABEL.finditer(text))
    return found


#: Words one of which _HONORIFIC_NAME's every match holds (it is case-sensitive).
_HONORIFICS = ("Frau", "Herr", "Dr.", "Prof.")


def redact_personal_data(text: str | None) -> str | None:
    """``text`` without personal e-mail addresses and without names of individuals."""
    if not text:
        return text
    # Each pattern only where its literal part occurs ("@", ":", an honorific): the run calls
    # this for four fields of every offering, and most hold none of them.
    if "@" in text:
        text = redact_personal_emails(text, EMAIL_PLACEHOLDER)
    if ":" in text:
        text = _PERSON_LABEL_WITH_NAME.sub(lambda m: m.group("label") + NAME_PLACEHOLDER, text)
    if any(word in text for word in _HONORIFICS):
        text = _HONORIFIC_NAME.sub(NAME_PLACEHOLDER, text)
    return text
