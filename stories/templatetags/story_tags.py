from urllib.parse import urlencode

from django import template

from ..models import ShareStoryPage, StoryPage

register = template.Library()


@register.inclusion_tag("components/condition_stories.html", takes_context=True)
def condition_stories(context, condition, limit=3):
    """Up to `limit` live stories about `condition`, and a link to share one."""
    return {
        "condition": condition,
        "stories": list(StoryPage.latest_for_condition(condition, limit).select_related("condition")),
        "share_url": share_story_url(context.get("request"), condition),
    }


def share_story_url(request, condition=None):
    share_page = ShareStoryPage.objects.live().first()
    if share_page is None:
        return ""
    url = share_page.get_url(request)
    return f"{url}?{urlencode({'condition': condition.slug})}" if condition is not None else url
