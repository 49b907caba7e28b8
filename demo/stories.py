"""Demo story pages: the stories index and the "Share your story" form page."""

from stories.models import ShareStoryPage, StoryIndexPage

from .tree import ensure_child


def build(home):
    created = 0
    index, new = ensure_child(home, StoryIndexPage, "stories", title="Patient stories")
    created += new
    _, new = ensure_child(
        index,
        ShareStoryPage,
        "share",
        title="Share your story",
        consent_wording="<p>We keep your story private until a moderator has read it.</p>",
    )
    return created + new
