#!/usr/bin/env python3
"""Overload benchmark (issue 9, item 2): is overload shed, not suffered?

Starts `enlace serve --demo` over a fresh SQLite database on a free loopback port, signs in as the
Secretariat, then:

1. measures the capacity of a cheap signed-in GET (`/api/v1/me`): a closed loop of
   BENCH_CONCURRENCY clients for BENCH_CAPACITY_SECONDS, answered 200 per second;
2. drives BENCH_FACTOR (4) times that rate, open loop (requests are sent on schedule whether or not
   earlier ones were answered; latency counts from the scheduled time), for BENCH_SECONDS (20), while
   a probe asks /healthz every 100 ms;
3. after the load, asks the route every 50 ms until it is answered 200 within twice the median latency
   at capacity: the time to recover.

Prints admitted (200) and refused (503 overloaded, 429) counts, other answers and socket errors,
p50/p95/p99 of admitted requests, /healthz latency under load and the recovery time. The load
generator is single-threaded Python on the same cores as the server: the offered rate it reached is
printed too, so a generator that could not keep up shows. Exits non-zero only when something could not
run.

Settings (environment): ENLACE_BIN (default build/dev/bin/enlace), BENCH_THREADS (the server's
--threads, default 16), BENCH_FACTOR, BENCH_SECONDS, BENCH_CAPACITY_SECONDS, BENCH_CONCURRENCY,
BENCH_ROUTE.
"""

import asyncio
import json
import multiprocessing
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENLACE = os.environ.get("ENLACE_BIN", os.path.join(ROOT, "build/dev/bin/enlace"))
THREADS = os.environ.get("BENCH_THREADS", "16")
FACTOR = float(os.environ.get("BENCH_FACTOR", "4"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "20"))
CAPACITY_SECONDS = float(os.environ.get("BENCH_CAPACITY_SECONDS", "8"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "32"))
ROUTE = os.environ.get("BENCH_ROUTE", "/api/v1/me")
MAX_CONNECTIONS = int(os.environ.get("BENCH_MAX_CONNECTIONS", "8000"))  # open-loop pool of keep-alive connections


def fail(message):
    print(f"bench: {message}", file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


class Connection:
    """One keep-alive HTTP/1.1 connection."""

    def __init__(self, port):
        self.port = port
        self.reader = None
        self.writer = None

    async def request(self, method, path, headers=None, body=b""):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for name, value in (headers or {}).items():
            head += f"{name}: {value}\r\n"
        if body:
            head += f"Content-Length: {len(body)}\r\n"
        self.writer.write(head.encode() + b"\r\n" + body)
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split()[1])
        length, close, answer_headers = 0, False, []
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            answer_headers.append((name.strip().lower(), value.strip()))
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and "close" in value.lower():
                close = True
        answer = await self.reader.readexactly(length) if length else b""
        if close:
            self.close()
        return status, answer_headers, answer

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def sign_in(port, email, password):
    connection = Connection(port)
    status, headers, body = await connection.request(
        "POST", "/api/v1/session", {"Content-Type": "application/json"},
        json.dumps({"email": email, "password": password}).encode())
    connection.close()
    if status != 200:
        fail(f"sign-in answered {status}: {body[:200]!r}")
    for name, value in headers:
        if name == "set-cookie" and value.startswith("enlace_session="):
            return value.split(";")[0]
    fail("sign-in set no session cookie")


async def capacity(port, cookie):
    """Closed loop: CONCURRENCY clients as fast as answers come."""
    done, latencies = 0, []
    stop = time.monotonic() + CAPACITY_SECONDS

    async def client():
        nonlocal done
        connection = Connection(port)
        while time.monotonic() < stop:
            started = time.monotonic()
            status, _, _ = await connection.request("GET", ROUTE, {"Cookie": cookie})
            if status == 200:
                done += 1
                latencies.append(time.monotonic() - started)
        connection.close()

    started = time.monotonic()
    await asyncio.gather(*(client() for _ in range(CONCURRENCY)))
    return done / (time.monotonic() - started), statistics.median(latencies)


async def overload(port, cookie, rate):
    idle = []
    opened = 0
    counts = {}
    admitted, healthz = [], []
    admitted_from_send = []
    errors = 0
    sent = 0
    pending = set()
    begin = time.monotonic()
    end = begin + SECONDS

    async def one(scheduled):
        nonlocal opened, errors
        if idle:
            connection = idle.pop()
        elif opened < MAX_CONNECTIONS:
            opened += 1
            connection = Connection(port)
        else:
            counts["generator: no connection"] = counts.get("generator: no connection", 0) + 1
            return
        sent_at = time.monotonic()
        try:
            status, headers, body = await connection.request("GET", ROUTE, {"Cookie": cookie})
        except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError):
            errors += 1
            connection.close()
            opened -= 1
            return
        took = time.monotonic() - scheduled
        key = str(status)
        if status >= 400:
            match = re.search(rb'"code"\s*:\s*"([a-z_]+)"', body)
            key += " " + (match.group(1).decode() if match else "")
            if not any(name == "retry-after" for name, _ in headers):
                key += " (no Retry-After)"
        counts[key] = counts.get(key, 0) + 1
        if status == 200:
            admitted.append(took)
            admitted_from_send.append(time.monotonic() - sent_at)
        if connection.writer is None:
            opened -= 1
        else:
            idle.append(connection)

    # /healthz is probed from another process, so that the generator's own event loop does not delay it.
    results = multiprocessing.Queue()
    prober = multiprocessing.Process(target=probe_healthz, args=(port, SECONDS, results))
    prober.start()
    interval = 1.0 / rate
    next_at = begin
    while next_at < end:
        now = time.monotonic()
        if now < next_at:
            await asyncio.sleep(next_at - now)
        # Catch up in bursts when the event loop fell behind: the schedule, not the answers, sets the rate.
        while next_at <= time.monotonic() and next_at < end:
            task = asyncio.create_task(one(next_at))
            pending.add(task)
            task.add_done_callback(pending.discard)
            sent += 1
            next_at += interval
    offered = sent / (time.monotonic() - begin)
    load_ended = time.monotonic()
    healthz.extend(await asyncio.get_running_loop().run_in_executor(None, results.get))
    prober.join()
    if pending:
        await asyncio.wait(pending, timeout=30)
    for connection in idle:
        connection.close()
    return counts, admitted, admitted_from_send, healthz, errors, sent, offered, load_ended


async def recovery(port, cookie, load_ended, budget):
    connection = Connection(port)
    while time.monotonic() - load_ended < 120:
        started = time.monotonic()
        try:
            status, _, _ = await connection.request("GET", ROUTE, {"Cookie": cookie})
        except (OSError, ConnectionError, asyncio.IncompleteReadError):
            connection.close()
            status = 0
        if status == 200 and time.monotonic() - started <= budget:
            connection.close()
            return time.monotonic() - load_ended
        await asyncio.sleep(0.05)
    connection.close()
    return float("inf")


def probe_healthz(port, seconds, results):
    """Asks /healthz every 100 ms for `seconds` on one keep-alive connection: (latency, status) pairs."""
    answers = []
    end = time.monotonic() + seconds
    connection = None
    while time.monotonic() < end:
        started = time.monotonic()
        try:
            if connection is None:
                connection = socket.create_connection(("127.0.0.1", port), timeout=10)
                stream = connection.makefile("rb")
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            status = int(stream.readline().split()[1])
            length = 0
            while True:
                line = stream.readline()
                if line in (b"\r\n", b""):
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            stream.read(length)
            answers.append((time.monotonic() - started, status))
        except (OSError, ValueError, IndexError):
            answers.append((float("inf"), 0))
            connection = None
        time.sleep(0.1)
    results.put(answers)


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


async def main():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, MAX_CONNECTIONS + 100)), hard))
    if not os.access(ENLACE, os.X_OK):
        fail(f"{ENLACE} not found: build it (cmake --build --preset dev --target enlace)")
    folder = tempfile.mkdtemp(prefix="enlace-overload-")
    port = free_port()
    credentials = os.path.join(folder, "credentials.json")
    out = open(os.path.join(folder, "server.out"), "w")
    log = open(os.path.join(folder, "server.log"), "w")
    server = subprocess.Popen(
        [ENLACE, "--database", f"sqlite:{folder}/enlace.db", "serve", "--demo", "--demo-credentials", credentials,
         "--listen", f"127.0.0.1:{port}", "--threads", THREADS, "--reminder-interval", "0"],
        stdout=out, stderr=log)
    try:
        for _ in range(600):
            if "enlace: serving" in open(os.path.join(folder, "server.out")).read():
                break
            if server.poll() is not None:
                fail("enlace exited before serving: " + open(os.path.join(folder, "server.log")).read()[-2000:])
            await asyncio.sleep(0.1)
        else:
            fail("enlace did not start serving within 60 s")
        accounts = json.load(open(credentials))["users"]
        secretariat = next(a for a in accounts if a["email"].startswith("secretaria"))
        cookie = await sign_in(port, secretariat["email"], secretariat["password"])

        rate, median_at_capacity = await capacity(port, cookie)
        target = rate * FACTOR
        print(f"enlace {os.path.relpath(ENLACE, ROOT)}, --threads {THREADS}, SQLite, {os.cpu_count()} cores, "
              f"load average {open('/proc/loadavg').read().split()[0]}")
        print(f"capacity of GET {ROUTE} (signed in, {CONCURRENCY} clients, {CAPACITY_SECONDS:.0f} s): "
              f"{rate:.0f} req/s, median {ms(median_at_capacity)}")
        print(f"driving {FACTOR:g}x = {target:.0f} req/s for {SECONDS:.0f} s (open loop) ...")
        counts, admitted, from_send, healthz, errors, sent, offered, load_ended = await overload(port, cookie, target)
        recovered = await recovery(port, cookie, load_ended, max(2 * median_at_capacity, 0.05))
        refused = sum(n for k, n in counts.items() if k.startswith(("503", "429")))
        answered = sum(counts[k] for k in counts if not k.startswith("generator"))
        print(f"offered: {sent} requests, {offered:.0f} req/s scheduled; {answered} reached the server and were "
              f"answered ({answered / SECONDS:.0f}/s = {answered / SECONDS / rate:.1f}x capacity)")
        print(f"admitted (200): {len(admitted)} ({len(admitted) / SECONDS:.0f}/s); refused (503/429): {refused}; "
              f"socket errors: {errors}")
        for key in sorted(counts):
            print(f"  {key}: {counts[key]}")
        print(f"admitted latency (from the scheduled time): p50 {ms(percentile(admitted, 50))}, "
              f"p95 {ms(percentile(admitted, 95))}, p99 {ms(percentile(admitted, 99))}, max {ms(max(admitted or [0]))}")
        print(f"admitted latency (from the moment it was written): p50 {ms(percentile(from_send, 50))}, "
              f"p95 {ms(percentile(from_send, 95))}, p99 {ms(percentile(from_send, 99))}, max {ms(max(from_send or [0]))}")
        health_times = [t for t, s in healthz if s == 200]
        print(f"/healthz under load: {len(health_times)}/{len(healthz)} answered 200, p50 {ms(percentile(health_times, 50))}, "
              f"p99 {ms(percentile(health_times, 99))}, max {ms(max(health_times or [0]))}")
        print(f"recovered (a {ROUTE} answered 200 within {ms(max(2 * median_at_capacity, 0.05))}) "
              f"{ms(recovered)} after the load ended")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
