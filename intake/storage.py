"""Storage for files that must never have a public URL (submitted photos)."""

from pathlib import PurePath

from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404


class PrivateFileSystemStorage(FileSystemStorage):
    """A FileSystemStorage whose files have no URL at all.

    Django's FileSystemStorage treats `base_url=None` as "use MEDIA_URL", so
    without this a private file would get a /media/... address. Code that
    needs the file (the moderators' authenticated view) opens it instead.
    """

    def url(self, name):
        raise ValueError("Private files are not accessible via a URL.")


PHOTO_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


def private_photo_response(photo_field):
    """Stream a cleaned private photo to someone already allowed to see it; 404 if it is not there.

    Callers decide who may see the file; this only makes sure the response is
    never cached or sniffed into something other than an image.
    """
    content_type = PHOTO_TYPES.get(PurePath(photo_field.name).suffix.lower()) if photo_field else None
    if content_type is None:
        raise Http404
    try:
        photo = photo_field.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(photo, content_type=content_type)
    response["Content-Disposition"] = "inline"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
