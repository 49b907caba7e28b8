import os

import pytest
from django.core.management import call_command

from representatives.models import RepresentativeApplication

pytestmark = pytest.mark.django_db


def build():
    with open(os.devnull, "w") as quiet:
        call_command("build_demo_content", stdout=quiet)


def test_demo_has_two_fictional_applications_one_per_team_and_rebuilds_without_duplicates():
    build()
    build()
    applications = RepresentativeApplication.objects.select_related("team").order_by("team__name")
    assert [application.team.name for application in applications] == [
        "Calciphylaxis rare disease group",
        "Rare Renal team",
    ]
    for application in applications:
        assert application.name.startswith("Example: ")
        assert application.email.endswith("@example.org")


def test_demo_recruitment_page_has_the_form_and_the_advert(client):
    from representatives.models import RepresentativeRecruitmentPage

    build()
    build()
    page = RepresentativeRecruitmentPage.objects.get()
    assert page.url == "/get-involved/patient-representative/"
    assert [block.value["heading"] for block in page.body] == [
        "What the role involves",
        "Time needed",
        "Support and expenses",
        "Who can apply",
    ]
    html = client.get(page.url).content.decode()
    assert 'name="interests"' in html
    assert "Send my application" in html
