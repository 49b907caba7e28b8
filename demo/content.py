"""The demo site, built from one module per area so each stays readable.

Wording is ours; facts come from the calciphylaxis leaflet in shared/seeds.
"""

from wagtail.models import Page, Site

from home.models import HomePage

from . import conditions, example_stories, general, representatives, stories, teams
from .tree import ensure_site_root, tree_root


def build():
    """Build every demo page that is missing; return how many were created."""
    home = _ensure_home()
    created = 0
    created += conditions.build(home)
    created += stories.build(home)
    created += example_stories.build(home)
    created += general.build(home)
    created += teams.build(home)
    created += representatives.build(home)
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
