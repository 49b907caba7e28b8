from .pages import ShareStoryPage, StoryIndexPage, StoryPage
from .submission import StorySubmission

__all__ = ["ShareStoryPage", "StoryIndexPage", "StoryPage", "StorySubmission"]
