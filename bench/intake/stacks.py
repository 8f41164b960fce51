#!/usr/bin/env python3
"""Summarises a dotnet-trace speedscope file (dotnet-sampled-thread-time): where the threads that run code spend their time.

A thread-time sample is taken of every managed thread, waiting or not; a sample whose leaf is a wait (a blocked thread
pool worker, epoll, a semaphore) is not CPU and is dropped. The rest is shown as the inclusive share of each frame (the
share of running samples with that frame anywhere on the stack), top N, and the exclusive share of the leaves.
Usage: stacks.py FILE.speedscope.json [N]
"""
import json
import re
import sys
from collections import Counter

WAIT = re.compile(r"Wait|Sleep|epoll|LowLevelLifoSemaphore|LowLevelMonitor|Monitor\.Enter|Thread\.Join|SpinWait"
                  r"|SemaphoreSlim\.Wait|ManualResetEventSlim\.Wait|Socket.*Poll|PollGC|RuntimeThread|Gate")


def samples(doc):
    frames = [f["name"] for f in doc["shared"]["frames"]]
    for profile in doc["profiles"]:
        if profile["type"] == "sampled":
            for stack, weight in zip(profile["samples"], profile["weights"]):
                yield [frames[i] for i in stack], weight
        else:  # evented: the time between two events belongs to the stack open then
            stack, last = [], None
            for event in profile["events"]:
                if last is not None and stack and event["at"] > last:
                    yield [frames[i] for i in stack], event["at"] - last
                if event["type"] == "O":
                    stack.append(event["frame"])
                elif stack:
                    stack.pop()
                last = event["at"]


def short(name):
    name = re.sub(r"\(.*\)$", "", name)  # parameters
    return name[-150:]


REQUEST = "HttpProtocol+<ProcessRequests>"


def tree(stacks, total, limit, out):
    """Prints the call tree below the request loop: nodes of at least `limit` % of all running samples; a chain of frames
    that loses less than 0.3 % on the way is printed as its last frame only (async plumbing)."""
    root = {}
    for stack, weight in stacks:
        node = root
        for frame in stack:
            entry = node.setdefault(frame, [0.0, {}])
            entry[0] += weight
            node = entry[1]

    def walk(node, depth, parent_share):
        for frame, (weight, children) in sorted(node.items(), key=lambda kv: -kv[1][0]):
            share = 100 * weight / total
            if share < limit:
                continue
            big = [c for c in children.values() if 100 * c[0] / total >= limit]
            # collapse: exactly one significant child carrying (almost) all of this frame's weight
            if len(big) == 1 and share - 100 * big[0][0] / total < 0.3 and depth < 60:
                walk(children, depth, share)
                continue
            out.append(f"{share:6.1f}%  {'  ' * depth}{short(frame)}")
            walk(children, depth + 1, share)

    walk(root, 0, 100.0)


def main():
    path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30
    doc = json.load(open(path))
    inclusive, leaves = Counter(), Counter()
    request_stacks, kinds = [], Counter()
    running = dropped = 0.0
    for stack, weight in samples(doc):
        leaf = stack[-1] if stack else ""
        blocked = leaf.startswith("UNMANAGED_CODE_TIME") and any(
            re.search(r"EventLoop|FileSystemWatcher|Wait|Sleep|Dequeue|Poll|Semaphore|Monitor|Join|Interop\+Sys\.Read", f)
            for f in stack[-6:])
        if not stack or WAIT.search(leaf) or blocked:
            dropped += weight
            continue
        running += weight
        leaves[short(leaf)] += weight
        for name in {short(f) for f in stack}:
            inclusive[name] += weight
        at = next((i for i, f in enumerate(stack) if REQUEST in f), None)
        if at is not None:
            kinds["HTTP request path (Kestrel ProcessRequests and below)"] += weight
            request_stacks.append((stack[at + 1:], weight))
        elif any("SocketAsyncEngine" in f for f in stack):
            kinds["socket engine (epoll loop, completions)"] += weight
        elif any("BatchWriter" in f for f in stack):
            kinds["batch writer loop (registrations)"] += weight
        elif any("Outbox" in f for f in stack):
            kinds["outbox delivery"] += weight
        elif any("Hangfire" in f for f in stack):
            kinds["Hangfire"] += weight
        elif any("ThreadPoolWorkQueue.Dispatch" in f for f in stack):
            kinds["other thread-pool work"] += weight
        else:
            kinds["other threads (GC, timers, runtime)"] += weight
    print(f"running samples: {running:.0f} (weight), waiting (dropped): {dropped:.0f}")
    print("\n== running samples by what the thread does")
    for name, weight in kinds.most_common():
        print(f"{100 * weight / running:6.1f}%  {name}")
    print("\n== the request path's call tree (share of all running samples, nodes >= 1.5 %)")
    lines = []
    tree(request_stacks, running, 1.5, lines)
    print("\n".join(lines))
    print(f"\n== inclusive share of running samples, top {top}")
    for name, weight in inclusive.most_common(top):
        print(f"{100 * weight / running:6.1f}%  {name}")
    print("\n== exclusive (leaf) share, top 15")
    for name, weight in leaves.most_common(15):
        print(f"{100 * weight / running:6.1f}%  {name}")


if __name__ == "__main__":
    main()
