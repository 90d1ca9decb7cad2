# Shared by bench/run and bench/profile (sourced, not run): the jar, the app on a throwaway H2 data
# directory, a practice session set up as a browser would, and stopping everything by PID.
# Expects: ROOT (the repository), WORK (a mktemp -d directory), APP_PORT.

BASE=http://127.0.0.1:$APP_PORT
APP_PID=
NGINX_PID=
# Raised so a benchmark from one address never meets a 429 (each is 600 a minute or less otherwise;
# docs/rate-limits.md). Said in the output.
RATE_LIMITS=(
  --ratelimit.limits.api.capacity=1000000000
  --ratelimit.limits.persona.capacity=1000000000
  --ratelimit.limits.practice-login.capacity=1000000000
  --ratelimit.limits.login-code.capacity=1000000000
  --ratelimit.limits.impots-login.capacity=1000000000
)
# What wrk sends on its own is only Host; curl is told to drop its User-Agent and Accept to match.
CURL=(curl -s -H 'User-Agent:' -H 'Accept:')

jar() {
  local jar
  jar=$(ls "$ROOT"/target/ameli-walkthrough-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
  if [ -z "$jar" ]; then
    (cd "$ROOT" && ./mvnw -B -ntp -q -DskipTests package) >&2
    jar=$(ls "$ROOT"/target/ameli-walkthrough-*.jar | grep -v -- '-plain' | head -1)
  fi
  echo "$jar"
}

# start_app DATA_DIR LOG [extra JVM options...]: the documented flags, JAVA_OPTS, a fresh H2 file.
start_app() {
  local data=$1 log=$2
  shift 2
  mkdir -p "$data"
  local launch
  if [ "${FAST:-0}" = 1 ]; then
    # README's "Run it fast": the extracted jar, its CDS archive, AOT code when built with -Paot, and
    # bin/run-fast's recommended flags (JAVA_OPTS replaces them there); it execs java, so the PID is java's
    launch=(env JAR="$JAR" "$ROOT/bin/run-fast")
  else
    # shellcheck disable=SC2206 # JAVA_OPTS is a list of options
    launch=(java -Xms256m -Xmx256m ${JAVA_OPTS:-} "$@" -jar "$JAR")
  fi
  "${launch[@]}" \
    --server.port="$APP_PORT" --server.address=127.0.0.1 \
    "--spring.datasource.url=jdbc:h2:file:$data/ameli;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    "${RATE_LIMITS[@]}" ${APP_ARGS:-} >"$log" 2>&1 &
  APP_PID=$!
}

# wait_first_200 LOG: seconds (decimal) from now until GET / answers 200; fails if the app dies or
# START_TIMEOUT (default 300 s: a loaded 2-core machine has taken over 130 s) passes first.
wait_first_200() {
  local log=$1 start now
  start=$(date +%s.%N)
  while :; do
    if [ "$("${CURL[@]}" -o /dev/null -w '%{http_code}' "$BASE/" 2>/dev/null)" = 200 ]; then
      now=$(date +%s.%N)
      awk -v a="$start" -v b="$now" 'BEGIN { printf "%.2f\n", b - a }'
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app stopped before answering; its log:" >&2
      tail -40 "$log" >&2
      return 1
    fi
    if awk -v a="$start" -v b="$(date +%s.%N)" -v t="${START_TIMEOUT:-300}" 'BEGIN { exit !(b - a > t) }'; then
      echo "no 200 from $BASE/ after ${START_TIMEOUT:-300} s" >&2
      return 1
    fi
    sleep 0.05
  done
}

stop_app() {
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
}

stop_nginx() {
  if [ -n "$NGINX_PID" ]; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=
  fi
}

rss_mib() {
  awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$APP_PID/status"
}

# A practice session as a browser gets it: GET /practice, choose Emma, GET the identity page, send
# her identity once (302 to /practice/iban). Sets SESSION_COOKIE (all cookies, one header), IDENTITY_BODY
# (the same valid form with its _csrf field; re-sending it answers 302 each time) and IDENTITY_PATH.
IDENTITY_PATH=/practice/identity
setup_session() {
  local jar=$WORK/cookies.txt csrf code
  rm -f "$jar"
  "${CURL[@]}" -c "$jar" -b "$jar" -o "$WORK/practice.html" "$BASE/practice"
  csrf=$(python3 "$ROOT/bench/pages.py" csrf "$WORK/practice.html")
  [ -n "$csrf" ] || { echo "no _csrf field on /practice" >&2; return 1; }
  code=$("${CURL[@]}" -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data "_csrf=$(python3 "$ROOT/bench/pages.py" quote "$csrf")&persona=emma" "$BASE/practice/persona")
  [[ $code == "302 "*/practice/documents ]] || { echo "choosing a persona answered: $code" >&2; return 1; }
  "${CURL[@]}" -c "$jar" -b "$jar" -o "$WORK/identity.html" "$BASE$IDENTITY_PATH"
  csrf=$(python3 "$ROOT/bench/pages.py" csrf "$WORK/identity.html")
  [ -n "$csrf" ] || { echo "no _csrf field on $IDENTITY_PATH" >&2; return 1; }
  IDENTITY_BODY="_csrf=$(python3 "$ROOT/bench/pages.py" quote "$csrf")&lastName=Clarke&nir=2+88+04+99+132+047&day=12&month=4&year=1988&postcode=69003"
  SESSION_COOKIE=$(python3 "$ROOT/bench/pages.py" cookies "$jar")
  check_identity_post
}

# check_identity_post: the journey POST answers 302 to the next step in the established session.
check_identity_post() {
  local code
  code=$("${CURL[@]}" -o /dev/null -w '%{http_code} %{redirect_url}' -H "Cookie: $SESSION_COOKIE" \
    --data "$IDENTITY_BODY" "$BASE$IDENTITY_PATH")
  [[ $code == "302 "*/practice/iban ]] || { echo "the journey POST answered: $code" >&2; return 1; }
}

NIR_BODY='{"value": "1 85 05 78 006 084 91"}'
