"""``python -m demosite``: the demosite command line."""

from demosite.cli import app

app(prog_name="demosite")
