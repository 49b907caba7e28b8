"""The "On this page" contents list, built from a page's section headings."""

from dataclasses import dataclass

from django.utils.text import slugify


@dataclass(frozen=True)
class Section:
    anchor: str
    heading: str


def sections_with_anchors(body):
    """Pair each block of `body` with its anchor (None for blocks that are not section headings).

    Anchors are slugs of the heading text, made unique with a number so that two
    sections with the same heading still each have their own link target.
    """
    used = set()
    paired = []
    for block in body:
        anchor = None
        if block.block_type == "section_heading":
            base = slugify(block.value) or "section"
            anchor, number = base, 2
            while anchor in used:
                anchor, number = f"{base}-{number}", number + 1
            used.add(anchor)
        paired.append((block, anchor))
    return paired


def contents_list(paired_blocks):
    return [Section(anchor, str(block.value)) for block, anchor in paired_blocks if anchor]
