# The stack's Elasticsearch node: its own copy of the distribution, the plugin, settings, start and stop.

es_pid_file() { printf '%s\n' "$RUN_DIR/elasticsearch.pid"; }
es_running() { pid_alive "$(es_pid_file)" "es.path.home=$ES_HOME"; }
es_log() { printf '%s\n' "$LOG_DIR/defplorex-$STACK.log"; }

# Copies the distribution into the stack folder, installs the plugin, writes elasticsearch.yml.
es_prepare() {
  fetch_elasticsearch
  if [[ ! -x $ES_HOME/bin/elasticsearch ]]; then
    say "copying Elasticsearch $ES_VERSION into $ES_HOME"
    rm -rf "$ES_HOME"
    cp -a "$ES_DIST" "$ES_HOME"
  fi
  is_root && find "$ES_HOME" ! -user "$SERVICE_USER" -exec chown -h "$SERVICE_USER:" {} +
  es_install_plugin
  es_write_settings
}

# (Re)installs the plugin when the built zip differs from the one installed; stops a running node first.
es_install_plugin() {
  local installed=$STACK_DIR/plugin/defplorex-plugin.zip name
  [[ -f $PLUGIN_ZIP ]] || die "$PLUGIN_ZIP is missing: build it with ./mvnw -q package -DskipTests"
  name=$(unzip -p "$PLUGIN_ZIP" plugin-descriptor.properties | sed -n 's/^name=//p' | tr -d '\r')
  [[ -n $name ]] || die "$PLUGIN_ZIP has no plugin-descriptor.properties with a name"
  if [[ -d $ES_HOME/plugins/$name ]] && cmp -s "$PLUGIN_ZIP" "$installed"; then return 0; fi

  if es_running; then say "the plugin changed: restarting Elasticsearch of the $STACK stack"; es_stop; fi
  mkdir -p "$STACK_DIR/plugin"
  cp "$PLUGIN_ZIP" "$installed"
  is_root && chown -R "$SERVICE_USER:" "$STACK_DIR/plugin"
  [[ -d $ES_HOME/plugins/$name ]] && as_service env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" \
    "$ES_HOME/bin/elasticsearch-plugin" remove --silent "$name" >/dev/null
  say "installing the plugin $name into the $STACK stack"
  local start=$SECONDS
  as_service env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" "$ES_HOME/bin/elasticsearch-plugin" install --batch --silent \
    "file://$installed" >"$LOG_DIR/plugin-install.log" 2>&1 \
    || die "plugin install failed; see $LOG_DIR/plugin-install.log"
  say "plugin installed in $((SECONDS - start))s"
}

es_write_settings() {
  as_service tee "$ES_HOME/config/elasticsearch.yml" >/dev/null <<EOF
# Written by bin/dpx up: edits are lost at the next start. See docs/operations.md.
cluster.name: defplorex-$STACK
node.name: $STACK-1
network.host: $BIND
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
discovery.type: single-node
xpack.security.enabled: false
path.data: $STACK_DIR/es-data
path.logs: $LOG_DIR
defplorex.redis.url: $REDIS_URL
EOF
}

# Starts the node daemonized (as the service user when root) and waits until it is yellow.
es_start() {
  if es_running; then say "Elasticsearch already runs at $ES_URL"; return 0; fi
  require_free_port "$ES_PORT" DPX_ES_PORT "Elasticsearch HTTP"
  require_free_port "$ES_TRANSPORT_PORT" DPX_ES_TRANSPORT_PORT "Elasticsearch transport"
  if [[ $STACK == test ]]; then as_service find "$STACK_DIR/es-data" -mindepth 1 -delete; fi

  say "starting Elasticsearch (heap $ES_HEAP) at $ES_URL; log $(es_log)"
  local start=$SECONDS
  # setsid: a Ctrl-C meant for this script must not reach the daemon, which stays in our process group
  as_service setsid env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
    "$ES_HOME/bin/elasticsearch" -d -p "$(es_pid_file)" >"$LOG_DIR/elasticsearch-start.log" 2>&1 \
    || die "Elasticsearch did not start; see $LOG_DIR/elasticsearch-start.log and $(es_log)"
  es_wait 240
  say "Elasticsearch is up in $((SECONDS - start))s"
}

es_wait() {
  local deadline=$((SECONDS + $1))
  local health="$ES_URL/_cluster/health?wait_for_status=yellow&timeout=10s"
  while ((SECONDS < deadline)); do
    curl -fsS -o /dev/null --max-time 15 "$health" 2>/dev/null && return 0
    es_running || die "Elasticsearch stopped while starting; see $(es_log)"
    sleep 2
  done
  die "Elasticsearch did not become healthy in $1s at $ES_URL; see $(es_log)"
}

es_stop() { stop_pid "$(es_pid_file)" "es.path.home=$ES_HOME" Elasticsearch 60; }
