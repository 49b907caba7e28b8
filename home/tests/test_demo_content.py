import datetime
import os

import pytest
import time_machine
from django.core.management import call_command
from django.utils.html import strip_tags
from wagtail.models import Page, Revision

from conditions.models import ConditionPage, Contributor
from home.models import Helpline, HomePage, InformationSettings

VOLATILE = {
    "pk",
    "id",
    "path",
    "latest_revision",
    "live_revision",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
    "translation_key",
    "draft_title",
}

# Sentences from the source leaflet: the demo must carry the facts, not these words.
LEAFLET_SENTENCES = [
    "There is no specific treatment as yet that is shown to work.",
    "The exact cause of calciphylaxis remains unknown",
    "Diagnosis is made by clinical examination.",
    "The rarity of the condition has limited the ability to do large research studies.",
    "Calciphylaxis commonly affects the soft tissues of the body around the abdomen and legs",
    "You will understand your symptoms, and needs, better than anyone",
]


def build():
    call_command("build_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


def snapshot():
    """Every page's full specific content plus the snippets and settings the pages show."""
    pages = []
    for page in Page.objects.order_by("path").specific():
        data = {key: value for key, value in page.serializable_data().items() if key not in VOLATILE}
        for relation, parent_key in (("contributors", "page"), ("featured", "home")):
            for child in data.get(relation, []):
                child.pop("pk", None)
                child.pop(parent_key, None)
        pages.append((page.url_path, type(page).__name__, data))
    helplines = [
        (h.name, h.phone, h.email, [(t.weekday, t.opens, t.closes) for t in h.opening_times.all()])
        for h in Helpline.objects.order_by("name")
    ]
    contributors = list(Contributor.objects.values_list("name", "role", "organisation"))
    settings = list(InformationSettings.objects.values_list("disclaimer", "default_helpline__name"))
    return pages, helplines, contributors, settings, Revision.objects.count()


@pytest.mark.django_db
def test_demo_builder_twice_gives_the_same_content():
    build()
    first = snapshot()
    build()
    assert snapshot() == first
    titles = [(url_path, data["title"]) for url_path, _, data in first[0]]
    assert ("/portal-home/conditions/calciphylaxis/", "Calciphylaxis") in titles


@pytest.mark.django_db
def test_demo_builder_leaves_editors_changes_alone():
    build()
    page = ConditionPage.objects.get(slug="calciphylaxis")
    page.summary = "Edited by an editor."
    page.save_revision().publish()
    build()
    assert ConditionPage.objects.get(slug="calciphylaxis").summary == "Edited by an editor."


@pytest.mark.django_db
def test_calciphylaxis_demo_page_carries_the_leaflets_facts_in_our_own_words(client):
    build()
    page = ConditionPage.objects.get(slug="calciphylaxis")
    assert page.url == "/conditions/calciphylaxis/"
    blocks = [block.block_type for block in page.body]
    assert blocks.count("faq_item") == 4
    assert blocks.count("research_study") == 4
    registry_ids = [b.value.registry_id for b in page.body if b.block_type == "research_study"]
    assert [i for i in registry_ids if i] == ["NCT05018221", "NCT04195906"]
    authors, _ = page.contributors_by_kind()
    assert [(a.name, a.role) for a in authors] == [("Professor Smeeta Sinha", "Lead"), ("Dr Sharon Huish", "Co-lead")]
    assert (page.date_written, page.last_reviewed, page.next_review_due) == (
        datetime.date(2023, 7, 1),
        datetime.date(2023, 7, 1),
        datetime.date(2026, 7, 1),
    )
    html = client.get(page.url).content.decode()
    for fact in ["warfarin", "dialysis", "phosphate", "overweight", "biopsy", "1 in every 600", "SNF472"]:
        assert fact in html, fact
    for fact in ["NKF Helpline", "0800 169 0936", "helpline@kidney.org.uk", "Monday to Thursday", "12:30pm"]:
        assert fact in html, fact
    text = " ".join(strip_tags(html).split())
    for sentence in LEAFLET_SENTENCES:
        assert sentence not in text


@pytest.mark.django_db
@time_machine.travel(datetime.datetime(2026, 11, 25, 12, 0), tick=False)
def test_demo_calciphylaxis_page_is_overdue_for_review_today(client, admin_client):
    build()
    page = ConditionPage.objects.get(slug="calciphylaxis")
    assert "This page is due for review" in client.get(page.url).content.decode()
    report = admin_client.get("/admin/reports/information-due-for-review/").content.decode()
    assert f"/admin/pages/{page.pk}/edit/" in report
    assert "Overdue" in report


@pytest.mark.django_db
def test_demo_home_page_features_calciphylaxis_and_both_calls_to_action(client):
    build()
    home = HomePage.objects.get()
    html = client.get("/").content.decode()
    assert [feature.page.title for feature in home.featured.all()] == ["Calciphylaxis"]
    assert 'href="/stories/share/"' in html
    assert 'href="/get-involved/patient-representative/"' in html
    for path in ["/about/", "/privacy/", "/accessibility/", "/get-involved/patient-representative/"]:
        assert client.get(path).status_code == 200, path
