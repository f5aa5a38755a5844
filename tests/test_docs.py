"""Documentation that must stay true: the README's commands, CI, and the generated format reference."""
import re

from conftest import PROJECT

from generator.format_docs import format_reference


def readme_commands():
    text = (PROJECT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^`([^`]+)`$", text.split("---")[0], re.MULTILINE)


def test_readme_starts_with_exactly_two_commands_build_then_test():
    commands = readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("python -m generator build")
    assert commands[1].endswith("python -m pytest")


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == readme_commands()[1]


def test_format_reference_is_up_to_date():
    assert (PROJECT / "content" / "FORMAAT.md").read_text(encoding="utf-8") == format_reference() + "\n"


def test_formaat_has_a_table_for_every_block_a_file_can_hold():
    """Walk the blocks from the content files down (not the registry's own list): each has its table."""
    from generator.content.fields import FieldSchema, Lijst, Ref
    from generator.content.format import ALL_SCHEMAS
    from generator.content.kinds import BESTANDEN

    reached, todo = set(), [b.schema for b in BESTANDEN]
    while todo:
        schema = todo.pop()
        for veld in schema.velden:
            inner = veld.type
            while isinstance(inner, (Lijst, Ref)):
                inner = inner.inner if isinstance(inner, Ref) else inner.item
            if isinstance(inner, FieldSchema) and inner.naam not in reached:
                reached.add(inner.naam)
                todo.append(inner)
    assert reached <= {s.naam for s in ALL_SCHEMAS}
    formaat = (PROJECT / "content" / "FORMAAT.md").read_text(encoding="utf-8")
    assert [s.naam for s in ALL_SCHEMAS if f"\n## {s.naam}\n" not in formaat] == []
    assert {"feedback", "herindeling"} <= {s.naam for s in ALL_SCHEMAS}


def test_every_field_is_documented():
    from generator.content.format import ALL_SCHEMAS

    undocumented = [f"{s.naam}.{v.naam}" for s in ALL_SCHEMAS for v in s.velden if not v.uitleg]
    assert undocumented == []
