"""The RSS feed of published stories, served by the stories index at feed/."""

from django.contrib.syndication.views import Feed

FEED_SIZE = 20


class StoryFeed(Feed):
    description = "Stories shared by people affected by rare kidney conditions, published with their consent."

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        return index_page.title

    def link(self, index_page):
        return index_page.get_url(self.request)

    def items(self, index_page):
        return index_page.live_stories()[:FEED_SIZE]

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        # Titles and names only: the full story is one click away, cleaned for display there.
        return f"A story shared by {story.author_display_name}."

    def item_link(self, story):
        return story.get_url(self.request)

    def item_pubdate(self, story):
        return story.first_published_at
