"""Each public page costs a fixed number of queries, however much content there is."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from conditions.tests.builders import default_body, make_condition, make_home, make_index, publish_child
from home.models import HomePageFeature, StandardPage

# A ceiling as well as a constant: a page that needs more than this has a problem.
MOST_QUERIES = 16  # the condition page: 13 for its content, 3 for its latest stories and share link


def build_site(count):
    """A fresh tree with `count` conditions, each with `count` authors, reviewers and copies of every block."""
    cache.clear()
    Page.objects.filter(depth__gt=1).delete()
    home = make_home()
    index = make_index(home)
    pages = [
        make_condition(index, f"Condition {n}", authors=count, reviewers=count, body=default_body() * count)
        for n in range(count)
    ]
    home.featured = [HomePageFeature(page=page, sort_order=n) for n, page in enumerate(pages)]
    home.save_revision().publish()
    about = publish_child(home, StandardPage(title="About", slug="about", body="<p>warfarin</p>"))
    return {
        "home": "/",
        "index": index.url,
        "condition": pages[0].url,
        "search": "/search/?query=warfarin",
        "standard": about.url,
    }


def queries_for(client, url):
    client.get(url)  # warm the once-per-process caches (site root paths, the settings row)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
@pytest.mark.parametrize("which", ["home", "index", "condition", "search", "standard"])
def test_query_count_does_not_grow_with_content(which, client):
    one = queries_for(client, build_site(1)[which])
    five = queries_for(client, build_site(5)[which])
    assert one == five, f"{which}: {one} queries with 1 of everything, {five} with 5"
    assert one <= MOST_QUERIES
