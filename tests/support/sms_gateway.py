#!/usr/bin/python3
"""An SMS service for the tests: an HTTP server on 127.0.0.1.

    sms_gateway.py --dir DIR [--token TOKEN]

Prints "ready PORT" once it listens, then serves until killed. Every request
is written to DIR as NNNN.json: method, path (with its query), headers and
body (text). It answers 200 {"status": "accepted", "id": N}; with --token, a
request whose Authorization header is not "Bearer TOKEN" gets 401
{"error": "invalid token"}; a phone with "000" in the body or path gets 400
{"error": "invalid phone"}; one with "999" gets 503 {"error": "busy"}.
"""
import argparse
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--token")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    lock = threading.Lock()
    count = [0]

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def answer(self, status, document):
            data = json.dumps(document).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def handle_any(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
            with lock:
                count[0] += 1
                n = count[0]
                record = {"method": self.command, "path": self.path,
                          "headers": dict(self.headers.items()), "body": body}
                part = os.path.join(args.dir, "%04d.json.part" % n)
                with open(part, "w", encoding="utf-8") as f:
                    json.dump(record, f, ensure_ascii=False)
                os.rename(part, part[:-5])
            if args.token and self.headers.get("Authorization") != "Bearer " + args.token:
                return self.answer(401, {"error": "invalid token"})
            if "999" in body or "999" in self.path:
                return self.answer(503, {"error": "busy"})
            if "000" in body or "000" in self.path:
                return self.answer(400, {"error": "invalid phone"})
            return self.answer(200, {"status": "accepted", "id": n})

        do_GET = handle_any
        do_POST = handle_any

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print("ready %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
