"""The warehouse's exception hierarchy."""


class WarehouseError(Exception):
    """Base class of every error the warehouse raises."""


class OrderError(WarehouseError):
    """An order cannot be fulfilled as placed."""

    def __init__(self, order_id, reason):
        super().__init__(f"order {order_id}: {reason}")
        self.order_id = order_id
        self.reason = reason


class UnknownItem(OrderError):
    def __init__(self, order_id, sku):
        super().__init__(order_id, f"unknown item {sku!r}")
        self.sku = sku


class OutOfStock(OrderError):
    def __init__(self, order_id, sku, wanted, available):
        super().__init__(
            order_id, f"wants {wanted} x {sku}, only {available} left")
        self.sku = sku
        self.shortfall = wanted - available


class PackingFailed(WarehouseError):
    """A packing station broke down while packing an order."""
