"""Find-or-create helpers so the demo builder can run any number of times."""

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site


def ensure_child(parent, model, slug, **fields):
    """Return the live child of `parent` with `slug`, creating it if missing.

    Existing pages are left as editors left them: running the builder again
    never overwrites their work.
    """
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_site_root(home):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Portal")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()


def tree_root():
    """Wagtail's root page; recreated when a flushed database has none."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root
