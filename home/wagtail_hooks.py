from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Helpline


class HelplineViewSet(SnippetViewSet):
    model = Helpline
    icon = "mail"
    menu_label = "Helplines"
    list_display = ["name", "phone", "email"]


register_snippet(HelplineViewSet)
