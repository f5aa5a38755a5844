from html.parser import HTMLParser

import markdown

from generator.pages.markdown_text import blocks, external_url, inline

EXTENSIONS = ["abbr", "admonition", "attr_list", "tables", "toc"]
HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[klik](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "**vet** _schuin_ `code`",
    "# kop",
    "> citaat",
    "1. lijst",
    "| a | b |",
    "{: onclick=alert(1) }",
    "*[HTML]: Hyper",
    "!!! danger",
    "&lt;script&gt;",
    "<http://evil.example>",
]


def render(md):
    return markdown.markdown(md, extensions=EXTENSIONS)


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text += data


def test_hostile_text_becomes_one_plain_paragraph_with_the_same_visible_text():
    for text in HOSTILE:
        parser = Elements()
        parser.feed(render(inline(text)))
        assert parser.tags == [("p", [])], (text, parser.tags)
        assert parser.text == text


def test_blocks_allow_paragraphs_and_bullets_only():
    out = render(blocks("Eerste alinea\nloopt door.\n\n- een <b>\n- twee\n\n# geen kop"))
    assert out == ("<p>Eerste alinea loopt door.</p>\n<ul>\n<li>een &lt;b&gt;</li>\n<li>twee</li>\n</ul>\n"
                   "<p># geen kop</p>")


def test_external_url_cannot_break_out_of_a_link():
    assert external_url("https://a.nl/x y)<z>") == "https://a.nl/x%20y%29%3Cz%3E"


def test_phone_segments_cut_numbers_out_of_plain_text():
    from generator.pages.markdown_text import phone_segments
    assert phone_segments("Bel 0800-2000 of 112, niet 12345.") == [
        "Bel ", {"tel": "0800-2000", "href": "tel:08002000"}, " of ", {"tel": "112", "href": "tel:112"},
        ", niet 12345."]
    assert phone_segments("Geen nummer") == ["Geen nummer"]


def test_step_through_json_cannot_end_its_script_element():
    from generator.pages.render.doorloop import script_json
    text = script_json({"titel": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    import json
    assert json.loads(text)["titel"] == "</script><script>alert(1)</script> & <!--"
