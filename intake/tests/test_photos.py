"""The photo pipeline: only clean, upright, metadata-free pixels come out."""

import io
import time
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageCms, PngImagePlugin

from intake import photos
from intake.photos import PhotoRejected, clean_photo, clean_photo_bytes

GPS_IFD = 0x8825
BODY_SERIAL_NUMBER = 0xA431
ORIENTATION = 0x0112
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description creator="SECRET-XMP"/></rdf:RDF></x:xmpmeta>'


def _exif(orientation=1):
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "CanonTest"  # Make
    exif.get_ifd(0x8769)[BODY_SERIAL_NUMBER] = "SERIAL-123456"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (51.0, 30.0, 12.0)
    gps[3] = "W"
    gps[4] = (0.0, 7.0, 40.0)
    return exif


def _striped(width=60, height=30):
    """Left half red, right half blue: lets a test see which way is up."""
    image = Image.new("RGB", (width, height), (220, 20, 20))
    image.paste((20, 20, 220), (width // 2, 0, width, height))
    return image


def _jpeg(image=None, **save):
    buffer = io.BytesIO()
    (image or _striped()).save(buffer, "JPEG", **save)
    return buffer.getvalue()


def _png(image, pnginfo=None, **save):
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=pnginfo, **save)
    return buffer.getvalue()


def _assert_no_metadata(cleaned):
    assert b"SERIAL-123456" not in cleaned.content
    assert b"SECRET" not in cleaned.content
    assert b"Exif" not in cleaned.content
    read_back = Image.open(io.BytesIO(cleaned.content))
    exif = read_back.getexif()
    assert len(exif) == 0
    assert not exif.get_ifd(GPS_IFD)
    assert not exif.get_ifd(0x8769)
    for key in ("exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "Comment"):
        assert key not in read_back.info, key
    if read_back.format == "PNG":
        assert not read_back.text
        assert _png_chunk_types(cleaned.content) <= {b"IHDR", b"IDAT", b"IEND"}
    else:
        # Only the bare JFIF header (APP0) may precede the pixels: no APP1
        # (EXIF, XMP), APP2 (ICC), APP13 (IPTC) or COM (comment) segments.
        assert _jpeg_metadata_markers(cleaned.content) <= {0xE0}
    return read_back


def _jpeg_metadata_markers(data):
    markers, position = set(), 2
    while position < len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:  # start of scan: pixels follow
            break
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            markers.add(marker)
        position += 2 + int.from_bytes(data[position + 2 : position + 4], "big")
    return markers


def _png_chunk_types(data):
    types, position = set(), 8
    while position < len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        types.add(data[position + 4 : position + 8])
        position += 12 + length
    return types


def test_jpeg_loses_gps_serial_xmp_and_comment_when_read_back():
    original = _jpeg(exif=_exif(), xmp=XMP, comment=b"SECRET-COMMENT", icc_profile=_srgb_profile())
    source = Image.open(io.BytesIO(original))
    assert source.getexif().get_ifd(GPS_IFD), "the test image must carry GPS to begin with"
    assert source.getexif().get_ifd(0x8769)[BODY_SERIAL_NUMBER] == "SERIAL-123456"

    cleaned = clean_photo_bytes(original)

    read_back = _assert_no_metadata(cleaned)
    assert read_back.format == "JPEG"
    assert cleaned.content_type == "image/jpeg"
    assert cleaned.name.endswith(".jpg")


def test_exif_orientation_is_applied_to_the_pixels():
    # Orientation 6: the camera was turned; viewers rotate 90 degrees clockwise.
    original = _jpeg(exif=_exif(orientation=6), quality=95)

    cleaned = clean_photo_bytes(original)

    read_back = Image.open(io.BytesIO(cleaned.content)).convert("RGB")
    assert read_back.size == (30, 60)
    top, bottom = read_back.getpixel((15, 5)), read_back.getpixel((15, 55))
    # Red (the old left half) is now on top, blue at the bottom.
    assert (top[0] > 150, top[2] < 100) == (True, True), top
    assert (bottom[0] < 100, bottom[2] > 150) == (True, True), bottom
    assert read_back.getexif().get(ORIENTATION) is None


def test_png_text_chunks_and_profile_are_dropped_and_alpha_kept():
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "SECRET-AUTHOR")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    info.add_text("Comment", "SECRET-COMMENT", zip=True)
    image = Image.new("RGBA", (40, 40), (10, 200, 10, 128))

    cleaned = clean_photo_bytes(_png(image, pnginfo=info, icc_profile=_srgb_profile(), exif=_exif()))

    read_back = _assert_no_metadata(cleaned)
    assert read_back.format == "PNG"
    assert read_back.mode == "RGBA"
    assert read_back.getpixel((5, 5))[3] == 128
    assert cleaned.name.endswith(".png")


def test_webp_is_accepted_and_becomes_jpeg_without_metadata():
    buffer = io.BytesIO()
    _striped().save(buffer, "WEBP", exif=_exif(), xmp=XMP)

    cleaned = clean_photo_bytes(buffer.getvalue())

    assert _assert_no_metadata(cleaned).format == "JPEG"


def test_only_the_first_frame_of_an_animation_is_kept():
    frames = [Image.new("RGB", (20, 20), colour) for colour in ((250, 0, 0), (0, 250, 0), (0, 0, 250))]
    buffer = io.BytesIO()
    frames[0].save(buffer, "WEBP", save_all=True, append_images=frames[1:], lossless=True)

    cleaned = clean_photo_bytes(buffer.getvalue())

    read_back = Image.open(io.BytesIO(cleaned.content))
    assert getattr(read_back, "n_frames", 1) == 1
    assert read_back.convert("RGB").getpixel((10, 10))[0] > 200


def test_cmyk_with_a_profile_is_converted_to_srgb_rgb():
    cmyk = Image.new("CMYK", (20, 20), (0, 255, 255, 0))  # red in CMYK

    cleaned = clean_photo_bytes(_jpeg(cmyk))

    read_back = Image.open(io.BytesIO(cleaned.content))
    assert read_back.mode == "RGB"
    red, green, blue = read_back.getpixel((10, 10))
    assert (red > 200, green < 80, blue < 80) == (True, True, True), (red, green, blue)


def test_a_broken_colour_profile_does_not_reject_a_good_photo():
    cleaned = clean_photo_bytes(_jpeg(icc_profile=b"not really a profile" * 10))

    assert "icc_profile" not in Image.open(io.BytesIO(cleaned.content)).info


def test_file_names_are_random_and_ignore_the_upload_name():
    upload = SimpleUploadedFile("../../etc/passwd.jpg", _jpeg(), content_type="image/jpeg")
    first = clean_photo(upload)
    second = clean_photo(SimpleUploadedFile("holiday.jpg", _jpeg()))

    assert first.name != second.name
    assert "passwd" not in first.name
    assert "/" not in first.name
    assert len(first.name) == 32 + len(".jpg")


def test_a_polyglot_loses_everything_after_the_image():
    tail_html = b"<html><script>alert('polyglot')</script></html>"
    zip_tail = b"PK\x03\x04" + b"\x00" * 26 + b"payload.txt"

    cleaned = clean_photo_bytes(_jpeg() + tail_html + zip_tail)

    assert b"<script>" not in cleaned.content
    assert b"PK\x03\x04" not in cleaned.content
    assert cleaned.content.endswith(b"\xff\xd9")  # JPEG end-of-image marker is the last thing


def _bomb_png(width=20000, height=20000):
    """A valid PNG header for 400 megapixels whose data compresses to almost nothing."""
    raw_row = b"\x00" + b"\x00" * width
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(raw_row) for _ in range(200)) + compressor.flush()

    def chunk(kind, body):
        return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_refused_quickly():
    bomb = _bomb_png()
    assert len(bomb) < 100_000

    started = time.perf_counter()
    with pytest.raises(PhotoRejected) as refused:
        clean_photo(SimpleUploadedFile("small.png", bomb))
    elapsed = time.perf_counter() - started

    assert refused.value.message == photos.TOO_MANY_PIXELS
    assert elapsed < 2.0, f"took {elapsed:.2f}s"


def test_just_over_the_pixel_limit_is_refused_even_below_pillows_hard_limit():
    # 6400 x 6400 = 41 megapixels: over ours, under twice ours (Pillow's own error).
    with pytest.raises(PhotoRejected) as refused:
        clean_photo_bytes(_bomb_png(6400, 6400))
    assert refused.value.message == photos.TOO_MANY_PIXELS


def test_pillows_limit_matches_the_forms():
    assert Image.MAX_IMAGE_PIXELS == photos.MAX_PIXELS == 40_000_000


def test_too_many_bytes_is_refused_before_decoding():
    oversized = SimpleUploadedFile("big.jpg", b"\xff\xd8" + b"\x00" * (photos.MAX_BYTES + 10))
    with pytest.raises(PhotoRejected) as refused:
        clean_photo(oversized)
    assert refused.value.message == photos.TOO_LARGE


def _gif():
    buffer = io.BytesIO()
    Image.new("P", (4, 4)).save(buffer, "GIF")
    return buffer.getvalue()


def _bmp():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "BMP")
    return buffer.getvalue()


def _tiff():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "TIFF")
    return buffer.getvalue()


SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10"/></svg>'


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(SVG, photos.UNSUPPORTED_TYPE.format(kind="SVG"), id="svg"),
        pytest.param(b"  <svg onload=alert(1)>", photos.UNSUPPORTED_TYPE.format(kind="SVG"), id="bare-svg"),
        pytest.param(_gif(), photos.UNSUPPORTED_TYPE.format(kind="GIF"), id="gif"),
        pytest.param(_bmp(), photos.UNSUPPORTED_TYPE.format(kind="BMP"), id="bmp"),
        pytest.param(_tiff(), photos.UNSUPPORTED_TYPE.format(kind="TIFF"), id="tiff"),
        pytest.param(b"%PDF-1.7\n...", photos.UNSUPPORTED_TYPE.format(kind="PDF"), id="pdf"),
        pytest.param(b"\x00\x00\x00\x18ftypheic", photos.UNSUPPORTED_TYPE.format(kind="HEIC or AVIF"), id="heic"),
        pytest.param(b"<html><body>hello</body></html>", photos.NOT_AN_IMAGE, id="html"),
        pytest.param(b"just some words in a .jpg", photos.NOT_AN_IMAGE, id="text"),
        pytest.param(b"PK\x03\x04" + b"\x00" * 40, photos.NOT_AN_IMAGE, id="zip"),
        pytest.param(b"", photos.EMPTY, id="empty"),
    ],
)
def test_files_that_are_not_accepted_photos_get_a_message(content, expected):
    with pytest.raises(PhotoRejected) as refused:
        clean_photo(SimpleUploadedFile("photo.jpg", content, content_type="image/jpeg"))
    assert refused.value.message == expected


def test_a_truncated_jpeg_is_reported_as_damaged():
    whole = _jpeg(Image.effect_noise((200, 200), 60).convert("RGB"), quality=95)
    with pytest.raises(PhotoRejected) as refused:
        clean_photo_bytes(whole[: len(whole) // 2])
    assert refused.value.message == photos.DAMAGED


def test_a_truncated_png_is_reported_as_damaged():
    whole = _png(Image.effect_noise((200, 200), 60))
    with pytest.raises(PhotoRejected) as refused:
        clean_photo_bytes(whole[: len(whole) // 2])
    assert refused.value.message == photos.DAMAGED


def test_a_corrupt_png_body_is_reported_as_damaged():
    whole = bytearray(_png(Image.effect_noise((64, 64), 60)))
    idat = whole.index(b"IDAT")
    whole[idat + 8 : idat + 60] = b"\xff" * 52  # garbage in the compressed pixel data

    with pytest.raises(PhotoRejected) as refused:
        clean_photo_bytes(bytes(whole))
    assert refused.value.message == photos.DAMAGED


def test_a_header_only_jpeg_is_reported():
    with pytest.raises(PhotoRejected) as refused:
        clean_photo_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    assert refused.value.message in {photos.DAMAGED, photos.NOT_AN_IMAGE}


def _srgb_profile():
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
