from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index

from home.opening_hours import summarise_opening_hours


class Helpline(index.Indexed, ClusterableModel):
    """A phone and email service people can contact, with its opening hours."""

    name = models.CharField(max_length=120)
    description = models.CharField(
        max_length=255, blank=True, help_text="One line on who answers and what they can help with."
    )
    phone = models.CharField(max_length=40, help_text="As people should read it, e.g. 0800 169 0936.")
    email = models.EmailField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        InlinePanel("opening_times", heading="Opening hours", label="Opening time"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    def __str__(self):
        return self.name

    @property
    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    def opening_hours(self):
        """Days with the same hours grouped: [("Monday to Thursday", "8:30am to 5pm"), ...]."""
        return summarise_opening_hours(self.opening_times.all())


class HelplineOpeningTime(Orderable):
    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"
        SATURDAY = 5, "Saturday"
        SUNDAY = 6, "Sunday"

    helpline = ParentalKey(Helpline, on_delete=models.CASCADE, related_name="opening_times")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens = models.TimeField()
    closes = models.TimeField()

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes__gt=models.F("opens")), name="helpline_closes_after_opens"
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}-{self.closes:%H:%M}"
