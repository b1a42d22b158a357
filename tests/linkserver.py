"""A local HTTP server for tests/linkcheck.sh, on 127.0.0.1 only.

usage: linkserver.py PORTFILE LOGFILE

Binds a free port, writes it to PORTFILE (atomically), appends every
request path to LOGFILE, and serves:
  /chain/1 -> 301 /chain/2 -> 302 /live   a redirect chain
  /loop -> 302 /loop                      a redirect loop
  /noloc                                  301 without a Location header
  /to-gone -> 302 /gone                   a redirect to a 404
  /to-nowhere -> 302 http://127.0.0.1:1/  a redirect to no server
  /gone...                                404
  anything else                           200, a live page
Stopped by the test with SIGTERM to its PID.
"""

import http.server
import os
import signal
import sys

REDIRECTS = {"/chain/1": (301, "/chain/2"), "/chain/2": (302, "/live"),
             "/loop": (302, "/loop"), "/noloc": (301, None),
             "/to-gone": (302, "/gone"),
             "/to-nowhere": (302, "http://127.0.0.1:1/nowhere")}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(self.server.log, "a", encoding="utf-8") as f:
            f.write(self.path + "\n")
        if self.path in REDIRECTS:
            code, where = REDIRECTS[self.path]
            self.send_response(code)
            if where is not None:
                self.send_header("Location", where)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        code = 404 if self.path.startswith("/gone") else 200
        body = b"live\n" if code == 200 else b"not found\n"
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        pass  # the log file records requests; stderr stays quiet


def main():
    portfile, log = sys.argv[1], sys.argv[2]
    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    server.log = log
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with open(portfile + ".tmp", "w", encoding="ascii") as f:
        f.write("%d\n" % server.server_address[1])
    os.rename(portfile + ".tmp", portfile)
    server.serve_forever()


if __name__ == "__main__":
    main()
