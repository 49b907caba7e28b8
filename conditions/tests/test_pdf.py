import datetime
import io
from unittest import mock

import pytest
import time_machine
from django.core.cache import cache
from pypdf import PdfReader

from conditions import pdf as pdf_module
from conditions.tests.builders import STUDY, default_body, make_condition, make_home, make_index


@pytest.fixture
def page(db):
    cache.clear()
    body = [
        *default_body(),
        ("research_study", {**STUDY, "registry_identifier": "NCT04195906", "status": "completed"}),
        ("text", "<p>Curly \u201cquotes\u201d, an en dash \u2013, \u00e9, Greek \u03b2 and an emoji \U0001f600.</p>"),
        ("text", '<p><a href="/stories/share/">Share your story</a></p>'),
    ]
    return make_condition(
        make_index(make_home()), title="Calciphylaxis \u2013 the facts", slug="calciphylaxis", body=body, reviewers=1
    )


def pdf_text(response):
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)


@time_machine.travel(datetime.datetime(2026, 11, 25, 12, 0), tick=False)
def test_pdf_holds_the_published_information(page, client):
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{page.slug}-information.pdf"'
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response)
    for expected in [
        "Calciphylaxis \u2013 the facts",
        "What causes it",
        "warfarin",
        "Is there a cure?",
        "NCT05018221",
        "https://clinicaltrials.gov/study/NCT05018221",
        "NCT04195906",
        "Author 0",
        "Reviewer 0",
        "Written: July 2023",
        "Last reviewed: July 2023",
        "Next review due: July 2026",
        "due for review",
        "Test Helpline",
        "0800 000 0000",
        "General guidance only.",
        "\u201cquotes\u201d",
        # Beyond Windows-1252, characters are transliterated rather than crashing the PDF.
        "Greek v and an emoji :grinning:",
    ]:
        assert expected in text, expected


def test_pdf_is_cached_until_the_page_is_republished(page, client):
    with mock.patch.object(pdf_module, "render_condition_pdf", wraps=pdf_module.render_condition_pdf) as render:
        first = client.get(page.url + "pdf/")
        client.get(page.url + "pdf/")
        assert render.call_count == 1

        page.title = "Calciphylaxis explained"
        page.save_revision().publish()
        second = client.get(page.url + "pdf/")
        assert render.call_count == 2
    assert "Calciphylaxis explained" in pdf_text(second)
    assert "Calciphylaxis explained" not in pdf_text(first)


def test_pdf_shows_published_content_not_a_draft(page, client):
    page.title = "Unpublished draft title"
    page.save_revision()
    assert "Unpublished draft title" not in pdf_text(client.get(page.url + "pdf/"))


def test_pdf_links_are_full_addresses(page, client):
    reader = PdfReader(io.BytesIO(client.get(page.url + "pdf/").content))
    links = {annot.get_object()["/A"]["/URI"] for pdf_page in reader.pages for annot in pdf_page.get("/Annots", [])}
    assert "http://testserver/stories/share/" in links
    assert "http://testserver/conditions/calciphylaxis/" in links
    assert "https://clinicaltrials.gov/study/NCT04195906" in links
