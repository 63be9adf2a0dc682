#!/usr/bin/env python3
"""Publish -> notification latency of the same alert through Prometheus + Alertmanager, on loopback.

Reference for bench_alerts (docs/BENCHMARKS.md, "Alerting"); needs the Debian packages
`prometheus` and `prometheus-alertmanager` (binaries /usr/bin/prometheus and
/usr/bin/prometheus-alertmanager). Nothing is installed or left running: both run from a
temporary directory on 127.0.0.1 ports chosen at start and are stopped at the end.

  exporter (this script, HTTP /metrics): gauge agent_stage_latency_p99_ms{agent="..."} for 3,000
      agents (30..180 ms). Spike i: one agent's value goes to 1500 at a staggered moment (the
      "publish" time) and stays there for --hold seconds (a Prometheus scrape must see it).
  prometheus: scrapes the exporter; rule  alert: AgentStageP99Over1s
      expr: agent_stage_latency_p99_ms > 1000   (no `for:`, like the workbench rule "for 0")
  alertmanager: route group_by [alertname, agent] (each spike its own group: the best case for a
      new alert), webhook receiver = this script.
  latency = time the webhook receives the firing alert - time the exporter changed the value.

  --mode=defaults  documented defaults: scrape_interval 1m, evaluation_interval 1m (Prometheus
                   global defaults, not set in the file), group_wait 30s (Alertmanager default)
  --mode=tuned     scrape_interval 1s, evaluation_interval 1s, group_wait 0s, group_interval 1s
"""

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

AGENTS = 3000
ALERT = "AgentStageP99Over1s"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values, p):
    v = sorted(values)
    if not v:
        return float("nan")
    k = int(round(p * (len(v) - 1)))
    return v[k]


class State:
    def __init__(self, spikes):
        self.lock = threading.Lock()
        self.spikes = spikes            # list of (agent, start, end)
        self.received = {}              # agent -> wall time of first firing notification
        self.scrapes = 0
        rng = random.Random(20261125)
        self.base = [min(180.0, max(30.0, rng.lognormvariate(4.094, 0.5))) for _ in range(AGENTS)]


def make_exporter(state):
    class Exporter(BaseHTTPRequestHandler):
        def do_GET(self):
            now = time.time()
            with state.lock:
                active = {a for a, s, e in state.spikes if s <= now < e}
            lines = ["# TYPE agent_stage_latency_p99_ms gauge"]
            for i in range(AGENTS):
                v = 1500.0 if i in active else state.base[i]
                lines.append('agent_stage_latency_p99_ms{agent="a%04d"} %.1f' % (i, v))
            body = ("\n".join(lines) + "\n").encode()
            with state.lock:
                state.scrapes += 1
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Exporter


def make_webhook(state):
    class Webhook(BaseHTTPRequestHandler):
        def do_POST(self):
            now = time.time()
            data = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
            with state.lock:
                for a in data.get("alerts", []):
                    labels = a.get("labels", {})
                    if a.get("status") == "firing" and labels.get("alertname") == ALERT:
                        agent = int(labels.get("agent", "a-1")[1:])
                        state.received.setdefault(agent, now)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    return Webhook


def wait_ready(url, timeout):
    end = time.time() + timeout
    while time.time() < end:
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    return True
        except Exception:
            time.sleep(0.2)
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["defaults", "tuned"], default="defaults")
    ap.add_argument("--spikes", type=int, default=None)
    ap.add_argument("--spacing", type=float, default=None, help="seconds between spike starts (plus jitter)")
    ap.add_argument("--hold", type=float, default=None, help="seconds a spike stays above the threshold")
    args = ap.parse_args()
    defaults = args.mode == "defaults"
    spikes_n = args.spikes or (24 if defaults else 40)
    spacing = args.spacing or (12.5 if defaults else 2.0)
    hold = args.hold or (180.0 if defaults else 4.0)

    for binary in ("prometheus", "prometheus-alertmanager"):
        if not shutil.which(binary):
            sys.exit(f"{binary} not found (apt-get install prometheus prometheus-alertmanager)")

    work = tempfile.mkdtemp(prefix="prom-compare-")
    state = State([])

    exporter = ThreadingHTTPServer(("127.0.0.1", 0), make_exporter(state))
    webhook = ThreadingHTTPServer(("127.0.0.1", 0), make_webhook(state))
    for server in (exporter, webhook):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    prom_port, am_port = free_port(), free_port()

    glob = "" if defaults else "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
    with open(os.path.join(work, "prometheus.yml"), "w") as f:
        f.write(glob + f"""rule_files: [rules.yml]
alerting:
  alertmanagers:
    - static_configs:
        - targets: ['127.0.0.1:{am_port}']
scrape_configs:
  - job_name: agents
    static_configs:
      - targets: ['127.0.0.1:{exporter.server_address[1]}']
""")
    with open(os.path.join(work, "rules.yml"), "w") as f:
        f.write(f"""groups:
  - name: bench
    rules:
      - alert: {ALERT}
        expr: agent_stage_latency_p99_ms > 1000
        labels:
          severity: critical
""")
    timing = "" if defaults else "  group_wait: 0s\n  group_interval: 1s\n"
    with open(os.path.join(work, "alertmanager.yml"), "w") as f:
        f.write(f"""route:
  receiver: bench
  group_by: [alertname, agent]
{timing}receivers:
  - name: bench
    webhook_configs:
      - url: http://127.0.0.1:{webhook.server_address[1]}/
        send_resolved: false
""")

    procs = [
        subprocess.Popen(["prometheus-alertmanager", f"--config.file={work}/alertmanager.yml",
                          f"--storage.path={work}/am", f"--web.listen-address=127.0.0.1:{am_port}",
                          "--cluster.listen-address=", "--log.level=warn"],
                         stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "am.log"), "w")),
        subprocess.Popen(["prometheus", f"--config.file={work}/prometheus.yml",
                          f"--storage.tsdb.path={work}/data", f"--web.listen-address=127.0.0.1:{prom_port}",
                          "--log.level=warn"],
                         stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "prom.log"), "w")),
    ]
    try:
        ok = wait_ready(f"http://127.0.0.1:{am_port}/-/ready", 30) and \
            wait_ready(f"http://127.0.0.1:{prom_port}/-/ready", 30)
        if not ok:
            sys.exit("prometheus or alertmanager did not become ready; logs in " + work)
        # Spikes start once both are up; the first after a few scrape/evaluation rounds.
        rng = random.Random(7)
        t0 = time.time() + (20.0 if defaults else 5.0)
        spikes = []
        for i, agent in enumerate(rng.sample(range(AGENTS), spikes_n)):
            start = t0 + i * spacing + rng.uniform(0, spacing / 2)
            spikes.append((agent, start, start + hold))
        with state.lock:
            state.spikes = spikes
        print(f"mode {args.mode}: {spikes_n} spikes, one every {spacing} s (+ jitter), each held {hold} s; "
              f"prometheus {prom_port}, alertmanager {am_port}", flush=True)
        end = spikes[-1][1] + (hold + 30 if defaults else hold + 10)
        while time.time() < end:
            with state.lock:
                if len(state.received) == spikes_n:
                    break
            time.sleep(0.5)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        exporter.shutdown()
        webhook.shutdown()

    lat = []
    for agent, start, _ in spikes:
        got = state.received.get(agent)
        if got is not None:
            lat.append(got - start)
    print(f"scrapes {state.scrapes}; notified {len(lat)} of {spikes_n} spikes")
    if lat:
        print("publish -> webhook s: min %.2f  p50 %.2f  p90 %.2f  max %.2f  mean %.2f" %
              (min(lat), statistics.median(lat), pct(lat, 0.9), max(lat), statistics.mean(lat)))
        print("all (s): " + " ".join("%.1f" % x for x in sorted(lat)))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
