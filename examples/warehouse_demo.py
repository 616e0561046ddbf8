"""Run the warehouse example: python warehouse_demo.py (or rspy)."""

import asyncio
import json
import traceback

from warehouse import (
    Fulfilment, Inventory, Item, OrderError, OutOfStock, Priority, Status,
    UnknownItem, WarehouseError,
)
from warehouse.inventory import parse_orders

ITEMS = [
    Item("widget", 250, 120),
    Item("gadget", 1999, 800),
    Item("gizmo", 505),
    Item("doohickey", 75, 20),
]
STOCK = {"widget": 10, "gadget": 3, "gizmo": 6, "doohickey": 40}

ORDERS = """
1 ada: widget*2, gizmo
2 brian express: gadget*2
3 chen: gadget*2, widget
4 dana low: doohickey*12
5 eve express: sprocket
6 farid: widget*4, gizmo*2
7 gita: doohickey*3, widget
8 hal express: gizmo*3, doohickey*5
"""


def show_catalogue():
    print("catalogue:")
    for item in sorted(ITEMS):
        print(f"  {item.sku:<10} {item.price:>6}  {item.weight_g:>4} g")
    print("  cheapest:", min(ITEMS, key=lambda i: i.price_cents))


def show_errors():
    # The hierarchy, and what each error carries.
    for cls in (UnknownItem, OutOfStock):
        print(cls.__name__, "->", [c.__name__ for c in cls.__mro__[1:-2]])
    try:
        try:
            raise OutOfStock(99, "gadget", 5, 3)
        except OrderError as e:
            raise WarehouseError("batch aborted") from e
    except WarehouseError as e:
        cause = e.__cause__
        print("caught:", e, "| cause:", cause, "| shortfall:", cause.shortfall)
        print("".join(traceback.format_exception_only(cause)), end="")


async def main():
    inventory = Inventory(ITEMS, STOCK)
    orders = list(parse_orders(ORDERS))
    print("orders:", [o.order_id for o in sorted(orders)])
    print("express:", [o.customer for o in orders if o.priority is Priority.EXPRESS])

    fulfilment = Fulfilment(inventory, stations=2, flaky_station=1)
    failures = await fulfilment.run(orders)
    print("log:")
    for entry in fulfilment.log:
        print("  " + entry)
    print("failures:", failures)

    waves, shipped = await fulfilment.ship(orders, limit_g=1000)
    print(f"shipped in {waves} waves:", shipped)

    by_status = {}
    for o in orders:
        by_status.setdefault(str(o.status), []).append(o.order_id)
    print("status:", json.dumps(by_status, sort_keys=True))
    print("rejected notes:", {o.order_id: o.notes for o in orders if o.notes})
    revenue = sum(inventory.value_cents(o) for o in orders
                  if o.status is Status.SHIPPED)
    print(f"revenue: {revenue / 100:.2f}")
    print("low stock:", dict(inventory.low_stock(threshold=3)))
    print(json.dumps({"stock": dict(sorted(inventory.stock.items()))}, indent=2))


if __name__ == "__main__":
    show_catalogue()
    show_errors()
    asyncio.run(main())
