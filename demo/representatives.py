"""Two clearly fictional patient representative applications, one for each demo team.

Made through the real `submit_application`, with fixed submission tokens, so
running the builder again finds them instead of adding more (and sends no
second round of emails).
"""

from conditions.models import ConditionPage
from representatives.submit import submit_application

CONSENT_VERSION = "demo-1"

APPLICATIONS = [
    {
        "submission_token": "demo-representative-calciphylaxis",
        "condition_slug": "calciphylaxis",
        "data": {
            "name": "Example: Alex Sample",
            "email": "alex.sample@example.org",
            "phone": "",
            "preferred_contact": "email",
            "other_condition": "",
            "relationship": "carer",
            "region": "north_west",
            "interests": ["review_information", "support_group"],
            "experience": "<p>Example text: a fictional carer who would like to help others find clear "
            "information sooner.</p>",
            "availability": "Example: weekday evenings",
            "access_needs": "",
        },
    },
    {
        "submission_token": "demo-representative-general",
        "condition_slug": None,
        "data": {
            "name": "Example: Sam Placeholder",
            "email": "sam.placeholder@example.org",
            "phone": "01632 960123",
            "preferred_contact": "phone",
            "other_condition": "Example: a rare kidney condition not yet listed",
            "relationship": "patient",
            "region": "wales",
            "interests": ["research", "speak"],
            "experience": "<p>Example text: a fictional patient interested in research steering groups.</p>",
            "availability": "Example: one day a month",
            "access_needs": "Example: documents in large print",
        },
    },
]


def build(home):
    site = home.get_site()
    for example in APPLICATIONS:
        conditions = list(ConditionPage.objects.filter(slug=example["condition_slug"]))
        submit_application(
            {**example["data"], "conditions": conditions, "consent_wording_version": CONSENT_VERSION},
            site=site,
            submission_token=example["submission_token"],
        )
    return 0
