#!/usr/bin/env python3
"""Bulk-loads N synthetic quantized records into an index for the web UI benchmark (bench/ui.md).

Not run in CI. Records follow docs/design.md (features, bins, render.colors, extract) and come in
families so that clustering finds campaigns. Usage:
  python3 bench/ui-load.py --es http://127.0.0.1:30200 --index dpx-bench-ui --records 1000000
"""
import argparse, itertools, json, random, sys, time, urllib.request, pathlib

FEATURES = ["n_urls", "n_img", "n_anchor", "n_meta", "n_link", "n_email", "n_script", "n_words"]
TLDS = ["com", "org", "net", "gov", "edu", "br", "id", "in", "ru", "tr", "vn", "de"]
WORDS = ["hacked", "by", "owned", "security", "team", "cyber", "army", "greetz", "was", "here", "admin",
         "patch", "your", "system", "we", "are", "legion", "ghost", "anonymous", "freedom"]
COLORS = ["#000000", "#ffffff", "#ff0000", "#00ff00", "#0000ff", "#202020", "#c0c0c0", "#ffcc00", "#008080"]


def request(es, method, path, body=None, ctype="application/json"):
    req = urllib.request.Request(es + path, data=body, method=method, headers={"Content-Type": ctype})
    with urllib.request.urlopen(req, timeout=300) as answer:
        return json.loads(answer.read() or b"{}")


def family(rng, f):
    attackers = ["crew%d_%s" % (f, WORDS[rng.randrange(len(WORDS))]) for _ in range(rng.randint(1, 4))]
    return {
        "attackers": attackers, "team": "team%d" % (f % 400),
        "means": [rng.choice([0, 1, 3, 10, 40, 200]) for _ in FEATURES],
        "colors": rng.sample(COLORS, 5), "title": " ".join(rng.sample(WORDS, 4)),
        "hashtag": "#op%d" % (f % 900), "start": 1_500_000_000 + rng.randrange(200_000_000),
        "text_hash": "%016x" % rng.getrandbits(64),
    }


def bin_of(v, mean):
    return 0 if v <= mean * 0.5 else 1 if v <= mean else 2 if v <= mean * 2 else 3


def record(rng, i, fam):
    tld = rng.choice(TLDS)
    domain = "site%d.example.%s" % (i, tld)
    values = [max(0, round(rng.gauss(m, m / 4 + 0.5))) for m in fam["means"]]
    ts = fam["start"] + rng.randrange(30 * 86400)
    return {
        "id": "b%d" % i, "url": "http://%s/index.html" % domain, "domain": domain, "tld": tld,
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts)),
        "attacker": rng.choice(fam["attackers"]), "team": fam["team"], "status": "ok",
        "extract": {"title": fam["title"], "hashtags": [fam["hashtag"]], "text_hash": fam["text_hash"],
                    "encoding": rng.choice(["utf-8", "utf-8", "windows-1252"])},
        "render": {"status": "ok", "colors": fam["colors"], "avg_color_top5": fam["colors"][0]},
        "features": dict(zip(FEATURES, map(float, values)), encoding="utf-8", avg_color_top5=fam["colors"][0]),
        "bins": {f: bin_of(v, m) for f, v, m in zip(FEATURES, values, fam["means"])},
        "thresholds_version": 1,
    }


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--es", default="http://127.0.0.1:30200")
    args.add_argument("--index", default="dpx-bench-ui")
    args.add_argument("--records", type=int, default=1_000_000)
    args.add_argument("--families", type=int, default=5000)
    args.add_argument("--mapping", default=str(pathlib.Path(__file__).resolve().parent.parent
                                               / "worker-fleet/src/main/resources/index/records-mapping.json"))
    a = args.parse_args()
    mapping = json.loads(pathlib.Path(a.mapping).read_text())
    mapping["mappings"]["properties"]["render"] = {"properties": {"colors": {"type": "keyword"},
                                                                  "avg_color_top5": {"type": "keyword"},
                                                                  "status": {"type": "keyword"}}}
    mapping["settings"]["refresh_interval"] = "-1"
    request(a.es, "PUT", "/" + a.index, json.dumps(mapping).encode())
    rng = random.Random(42)
    families = [family(rng, f) for f in range(a.families)]
    weights = list(itertools.accumulate(1.0 / (f + 1) for f in range(a.families)))  # a few large, a long tail
    began, batch = time.time(), []
    for i in range(a.records):
        fam = rng.choices(families, cum_weights=weights)[0] if i % 64 else families[0]
        batch.append('{"index":{"_id":"b%d"}}\n%s\n' % (i, json.dumps(record(rng, i, fam))))
        if len(batch) == 10000 or i == a.records - 1:
            answer = request(a.es, "POST", "/%s/_bulk" % a.index, "".join(batch).encode(), "application/x-ndjson")
            if answer.get("errors"):
                sys.exit("bulk failed: " + json.dumps(answer)[:500])
            batch = []
            print("%d records, %.0f s" % (i + 1, time.time() - began), flush=True)
    request(a.es, "PUT", "/%s/_settings" % a.index, b'{"index":{"refresh_interval":"1s"}}')
    request(a.es, "POST", "/%s/_refresh" % a.index)
    request(a.es, "POST", "/%s/_forcemerge?max_num_segments=1" % a.index)
    print("loaded %d records into %s in %.0f s" % (a.records, a.index, time.time() - began))


if __name__ == "__main__":
    main()
