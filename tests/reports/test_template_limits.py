"""Issue 12, class 5: a user template reads only templates and images of the templates
folders (and the letterhead's logo), and whatever it does ends in one clear error."""

from __future__ import annotations

import base64

import pytest

from mtgdesk.domain.errors import UserError
from mtgdesk.reports import model, render
from mtgdesk.settings import user_templates_dir

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def _template(source: str) -> None:
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "press-release.html.j2").write_text(source, encoding="utf-8")


@pytest.mark.parametrize("source", [
    '{% include "/etc/passwd" %}',
    '{% include "../../../../../../etc/passwd" %}',
    '{% include "//etc/passwd" %}',
    '{% import "/etc/hostname" as x %}',
])
def test_a_template_cannot_include_a_file_outside_the_templates_folders(seed_record,
                                                                       source):
    _template(source)
    with pytest.raises(UserError, match="was not found"):
        render.html(model.build(seed_record))


def test_a_symlink_out_of_the_templates_folder_is_not_followed(seed_record, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    _template('{% include "leak.j2" %}')
    (user_templates_dir() / "leak.j2").symlink_to(secret)
    with pytest.raises(UserError, match="was not found"):
        render.html(model.build(seed_record))


def test_data_uri_embeds_only_images_of_the_templates_folder(seed_record, tmp_path):
    outside = tmp_path / "photo.png"
    outside.write_bytes(PNG)
    fake = user_templates_dir() / "fake.png"
    _template(f'[{{{{ "{outside}" | data_uri }}}}][{{{{ "/etc/passwd" | data_uri }}}}]'
              '[{{ "fake.png" | data_uri }}][{{ "seal.png" | data_uri }}]')
    fake.write_bytes(b"not an image at all")
    (user_templates_dir() / "seal.png").write_bytes(PNG)
    html = render.html(model.build(seed_record))
    first, passwd, not_image, seal = html.strip()[1:-1].split("][")
    assert (first, passwd, not_image) == ("", "", "")
    assert base64.b64decode(seal.split(",", 1)[1]) == PNG


@pytest.mark.parametrize("source, words", [
    ("{{ 1/0 }}", "line 1: ZeroDivisionError"),
    ('{% include "press-release.html.j2" %}', "includes or calls itself"),
    ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "calls itself"),
    ("{% for i in range(10**6) %}x{% endfor %}", "larger than a template may use"),
    ("{{ 'a' * 10**10 }}", "at most 1,000,000"),
    ("{{ 'x' | center(10**9) }}", "larger than a template may use"),
    ("{{ 'x'.ljust(10**9) }}", "larger than a template may use"),
    ("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
     "ranges hold more than"),
    ("{{ ('a' * 900000) | replace('a', 'bb') }}", "replace would make"),
])
def test_a_template_error_or_a_runaway_template_is_one_clear_error(seed_record, source,
                                                                   words):
    _template(source)
    with pytest.raises(UserError, match="report template press-release.html.j2") as info:
        render.html(model.build(seed_record))
    assert words in str(info.value)
    assert len(str(info.value)) < 400


def test_a_template_that_never_ends_is_stopped(seed_record, monkeypatch):
    from mtgdesk.reports import templating_limits

    monkeypatch.setattr(templating_limits, "MAX_SECONDS", 0.5)
    _template("{% for a in 'a' * 99999 %}{% for b in 'b' * 99999 %}{% endfor %}"
              "{% endfor %}")
    with pytest.raises(UserError, match="ran for more than"):
        render.html(model.build(seed_record))


def test_the_shipped_templates_still_render_with_the_logo(seed_record, tmp_path):
    logo = tmp_path / "letterhead.png"
    logo.write_bytes(PNG)
    report = model.build(seed_record)
    report.logo_path = str(logo)  # as the settings' letterhead gives it
    html = render.html(report)
    assert "Senior Official-Level Meeting on Human Security" in html
    assert base64.b64encode(PNG).decode("ascii") in html


@pytest.mark.parametrize("source, words", [
    # Each would make about 50 MB in one call into C; refused before it is made.
    ("{{ ('x\n' * 10000) | indent(5000) }}", "an indent would make"),
    ("{{ ('x' * 10000).replace('', 'y' * 5000) }}", "a replace would make"),
    ("{{ ('ab' * 5000) | list | join('z' * 10000) }}", "a join would make"),
    ("{{ ('z' * 10000).join(('ab' * 5000) | list) }}", "a join would make"),
    ("{{ ('{0}' * 10000).format('y' * 5000) }}", "a format would make"),
    ("{{ '{:>50000000}'.format(1) }}", "a format would make"),
    ("{{ ('%s' * 10000) | format(*(['y' * 5000] * 10000)) }}", "a format would make"),
    ("{{ ('\t' * 1000).expandtabs(50000) }}", "expanding tabs would make"),
])
def test_a_result_too_large_is_refused_before_it_is_made(seed_record, source, words):
    import tracemalloc

    _template(source)
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match="report template press-release.html.j2") as info:
            render.html(model.build(seed_record))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert words in str(info.value)
    assert peak < 20_000_000  # the 50 MB was never made


def test_placeholder_text_is_not_a_template_function(seed_record):
    # lipsum(100000) runs in Jinja2's own code for minutes, out of the time limit's reach.
    _template("{{ lipsum(100000) }}")
    with pytest.raises(UserError, match="'lipsum' is undefined"):
        render.html(model.build(seed_record))
