# The Java processes of a stack: background workers and the web UI, each with a pid file and a log.

WORKERS=${DPX_WORKERS:-1}
WORKER_CONCURRENCY=${DPX_WORKER_CONCURRENCY:-2}
read -r -a JAVA_OPTS <<<"${DPX_JAVA_OPTS:-}"

worker_cli() { "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" -jar "$REPO/$WORKER_JAR" "$@"; }

# Starts a process in its own session so it outlives this script; records its pid.
spawn() {
  local pid_file=$1 log=$2; shift 2
  setsid nohup "$@" >>"$log" 2>&1 </dev/null &
  printf '%s\n' "$!" >"$pid_file"
}

ensure_chromium() {
  [[ -x /usr/bin/chromium ]] && return 0
  is_root || die "/usr/bin/chromium is missing: install it with 'apt-get install chromium'"
  apt_install chromium
}

workers_start() {
  local i pid_file
  ensure_chromium
  for ((i = 1; i <= WORKERS; i++)); do
    pid_file=$RUN_DIR/worker-$i.pid
    pid_alive "$pid_file" defplorex-worker.jar && continue
    spawn "$pid_file" "$LOG_DIR/worker-$i.log" "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" -jar "$REPO/$WORKER_JAR" \
      worker --es "$ES_URL" --redis "$REDIS_URL" --concurrency "$WORKER_CONCURRENCY"
  done
  say "started $WORKERS worker process(es) of $WORKER_CONCURRENCY threads each; logs $LOG_DIR/worker-*.log"
}

workers_stop() {
  local pid_file
  for pid_file in "$RUN_DIR"/worker-*.pid; do
    [[ -e $pid_file ]] || continue
    STOP_GROUP=1 stop_pid "$pid_file" defplorex-worker.jar "$(basename "$pid_file" .pid)" 30
  done
}

ui_running() { pid_alive "$RUN_DIR/ui.pid" defplorex-ui.jar; }

ui_start() {
  if ui_running; then say "the web UI already runs at $UI_URL"; return 0; fi
  require_free_port "$UI_PORT" DPX_UI_PORT "web UI"
  spawn "$RUN_DIR/ui.pid" "$LOG_DIR/ui.log" "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" -jar "$REPO/$UI_JAR" \
    --server.port="$UI_PORT" --server.address="$BIND" --defplorex.es.url="$ES_URL" --defplorex.index="$INDEX"
  say "starting the web UI; log $LOG_DIR/ui.log"
  local deadline=$((SECONDS + 180))
  until curl -fsS -o /dev/null --max-time 5 "$UI_URL/" 2>/dev/null; do
    ui_running || die "the web UI stopped while starting; see $LOG_DIR/ui.log"
    ((SECONDS < deadline)) || die "the web UI did not answer at $UI_URL in 180s; see $LOG_DIR/ui.log"
    sleep 2
  done
}

ui_stop() { STOP_GROUP=1 stop_pid "$RUN_DIR/ui.pid" defplorex-ui.jar "web UI" 30; }
