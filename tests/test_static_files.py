"""In production the static files are collected with content hashes in their names (so they
can be cached for a year) and pre-compressed with gzip and brotli for whitenoise to serve."""

import json
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


def test_whitenoise_serves_hashed_files_compressed_and_cached_for_a_year(tmp_path, rf):
    from django.http import HttpResponse
    from django.test import override_settings
    from whitenoise.middleware import WhiteNoiseMiddleware

    static_root = tmp_path / "static"
    result = run_manage(
        "collectstatic", "--noinput", env={**PRODUCTION, "STATIC_ROOT": str(static_root)}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/kindred.css"]

    production_storage = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(
        DEBUG=False,
        STATIC_ROOT=static_root,
        STORAGES=production_storage,
        WHITENOISE_USE_FINDERS=False,
    ):
        serve = WhiteNoiseMiddleware(lambda request: HttpResponse(status=404))
        for encoding in ("br", "gzip"):
            response = serve(
                rf.get(f"/static/{hashed}", headers={"accept-encoding": f"{encoding}"})
            )
            assert response.status_code == 200
            assert response.headers["Content-Encoding"] == encoding
            assert "immutable" in response.headers["Cache-Control"]
            assert "max-age=315360000" in response.headers["Cache-Control"]
            response.close()
