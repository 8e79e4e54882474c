# Shared helpers of bin/dpx: messages, the stack's folders and ports, process and port checks.
# Sourced, never run. Every function is small; callers rely on `set -euo pipefail`.
# shellcheck disable=SC2034 # the variables set here are read by the other files of bin/lib

ES_VERSION=9.5.3
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
SERVICE_USER=defplorex

say() { printf 'dpx: %s\n' "$*"; }
die() { printf 'dpx: error: %s\n' "$*" >&2; exit 1; }

is_root() { [[ $(id -u) -eq 0 ]]; }

# Sets the variables of one stack (demo or test): folders, ports, names.
stack_init() {
  STACK=$1
  if is_root; then DPX_HOME=${DPX_HOME:-/var/lib/defplorex}; else DPX_HOME=${DPX_HOME:-$HOME/.defplorex}; fi
  STACK_DIR=$DPX_HOME/$STACK
  RUN_DIR=$STACK_DIR/run
  LOG_DIR=$STACK_DIR/logs
  ES_HOME=$STACK_DIR/elasticsearch
  BIND=${DPX_BIND:-127.0.0.1}
  if [[ $STACK == test ]]; then
    ES_PORT=${DPX_ES_PORT:-19200}; ES_TRANSPORT_PORT=${DPX_ES_TRANSPORT_PORT:-19300}
    REDIS_PORT=${DPX_REDIS_PORT:-16379}; UI_PORT=${DPX_UI_PORT:-18080}
    ES_HEAP=${DPX_ES_HEAP:-512m}
    ES_NODES=(1 2 secure)
  else
    ES_PORT=${DPX_ES_PORT:-9200}; ES_TRANSPORT_PORT=${DPX_ES_TRANSPORT_PORT:-9300}
    REDIS_PORT=${DPX_REDIS_PORT:-6379}; UI_PORT=${DPX_UI_PORT:-8080}
    ES_HEAP=${DPX_ES_HEAP:-1g}
    ES_NODES=(1)
  fi
  stack_validate_port ES_PORT ES_TRANSPORT_PORT
  # the test stack's extra nodes: next to node 1's ports unless set (node 2: +1, secure node: +10)
  ES2_PORT=${DPX_ES2_PORT:-$((ES_PORT + 1))}; ES2_TRANSPORT_PORT=${DPX_ES2_TRANSPORT_PORT:-$((ES_TRANSPORT_PORT + 1))}
  ES_SECURE_PORT=${DPX_ES_SECURE_PORT:-$((ES_PORT + 10))}
  ES_SECURE_TRANSPORT_PORT=${DPX_ES_SECURE_TRANSPORT_PORT:-$((ES_TRANSPORT_PORT + 10))}
  stack_validate
  HOST=$BIND
  [[ $HOST == 0.0.0.0 ]] && HOST=127.0.0.1
  ES_URL=http://$HOST:$ES_PORT
  REDIS_URL=redis://$HOST:$REDIS_PORT
  UI_URL=http://$HOST:$UI_PORT
}

stack_validate() {
  [[ $ES_HEAP =~ ^[0-9]+[mMgG]$ ]] || die "DPX_ES_HEAP=$ES_HEAP: expected a size such as 512m or 1g"
  stack_validate_port ES_PORT ES_TRANSPORT_PORT REDIS_PORT UI_PORT ES2_PORT ES2_TRANSPORT_PORT \
    ES_SECURE_PORT ES_SECURE_TRANSPORT_PORT
}

stack_validate_port() {
  local var
  for var in "$@"; do
    [[ ${!var} =~ ^[0-9]+$ ]] && ((${!var} > 0 && ${!var} < 65536)) \
      || die "DPX_$var=${!var}: expected a port number (1-65535)"
  done
}

# Creates the stack's folders; as root they belong to the service user, which runs ES and Redis.
stack_dirs() {
  mkdir -p "$STACK_DIR" "$RUN_DIR" "$LOG_DIR" "$STACK_DIR/es-data" "$STACK_DIR/redis"
  if is_root; then
    ensure_service_user
    chown "$SERVICE_USER:" "$DPX_HOME"
    find "$STACK_DIR" ! -user "$SERVICE_USER" -exec chown -h "$SERVICE_USER:" {} +
  fi
}

ensure_service_user() {
  id -u "$SERVICE_USER" >/dev/null 2>&1 && return 0
  useradd --system --no-create-home --shell /usr/sbin/nologin "$SERVICE_USER" \
    || die "could not create the user $SERVICE_USER (useradd --system $SERVICE_USER)"
}

# Runs a command as the service user when we are root (ES refuses root), else as ourselves.
as_service() {
  if is_root; then runuser -u "$SERVICE_USER" -- "$@"; else "$@"; fi
}

# True when the pid in FILE is alive and its command line contains PATTERN (guards against reused pids).
pid_alive() {
  local file=$1 pattern=$2 pid
  [[ -s $file ]] || return 1
  # Elasticsearch deletes its pid file as it stops: the file may vanish between the test and the read
  pid=$(cat "$file" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern"
}

# Stops the process of a pid file: TERM, wait up to SECONDS, then KILL. Quiet when nothing runs.
stop_pid() {
  local file=$1 pattern=$2 name=$3 seconds=${4:-30} pid i
  if ! pid_alive "$file" "$pattern"; then rm -f "$file"; return 0; fi
  pid=$(cat "$file" 2>/dev/null) || return 0 # it stopped meanwhile
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < seconds * 2; i++)); do
    pid_alive "$file" "$pattern" || break
    sleep 0.5
  done
  if pid_alive "$file" "$pattern"; then
    say "$name (pid $pid) did not stop in ${seconds}s; killing it"
    kill -9 "$pid" 2>/dev/null || true
  fi
  if [[ ${STOP_GROUP:-0} == 1 ]]; then kill -9 -- "-$pid" 2>/dev/null || true; fi # leftovers, e.g. Chromium
  rm -f "$file"
  say "stopped $name (pid $pid)"
}

port_taken() { [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]; }

# Fails with the env var to change when PORT is taken by a process that is not ours.
require_free_port() {
  local port=$1 var=$2 what=$3
  port_taken "$port" && die "port $port ($what) is taken by another process; set $var to a free port"
  return 0
}

# Waits until URL answers 2xx, for up to SECONDS; false on timeout.
wait_http() {
  local url=$1 seconds=$2 deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null && return 0
    sleep 2
  done
  return 1
}

# Installs Debian packages when root; otherwise fails naming the apt-get command.
apt_install() {
  is_root || die "$1 is missing: install it with 'apt-get install $*' (as root)"
  say "installing $* with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "$@" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q "$@" >/dev/null; } \
    || die "apt-get install $* failed"
}
