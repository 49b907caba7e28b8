"""Fixtures for the stories tests."""

import pytest
from django.core.cache import cache
from wagtail.models import Site

from conditions.models import ConditionIndexPage, ConditionPage
from conditions.testing import condition_page
from demo.tree import ensure_site_root, tree_root
from home.models import HomePage
from stories.models import ShareStoryPage, StoryIndexPage
from teams.models import RoutingSettings, Team

# Fixtures for the moderation and story page tests live in moderation_helpers.
from .moderation_helpers import (  # noqa: F401
    moderator,
    moderators_group,
    second_moderator,
    staff_outsider,
    story_site,
)


@pytest.fixture
def share_page(db):
    """The smallest tree the form needs, on a site of its own.

    (The real demo builder makes the same shape, but publishing revisions for
    every page costs seconds per test; the browser tests use the real one.)
    Built from the tree root up, because a transactional test elsewhere may
    have flushed the root page and site that migrations create.
    """
    site_root = tree_root().add_child(instance=HomePage(title="Home", slug="share-tests-home"))
    ensure_site_root(site_root)
    conditions = site_root.add_child(instance=ConditionIndexPage(title="Conditions A to Z", slug="conditions"))
    conditions.add_child(instance=condition_page("Calciphylaxis", "calciphylaxis", summary="A condition."))
    conditions.add_child(instance=condition_page("Alport syndrome", "alport-syndrome", summary="Another."))
    stories = site_root.add_child(instance=StoryIndexPage(title="Patient stories", slug="stories"))
    page = stories.add_child(
        instance=ShareStoryPage(
            title="Share your story",
            slug="share",
            consent_wording="<p>We keep it private.</p>",
            consent_wording_version="test-3",
        )
    )
    # As on a real site: stories route to a default team, which hears of each one.
    team = Team.objects.create(name="Rare Renal team", notification_emails="rare.renal@example.org")
    RoutingSettings.objects.create(site=Site.objects.get(is_default_site=True), default_team=team)
    cache.clear()  # rate-limit counts live in the cache
    yield page
    cache.clear()


@pytest.fixture
def condition(share_page):
    return ConditionPage.objects.get(slug="calciphylaxis")
