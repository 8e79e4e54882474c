# The stack's Elasticsearch nodes: one copy of the distribution with the plugin, one config folder per node.
# The demo stack has node 1 only. The test stack adds node 2 (same cluster as node 1) and node "secure", a
# single-node cluster with security on and file-realm users for the tests (see docs/operations.md).

# Test users of the secure node, name:role:password; test-only passwords, never used on the demo stack.
SECURE_USERS=(dpx_admin:superuser:dpx-admin-pw dpx_reader:dpx_reader:dpx-reader-pw dpx_nobody:dpx_nobody:dpx-nobody-pw)

es_pid_file() { printf '%s\n' "$RUN_DIR/elasticsearch${1:+-$1}.pid"; }
es_log() { printf '%s\n' "$LOG_DIR/defplorex-$STACK.log"; }

# The suffix of node NODE's files: empty for node 1 (the folders of a one-node stack keep their names).
es_suffix() { [[ $1 == 1 ]] || printf -- '-%s\n' "$1"; }
es_conf() { printf '%s\n' "$STACK_DIR/es-config$(es_suffix "$1")"; }
es_node_logs() { if [[ $1 == 1 ]]; then printf '%s\n' "$LOG_DIR"; else printf '%s\n' "$LOG_DIR/node-$1"; fi; }
es_node_pid_file() { es_pid_file "$(es_suffix "$1" | tr -d -)"; }
es_node_running() { pid_alive "$(es_node_pid_file "$1")" "es.path.home=$ES_HOME"; }
es_any_running() {
  local node
  for node in "${ES_NODES[@]}"; do es_node_running "$node" && return 0; done
  return 1
}

es_http_port() {
  case $1 in 1) echo "$ES_PORT" ;; 2) echo "$ES2_PORT" ;; secure) echo "$ES_SECURE_PORT" ;; esac
}
es_transport_port() {
  case $1 in 1) echo "$ES_TRANSPORT_PORT" ;; 2) echo "$ES2_TRANSPORT_PORT" ;; secure) echo "$ES_SECURE_TRANSPORT_PORT" ;; esac
}
es_port_var() {
  case $1 in 1) echo DPX_ES_PORT ;; 2) echo DPX_ES2_PORT ;; secure) echo DPX_ES_SECURE_PORT ;; esac
}
es_transport_var() {
  case $1 in 1) echo DPX_ES_TRANSPORT_PORT ;; 2) echo DPX_ES2_TRANSPORT_PORT ;; secure) echo DPX_ES_SECURE_TRANSPORT_PORT ;; esac
}
es_node_url() { printf 'http://%s:%s\n' "$HOST" "$(es_http_port "$1")"; }

# Copies the distribution into the stack folder, installs the plugin, writes each node's config folder.
es_prepare() {
  fetch_elasticsearch
  if [[ ! -x $ES_HOME/bin/elasticsearch ]]; then
    say "copying Elasticsearch $ES_VERSION into $ES_HOME"
    rm -rf "$ES_HOME"
    cp -a "$ES_DIST" "$ES_HOME"
  fi
  is_root && find "$ES_HOME" ! -user "$SERVICE_USER" -exec chown -h "$SERVICE_USER:" {} +
  es_install_plugin
  local node
  for node in "${ES_NODES[@]}"; do
    es_node_running "$node" || es_write_config "$node"
  done
}

# (Re)installs the plugin when the built zip differs from the one installed; stops running nodes first.
es_install_plugin() {
  local installed=$STACK_DIR/plugin/defplorex-plugin.zip name
  [[ -f $PLUGIN_ZIP ]] || die "$PLUGIN_ZIP is missing: build it with ./mvnw -q package -DskipTests"
  name=$(unzip -p "$PLUGIN_ZIP" plugin-descriptor.properties | sed -n 's/^name=//p' | tr -d '\r')
  [[ -n $name ]] || die "$PLUGIN_ZIP has no plugin-descriptor.properties with a name"
  if [[ -d $ES_HOME/plugins/$name ]] && cmp -s "$PLUGIN_ZIP" "$installed"; then return 0; fi

  if es_any_running; then say "the plugin changed: restarting Elasticsearch of the $STACK stack"; es_stop; fi
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

# A fresh config folder for NODE: the distribution's files, elasticsearch.yml, and for the secure node its users.
es_write_config() {
  local node=$1 conf
  conf=$(es_conf "$node")
  as_service rm -rf "$conf"
  as_service mkdir -p "$conf" "$(es_node_logs "$node")" "$STACK_DIR/es-data$(es_suffix "$node")"
  as_service cp -a "$ES_HOME/config/." "$conf/"
  es_settings "$node" | as_service tee "$conf/elasticsearch.yml" >/dev/null
  [[ $node == secure ]] && es_secure_users "$conf"
  return 0
}

es_settings() {
  local node=$1
  cat <<EOF
# Written by bin/dpx up: edits are lost at the next start. See docs/operations.md.
node.name: $STACK-$node
network.host: $BIND
http.port: $(es_http_port "$node")
transport.port: $(es_transport_port "$node")
path.data: $STACK_DIR/es-data$(es_suffix "$node")
path.logs: $(es_node_logs "$node")
defplorex.redis.url: $REDIS_URL
EOF
  if [[ $node == secure ]]; then
    # its own queue prefix: SecurityIT publishes transformers there without touching the other tests' queue
    printf '%s\n' "cluster.name: defplorex-$STACK-secure" "discovery.type: single-node" \
      "defplorex.queue.prefix: defplorex-secure" \
      "xpack.security.enabled: true" "xpack.security.http.ssl.enabled: false" \
      "xpack.security.transport.ssl.enabled: false"
  elif [[ " ${ES_NODES[*]} " != *" 2 "* ]]; then
    printf '%s\n' "cluster.name: defplorex-$STACK" "discovery.type: single-node" "xpack.security.enabled: false"
  else
    # node 1 bootstraps the cluster alone (it is the only master-eligible node); node 2 holds data and joins it
    printf '%s\n' "cluster.name: defplorex-$STACK" "xpack.security.enabled: false" \
      "discovery.seed_hosts: [\"$HOST:$ES_TRANSPORT_PORT\"]"
    if [[ $node == 1 ]]; then printf '%s\n' "cluster.initial_master_nodes: [\"$STACK-1\"]"
    else printf '%s\n' 'node.roles: [data, ingest]'; fi
  fi
}

# roles.yml and file-realm users of the secure node (see SECURE_USERS and docs/operations.md).
es_secure_users() {
  local conf=$1 entry user role password
  as_service tee "$conf/roles.yml" >/dev/null <<'EOF'
# dpx_reader: what an analyst needs on the records indices (dpx-*) and the thresholds index.
dpx_reader:
  indices:
    - names: ['dpx-*', 'defacements*']
      privileges: [read, view_index_metadata]
    - names: ['defplorex-thresholds']
      privileges: [read, create_doc, create_index, view_index_metadata]
# dpx_nobody: an analyst of other indices (dpx-other-*): may read no dpx-secure-* index, but holds the analyst's
# privileges on the thresholds index, so only the plugin's own check keeps it from other indices' thresholds.
dpx_nobody:
  cluster: [monitor]
  indices:
    - names: ['dpx-other-*']
      privileges: [read, view_index_metadata]
    - names: ['defplorex-thresholds']
      privileges: [read, create_doc, create_index, view_index_metadata]
EOF
  for entry in "${SECURE_USERS[@]}"; do
    IFS=: read -r user role password <<<"$entry"
    as_service env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$conf" \
      "$ES_HOME/bin/elasticsearch-users" useradd "$user" -p "$password" -r "$role" >>"$LOG_DIR/es-users.log" 2>&1 \
      || die "could not add the user $user to the secure node; see $LOG_DIR/es-users.log"
  done
}

# Starts every node of the stack at once (each daemonized, as the service user when root) and waits for all.
es_start() {
  local node pids=() failed=0 start=$SECONDS
  for node in "${ES_NODES[@]}"; do
    if es_node_running "$node"; then say "Elasticsearch node $node already runs at $(es_node_url "$node")"; continue; fi
    require_free_port "$(es_http_port "$node")" "$(es_port_var "$node")" "Elasticsearch HTTP (node $node)"
    require_free_port "$(es_transport_port "$node")" "$(es_transport_var "$node")" "Elasticsearch transport (node $node)"
    if [[ $STACK == test ]]; then as_service find "$STACK_DIR/es-data$(es_suffix "$node")" -mindepth 1 -delete; fi
    say "starting Elasticsearch node $node (heap $ES_HEAP) at $(es_node_url "$node"); logs in $(es_node_logs "$node")"
    es_launch "$node" &
    pids+=($!)
  done
  for node in "${pids[@]}"; do wait "$node" || failed=1; done
  ((failed == 0)) || die "an Elasticsearch node did not start; see $LOG_DIR/elasticsearch-start*.log and $(es_log)"
  es_wait 240
  say "Elasticsearch is up in $((SECONDS - start))s (nodes: ${ES_NODES[*]})"
}

es_launch() {
  local node=$1
  # setsid: a Ctrl-C meant for this script must not reach the daemon, which stays in our process group
  as_service setsid env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
    ES_PATH_CONF="$(es_conf "$node")" "$ES_HOME/bin/elasticsearch" -d -p "$(es_node_pid_file "$node")" \
    >"$LOG_DIR/elasticsearch-start$(es_suffix "$node").log" 2>&1
}

# Waits until node 1 sees every node of its cluster and is yellow, and the secure node (if any) is yellow.
es_wait() {
  local deadline=$((SECONDS + $1)) nodes=1 node
  for node in "${ES_NODES[@]}"; do [[ $node == 2 ]] && nodes=2; done
  local checks=("$ES_URL/_cluster/health?wait_for_status=yellow&wait_for_nodes=$nodes&timeout=10s")
  [[ " ${ES_NODES[*]} " == *" secure "* ]] && checks+=("secure")
  for node in "${checks[@]}"; do
    while true; do
      if [[ $node == secure ]]; then
        curl -fsS -o /dev/null --max-time 15 -u "$(es_secure_credentials dpx_admin)" \
          "$(es_node_url secure)/_cluster/health?wait_for_status=yellow&timeout=10s" 2>/dev/null && break
      else
        curl -fsS -o /dev/null --max-time 15 "$node" 2>/dev/null && break
      fi
      ((SECONDS < deadline)) || die "Elasticsearch did not become healthy in $1s; see the logs under $LOG_DIR"
      local each
      for each in "${ES_NODES[@]}"; do
        es_node_running "$each" || die "Elasticsearch node $each stopped while starting; see $(es_node_logs "$each")"
      done
      sleep 2
    done
  done
}

# user:password of a test user of the secure node.
es_secure_credentials() {
  local entry user role password
  for entry in "${SECURE_USERS[@]}"; do
    IFS=: read -r user role password <<<"$entry"
    [[ $user == "$1" ]] && { printf '%s:%s\n' "$user" "$password"; return 0; }
  done
  die "no secure test user $1"
}

es_stop() {
  local node pids=()
  for node in "${ES_NODES[@]}"; do
    stop_pid "$(es_node_pid_file "$node")" "es.path.home=$ES_HOME" "Elasticsearch node $node" 60 &
    pids+=($!)
  done
  for node in "${pids[@]}"; do wait "$node" || true; done
}
