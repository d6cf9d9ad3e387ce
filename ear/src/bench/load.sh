#!/bin/sh
# Screening POSTs per second with authentication beside unauthenticated 401s and a static file (the
# server's ceiling on this machine), in one run, against a running server (the Run command, or any
# server with the demo users). Needs Debian's wrk (apt-get install -y wrk).
# Usage: ear/src/bench/load.sh [base-url] [seconds] [demo-user] [connections]
BASE=${1:-http://127.0.0.1:8080/berdaya}
SECONDS_EACH=${2:-20}
USER=${3:-petugas}
CONNECTIONS=${4:-8}
DIR=$(dirname "$0")
curl -sf -u "$USER:demo" "$BASE/api/me" > /dev/null || { echo "no server at $BASE"; exit 1; }
TOKEN=$(curl -sf -u "$USER:demo" -H 'Content-Type: application/json' -d '{"client":"load"}' "$BASE/api/tokens" \
  | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
run() { # label, authorization header value (or empty), script, path
  echo "== $1"
  BERDAYA_AUTHORIZATION="$2" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" ${3:+-s "$DIR/$3"} "$BASE/$4" \
    | grep -E "Requests/sec|Non-2xx|Latency"
}
echo "warm-up"
BERDAYA_AUTHORIZATION="Basic $(printf "%s:demo" "$USER" | base64)" \
  wrk -t2 -c"$CONNECTIONS" -d30s -s "$DIR/screening.lua" "$BASE/api/wrse/screenings" > /dev/null
run "authenticated screening POST ($USER, HTTP Basic)" "Basic $(printf "%s:demo" "$USER" | base64)" screening.lua api/wrse/screenings
run "authenticated screening POST ($USER, Bearer token)" "Bearer $TOKEN" screening.lua api/wrse/screenings
run "unauthenticated screening POST (401)" "" unauthenticated.lua api/wrse/screenings
run "static file, no authentication (the ceiling)" "" "" field/app.css
