"""Small page trees for tests, built the way editors would build them."""

import datetime

from wagtail.models import Site

from conditions.models import ConditionIndexPage, ConditionPage, ConditionPageContributor, Contributor
from demo.tree import tree_root
from home.models import Helpline, HelplineOpeningTime, HomePage, InformationSettings

STUDY = {
    "name": "BEAT-CALCI",
    "summary": "<p>An international trial.</p>",
    "lead": "Dr Lead",
    "registry_identifier": "NCT05018221",
    "status": "active",
    "results_expected": None,
}


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_home():
    """A home page as the default site's root, with the helpline and disclaimer set up."""
    # tree_root() also survives a flushed database (transactional tests flush Wagtail's root page).
    home = publish_child(tree_root(), HomePage(title="Portal home", slug="test-home"))
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    helpline = Helpline.objects.create(name="Test Helpline", phone="0800 000 0000", email="help@example.org")
    HelplineOpeningTime.objects.create(
        helpline=helpline, weekday=0, opens=datetime.time(9), closes=datetime.time(17), sort_order=0
    )
    InformationSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"default_helpline": helpline, "disclaimer": "<p>General guidance only.</p>"},
    )
    return home


def make_index(home):
    return publish_child(home, ConditionIndexPage(title="Conditions A to Z", slug="conditions"))


def make_condition(index, title="Calciphylaxis", slug=None, authors=1, reviewers=0, body=None, **fields):
    contributors = [
        ConditionPageContributor(
            contributor=Contributor.objects.create(name=f"Author {n}", role="Nephrologist", organisation="Trust"),
            kind=ConditionPageContributor.Kind.AUTHOR,
            sort_order=n,
        )
        for n in range(authors)
    ] + [
        ConditionPageContributor(
            contributor=Contributor.objects.create(name=f"Reviewer {n}", role="Nurse"),
            kind=ConditionPageContributor.Kind.CLINICAL_REVIEWER,
            sort_order=authors + n,
        )
        for n in range(reviewers)
    ]
    defaults = {
        "summary": f"One line about {title}.",
        "date_written": datetime.date(2023, 7, 1),
        "last_reviewed": datetime.date(2023, 7, 1),
        "next_review_due": datetime.date(2026, 7, 1),
    }
    page = ConditionPage(
        title=title,
        slug=slug or title.lower().replace(" ", "-"),
        body=body if body is not None else default_body(),
        contributors=contributors,
        **{**defaults, **fields},
    )
    return publish_child(index, page)


def default_body():
    return [
        ("section_heading", "What causes it"),
        ("text", "<p>Risk factors include taking warfarin.</p>"),
        ("callout", {"kind": "urgent", "heading": "", "text": "<p>Call your kidney team.</p>"}),
        ("faq_item", {"question": "Is there a cure?", "answer": "<p>Not yet.</p>"}),
        ("research_study", STUDY),
        ("quote", {"quote": "It helped to ask.", "attribution": "A patient"}),
        ("section_heading", "Research"),
    ]
