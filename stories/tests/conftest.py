# Fixtures for the moderation and story page tests live in moderation_helpers.
from .moderation_helpers import (  # noqa: F401
    moderator,
    moderators_group,
    second_moderator,
    staff_outsider,
    story_site,
)
