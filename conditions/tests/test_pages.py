import datetime

import pytest
import time_machine
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from conditions.models import ConditionIndexPage, ConditionPage
from conditions.tests.builders import make_condition, make_home, make_index
from home.models import HomePage, StandardPage
from stories.models import StoryIndexPage

TODAY = datetime.datetime(2026, 11, 25, 12, 0)


class TestPageTypeRules(WagtailPageTestCase):
    def test_conditions_index_sits_only_under_home(self):
        self.assertAllowedParentPageTypes(ConditionIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ConditionIndexPage, {ConditionPage})

    def test_condition_pages_sit_only_in_the_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ConditionPage, {ConditionIndexPage})
        self.assertAllowedSubpageTypes(ConditionPage, set())
        self.assertCanNotCreateAt(HomePage, ConditionPage)
        self.assertCanNotCreateAt(StandardPage, ConditionPage)
        self.assertCanNotCreateAt(StoryIndexPage, ConditionPage)


@pytest.mark.django_db
def test_only_one_conditions_index_is_allowed():
    home = make_home()
    assert ConditionIndexPage.can_create_at(home)
    make_index(home)
    assert not ConditionIndexPage.can_create_at(home)


@pytest.fixture
def index(db):
    return make_index(make_home())


@time_machine.travel(TODAY, tick=False)
def test_condition_page_shows_contents_body_trust_helpline_and_disclaimer(index, client):
    page = make_condition(index, authors=2, reviewers=1)
    html = client.get(page.url).content.decode()
    for expected in [
        '<nav class="contents-list"',
        '<a href="#what-causes-it">What causes it</a>',
        '<h2 id="what-causes-it" class="section-heading">',
        '<h2 id="research" class="section-heading">',
        '<summary class="faq__question">Is there a cure?</summary>',
        'href="https://clinicaltrials.gov/study/NCT05018221"',
        "Written by",
        "Author 0",
        "Author 1",
        "Clinically reviewed by",
        "Reviewer 0",
        "Next review due",
        "July 2026",
        "This page is due for review",
        "Test Helpline",
        'href="tel:08000000000"',
        "<dt>Monday</dt><dd>9am to 5pm</dd>",
        "General guidance only.",
        'href="/conditions/calciphylaxis/pdf/"',
    ]:
        assert expected in html, expected


@time_machine.travel(datetime.datetime(2026, 6, 30, 12, 0), tick=False)
def test_no_review_note_before_the_review_date(index, client):
    page = make_condition(index)
    html = client.get(page.url).content.decode()
    assert "Next review due" in html
    assert "This page is due for review" not in html


def test_a_page_can_choose_its_own_helpline(index, client):
    from home.models import Helpline

    own = Helpline.objects.create(name="Dialysis line", phone="0100")
    page = make_condition(index, helpline=own)
    html = client.get(page.url).content.decode()
    assert "Dialysis line" in html
    assert "Test Helpline" not in html


def test_index_lists_live_public_conditions_a_to_z_with_summaries(index, client):
    make_condition(index, "Calciphylaxis")
    make_condition(index, "Alport syndrome")
    make_condition(index, "Cystinosis")
    draft = make_condition(index, "Dent disease")
    draft.unpublish()
    private = make_condition(index, "Bartter syndrome")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    response = client.get(index.url)
    html = response.content.decode()
    assert [letter for letter, _ in response.context["letters"]] == ["A", "C"]
    assert html.index("Alport syndrome") < html.index("Calciphylaxis") < html.index("Cystinosis")
    assert "One line about Cystinosis." in html
    assert 'id="letter-A"' in html
    assert "Dent disease" not in html
    assert "Bartter syndrome" not in html
