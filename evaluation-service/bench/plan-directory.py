#!/usr/bin/env python3
"""A stand-in for plan-service's directory at province size, for evaluation-service/bench/month.sh: UNITS units of
20 officers each (a head, a deputy head, 18 staff; officer ids from 1000), a Director and one deputy director per 100
units, every answer rendered once at start. Answers only what evaluation-service reads (PlanClient): units, officers,
deputy heads' fields (none), catalogue item fields (none), the directory's version (always 1: it never changes), the
organisation and the calendar (no exceptions).
  plan-directory.py PORT UNITS"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, UNITS = int(sys.argv[1]), int(sys.argv[2])
DEPUTIES = max(1, UNITS // 100)


def unit_code(u):
    return "U%04d" % u


units = [{"organisationCode": "SNV", "code": unit_code(u), "name": "Phòng thử %d" % u,
          "headUsername": "head.%d" % u, "supervisorUsername": "deputy%d" % (1 + u % DEPUTIES), "dissolvedOn": None}
         for u in range(UNITS)]
officers = [{"id": 1, "organisationCode": "SNV", "username": "director", "fullName": "Giám đốc Sở", "unitCode": None,
             "position": "Giám đốc Sở", "role": "director", "quotaGroup": "leaders", "leaves": []}]
officers += [{"id": 1 + d, "organisationCode": "SNV", "username": "deputy%d" % d, "fullName": "Phó Giám đốc %d" % d,
              "unitCode": None, "position": "Phó Giám đốc Sở", "role": "deputy_director", "quotaGroup": "leaders",
              "leaves": []} for d in range(1, DEPUTIES + 1)]
for u in range(UNITS):
    for i in range(20):
        head, deputy = i == 0, i == 1
        officers.append({"id": 1000 + u * 20 + i, "organisationCode": "SNV",
                         "username": "head.%d" % u if head else "officer.%d.%d" % (u, i),
                         "fullName": "Công chức %d-%d" % (u, i), "unitCode": unit_code(u),
                         "position": "Trưởng phòng" if head else "Phó Trưởng phòng" if deputy else "Chuyên viên",
                         "role": "head" if head or deputy else "officer",
                         "quotaGroup": "leaders" if head or deputy else "staff", "leaves": []})

ANSWERS = {
    "/api/directory/version": json.dumps({"organisationCode": "SNV", "version": 1}).encode(),
    "/api/units": json.dumps(units).encode(),
    "/api/officers": json.dumps(officers).encode(),
    "/api/units/deputies": b"[]",
    "/api/plan-items/fields": b"[]",
    "/api/organisations/SNV": json.dumps({"code": "SNV", "name": "Sở Nội vụ tỉnh thử"}).encode(),
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body are two writes: with Nagle's algorithm the body waits for the client's delayed ACK of the
    # headers (40 ms a request on Linux), which plan-service (Vert.x, TCP_NODELAY) never does.
    disable_nagle_algorithm = True

    def do_GET(self):
        path = self.path.split("?")[0]
        body = ANSWERS.get(path)
        if body is None and path.startswith("/api/calendar/"):
            body = json.dumps({"year": int(path.rsplit("/", 1)[1]), "entries": []}).encode()
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
