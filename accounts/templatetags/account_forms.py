"""Render allauth's form fields the GOV.UK way: a visible label, never a placeholder standing in for one."""

import copy

from django import template
from django.forms import CheckboxInput

register = template.Library()


@register.filter
def without_placeholder(bound_field):
    widget = copy.copy(bound_field.field.widget)
    widget.attrs = {name: value for name, value in widget.attrs.items() if name != "placeholder"}
    return bound_field.as_widget(widget=widget)


@register.filter
def is_checkbox(bound_field):
    return isinstance(bound_field.field.widget, CheckboxInput)
