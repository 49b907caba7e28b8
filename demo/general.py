"""Demo general content: the helpline, the disclaimer, the home page's content,
About, Privacy notice, Accessibility statement and the "Get involved" pages."""

import datetime

from wagtail.models import Page, Site

from conditions.models import ConditionPage
from home.models import Helpline, HelplineOpeningTime, HomePageFeature, InformationSettings, StandardPage
from privacy.models import RetentionSettings

from .representatives import ensure_recruitment_page
from .tree import ensure_child

HELPLINE_HOURS = [(day, "08:30", "17:00") for day in range(4)] + [(4, "08:30", "12:30")]

DISCLAIMER = (
    "<p>This information is for general guidance only. It does not replace advice from your own doctor or "
    "kidney team, who know your situation. Please ask them about anything that worries you. We cannot accept "
    "responsibility for decisions made using this information.</p>"
)

ABOUT = """
<p>This site is for people affected by rare kidney conditions: people who have just been told they have one,
people living with one, and the families and friends who support them.</p>
<h2>What you will find here</h2>
<ul>
<li>Information about each condition, written by specialists and checked on a regular schedule.</li>
<li>Stories from people with experience of a rare kidney condition, shared with their permission.</li>
<li>Ways to help research, including becoming a patient representative.</li>
</ul>
<h2>How we keep information up to date</h2>
<p>Every information page shows who wrote it, when it was last checked and when it is next due for review.
If a page has gone past its review date, we say so at the top of the page while we check it.</p>
"""

PRIVACY = """
<p>This notice explains what information we keep about you when you use this site, and why.</p>
<h2>Reading the site</h2>
<p>You can read every information page without giving us any personal details. We do not use advertising
or tracking cookies.</p>
<h2>When you send us something</h2>
<p>If you share a story or apply to become a patient representative, we keep what you send privately. Only
the small team that reviews it can see it. Nothing is published until you have agreed and a moderator has
approved it. Emails we send you contain a reference number and a link, never the details you gave us.</p>
<h2>How long we keep it</h2>
<ul>
<li>A story you withdraw: we delete it, its photo and your details straight away. We keep only its
reference, dates and the fact that you withdrew it.</li>
<li>A story we decided not to publish, or that was sent as spam: we delete your details and the story
{story_days} days after that decision.</li>
<li>A patient representative application that is not going ahead, or that was withdrawn: we delete your
details {application_months} months after the team last worked on it.</li>
<li>Published stories and active patient representatives: for as long as you want them to stay. You can
withdraw at any time.</li>
</ul>
<h2>Your rights</h2>
<p>You can see, change or withdraw what you sent us at any time: sign in and go to "My stories and
applications", or use the private link in the email we sent you. Signed in, you can download everything we
hold about you, or delete your account and everything in it. You can also ask us to correct anything.</p>
""".format(
    story_days=RetentionSettings._meta.get_field("declined_story_days").default,
    application_months=RetentionSettings._meta.get_field("closed_application_months").default,
)

ACCESSIBILITY = """
<p>We want as many people as possible to be able to use this site. You should be able to:</p>
<ul>
<li>zoom in up to 200% without text spilling off the screen;</li>
<li>read every page on a small phone without scrolling sideways;</li>
<li>move around the site using only a keyboard;</li>
<li>use the site with a screen reader;</li>
<li>read every page with JavaScript turned off.</li>
</ul>
<h2>How we test</h2>
<p>Each change to the site is checked in a real browser with automated accessibility tests against the Web
Content Accessibility Guidelines (WCAG) 2.2 at level AA.</p>
<h2>Tell us about a problem</h2>
<p>If you find a part of the site hard to use, please tell us using the contact details on the About page.
We will reply within 5 working days.</p>
"""

GET_INVOLVED = """
<p>People with experience of a rare kidney condition help make research and services better. There are
several ways to take part.</p>
"""

PAGES = [
    ("about", "About this site", "Who this site is for and how we keep it accurate.", ABOUT),
    ("privacy", "Privacy notice", "What we keep about you, and why.", PRIVACY),
    (
        "accessibility",
        "Accessibility statement",
        "How accessible this site is and how to report a problem.",
        ACCESSIBILITY,
    ),
]


def build(home):
    helpline = _ensure_helpline()
    _ensure_information_settings(home, helpline)
    created = 0
    for slug, title, summary, body in PAGES:
        _, new = ensure_child(home, StandardPage, slug, title=title, summary=summary, body=body.strip())
        created += new
    get_involved, new = ensure_child(
        home, StandardPage, "get-involved", title="Get involved", summary="Ways to help.", body=GET_INVOLVED.strip()
    )
    created += new
    representative, new = ensure_recruitment_page(get_involved)
    created += new
    _fill_home(home, representative)
    return created


def _ensure_helpline():
    helpline, created = Helpline.objects.get_or_create(
        name="NKF Helpline",
        defaults={
            "description": "Trained staff can talk with you about your kidney diagnosis. Calls are free.",
            "phone": "0800 169 0936",
            "email": "helpline@kidney.org.uk",
        },
    )
    if created:
        for weekday, opens, closes in HELPLINE_HOURS:
            HelplineOpeningTime.objects.create(
                helpline=helpline,
                weekday=weekday,
                opens=datetime.time.fromisoformat(opens),
                closes=datetime.time.fromisoformat(closes),
                sort_order=weekday,
            )
    return helpline


def _ensure_information_settings(home, helpline):
    site = Site.objects.filter(root_page=home).first()
    settings = InformationSettings.for_site(site)
    # Fill only what an editor has not set, so a second run changes nothing.
    if not settings.disclaimer or settings.default_helpline_id is None:
        settings.disclaimer = settings.disclaimer or DISCLAIMER
        settings.default_helpline = settings.default_helpline or helpline
        settings.save()


def _fill_home(home, representative):
    """Give the home page its featured pages and calls to action, once."""
    if home.featured.exists() or home.calls_to_action:
        return
    home.intro = (
        "<p>Clear, checked information about rare kidney conditions, for people who have just been told they "
        "have one and for those who care for them. Read about a condition, hear from people who have been "
        "through it, and find ways to help research.</p>"
    )
    conditions = ConditionPage.objects.descendant_of(home).live().order_by("title")
    home.featured = [HomePageFeature(page=page, sort_order=order) for order, page in enumerate(conditions)]
    calls = []
    share = Page.objects.filter(url_path=f"{home.url_path}stories/share/").first()
    if share is not None:
        calls.append(
            _call_to_action(
                "Share your story",
                "Your experience can help someone who has just been diagnosed feel less alone.",
                share,
                "Share your story",
            )
        )
    calls.append(
        _call_to_action(
            "Become a patient representative",
            "Help research teams understand what matters to people living with a rare kidney condition.",
            representative,
            "Find out about becoming a patient representative",
        )
    )
    home.calls_to_action = calls
    home.save_revision().publish()


def _call_to_action(heading, text, page, link_text):
    return ("call_to_action", {"heading": heading, "text": text, "page": page, "link_text": link_text})
