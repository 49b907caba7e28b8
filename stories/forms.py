"""The public "Share your story" form.

Labels, hints and error messages are written for people who may be tired or
unwell: plain words, one question at a time, and errors that say how to fix
the problem.
"""

from django import forms
from django.utils.functional import cached_property

from conditions.models import ConditionPage
from intake import photos
from intake.honeypot import BotTrapForm
from intake.tokens import SubmissionTokenForm

from .models import StorySubmission

MAX_WORDS = 1500
MAX_CHARACTERS = 20_000
OTHER_CONDITION = "other"

RELATIONSHIP_CHOICES = [
    (StorySubmission.Relationship.PATIENT, "I have the condition (patient)"),
    (StorySubmission.Relationship.CARER, "I care for someone who has it (carer)"),
    (StorySubmission.Relationship.FAMILY, "I am a family member"),
    (StorySubmission.Relationship.FRIEND, "I am a friend"),
    (StorySubmission.Relationship.PROFESSIONAL, "I am a health professional"),
]
NAME_DISPLAY_CHOICES = [
    (StorySubmission.NameDisplay.FULL, "Use my full name"),
    (StorySubmission.NameDisplay.FIRST, "Use my first name only"),
    (StorySubmission.NameDisplay.ANONYMOUS, "Do not show my name (anonymous)"),
]
CONSENT_FIELDS = ("consent_store", "consent_publish", "consent_others", "consent_age")


def count_words(text: str) -> int:
    """Words as the live counter in static/js/word-count.js counts them."""
    return len((text or "").split())


def _consent(label, error):
    return forms.BooleanField(label=label, required=True, error_messages={"required": error})


class ShareStoryForm(BotTrapForm, SubmissionTokenForm):
    title = forms.CharField(
        label="Give your story a title",
        help_text="For example, “Finding other people who understand”. Up to 120 characters.",
        max_length=120,
        error_messages={
            "required": "Enter a title for your story",
            "max_length": "The title must be 120 characters or fewer",
        },
    )
    body = forms.CharField(
        label="Your story",
        help_text=(
            "Write in your own words, up to 1,500 words. Leave a blank line between paragraphs. "
            "To make a list, start each line with a dash (-). Web addresses become links. "
            "You do not need any other formatting: what you type is shown as you typed it."
        ),
        widget=forms.Textarea(attrs={"rows": 16, "data-word-limit": MAX_WORDS}),
        max_length=MAX_CHARACTERS,
        strip=True,
        error_messages={
            "required": "Enter your story",
            "max_length": "Your story is too long. Keep it to 1,500 words or fewer",
        },
    )
    condition = forms.ChoiceField(
        label="Which condition is your story about?",
        widget=forms.RadioSelect,
        error_messages={"required": "Select the condition your story is about"},
    )
    other_condition = forms.CharField(
        label="If you chose another rare kidney condition, what is it called?",
        help_text="Leave this empty if you chose a condition above.",
        max_length=120,
        required=False,
        error_messages={"max_length": "The name of the condition must be 120 characters or fewer"},
    )
    relationship = forms.ChoiceField(
        label="Who are you?",
        help_text="Choose the one that fits best.",
        choices=RELATIONSHIP_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select who you are"},
    )
    name = forms.CharField(
        label="Your name",
        help_text="So that we know who sent the story. Below you choose whether we show it.",
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
        error_messages={"required": "Enter your name", "max_length": "Your name must be 120 characters or fewer"},
    )
    name_display = forms.ChoiceField(
        label="If we publish your story, how should we name you?",
        choices=NAME_DISPLAY_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select how we should name you"},
    )
    email = forms.EmailField(
        label="Your email address",
        help_text="We send you a receipt and contact you about your story. We never publish your email address.",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    photo = forms.FileField(
        label="A photo to go with your story (optional)",
        help_text=(
            "A JPEG, PNG or WebP photo, up to 10 MB and 40 megapixels. We remove hidden details such as "
            "where and with which camera it was taken."
        ),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        error_messages={"invalid": "The file you chose could not be read. Choose it again"},
    )
    photo_description = forms.CharField(
        label="Describe the photo (needed if you send one)",
        help_text="For people who cannot see it. For example, “Me and my sister at the seaside”.",
        max_length=250,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "The description must be 250 characters or fewer"},
    )
    consent_photo = forms.BooleanField(
        label="I agree that you can publish this photo with my story (needed if you send one)", required=False
    )
    consent_store = _consent(
        "I agree that you can store my story, including the health information in it, and use it as explained above",
        "Tick the box to agree that we can store and use your story",
    )
    consent_publish = _consent(
        "I agree that you can publish my story on this website after a moderator has checked it",
        "Tick the box to agree that we can publish your story",
    )
    consent_others = _consent(
        "Anyone I name or show in my story or photo has agreed to be included",
        "Tick the box to confirm that anyone you name or show has agreed",
    )
    consent_age = _consent(
        "I am 16 or over, or I am a parent or guardian sending this for a child",
        "Tick the box to confirm you are 16 or over, or a parent or guardian",
    )
    consent_contact = forms.BooleanField(
        label="You can contact me about research and ways to get involved with patient groups (optional)",
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["condition"].choices = [
            *((str(page.pk), page.title) for page in self.condition_pages),
            (OTHER_CONDITION, "Another rare kidney condition"),
        ]
        self.cleaned_photo = None

    @cached_property
    def condition_pages(self):
        return list(ConditionPage.objects.live().public().order_by("title").only("pk", "title", "slug"))

    def initial_condition_for_slug(self, slug):
        return next((str(page.pk) for page in self.condition_pages if page.slug == slug), None)

    @property
    def photo_was_chosen(self):
        return bool(self.files.get(self.add_prefix("photo")))

    @property
    def photo_needs_choosing_again(self):
        """A browser never refills a file input: after an error elsewhere, the photo must be chosen again."""
        return self.is_bound and self.photo_was_chosen and bool(self.errors) and not self.has_error("photo")

    def clean_body(self):
        body = self.cleaned_data["body"]
        words = count_words(body)
        if words > MAX_WORDS:
            raise forms.ValidationError(
                f"Your story must be 1,500 words or fewer. It is {words:,} words now",
                code="too_many_words",
            )
        return body

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        try:
            self.cleaned_photo = photos.clean_photo(upload)
        except photos.PhotoRejected as rejected:
            raise forms.ValidationError(rejected.message, code="photo_rejected") from rejected
        return upload

    def clean(self):
        cleaned = super().clean()
        self._check_other_condition(cleaned)
        self._check_photo_extras(cleaned)
        return cleaned

    def _check_other_condition(self, cleaned):
        choice = cleaned.get("condition")
        if choice == OTHER_CONDITION:
            if not cleaned.get("other_condition"):
                self.add_error("other_condition", "Enter the name of the condition your story is about")
            cleaned["condition_page"] = None
        elif choice:
            cleaned["condition_page"] = next(page for page in self.condition_pages if str(page.pk) == choice)
            cleaned["other_condition"] = ""

    def _check_photo_extras(self, cleaned):
        if self.has_error("photo"):
            return
        if self.photo_was_chosen:
            if not cleaned.get("photo_description"):
                self.add_error("photo_description", "Describe the photo for people who cannot see it")
            if not cleaned.get("consent_photo"):
                self.add_error("consent_photo", "Tick the box to agree that we can publish the photo")
        elif cleaned.get("photo_description"):
            # Most likely the photo was lost when the form came back with an
            # error; never drop it silently.
            self.add_error(
                "photo",
                "Choose your photo again, or delete the photo description if you do not want to send a photo",
            )
