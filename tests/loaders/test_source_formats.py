"""Every source format read from real files, including broken ones (tests/loaders/data)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from rekg.loaders.document import Document
from rekg.loaders.formats.dates import normalize_date
from rekg.loaders.formats.text import markdown_to_text
from rekg.loaders.sources import SourceWarning, iter_source_files, read_sources, sniff_kind

DATA = Path(__file__).parent / "data"


def read(*paths: Path | str, stdin: bytes | None = None) -> tuple[list[Document], list[str]]:
    documents: list[Document] = []
    warnings: list[str] = []
    stream = io.BytesIO(stdin) if stdin is not None else None
    for item in read_sources([str(p) for p in paths], stdin=stream):
        if isinstance(item, SourceWarning):
            warnings.append(str(item))
        else:
            documents.append(item)
    return documents, warnings


def only(path: Path) -> Document:
    documents, warnings = read(path)
    assert warnings == []
    assert len(documents) == 1
    return documents[0]


# -- text and Markdown --------------------------------------------------------------------


def test_txt_with_headline_and_iso_date() -> None:
    doc = only(DATA / "articles" / "dated.txt")
    assert doc.title == "Tokyo studies stockpile as Chinese dysprosium licences slow"
    assert doc.published == "2025-05-12"
    assert doc.text.startswith("Japan's trade ministry is weighing")
    assert "2025-05-12" not in doc.text and "Tokyo studies" not in doc.text
    assert doc.path == str(DATA / "articles" / "dated.txt")
    assert doc.url is None


def test_txt_without_date_takes_a_headline_like_first_line_as_title() -> None:
    doc = only(DATA / "articles" / "undated.txt")
    assert doc.title == "Vietnam courts investors for its rare earth deposits"
    assert doc.published is None
    assert doc.text.startswith("Vietnam courts investors")
    assert doc.text.endswith("magnet factories in South Korea.")


def test_txt_whose_first_line_is_a_sentence_has_no_title() -> None:
    doc = only(DATA / "articles" / "sentence_first.txt")
    assert doc.title is None
    assert doc.text.startswith("Australian miners said on Tuesday")


def test_txt_dateline_in_words_and_a_sentence_that_only_mentions_a_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Seoul plans magnet recycling hub\nMonday, April 7, 2025\n\nSouth Korea said it "
        "would fund a recycling hub.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Seoul plans magnet recycling hub\nThe plan was announced on April 7, 2025.\n",
        encoding="utf-8")
    documents, warnings = read(tmp_path / "a.txt", tmp_path / "b.txt")
    assert warnings == []
    assert [(d.title, d.published, d.text) for d in documents] == [
        ("Seoul plans magnet recycling hub", "2025-04-07",
         "South Korea said it would fund a recycling hub."),
        ("Seoul plans magnet recycling hub", None,
         "Seoul plans magnet recycling hub\nThe plan was announced on April 7, 2025."),
    ]


def test_shared_eval_article_layout(shared_dev_article: Path) -> None:
    doc = only(shared_dev_article)
    lines = shared_dev_article.read_text(encoding="utf-8").split("\n")
    assert doc.title == lines[0].strip()
    assert doc.published == lines[1].strip()
    assert doc.text == "\n".join(lines[3:]).strip()


def test_markdown_front_matter_and_markup_stripped() -> None:
    doc = only(DATA / "articles" / "nested" / "notes.md")
    assert doc.title == "Brazil's clay deposits draw magnet makers"
    assert doc.published == "2025-08-03"
    assert doc.url == "https://example.org/brazil-clay"
    assert "ionic clay deposits that contain dysprosium and terbium" in doc.text
    assert "need for high-temperature motors." in doc.text
    for markup in ("**", "](", "---", "# ", "title:", "*United States*"):
        assert markup not in doc.text
    assert "Buyers in the United States have signed offtake letters." in doc.text


def test_markdown_heading_then_iso_date_line() -> None:
    doc = only(DATA / "articles" / "nested" / "deeper" / "heading.md")
    assert doc.title == "India limits exports of rare earth minerals from coastal sands"
    assert doc.published == "2025-06-20"
    assert "2025-06-20" not in doc.text
    assert "The decision reverses a supply arrangement" in doc.text
    assert ">" not in doc.text


def test_markdown_to_text_handles_code_tables_links_and_emphasis() -> None:
    text, headings = markdown_to_text(
        "Intro\n=====\n\nSee [the notice](http://x.org/a_(b)) and ![chart](c.png) for *more*.\n\n"
        "```\nprint('code is not prose')\n```\n\n| Element | Use |\n|---|---|\n| Nd | magnets |\n\n"
        "1. first_item stays snake_case\n2) second __strong__ item\n\n***\n\n"
        "[^1]: A footnote.\n[ref]: http://example.org\n"
    )
    assert headings == [(1, "Intro")]
    assert text.split("\n\n") == [
        "Intro",
        "See the notice and for more.",
        "Element; Use",
        "Nd; magnets",
        "- first_item stays snake_case",
        "- second strong item",
        "A footnote.",
    ]


def test_markdown_list_items_keep_a_bullet_so_they_fold_into_their_lead() -> None:
    from rekg.extract.tokens import sentence_texts

    text, _ = markdown_to_text("Seoul now licenses:\n\n* cobalt wire\n2. nickel\n   foil\n\nEnd.")
    assert text.split("\n\n") == ["Seoul now licenses:", "- cobalt wire", "- nickel foil", "End."]
    assert sentence_texts(text) == ["Seoul now licenses: cobalt wire and nickel foil", "End."]


# -- HTML ---------------------------------------------------------------------------------


def test_html_page_with_heavy_boilerplate() -> None:
    doc = only(DATA / "boilerplate_page.html")
    assert doc.title == "Magnet makers scramble as Beijing widens licence rules"
    assert doc.published == "2025-10-09"
    assert doc.url == "https://ore-ledger.example/news/magnet-makers-scramble"
    assert doc.text.split("\n\n") == [
        "Manufacturers of permanent magnets in Japan and Germany said on Thursday that a new "
        "licensing requirement announced by China's Ministry of Commerce would slow shipments "
        "of holmium and erbium.",
        "The rule covers five additional rare earth elements and takes effect on 8 November, "
        "according to the notice.\nOfficials did not say how long reviews would take.",
        "Analysts expect magnet prices outside China to rise before the end of the year.",
    ]
    for furniture in ("cookies", "Home", "Markets", "Share", "Advertisement", "Related",
                      "Lithium", "Sign up", "Most read", "Copyright", "Subscribe", "JavaScript",
                      "tracking", "font-family", "By A. Reporter"):
        assert furniture not in doc.text


def test_html_page_wrapped_in_one_form_keeps_its_text() -> None:
    doc = only(DATA / "webforms_page.html")
    assert doc.title == "Lanthanum plant restarts"
    assert doc.text.split("\n\n") == [
        "Lanthanum plant restarts",
        "The plant in Estonia restarted lanthanum output this week after repairs to its "
        "separation line.",
        "Officials expect normal volumes by the spring.",
    ]


def test_html_comments_longer_than_the_story_are_dropped() -> None:
    doc = only(DATA / "long_comments.html")
    assert doc.title == "Vietnam licenses a second separation plant"
    assert doc.published == "2025-12-01"
    assert doc.text.split("\n\n") == [
        "Vietnam licenses a second separation plant",
        "Vietnam granted a licence for a second rare earth separation plant near Hanoi on "
        "Monday.",
    ]


def test_html_without_article_markup_keeps_a_wrapper_named_like_a_sidebar() -> None:
    doc = only(DATA / "unanchored_layout.html")
    assert doc.title == "Chile opens lithium and rare earth tender"
    assert doc.text.split("\n\n") == [
        "Chile opens a tender for rare earth exploration",
        "Chile invited bids on Wednesday to explore clay deposits that hold neodymium and "
        "dysprosium in the south of the country.",
        "The mining ministry said winners would have to process the ore inside Chile.",
    ]


def test_html_title_from_first_heading_and_date_from_json_ld() -> None:
    doc = only(DATA / "simple.htm")
    assert doc.title == "United States restricts gallium exports"
    assert doc.published == "2025-11-03"
    assert doc.url == "https://example.org/us-gallium"
    assert "restrict exports of gallium scrap" in doc.text


def test_html_list_items_read_as_bullet_lines() -> None:
    from rekg.loaders.formats.html import html_fragment_text

    text = html_fragment_text(
        "<p>Seoul now licenses:</p><ul> <li>cobalt wire</li> <li><p>nickel foil</p></li>"
        "<li></li></ul><p>Mills objected.</p>")
    assert text.split("\n\n") == ["Seoul now licenses:", "- cobalt wire", "- nickel foil",
                                    "Mills objected."]


def test_html_declared_charset_is_honoured() -> None:
    doc = only(DATA / "latin1_declared.html")
    assert doc.title == "Estonian plant separates rare earths"
    assert "Sillamäe, Estonia" in doc.text
    assert "café interview" in doc.text


# -- JSON, JSON Lines ---------------------------------------------------------------------


def test_json_single_object() -> None:
    doc = only(DATA / "json" / "single.json")
    assert doc.title == "Malaysia weighs a ban on raw rare earth exports"
    assert doc.published == "2025-09-14"
    assert doc.url == "https://example.org/malaysia-ban"
    assert doc.text.split("\n\n")[1] == (
        "Officials said the rule would not affect processed neodymium oxide."
    )


def test_json_list_reads_good_items_and_warns_about_bad_ones() -> None:
    path = DATA / "json" / "list.json"
    documents, warnings = read(path)
    assert [d.title for d in documents] == [
        "Lanthanum prices slip as catalyst demand cools",
        "Cerium polishing powder makers raise output",
    ]
    assert documents[0].published == "2025-03-03"
    assert documents[0].url == "https://example.org/lanthanum"
    assert documents[0].text == (
        "Lanthanum prices fell in China as refiners cut orders for catalysts."
    )
    assert documents[1].published is None
    assert documents[1].text == (
        "Cerium polishing powder makers in China raised output.\n\n"
        "Glass makers are the main buyers."
    )
    assert len(warnings) == 3
    assert warnings[0].startswith(f"{path}: item 2: has no text")
    assert warnings[1].startswith(f"{path}: item 3: published date 'not a real date'")
    assert warnings[2] == f"{path}: item 4: is a JSON string, not an object: skipped"


def test_json_wrapped_list_with_rendered_fields() -> None:
    doc = only(DATA / "json" / "wrapped.json")
    assert doc.title == "Samarium cobalt magnets gain defence orders"
    assert doc.published == "2025-06-10"
    assert doc.text == (
        "Makers of samarium cobalt magnets reported new orders from missile programmes."
    )


def test_jsonl_one_article_per_line_and_bad_lines_warned() -> None:
    path = DATA / "json" / "articles.jsonl"
    documents, warnings = read(path)
    assert [(d.title, d.published) for d in documents] == [
        ("Greenland project seeks European funding", "2025-02-01"),
        ("Kazakhstan surveys new deposits", "2025-02-03"),
    ]
    assert documents[1].url == "https://example.org/kz"
    assert len(warnings) == 2
    assert warnings[0].startswith(f"{path}: line 3: is not valid JSON")
    assert warnings[1] == f"{path}: line 5: is a JSON list, not an object: skipped"


# -- feeds --------------------------------------------------------------------------------


def test_rss_items_are_articles() -> None:
    path = DATA / "feeds" / "news.rss"
    documents, warnings = read(path)
    assert [(d.title, d.published, d.url) for d in documents] == [
        ("Myanmar mine closures tighten heavy rare earth supply", "2025-07-21",
         "https://example.org/myanmar"),
        ("Terbium buyers turn to recycling", "2025-07-22",
         "https://example.org/terbium-recycling"),
    ]
    assert documents[0].text == (
        "Fighting in Myanmar closed mines that ship dysprosium ore to China."
    )
    assert documents[1].text == (
        "Recyclers in Europe recover terbium from old hard drives.\n\nOutput remains small."
    )
    assert all(d.path == str(path) for d in documents)
    assert warnings == [
        f"{path}: item 3 ('An item with a title only'): has no description or content: skipped"
    ]


def test_atom_entries_are_articles() -> None:
    documents, warnings = read(DATA / "feeds" / "updates.atom")
    assert warnings == []
    assert [(d.title, d.published, d.url) for d in documents] == [
        ("Germany backs a magnet plant", "2025-08-01", "https://example.org/germany-magnet-plant"),
        ("Canada adds rare earths to its critical minerals list", "2025-08-02",
         "https://example.org/canada"),
    ]
    assert documents[0].text == (
        "Germany will fund a factory for NdFeB magnets used in wind turbines."
    )
    assert documents[1].text.startswith("Canada named scandium and yttrium")


# -- broken files: one warning each, nothing read, the batch goes on ------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.txt", "is empty"),
        ("blank.md", "is empty"),
        ("binary.txt", "is a binary file"),
        ("scan.txt", "is a PDF document"),
        ("latin1.txt", "is not valid UTF-8 (byte 0xe9 at offset 3): re-save the file as UTF-8"),
        ("headline_only.txt", "has a headline and a date but no body"),
        ("malformed.json", "is not valid JSON (line 1, column"),
        ("no_text.json", "is a JSON object without 'text', 'body' or 'content'"),
        ("malformed.xml", "is not well-formed XML"),
        ("entity_bomb.rss", "declares XML entities"),
        ("furniture_only.html", "has no article text once navigation"),
        ("report.pdf", "unsupported file type '.pdf'"),
        ("notes.docx", "unsupported file type '.docx'"),
    ],
)
def test_broken_file_gives_one_clear_warning(name: str, expected: str) -> None:
    path = DATA / "broken" / name
    documents, warnings = read(path)
    assert documents == []
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{path}: {expected}")


def test_xml_that_is_not_a_feed() -> None:
    path = DATA / "feeds" / "not_a_feed.xml"
    documents, warnings = read(path)
    assert documents == []
    assert warnings == [
        f"{path}: is XML whose root element is <inventory>, not an RSS or Atom feed: rekg "
        "reads RSS 2.0 and Atom feeds"
    ]


def test_missing_path_and_gold_file_are_warned_about(tmp_path: Path) -> None:
    documents, warnings = read(tmp_path / "nowhere.txt", DATA / "articles" / "dated.gold.json")
    assert documents == []
    assert warnings == [
        f"{tmp_path / 'nowhere.txt'}: no such file or folder: check the path",
        f"{DATA / 'articles' / 'dated.gold.json'}: is a gold annotation file for `rekg eval`, "
        "not an article: leave it out",
    ]


def test_broken_files_do_not_stop_the_batch() -> None:
    documents, warnings = read(
        DATA / "broken" / "binary.txt", DATA / "articles" / "dated.txt",
        DATA / "broken" / "malformed.json", DATA / "feeds" / "updates.atom",
    )
    assert [d.title for d in documents] == [
        "Tokyo studies stockpile as Chinese dysprosium licences slow",
        "Germany backs a magnet plant",
        "Canada adds rare earths to its critical minerals list",
    ]
    assert len(warnings) == 2


def test_undecodable_and_binary_files_written_on_the_fly(tmp_path: Path) -> None:
    (tmp_path / "cp1252.md").write_bytes(b"# Title\n\nSmart quotes \x93here\x94.\n")
    (tmp_path / "zipped.json").write_bytes(b"PK\x03\x04\x14\x00\x00\x00rest")
    (tmp_path / "utf16.txt").write_bytes("Headline in UTF-16\n2025-01-09\n\nBody text.\n"
                                         .encode("utf-16"))
    documents, warnings = read(tmp_path)
    assert [(d.title, d.published, d.text) for d in documents] == [
        ("Headline in UTF-16", "2025-01-09", "Body text.")
    ]
    assert warnings == [
        f"{tmp_path / 'cp1252.md'}: is not valid UTF-8 (byte 0x93 at offset 22): re-save the "
        "file as UTF-8",
        f"{tmp_path / 'zipped.json'}: is a ZIP archive (or a .docx/.xlsx/.epub): extract or "
        "export the text first",
    ]


# -- folders ------------------------------------------------------------------------------


def test_folder_is_read_recursively_sorted_without_hidden_or_gold_files() -> None:
    folder = DATA / "articles"
    entries = list(iter_source_files([str(folder)]))
    assert [Path(e.path).relative_to(folder).as_posix() for e in entries] == [
        "dated.txt",
        "sentence_first.txt",
        "undated.txt",
        "nested/notes.md",
        "nested/deeper/heading.md",
    ]
    documents, warnings = read(folder)
    assert warnings == []
    assert len(documents) == 5
    assert not any("hidden" in d.text.lower() for d in documents)


def test_unknown_types_inside_a_folder_are_warned_about(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One line of article text about cerium.\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("x,y\n", encoding="utf-8")
    (tmp_path / "README").write_text("Extensionless files are sniffed as text.\n",
                                     encoding="utf-8")
    documents, warnings = read(tmp_path)
    assert [d.text for d in documents] == [
        "Extensionless files are sniffed as text.",
        "One line of article text about cerium.",
    ]
    assert warnings == [f"{tmp_path / 'b.csv'}: unsupported file type '.csv': rekg reads "
                        ".atom, .htm, .html, .json, .jsonl, .md, .rss, .txt, .xml (convert or "
                        "rename the file)"]


# -- standard input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "kind"),
    [
        ("articles/dated.txt", "text"),
        ("articles/nested/notes.md", "markdown"),
        ("articles/nested/deeper/heading.md", "markdown"),
        ("boilerplate_page.html", "html"),
        ("simple.htm", "html"),
        ("json/single.json", "json"),
        ("json/list.json", "json"),
        ("json/articles.jsonl", "jsonl"),
        ("feeds/news.rss", "feed"),
        ("feeds/updates.atom", "feed"),
    ],
)
def test_stdin_format_is_sniffed(fixture: str, kind: str) -> None:
    data = (DATA / fixture).read_bytes()
    assert sniff_kind(data) == kind
    from_stdin, stdin_warnings = read("-", stdin=data)
    from_file, file_warnings = read(DATA / fixture)
    assert [(d.title, d.published, d.url, d.text) for d in from_stdin] == [
        (d.title, d.published, d.url, d.text) for d in from_file
    ]
    assert all(d.path is None for d in from_stdin)
    assert len(stdin_warnings) == len(file_warnings)
    assert all(w.startswith("<stdin>: ") for w in stdin_warnings)


def test_empty_stdin_is_a_warning() -> None:
    assert read("-", stdin=b"") == ([], ["<stdin>: is empty: nothing to read"])


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-04-07", "2025-04-07"),
        ("2025-04-07T23:30:00-05:00", "2025-04-07"),
        ("Mon, 07 Apr 2025 10:00:00 GMT", "2025-04-07"),
        ("April 7, 2025", "2025-04-07"),
        ("7 April 2025", "2025-04-07"),
        ("Sept. 30th, 2025", "2025-09-30"),
        ("2025/4/7", "2025-04-07"),
        ("20250407", "2025-04-07"),
        (1744000000, "2025-04-07"),
        (1744000000000, "2025-04-07"),
        ("2025-02-30", None),
        ("next Tuesday", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(raw: object, expected: str | None) -> None:
    assert normalize_date(raw) == expected
