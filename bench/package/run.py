#!/usr/bin/env python3
"""A meeting's package, streamed (issue 13, item 8): builds a package of about 200 MB and prints
the server's peak resident memory growth while it is made and sent, and the time it takes.

Starts `enlace serve --demo` over a fresh SQLite database (or the empty database of
BENCH_PACKAGE_DATABASE, e.g. a new PostgreSQL database) on a free loopback port, signs in as the
Secretariat and uploads BENCH_PACKAGE_FILES files of BENCH_PACKAGE_FILE_MB MB (random bytes behind
a PDF header, so they do not compress) to a demo meeting. It then restarts the server on the same
database, so that the uploads' memory is not counted, asks for one small request, resets the
server's peak-RSS mark (/proc/PID/clear_refs, "5") and downloads GET /api/v1/meetings/{id}/package
into a temporary file, reading it 1 MiB at a time. It prints the time to the first byte and in
all, the throughput, the package's size, the server's resident memory before and its peak during
the download (VmHWM) and the growth; then checks the ZIP (every entry's CRC) and the SHA-256 of one
uploaded file against the manifest. The goal of the issue is a growth under 50 MB.

BENCH_PACKAGE_SOURCE=documents uploads them instead as library documents of the meeting
(POST /api/v1/documents at level `members`, then one version each with a Spanish file), which the
package takes under documents/ at their frozen version (decision 0092).

Settings (environment): ENLACE_BIN (default build/release/bin/enlace, else build/dev/bin/enlace),
BENCH_PACKAGE_FILES=10, BENCH_PACKAGE_FILE_MB=20 (the upload cap is 20 MiB),
BENCH_PACKAGE_SOURCE=files|documents (default files: the meeting's attachments),
BENCH_PACKAGE_DATABASE (default: a SQLite file in a temporary folder).
Exits non-zero only when something could not run; it judges no figure.
"""
import hashlib
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FILES = int(os.environ.get("BENCH_PACKAGE_FILES", "10"))
FILE_BYTES = int(float(os.environ.get("BENCH_PACKAGE_FILE_MB", "20")) * 1000 * 1000)
SOURCE = os.environ.get("BENCH_PACKAGE_SOURCE", "files")


def enlace_binary():
    if os.environ.get("ENLACE_BIN"):
        return os.environ["ENLACE_BIN"]
    for candidate in ("build/release/bin/enlace", "build/dev/bin/enlace"):
        if os.access(os.path.join(ROOT, candidate), os.X_OK):
            return os.path.join(ROOT, candidate)
    return os.path.join(ROOT, "build/release/bin/enlace")


def fail(message):
    print(f"bench/package: {message}", file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_kb(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class Server:
    def __init__(self, binary, database, folder, demo):
        self.port = free_port()
        self.out_path = os.path.join(folder, f"server-{self.port}.out")
        self.log_path = os.path.join(folder, f"server-{self.port}.log")
        command = [binary, "--database", database, "serve", "--listen", f"127.0.0.1:{self.port}",
                   "--reminder-interval", "0", "--anonymous-rate", "0"]
        if demo:
            command += ["--demo", "--demo-credentials", os.path.join(folder, "credentials.json")]
        self.process = subprocess.Popen(command, stdout=open(self.out_path, "w"), stderr=open(self.log_path, "w"))
        for _ in range(1200):
            if "enlace: serving" in open(self.out_path).read():
                return
            if self.process.poll() is not None:
                fail("enlace exited before serving: " + open(self.log_path).read()[-2000:])
            time.sleep(0.1)
        fail("enlace did not start serving within 120 s")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Client:
    def __init__(self, port):
        self.port = port
        self.cookie = None
        self.csrf = None

    def request(self, method, path, body=None, headers=None, stream_to=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        all_headers = dict(headers or {})
        if self.cookie:
            all_headers["Cookie"] = self.cookie
        if self.csrf and method != "GET":
            all_headers["X-CSRF-Token"] = self.csrf
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        if stream_to is None:
            data = response.read()
            connection.close()
            return response.status, response.getheaders(), data
        first_byte = None
        size = 0
        while True:
            piece = response.read(1 << 20)
            if first_byte is None:
                first_byte = time.monotonic()
            if not piece:
                break
            stream_to.write(piece)
            size += len(piece)
        connection.close()
        return response.status, first_byte, size

    def sign_in(self, email, password):
        status, headers, body = self.request("POST", "/api/v1/session", json.dumps(
            {"email": email, "password": password}).encode(), {"Content-Type": "application/json"})
        if status != 200:
            fail(f"sign-in answered {status}: {body[:200]!r}")
        for name, value in headers:
            if name.lower() == "set-cookie" and value.startswith("enlace_session="):
                self.cookie = value.split(";")[0]
        self.csrf = json.loads(body).get("csrf_token")
        if not self.cookie:
            fail("sign-in set no session cookie")


def pdf_like(size, seed):
    head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    tail = b"\n%%EOF\n"
    return head + os.urandom(size - len(head) - len(tail)) + tail


def main():
    binary = enlace_binary()
    if SOURCE not in ("files", "documents"):
        fail(f"BENCH_PACKAGE_SOURCE must be files or documents, not {SOURCE!r}")
    if not os.access(binary, os.X_OK):
        fail(f"{binary} not found: build it (cmake --build --preset release --target enlace)")
    folder = tempfile.mkdtemp(prefix="enlace-bench-package-")
    database = os.environ.get("BENCH_PACKAGE_DATABASE") or f"sqlite:{folder}/enlace.db"
    servers = []
    try:
        server = Server(binary, database, folder, demo=True)
        servers.append(server)
        accounts = json.load(open(os.path.join(folder, "credentials.json")))["users"]
        secretariat = next(a for a in accounts if a["email"].startswith("secretaria"))
        client = Client(server.port)
        client.sign_in(secretariat["email"], secretariat["password"])
        status, _, body = client.request("GET", "/api/v1/meetings")
        if status != 200:
            fail(f"GET /api/v1/meetings answered {status}")
        meeting = json.loads(body)["items"][0]["id"]
        boundary = "benchpackage0000"
        one_file = None
        started = time.monotonic()
        for n in range(FILES):
            content = pdf_like(FILE_BYTES, n)
            if n == 0:
                one_file = hashlib.sha256(content).hexdigest()
            part = "file_es" if SOURCE == "documents" else "file"
            body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{part}\"; filename=\"big-{n:02d}.pdf\"\r\n"
                    "Content-Type: application/pdf\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
            target = f"/api/v1/meetings/{meeting}/files"
            if SOURCE == "documents":
                status, _, answer = client.request("POST", "/api/v1/documents", json.dumps(
                    {"type": "working_document", "symbol": f"BIG-{n:02d}", "title": {"es": f"Grande {n}", "en": None},
                     "meeting": meeting, "access": "members"}).encode(), {"Content-Type": "application/json"})
                if status != 201:
                    fail(f"creating document {n} answered {status}: {answer[:300]!r}")
                target = f"/api/v1/documents/{json.loads(answer)['id']}/versions"
            status, _, answer = client.request("POST", target, body,
                                               {"Content-Type": f"multipart/form-data; boundary={boundary}"})
            if status != 201:
                fail(f"upload {n} answered {status}: {answer[:300]!r}")
        uploaded_seconds = time.monotonic() - started
        server.stop()

        # A new process for the download, so that the uploads' memory is not counted.
        server = Server(binary, database, folder, demo=False)
        servers.append(server)
        client = Client(server.port)
        client.sign_in(secretariat["email"], secretariat["password"])
        status, _, _ = client.request("GET", f"/api/v1/meetings/{meeting}")
        if status != 200:
            fail(f"GET the meeting answered {status}")
        pid = server.process.pid
        rss_before = status_kb(pid, "VmRSS")
        hwm_reset = True
        try:
            with open(f"/proc/{pid}/clear_refs", "w") as clear:
                clear.write("5")
        except OSError:
            hwm_reset = False
        hwm_before = status_kb(pid, "VmHWM")
        package_path = os.path.join(folder, "package.zip")
        started = time.monotonic()
        with open(package_path, "wb") as out:
            status, first_byte, size = client.request("GET", f"/api/v1/meetings/{meeting}/package?lang=both",
                                                      stream_to=out)
        total_seconds = time.monotonic() - started
        hwm_after = status_kb(pid, "VmHWM")
        rss_after = status_kb(pid, "VmRSS")
        if status != 200:
            fail(f"GET the package answered {status}: {open(package_path, 'rb').read(300)!r}")

        with zipfile.ZipFile(package_path) as archive:
            broken = archive.testzip()
            if broken:
                fail(f"the package's entry {broken} fails its CRC")
            manifest = archive.read("manifest-sha256.txt").decode()
            names = archive.namelist()
        first_path = "documents/big-00-v1-es.pdf" if SOURCE == "documents" else "files/big-00.pdf"
        if f"{one_file}  {first_path}" not in manifest:
            fail("the manifest does not list the first uploaded file with its SHA-256")

        mb = 1000 * 1000
        print("== meeting package benchmark (bench/package/run.py) ==")
        print(f"server:        {binary}")
        print(f"database:      {database.split('@')[-1] if database.startswith('postgres') else 'SQLite (temporary file)'}")
        print(f"load average:  {open('/proc/loadavg').read().split()[:3]} at the end; {os.cpu_count()} cores")
        print(f"files:         {FILES} × {FILE_BYTES / mb:.0f} MB uploaded in {uploaded_seconds:.1f} s "
              f"({'library documents of the meeting' if SOURCE == 'documents' else 'meeting attachments'})")
        print(f"package:       {size / mb:.1f} MB, {len(names)} entries, every CRC checked, manifest checked")
        print(f"time:          first byte after {first_byte - started:.2f} s, all in {total_seconds:.2f} s "
              f"({size / mb / total_seconds:.0f} MB/s)")
        print(f"server memory: RSS {rss_before / 1024:.0f} MB before, peak {hwm_after / 1024:.0f} MB during "
              f"(VmHWM, {'reset before the download' if hwm_reset else 'NOT reset: peak since start'}), "
              f"{rss_after / 1024:.0f} MB after")
        print(f"peak growth:   {(hwm_after - max(rss_before, hwm_before if hwm_reset else rss_before)) / 1024:.1f} MB "
              f"(goal: under 50 MB)")
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
