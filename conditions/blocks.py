"""The building blocks of a condition information page.

Each block renders through its own template in templates/components/blocks/
and shows editors a preview (with a description) in the block picker.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

from .registries import normalise_registry_id, registry_url, validate_registry_id

TEXT_FEATURES = ["h3", "bold", "italic", "link", "document-link", "ol", "ul"]
SHORT_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SectionHeadingBlock(blocks.CharBlock):
    """A main section (h2). Every section heading appears in the "On this page" contents list."""

    class Meta:
        template = "components/blocks/section_heading.html"
        icon = "title"
        form_classname = "title"
        label = "Section heading"
        description = "Starts a new section. It is listed in the 'On this page' contents at the top."
        preview_value = "What causes it?"


class TextBlock(blocks.RichTextBlock):
    class Meta:
        template = "components/blocks/text.html"
        icon = "pilcrow"
        label = "Text"
        description = "Paragraphs, lists and links. Keep sentences short."
        preview_value = "<p>Most people with this condition are looked after by their kidney team.</p>"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("information", "Information"),
            ("warning", "Warning"),
            ("urgent", "Urgent: get help now"),
        ],
        default="information",
    )
    heading = blocks.CharBlock(required=False, help_text="Urgent callouts default to 'Get help now'.")
    text = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES)

    class Meta:
        template = "components/blocks/callout.html"
        icon = "warning"
        label = "Callout"
        description = "A highlighted box: information, a warning, or urgent 'get help now' advice."
        preview_value = {
            "kind": "urgent",
            "heading": "",
            "text": "<p>Call 999 or go to A&amp;E if a wound is spreading quickly or you feel very unwell.</p>",
        }


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock()
    answer = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES)

    class Meta:
        template = "components/blocks/faq_item.html"
        icon = "help"
        label = "Question and answer"
        description = "A question people ask, with its answer shown when the reader opens it."
        preview_value = {
            "question": "Is there a specialist hospital?",
            "answer": "<p>No. Your kidney team can ask doctors with a special interest for advice.</p>",
        }


class StudyValue(blocks.StructValue):
    @cached_property
    def registry_id(self):
        return normalise_registry_id(self.get("registry_identifier"))

    @cached_property
    def registry_url(self):
        return registry_url(self.registry_id)

    @property
    def status_label(self):
        return dict(ResearchStudyBlock.STATUSES).get(self.get("status"), "")

    @property
    def results_expected_label(self):
        """'December 2023': shared by the page and the PDF."""
        date = self.get("results_expected")
        if self.get("status") != "results_expected" or not isinstance(date, datetime.date):
            return ""
        return date.strftime("%B %Y")


class ResearchStudyBlock(blocks.StructBlock):
    STATUSES = [
        ("planned", "Being planned"),
        ("recruiting", "Recruiting"),
        ("active", "Under way"),
        ("completed", "Completed"),
        ("results_expected", "Results expected"),
    ]

    name = blocks.CharBlock()
    summary = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES)
    lead = blocks.CharBlock(required=False, label="Who leads it")
    registry_identifier = blocks.CharBlock(
        required=False,
        max_length=20,
        validators=[validate_registry_id],
        help_text="NCT and 8 digits (ClinicalTrials.gov) or ISRCTN and digits. The link is made for you.",
    )
    status = blocks.ChoiceBlock(choices=STATUSES)
    results_expected = blocks.DateBlock(required=False, help_text="Needed when the status is 'Results expected'.")

    def clean(self, value):
        value = super().clean(value)
        if value.get("status") == "results_expected" and not value.get("results_expected"):
            raise blocks.StructBlockValidationError(
                block_errors={"results_expected": ValidationError("Enter when results are expected.")}
            )
        return value

    class Meta:
        template = "components/blocks/research_study.html"
        icon = "list-ul"
        label = "Research study"
        value_class = StudyValue
        description = "A study or trial, with who leads it, its status and a link to its registry record."
        preview_value = {
            "name": "BEAT-CALCI",
            "summary": "<p>An international trial looking for the best treatment.</p>",
            "lead": "",
            "registry_identifier": "NCT05018221",
            "status": "active",
            "results_expected": None,
        }


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(help_text="Describe what the image shows for people who cannot see it.")
    caption = blocks.CharBlock(required=False)

    def get_preview_value(self):
        return self.normalize({"image": get_image_model().objects.first(), "caption": "An example caption."})

    class Meta:
        template = "components/blocks/figure.html"
        icon = "image"
        label = "Image"
        description = "A picture with alt text and an optional caption."


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    link_text = blocks.CharBlock(required=False, help_text="Leave blank to use the document's title.")

    def get_preview_value(self):
        return self.normalize({"document": get_document_model().objects.first(), "link_text": ""})

    class Meta:
        template = "components/blocks/document_link.html"
        icon = "doc-full"
        label = "Document link"
        description = "A link to a document in the library, showing its type and size."


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        template = "components/blocks/quote.html"
        icon = "openquote"
        label = "Quote"
        description = "Words from a patient, carer or clinician, with who said them."
        preview_value = {
            "quote": "Knowing what to ask my kidney team made the biggest difference.",
            "attribution": "A person living with a rare kidney condition",
        }


class ConditionBodyBlock(blocks.StreamBlock):
    section_heading = SectionHeadingBlock()
    text = TextBlock(features=TEXT_FEATURES)
    callout = CalloutBlock()
    faq_item = FaqItemBlock()
    research_study = ResearchStudyBlock()
    image = FigureBlock()
    document_link = DocumentLinkBlock()
    quote = QuoteBlock()
