import datetime

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from conditions.tests.builders import make_condition, make_home, make_index, publish_child
from home.models import HomePage, HomePageFeature, StandardPage
from home.models.helpline import HelplineOpeningTime
from home.opening_hours import format_time, summarise_opening_hours


class TestPageTypeRules(WagtailPageTestCase):
    def test_home_sits_at_the_top_and_standard_pages_nest(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)


@pytest.fixture
def home(db):
    return make_home()


def test_home_shows_purpose_featured_pages_calls_to_action_and_helpline(home, client):
    index = make_index(home)
    featured = make_condition(index, "Calciphylaxis")
    hidden = make_condition(index, "Unfeatured")
    unpublished = make_condition(index, "Withdrawn")
    share = publish_child(home, StandardPage(title="Share", slug="share", body="<p>x</p>"))
    home.intro = "<p>Clear information about rare kidney conditions.</p>"
    home.featured = [HomePageFeature(page=featured, sort_order=0), HomePageFeature(page=unpublished, sort_order=1)]
    home.calls_to_action = [
        (
            "call_to_action",
            {"heading": "Share your story", "text": "Help others.", "page": share, "link_text": "Share"},
        )
    ]
    home.save_revision().publish()
    unpublished.unpublish()

    html = client.get("/").content.decode()
    assert "Clear information about rare kidney conditions." in html
    assert f'href="{featured.url}"' in html
    assert "One line about Calciphylaxis." in html
    assert hidden.title not in html
    assert unpublished.title not in html
    assert '<a class="button" href="/share/">Share</a>' in html
    assert "Test Helpline" in html


def test_standard_page_renders_its_body(home, client):
    page = publish_child(home, StandardPage(title="About", slug="about", summary="Who we are.", body="<p>Hello</p>"))
    html = client.get(page.url).content.decode()
    assert "<h1>About</h1>" in html
    assert "Who we are." in html
    assert "<p>Hello</p>" in html


def hours(weekday, opens, closes):
    return HelplineOpeningTime(
        weekday=weekday, opens=datetime.time.fromisoformat(opens), closes=datetime.time.fromisoformat(closes)
    )


def test_opening_hours_group_consecutive_days_with_the_same_times():
    rows = [hours(day, "08:30", "17:00") for day in range(4)] + [hours(4, "08:30", "12:30")]
    assert summarise_opening_hours(rows) == [
        ("Monday to Thursday", "8:30am to 5pm"),
        ("Friday", "8:30am to 12:30pm"),
    ]


def test_opening_hours_do_not_join_days_that_are_not_next_to_each_other():
    rows = [hours(0, "09:00", "12:00"), hours(2, "09:00", "12:00"), hours(3, "09:00", "12:00")]
    assert summarise_opening_hours(rows) == [("Monday", "9am to midday"), ("Wednesday to Thursday", "9am to midday")]


@pytest.mark.parametrize(
    ("value", "text"), [("00:00", "12am"), ("08:05", "8:05am"), ("12:00", "midday"), ("12:30", "12:30pm")]
)
def test_times_are_written_plainly(value, text):
    assert format_time(datetime.time.fromisoformat(value)) == text
