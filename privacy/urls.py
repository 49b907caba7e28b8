from django.urls import path

from . import views

app_name = "privacy"

item = "item/<str:token>/"

urlpatterns = [
    path(item, views.LinkedItemStatusView.as_view(), name="item_status"),
    path(f"{item}edit/", views.LinkedItemEditView.as_view(), name="item_edit"),
    path(f"{item}withdraw/", views.LinkedItemWithdrawView.as_view(), name="item_withdraw"),
    path(f"{item}photo/", views.LinkedItemPhotoView.as_view(), name="item_photo"),
    path("new-link/", views.new_link, name="new_link"),
]
