"""Every field of the share-your-story form, valid and invalid."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from intake.photos import TOO_LARGE, UNSUPPORTED_TYPE
from stories.forms import MAX_WORDS, OTHER_CONDITION, ShareStoryForm, count_words
from stories.tests.share_helpers import jpeg_bytes, valid_data

pytestmark = pytest.mark.django_db


def _form(data, files=None):
    form = ShareStoryForm(data, files or {})
    form.is_valid()
    return form


def _photo(content=None, name="me.jpg"):
    return {"photo": SimpleUploadedFile(name, content if content is not None else jpeg_bytes())}


def test_valid_data_is_accepted(condition):
    form = _form(valid_data(condition))
    assert form.errors == {}
    assert form.cleaned_data["condition_page"] == condition
    assert form.cleaned_photo is None


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("title", "Enter a title for your story"),
        ("body", "Enter your story"),
        ("condition", "Select the condition your story is about"),
        ("relationship", "Select who you are"),
        ("name", "Enter your name"),
        ("name_display", "Select how we should name you"),
        ("email", "Enter your email address"),
        ("consent_store", "Tick the box to agree that we can store and use your story"),
        ("consent_publish", "Tick the box to agree that we can publish your story"),
        ("consent_others", "Tick the box to confirm that anyone you name or show has agreed"),
        ("consent_age", "Tick the box to confirm you are 16 or over, or a parent or guardian"),
    ],
)
def test_required_fields_say_what_to_do(condition, field, message):
    form = _form(valid_data(condition, **{field: None}))
    assert form.errors == {field: [message]}


@pytest.mark.parametrize(("field", "limit"), [("title", 120), ("name", 120), ("other_condition", 120)])
def test_text_lengths_are_limited(condition, field, limit):
    extra = {"condition": OTHER_CONDITION} if field == "other_condition" else {}
    assert _form(valid_data(condition, **{field: "x" * limit}, **extra)).errors == {}
    assert list(_form(valid_data(condition, **{field: "x" * (limit + 1)}, **extra)).errors) == [field]


def test_a_story_of_exactly_1500_words_is_accepted(condition):
    body = " ".join(["word"] * MAX_WORDS)
    assert _form(valid_data(condition, body=body)).errors == {}


def test_a_story_over_1500_words_is_refused_with_the_count(condition):
    body = "\n\n".join(" ".join(["word"] * 501) for _ in range(3))  # 1,503 words
    form = _form(valid_data(condition, body=body))
    assert form.errors == {"body": ["Your story must be 1,500 words or fewer. It is 1,503 words now"]}


def test_words_are_counted_across_lines_and_spaces():
    assert count_words("one  two\nthree\n\n\tfour ") == 4
    assert count_words("   ") == 0


def test_an_absurdly_long_story_is_refused_by_length_too(condition):
    form = _form(valid_data(condition, body="x" * 20_001))
    assert list(form.errors) == ["body"]


def test_another_condition_needs_its_name(condition):
    form = _form(valid_data(condition, condition=OTHER_CONDITION, other_condition=""))
    assert form.errors == {"other_condition": ["Enter the name of the condition your story is about"]}


def test_another_condition_with_a_name_is_accepted(condition):
    form = _form(valid_data(condition, condition=OTHER_CONDITION, other_condition="Dent disease"))
    assert form.errors == {}
    assert form.cleaned_data["condition_page"] is None
    assert form.cleaned_data["other_condition"] == "Dent disease"


def test_a_listed_condition_ignores_the_other_box(condition):
    form = _form(valid_data(condition, other_condition="typed by mistake"))
    assert form.cleaned_data["other_condition"] == ""


def test_an_unknown_condition_is_refused(condition):
    form = _form(valid_data(condition, condition="999999"))
    assert list(form.errors) == ["condition"]


def test_published_conditions_are_offered_by_title_then_another(condition):
    labels = [label for _, label in ShareStoryForm().fields["condition"].choices]
    assert labels == ["Alport syndrome", "Calciphylaxis", "Another rare kidney condition"]


def test_unpublished_conditions_are_not_offered(condition):
    condition.unpublish()
    labels = [label for _, label in ShareStoryForm().fields["condition"].choices]
    assert labels == ["Alport syndrome", "Another rare kidney condition"]


@pytest.mark.parametrize("email", ["not-an-email", "a@", "@example.org", "a b@example.org"])
def test_email_format_is_checked(condition, email):
    form = _form(valid_data(condition, email=email))
    assert form.errors == {"email": ["Enter an email address in the correct format, like name@example.com"]}


@pytest.mark.parametrize("field", ["relationship", "name_display"])
def test_choices_outside_the_list_are_refused(condition, field):
    assert list(_form(valid_data(condition, **{field: "administrator"})).errors) == [field]


def test_a_photo_needs_a_description_and_its_own_consent(condition):
    form = _form(valid_data(condition), _photo())
    assert form.errors == {
        "photo_description": ["Describe the photo for people who cannot see it"],
        "consent_photo": ["Tick the box to agree that we can publish the photo"],
    }


def test_a_photo_with_description_and_consent_is_cleaned(condition):
    form = _form(valid_data(condition, photo_description="Me at the beach", consent_photo="on"), _photo())
    assert form.errors == {}
    assert form.cleaned_photo.content_type == "image/jpeg"
    assert form.cleaned_photo.name != "me.jpg"


def test_a_photo_description_is_limited(condition):
    form = _form(valid_data(condition, photo_description="x" * 251, consent_photo="on"), _photo())
    assert list(form.errors) == ["photo_description"]


def test_a_description_without_a_photo_asks_for_the_photo_again(condition):
    form = _form(valid_data(condition, photo_description="Me at the beach", consent_photo="on"))
    assert form.errors == {
        "photo": ["Choose your photo again, or delete the photo description if you do not want to send a photo"]
    }


def test_a_rejected_photo_says_why(condition):
    form = _form(valid_data(condition, photo_description="x", consent_photo="on"), _photo(b"GIF89a....", "a.jpg"))
    assert form.errors == {"photo": [UNSUPPORTED_TYPE.format(kind="GIF")]}


def test_an_oversized_photo_says_why(condition):
    big = SimpleUploadedFile("big.jpg", b"\xff\xd8" + b"\x00" * (10 * 1024 * 1024))
    form = _form(valid_data(condition, photo_description="x", consent_photo="on"), {"photo": big})
    assert form.errors == {"photo": [TOO_LARGE]}


def test_the_photo_must_be_chosen_again_after_an_error_elsewhere(condition):
    form = _form(valid_data(condition, title="", photo_description="x", consent_photo="on"), _photo())
    assert form.photo_needs_choosing_again
    assert not _form(valid_data(condition, title="")).photo_needs_choosing_again


def test_optional_contact_consent_is_optional(condition):
    assert _form(valid_data(condition, consent_contact=None)).errors == {}


def test_a_mangled_token_is_replaced_not_an_error(condition):
    form = _form(valid_data(condition, submission_token="../../x"))
    assert form.errors == {}
    assert len(form.cleaned_data["submission_token"]) == 43
