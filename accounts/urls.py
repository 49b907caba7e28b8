from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("submissions/", views.my_submissions, name="submissions"),
]
