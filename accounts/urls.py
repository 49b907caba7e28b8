from django.urls import path

from . import item_views, views

app_name = "accounts"

item = "submissions/<slug:kind>/<str:reference>/"

urlpatterns = [
    path("submissions/", views.my_submissions, name="submissions"),
    path("my-data/", views.download_my_data, name="download_data"),
    path("delete/", views.delete_account, name="delete_account"),
    path(item, item_views.MyItemStatusView.as_view(), name="item_status"),
    path(f"{item}edit/", item_views.MyItemEditView.as_view(), name="item_edit"),
    path(f"{item}withdraw/", item_views.MyItemWithdrawView.as_view(), name="item_withdraw"),
    path(f"{item}photo/", item_views.MyItemPhotoView.as_view(), name="item_photo"),
]
