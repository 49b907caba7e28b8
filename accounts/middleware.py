from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect

from .staff import is_staff_member, needs_mfa_setup

ADMIN_PREFIX = "/admin/"


class StaffSecurityMiddleware:
    """Staff reach the admin only with two factors, and their sessions end after a short idle time.

    The public keep Django's session length; only people who can read health
    data in the admin get the 30-minute idle time-out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if is_staff_member(user):
            request.session.set_expiry(settings.PORTAL_STAFF_IDLE_TIMEOUT)
            if request.path.startswith(ADMIN_PREFIX) and needs_mfa_setup(user):
                messages.warning(
                    request,
                    "Before you can use the admin, set up an authenticator app for two-factor sign-in.",
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)
