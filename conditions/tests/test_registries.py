import pytest
from django.core.exceptions import ValidationError

from conditions.registries import registry_url, validate_registry_id


@pytest.mark.parametrize(
    ("identifier", "url"),
    [
        ("NCT05018221", "https://clinicaltrials.gov/study/NCT05018221"),
        ("nct 0419 5906", "https://clinicaltrials.gov/study/NCT04195906"),
        ("ISRCTN12345678", "https://www.isrctn.com/ISRCTN12345678"),
        ("isrctn1", "https://www.isrctn.com/ISRCTN1"),
    ],
)
def test_known_identifiers_link_to_their_registry(identifier, url):
    assert registry_url(identifier) == url
    validate_registry_id(identifier)


@pytest.mark.parametrize(
    "identifier", ["NCT1234567", "NCT123456789", "NCT0501822X", "ISRCTN", "ISRCTNabc", "EUCTR2020-1", "05018221"]
)
def test_other_identifiers_are_refused(identifier):
    assert registry_url(identifier) is None
    with pytest.raises(ValidationError, match="NCT and 8 digits"):
        validate_registry_id(identifier)


def test_an_empty_identifier_is_allowed():
    validate_registry_id("")
