"""allauth's forms with labels and error messages in plain words, GOV.UK style ("Enter your email address")."""

from allauth.account import forms as allauth_forms
from django import forms

# name -> (label, message when left empty)
FIELD_WORDING = {
    "login": ("Email address", "Enter your email address"),
    "email": ("Email address", "Enter your email address"),
    "password": ("Password", "Enter your password"),
    "password1": ("Password", "Enter a password"),
    "password2": ("Confirm password", "Enter the same password again"),
    "remember": ("Keep me signed in on this device", None),
}
INVALID_EMAIL = "Enter an email address in the right format, like name@example.com"


class PlainWordingMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            label, when_empty = FIELD_WORDING.get(name, (None, None))
            if label:
                field.label = label
            if when_empty:
                field.error_messages["required"] = when_empty
            if isinstance(field, forms.EmailField):
                field.error_messages["invalid"] = INVALID_EMAIL


class LoginForm(PlainWordingMixin, allauth_forms.LoginForm):
    pass


class SignupForm(PlainWordingMixin, allauth_forms.SignupForm):
    pass


class ResetPasswordForm(PlainWordingMixin, allauth_forms.ResetPasswordForm):
    pass


class RequestLoginCodeForm(PlainWordingMixin, allauth_forms.RequestLoginCodeForm):
    pass


class AddEmailForm(PlainWordingMixin, allauth_forms.AddEmailForm):
    pass
