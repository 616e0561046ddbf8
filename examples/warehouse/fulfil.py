"""Fulfilling orders concurrently with asyncio's synchronization primitives."""

import asyncio

from . import errors
from .errors import OrderError, PackingFailed
from .inventory import batched_by_weight
from .models import Status


class Fulfilment:
    def __init__(self, inventory, stations=2, flaky_station=None):
        self.inventory = inventory
        self.stock_lock = asyncio.Lock()
        self.stations = asyncio.Semaphore(stations)
        self.flaky_station = flaky_station
        self.log = []
        self.packed = []
        self._station_ids = list(range(stations))

    async def reserve(self, order):
        async with self.stock_lock:
            # Yield while holding the lock: others must wait their turn.
            await asyncio.sleep(0)
            try:
                self.inventory.reserve(order)
            except OrderError as e:
                order.status = Status.REJECTED
                order.notes.append(type(e).__name__)
                self.log.append(f"reject {order.order_id}: {e.reason}")
                return False
            order.status = Status.RESERVED
            self.log.append(f"reserve {order.order_id}")
            return True

    async def pack(self, order):
        async with self.stations:
            station = self._station_ids.pop(0)
            try:
                for _ in range(order.units()):
                    await asyncio.sleep(0)
                if station == self.flaky_station and order.units() > 3:
                    raise PackingFailed(
                        f"station {station} jammed on order {order.order_id}")
                order.status = Status.PACKED
                self.packed.append(order.order_id)
                self.log.append(f"pack {order.order_id} @{station}")
            finally:
                self._station_ids.append(station)

    async def handle(self, order):
        if await self.reserve(order):
            await self.pack(order)

    async def run(self, orders):
        """Reserve and pack every order; collect the packing failures."""
        failures = []
        try:
            async with asyncio.TaskGroup() as tg:
                for order in sorted(orders):
                    tg.create_task(self.handle(order))
        except* PackingFailed as group:
            failures.extend(str(e) for e in group.exceptions)
        except* errors.WarehouseError as group:
            failures.extend(f"other: {e}" for e in group.exceptions)
        return sorted(failures)

    async def ship(self, orders, limit_g):
        """Ship packed orders in weight-limited waves, one Event per wave."""
        ready = [o for o in sorted(orders) if o.status is Status.PACKED]
        waves = batched_by_weight(ready, self.inventory.catalogue, limit_g)
        shipped_waves = []
        try:
            wave = next(waves)
            while True:
                go = asyncio.Event()
                loaded = []

                async def truck(order, go=go, loaded=loaded):
                    await go.wait()
                    self.inventory.ship(order)
                    order.status = Status.SHIPPED
                    loaded.append(order.order_id)

                trucks = [asyncio.create_task(truck(o)) for o in wave]
                await asyncio.sleep(0)
                go.set()
                await asyncio.gather(*trucks)
                shipped_waves.append(loaded)
                # Lighter trucks after the first wave.
                wave = waves.send(limit_g // 2 if len(shipped_waves) == 1 else None)
        except StopIteration as stop:
            count = stop.value
        return count, shipped_waves
