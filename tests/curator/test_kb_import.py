"""`whohandles kb import`: a saved department page becomes a source text and a draft of offices.

The pages here are written by the tests, with the clutter a browser's "Save page as" keeps:
menus, a header and footer, inline scripts and styles, a cookie banner, "Skip to main content"
and social links. Every draft is checked with the project's own loader and provenance check.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import KnowledgeError, check_provenance, load_knowledge_base

SOURCES_YAML = "sources/sources.yaml"


def _add_to_registry(knowledge: Path, entry: str) -> None:
    registry = knowledge / SOURCES_YAML
    registry.write_text(registry.read_text() + entry)


# --- The registry's optional url field ------------------------------------------------------


def test_registry_reads_a_source_url(knowledge_copy: Path) -> None:
    _add_to_registry(
        knowledge_copy,
        "  - id: extra\n    title: Extra\n    file: occs-overview.txt\n"
        "    url: https://www.cps.edu/about/departments/extra/\n",
    )
    kb = load_knowledge_base(knowledge_copy)
    assert kb.sources["extra"].url == "https://www.cps.edu/about/departments/extra/"
    assert kb.sources["occs-overview"].url is None


@pytest.mark.parametrize(
    "url",
    [
        "www.cps.edu/about/",  # no scheme
        "http://www.cps.edu/about/",  # not https
        "https://cps/about/",  # no dot in the host
        "https://www.cps.edu/about us/",  # a space
        "https://user@www.cps.edu/",  # credentials
        "https:/www.cps.edu/about/",  # one slash
    ],
)
def test_malformed_url_names_file_line_entry_and_field(knowledge_copy: Path, url: str) -> None:
    _add_to_registry(
        knowledge_copy,
        f"  - id: extra\n    title: Extra\n    file: occs-overview.txt\n    url: {url}\n",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_base(knowledge_copy)
    [problem] = caught.value.problems
    assert (problem.file, problem.entry, problem.field) == (
        "knowledge/sources/sources.yaml",
        "extra",
        "url",
    )
    assert problem.line == (knowledge_copy / SOURCES_YAML).read_text().count("\n") - 3


def test_misspelt_source_field_is_a_problem(knowledge_copy: Path) -> None:
    _add_to_registry(
        knowledge_copy,
        "  - id: extra\n    title: Extra\n    file: occs-overview.txt\n    link: https://x.org/\n",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_base(knowledge_copy)
    assert [(p.entry, p.field) for p in caught.value.problems] == [("extra", "link")]


def test_provenance_problem_names_the_entry_line(knowledge_copy: Path) -> None:
    occs = knowledge_copy / "offices" / "occs.yaml"
    occs.write_text(occs.read_text().replace('["773-553-2000"]', '["773-553-2001"]'))
    [problem] = check_provenance(load_knowledge_base(knowledge_copy))
    entry_line = occs.read_text().splitlines().index("  - id: ecce") + 1
    assert problem.line == entry_line
    assert str(problem).startswith(f"knowledge/offices/occs.yaml:{entry_line}, entry 'ecce'")
