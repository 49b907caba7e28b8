"""Published stories on the public site: the index, its feed, a story page and the condition component."""

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from conditions.models import ConditionPage
from demo import example_stories
from stories import moderation
from stories.models import StoryPage

from .moderation_helpers import CANARY_BODY, make_submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def calciphylaxis(story_site):
    return ConditionPage.objects.get(slug="calciphylaxis")


def publish(moderator, *, days_ago=0, go_live=True, **fields):
    submission = moderation.approve(make_submission(**fields), user=moderator, go_live=go_live)
    page = submission.story_page
    StoryPage.objects.filter(pk=page.pk).update(story_date=date.today() - timedelta(days=days_ago))
    return page


def titles(html):
    return re.findall(r'class="story-card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_index_lists_live_stories_newest_first_twelve_a_page(client, story_site, moderator):
    for number in range(14):
        publish(moderator, days_ago=number, title=f"Story {number:02d}")
    publish(moderator, title="A draft", go_live=False)
    first = client.get("/stories/").content.decode()
    assert titles(first) == [f"Story {n:02d}" for n in range(12)]
    assert "Share your story" in first
    second = client.get("/stories/", {"page": 2}).content.decode()
    assert titles(second) == ["Story 12", "Story 13"]
    assert "A draft" not in first + second


def test_index_filters_by_condition_without_javascript(client, calciphylaxis, moderator):
    publish(moderator, title="About calciphylaxis", condition=calciphylaxis, other_condition="")
    publish(moderator, title="About something else")
    html = client.get("/stories/", {"condition": "calciphylaxis"}).content.decode()
    assert titles(html) == ["About calciphylaxis"]
    assert '<option value="calciphylaxis" selected>' in html
    assert len(titles(client.get("/stories/", {"condition": "no-such-condition"}).content.decode())) == 2


def test_index_queries_do_not_grow_with_stories(client, calciphylaxis, moderator):
    publish(moderator, condition=calciphylaxis, other_condition="")
    client.get("/stories/")
    with CaptureQueriesContext(connection) as few:
        client.get("/stories/")
    for _ in range(6):
        publish(moderator, condition=calciphylaxis, other_condition="")
    with CaptureQueriesContext(connection) as many:
        client.get("/stories/")
    assert len(many) == len(few)


def test_feed_lists_titles_names_and_links_only(client, story_site, moderator):
    publish(moderator, title="Feed story", name="Kim Person")
    response = client.get("/stories/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own feed
    [item] = channel.findall("item")
    assert item.findtext("title") == "Feed story"
    assert "Kim Person" in item.findtext("description")
    assert item.findtext("link").endswith("/stories/feed-story/")
    assert CANARY_BODY not in response.content.decode()


def test_story_page_shows_what_was_consented_and_cleans_the_body_again(client, calciphylaxis, moderator):
    page = publish(moderator, photo=True, condition=calciphylaxis, other_condition="", name="Jo Person")
    # Even if unsafe HTML reached the stored body, it is cleaned when shown.
    StoryPage.objects.filter(pk=page.pk).update(body='<p>Safe</p><script>alert("x")</script><img src=x onerror=y>')
    html = client.get(page.url).content.decode()
    assert "<p>Safe</p>" in html
    assert "<script>alert" not in html
    assert "onerror" not in html
    assert "Shared by Jo Person, patient" in html
    assert '<a href="/conditions/calciphylaxis/">Calciphylaxis</a>' in html
    assert 'alt="A red square standing in for a photo"' in html
    assert "/stories/share/?condition=calciphylaxis" in html


def test_story_page_without_photo_or_known_condition(client, story_site, moderator):
    page = publish(moderator, other_condition="Another rare one")
    html = client.get(page.url).content.decode()
    assert "Another rare one" in html
    assert "<figure" not in html


def _render_condition_stories(condition):
    request = RequestFactory().get(condition.url)
    template = Template("{% load story_tags %}{% condition_stories page %}")
    return template.render(Context({"page": condition, "request": request}))


def test_condition_component_shows_three_newest_and_a_preselected_share_link(calciphylaxis, moderator):
    for number in range(4):
        publish(moderator, days_ago=number, title=f"Calci {number}", condition=calciphylaxis, other_condition="")
    publish(moderator, title="Unrelated")
    html = _render_condition_stories(calciphylaxis)
    assert titles(html) == ["Calci 0", "Calci 1", "Calci 2"]
    assert 'href="/stories/share/?condition=calciphylaxis"' in html


def test_condition_component_queries_are_constant(calciphylaxis, moderator):
    publish(moderator, condition=calciphylaxis, other_condition="")
    _render_condition_stories(calciphylaxis)
    with CaptureQueriesContext(connection) as one:
        _render_condition_stories(calciphylaxis)
    for _ in range(3):
        publish(moderator, condition=calciphylaxis, other_condition="")
    with CaptureQueriesContext(connection) as three:
        _render_condition_stories(calciphylaxis)
    assert len(three) == len(one)


def test_condition_component_without_stories_still_invites_one(calciphylaxis):
    html = _render_condition_stories(calciphylaxis)
    assert "No one has shared a story about Calciphylaxis yet." in html
    assert "/stories/share/?condition=calciphylaxis" in html


def test_demo_examples_are_published_through_moderation_once(client, story_site):
    assert example_stories.build(story_site) == 3
    assert example_stories.build(story_site) == 0
    pages = StoryPage.objects.live()
    assert pages.count() == 3
    for page in pages:
        assert "This is a fictional example." in client.get(page.url).content.decode()
        assert page.submission.status == "published"
