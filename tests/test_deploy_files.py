"""deploy/ stays in step with the README: the environment file template names every
variable of the configuration table. (`make deploy-check` runs the files themselves.)"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_variables() -> set[str]:
    text = (ROOT / "README.md").read_text()
    table = text.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    names = set()
    for line in table.splitlines():
        if line.startswith("| `"):
            first_cell = line.split("|")[1]
            names.update(re.findall(r"`([A-Z][A-Z0-9_]+)`", first_cell))
    return names


def test_the_environment_template_names_every_readme_variable():
    template = (ROOT / "deploy" / "kindred.env.example").read_text()
    present = set(re.findall(r"^#?([A-Z][A-Z0-9_]+)=", template, flags=re.M))
    variables = readme_variables()
    assert len(variables) > 20
    assert variables - present == set(), "add these to deploy/kindred.env.example"


def test_the_template_sets_what_production_requires():
    template = (ROOT / "deploy" / "kindred.env.example").read_text()
    set_lines = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", template, flags=re.M))
    assert {
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "CSRF_TRUSTED_ORIGINS",
        "SITE_URL",
        "DATABASE_URL",
        "REDIS_URL",
        "TRUSTED_PROXY_COUNT",
        "CHANNEL_LAYER",
        "DATABASE_CONN_MAX_AGE",
    } <= set_lines
