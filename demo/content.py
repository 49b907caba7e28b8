"""The demo site. Wording is ours; facts come from the calciphylaxis leaflet."""

from wagtail.models import Page, Site

from conditions.models import ConditionIndexPage, ConditionPage
from home.models import HomePage, StandardPage
from stories.models import ShareStoryPage, StoryIndexPage

from .tree import ensure_child, ensure_site_root, tree_root


def build():
    """Build every demo page that is missing; return how many were created."""
    created = 0
    home = _ensure_home()
    conditions, new = ensure_child(home, ConditionIndexPage, "conditions", title="Conditions A to Z")
    created += new
    _, new = ensure_child(
        conditions,
        ConditionPage,
        "calciphylaxis",
        title="Calciphylaxis",
        summary="A rare, painful condition in which calcium blocks small blood vessels in the skin.",
    )
    created += new
    stories, new = ensure_child(home, StoryIndexPage, "stories", title="Patient stories")
    created += new
    _, new = ensure_child(
        stories,
        ShareStoryPage,
        "share",
        title="Share your story",
        consent_wording="<p>We keep your story private until a moderator has read it.</p>",
    )
    created += new
    for slug, title in [
        ("about", "About this site"),
        ("privacy", "Privacy notice"),
        ("accessibility", "Accessibility statement"),
    ]:
        _, new = ensure_child(home, StandardPage, slug, title=title, body=f"<p>{title}.</p>")
        created += new
    return created


def _ensure_home():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = tree_root()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title="Rare kidney conditions",
            slug="portal-home",
            intro="<p>Clear information, real stories and ways to help research.</p>",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    ensure_site_root(home)
    # Wagtail's placeholder "Welcome" page is not part of the portal.
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    return home
