"""How allauth names a person in its pages and emails: by email, never a generated username."""


def user_display(user):
    return user.email or "your account"
