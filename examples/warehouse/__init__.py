"""warehouse: a small order-fulfilment simulation (rspy's multi-file example).

Orders arrive as a stream, are validated against the catalogue, reserve
stock under an asyncio.Lock, share a limited number of packing stations
(asyncio.Semaphore) and ship in waves released by an asyncio.Event. Every
step is deterministic, so the printed report is identical on every run and
on CPython 3.14.
"""

from .errors import (
    WarehouseError,
    OrderError,
    UnknownItem,
    OutOfStock,
    PackingFailed,
)
from .models import Item, Line, Order, Priority, Status
from .inventory import Inventory
from .fulfil import Fulfilment

__all__ = [
    "WarehouseError", "OrderError", "UnknownItem", "OutOfStock",
    "PackingFailed", "Item", "Line", "Order", "Priority", "Status",
    "Inventory", "Fulfilment",
]
