"""A crawler-like pipeline over an in-memory fake network.

Workers in a TaskGroup pull URLs from an asyncio.Queue, "fetch" them with a
per-fetch asyncio.timeout, limit concurrency with a queue of permits and enqueue
newly discovered links. The report is deterministic: it does not depend on
which worker fetched what or in which order pages finished.
"""

import asyncio

# url -> (latency in seconds, links found on the page)
NETWORK = {
    "/": (0.005, ["/about", "/blog", "/shop"]),
    "/about": (0.010, ["/", "/team", "/contact"]),
    "/blog": (0.002, ["/blog/1", "/blog/2", "/blog/404"]),
    "/shop": (0.015, ["/shop/cart", "/archive"]),
    "/team": (0.001, ["/about"]),
    "/contact": (0.003, []),
    "/blog/1": (0.004, ["/blog/2", "/"]),
    "/blog/2": (0.020, ["/blog/1", "/team"]),
    "/shop/cart": (0.006, ["/shop", "/checkout"]),
    "/checkout": (0.002, []),
    "/archive": (0.5, ["/archive/1999"]),  # far slower than FETCH_TIMEOUT
    "/archive/1999": (0.001, []),  # only reachable through the slow page
}
FETCH_TIMEOUT = 0.1
WORKERS = 4
MAX_IN_FLIGHT = 2


class NotFound(Exception):
    pass


async def fetch(url):
    """Pretend to download `url`; return its links."""
    if url not in NETWORK:
        await asyncio.sleep(0.001)
        raise NotFound(url)
    latency, links = NETWORK[url]
    await asyncio.sleep(latency)
    return list(links)


class Crawler:
    def __init__(self, root, workers=WORKERS, max_in_flight=MAX_IN_FLIGHT):
        self.root = root
        self.workers = workers
        self.queue = asyncio.Queue()
        self.seen = {root}
        self.results = {}  # url -> (status, links)
        # A queue of permits bounds the fetches in flight.
        self.permits = asyncio.Queue()
        for _ in range(max_in_flight):
            self.permits.put_nowait(None)
        self.max_in_flight = max_in_flight
        self.in_flight = 0
        self.peak = 0

    async def worker(self, name):
        handled = 0
        while True:
            try:
                url = await self.queue.get()
            except asyncio.QueueShutDown:
                return handled
            try:
                await self.visit(url)
                handled += 1
            finally:
                self.queue.task_done()

    async def visit(self, url):
        await self.permits.get()
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            async with asyncio.timeout(FETCH_TIMEOUT):
                links = await fetch(url)
        except TimeoutError:
            self.results[url] = ("timeout", [])
            return
        except NotFound:
            self.results[url] = ("missing", [])
            return
        finally:
            self.in_flight -= 1
            self.permits.put_nowait(None)
        self.results[url] = ("ok", links)
        for link in links:
            if link not in self.seen:
                self.seen.add(link)
                self.queue.put_nowait(link)

    async def run(self):
        self.queue.put_nowait(self.root)
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(self.worker(f"w{i}"), name=f"worker-{i}")
                     for i in range(self.workers)]
            await self.queue.join()
            self.queue.shutdown()
        return sum(t.result() for t in tasks)

    def depths(self):
        """Shortest link distance from the root over successfully fetched pages."""
        depth = {self.root: 0}
        frontier = [self.root]
        while frontier:
            nxt = []
            for url in frontier:
                for link in self.results[url][1]:
                    if link not in depth:
                        depth[link] = depth[url] + 1
                        nxt.append(link)
            frontier = nxt
        return depth


def report(crawler, handled):
    depth = crawler.depths()
    counts = {"ok": 0, "timeout": 0, "missing": 0}
    print(f"{'url':<14} {'status':<8} depth links")
    for url in sorted(crawler.results):
        status, links = crawler.results[url]
        counts[status] += 1
        print(f"{url:<14} {status:<8} {depth[url]:>5} {len(links):>5}")
    print("counts:", ", ".join(f"{k}={v}" for k, v in counts.items()))
    print("pages handled by workers:", handled, "discovered:", len(crawler.seen))
    never = sorted(set(NETWORK) - set(crawler.results))
    print("never reached:", never)
    print("peak in-flight:", crawler.peak, "limit:", crawler.max_in_flight)
    print("queue empty:", crawler.queue.empty())


async def crawl(root="/"):
    crawler = Crawler(root)
    handled = await crawler.run()
    return crawler, handled


def main():
    crawler, handled = asyncio.run(crawl())
    report(crawler, handled)


if __name__ == "__main__":
    main()
