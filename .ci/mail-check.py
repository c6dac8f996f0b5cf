"""Waits for one email to RECIPIENT in MAILDIR (written by aiosmtpd), checks it, and follows its link.

Usage: mail-check.py MAILDIR RECIPIENT BASE_URL. Exits non-zero, saying why, if no email arrives within 30 s,
if more than one arrives, or if it lacks a subject, a plain-text and an HTML part, or a working link under
BASE_URL.
"""

import mailbox
import re
import sys
import time
import urllib.request

maildir, recipient, base = sys.argv[1:4]
deadline = time.time() + 30
messages = []
while time.time() < deadline:
    try:
        messages = list(mailbox.Maildir(maildir, create=False))
    except (FileNotFoundError, mailbox.NoSuchMailboxError):
        messages = []
    if messages:
        break
    time.sleep(0.5)
if not messages:
    sys.exit("no email arrived within 30 s")
time.sleep(2)  # a second email would arrive within the next rounds
messages = list(mailbox.Maildir(maildir, create=False))
if len(messages) != 1:
    sys.exit(f"expected one email, got {len(messages)}")
message = messages[0]
if recipient not in message["To"]:
    sys.exit(f"sent to {message['To']!r}, not {recipient}")
subject = str(message["Subject"] or "")
if not subject.strip() or "email-" in subject:
    sys.exit(f"no proper subject: {subject!r}")
parts = {part.get_content_type(): part for part in message.walk()}
if "text/plain" not in parts or "text/html" not in parts:
    sys.exit(f"expected plain text and HTML, got {sorted(parts)}")
text = parts["text/plain"].get_payload(decode=True).decode(parts["text/plain"].get_content_charset() or "utf-8")
links = [link for link in re.findall(r"https?://\S+", text) if link.startswith(base)]
if not links:
    sys.exit(f"no link under {base} in:\n{text}")
with urllib.request.urlopen(links[0]) as response:
    if response.status != 200:
        sys.exit(f"{links[0]} answered {response.status}")
print(f"one email to {recipient}: {subject!r}, link {links[0]} answers 200")
