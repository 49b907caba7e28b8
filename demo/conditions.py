"""Demo condition pages: the conditions index and the calciphylaxis page."""

from conditions.models import ConditionIndexPage, ConditionPage

from .tree import ensure_child


def build(home):
    created = 0
    index, new = ensure_child(home, ConditionIndexPage, "conditions", title="Conditions A to Z")
    created += new
    _, new = ensure_child(
        index,
        ConditionPage,
        "calciphylaxis",
        title="Calciphylaxis",
        summary="A rare, painful condition in which calcium blocks small blood vessels in the skin.",
    )
    return created + new
