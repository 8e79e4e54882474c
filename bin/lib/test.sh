# `dpx test`: the one test command. Builds, starts the test stack, runs every unit and integration test.

test_corpus() {
  local dir=$REPO/../shared/corpus
  [[ -d $dir ]] && (cd "$dir" && pwd)
  return 0
}

# Validates docker/compose.yaml when docker-compose is here (installs Debian's as root); 0 when valid.
test_compose() {
  if ! command -v docker-compose >/dev/null; then
    is_root || { say "docker-compose is missing: skipping the compose file check"; return 0; }
    apt_install docker-compose
  fi
  say "checking docker/compose.yaml (docker-compose config -q)"
  docker-compose -f docker/compose.yaml config -q || { say "docker/compose.yaml is invalid"; return 1; }
}

cmd_test() {
  local start=$SECONDS corpus compose_rc=0 maven_rc=0
  ensure_chromium
  say "building and installing the modules (./mvnw -q install -DskipTests)"
  ./mvnw -q install -DskipTests || die "the build failed (./mvnw -q install -DskipTests)"
  mark_built

  test_compose || compose_rc=$?
  trap 'stack_down' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  stack_up

  local props=(-Ddpx.it.es="$ES_URL" -Ddpx.it.redis="$REDIS_URL" -Ddpx.it.es2="$(es_node_url 2)"
    -Ddpx.it.es.secure="$(es_node_url secure)" -Ddpx.it.es.secure.admin="$(es_secure_credentials dpx_admin)"
    -Ddpx.it.es.secure.reader="$(es_secure_credentials dpx_reader)"
    -Ddpx.it.es.secure.nobody="$(es_secure_credentials dpx_nobody)")
  corpus=$(test_corpus)
  [[ -n $corpus ]] && props+=(-Ddpx.it.corpus="$corpus")
  say "running the tests (./mvnw verify ${props[*]})"
  ./mvnw verify "${props[@]}" || maven_rc=$?

  say "tests done in $((SECONDS - start))s: maven exit $maven_rc, compose check exit $compose_rc"
  ((maven_rc != 0)) && exit "$maven_rc"
  exit "$compose_rc"
}
