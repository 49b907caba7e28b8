from django import forms

from accounts.forms import INVALID_EMAIL


class NewLinkForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        help_text="The address you gave when you sent it.",
        error_messages={"required": "Enter your email address", "invalid": INVALID_EMAIL},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    reference = forms.CharField(
        label="Reference",
        help_text="It is in the email we sent you, for example ST-7K4M-9QXP.",
        max_length=20,
        error_messages={"required": "Enter your reference", "max_length": "A reference is 20 characters or fewer"},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}),
    )
