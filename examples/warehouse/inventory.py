"""Stock levels, and generators over the catalogue and the order stream."""

from collections import Counter

from .errors import OutOfStock, UnknownItem
from .models import Item, Line, Order, Priority


class Inventory:
    def __init__(self, items, stock):
        self.catalogue = {item.sku: item for item in items}
        self.stock = Counter(stock)
        self.reserved = Counter()

    def check(self, order):
        """Raise the first problem with `order`, if any."""
        for line in order.lines:
            if line.sku not in self.catalogue:
                raise UnknownItem(order.order_id, line.sku)
            available = self.stock[line.sku] - self.reserved[line.sku]
            if line.quantity > available:
                raise OutOfStock(order.order_id, line.sku, line.quantity, available)

    def reserve(self, order):
        self.check(order)
        for line in order.lines:
            self.reserved[line.sku] += line.quantity

    def ship(self, order):
        for line in order.lines:
            self.reserved[line.sku] -= line.quantity
            self.stock[line.sku] -= line.quantity

    def value_cents(self, order):
        return sum(self.catalogue[line.sku].price_cents * line.quantity
                   for line in order.lines)

    def low_stock(self, threshold):
        """Yield (sku, units left) for items at or below `threshold`."""
        for sku in sorted(self.catalogue):
            left = self.stock[sku] - self.reserved[sku]
            if left <= threshold:
                yield sku, left


def parse_orders(text):
    """Yield Orders from lines like '7 ada express: widget*2, gadget'."""
    for lineno, raw in enumerate(text.strip().splitlines(), 1):
        head, _, body = raw.partition(":")
        fields = head.split()
        order_id, customer = int(fields[0]), fields[1]
        priority = Priority[fields[2].upper()] if len(fields) > 2 else Priority.NORMAL
        lines = list(_parse_lines(body))
        yield Order(order_id, customer, lines, priority)


def _parse_lines(body):
    for part in body.split(","):
        sku, _, qty = part.strip().partition("*")
        yield Line(sku, int(qty) if qty else 1)


def batched_by_weight(orders, catalogue, limit_g):
    """Group orders into shipping waves of at most `limit_g` grams.

    A coroutine-style generator: send() a new limit to change it mid-way.
    Returns the number of waves.
    """
    wave, weight, waves = [], 0, 0
    for order in orders:
        w = sum(catalogue[l.sku].weight_g * l.quantity for l in order.lines)
        if wave and weight + w > limit_g:
            new_limit = yield wave
            waves += 1
            if new_limit is not None:
                limit_g = new_limit
            wave, weight = [], 0
        wave.append(order)
        weight += w
    if wave:
        yield wave
        waves += 1
    return waves
