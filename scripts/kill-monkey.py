#!/usr/bin/env python3
"""Random keys to the real hep in tmux, then kill -9, many times over one data folder.

usage: kill-monkey.py HEP WORKDIR [RUNS] [SEED]

After every kill: `hep validate` passes on the data folder, and every set the screen
said was saved ("Saved: set 2, right side, 12 reps.") is in today's log with that side
and those reps. Prints "kill-monkey: N passed, M failed".
"""
import json
import os
import random
import re
import subprocess
import sys
import time

# No Backspace, + or -: they correct a saved set, which is then rightly not as shown.
KEYS = ["Space"] * 10 + ["f"] * 3 + ["Enter"] * 3 + ["Escape", "Down", "Up", "Left", "Right"] + list("0123456789nyqesp?")
SAVED = re.compile(r"Saved: set \d+(?:, (left|right) side)?, (\d+) reps?[.,]")


def tmux(*args):
    return subprocess.run(["tmux", "-L", "hep-kill-monkey"] + list(args), capture_output=True, text=True)


def main():
    hep, work = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    data = os.path.join(work, "kill-monkey")
    subprocess.run([hep, "init", "--data", data], check=True, capture_output=True)
    logs = os.path.join(data, "log")
    passed = failed = keys_sent = 0
    seen = []  # (side, reps) of every set shown as saved, over all runs
    for run in range(runs):
        tmux("kill-server")
        tmux("new-session", "-d", "-x", "80", "-y", "24", "%s --data %s --quiet; sleep 60" % (hep, data))
        time.sleep(0.4)
        # Each run first starts an exercise, the one below the first not finished (a morning
        # question, if any, takes the 3).
        for key in ["Down", "Enter", "3", "Enter", "Enter"]:
            tmux("send-keys", "-t", "0", key)
            time.sleep(0.4)
        for _ in range(rnd.randint(10, 30)):
            tmux("send-keys", "-t", "0", rnd.choice(KEYS))
            keys_sent += 1
            time.sleep(rnd.choice([0.05, 0.15, 0.35]))
            for m in SAVED.finditer(tmux("capture-pane", "-p", "-t", "0").stdout):
                seen.append((m.group(1) or "none", int(m.group(2))))
        pids = subprocess.run(["pgrep", "-f", "^%s --data %s" % (re.escape(hep), re.escape(data))], capture_output=True, text=True).stdout.split()
        for pid in pids:
            os.kill(int(pid), 9)
        time.sleep(0.2)
        tmux("kill-server")
        problems = []
        check = subprocess.run([hep, "validate", "--data", data], capture_output=True, text=True)
        if check.returncode != 0:
            problems.append("hep validate: " + check.stdout.strip()[:300])
        sets = []
        # Every day log: a run across midnight records into the next day's.
        for name in sorted(os.listdir(logs)) if os.path.isdir(logs) else []:
            if not name.endswith(".json"):
                continue
            for session in json.load(open(os.path.join(logs, name)))["sessions"]:
                for record in session["exercises"]:
                    sets += [(s["side"], s["reps"]) for s in record["sets"]]
        for shown in set(seen):
            if shown not in sets:
                problems.append("shown as saved but not in the log: %s side, %d reps" % shown)
        if problems:
            failed += 1
            print("FAIL  run %d: %s" % (run, "; ".join(problems)))
        else:
            passed += 1
    print("kill-monkey: %d keys over %d kills, %d sets shown as saved, %d in the log" % (keys_sent, runs, len(set(seen)), len(sets)))
    print("kill-monkey: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
