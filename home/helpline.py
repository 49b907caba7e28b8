"""Which helpline a page shows: its own choice, else the site's default."""

from home.models.helpline import Helpline
from home.models.site_settings import InformationSettings


def helpline_for(request, chosen_id=None):
    """The helpline with its opening times, in two queries at most (settings are cached per request)."""
    helpline_id = chosen_id or InformationSettings.for_request(request).default_helpline_id
    if helpline_id is None:
        return None
    return Helpline.objects.prefetch_related("opening_times").filter(pk=helpline_id).first()
