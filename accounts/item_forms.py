"""Forms a person uses on their own items."""

import copy

from django import forms

from stories.forms import ShareStoryForm


class StoryEditForm(forms.Form):
    """The person's own title and text, with the same wording and limits as "Share your story"."""

    title = copy.deepcopy(ShareStoryForm.base_fields["title"])
    body = copy.deepcopy(ShareStoryForm.base_fields["body"])

    clean_body = ShareStoryForm.clean_body
