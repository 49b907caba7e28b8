"""Demo teams: the default Rare Renal team and the calciphylaxis rare disease group."""

from wagtail.models import Site

from conditions.models import ConditionPage
from teams.models import RoutingSettings, Team

RARE_RENAL = ("Rare Renal team", "rare.renal.team@example.org")
CALCIPHYLAXIS_GROUP = ("Calciphylaxis rare disease group", "calciphylaxis.group@example.org")


def build(home):
    rare_renal, _ = Team.objects.get_or_create(name=RARE_RENAL[0], defaults={"notification_emails": RARE_RENAL[1]})
    calciphylaxis_group, _ = Team.objects.get_or_create(
        name=CALCIPHYLAXIS_GROUP[0], defaults={"notification_emails": CALCIPHYLAXIS_GROUP[1]}
    )
    site = Site.objects.get(is_default_site=True)
    routing = RoutingSettings.for_site(site)
    if routing.default_team_id is None:
        routing.default_team = rare_renal
        routing.save()
    calciphylaxis = ConditionPage.objects.filter(slug="calciphylaxis", rare_disease_team=None).first()
    if calciphylaxis is not None:
        # Through a revision, so the editor sees the routing in the page's latest draft too.
        calciphylaxis.rare_disease_team = calciphylaxis_group
        calciphylaxis.save_revision().publish()
    return 0
