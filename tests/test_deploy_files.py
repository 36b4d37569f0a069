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


def test_the_workers_listen_with_a_backlog_for_a_whole_workers_people():
    """The README's worker command, the systemd unit and the benchmark's servers listen
    with the same endpoint and a backlog large enough for another worker's people to arrive
    at once (daphne's -b/-p listen with Twisted's 50: the rest of a storm's connections
    were dropped by the kernel and came back a second later)."""
    from bench.servers import BACKLOG, daphne_command

    unit = (ROOT / "deploy" / "systemd" / "kindred-web@.service").read_text()
    readme = (ROOT / "README.md").read_text()
    endpoint = re.compile(r"-e tcp:port=(%i|\d+):interface=127\.0\.0\.1:backlog=(\d+)")
    found = [endpoint.search(text) for text in (unit, readme)]
    assert all(found), "the worker command lost its endpoint"
    assert {int(m.group(2)) for m in found} == {BACKLOG}
    assert BACKLOG >= 1000
    assert not re.search(r"daphne -b 127", unit + readme)
    assert f"backlog={BACKLOG}" in " ".join(daphne_command("kindred.asgi:application", 8001))
