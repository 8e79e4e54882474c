#!/usr/bin/env python3
"""Benchmark of the DefPloreX plugin's endpoints on generated, already quantized records.

Loads N records straight into an index of a node that has the plugin (no workers involved), then times
_defplorex/cluster against a plain composite aggregation on the same pivots, _defplorex/percentiles on
20 features (exact and, when the plugin offers it, sampled) and _defplorex/enqueue of every record with
the node's heap use. Never run in CI; see bench/plugin.md for the figures and how to run it.
"""
import argparse
import json
import random
import statistics
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

NUMERIC = ["n_img", "n_script", "n_style", "n_meta", "n_iframe", "n_embed", "n_object", "n_link", "n_anchor",
           "n_urls", "n_email", "n_telephone", "n_twitter", "n_hashtag", "n_sound_urls", "n_resource",
           "frac_letters_in_title", "frac_digits_in_title", "frac_punct_in_title", "frac_whitespace_in_title"]
PIVOTS = ["n_urls", "n_img", "n_script", "n_anchor", "n_style", "avg_color"]
COLORS = ["#%02x%02x%02x" % (r, g, b) for r in (0, 96, 192, 255) for g in (0, 128, 255) for b in (0, 128, 255)]
TLDS = ["com", "org", "net", "br", "id", "ru", "in", "ir", "tr", "cn", "de", "it", "vn", "pk", "gov"]
MAPPING = Path(__file__).resolve().parent.parent / "worker-fleet/src/main/resources/index/records-mapping.json"


class Node:
    """HTTP to one Elasticsearch node."""

    def __init__(self, url):
        self.url = url.rstrip("/")

    def call(self, method, path, body=None, ndjson=False, ok=(200, 201)):
        data = None
        headers = {}
        if body is not None:
            data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
            headers["Content-Type"] = "application/x-ndjson" if ndjson else "application/json"
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=600) as response:
                status, text = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read()
        answer = json.loads(text) if text else {}
        if status not in ok:
            raise RuntimeError(f"{method} {path} answered {status}: {json.dumps(answer)[:600]}")
        return answer

    def timed(self, method, path, body=None):
        start = time.perf_counter()
        answer = self.call(method, path, body)
        return time.perf_counter() - start, answer


class Templates:
    """Deface templates: each fixes the bins, values and keywords its records mostly share; sizes are Zipf-like."""

    def __init__(self, rng, count):
        self.rng = rng
        self.items = [self._template(rng, i) for i in range(count)]
        weights = [1.0 / (rank + 1) ** 1.1 for rank in range(count)]
        total = sum(weights)
        self.cumulative = []
        running = 0.0
        for weight in weights:
            running += weight / total
            self.cumulative.append(running)

    @staticmethod
    def _template(rng, number):
        attackers = [f"attacker{rng.randrange(5000)}" for _ in range(rng.choice((1, 1, 2, 3, 5)))]
        return {
            "bins": {f: rng.choice((0, 0, 1, 1, 2, 3)) for f in NUMERIC},
            "scale": {f: rng.uniform(0.5, 50) for f in NUMERIC},
            "color": rng.choice(COLORS),
            "encoding": rng.choice(("utf-8", "utf-8", "iso-8859-1", "windows-1252")),
            "language": rng.choice(("en", "en", "id", "pt", "ar", "tr", "ru")),
            "simhash": "%016x" % rng.getrandbits(64),
            "text_hash": "%016x" % rng.getrandbits(64),
            "attackers": attackers,
            "team": f"team{number % 700}",
            "start": rng.uniform(1.0e9, 1.7e9),
        }

    def pick(self):
        x = self.rng.random()
        low, high = 0, len(self.cumulative) - 1
        while low < high:
            middle = (low + high) // 2
            if self.cumulative[middle] < x:
                low = middle + 1
            else:
                high = middle
        return self.items[low]


def record(rng, template, number):
    """One quantized record of a template: 10% of its bins and 5% of its colours differ, as real pages drift."""
    bins, features = {}, {}
    for f in NUMERIC:
        b = template["bins"][f]
        if rng.random() < 0.1:
            b = min(3, max(0, b + rng.choice((-1, 1))))
        bins[f] = b
        features[f] = round(template["scale"][f] * (b + rng.random()), 3)
    features["avg_color"] = template["color"] if rng.random() > 0.05 else rng.choice(COLORS)
    features["encoding"] = template["encoding"]
    features["language"] = template["language"]
    features["template_simhash"] = template["simhash"]
    tld = rng.choice(TLDS)
    when = template["start"] + rng.expovariate(1 / 3.0e6)
    doc = {
        "id": f"r{number}", "domain": f"site{rng.randrange(400000)}.{tld}", "tld": tld,
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(when)),
        "attacker": rng.choice(template["attackers"]), "team": template["team"], "status": "ok",
        "extract": {"text_hash": template["text_hash"] if rng.random() > 0.2 else "%016x" % rng.getrandbits(64)},
        "features": features, "bins": bins, "thresholds_version": 1,
    }
    return doc


def load(node, index, count, seed, shards):
    """Creates the index with the records mapping and bulk-loads COUNT generated records, two requests in flight."""
    mapping = json.loads(MAPPING.read_text())
    # no shard request cache: every repeated aggregation must be computed, not served from the cache
    mapping["settings"] = {"number_of_shards": shards, "number_of_replicas": 0, "refresh_interval": "-1",
                           "requests.cache.enable": False}
    node.call("DELETE", f"/{index}", ok=(200, 404))
    node.call("PUT", f"/{index}", mapping)
    rng = random.Random(seed)
    templates = Templates(rng, max(200, count // 250))
    chunk = 5000
    start = time.perf_counter()

    def chunks():
        for first in range(0, count, chunk):
            lines = []
            for number in range(first, min(count, first + chunk)):
                lines.append('{"index":{"_id":"r%d"}}' % number)
                lines.append(json.dumps(record(rng, templates.pick(), number), separators=(",", ":")))
            yield "\n".join(lines) + "\n"

    def send(body):
        answer = node.call("POST", f"/{index}/_bulk", body, ndjson=True)
        if answer.get("errors"):
            failed = next(i for i in answer["items"] if "error" in i["index"])
            raise RuntimeError(f"bulk load failed: {failed}")

    with ThreadPoolExecutor(2) as pool:
        pending = []
        for body in chunks():
            pending.append(pool.submit(send, body))
            if len(pending) >= 4:
                pending.pop(0).result()
        for future in pending:
            future.result()
    node.call("PUT", f"/{index}/_settings", {"index": {"refresh_interval": "1s"}})
    node.call("POST", f"/{index}/_refresh")
    node.call("POST", f"/{index}/_forcemerge?max_num_segments=1")
    took = time.perf_counter() - start
    print(f"loaded {count} records into {index} in {took:.0f} s ({count / took:.0f} records/s), "
          f"{len(templates.items)} templates, {shards} shards, force-merged to 1 segment")


def pivot_field(pivot, numeric):
    return f"bins.{pivot}" if pivot in numeric else f"features.{pivot}"


def composite_all(node, index, pivots, numeric, page=10000, keep=False):
    """The hand-written baseline: every bucket of a composite aggregation on the pivots, PAGE buckets a request.
    Returns the number of buckets, or with KEEP the buckets themselves."""
    sources = [{p: {"terms": {"field": pivot_field(p, numeric)}}} for p in pivots]
    buckets, kept, after = 0, [], None
    while True:
        composite = {"size": page, "sources": sources}
        if after:
            composite["after"] = after
        answer = node.call("POST", f"/{index}/_search",
                           {"size": 0, "track_total_hits": True, "aggs": {"c": {"composite": composite}}})
        result = answer["aggregations"]["c"]
        buckets += len(result["buckets"])
        if keep:
            kept.extend(result["buckets"])
        after = result.get("after_key")
        if not result["buckets"] or not after:
            return kept if keep else buckets


STEPS = [("1h", 3_600_000), ("1d", 86_400_000), ("1w", 604_800_000), ("1M", 2_629_746_000),
         ("1q", 7_889_238_000), ("1y", 31_556_952_000)]


def composite_and_facts(node, index, pivots, numeric, size=50, page=50000):
    """The same work written by hand: every key of a composite aggregation, then one search for the facts of the
    SIZE largest groups (the plugin's aggregations: time span, timeline, distinct attackers, domains, TLDs and text
    hashes, top attackers, teams and TLDs, thresholds version, sample IDs)."""
    span = node.call("POST", f"/{index}/_search", {"size": 0, "aggs": {
        "first": {"min": {"field": "timestamp"}}, "last": {"max": {"field": "timestamp"}}}})["aggregations"]
    span_ms = (span["last"]["value"] or 0) - (span["first"]["value"] or 0)
    interval = next((name for name, ms in STEPS if span_ms / ms + 1 <= max(20, 40000 // size)), "1y")
    groups = composite_all(node, index, pivots, numeric, page, keep=True)
    top = sorted(groups, key=lambda b: -b["doc_count"])[:size]
    filters = {f"c{i}": {"bool": {"filter": [{"term": {pivot_field(p, numeric): v}} for p, v in b["key"].items()]}}
               for i, b in enumerate(top)}
    facts = {"start": {"min": {"field": "timestamp"}}, "end": {"max": {"field": "timestamp"}},
             "timeline": {"date_histogram": {"field": "timestamp", "calendar_interval": interval}},
             "thresholds_version": {"max": {"field": "thresholds_version"}},
             "samples": {"top_hits": {"size": 5, "_source": False, "sort": [{"timestamp": "asc"}, {"id": "asc"}]}}}
    for field in ("attacker", "domain", "tld", "extract.text_hash"):
        facts["distinct_" + field] = {"cardinality": {"field": field}}
    for field in ("attacker", "team", "tld"):
        facts["top_" + field] = {"terms": {"field": field, "size": 5}}
    query = {"constant_score": {"filter": {"bool": {"should": list(filters.values()), "minimum_should_match": 1}}}}
    node.call("POST", f"/{index}/_search", {"size": 0, "query": query, "aggs": {
        "clusters": {"filters": {"filters": filters}, "aggs": facts}}})
    return len(groups)


def repeat(runs, action):
    """Times ACTION RUNS times after one warm-up; returns (seconds of each run, last answer)."""
    action()
    times, answer = [], None
    for _ in range(runs):
        start = time.perf_counter()
        answer = action()
        times.append(time.perf_counter() - start)
    return times, answer


def summary(times):
    return f"median {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f}, n={len(times)})"


def bench_cluster(node, index, runs):
    numeric = set(NUMERIC)
    body = {"index": index, "features": PIVOTS, "size": 50}
    sides = {
        "plugin": lambda: node.call("POST", "/_defplorex/cluster", body),
        # min_size above every cluster: the plugin groups every key and measures none (its grouping alone)
        "grouping": lambda: node.call("POST", "/_defplorex/cluster", dict(body, min_size=2_000_000_000)),
        "keys": lambda: composite_all(node, index, PIVOTS, numeric, 50000),
        "keys_10000": lambda: composite_all(node, index, PIVOTS, numeric, 10000),
        "by_hand": lambda: composite_and_facts(node, index, PIVOTS, numeric),
    }
    times = {name: [] for name in sides}
    answers = {}
    # interleaved twice, so that a load change on the machine hits every side alike
    for _ in range(2):
        for name, action in sides.items():
            took, answers[name] = repeat(runs, action)
            times[name] += took
    small_times, _ = repeat(runs, lambda: composite_all(node, index, PIVOTS, numeric, 1000))
    median = {name: statistics.median(took) for name, took in times.items()}
    answer = answers["plugin"]
    print(f"cluster (6 pivots, facts for top 50): {summary(times['plugin'])}; total_clusters "
          f"{answer.get('total_clusters')}, clusters returned {len(answer.get('clusters', []))}, "
          f"took_ms {answer.get('took_ms')}")
    print(f"cluster without facts (min_size above every cluster: grouping only): {summary(times['grouping'])}")
    print(f"composite, every key, 50,000 a page (the plugin's page): {summary(times['keys'])}; "
          f"{answers['keys']} buckets")
    print(f"composite, every key, 10,000 a page: {summary(times['keys_10000'])}")
    print(f"composite, every key, 1,000 a page: {summary(small_times)}")
    print(f"by hand, every key (50,000 a page) + one facts search for the top 50: {summary(times['by_hand'])}")
    print(f"ratio cluster / composite keys (medians): {median['plugin'] / median['keys']:.2f}; "
          f"cluster / by hand with facts: {median['plugin'] / median['by_hand']:.2f}; "
          f"grouping only / composite keys: {median['grouping'] / median['keys']:.2f}")
    return {"cluster_s": median["plugin"], "composite_s": median["keys"], "composite_10000_s": median["keys_10000"],
            "composite_1000_s": statistics.median(small_times), "by_hand_s": median["by_hand"],
            "ratio": median["plugin"] / median["keys"], "ratio_by_hand": median["plugin"] / median["by_hand"],
            "grouping_s": median["grouping"], "ratio_grouping": median["grouping"] / median["keys"],
            "clusters": answer.get("total_clusters"), "buckets": answers["keys"]}


def bench_percentiles(node, index, runs, sample):
    body = {"index": index, "features": NUMERIC}
    exact_times, exact = repeat(runs, lambda: node.call("POST", "/_defplorex/percentiles", body))
    print(f"percentiles exact, 20 features: {summary(exact_times)}; documents {exact.get('documents')}")
    result = {"exact_s": statistics.median(exact_times)}
    if not sample:
        return result
    sampled_body = dict(body, **json.loads(sample))
    sampled_times, sampled = repeat(runs, lambda: node.call("POST", "/_defplorex/percentiles", sampled_body))
    errors = []
    for feature, values in exact["thresholds"].items():
        for exact_value, sampled_value in zip(values, sampled["thresholds"][feature]):
            if exact_value:
                errors.append(abs(sampled_value - exact_value) / abs(exact_value))
    print(f"percentiles sampled {sample}: {summary(sampled_times)}; relative error vs exact: "
          f"median {statistics.median(errors):.4f}, max {max(errors):.4f}; plugin's own report: "
          f"{json.dumps({k: v for k, v in sampled.items() if k not in ('thresholds', 'percents')})[:400]}")
    result.update(sampled_s=statistics.median(sampled_times), error_median=statistics.median(errors),
                  error_max=max(errors))
    return result


class HeapWatch(threading.Thread):
    """Polls the nodes' heap every 100 ms while an enqueue runs; keeps the peak of heap used."""

    def __init__(self, node):
        super().__init__(daemon=True)
        self.node, self.peak, self.stop = node, 0, threading.Event()

    def heap(self):
        stats = self.node.call("GET", "/_nodes/_local/stats/jvm?filter_path=nodes.*.jvm.mem.heap_used_in_bytes")
        return next(iter(stats["nodes"].values()))["jvm"]["mem"]["heap_used_in_bytes"]

    def run(self):
        while not self.stop.is_set():
            self.peak = max(self.peak, self.heap())
            time.sleep(0.1)


def bench_enqueue(node, index, runs, redis_flush, transformers, batch_size):
    times, peaks, base = [], [], []
    answer = None
    for _ in range(runs):
        redis_flush()
        watch = HeapWatch(node)
        before = watch.heap()
        watch.start()
        start = time.perf_counter()
        answer = node.call("POST", "/_defplorex/enqueue",
                           {"index": index, "transformers": transformers, "batch_size": batch_size})
        times.append(time.perf_counter() - start)
        watch.stop.set()
        watch.join()
        peaks.append(watch.peak)
        base.append(before)
    mib = 1024 * 1024
    print(f"enqueue (batch_size {batch_size}) of {answer.get('documents')} ids in {answer.get('batches')} batches: "
          f"{summary(times)}; "
          f"heap used before {statistics.median(base) / mib:.0f} MiB, peak during "
          f"{statistics.median(peaks) / mib:.0f} MiB (median of runs; max peak {max(peaks) / mib:.0f} MiB)")
    return {f"enqueue_{batch_size}_s": statistics.median(times),
            f"enqueue_{batch_size}_heap_before_mib": statistics.median(base) / mib,
            f"enqueue_{batch_size}_heap_peak_mib": statistics.median(peaks) / mib}


def redis_flusher(url, prefix, transformers):
    """Empties the bench's own Redis (FLUSHDB) and publishes the transformers, through redis-cli."""
    import subprocess
    host, port = url.split("//", 1)[1].rsplit(":", 1)

    def flush():
        subprocess.run(["redis-cli", "-h", host, "-p", port, "FLUSHDB"], check=True, capture_output=True)
        subprocess.run(["redis-cli", "-h", host, "-p", port, "SADD", f"{prefix}:transformers", *transformers],
                       check=True, capture_output=True)
    return flush


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--es", default="http://127.0.0.1:22200")
    parser.add_argument("--redis", default="redis://127.0.0.1:22379",
                        help="the node's defplorex.redis.url; FLUSHDB is run on it before each enqueue")
    parser.add_argument("--prefix", default="defplorex")
    parser.add_argument("--records", type=int, default=100000)
    parser.add_argument("--index", default=None)
    parser.add_argument("--shards", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-load", action="store_true", help="reuse an index loaded by an earlier run")
    parser.add_argument("--sample", default=None,
                        help='extra percentiles body fields for the sampled run, e.g. \'{"sample": 0.1}\'')
    parser.add_argument("--only", default="cluster,percentiles,enqueue")
    parser.add_argument("--batch-sizes", default="1000,10000", help="enqueue batch sizes to time, comma-separated")
    args = parser.parse_args()

    node = Node(args.es)
    index = args.index or f"dpx-bench-{args.records}"
    print(f"bench {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, node {args.es}, index {index}, "
          f"load average {open('/proc/loadavg').read().split()[:3]}")
    if not args.skip_load:
        load(node, index, args.records, args.seed, args.shards)
    node.call("PUT", f"/{index}/_settings", {"index": {"requests.cache.enable": False}})
    results = {"records": args.records}
    only = args.only.split(",")
    if "cluster" in only:
        results.update(bench_cluster(node, index, args.runs))
    if "percentiles" in only:
        results.update(bench_percentiles(node, index, args.runs, args.sample))
    if "enqueue" in only:
        transformers = ["features"]
        flush = redis_flusher(args.redis, args.prefix, transformers)
        for batch_size in (int(size) for size in args.batch_sizes.split(",")):
            results.update(bench_enqueue(node, index, max(1, args.runs // 2), flush, transformers, batch_size))
        flush()
    print("result " + json.dumps(results))
    print(f"load average after {open('/proc/loadavg').read().split()[:3]}")


if __name__ == "__main__":
    main()
