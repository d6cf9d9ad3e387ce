#!/bin/sh
# Screening POSTs per second with HTTP Basic beside unauthenticated 401s, in one run, against a
# running server (the Run command, or any server with the demo users). Needs Debian's wrk
# (apt-get install -y wrk). Usage: ear/src/bench/load.sh [base-url] [seconds] [demo-user]
BASE=${1:-http://127.0.0.1:8080/berdaya}
SECONDS_EACH=${2:-20}
USER=${3:-petugas}
export BERDAYA_AUTH=$(printf "%s:demo" "$USER" | base64)
DIR=$(dirname "$0")
curl -sf -u "$USER:demo" "$BASE/api/me" > /dev/null || { echo "no server at $BASE"; exit 1; }
echo "warm-up"; wrk -t2 -c16 -d5s -s "$DIR/screening.lua" "$BASE/api/wrse/screenings" > /dev/null
echo "== authenticated screening POST ($USER, HTTP Basic) =="
wrk -t2 -c16 -d"${SECONDS_EACH}s" -s "$DIR/screening.lua" "$BASE/api/wrse/screenings"
echo "== unauthenticated POST (401) =="
wrk -t2 -c16 -d"${SECONDS_EACH}s" -s "$DIR/unauthenticated.lua" "$BASE/api/wrse/screenings"
