"""Demo condition pages: the conditions index and the calciphylaxis page.

The calciphylaxis text is our own plain-English wording of the facts in the
leaflet in shared/seeds (NHS.uk content style: short sentences, everyday words).
"""

import datetime

from conditions.models import ConditionIndexPage, ConditionPage, ConditionPageContributor, Contributor

from .tree import ensure_child

AUTHORS = [
    ("Professor Smeeta Sinha", "Lead", "UK Calciphylaxis Rare Disease Group"),
    ("Dr Sharon Huish", "Co-lead", "UK Calciphylaxis Rare Disease Group"),
]


def _p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def _ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _study(name, summary, status, lead="", registry_identifier="", results_expected=None):
    return (
        "research_study",
        {
            "name": name,
            "summary": _p(summary),
            "lead": lead,
            "registry_identifier": registry_identifier,
            "status": status,
            "results_expected": results_expected,
        },
    )


def _faq(question, answer):
    return ("faq_item", {"question": question, "answer": _p(answer)})


CALCIPHYLAXIS_BODY = [
    ("section_heading", "What calciphylaxis is"),
    (
        "text",
        _p(
            "Calciphylaxis is a serious condition, but it is very rare. It mostly affects people with long-term "
            "(chronic) kidney disease, especially people having dialysis. Each year about 1 in every 600 people "
            "on dialysis is diagnosed with it. Now and then, people without kidney disease get it too.",
            "In calciphylaxis, calcium builds up inside the small blood vessels in and just under the skin. "
            "Doctors call this build-up calcification. It blocks the vessels, so parts of the skin do not get "
            "enough blood and oxygen. Painful open sores (ulcers) form, and these can become badly infected.",
        ),
    ),
    ("section_heading", "What causes it"),
    (
        "text",
        _p(
            "Nobody knows yet exactly what causes calciphylaxis, or why some people get it and others do not. "
            "Things that seem to make it more likely (risk factors) are:"
        )
        + _ul(
            "taking warfarin, a medicine that thins the blood",
            "having dialysis for a long time",
            "having a high level of calcium or phosphate in your blood, or both",
            "being overweight",
        )
        + _p(
            "It is not clear what sets it off. A small injury to the skin may play a part: some people say "
            "theirs started with a cut, a graze or a flea bite."
        ),
    ),
    (
        "callout",
        {
            "kind": "information",
            "heading": "If your calcium or phosphate level is high",
            "text": _p(
                "Ask your kidney team for advice. If you need it, they can refer you to a kidney dietitian. "
                "A dietitian can suggest changes to what you eat to help lower the phosphate in your blood."
            ),
        },
    ),
    ("section_heading", "How it is diagnosed"),
    (
        "text",
        _p(
            "There is no single test for calciphylaxis. A doctor usually diagnoses it by looking at your skin "
            "and examining you.",
            "Sometimes they take a small piece of skin to look for calcium build-up. This is called a biopsy. "
            "It is not always needed.",
        ),
    ),
    ("section_heading", "How it affects people"),
    (
        "text",
        _p(
            "The sores usually appear on the tummy (abdomen) and the legs. They can appear anywhere, "
            "including the chest, the breasts and the genitals.",
            "The main symptom is pain, and it can be very severe. If the sores become infected, you may need "
            "to go into hospital.",
            "Many people feel weak and unwell. This can come from the pain, from an infection, and from the "
            "strain of going through treatment.",
            "Some people recover well. Sadly, about half of people with calciphylaxis die within a year of "
            "being diagnosed.",
        ),
    ),
    (
        "callout",
        {
            "kind": "urgent",
            "heading": "",
            "text": _p(
                "Tell your kidney team straight away if a sore becomes more painful, looks infected, or you "
                "feel very unwell. Infected sores can be serious and may need treatment in hospital."
            ),
        },
    ),
    ("section_heading", "Treatment"),
    (
        "text",
        _p(
            "No treatment has yet been proven to work for calciphylaxis.",
            "Your doctor will plan your care around you and try to lower your own risk factors. This might "
            "mean bringing your calcium and phosphate levels down, or stopping medicines such as warfarin.",
            "They may also talk to you about experimental treatments or clinical trials, if there are any "
            "you could join.",
        ),
    ),
    ("section_heading", "Research"),
    (
        "text",
        _p("Because calciphylaxis is so rare, large studies have been hard to run. These studies are changing that."),
    ),
    _study(
        "UK Calciphylaxis Study",
        "A UK study that follows people with calciphylaxis over time. It wants to learn how the condition starts "
        "and develops, where the sores appear, how well they heal and whether people recover. It is also looking "
        "at which risk factors are linked to getting calciphylaxis or to it getting worse, and which treatments "
        "lead to better results.",
        "active",
        lead="Professor Smeeta Sinha, Salford",
    ),
    _study(
        "BEAT-CALCI",
        "An international trial to find the best treatment for calciphylaxis. The UK hopes to join it.",
        "active",
        registry_identifier="NCT05018221",
    ),
    _study(
        "Living with calciphylaxis",
        "A planned study about what having calciphylaxis is like for patients. It aims to find gaps in care and "
        "understand what patients need, so that health professionals can improve the care and support they give.",
        "planned",
        lead="Professor Smeeta Sinha's research team",
    ),
    _study(
        "CALCIPHYX",
        "A trial testing whether an experimental medicine called SNF472 leads to better results for people with "
        "calciphylaxis. It has finished recruiting.",
        "results_expected",
        registry_identifier="NCT04195906",
        results_expected=datetime.date(2023, 12, 1),
    ),
    ("section_heading", "Support"),
    (
        "text",
        _p(
            "There is no patient support group for calciphylaxis at the moment. We hope people who meet "
            "through the new research studies will help to start one. We will add details here when that "
            "happens.",
            "Very little information about calciphylaxis is available, and more awareness and support are "
            "needed. If you have calciphylaxis and would be willing to share your story or to become a "
            'patient representative, please <a href="https://ukkidney.org/rare-renal/contact-us/form">contact '
            'the Rare Renal team</a> or <a href="/stories/share/">share your story with us</a>.',
        ),
    ),
    ("section_heading", "Questions people ask us"),
    _faq(
        "What symptoms should I look out for?",
        "Calciphylaxis causes open sores (ulcers) on the skin. They are most common on the tummy and legs but can "
        "appear anywhere, including the chest, breasts and genitals. The main symptom is pain. It can be very "
        "bad, and often feels much worse than you would expect from the size of the sore.",
    ),
    _faq(
        "What treatments are there?",
        "No treatment has yet been shown to work. Your doctor will look at your own risk factors and try to lower "
        "them, for example by improving your calcium and phosphate levels or by stopping warfarin. They may "
        "suggest an experimental treatment or a clinical trial, if one is available.",
    ),
    _faq(
        "Is there a specialist hospital for calciphylaxis?",
        "No. As there is no specific treatment, no hospital specialises in it. Some healthcare professionals in "
        "the UK have a special interest in calciphylaxis. Your kidney team can ask them for advice through the "
        "calciphylaxis rare disease group.",
    ),
    _faq(
        "Is there anything I can do to help control it?",
        "Talk to your kidney team. Ask about your blood test results and whether you need to change anything. "
        "Tell them how you feel and how your symptoms are, so they can be guided by you. You know your own "
        "symptoms and needs better than anyone, and telling your team helps them care for you.",
    ),
]


def build(home):
    created = 0
    index, new = ensure_child(
        home,
        ConditionIndexPage,
        "conditions",
        title="Conditions A to Z",
        intro="<p>Information about rare kidney conditions, written by specialists and checked regularly.</p>",
    )
    created += new
    _, new = ensure_child(
        index,
        ConditionPage,
        "calciphylaxis",
        title="Calciphylaxis",
        summary="A rare condition in which calcium blocks small blood vessels in the skin, causing painful sores.",
        body=CALCIPHYLAXIS_BODY,
        date_written=datetime.date(2023, 7, 1),
        last_reviewed=datetime.date(2023, 7, 1),
        next_review_due=datetime.date(2026, 7, 1),
        contributors=[
            ConditionPageContributor(
                contributor=_contributor(*author), kind=ConditionPageContributor.Kind.AUTHOR, sort_order=order
            )
            for order, author in enumerate(AUTHORS)
        ],
    )
    return created + new


def _contributor(name, role, organisation):
    contributor, _ = Contributor.objects.get_or_create(
        name=name, defaults={"role": role, "organisation": organisation}
    )
    return contributor
