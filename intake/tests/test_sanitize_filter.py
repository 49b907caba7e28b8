from django.template import Context, Template

TEMPLATE = Template("{% load sanitize_tags %}{{ value|sanitized }}")


def test_the_template_filter_cleans_what_it_shows():
    html = TEMPLATE.render(Context({"value": '<ul><li>Eight characters</li></ul><script>alert("x")</script>'}))
    assert "<ul><li>Eight characters</li></ul>" in html
    assert "<script" not in html
    assert "alert" not in html


def test_plain_text_is_escaped_not_interpreted():
    html = TEMPLATE.render(Context({"value": "<img src=x onerror=alert(1)>"}))
    assert "onerror" not in html
    assert "<img" not in html


def test_lazy_help_texts_are_cleaned_too():
    from django.utils.functional import lazy

    lazy_text = lazy(lambda: "<p>Use <strong>8</strong> characters</p><script>x()</script>", str)()
    html = TEMPLATE.render(Context({"value": lazy_text}))
    assert "<strong>8</strong>" in html
    assert "<script" not in html
