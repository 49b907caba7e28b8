"""The project's URLs plus two tiny views behind the reauthentication guards."""

from django.http import HttpResponse
from django.urls import path
from django.views import View

from accounts.reauthentication import RecentSignInRequiredMixin, recent_sign_in_required
from portal.urls import urlpatterns as project_urlpatterns


@recent_sign_in_required
def protected_export(request):
    return HttpResponse("exported")


class ProtectedExportView(RecentSignInRequiredMixin, View):
    def get(self, request):
        return HttpResponse("exported by a class")


urlpatterns = [
    path("protected-export/", protected_export),
    path("protected-export-class/", ProtectedExportView.as_view()),
    *project_urlpatterns,
]
