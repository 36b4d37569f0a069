#!/usr/bin/env bash
# `make deploy-check`: bring up the production shape on this machine, exactly as the README
# and deploy/ describe it, drive it with a browser through https, drill a backup, and stop
# everything it started (also when a step fails).
#
# What runs: nginx (Debian's package, installed when missing) with deploy/nginx/kindred.conf
# and a self-signed certificate; a fresh PostgreSQL database on the server the tests use; a
# Redis server of its own; the commands of deploy/systemd/ (kindred-setup, two
# kindred-web@ workers, kindred-tasks) with the environment file made from
# deploy/kindred.env.example. Nothing is left behind but a line saying how long it took.
#
# DEPLOY_CHECK_POSTGRES (default postgres://postgres@127.0.0.1:5432) names the server.
# DEPLOY_CHECK_KEEP=1 keeps the work folder (logs, configuration) for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VENV="$ROOT/.venv"
PG="${DEPLOY_CHECK_POSTGRES:-postgres://postgres@127.0.0.1:5432}"
started_at=$(date +%s)
work="$(mktemp -d /tmp/kindred-deploy-check.XXXXXX)"
chmod 755 "$work"
pids=()
databases=()

say() { printf '\n== deploy-check: %s\n' "$*"; }

cleanup() {
  local status=$?
  set +e
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  for db in "${databases[@]}"; do
    psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1
  done
  if [ "$status" != 0 ]; then
    echo "deploy-check FAILED (exit $status). The last lines of each log:" >&2
    for log in "$work"/logs/*.log; do
      [ -f "$log" ] && { echo "--- $log" >&2; tail -n 25 "$log" >&2; }
    done
  fi
  if [ "${DEPLOY_CHECK_KEEP:-0}" = 1 ] || [ "$status" != 0 ]; then
    echo "deploy-check: the work folder is kept at $work"
  else
    rm -rf "$work"
  fi
  echo "deploy-check: $([ "$status" = 0 ] && echo passed || echo failed) in $(( $(date +%s) - started_at )) s"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  "$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for() { # wait_for <what> <seconds> <command...>
  local what="$1" seconds="$2"
  shift 2
  for _ in $(seq $((seconds * 5))); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "deploy-check: $what did not come up within $seconds s" >&2
  return 1
}

# The environment file's variables, as the units get them (EnvironmentFile=).
with_env() { (set -a; . "$work/kindred.env"; set +a; exec "$@"); }

set_env() { # set_env KEY VALUE: replace the template's line (set or commented) or add one
  local key="$1" value="$2"
  if grep -qE "^#?${key}=" "$work/kindred.env"; then
    KEY="$key" VALUE="$value" "$VENV/bin/python" - "$work/kindred.env" <<'PY'
import os, re, sys
path = sys.argv[1]
text = open(path).read()
line = f"{os.environ['KEY']}={os.environ['VALUE']}"
text = re.sub(rf"^#?{os.environ['KEY']}=.*$", lambda m: line, text, count=1, flags=re.M)
open(path, "w").write(text)
PY
  else
    echo "$key=$value" >>"$work/kindred.env"
  fi
}

# The ExecStart= commands of a unit, with the install folder and instance filled in.
unit_commands() { # unit_commands <unit file> [instance]
  grep '^ExecStart=' "deploy/systemd/$1" | sed -e 's/^ExecStart=//' -e "s|/srv/kindred|$ROOT|g" -e "s|%i|${2:-}|g"
}

start() { # start <name> <command...>: in the background, logged, stopped on exit
  local name="$1"
  shift
  (exec "$@") >"$work/logs/$name.log" 2>&1 &
  pids+=("$!")
}

start_with_env() { # the same, with the environment file's variables
  local name="$1"
  shift
  (set -a; . "$work/kindred.env"; set +a; exec "$@") >"$work/logs/$name.log" 2>&1 &
  pids+=("$!")
}

run_unit() { # run_unit <unit file> [instance]: every ExecStart in order, as systemd would
  local line
  while IFS= read -r line; do
    set -f
    # shellcheck disable=SC2086 # the unit's words, as systemd splits them (no globbing)
    with_env $line
    set +f
  done < <(unit_commands "$@")
}

start_unit() { # start_unit <log name> <unit file> [instance]: the unit's one ExecStart
  local name="$1" line
  line="$(unit_commands "$2" "${3:-}")"
  set -f
  # shellcheck disable=SC2086
  start_with_env "$name" $line
  set +f
}

mkdir -p "$work/logs" "$work/nginx"

say "nginx"
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "nginx is missing: install Debian's nginx package (apt-get install nginx)." >&2
    exit 1
  fi
  echo "Installing Debian's nginx."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nginx >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
"$NGINX" -v

say "a self-signed certificate for localhost"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$work/nginx/tls.key" -out "$work/nginx/tls.crt" 2>"$work/logs/openssl.log"

say "a fresh database and a Redis server"
database="kindred_deploy_check_$$"
psql -q "$PG/postgres" -c "CREATE DATABASE \"$database\""
databases+=("$database")
redis_port="$(free_port)"
start redis redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no
wait_for "Redis" 20 redis-cli -p "$redis_port" ping

https_port="$(free_port)"
http_port="$(free_port)"
worker_ports=("$(free_port)" "$(free_port)")
while [ "${worker_ports[0]}" = "${worker_ports[1]}" ]; do worker_ports[1]="$(free_port)"; done
site="https://localhost:$https_port"

say "the environment file, from deploy/kindred.env.example"
cp deploy/kindred.env.example "$work/kindred.env"
set_env SECRET_KEY "$("$VENV/bin/python" -c 'import secrets; print(secrets.token_urlsafe(64))')"
set_env ALLOWED_HOSTS localhost
set_env CSRF_TRUSTED_ORIGINS "$site"
set_env SITE_URL "$site"
set_env DATABASE_URL "$PG/$database"
set_env REDIS_URL "redis://127.0.0.1:$redis_port/0"
# SMTP as in production (check --deploy refuses the file backend), to a port nobody
# answers on: the browser tests send no mail.
set_env EMAIL_HOST 127.0.0.1
set_env EMAIL_PORT "$(free_port)"
set_env EMAIL_USE_TLS 0
set_env STATIC_ROOT "$work/static"

say "kindred-setup: check --deploy, migrate, collectstatic, recurring tasks"
run_unit kindred-setup.service

say "two kindred-web@ workers (${worker_ports[*]}) and kindred-tasks"
for port in "${worker_ports[@]}"; do
  start_unit "web-$port" kindred-web@.service "$port"
done
start_unit tasks kindred-tasks.service
for port in "${worker_ports[@]}"; do
  wait_for "the worker on $port" 60 curl -sf "http://127.0.0.1:$port/readyz"
done

say "nginx with deploy/nginx/kindred.conf on $site"
KINDRED_SERVER_NAME=localhost KINDRED_TLS_CERT="$work/nginx/tls.crt" KINDRED_TLS_KEY="$work/nginx/tls.key" \
  KINDRED_WORKER_PORTS="${worker_ports[*]}" KINDRED_HTTPS_PORT="$https_port" KINDRED_HTTP_PORT="$http_port" \
  KINDRED_PROXY_TARGET='$kindred_pick' deploy/render-nginx.sh >"$work/nginx/kindred-site.conf"
for temp in body proxy fastcgi uwsgi scgi; do mkdir -p "$work/nginx/$temp"; done
chmod -R a+rwX "$work/nginx"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    log_format upstream '\$request_method \$uri \$status upstream=\$upstream_addr';
    access_log $work/logs/nginx-access.log upstream;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    # Only for this check: a browser with the cookie kindred_worker=1 or 2 is sent to that
    # worker, so the tests can put two people on two workers. Without it (as in
    # production), every request goes to the site's upstream of both workers.
    upstream kindred_w1 { server 127.0.0.1:${worker_ports[0]}; }
    upstream kindred_w2 { server 127.0.0.1:${worker_ports[1]}; }
    map \$cookie_kindred_worker \$kindred_pick {
        default kindred_workers;
        1 kindred_w1;
        2 kindred_w2;
    }
    include $work/nginx/kindred-site.conf;
}
EOF
"$NGINX" -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;'
start nginx "$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;'
wait_for "nginx" 20 curl -skf "$site/readyz"

say "browser tests through $site"
with_env env KINDRED_DEPLOY_CHECK_URL="$site" KINDRED_DEPLOY_CHECK_HTTP_URL="http://localhost:$http_port" \
  "$VENV/bin/pytest" tests/deploy -p no:cacheprovider -q ${DEPLOY_CHECK_PYTEST_ARGS:-}
for port in "${worker_ports[@]}"; do
  if ! grep -q "^GET /ws/.*upstream=127.0.0.1:$port\$" "$work/logs/nginx-access.log"; then
    echo "deploy-check: no room socket went through nginx to the worker on $port" >&2
    exit 1
  fi
done
echo "Room sockets reached both workers through nginx."

say "backup drill: pg_dump, restore into a fresh database, migrate, serve"
with_env sh -c 'pg_dump --format=custom --file="$1" "$DATABASE_URL"' - "$work/backup.dump"
restored="kindred_deploy_restore_$$"
psql -q "$PG/postgres" -c "CREATE DATABASE \"$restored\""
databases+=("$restored")
pg_restore --no-owner --exit-on-error --dbname="$PG/$restored" "$work/backup.dump"
count() { psql -tAq "$PG/$1" -c "SELECT (SELECT count(*) FROM accounts_user) || '/' || (SELECT count(*) FROM chat_message)"; }
[ "$(count "$database")" = "$(count "$restored")" ] || { echo "the restored database differs" >&2; exit 1; }
echo "People/messages, live and restored: $(count "$restored")"
with_env env DATABASE_URL="$PG/$restored" "$VENV/bin/python" manage.py migrate --noinput
restore_port="$(free_port)"
restore_line="$(unit_commands kindred-web@.service "$restore_port")"
set -f
# shellcheck disable=SC2086
start_with_env web-restored env DATABASE_URL="$PG/$restored" $restore_line
set +f
wait_for "the worker on the restored database" 60 curl -sf "http://127.0.0.1:$restore_port/readyz"
slug="$(psql -tAq "$PG/$restored" -c "SELECT slug FROM groups_group WHERE visibility = 'public' ORDER BY id DESC LIMIT 1")"
name="$(psql -tAq "$PG/$restored" -c "SELECT name FROM groups_group WHERE slug = '$slug'")"
page="$(curl -sf -H "Host: localhost:$https_port" -H "X-Forwarded-Proto: https" "http://127.0.0.1:$restore_port/groups/$slug/")"
grep -qF "$name" <<<"$page" || { echo "the restored site does not show the group $name" >&2; exit 1; }
echo "The restored database serves: /groups/$slug/ shows \"$name\"."
say "all good"
