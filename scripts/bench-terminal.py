#!/usr/bin/env python3
"""What needs a real terminal: hep's first full frame and the bytes it sends during a hold.

usage: bench-terminal.py HEP WORKDIR   (WORKDIR/year holds a generated year of logs)
Runs hep on a pseudo-terminal of 80x24 and reads everything it writes.
"""
import fcntl
import json
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time


def spawn(hep, data):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.environ.update(TERM="xterm-256color", LC_ALL="C.UTF-8")
        os.execv(hep, [hep, "--data", data, "--quiet"])
    return pid, fd


def read_until(fd, marker, timeout=10.0):
    out = b""
    end = time.monotonic() + timeout
    while marker not in out:
        left = end - time.monotonic()
        if left <= 0:
            raise SystemExit(f"no {marker!r} within {timeout} s; got {out[-300:]!r}")
        if select.select([fd], [], [], left)[0]:
            out += os.read(fd, 65536)
    return out


def count_bytes(fd, seconds):
    total = 0
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        if select.select([fd], [], [], left)[0]:
            total += len(os.read(fd, 65536))
    return total


def stop(pid, fd):
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    os.close(fd)


def resident_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def first_frame(hep, data, runs=21):
    """The median time to the first full frame, and the median resident memory then."""
    times, memory = [], []
    for _ in range(runs):
        start = time.monotonic()
        pid, fd = spawn(hep, data)
        read_until(fd, b" help")  # the key hints: the last row of the first full frame
        times.append(time.monotonic() - start)
        memory.append(resident_kib(pid))
        stop(pid, fd)
    return statistics.median(times), statistics.median(memory)


def hold_program(work, seconds):
    """The example program cut to one item: holds of `seconds` (two, so it is a hold and not
    a timed exercise, which is shown under its own name)."""
    example = json.load(open(os.path.join(os.path.dirname(__file__), "..", "data", "programs", "example-knee.json")))
    item = dict(example["versions"][1]["items"][0], id="long-hold", sets=1, reps=2, holdSeconds=seconds, restSeconds=0,
                side="none", timesPerDay=1, days=["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
    example["versions"] = [dict(example["versions"][0], effective="2020-01-06", items=[item])]
    path = os.path.join(work, f"hold-{seconds}.json")
    json.dump(example, open(path, "w"))
    return path


def start_hold(hep, work, seconds):
    """Starts hep on a one-hold program and returns when the hold begins."""
    data = os.path.join(work, f"hold-{seconds}")
    subprocess.run([hep, "init", "--data", data, "--program", hold_program(work, seconds)], check=True, capture_output=True)
    pid, fd = spawn(hep, data)
    read_until(fd, b" help")
    os.write(fd, b"\r")
    read_until(fd, b"pain right now")
    os.write(fd, b"2")
    read_until(fd, b" begin")
    os.write(fd, b"\r")
    read_until(fd, b"Hold", timeout=5)
    return pid, fd, time.monotonic()


def hold_bytes(hep, work, seconds=10):
    pid, fd, _ = start_hold(hep, work, 60)
    count_bytes(fd, 1.5)  # let the first full hold frame go by
    sent = count_bytes(fd, seconds)
    stop(pid, fd)
    return sent / seconds


def hold_length(hep, work, runs=5):
    """How long a 5 s hold lasts on screen: from its first frame to the get-ready of the next."""
    lengths = []
    for _ in range(runs):
        pid, fd, began = start_hold(hep, work, 5)
        read_until(fd, b"Get ready", timeout=10)
        lengths.append(time.monotonic() - began)
        stop(pid, fd)
        shutil.rmtree(os.path.join(work, "hold-5"))
    return statistics.median(lengths)


def main():
    hep, work = sys.argv[1], sys.argv[2]
    frame, memory = first_frame(hep, os.path.join(work, "year"))
    print(f"hep started to its first full frame on a pseudo-terminal (a year of logs): median {frame * 1000:.1f} ms")
    print(f"resident memory of hep at its first frame: median {memory / 1024:.1f} MiB")
    rate = hold_bytes(hep, work)
    print(f"bytes sent to the terminal while a 60 s hold counts down at 80x24: {rate:.0f} per second")
    length = hold_length(hep, work)
    print(f"a 5 s hold from its first frame to the next screen: median {length:.3f} s")


if __name__ == "__main__":
    main()
