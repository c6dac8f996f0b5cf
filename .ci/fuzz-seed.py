#!/usr/bin/env python3
"""Seeds a fresh Convoca server for fuzzing, through its JSON API only.

The admin, manager and reviewer users already exist (`convoca create-user`, all with the password in
CONVOCA_FUZZ_PASSWORD). This script signs up a municipality (the applicant and its organisation), creates a
national agency, a programme, a call with two criteria, opens it, puts the reviewer on its committee, starts an
application and writes its draft, then prints `export NAME=value` lines for .ci/run: a token per role and the
ids that the fuzzer's path parameters use (see .ci/schemathesis.toml).

Usage: fuzz-seed.py BASE_URL   (e.g. http://127.0.0.1:40123)
"""

import datetime
import json
import os
import sys
import urllib.error
import urllib.request

BASE = sys.argv[1].rstrip("/") + "/api/v1"
PASSWORD = os.environ["CONVOCA_FUZZ_PASSWORD"]


def api(method, path, token=None, body=None, expect=(200, 201)):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request) as response:
            status, text = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read()
    if status not in expect:
        sys.exit(f"seeding failed: {method} {path} answered {status}: {text.decode(errors='replace')}")
    return json.loads(text) if text else None


def token(email):
    body = {"email": email, "password": PASSWORD, "name": "fuzzing"}
    return api("POST", "/auth/token", body=body)["secret"]


admin = token("admin@fuzz.convoca.test")
manager = token("manager@fuzz.convoca.test")
reviewer = token("reviewer@fuzz.convoca.test")

signed_up = api(
    "POST",
    "/signup",
    body={
        "organisation": {
            "name": "Municipalité de Sousse",
            "kind": "municipality",
            "country": "TN",
            "subdivision": "TN-51",
            "population": 271000,
        },
        "name": "Leila Applicant",
        "email": "applicant@fuzz.convoca.test",
        "password": PASSWORD,
    },
)
applicant = token("applicant@fuzz.convoca.test")
me = api("GET", "/me", applicant)
organisation_id = me["organisation"]["id"]
api("POST", f"/organisations/{organisation_id}/verify", manager)

agency = api(
    "POST",
    "/organisations",
    manager,
    {"name": "Présidence du Gouvernement", "kind": "national_agency", "country": "TN"},
)
programme = api(
    "POST",
    "/programmes",
    manager,
    {
        "name": "OGP Local Tunisia",
        "description": "Municipal open-government pilots.",
        "agency_id": agency["id"],
        "currency": "TND",
        "reporting_cadence_months": 6,
    },
)
now = datetime.datetime.now(datetime.timezone.utc)
call = api(
    "POST",
    "/calls",
    manager,
    {
        "programme_id": programme["id"],
        "code": "TUN",
        "title": "Municipal open-government pilots",
        "description": "Ten criteria, chosen by a committee with parity.",
        "opens_at": (now - datetime.timedelta(hours=1)).isoformat(),
        "closes_at": (now + datetime.timedelta(days=60)).isoformat(),
        "time_zone": "Africa/Tunis",
        "total_budget": "500000.000",
        "min_award": "10000",
        "max_award": "50000",
        "max_awards": 10,
        "min_reviews": 1,
    },
)
call = api(
    "PUT",
    f"/calls/{call['id']}/criteria",
    manager,
    {
        "version": call["version"],
        "criteria": [
            {"title": "Citizen participation", "weight": "2", "max_score": 10, "min_score": 3},
            {"title": "Feasibility", "weight": "1", "max_score": 5},
        ],
    },
)
call = api("POST", f"/calls/{call['id']}/open", manager, {"version": call["version"]})
reviewer_id = api("GET", "/me", reviewer)["user"]["id"]
api(
    "POST",
    f"/calls/{call['id']}/committee/members",
    manager,
    {"user_id": reviewer_id, "sector": "civil_society", "role": "member"},
)

application = api("POST", f"/calls/{call['id']}/applications", applicant)
application = api(
    "PUT",
    f"/applications/{application['id']}",
    applicant,
    {
        "version": application["version"],
        "title": "Open budget in Sousse",
        "summary": "Participatory budgeting in every district.",
        "problem": "Few citizens take part in budget decisions.",
        "objectives": "A tenth of the budget decided by residents.",
        "participation_plan": "District assemblies, then an online vote.",
        "budget_lines": [
            {"category": "events", "description": "Assemblies", "amount": "12000.000"},
            {"category": "services", "description": "Voting platform", "amount": "8000.000"},
        ],
        "co_funding": "2000.000",
    },
)

exports = {
    "CONVOCA_FUZZ_TOKEN_ADMIN": admin,
    "CONVOCA_FUZZ_TOKEN_MANAGER": manager,
    "CONVOCA_FUZZ_TOKEN_REVIEWER": reviewer,
    "CONVOCA_FUZZ_TOKEN_APPLICANT": applicant,
    "CONVOCA_FUZZ_ORGANISATION_ID": organisation_id,
    "CONVOCA_FUZZ_PROGRAMME_ID": programme["id"],
    "CONVOCA_FUZZ_CALL_ID": call["id"],
    "CONVOCA_FUZZ_APPLICATION_ID": application["id"],
}
for name, value in exports.items():
    print(f"export {name}={value}")
