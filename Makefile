# Kindred's commands. `make run` serves the demo; `make test` runs the whole suite.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# Tests run against PostgreSQL and Redis (override to point elsewhere).
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kindred
TEST_REDIS_URL ?= redis://127.0.0.1:6379/1
PORT ?= 8000
# Links in emails, push messages and feeds point at the port `make run` serves on.
SITE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: setup run test deploy-check lint format lock services browser gettext messages bench screenshots clean

# Find a Python 3.12+ wherever it lives (PATH, pyenv) or stop with a clear message.
$(VENV)/.installed: requirements.lock
	@set -e; \
	found=""; \
	for c in "$$KINDRED_PYTHON" python3.13 python3.12 \
	         "$$(pyenv prefix 3.13 2>/dev/null)/bin/python" "$$(pyenv prefix 3.12 2>/dev/null)/bin/python" \
	         $$(ls -d /root/.pyenv/versions/3.1[3-9]*/bin/python /root/.pyenv/versions/3.12*/bin/python 2>/dev/null) \
	         python3 /usr/bin/python3; do \
	  [ -n "$$c" ] || continue; \
	  command -v "$$c" >/dev/null 2>&1 || [ -x "$$c" ] || continue; \
	  if "$$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then found="$$c"; break; fi; \
	done; \
	if [ -z "$$found" ]; then \
	  echo "Kindred needs Python 3.12 or newer (3.13 preferred), and none was found." >&2; \
	  echo "Install one (for example: pyenv install 3.13) or set KINDRED_PYTHON=/path/to/python3.13." >&2; \
	  exit 1; \
	fi; \
	echo "Using $$found ($$("$$found" --version))"; \
	[ -x $(PY) ] || "$$found" -m venv $(VENV); \
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock; \
	touch $@

setup: $(VENV)/.installed

# Serves through daphne with the task worker (reminders, retention) alongside; Ctrl-C stops both.
run: setup
	@echo "SITE_URL=$(SITE_URL)"
	$(PY) manage.py migrate --noinput
	$(PY) manage.py demo
	$(PY) manage.py schedule_reminders
	$(PY) manage.py schedule_notifications
	$(PY) manage.py purge_chat
	@export SITE_URL='$(SITE_URL)'; \
	$(PY) manage.py db_worker --queue-name '*' --no-reload --no-startup-delay & worker=$$!; \
	$(VENV)/bin/daphne -b 127.0.0.1 -p $(PORT) --websocket-max-message-size 65536 --websocket-max-frame-size 65536 kindred.asgi:application & server=$$!; \
	trap 'kill $$server $$worker 2>/dev/null; wait' EXIT INT TERM; \
	echo "Kindred is at http://127.0.0.1:$(PORT)/ (the demo logins are listed above). Ctrl-C stops it."; \
	wait -n $$server $$worker

services:
	@bash .ci/services

browser:
	@bash .ci/browser

gettext:
	@bash .ci/gettext

# Bring the Spanish and Arabic catalogs up to date with the code, then compile them. New
# messages arrive untranslated: translate them in locale/<code>/LC_MESSAGES/*.po (the
# translation check in `make test` fails until every one is). The ignore list is also in
# tests/test_translations.py.
MESSAGES_IGNORE := --ignore='static/vendor/*' --ignore='staticfiles/*' --ignore='tests/*' --ignore='bench/*' --ignore='deploy/*' --ignore='.venv/*'
messages: setup gettext
	$(PY) manage.py makemessages -d django -l es -l ar --no-location --no-obsolete $(MESSAGES_IGNORE)
	$(PY) manage.py makemessages -d djangojs -l es -l ar --no-location --no-obsolete $(MESSAGES_IGNORE)
	$(PY) manage.py compilemessages -l es -l ar

test: setup services browser gettext
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) manage.py makemigrations --check --dry-run
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) $(VENV)/bin/pytest $(PYTEST_ARGS)

# The production shape on this machine (nginx, TLS, two workers, the task worker), driven
# by a browser through https, plus a backup drill; stops all it started. See README.
deploy-check: setup services browser
	bash deploy/check.sh

# lint-imports checks the layers in pyproject.toml ([tool.importlinter]; docs/architecture.md).
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

lock:
	rm -rf /tmp/kindred-lock && $(PY) -m venv /tmp/kindred-lock
	$(PY) -c "import tomllib; d = tomllib.load(open('pyproject.toml', 'rb')); print('\n'.join(d['project']['dependencies'] + d['dependency-groups']['dev']))" > /tmp/kindred-lock/requirements.in
	/tmp/kindred-lock/bin/pip install --quiet -r /tmp/kindred-lock/requirements.in
	(echo "# Exact versions that CI and every newcomer install. Regenerate with: make lock"; /tmp/kindred-lock/bin/pip freeze) > requirements.lock

screenshots: setup services browser
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) KINDRED_SCREENSHOTS=docs/screenshots $(VENV)/bin/pytest tests/browser

bench: setup services
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) staticfiles kindred.sqlite3*
