# `dpx demo`: the whole pipeline on one machine, from a feed to clusters in the web UI.

INDEX=${DPX_INDEX:-defacements}
# The six tag counts: on the corpus they keep the eight pages of template family F0001 in one cluster
# (CorpusPipelineIT); an exact keyword such as avg_color splits nearly every page into its own cluster.
PIVOTS=${DPX_PIVOTS:-n_img,n_script,n_style,n_meta,n_link,n_anchor}
BATCH_SIZE=${DPX_BATCH_SIZE:-25}

# Prints the corpus folder: the argument, else ../shared/corpus, else a generated sample.
demo_corpus() {
  local dir=${1:-}
  if [[ -n $dir ]]; then
    [[ -f $dir/feed.csv ]] || die "$dir/feed.csv does not exist: give a folder holding feed.csv"
  elif [[ -f $REPO/../shared/corpus/feed.csv ]]; then
    dir=$REPO/../shared/corpus
  else
    dir=$DPX_HOME/sample
    if [[ ! -f $dir/feed.csv ]]; then
      say "no corpus at ../shared/corpus: generating a sample into $dir" >&2
      worker_cli generate --out "$dir" --records 300 --families 30 --seed 42 >&2 || die "generate failed"
    fi
  fi
  (cd "$dir" && pwd)
}

# Enqueues a job of the given transformers on the whole index and follows it until it is done.
demo_job() {
  local transformers=$1 job sizes
  sizes=$(mktemp)
  job=$(worker_cli job enqueue --es "$ES_URL" --index "$INDEX" --transformers "$transformers" \
    --batch-size "$BATCH_SIZE" --wait-for-workers 60 2>"$sizes") \
    || { cat "$sizes" >&2; rm -f "$sizes"; die "enqueueing $transformers failed"; }
  say "job $job: $transformers, $(tail -n 1 "$sizes")"
  rm -f "$sizes"
  worker_cli job wait --es "$ES_URL" "$job" || die "job $job ($transformers) failed; see $LOG_DIR/worker-*.log"
}

cmd_demo() {
  local start=$SECONDS corpus
  stack_up
  corpus=$(demo_corpus "${1:-}")

  say "ingesting $corpus/feed.csv into $INDEX"
  worker_cli ingest --es "$ES_URL" --index "$INDEX" --feed "$corpus/feed.csv" || die "ingest failed"
  workers_start
  demo_job extract,features
  say "percentiles of the features"
  worker_cli percentiles --es "$ES_URL" --index "$INDEX" || die "percentiles failed"
  demo_job quantize
  say "largest clusters on $PIVOTS"
  worker_cli clusters --es "$ES_URL" --index "$INDEX" --features "$PIVOTS" --size 10 || die "clusters failed"

  ui_start
  say "the web UI runs at $UI_URL; these clusters: $UI_URL/clusters?pivots=$PIVOTS"
  say "stop everything with: bin/dpx down"
  say "demo done in $((SECONDS - start))s"
}
