"""Where the recruitment page may live, and the UK phone rules behind its form."""

import pytest
from django.core.exceptions import ValidationError

from conditions.models import ConditionPage
from home.models import HomePage, StandardPage
from representatives.models import RepresentativeRecruitmentPage
from representatives.phone import normalise_uk_phone
from stories.models import StoryIndexPage


def test_it_lives_under_the_home_page_or_a_standard_page_and_has_no_children():
    assert set(RepresentativeRecruitmentPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert RepresentativeRecruitmentPage.allowed_subpage_models() == []
    assert RepresentativeRecruitmentPage not in ConditionPage.allowed_subpage_models()
    assert RepresentativeRecruitmentPage not in StoryIndexPage.allowed_subpage_models()


@pytest.mark.django_db
def test_there_is_only_one(recruitment_page):
    assert not RepresentativeRecruitmentPage.can_create_at(recruitment_page.get_parent())


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("07700 900123", "07700 900123"),
        ("+44 7700 900123", "07700 900123"),
        ("0044 7700 900123", "07700 900123"),
        ("020 7946 0000", "020 7946 0000"),
        ("0117 496 0000", "0117 496 0000"),
        ("0161 496 0000", "0161 496 0000"),
        ("01632 960123", "01632 960123"),
        ("0300 123 4567", "0300 123 4567"),
        ("(020) 7946-0000", "020 7946 0000"),
    ],
)
def test_uk_numbers_are_written_the_usual_way(typed, normalised):
    assert normalise_uk_phone(typed) == normalised


@pytest.mark.parametrize(
    "typed",
    ["12345", "07700 90012", "077009001234", "+1 202 555 0100", "0600 123 4567", "call me", "+44", ""],
)
def test_anything_else_is_refused_with_a_clear_message(typed):
    with pytest.raises(ValidationError, match="Enter a UK phone number, like 07700 900123"):
        normalise_uk_phone(typed)


@pytest.mark.django_db
def test_editors_can_add_it_under_get_involved_and_preview_it(client, superuser, site, rare_renal):
    get_involved = site.root_page.add_child(instance=StandardPage(title="Get involved", slug="get-involved", body="x"))
    client.force_login(superuser)
    add_url = f"/admin/pages/add/representatives/representativerecruitmentpage/{get_involved.pk}/"
    assert client.get(add_url).status_code == 200

    page = get_involved.add_child(
        instance=RepresentativeRecruitmentPage(
            title="Become a patient representative",
            slug="patient-representative",
            body=[("section", {"heading": "Who can apply", "text": "<p>Anyone in the UK.</p>"})],
            consent_wording="<p>We keep it private.</p>",
        )
    )
    preview = page.make_preview_request()
    assert preview.status_code == 200
    html = preview.render().content.decode()
    assert '<h2 id="section-who-can-apply">Who can apply</h2>' in html
    assert 'name="consent"' in html
