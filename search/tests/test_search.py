import pytest
from wagtail.models import PageViewRestriction

from conditions.tests.builders import make_condition, make_home, make_index


@pytest.fixture
def index(db):
    return make_index(make_home())


def results(client, query):
    response = client.get("/search/", {"query": query})
    assert response.status_code == 200
    return [page.title for page in response.context["results"]], response.content.decode()


def test_warfarin_finds_the_condition_page_through_its_blocks(index, client):
    make_condition(index, "Calciphylaxis")
    titles, html = results(client, "warfarin")
    assert titles == ["Calciphylaxis"]
    assert 'href="/conditions/calciphylaxis/"' in html
    assert "One line about Calciphylaxis." in html


def test_faq_and_study_text_is_searchable(index, client):
    make_condition(index, "Calciphylaxis")
    assert results(client, "cure")[0] == ["Calciphylaxis"]
    assert results(client, "BEAT-CALCI")[0] == ["Calciphylaxis"]


def test_drafts_and_restricted_pages_are_never_found(index, client):
    draft = make_condition(index, "Draft condition", slug="draft")
    draft.unpublish()
    private = make_condition(index, "Private condition", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    titles, html = results(client, "warfarin")
    assert titles == []
    assert "No pages matched" in html


def test_an_empty_query_shows_the_search_form_only(index, client):
    titles, html = results(client, "")
    assert titles == []
    assert "<h1>Search</h1>" in html
