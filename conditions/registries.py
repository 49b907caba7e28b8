"""Clinical trial registry identifiers: which ones we accept and where they link.

Editors paste identifiers from ClinicalTrials.gov (NCT + 8 digits) or the
ISRCTN registry (ISRCTN + digits); readers get a link to the registry's own
record, built here so every study card links the same way.
"""

import re

from django.core.exceptions import ValidationError

_REGISTRIES = (
    (re.compile(r"NCT\d{8}"), "https://clinicaltrials.gov/study/{id}"),
    (re.compile(r"ISRCTN\d+"), "https://www.isrctn.com/{id}"),
)

INVALID_MESSAGE = (
    "Enter a registry identifier like NCT05018221 (NCT and 8 digits) or ISRCTN12345678 (ISRCTN and digits)."
)


def normalise_registry_id(value):
    """Upper-case and strip spaces, so "nct 0501 8221" is read as NCT05018221."""
    return re.sub(r"\s+", "", value or "").upper()


def registry_url(value):
    """The registry's page for this identifier, or None when it is not one we know."""
    identifier = normalise_registry_id(value)
    for pattern, url in _REGISTRIES:
        if pattern.fullmatch(identifier):
            return url.format(id=identifier)
    return None


def validate_registry_id(value):
    if value and registry_url(value) is None:
        raise ValidationError(INVALID_MESSAGE, code="invalid_registry_id")
