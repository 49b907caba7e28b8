"""One item's pages: status, edit (stories), withdraw, photo.

The same views serve a signed-in owner (OwnedItemMixin, below) and a private
link from a receipt email (privacy.views.LinkedItemMixin). The mixin decides
how the item is found and what its URLs are; an item that is not found, or
not the visitor's, answers 404 at every URL.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from intake.sanitize import html_to_text
from intake.storage import private_photo_response
from privacy.withdrawal import withdraw_application, withdraw_story

from .item_forms import StoryEditForm
from .my_items import STORY, describe, owned_record
from .story_edits import EditNotAllowed, update_story

ITEM_PAGES = ("status", "edit", "withdraw", "photo")


@method_decorator(never_cache, name="dispatch")
class ItemPageMixin:
    """Find the item before anything else; subclasses say how, and how its pages are addressed."""

    def find_record(self):
        raise NotImplementedError

    def item_url(self, page):
        raise NotImplementedError

    # Where the person goes back to from an item page, and the page layout around it.
    back_url = None
    back_label = None
    layout = "base.html"

    def dispatch(self, request, *args, **kwargs):
        record = self.find_record()
        if record is None:
            raise Http404
        self.item = describe(record)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            item=self.item,
            urls={page: self.item_url(page) for page in ITEM_PAGES},
            back_url=self.back_url,
            back_label=self.back_label,
            layout=self.layout,
        )
        return context


class ItemStatusView(ItemPageMixin, TemplateView):
    template_name = "accounts/item_status.html"


class ItemEditView(ItemPageMixin, FormView):
    template_name = "accounts/item_edit.html"
    form_class = StoryEditForm

    def get(self, request, *args, **kwargs):
        if not self._editable():
            return self._refuse()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self._editable():
            return self._refuse()
        return super().post(request, *args, **kwargs)

    def _editable(self):
        if self.item.kind != STORY:
            raise Http404
        return self.item.can_edit

    def _refuse(self):
        messages.error(self.request, "Your story can no longer be changed here. You can still withdraw it.")
        return redirect(self.item_url("status"))

    def get_initial(self):
        return {"title": self.item.record.title, "body": html_to_text(self.item.record.body)}

    def form_valid(self, form):
        user = self.request.user if self.request.user.is_authenticated else None
        try:
            update_story(self.item.record, title=form.cleaned_data["title"], text=form.cleaned_data["body"], by=user)
        except EditNotAllowed as refused:
            messages.error(self.request, str(refused))
        else:
            messages.success(self.request, "Thank you. We have your new version and will review it.")
        return redirect(self.item_url("status"))


class ItemWithdrawView(ItemPageMixin, TemplateView):
    """A confirmation page saying what will be deleted, then one button."""

    template_name = "accounts/item_withdraw.html"
    done_template_name = "accounts/item_withdrawn.html"

    def post(self, request, *args, **kwargs):
        if not self.item.can_withdraw:
            return redirect(self.item_url("status"))
        user = request.user if request.user.is_authenticated else None
        withdraw = withdraw_story if self.item.kind == STORY else withdraw_application
        withdraw(self.item.record, by=user)
        context = {
            "reference": self.item.reference,
            "back_url": self.back_url,
            "back_label": self.back_label,
            "layout": self.layout,
        }
        return self.response_class(request=request, template=[self.done_template_name], context=context)


class ItemPhotoView(ItemPageMixin, View):
    """The person's own photo, from private storage; never a public URL."""

    def get(self, request, *args, **kwargs):
        record = self.item.record
        if self.item.kind != STORY or not record.photo:
            raise Http404
        return private_photo_response(record.photo)


class OwnedItemMixin(LoginRequiredMixin):
    """The signed-in person's own item, by kind and reference."""

    back_label = "Back to my stories and applications"
    layout = "allauth/layouts/manage.html"

    @property
    def back_url(self):
        return reverse("accounts:submissions")

    def find_record(self):
        return owned_record(self.request.user, self.kwargs["kind"], self.kwargs["reference"])

    def item_url(self, page):
        return reverse(f"accounts:item_{page}", kwargs={"kind": self.item.kind, "reference": self.item.reference})


class MyItemStatusView(OwnedItemMixin, ItemStatusView):
    pass


class MyItemEditView(OwnedItemMixin, ItemEditView):
    pass


class MyItemWithdrawView(OwnedItemMixin, ItemWithdrawView):
    pass


class MyItemPhotoView(OwnedItemMixin, ItemPhotoView):
    pass
