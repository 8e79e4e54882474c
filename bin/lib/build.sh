# Finding a JDK 21+, building the modules when their artifacts are stale, fetching Elasticsearch.

PLUGIN_ZIP=es-plugin/target/defplorex-plugin.zip
WORKER_JAR=worker-fleet/target/defplorex-worker.jar
UI_JAR=web-ui/target/defplorex-ui.jar
MODULES=(queue es-plugin worker-fleet web-ui)

# Prints the feature release of the JDK at HOME (25 for 25.0.3, 8 for 1.8.0), or nothing.
jdk_major() {
  local home=$1 version
  [[ -x $home/bin/java && -x $home/bin/javac ]] || return 0
  version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release" 2>/dev/null)
  [[ -n $version ]] || version=$("$home/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
  version=${version#1.}
  printf '%s\n' "${version%%[.+-]*}"
}

# Sets JAVA_HOME to a JDK 21+: JAVA_HOME itself, the java on PATH, else the newest under DPX_JVM_ROOT.
find_jdk() {
  local candidate best='' best_major=0 major
  if [[ -n ${JAVA_HOME:-} ]]; then
    major=$(jdk_major "$JAVA_HOME")
    if [[ -n $major ]] && ((major >= 21)); then export JAVA_HOME; return; fi
  fi
  if command -v java >/dev/null; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(jdk_major "$candidate")
    if [[ -n $major ]] && ((major >= 21)); then export JAVA_HOME=$candidate; return; fi
  fi
  for candidate in "${DPX_JVM_ROOT:-/usr/lib/jvm}"/*; do
    [[ -L $candidate ]] && continue
    major=$(jdk_major "$candidate")
    [[ -n $major ]] && ((major > best_major)) && { best=$candidate; best_major=$major; }
  done
  ((best_major >= 21)) || die "DefPloreX needs a JDK 21 or newer: install one and set JAVA_HOME"
  say "using the JDK $best_major at $best (JAVA_HOME is unset and the java on PATH is older than 21)"
  export JAVA_HOME=$best
}

# Maven's own libraries call sun.misc.Unsafe; JDK 24+ warns on every build unless allowed.
quiet_maven() {
  local major
  major=$(jdk_major "$JAVA_HOME")
  if ((major >= 24)) && [[ ${MAVEN_OPTS:-} != *sun-misc-unsafe* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
  return 0
}

# Prints the POMs and main sources, NUL-separated; in a git checkout without ignored (generated) files.
source_files() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard -- pom.xml '*/pom.xml' '*/src/main/*'
  else
    find pom.xml "${MODULES[@]/%//pom.xml}" "${MODULES[@]/%//src/main}" -type f -print0 2>/dev/null
  fi
}

# True when an artifact is missing or a POM or main source (tests excluded) is newer than it.
stale() {
  local artifact file
  for artifact in "$@"; do
    [[ -f $artifact ]] || return 0
    while IFS= read -r -d '' file; do
      [[ $file -nt $artifact ]] && return 0
    done < <(source_files)
  done
  return 1
}

# Builds every module with Maven when FORCE=1 or one of the given artifacts is stale.
ensure_built() {
  local force=$1; shift
  [[ $force == 1 ]] || stale "$@" || return 0
  say "building the modules (./mvnw -q package -DskipTests)"
  local start=$SECONDS
  ./mvnw -q package -DskipTests || die "the build failed (./mvnw -q package -DskipTests); see the Maven output above"
  mark_built
  say "built in $((SECONDS - start))s"
}

# Maven leaves an up-to-date archive untouched; after a good build every artifact counts as fresh.
mark_built() { touch -c "$PLUGIN_ZIP" "$WORKER_JAR" "$UI_JAR"; }

# Unpacks the Elasticsearch distribution from Maven Central into $DPX_HOME/dist (once).
fetch_elasticsearch() {
  ES_DIST=$DPX_HOME/dist/elasticsearch-$ES_VERSION
  [[ -x $ES_DIST/bin/elasticsearch ]] && return 0
  say "fetching Elasticsearch $ES_VERSION with Maven into $DPX_HOME/dist"
  local tmp=$DPX_HOME/dist/.unpack-$$
  mkdir -p "$tmp"
  # overWriteReleases: the plugin's marker in target/ from an earlier unpack (another DPX_HOME, a deleted
  # dist folder) would otherwise make it skip the unpack without a word
  ./mvnw -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$tmp" -Dmdep.overWriteReleases=true \
    || die "could not fetch $ES_ARTIFACT with Maven (is Maven Central reachable?)"
  [[ -d $tmp/elasticsearch-$ES_VERSION ]] || die "the $ES_ARTIFACT zip has no elasticsearch-$ES_VERSION folder"
  chmod -R a+rX "$tmp"
  chmod a+x "$tmp/elasticsearch-$ES_VERSION"/bin/*
  mv "$tmp/elasticsearch-$ES_VERSION" "$ES_DIST"
  rm -rf "$tmp"
}
