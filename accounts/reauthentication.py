"""Ask a signed-in person to confirm who they are again before something sensitive (an export, say).

Anyone who confirmed their password or authenticator code within
ACCOUNT_REAUTHENTICATION_TIMEOUT (five minutes) passes straight through;
anyone else is sent to allauth's reauthentication page and brought back,
with a POST replayed, afterwards.
"""

from allauth.account.decorators import reauthentication_required
from django.contrib.auth.decorators import login_required
from django.utils.decorators import method_decorator


def recent_sign_in_required(view_func):
    """Decorator for function views: signed in, and recently confirmed, for GET and POST alike."""
    return login_required(reauthentication_required(view_func))


class RecentSignInRequiredMixin:
    """The same for class-based views: put it first among the bases."""

    @method_decorator(recent_sign_in_required)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)
