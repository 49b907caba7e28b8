"""Demo general pages: About, Privacy notice, Accessibility statement."""

from home.models import StandardPage

from .tree import ensure_child

PAGES = [
    ("about", "About this site", "<p>About this site.</p>"),
    ("privacy", "Privacy notice", "<p>Privacy notice.</p>"),
    ("accessibility", "Accessibility statement", "<p>Accessibility statement.</p>"),
]


def build(home):
    created = 0
    for slug, title, body in PAGES:
        _, new = ensure_child(home, StandardPage, slug, title=title, body=body)
        created += new
    return created
