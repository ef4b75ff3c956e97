#!/usr/bin/python3
"""A real SMTP server for the tests (Debian's python3-aiosmtpd), on 127.0.0.1.

    smtp_sink.py --dir MAILDIR [--tls CERT KEY] [--ssl CERT KEY] [--auth USER:PASSWORD]

Prints "ready PORT" on its first line once it listens, then serves until it is
killed. Every message accepted is written to MAILDIR as NNNN.eml (the bytes as
received), with NNNN.json beside it: the envelope's sender and recipients.
--tls: STARTTLS offered and required before MAIL; --ssl: TLS from the first
byte (an "smtps" port); --auth: AUTH PLAIN/LOGIN required with that login.
A recipient whose address starts with "refused" is answered 550.
"""
import argparse
import json
import os
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("refused"):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, "%04d" % self.count)
        with open(base + ".eml.part", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, f)
        os.rename(base + ".eml.part", base + ".eml")
        return "250 Message accepted"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--tls", nargs=2)
    parser.add_argument("--ssl", nargs=2)
    parser.add_argument("--auth")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)

    kwargs = {}
    if args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*args.tls)
        kwargs.update(tls_context=context, require_starttls=True)
    if args.ssl:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*args.ssl)
        kwargs.update(ssl_context=context)
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
                  and auth_data.password == password.encode())
            return AuthResult(success=ok, handled=False)

        # With --ssl the whole connection is TLS, but aiosmtpd counts only
        # STARTTLS as TLS: requiring it there would hide AUTH.
        kwargs.update(authenticator=authenticator, auth_required=True,
                      auth_require_tls=bool(args.tls))
    port = free_port()
    controller = Controller(Sink(args.dir), hostname="127.0.0.1", port=port,
                            server_hostname="localhost", **kwargs)
    controller.start()
    print("ready %d" % port, flush=True)
    try:
        threading.Event().wait()  # the controller serves on its own thread
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
