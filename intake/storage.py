"""Storage for files that must never have a public URL (submitted photos)."""

from django.core.files.storage import FileSystemStorage


class PrivateFileSystemStorage(FileSystemStorage):
    """A FileSystemStorage whose files have no URL at all.

    Django's FileSystemStorage treats `base_url=None` as "use MEDIA_URL", so
    without this a private file would get a /media/... address. Code that
    needs the file (the moderators' authenticated view) opens it instead.
    """

    def url(self, name):
        raise ValueError("Private files are not accessible via a URL.")
