"""asyncio.Event ping-pong: two tasks doing n round trips over two Events (set/wait/clear)."""
# quick: 8000
# default: 150000
import asyncio
import sys


async def pinger(ping, pong, n):
    acc = 0
    for i in range(n):
        ping.set()
        await pong.wait()
        pong.clear()
        acc = (acc * 7 + i) % 1000003
    return acc


async def ponger(ping, pong, n):
    hits = 0
    for _ in range(n):
        await ping.wait()
        ping.clear()
        hits += 1
        pong.set()
    return hits


async def main(n):
    ping = asyncio.Event()
    pong = asyncio.Event()
    a, b = await asyncio.gather(pinger(ping, pong, n), ponger(ping, pong, n))
    return a * 10000000 + b


n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
print(f"checksum: {asyncio.run(main(n))}")
