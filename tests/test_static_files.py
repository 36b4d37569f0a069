"""In production the static files are collected with content hashes in their names (so they
can be cached for a year) and pre-compressed with gzip and brotli for whitenoise to serve."""

import re

from tests.test_settings import PRODUCTION, run_manage


def test_collectstatic_in_production_writes_hashed_and_compressed_files(tmp_path):
    static_root = tmp_path / "static"
    env = {**PRODUCTION, "STATIC_ROOT": str(static_root)}

    result = run_manage("collectstatic", "--noinput", env=env)
    assert result.returncode == 0, result.stdout + result.stderr

    assert (static_root / "staticfiles.json").is_file()
    [hashed_css] = [
        path
        for path in (static_root / "css").iterdir()
        if re.fullmatch(r"kindred\.[0-9a-f]{12}\.css", path.name)
    ]
    for suffix in (".gz", ".br"):
        compressed = hashed_css.with_name(hashed_css.name + suffix)
        assert compressed.is_file(), f"{compressed.name} is missing"
        assert 0 < compressed.stat().st_size < hashed_css.stat().st_size

    # Templates point at the hashed name, so a new release is never served from a stale cache.
    probe = "from django.templatetags.static import static; print(static('css/kindred.css'))"
    result = run_manage("shell", "-c", probe, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"/static/css/{hashed_css.name}"
