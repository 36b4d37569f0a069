#!/usr/bin/env bash
# Write Kindred's nginx site (deploy/nginx/kindred.conf) with this machine's values.
#
#   KINDRED_SERVER_NAME=kindred.example.org \
#   KINDRED_TLS_CERT=/etc/letsencrypt/live/kindred.example.org/fullchain.pem \
#   KINDRED_TLS_KEY=/etc/letsencrypt/live/kindred.example.org/privkey.pem \
#   KINDRED_WORKER_PORTS="8001 8002" \
#   deploy/render-nginx.sh > /etc/nginx/sites-available/kindred
#
# Optional: KINDRED_HTTPS_PORT (443), KINDRED_HTTP_PORT (80), KINDRED_PROXY_TARGET
# (kindred_workers: the upstream every request goes to).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${KINDRED_SERVER_NAME:?set KINDRED_SERVER_NAME (the host name of the site)}"
: "${KINDRED_TLS_CERT:?set KINDRED_TLS_CERT (certificate chain file)}"
: "${KINDRED_TLS_KEY:?set KINDRED_TLS_KEY (private key file)}"
: "${KINDRED_WORKER_PORTS:?set KINDRED_WORKER_PORTS (the daphne workers, e.g. \"8001 8002\")}"
https_port="${KINDRED_HTTPS_PORT:-443}"
http_port="${KINDRED_HTTP_PORT:-80}"
suffix=""
[ "$https_port" = 443 ] || suffix=":$https_port"
servers=""
for port in $KINDRED_WORKER_PORTS; do
  servers+="    server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;"$'\n'
done
servers="${servers%$'\n'}"
# Literal replacement (no sed: the values may hold / and &).
WORKER_SERVERS="$servers" SERVER_NAME="$KINDRED_SERVER_NAME" HTTPS_PORT_SUFFIX="$suffix" \
HTTPS_PORT="$https_port" HTTP_PORT="$http_port" TLS_CERT="$KINDRED_TLS_CERT" \
TLS_KEY="$KINDRED_TLS_KEY" PROXY_TARGET="${KINDRED_PROXY_TARGET:-kindred_workers}" \
python3 - "$here/nginx/kindred.conf" <<'PY'
import os
import re
import sys

text = open(sys.argv[1]).read()
text = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: os.environ[m.group(1)], text)
sys.stdout.write(text)
PY
