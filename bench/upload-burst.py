#!/usr/bin/env python3
"""Measures the server's memory around bursts of concurrent attachment uploads (issue 20's memory target).

Usage: bench/upload-burst.py BINARY [AT_ONCE ...] [--size-mib N]

Starts BINARY (`convoca`) on a fresh SQLite database loaded with the demo, on a free loopback port, signs in
as each demo applicant that has a draft in an open call, and for every AT_ONCE (default: 20 50) removes the
drafts' attachments and sends AT_ONCE uploads of the same generated PDF (default 9.5 MiB) at once through
`POST /api/v1/applications/{id}/attachments`, spread over the drafts (an application takes 20 attachments:
the uploads past that are read and refused with 422, as they would be in real life). The server's resident
memory is sampled every 20 ms. Prints, per burst, the statuses, the RSS before, the peak during the burst
and the RSS two seconds after it, in MiB. The server is stopped by its PID in every case.
"""
import concurrent.futures
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def request(base, method, path, token=None, body=None, headers=None):
    headers = dict(headers or {})
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(base + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=300) as response:
            data = response.read()
            return response.status, (json.loads(data) if data[:1] in (b"{", b"[") else data)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode(errors="replace")


def pdf(size):
    """A valid-looking PDF of `size` bytes: the header, a stream of filler, the trailer."""
    head = b"%PDF-1.7\n1 0 obj\n<< /Length 0 >>\nstream\n"
    tail = b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return head + os.urandom(size - len(head) - len(tail)) + tail


def multipart(file_name, content):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n"
            f"Content-Type: application/pdf\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def main():
    args = [a for a in sys.argv[1:]]
    size_mib = 9.5
    if "--size-mib" in args:
        at = args.index("--size-mib")
        size_mib = float(args[at + 1])
        del args[at:at + 2]
    binary = args[0]
    bursts = [int(a) for a in args[1:]] or [20, 50]
    work = tempfile.mkdtemp(prefix="convoca-uploads.")
    env = dict(os.environ, DATABASE_URL=f"sqlite://{work}/convoca.db?mode=rwc")
    demo = subprocess.run([binary, "demo-data"], env=env, check=True, capture_output=True, text=True).stdout
    password = demo.strip().splitlines()[-1].split(":")[-1].strip()
    emails = sorted({word for line in demo.splitlines() for word in line.split() if "@" in word})
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}", "--data-dir", f"{work}/data"],
                              env=env, stdout=subprocess.DEVNULL, stderr=open(f"{work}/server.log", "w"))
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        drafts = []  # (token, application id)
        for email in emails:
            status, token = request(base, "POST", "/api/v1/auth/token",
                                    body={"email": email, "password": password, "name": "upload-burst"})
            if status != 201 and status != 200:
                continue
            token = token["secret"]
            status, mine = request(base, "GET", "/api/v1/applications", token)
            if status != 200:
                continue
            for app in mine if isinstance(mine, list) else mine.get("items", []):
                if app.get("state") == "draft":
                    drafts.append((token, app["id"]))
        if not drafts:
            sys.exit(f"no demo applicant has a draft (server log: {work}/server.log)")
        content = pdf(int(size_mib * 1024 * 1024))
        body, content_type = multipart("evidence.pdf", content)
        idle = rss_mib(server.pid)
        print(f"{len(drafts)} drafts; PDF of {len(content) / 1048576:.1f} MiB; idle RSS {idle:.0f} MiB")
        for at_once in bursts:
            for token, app_id in drafts:
                status, app = request(base, "GET", f"/api/v1/applications/{app_id}", token)
                for attachment in app.get("attachments", []) if status == 200 else []:
                    request(base, "DELETE", f"/api/v1/applications/{app_id}/attachments/{attachment['id']}",
                            token)
            time.sleep(1)
            before = rss_mib(server.pid)
            peak = [before]
            done = threading.Event()

            def sample():
                while not done.is_set():
                    peak[0] = max(peak[0], rss_mib(server.pid))
                    time.sleep(0.02)

            sampler = threading.Thread(target=sample)
            sampler.start()

            def upload(n):
                token, app_id = drafts[n % len(drafts)]
                status, answer = request(base, "POST", f"/api/v1/applications/{app_id}/attachments", token,
                                         body=body, headers={"Content-Type": content_type})
                if status >= 500:
                    print(f"{status}: {str(answer)[:300]}", file=sys.stderr)
                return status

            started = time.time()
            with concurrent.futures.ThreadPoolExecutor(max_workers=at_once) as pool:
                statuses = list(pool.map(upload, range(at_once)))
            took = time.time() - started
            done.set()
            sampler.join()
            time.sleep(2)
            after = rss_mib(server.pid)
            counts = {s: statuses.count(s) for s in sorted(set(statuses))}
            print(f"{at_once} uploads at once: statuses {counts} in {took:.1f} s; RSS before {before:.0f} MiB, "
                  f"peak {peak[0]:.0f} MiB, 2 s after {after:.0f} MiB")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
