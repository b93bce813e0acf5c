"""Hostile input costs bounded work (issue 11, rows 6, 8, 9 and 11): YAML alias bombs, JSON
and HTML nested without end, and articles far longer than news ever is."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rekg.cli import cli
from rekg.environment import MAX_ARTICLE_CHARS_ENV
from rekg.errors import InputError
from rekg.graph.embedded_store import EmbeddedStore
from rekg.loaders.document import Document
from rekg.loaders.formats.html import flat_text
from rekg.loaders.formats.limits import (
    DEFAULT_MAX_ARTICLE_CHARS,
    cut_article,
    max_article_chars,
)
from rekg.loaders.sources import SourceWarning, read_sources

GOOD_ARTICLE = (
    "China tightens rare earth exports\n2025-04-04\n\n"
    "China imposed export licences on dysprosium and terbium on Friday.\n"
)


def alias_bomb() -> str:
    """Nine levels of nine aliases: about 387 million strings once expanded."""
    lines = ["---", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    lines += ["title: *a8", "---", "# A headline", "", "China restricts dysprosium exports.", ""]
    return "\n".join(lines)


def read_all(paths: list[Path]) -> tuple[list[Document], list[str]]:
    documents: list[Document] = []
    warnings: list[str] = []
    for item in read_sources([str(path) for path in paths]):
        if isinstance(item, SourceWarning):
            warnings.append(str(item))
        else:
            documents.append(item)
    return documents, warnings


_READ_IN_CHILD = """
import json, sys
from rekg.loaders.sources import SourceWarning, read_sources
out = []
for item in read_sources(sys.argv[1:]):
    out.append(["warning", str(item)] if isinstance(item, SourceWarning) else ["doc", item.text])
print(json.dumps(out))
"""


def _limit_memory() -> None:
    # The bomb grew past 8 GB before the fix; 1.5 GB of address space is plenty for a reader.
    limit = 1536 * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_yaml_alias_bomb_fails_fast_with_one_warning_and_the_batch_goes_on(
    tmp_path: Path,
) -> None:
    bomb = tmp_path / "a-bomb.md"
    bomb.write_text(alias_bomb(), encoding="utf-8")
    assert bomb.stat().st_size < 700
    good = tmp_path / "b-good.txt"
    good.write_text(GOOD_ARTICLE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _READ_IN_CHILD, str(tmp_path)],
        capture_output=True, text=True, timeout=120, preexec_fn=_limit_memory, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    items = json.loads(done.stdout)
    assert [kind for kind, _ in items] == ["warning", "doc"]
    warning = items[0][1]
    assert warning.startswith(f"{bomb}: has YAML front matter that expands to more than")
    assert "\n" not in warning
    assert "dysprosium and terbium" in items[1][1]


def test_yaml_front_matter_that_refers_to_itself_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "loop.md"
    page.write_text("---\nloop: &x [*x]\ntitle: T\n---\nChina restricts exports.\n", "utf-8")
    documents, warnings = read_all([page])
    assert documents == []
    assert warnings == [f"{page}: has YAML front matter that refers to itself through an alias: "
                        "keep the front matter to plain title, date and url fields"]


def test_yaml_front_matter_with_a_few_aliases_still_reads(tmp_path: Path) -> None:
    page = tmp_path / "ok.md"
    page.write_text("---\nname: &t Magnets and licences\ntitle: *t\ndate: 2025-04-07\n---\n"
                    "China restricts exports.\n", "utf-8")
    documents, warnings = read_all([page])
    assert warnings == []
    assert [(d.title, d.published) for d in documents] == [("Magnets and licences",
                                                            "2025-04-07")]


def test_json_nested_too_deep_is_refused_and_the_next_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    deep = tmp_path / "b.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps(
        {"title": "Japan stockpiles", "text": "Japan is stockpiling dysprosium."}), "utf-8")
    documents, warnings = read_all([tmp_path])
    assert [d.title for d in documents] == ["China tightens rare earth exports",
                                            "Japan stockpiles"]
    assert warnings == [f"{deep}: nests lists and objects more than 200 levels deep: rekg "
                        "expects an article object or a list of them"]


def test_json_lines_skip_only_the_line_nested_too_deep(tmp_path: Path) -> None:
    lines = tmp_path / "feed.jsonl"
    lines.write_text('{"text": "first [[[ in a string"}\n' + "{\"a\":" * 50_000 + "1"
                     + "}" * 50_000 + '\n{"text": "third"}\n', "utf-8")
    documents, warnings = read_all([lines])
    assert [d.text for d in documents] == ["first [[[ in a string", "third"]
    assert warnings == [f"{lines}: line 2: nests lists and objects more than 200 levels deep: "
                        "rekg expects an article object or a list of them: skipped"]


def test_html_json_ld_nested_too_deep_is_ignored(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><script type='application/ld+json'>" + "[" * 50_000
                    + "]" * 50_000 + "</script></head><body><p>China restricts exports.</p>"
                    "</body></html>", "utf-8")
    documents, warnings = read_all([page])
    assert warnings == []
    assert [d.text for d in documents] == ["China restricts exports."]


def test_ingest_of_a_folder_with_deep_json_reads_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.json").write_text("{\"text\": " * 20_000 + "1" + "}" * 20_000, "utf-8")
    (folder / "b.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    db = tmp_path / "graph.db"
    result = CliRunner().invoke(cli, ["--store", str(db), "ingest", str(folder)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (f"warning: {folder / 'a.json'}: nests lists and objects more "
                             "than 200 levels deep: rekg expects an article object or a list "
                             "of them\n")
    assert result.stdout.startswith("Read 1 article from 2 files (1 new, 0 already in the graph)")
    with EmbeddedStore(db) as store:
        titles = store.read("MATCH (a:Article) RETURN a.title").rows
    assert titles == [["China tightens rare earth exports"]]


@pytest.mark.parametrize("depth", [300, 5000])
def test_html_nested_deeper_than_the_parser_allows_keeps_its_text(
    tmp_path: Path, depth: int
) -> None:
    page = tmp_path / "deep.html"
    page.write_text(
        "<html><head><title>Deep page</title><script>var x = '<div>';</script></head><body>"
        "<p>Japan is stockpiling dysprosium.</p>" + "<div>" * depth
        + "<p>China restricted terbium &amp; yttrium exports.</p>" + "</div>" * depth
        + "<p>The rules took effect on Friday.</p></body></html>", "utf-8")
    documents, warnings = read_all([page])
    assert warnings == [f"{page}: the page: nests elements more than 256 levels deep: its text "
                        "was read without removing navigation and other page furniture"]
    assert len(documents) == 1
    assert documents[0].title == "Deep page"
    assert documents[0].text == ("Japan is stockpiling dysprosium.\n\n"
                                 "China restricted terbium & yttrium exports.\n\n"
                                 "The rules took effect on Friday.")


def test_html_fragment_nested_too_deep_in_a_json_body_keeps_its_text(tmp_path: Path) -> None:
    body = "<div>" * 400 + "<p>China restricted terbium exports.</p>" + "</div>" * 400
    item = tmp_path / "item.json"
    item.write_text(json.dumps({"title": "T", "body": body}), encoding="utf-8")
    documents, _ = read_all([item])
    assert [d.text for d in documents] == ["China restricted terbium exports."]


# -- article size ---------------------------------------------------------------------------


def test_an_article_longer_than_the_limit_is_cut_with_a_warning(tmp_path: Path) -> None:
    paragraph = "China restricted dysprosium exports again this week. " * 10
    long = tmp_path / "long.txt"
    long.write_text("A long report\n2025-04-04\n\n" + "\n\n".join([paragraph.strip()] * 100),
                    encoding="utf-8")
    items = list(read_sources([str(long)], max_chars=5_000))
    assert len(items) == 2
    warning, document = items
    assert isinstance(warning, SourceWarning) and isinstance(document, Document)
    assert len(document.text) <= 5_000
    assert document.text.endswith("this week.")
    assert str(warning) == (
        f"{long}: article 'A long report' has 53,098 characters: only the first "
        f"{len(document.text):,} were read (the limit is 5,000; set {MAX_ARTICLE_CHARS_ENV} to "
        "change it, or split the article)"
    )


def test_the_article_limit_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("word " * 400, encoding="utf-8")
    monkeypatch.setenv(MAX_ARTICLE_CHARS_ENV, "1_000")
    documents, warnings = read_all([article])
    assert len(warnings) == 1 and "the limit is 1,000" in warnings[0]
    assert len(documents[0].text) <= 1_000
    monkeypatch.delenv(MAX_ARTICLE_CHARS_ENV)
    assert max_article_chars() == DEFAULT_MAX_ARTICLE_CHARS
    assert read_all([article])[1] == []


@pytest.mark.parametrize("raw", ["0", "-5", "lots"])
def test_a_bad_article_limit_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    monkeypatch.setenv(MAX_ARTICLE_CHARS_ENV, raw)
    with pytest.raises(InputError, match=f"^{MAX_ARTICLE_CHARS_ENV}='{raw}' is not a positive"):
        max_article_chars()


def test_cut_article_prefers_a_paragraph_then_a_sentence_then_a_word() -> None:
    assert cut_article("short", 10) == "short"
    assert cut_article("a" * 95 + "\n\nbbbbbbbbbb", 100) == "a" * 95
    assert cut_article("a" * 95 + ". bbbbbbbbbb", 100) == "a" * 95 + "."
    assert cut_article("a" * 95 + " bbbbbbbbbb", 100) == "a" * 95
    assert cut_article("a" * 200, 100) == "a" * 100


def test_flat_text_drops_scripts_comments_and_an_unclosed_script() -> None:
    markup = ("<p>Ankara İzmir</p><script>var x = '<p>no</p>';</script ><!-- <p>no</p> -->"
              "<div>Gallium &amp; germanium</div><STYLE media=x>p {}</style><p>end</p>"
              "<script>never closed <p>no</p>")
    assert flat_text(markup) == "Ankara İzmir\n\nGallium & germanium\n\nend"
