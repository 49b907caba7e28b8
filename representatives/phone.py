"""UK phone numbers as people type them, checked and written one consistent way.

Accepts national (07700 900123) and international (+44 7700 900123, 0044 ...,
+44 (0)20 ...) forms with any spaces, dots, dashes or brackets, and stores the
national form with the usual spacing, so the team can read it out and dial it.
"""

import re

from django.core.exceptions import ValidationError

INVALID_MESSAGE = (
    "Enter a UK phone number, like 07700 900123 or 020 7946 0000. "
    "For a number outside the UK, leave this empty and choose email"
)

_SEPARATORS = re.compile(r"[\s.\-()/]")
# 0 and ten more digits, not 04 or 06 (unused); a few small 01 areas have nine.
_NATIONAL = re.compile(r"01\d{8,9}|0[235789]\d{9}")


def normalise_uk_phone(value: str) -> str:
    """Return `value` as a spaced national UK number, or raise ValidationError."""
    compact = _SEPARATORS.sub("", (value or "").replace("(0)", ""))
    for international in ("+44", "0044"):
        if compact.startswith(international):
            compact = "0" + compact[len(international) :]
            break
    if not _NATIONAL.fullmatch(compact):
        raise ValidationError(INVALID_MESSAGE, code="invalid_phone")
    return _spaced(compact)


def _spaced(digits):
    if len(digits) == 10:
        return f"{digits[:5]} {digits[5:]}"
    if digits.startswith("02"):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if digits.startswith("07"):
        return f"{digits[:5]} {digits[5:]}"
    if digits.startswith(("03", "05", "08", "09")) or digits[2] == "1" or digits[3] == "1":
        # Non-geographic numbers and the big cities: 0300 123 4567, 0117 496 0000, 0161 496 0000.
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    return f"{digits[:5]} {digits[5:]}"
