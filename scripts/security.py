#!/usr/bin/env python3
"""`make security`: attack a local enlace server the way issue 9's tester did, and print what held.

Starts `enlace serve --demo` on a fresh SQLite database on loopback, with the open-file limit lowered
to 256, behind a pretend proxy (--trust-proxy 127.0.0.1), and runs each probe against it. Prints one
row per probe (held / NOT HELD and what was seen) and exits non-zero when a probe did not hold.
sqlmap runs against the query parameters of every list route when it is installed
(`apt-get install sqlmap`); SQLMAP=0 skips it.

  scripts/security.py [--bin build/release/bin/enlace]
"""
import argparse
import http.client
import io
import json
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zipfile

FD_LIMIT = 256


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, folder):
        self.binary = binary
        self.folder = folder
        self.port = free_port()
        self.database = "sqlite:" + os.path.join(folder, "enlace.db")
        self.log_path = os.path.join(folder, "server.log")
        self.credentials = os.path.join(folder, "credentials.json")
        self.process = None

    def start(self):
        log = open(self.log_path, "ab")

        def limits():
            resource.setrlimit(resource.RLIMIT_NOFILE, (FD_LIMIT, FD_LIMIT))

        self.process = subprocess.Popen(
            [self.binary, "--database", self.database, "serve", "--listen", f"127.0.0.1:{self.port}", "--demo",
             "--demo-credentials", self.credentials, "--trust-proxy", "127.0.0.1", "--reminder-interval", "0"],
            stdout=log, stderr=log, preexec_fn=limits)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.healthy(1):
                return
            time.sleep(0.2)
        raise SystemExit("enlace did not start; see " + self.log_path)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def alive(self):
        return self.process.poll() is None

    def healthy(self, timeout=3):
        try:
            status, _, _ = request(self.port, "GET", "/healthz", timeout=timeout)
            return status == 200
        except OSError:
            return False

    def rss_mb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0

    def log(self):
        with open(self.log_path, "rb") as f:
            return f.read()

    def account(self, role):
        users = json.load(open(self.credentials))["users"]
        return next(u for u in users if u["role"] == role)


def request(port, method, path, body=None, headers=None, timeout=30):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


class Client:
    def __init__(self, port):
        self.port = port
        self.cookie = ""
        self.csrf = ""

    def call(self, method, path, payload=None, headers=None, raw=None):
        all_headers = {"Accept-Language": "en"}
        if self.cookie:
            all_headers["Cookie"] = self.cookie
        if self.csrf and method not in ("GET", "HEAD"):
            all_headers["X-CSRF-Token"] = self.csrf
        body = raw
        if payload is not None:
            body = json.dumps(payload).encode()
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        status, response_headers, data = request(self.port, method, path, body, all_headers)
        cookie = response_headers.get("Set-Cookie")
        if cookie and "Max-Age=0" not in cookie:
            self.cookie = cookie.split(";")[0]
        return status, data

    def sign_in(self, email, password, headers=None):
        status, data = self.call("POST", "/api/v1/session", {"email": email, "password": password}, headers)
        if status == 200:
            self.csrf = json.loads(data).get("csrf_token", "")
        return status


def signed_in(server, role):
    account = server.account(role)
    client = Client(server.port)
    status = client.sign_in(account["email"], account["password"])
    if status != 200:
        raise SystemExit(f"cannot sign in as {role}: {status}")
    return client, account


# --- the probes: each returns (held, what was seen) ---------------------------------------------

def deep_json(server):
    observer, _ = signed_in(server, "observer")
    depth = 87_500
    body = ("[" * depth + "]" * depth).encode()
    status, _ = observer.call("POST", "/api/v1/meetings", raw=body, headers={"Content-Type": "application/json"})
    alive = server.alive() and server.healthy()
    return alive and 400 <= status < 500, f"{depth} levels as an observer: {status}; server alive: {alive}"


def nested_docx():
    depth = 50_000
    xml = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body><w:p>' + "<w:r>" * depth + "<w:t>x</w:t>" + "</w:r>" * depth +
           "</w:p></w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml",
                         '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"><Override PartName="/word/document.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def multipart(name, file_name, content, content_type):
    boundary = "enlaceSecurityProbe"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n"
            f"Content-Type: {content_type}\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def deep_docx(server):
    ts, _ = signed_in(server, "secretariat")
    docx = nested_docx()
    body, content_type = multipart("file", "nested.docx", docx,
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    status, data = ts.call("POST", "/api/v1/imports", raw=body, headers={"Content-Type": content_type})
    alive = server.alive() and server.healthy()
    code = json.loads(data).get("code", "") if data.startswith(b"{") else ""
    return alive and 400 <= status < 500, f"{len(docx)} B zip, 50,000 nested runs: {status} {code}; alive: {alive}"


def descriptor_exhaustion(server):
    sockets = []
    for _ in range(FD_LIMIT + 150):
        try:
            s = socket.create_connection(("127.0.0.1", server.port), timeout=2)
            sockets.append(s)
        except OSError:
            break
    time.sleep(2)
    for s in sockets:
        s.close()
    recovered_in = None
    start = time.time()
    while time.time() - start < 15:
        if server.healthy(1):
            recovered_in = time.time() - start
            break
        time.sleep(0.2)
    held = recovered_in is not None and server.alive()
    seen = f"{len(sockets)} idle connections at a limit of {FD_LIMIT} files; "
    seen += f"/healthz again after {recovered_in:.1f} s" if held else "listener did not recover in 15 s"
    return held, seen


def oversized_body(server):
    connection = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    connection.sendall(b"POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       b"Content-Length: 52428800\r\nExpect: 100-continue\r\n\r\n")
    try:
        reply = connection.recv(4096)
    except OSError:
        reply = b""
    connection.close()
    status = reply.split(b" ")[1].decode() if reply.startswith(b"HTTP/1.1") else "no reply"
    return status == "413", f"Content-Length 50 MB on sign-in: {status}"


def burst_of_large_bodies(server):
    idle = server.rss_mb()
    size = 31 * 1024 * 1024
    body = b"{" + b" " * (size - 2) + b"}"
    statuses = []
    peak = [idle]

    def send():
        try:
            status, _, _ = request(server.port, "POST", "/api/v1/meetings", body,
                                   {"Content-Type": "application/json"}, timeout=60)
        except OSError:
            status = "closed"
        statuses.append(status)

    def watch():
        while len(statuses) < 20:
            peak[0] = max(peak[0], server.rss_mb())
            time.sleep(0.05)

    threads = [threading.Thread(target=send) for _ in range(20)]
    watcher = threading.Thread(target=watch)
    watcher.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    watcher.join()
    time.sleep(3)
    after = server.rss_mb()
    accepted = [s for s in statuses if isinstance(s, int) and s < 400]
    held = not accepted and after < idle + 64 and server.healthy()
    counts = {str(s): statuses.count(s) for s in set(statuses)}
    return held, (f"20 × 31 MB anonymous: {counts}; RSS idle {idle:.0f} MB, peak {peak[0]:.0f} MB, "
                  f"3 s after {after:.0f} MB")


def forwarded_for_rotation(server):
    ts = server.account("secretariat")
    statuses = []
    for i in range(40):
        client = Client(server.port)
        statuses.append(client.sign_in(ts["email"], "wrong password " + str(i),
                                       # the forged hop, then the client as the proxy appends it
                                       {"X-Forwarded-For": f"10.9.{i}.1, 198.51.100.7"}))
    throttled = statuses.count(429)
    forged = Client(server.port)
    forged.sign_in(ts["email"], "wrong", {"X-Forwarded-For": "not-an-ip<script>"})
    secretariat, _ = signed_in(server, "secretariat")
    _, data = secretariat.call("GET", "/api/v1/audit?action=session.create&limit=100")
    ips = {entry.get("ip", "") for entry in json.loads(data).get("items", [])}
    forged_ip = any("script" in ip or "not-an-ip" in ip for ip in ips)
    held = throttled > 0 and not forged_ip
    return held, (f"40 wrong passwords through the proxy, a new forged first hop each: {throttled} throttled; "
                  f"'not-an-ip<script>' in the audit ip: {forged_ip}")


def log_injection(server):
    Client(server.port).call("GET", "/api/v1/nothing%0d%0aINJECTED-LINE%1b[31mRED")
    feed_owner, _ = signed_in(server, "country_officer")
    _, data = feed_owner.call("POST", "/api/v1/me/calendar-feed", {})
    url = json.loads(data).get("url", "")
    token = url.rsplit("/", 1)[-1].removesuffix(".ics")
    Client(server.port).call("GET", "/api/v1/calendar/" + token + ".ics")
    time.sleep(0.5)
    log = server.log()
    forged = any(line.startswith(b"INJECTED-LINE") for line in log.split(b"\n"))
    escape = b"\x1b[31mRED" in log
    leaked = bool(token) and token.encode() in log
    held = not forged and not escape and not leaked and bool(token)
    return held, f"forged line: {forged}; raw ESC: {escape}; feed secret in the log: {leaked}"


def sessions_after_password_change(server):
    account = server.account("country_officer")
    first, second = Client(server.port), Client(server.port)
    first.sign_in(account["email"], account["password"])
    second.sign_in(account["email"], account["password"])
    _, feed = first.call("POST", "/api/v1/me/calendar-feed", {})
    feed_url = json.loads(feed).get("url", "")
    feed_path = feed_url[feed_url.find("/api/"):]
    new_password = "Another long passphrase 2026!"
    status, _ = first.call("POST", "/api/v1/me/password",
                           {"current_password": account["password"], "new_password": new_password})
    other, _ = second.call("GET", "/api/v1/me")
    own, _ = first.call("GET", "/api/v1/me")
    feed_status, _, _ = request(server.port, "GET", feed_path)
    held = status in (200, 204) and other == 401 and own == 200 and feed_status in (401, 403, 404)
    # Put the password back for the probes that follow.
    first.call("POST", "/api/v1/me/password", {"current_password": new_password, "new_password": account["password"]})
    return held, (f"change: {status}; other session: {other}; this session: {own}; "
                  f"old calendar feed: {feed_status}")


def content_types_and_origin(server):
    account = server.account("country_officer")
    body = json.dumps({"email": account["email"], "password": account["password"]}).encode()
    form, _, _ = request(server.port, "POST", "/api/v1/session", body,
                         {"Content-Type": "application/x-www-form-urlencoded; a=application/json"})
    foreign, _, _ = request(server.port, "POST", "/api/v1/session", body,
                            {"Content-Type": "application/json", "Origin": "https://attacker.example"})
    client, _ = signed_in(server, "country_officer")
    jsonx, _ = client.call("PATCH", "/api/v1/me", raw=b'{"language":"es"}',
                           headers={"Content-Type": "application/jsonx"})
    none, _ = client.call("PATCH", "/api/v1/me", raw=b'{"language":"es"}', headers={"Content-Type": ""})
    held = form == 415 and foreign == 403 and jsonx == 415 and none == 415
    return held, (f"form-encoded sign-in: {form}; foreign Origin: {foreign}; application/jsonx: {jsonx}; "
                  f"no content type: {none}")


def anonymous_refusals(server):
    secretariat, _ = signed_in(server, "secretariat")

    def denied_rows():
        _, data = secretariat.call("GET", "/api/v1/audit?action=meeting.create&outcome=denied&limit=500")
        return len(json.loads(data).get("items", []))

    before = denied_rows()
    statuses = []
    for _ in range(500):
        status, _, _ = request(server.port, "POST", "/api/v1/meetings", b"{}", {"Content-Type": "application/json"})
        statuses.append(status)
    time.sleep(1)
    rows = denied_rows() - before
    limited = statuses.count(429)
    held = rows <= 5 and limited > 0
    return held, (f"500 anonymous refused writes: {rows} new audit rows; {limited} answered 429 "
                  f"(rows are counted per client and minute and written when the minute ends)")


def bomb(parts, inner, size):
    """A zip (an Office file) whose part `inner` inflates to `size` bytes of text from a few hundred KB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        with archive.open(inner, "w", force_zip64=True) as out:
            out.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                      b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
            chunk = b"a" * (1 << 20)
            for _ in range(size >> 20):
                out.write(chunk)
            out.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buffer.getvalue()


DOCX_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.document.main+xml"/></Types>')


def document_bombs(server):
    """A document version that is a DOCX bomb (512 MB of text inflated) and a renamed executable:
    refused or stored without inflating; searching afterwards answers and the server's memory stays put."""
    ts, _ = signed_in(server, "secretariat")
    status, data = ts.call("POST", "/api/v1/documents", {"type": "working_document", "symbol": "SEC/1",
                                                         "title": {"es": "Sonda", "en": "Probe"}, "meeting": None,
                                                         "access": "members"})
    if status != 201:
        return False, f"cannot create a document: {status} {data[:200]!r}"
    document = json.loads(data)["id"]
    before = server.rss_mb()
    docx = bomb({"[Content_Types].xml": DOCX_TYPES}, "word/document.xml", 512 << 20)
    body, content_type = multipart("file_es", "bomb.docx", docx,
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    bombed, bomb_data = ts.call("POST", f"/api/v1/documents/{document}/versions", raw=body,
                                headers={"Content-Type": content_type})
    elf = b"\x7fELF" + b"\0" * 4096
    body, content_type = multipart("file_es", "informe.pdf", elf, "application/pdf")
    renamed, _ = ts.call("POST", f"/api/v1/documents/{document}/versions", raw=body,
                         headers={"Content-Type": content_type})
    searched, _ = ts.call("GET", "/api/v1/search?q=aaaa")
    grown = server.rss_mb() - before
    alive = server.alive() and server.healthy()
    held = alive and bombed < 500 and 400 <= renamed < 500 and searched == 200 and grown < 200
    return held, (f"{len(docx) >> 10} KB DOCX inflating to 512 MB: {bombed}; renamed ELF as PDF: {renamed}; "
                  f"search afterwards: {searched}; RSS grew {grown:.0f} MB; alive: {alive}")


def workbook_bomb(server):
    """A matrix workbook whose sheet inflates to 512 MB: a clear refusal, bounded memory."""
    ts, _ = signed_in(server, "secretariat")
    _, data = ts.call("GET", "/api/v1/matrices")
    matrices = json.loads(data)["items"]
    if not matrices:
        return False, "the demo has no matrix"
    matrix = matrices[0]["id"]
    _, data = ts.call("GET", f"/api/v1/matrices/{matrix}")
    rounds = [r for r in json.loads(data)["rounds"] if r["state"] == "open"]
    if not rounds:
        return False, "the demo matrix has no open round"
    number = rounds[-1].get("number", len(json.loads(data)["rounds"]))
    xlsx = bomb({"[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/content-types"/>', "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://'
                 'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="a" sheetId="1" r:id="rId1" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>'},
                "xl/sharedStrings.xml", 512 << 20)
    before = server.rss_mb()
    body, content_type = multipart("file", "HN.xlsx", xlsx,
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    status, answer = ts.call("POST", f"/api/v1/matrices/{matrix}/rounds/{number}/workbook", raw=body,
                             headers={"Content-Type": content_type})
    grown = server.rss_mb() - before
    alive = server.alive() and server.healthy()
    code = json.loads(answer).get("error", {}).get("code", "") if answer.startswith(b"{") else ""
    return alive and 400 <= status < 500 and grown < 200, (
        f"{len(xlsx) >> 10} KB XLSX inflating to 512 MB: {status} {code}; RSS grew {grown:.0f} MB; alive: {alive}")


def search_and_links(server):
    """Search with the full-text engines' own syntax, a 100 KB query and control characters; forged and
    malformed distribution links; a meeting package asked for by an observer of a missing meeting."""
    member, _ = signed_in(server, "country_officer")
    statuses = []
    for query in ['"', 'NEAR(a b', "a OR", "*", "tráfico:*", "a & | ! b", "'; DROP TABLE documents; --",
                  "x" * 100_000, "%00%1b[31m", "\\"]:
        status, _ = member.call("GET", "/api/v1/search?q=" + urllib.parse.quote(query))
        statuses.append(status)
    links = []
    for token in ["x", "A" * 4000, "..%2F..%2Fetc%2Fpasswd", "v1.1.1.deadbeef", "%00"]:
        status, _, _ = request(server.port, "GET", "/api/v1/document-links/" + token)
        links.append(status)
    package, _ = member.call("GET", "/api/v1/meetings/999999/package")
    alive = server.alive() and server.healthy()
    held = alive and all(s < 500 for s in statuses) and all(400 <= s < 500 for s in links) and package == 404
    return held, (f"search answers {sorted(set(statuses))}; forged links {sorted(set(links))}; "
                  f"package of a missing meeting {package}; alive: {alive}")


def sqlmap(server, folder):
    if os.environ.get("SQLMAP") == "0":
        return None, "skipped (SQLMAP=0)"
    binary = shutil.which("sqlmap")
    if not binary:
        return None, "sqlmap is not installed (apt-get install sqlmap)"
    secretariat, _ = signed_in(server, "secretariat")
    targets = ["/api/v1/meetings?body=RCGM", "/api/v1/commitments?party=HN&status=pending&meeting=1",
               "/api/v1/contact-points?country=HN&network=x&topic=y", "/api/v1/users?role=observer",
               "/api/v1/audit?actor=a&action=b&record_type=c&record_id=d", "/api/v1/cooperation-requests?state=open",
               "/api/v1/notifications?unread=true", "/api/v1/search?q=trafico&type=document&lang=es",
               "/api/v1/documents?meeting=1&type=report&language=es&q=informe"]
    found = []
    for target in targets:
        run = subprocess.run(
            [binary, "-u", f"http://127.0.0.1:{server.port}{target}", "--batch", "--level", "2", "--risk", "1",
             "--cookie", secretariat.cookie, "--output-dir", os.path.join(folder, "sqlmap"), "--disable-coloring",
             "--technique", "BEUT",
             # the query's parameters only: a mutated session cookie would only sign sqlmap out
             "-p", ",".join(pair.split("=")[0] for pair in target.split("?", 1)[1].split("&"))],
            capture_output=True, text=True, timeout=900)
        with open(os.path.join(folder, f"sqlmap-{len(found)}-{targets.index(target)}.txt"), "w") as out:
            out.write(run.stdout)
        if "identified the following injection point" in run.stdout:
            found.append(target)
        elif "do not appear to be injectable" not in run.stdout:
            found.append(target + " (no verdict: see sqlmap-*.txt)")
    held = not found and server.alive()
    return held, f"{len(targets)} list routes: " + ("no injectable parameter" if held else "injectable: " + ", ".join(found))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.environ.get("ENLACE_BIN", "build/release/bin/enlace"))
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="enlace-security-")
    server = Server(os.path.abspath(args.bin), folder)
    server.start()
    probes = [
        ("1 deep JSON body", lambda: deep_json(server)),
        ("2 deeply nested DOCX import", lambda: deep_docx(server)),
        ("3 descriptor exhaustion", lambda: descriptor_exhaustion(server)),
        ("4a oversized Content-Length", lambda: oversized_body(server)),
        ("4b burst of large bodies", lambda: burst_of_large_bodies(server)),
        ("5 X-Forwarded-For rotation", lambda: forwarded_for_rotation(server)),
        ("6 sessions after a password change", lambda: sessions_after_password_change(server)),
        ("8 anonymous refused writes", lambda: anonymous_refusals(server)),
        ("9 log injection and secrets", lambda: log_injection(server)),
        ("10 content types and Origin", lambda: content_types_and_origin(server)),
        ("11 document bombs and renamed files", lambda: document_bombs(server)),
        ("12 matrix workbook bomb", lambda: workbook_bomb(server)),
        ("13 search syntax and forged links", lambda: search_and_links(server)),
        ("sqlmap on list routes", lambda: sqlmap(server, folder)),
    ]
    rows = []
    try:
        for name, probe in probes:
            started = time.time()
            try:
                held, seen = probe()
            except Exception as error:  # a probe that breaks is a probe that did not hold
                held, seen = False, f"probe failed: {error!r}"
            rows.append((name, held, seen, time.time() - started))
            if not server.alive():
                rows.append(("(server)", False, "the server died; restarting it", 0))
                server.start()
    finally:
        server.stop()
    verify = subprocess.run([os.path.abspath(args.bin), "--database", server.database, "audit", "verify"],
                            capture_output=True, text=True)
    rows.append(("audit verify afterwards", verify.returncode == 0, (verify.stdout + verify.stderr).strip(), 0))
    width = max(len(name) for name, *_ in rows)
    print(f"\n{'probe':<{width}}  {'result':<9}  what was seen")
    print("-" * (width + 80))
    failed = 0
    for name, held, seen, _ in rows:
        result = "held" if held else ("skipped" if held is None else "NOT HELD")
        failed += held is False
        print(f"{name:<{width}}  {result:<9}  {seen}")
    print(f"\n{sum(1 for r in rows if r[1])} held, {failed} not held, "
          f"{sum(1 for r in rows if r[1] is None)} skipped")
    if failed == 0:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        print("server log and database kept in " + folder)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
