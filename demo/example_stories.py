"""Three short, clearly fictional example stories.

They are made the way real stories are: a submission, approved through
stories.moderation, which publishes through stories.publishing. Each is keyed
by a fixed reference, so building again creates nothing new.
"""

from django.utils import timezone

from conditions.models import ConditionPage
from stories import moderation
from stories.models import StorySubmission

FICTIONAL = "<p><strong>This is a fictional example.</strong> Written to show how stories look on this site.</p>"

EXAMPLES = [
    {
        "reference": "DEMO-0001",
        "title": "Finding words for something rare",
        "relationship": StorySubmission.Relationship.PATIENT,
        "name": "Sam Example",
        "name_display": StorySubmission.NameDisplay.FIRST,
        "body": (
            "<p>When I was first told the name of my condition, I had never heard it before. "
            "Writing down my questions before each appointment helped me feel less lost.</p>"
            "<p>Reading about other people made me feel less alone.</p>"
        ),
    },
    {
        "reference": "DEMO-0002",
        "title": "Caring for my dad",
        "relationship": StorySubmission.Relationship.CARER,
        "name": "Priya Example",
        "name_display": StorySubmission.NameDisplay.ANONYMOUS,
        "body": (
            "<p>Looking after someone with a rare condition means learning a lot, quickly. "
            "I keep a notebook of what the kidney team tells us, so we can both look back at it.</p>"
        ),
    },
    {
        "reference": "DEMO-0003",
        "title": "What helped our family",
        "relationship": StorySubmission.Relationship.FAMILY,
        "name": "Alex Example",
        "name_display": StorySubmission.NameDisplay.FULL,
        "body": (
            "<p>Our family found it useful to agree who would ask which questions at appointments.</p>"
            "<ul><li>One of us takes notes.</li><li>One of us asks the questions.</li></ul>"
        ),
    },
]


def build(home):
    """Publish each example that does not exist yet; return how many were created."""
    condition = ConditionPage.objects.live().filter(slug="calciphylaxis").first()
    created = 0
    for example in EXAMPLES:
        if StorySubmission.objects.filter(reference=example["reference"]).exists():
            continue
        submission = _submission(example, condition)
        moderation.approve(submission, user=None, go_live=True)
        created += 1
    return created


def _submission(example, condition):
    now = timezone.now()
    return StorySubmission.objects.create(
        reference=example["reference"],
        submission_token=f"demo-{example['reference'].lower()}",
        title=example["title"],
        body=FICTIONAL + example["body"],
        condition=condition,
        other_condition="" if condition else "Another rare kidney condition",
        relationship=example["relationship"],
        name_display=example["name_display"],
        name=example["name"],
        email=f"{example['reference'].lower()}@example.org",
        consent_wording_version="demo",
        consent_store_at=now,
        consent_publish_at=now,
        consent_others_at=now,
        consent_age_at=now,
    )
