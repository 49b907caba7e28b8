# Fixtures for the moderation and story page tests live in moderation_helpers.
from .moderation_helpers import moderator, second_moderator, staff_outsider, story_site  # noqa: F401
