from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from search import views as search_views
from stories.views_admin.photo import submission_photo

urlpatterns = [
    # Before the admin: a private photo must answer "not found" to everyone but moderators.
    path("admin/stories/submissions/photo/<int:pk>/", submission_photo, name="stories_submission_photo"),
    # Before Wagtail's admin URLs, so its password form is never reachable.
    path("admin/login/", account_views.admin_login_redirect, name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", search_views.search, name="search"),
    path("account/", include("accounts.urls")),
    path("your-item/", include("privacy.urls")),
    path("account/", include("allauth.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Public media only; private submission files have no URL at all.
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
