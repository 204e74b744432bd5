#!/usr/bin/env python3
"""Decrypts a passphrase-encrypted age file with the reference `age` tool, typing the passphrase
at its prompt as a person would: age reads passphrases from the terminal only, so it runs on a
pseudo-terminal here. Usage: age-passphrase.py FILE < passphrase. Prints the plaintext."""
import os
import pty
import sys

passphrase = sys.stdin.readline().rstrip("\n").encode()
source = sys.argv[1]
target = source + ".plain"
pid, fd = pty.fork()
if pid == 0:
    os.execvp("age", ["age", "--decrypt", "--output", target, source])
seen = b""
while b"passphrase" not in seen.lower():
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
os.write(fd, passphrase + b"\n")
while True:
    try:
        if not os.read(fd, 1024):
            break
    except OSError:
        break
_, status = os.waitpid(pid, 0)
if os.waitstatus_to_exitcode(status) != 0:
    sys.exit(f"age failed: {seen!r}")
with open(target, encoding="utf-8") as plain:
    sys.stdout.write(plain.read())
os.remove(target)
