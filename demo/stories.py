"""Demo story pages: the stories index and the "Share your story" form page."""

from stories.models import ShareStoryPage, StoryIndexPage

from .tree import ensure_child

SHARE_INTRO = (
    "<p>Living with a rare kidney condition can feel lonely. Reading how someone else coped can help. "
    "If you would like to, tell us your story: as a patient, or as someone close to a patient.</p>"
    "<p>It takes about 20 minutes. A moderator reads every story before anything is published, "
    "and you choose whether your name appears.</p>"
)

SHARE_GUIDANCE = (
    "<h2>What makes a good story</h2>"
    "<ul>"
    "<li>Your own experience, in your own words: there is no right or wrong way to write it.</li>"
    "<li>What happened, how it felt, and what helped you or your family.</li>"
    "<li>Something you wish you had known earlier.</li>"
    "</ul>"
    "<h2>What we will not publish</h2>"
    "<ul>"
    "<li>Anything that could identify another person without their agreement.</li>"
    "<li>Medical advice, or claims about treatments that are not backed by evidence.</li>"
    "<li>Complaints about a named doctor, nurse or hospital. Please use the NHS complaints process.</li>"
    "<li>Anything offensive, or advertising.</li>"
    "</ul>"
    "<p>If you need medical help, contact your own kidney team, your GP or NHS 111. "
    "In an emergency, call 999.</p>"
)

SHARE_CONSENT = (
    "<p><strong>What we store:</strong> your story and photo, the condition, who you are, your name "
    "and your email address. A story about a health condition is health information, so we only keep "
    "it with your clear agreement.</p>"
    "<p><strong>Why:</strong> to publish your story (if you agree and a moderator approves it) so it can "
    "help other people, and to contact you about it.</p>"
    "<p><strong>Who sees it:</strong> only our small team of trained moderators until it is published. "
    "We never publish your email address, and we only show your name in the way you choose.</p>"
    "<p><strong>Changing your mind:</strong> you can ask us to change or delete your story at any time, "
    "before or after it is published, by emailing us with the reference we give you. "
    'See our <a href="/privacy/">privacy notice</a> for how long we keep information.</p>'
)


def build(home):
    created = 0
    index, new = ensure_child(home, StoryIndexPage, "stories", title="Patient stories")
    created += new
    _, new = ensure_child(
        index,
        ShareStoryPage,
        "share",
        title="Share your story",
        intro=SHARE_INTRO,
        guidance=SHARE_GUIDANCE,
        consent_wording=SHARE_CONSENT,
        consent_wording_version="2025-1",
    )
    return created + new
