"""Turn an uploaded photo into a clean image we are willing to store.

The file is decoded by its content (never its name, extension or declared
type), turned upright, converted to sRGB and re-encoded from its pixels, so
nothing of the original file survives: no EXIF (GPS, serial numbers), XMP,
ICC profile, comments, text chunks, thumbnails, extra frames or bytes
appended after the image (polyglots).
"""

import io
import secrets
import warnings
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageFile, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")

# Pillow warns above MAX_IMAGE_PIXELS and refuses at twice that; we turn the
# warning into an error below, so anything over our limit is refused before
# its pixels are decoded.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# A truncated file is damaged, not something to pad with grey.
ImageFile.LOAD_TRUNCATED_IMAGES = False

TOO_LARGE = "The photo must be smaller than 10 MB. Try a smaller copy of it."
TOO_MANY_PIXELS = "The photo is too big (more than 40 megapixels). Try a smaller copy of it."
NOT_AN_IMAGE = "The file you chose is not a photo. Choose a JPEG, PNG or WebP photo."
UNSUPPORTED_TYPE = "We cannot accept {kind} files. Choose a JPEG, PNG or WebP photo."
DAMAGED = "The photo seems to be damaged or incomplete. Try saving it again, or choose a different photo."
EMPTY = "The file you chose is empty. Choose a JPEG, PNG or WebP photo."

# Types people often have that we deliberately do not accept, by their magic
# bytes, so they get a better message than "not a photo".
_KNOWN_UNSUPPORTED = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x00\x00\x01\x00", "ICO"),
    (b"8BPS", "Photoshop"),
    (b"%PDF", "PDF"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")


class PhotoRejected(Exception):
    """The upload cannot be used; `message` says why in words for the person."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CleanPhoto:
    content: bytes
    name: str
    content_type: str
    width: int
    height: int


def clean_photo(upload) -> CleanPhoto:
    """Validate and re-encode an uploaded file (anything with .read() and .size)."""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_BYTES:
        raise PhotoRejected(TOO_LARGE)
    if hasattr(upload, "seek"):
        upload.seek(0)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise PhotoRejected(TOO_LARGE)
    if not data:
        raise PhotoRejected(EMPTY)
    return clean_photo_bytes(data)


def clean_photo_bytes(data: bytes) -> CleanPhoto:
    _refuse_known_unsupported(data)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = _decode(data)
            pixels, has_alpha = _upright_srgb_pixels(image)
        except PhotoRejected:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise PhotoRejected(TOO_MANY_PIXELS) from error
        except UnidentifiedImageError as error:
            raise PhotoRejected(NOT_AN_IMAGE) from error
        except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError, MemoryError) as error:
            # Pillow signals a damaged file with any of these, depending on
            # the decoder and where the damage is.
            raise PhotoRejected(DAMAGED) from error
    return _encode(pixels, has_alpha)


def _refuse_known_unsupported(data):
    for magic, kind in _KNOWN_UNSUPPORTED:
        if data.startswith(magic):
            raise PhotoRejected(UNSUPPORTED_TYPE.format(kind=kind))
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        raise PhotoRejected(UNSUPPORTED_TYPE.format(kind="HEIC or AVIF"))
    head = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(b"<") and b"<svg" in head:
        raise PhotoRejected(UNSUPPORTED_TYPE.format(kind="SVG"))


def _decode(data):
    image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    width, height = image.size
    if width < 1 or height < 1:
        raise PhotoRejected(DAMAGED)
    if width * height > MAX_PIXELS:
        raise PhotoRejected(TOO_MANY_PIXELS)
    image.seek(0)  # first frame only (animated WebP/PNG)
    image.load()
    return image


def _upright_srgb_pixels(image):
    icc_profile = image.info.get("icc_profile")
    image = ImageOps.exif_transpose(image)
    has_alpha = image.mode in {"RGBA", "LA", "PA", "RGBa", "La"} or (
        image.mode == "P" and "transparency" in image.info
    )
    target_mode = "RGBA" if has_alpha else "RGB"
    if image.mode == "P":
        image = image.convert("RGBA" if has_alpha else "RGB")
    elif image.mode.startswith("I;16") or image.mode in {"I", "F"}:
        # 16-bit greyscale: scale to 8 bits before colour conversion.
        image = image.point(lambda value: value / 256).convert("L")
    return _to_srgb(image, icc_profile, target_mode), has_alpha


def _to_srgb(image, icc_profile, target_mode):
    if icc_profile and image.mode in {"RGB", "RGBA", "CMYK", "L", "LA"}:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
            if image.mode == "LA":
                image = image.convert("RGBA")
            return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=target_mode)
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            # A broken or unusual profile: the pixels are still a photo, so
            # fall back to treating them as sRGB rather than refusing it.
            pass
    return image.convert(target_mode)


def _encode(pixels, has_alpha):
    # A brand-new image from raw pixel data carries no info, EXIF or profile.
    mode = "RGBA" if has_alpha else "RGB"
    pixels = pixels.convert(mode)
    fresh = Image.frombytes(mode, pixels.size, pixels.tobytes())
    buffer = io.BytesIO()
    if has_alpha:
        fresh.save(buffer, format="PNG", optimize=True)
        extension, content_type = "png", "image/png"
    else:
        fresh.save(buffer, format="JPEG", quality=88, optimize=True, progressive=True)
        extension, content_type = "jpg", "image/jpeg"
    return CleanPhoto(
        content=buffer.getvalue(),
        name=f"{secrets.token_hex(16)}.{extension}",
        content_type=content_type,
        width=fresh.width,
        height=fresh.height,
    )
