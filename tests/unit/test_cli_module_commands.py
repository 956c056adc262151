"""The commands that live in their own modules are always part of the CLI."""

from __future__ import annotations

import pytest

from etl import cli


@pytest.mark.parametrize(("name", "module", "function"), cli.MODULE_COMMANDS)
def test_each_module_command_answers_its_help(name, module, function, capsys) -> None:
    cli.main([name, "--help"])  # returns, rather than exiting non-zero
    out = capsys.readouterr().out
    assert "Usage:" in out
    assert f" {name} " in out


def test_a_module_that_does_not_import_is_an_error_not_a_missing_command(monkeypatch) -> None:
    broken = (*cli.MODULE_COMMANDS, ("broken", "etl.no_such_module", "command"))
    monkeypatch.setattr(cli, "MODULE_COMMANDS", broken)
    with pytest.raises(ModuleNotFoundError, match="etl.no_such_module"):
        cli._mount_module_commands(["broken"])
