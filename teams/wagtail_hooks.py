from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .membership import grant_admin_access
from .models import Team


class TeamViewSet(SnippetViewSet):
    model = Team
    icon = "group"
    menu_label = "Teams"
    list_display = ["name", "notification_emails"]
    search_fields = ["name"]
    add_to_admin_menu = False


register_snippet(TeamViewSet)


@hooks.register("register_log_actions")
def register_team_log_actions(actions):
    actions.register_action("teams.reassign", "Reassign to another team", "Reassigned to another team")


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def let_team_members_into_the_admin(request, instance):
    if isinstance(instance, Team):
        grant_admin_access(instance)
