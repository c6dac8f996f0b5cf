#!/usr/bin/env python3
"""Measures the server's memory around a burst of concurrent sign-ins (issue 20's memory target).

Usage: bench/signin-burst.py BINARY [SIGN_INS] [AT_ONCE]

Starts BINARY (`convoca`) on a fresh SQLite database on a free loopback port, creates AT_ONCE users, then
sends SIGN_INS (default 200) sign-ins through `POST /api/v1/auth/token`, AT_ONCE (default 16) at a time, each
worker as its own user (sign-ins pending on one account count against it, and more than 20 from one address
are refused: both are the login throttle at work), sampling the server's resident memory every 20 ms. Prints the RSS before, the peak during the burst and the
RSS two seconds after it, in MiB. The server is stopped by its PID in every case.
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


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    binary = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    at_once = int(sys.argv[3]) if len(sys.argv) > 3 else 16
    work = tempfile.mkdtemp(prefix="convoca-burst.")
    env = dict(os.environ, DATABASE_URL=f"sqlite://{work}/convoca.db?mode=rwc")
    password = "burst-" + os.urandom(8).hex()
    subprocess.run([binary, "migrate"], env=env, check=True, capture_output=True)
    for n in range(at_once):
        subprocess.run(
            [binary, "create-user", "--email", f"burst{n}@example.org", "--name", f"Burst {n}", "--role",
             "manager", "--password-stdin"],
            env=env, input=password + "\n", text=True, check=True, capture_output=True)
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
        before = rss_mib(server.pid)
        peak = [before]
        done = threading.Event()

        def sample():
            while not done.is_set():
                peak[0] = max(peak[0], rss_mib(server.pid))
                time.sleep(0.02)

        sampler = threading.Thread(target=sample)
        sampler.start()
        def sign_in(n):
            body = json.dumps({"email": f"burst{n % at_once}@example.org", "password": password,
                               "name": "burst"}).encode()
            request = urllib.request.Request(base + "/api/v1/auth/token", data=body,
                                             headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=120) as response:
                    return response.status
            except urllib.error.HTTPError as err:
                if err.code >= 500:
                    print(f"{err.code}: {err.read().decode(errors='replace')[:300]}", file=sys.stderr)
                return err.code

        started = time.time()
        with concurrent.futures.ThreadPoolExecutor(max_workers=at_once) as pool:
            statuses = list(pool.map(sign_in, range(total)))
        took = time.time() - started
        done.set()
        sampler.join()
        time.sleep(2)
        after = rss_mib(server.pid)
        ok = sum(1 for s in statuses if 200 <= s < 300)
        others = sorted(set(s for s in statuses if not 200 <= s < 300))
        if others:
            print(f"server log: {work}/server.log")
        print(f"{total} sign-ins, {at_once} at once: {ok} ok in {took:.1f} s (other statuses: {others}); "
              f"RSS before {before:.0f} MiB, peak {peak[0]:.0f} MiB, 2 s after {after:.0f} MiB")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
