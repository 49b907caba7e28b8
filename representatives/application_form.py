"""The public "Become a patient representative" form.

Plain words for people who may be tired or unwell, and errors that say how
to fix the problem. Everything here is checked again by the model when
representatives.submit stores it.
"""

from django import forms
from django.utils.functional import cached_property

from conditions.models import ConditionPage
from intake.honeypot import BotTrapForm
from intake.tokens import SubmissionTokenForm

from .models import Interest, RepresentativeApplication
from .phone import normalise_uk_phone

MAX_WORDS = 500
MAX_CHARACTERS = 5_000
OTHER_CONDITION = "other"

Application = RepresentativeApplication

INTEREST_CHOICES = [
    (Interest.REVIEW_INFORMATION, "Review patient information, such as leaflets and web pages"),
    (Interest.RESEARCH, "Join a research study or a study steering group"),
    (Interest.SUPPORT_GROUP, "Help start a patient support group"),
    (Interest.SPEAK, "Speak at events about living with the condition"),
    (Interest.SHARE_STORY, "Share my story"),
]
RELATIONSHIP_CHOICES = [
    (Application.Relationship.PATIENT, "I have the condition (patient)"),
    (Application.Relationship.CARER, "I care for someone who has it (carer)"),
    (Application.Relationship.FAMILY, "I am a family member"),
]
CONTACT_CHOICES = [
    (Application.PreferredContact.EMAIL, "Email"),
    (Application.PreferredContact.PHONE, "Phone"),
]


def count_words(text: str) -> int:
    """Words as the live counter in static/js/forms.js counts them."""
    return len((text or "").split())


def _text(label, *, max_length, required=False, help_text="", rows=None, error_name=None, **widget_attrs):
    messages = {"max_length": f"{error_name or label} must be {max_length:,} characters or fewer"}
    if required:
        messages["required"] = f"Enter {error_name.lower() if error_name else label.lower()}"
    widget = forms.Textarea(attrs={"rows": rows, **widget_attrs}) if rows else forms.TextInput(attrs=widget_attrs)
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=max_length,
        required=required,
        widget=widget,
        error_messages=messages,
    )


class RepresentativeApplicationForm(BotTrapForm, SubmissionTokenForm):
    name = _text(
        "Your name", max_length=120, required=True, error_name="Your name", autocomplete="name", spellcheck="false"
    )
    email = forms.EmailField(
        label="Your email address",
        help_text="We send you a receipt. We never share your email address.",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    phone = forms.CharField(
        label="Your phone number (optional)",
        help_text="A UK number, like 07700 900123. We need it if you would like us to phone you.",
        max_length=32,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        error_messages={"max_length": "Enter a UK phone number, like 07700 900123 or 020 7946 0000"},
    )
    preferred_contact = forms.ChoiceField(
        label="How would you like us to contact you?",
        choices=CONTACT_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select how you would like us to contact you"},
    )
    conditions = forms.MultipleChoiceField(
        label="Which condition or conditions do you have experience of?",
        help_text="Select all that apply.",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select at least one condition, or “Another rare kidney condition”"},
    )
    other_condition = _text(
        "If you chose another rare kidney condition, what is it called?",
        max_length=120,
        help_text="Leave this empty if you chose only conditions from the list.",
        error_name="The name of the condition",
    )
    relationship = forms.ChoiceField(
        label="Who are you?",
        help_text="Choose the one that fits best.",
        choices=RELATIONSHIP_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select who you are"},
    )
    region = forms.ChoiceField(
        label="Where in the UK do you live?",
        help_text="So that we can tell you about groups and events near you.",
        choices=[("", "Choose your nation or region"), *Application.Region.choices],
        error_messages={"required": "Choose the nation or region where you live"},
    )
    interests = forms.MultipleChoiceField(
        label="What would you like to do?",
        help_text="Select all that interest you. You can change your mind later.",
        choices=INTEREST_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select at least one thing you would like to do"},
    )
    experience = _text(
        "Your experience, and why you would like to help",
        max_length=MAX_CHARACTERS,
        required=True,
        rows=10,
        help_text=(
            "Up to 500 words. Tell us as much or as little as you like about your experience of the condition. "
            "Leave a blank line between paragraphs."
        ),
        error_name="Your experience and why you would like to help",
        **{"data-word-limit": MAX_WORDS},
    )
    availability = _text(
        "When are you usually available? (optional)",
        max_length=500,
        rows=3,
        help_text="For example, “weekday evenings” or “one day a month”.",
        error_name="Your availability",
    )
    access_needs = _text(
        "Is there anything we should do to make taking part easier for you? (optional)",
        max_length=1000,
        rows=3,
        help_text="For example, large print, a hearing loop, step-free access, or breaks during meetings.",
        error_name="What we should do to make taking part easier",
    )
    consent = forms.BooleanField(
        label="I agree that you can store my details and contact me about becoming a patient representative",
        error_messages={"required": "Tick the box to agree that we can store your details and contact you"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["conditions"].choices = [
            *((str(page.pk), page.title) for page in self.condition_pages),
            (OTHER_CONDITION, "Another rare kidney condition"),
        ]

    @cached_property
    def condition_pages(self):
        return list(ConditionPage.objects.live().public().order_by("title").only("pk", "title", "slug"))

    def initial_condition_for_slug(self, slug):
        return next((str(page.pk) for page in self.condition_pages if page.slug == slug), None)

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        return normalise_uk_phone(phone) if phone else ""

    def clean_experience(self):
        experience = self.cleaned_data["experience"]
        words = count_words(experience)
        if words > MAX_WORDS:
            raise forms.ValidationError(
                f"Your experience must be {MAX_WORDS:,} words or fewer. It is {words:,} words now",
                code="too_many_words",
            )
        return experience

    def clean(self):
        cleaned = super().clean()
        wants_phone = cleaned.get("preferred_contact") == Application.PreferredContact.PHONE
        if wants_phone and not cleaned.get("phone") and not self.has_error("phone"):
            self.add_error("phone", "Enter your phone number, or choose email as the way to contact you")
        self._resolve_conditions(cleaned)
        return cleaned

    def _resolve_conditions(self, cleaned):
        chosen = cleaned.get("conditions") or []
        if OTHER_CONDITION in chosen:
            if not cleaned.get("other_condition"):
                self.add_error("other_condition", "Enter the name of the other condition")
        else:
            cleaned["other_condition"] = ""
        pages = {str(page.pk): page for page in self.condition_pages}
        cleaned["condition_pages"] = [pages[choice] for choice in chosen if choice in pages]
