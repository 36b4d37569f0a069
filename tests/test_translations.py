"""The Spanish and Arabic catalogs are complete and current: `makemessages` over a copy of
the tree finds no message the catalogs lack (or still carry), none is untranslated or
fuzzy, every translation keeps its placeholders, and the compiled .mo files say what the
.po files say. `make messages` is the way to update them."""

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["es", "ar"]
DOMAINS = ["django", "djangojs"]
# What makemessages reads: the apps, the templates and the JavaScript modules.
SOURCES = ["accounts", "chat", "groups", "kindred", "library", "meetings", "moderation"]
SOURCES += ["templates", "static", "locale", "manage.py"]
# The same list as the Makefile's `messages` target.
IGNORE = ["static/vendor/*", "staticfiles/*", "tests/*", "bench/*", "deploy/*"]


def _msgids(po: Path) -> set[str]:
    """The msgids (and plural msgids) of a .po file, read with msgcat so that line
    wrapping does not matter."""
    out = subprocess.run(
        ["msgcat", "--no-wrap", "--sort-output", str(po)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    ids = set()
    for line in out.splitlines():
        if line.startswith(("msgid ", "msgid_plural ")):
            ids.add(line.split(" ", 1)[1])
    ids.discard('""')
    return ids


def _statistics(po: Path) -> str:
    done = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    """A copy of the tree with its catalogs brought up to date by makemessages."""
    copy = tmp_path_factory.mktemp("tree")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, copy / name, ignore=shutil.ignore_patterns("vendor", "__pycache__")
            )
        else:
            shutil.copy(source, copy / name)
    ignore = [f"--ignore={pattern}" for pattern in IGNORE]
    languages = [f"-l{code}" for code in LANGUAGES]
    for domain in DOMAINS:
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "makemessages",
                "-d",
                domain,
                "--no-location",
                "--no-obsolete",
                *languages,
                *ignore,
            ],
            cwd=copy,
            check=True,
            capture_output=True,
        )
    return copy


def test_the_site_offers_english_spanish_and_arabic():
    assert [code for code, _name in settings.LANGUAGES] == ["en", "es", "ar"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_makemessages_finds_nothing_the_catalog_lacks(regenerated, language, domain):
    committed = ROOT / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    fresh = regenerated / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    missing = _msgids(fresh) - _msgids(committed)
    stale = _msgids(committed) - _msgids(fresh)
    assert not missing, f"not in {committed.relative_to(ROOT)} (run make messages): {missing}"
    assert not stale, f"no longer used, still in {committed.relative_to(ROOT)}: {stale}"
    statistics = _statistics(fresh)
    assert "untranslated" not in statistics and "fuzzy" not in statistics, statistics


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_every_message_is_translated_and_compiled(tmp_path, language, domain):
    po = ROOT / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    statistics = _statistics(po)
    assert "untranslated" not in statistics and "fuzzy" not in statistics, statistics
    # The committed .mo says exactly what the .po says.
    compiled = tmp_path / "fresh.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(compiled), str(po)], check=True)
    with compiled.open("rb") as fresh, po.with_suffix(".mo").open("rb") as committed:
        expected = gettext.GNUTranslations(fresh)._catalog
        actual = gettext.GNUTranslations(committed)._catalog
    assert actual == expected, f"{po.with_suffix('.mo')} is stale: run make messages"
