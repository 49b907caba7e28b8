"""References people can quote on the phone: short, random, unambiguous.

"ST-7K4M-9QXP": a prefix for the kind of thing, then 8 characters drawn with
`secrets` from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 8/B,
2/Z). Each reference is independent of every other, so knowing one tells
you nothing about the next. 25^8 is about 1.5 x 10^11 possibilities.
"""

import re
import secrets

ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
LENGTH = 8


def new_reference(prefix: str) -> str:
    characters = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{prefix}-{characters[:4]}-{characters[4:]}"


def unique_reference(prefix: str, is_taken, attempts: int = 10) -> str:
    """A new reference for which `is_taken(reference)` is false.

    The database's unique constraint remains the final word: callers retry on
    IntegrityError for the rare race between this check and their insert.
    """
    for _ in range(attempts):
        reference = new_reference(prefix)
        if not is_taken(reference):
            return reference
    raise RuntimeError(f"No free {prefix} reference after {attempts} attempts")


def normalise_reference(text: str) -> str:
    """What a person typed or read out ("st 7k4m 9qxp") in the stored form."""
    compact = re.sub(r"[^0-9A-Za-z]", "", text or "").upper()
    match = re.fullmatch(r"([A-Z]{2})([0-9A-Z]{4})([0-9A-Z]{4})", compact)
    if not match:
        return compact
    return "-".join(match.groups())
