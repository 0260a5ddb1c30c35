"""Property-based: any damage to a project file gives a Project or a ProjectError, never another
exception; what loads can be analysed, saved and loaded back unchanged.

Each mutant starts from a shipped example (tests/mutants.py lists the kinds of damage).
"""

from __future__ import annotations

import json

from hypothesis import event, given, settings
from hypothesis import strategies as st

from playground.core.project import Project, ProjectError, load_project, project_from_dict, project_from_json
from playground.core.shapes import analyse

from mutants import EXAMPLES, project_mutants

# loading and analysing a mutant takes ~1 ms: many more than the profile's default
MANY = settings(max_examples=settings().max_examples * 10)


def loaded_or_refused(text: str) -> Project | None:
    try:
        return project_from_json(text)
    except ProjectError as exc:
        message = str(exc)
        assert message and "Traceback" not in message
        message.encode("utf-8")  # printable as it stands
        return None


@MANY
@given(project_mutants())
def test_a_mutated_project_loads_or_is_refused_with_a_sentence(mutant):
    _, text = mutant
    project = loaded_or_refused(text)
    event("refused" if project is None else "loaded")
    if project is None:
        return
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    for problem in analysis.problems:
        problem.located(project.graph).encode("utf-8")
    again = project_from_json(project.to_json())  # what loads saves, and reads back the same
    assert again.to_dict() == project.to_dict()


@MANY
@given(project_mutants(max_mutations=1))
def test_every_single_mutation_is_also_refused_from_a_dict(mutant):
    """project_from_dict (no JSON parser in front) answers as the text path does."""
    _, text = mutant
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return  # the text path's own business, covered above
    from_text = loaded_or_refused(text)
    try:
        from_dict = project_from_dict(data)
    except ProjectError:
        assert from_text is None
    else:
        assert from_text is not None and from_dict.to_dict() == from_text.to_dict()


@settings(max_examples=max(5, settings().max_examples // 2))
@given(project_mutants(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
def test_a_mutant_on_disk_in_any_encoding(tmp_path_factory, mutant, encoding):
    _, text = mutant
    path = tmp_path_factory.mktemp("fuzz") / "p.json"
    try:
        path.write_text(text, encoding=encoding, errors="strict")
    except UnicodeEncodeError:
        path.write_bytes(text.encode("utf-8", "surrogatepass"))  # bytes that are not UTF-8
    try:
        project = load_project(path)
    except ProjectError:
        return
    project.save(path)
    assert load_project(path).to_dict() == project.to_dict()


def test_every_example_survives_the_round_trip():
    for name, data in EXAMPLES.items():
        assert project_from_json(json.dumps(data)).to_dict()["title"] == data["title"], name
