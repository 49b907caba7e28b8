import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError

from conditions.blocks import CalloutBlock, ConditionBodyBlock, FaqItemBlock, QuoteBlock, ResearchStudyBlock
from conditions.contents import contents_list, sections_with_anchors
from conditions.tests.builders import STUDY


def render(block, value):
    return block.render(block.to_python(value))


def test_section_heading_uses_the_anchor_it_is_given():
    block = ConditionBodyBlock().child_blocks["section_heading"]
    html = block.render("What causes it?", context={"anchor": "what-causes-it-2"})
    assert html.strip() == '<h2 id="what-causes-it-2" class="section-heading">What causes it?</h2>'


def test_rich_text_renders_its_html():
    block = ConditionBodyBlock().child_blocks["text"]
    assert "<li>warfarin</li>" in render(block, "<ul><li>warfarin</li></ul>")


@pytest.mark.parametrize(
    ("kind", "heading", "expected"),
    [("urgent", "", "Get help now"), ("warning", "", "Warning"), ("information", "Diet", "Diet")],
)
def test_callouts_show_their_kind(kind, heading, expected):
    html = render(CalloutBlock(), {"kind": kind, "heading": heading, "text": "<p>Body</p>"})
    assert f"callout--{kind}" in html
    assert f'<p class="callout__heading">{expected}</p>' in html
    assert "<p>Body</p>" in html


def test_faq_item_is_a_details_element_with_the_question_as_summary():
    html = render(FaqItemBlock(), {"question": "Is there a cure?", "answer": "<p>Not yet.</p>"})
    assert '<details class="faq">' in html
    assert '<summary class="faq__question">Is there a cure?</summary>' in html
    assert "<p>Not yet.</p>" in html


def test_research_study_links_to_its_registry_record():
    html = render(ResearchStudyBlock(), STUDY)
    assert 'href="https://clinicaltrials.gov/study/NCT05018221"' in html
    assert "Under way" in html
    assert "Dr Lead" in html


def test_study_with_results_expected_shows_when():
    value = {**STUDY, "status": "results_expected", "results_expected": "2023-12-01"}
    html = render(ResearchStudyBlock(), value)
    assert "Results expected" in html
    assert "December 2023" in html


def test_study_refuses_a_malformed_registry_identifier():
    block = ResearchStudyBlock()
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python({**STUDY, "registry_identifier": "NCT123"}))
    assert "registry_identifier" in raised.value.block_errors


def test_study_needs_a_date_when_results_are_expected():
    block = ResearchStudyBlock()
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python({**STUDY, "status": "results_expected"}))
    assert "results_expected" in raised.value.block_errors
    cleaned = block.clean(block.to_python({**STUDY, "status": "results_expected", "results_expected": "2023-12-01"}))
    assert cleaned["results_expected"] == datetime.date(2023, 12, 1)


def test_quote_has_its_attribution():
    html = render(QuoteBlock(), {"quote": "It helped.", "attribution": "A patient"})
    assert "<blockquote><p>It helped.</p></blockquote>" in html
    assert "<figcaption>A patient</figcaption>" in html


@pytest.mark.django_db
def test_image_and_document_blocks_render_nothing_without_a_file():
    stream = ConditionBodyBlock()
    assert render(stream.child_blocks["image"], {"image": None, "caption": "x"}).strip() == ""
    assert render(stream.child_blocks["document_link"], {"document": None, "link_text": "x"}).strip() == ""


@pytest.mark.django_db
def test_image_block_renders_with_alt_text(tmp_path):
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images.models import Image

    buffer = BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    image = Image.objects.create(title="Skin", file=ImageFile(buffer, name="skin.png"))
    block = ConditionBodyBlock().child_blocks["image"]
    image_value = {"image": image.pk, "decorative": False, "alt_text": "A sore"}
    value = block.to_python({"image": image_value, "caption": "Leg"})
    html = block.render(value)
    assert 'alt="A sore"' in html
    assert "<figcaption>Leg</figcaption>" in html


@pytest.mark.django_db
def test_document_link_shows_type_and_size():
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    document = Document.objects.create(title="Diet sheet", file=ContentFile(b"%PDF-1.4 " * 200, name="diet.pdf"))
    document.get_file_size()  # as the admin's upload form records it
    block = ConditionBodyBlock().child_blocks["document_link"]
    html = block.render(block.to_python({"document": document.pk, "link_text": ""}))
    assert f'href="{document.url}"' in html
    assert "Diet sheet" in html
    assert "PDF, 1.8\xa0KB" in html


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(ConditionBodyBlock().child_blocks))
def test_every_block_has_an_editor_preview(name, admin_client):
    block = ConditionBodyBlock().child_blocks[name]
    assert block.get_description()
    assert block.is_previewable
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    assert "css/site.css" in response.content.decode()


def test_contents_list_gives_each_section_a_unique_anchor():
    body = StreamValue(
        ConditionBodyBlock(),
        [("section_heading", "Research"), ("text", "<p>x</p>"), ("section_heading", "Research")],
    )
    paired = sections_with_anchors(body)
    assert [anchor for _, anchor in paired] == ["research", None, "research-2"]
    assert [(section.anchor, section.heading) for section in contents_list(paired)] == [
        ("research", "Research"),
        ("research-2", "Research"),
    ]


def test_validation_error_message_is_specific():
    block = ResearchStudyBlock().child_blocks["registry_identifier"]
    with pytest.raises(ValidationError, match="NCT05018221"):
        block.clean("NCT1")
