# The stack's Redis: the job queue. The demo stack persists it (append-only file), the test stack does not.

redis_pid_file() { printf '%s\n' "$RUN_DIR/redis.pid"; }
redis_running() { pid_alive "$(redis_pid_file)" "redis-server"; }

ensure_redis_installed() {
  command -v redis-server >/dev/null && return 0
  is_root || die "redis-server is missing: install it with 'apt-get install redis-server'"
  apt_install redis-server
}

redis_start() {
  if redis_running; then say "Redis already runs at $REDIS_URL"; return 0; fi
  ensure_redis_installed
  require_free_port "$REDIS_PORT" DPX_REDIS_PORT Redis

  local persistence=(--save "" --appendonly no)
  [[ $STACK == demo ]] && persistence=(--save "" --appendonly yes --appendfsync everysec)
  as_service redis-server --port "$REDIS_PORT" --bind "$BIND" --daemonize yes \
    --pidfile "$(redis_pid_file)" --logfile "$LOG_DIR/redis.log" --dir "$STACK_DIR/redis" "${persistence[@]}" \
    || die "Redis did not start; see $LOG_DIR/redis.log"
  redis_wait 20
  say "Redis is up at $REDIS_URL"
}

redis_wait() {
  local deadline=$((SECONDS + $1))
  while ((SECONDS < deadline)); do
    [[ $(redis-cli -h "$HOST" -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]] && return 0
    sleep 0.5
  done
  die "Redis did not answer on port $REDIS_PORT in $1s; see $LOG_DIR/redis.log"
}

redis_stop() { stop_pid "$(redis_pid_file)" redis-server Redis 20; }
