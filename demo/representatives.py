"""The "Become a patient representative" page, and two clearly fictional applications, one for each demo team.

The applications are made through the real `submit_application`, with fixed submission tokens, so
running the builder again finds them instead of adding more (and sends no
second round of emails).
"""

from conditions.models import ConditionPage
from representatives.models import RepresentativeRecruitmentPage
from representatives.submit import submit_application

from .tree import ensure_child

CONSENT_VERSION = "demo-1"

RECRUITMENT_INTRO = (
    "<p>Research teams studying rare kidney conditions want to hear from people who live with them. As a "
    "patient representative you help make sure research asks the questions that matter to patients and "
    "families. You do not need any medical or research knowledge: your own experience is what counts.</p>"
)
RECRUITMENT_SECTIONS = [
    (
        "What the role involves",
        "<p>You choose what suits you. You might:</p><ul><li>read patient leaflets and web pages before they "
        "are published and tell us what is unclear;</li><li>join the steering group of a research study, which "
        "meets a few times a year;</li><li>help start a support group for people with your condition;</li>"
        "<li>talk about your experience at an event for doctors, nurses or researchers.</li></ul>",
    ),
    (
        "Time needed",
        "<p>As little or as much as you like. Reviewing a leaflet takes about an hour. A steering group usually "
        "meets online three or four times a year, for about two hours. You can stop at any time.</p>",
    ),
    (
        "Support and expenses",
        "<p>A named member of the team will be your contact. We explain any research words, send papers in the "
        "format you need, and arrange breaks in meetings. We pay travel and care costs in advance when you ask, "
        "and most research groups offer a payment for your time, in line with national guidance.</p>",
    ),
    (
        "Who can apply",
        "<p>Anyone aged 18 or over in the UK who has a rare kidney condition, or who cares for or is a family "
        "member of someone who has one. You can apply whatever stage you are at, including soon after a "
        "diagnosis.</p>",
    ),
]
RECRUITMENT_CONSENT = (
    "<p>We keep what you send us privately. Only the small team that looks after your condition can see it. "
    "We use it to contact you about becoming a patient representative, and for nothing else. You can ask us to "
    'delete it at any time. Our <a href="/privacy/">privacy notice</a> says more.</p>'
)


def ensure_recruitment_page(get_involved):
    """The page with the form, at /get-involved/patient-representative/.

    An existing page at that address (an editor's, or the placeholder earlier
    demo versions made) is left as it is: its links and history stay intact.
    """
    return ensure_child(
        get_involved,
        RepresentativeRecruitmentPage,
        "patient-representative",
        title="Become a patient representative",
        intro=RECRUITMENT_INTRO,
        body=[("section", {"heading": heading, "text": text}) for heading, text in RECRUITMENT_SECTIONS],
        consent_wording=RECRUITMENT_CONSENT,
        consent_wording_version=CONSENT_VERSION,
        search_description="Help research teams understand what matters to people with a rare kidney condition.",
    )


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
