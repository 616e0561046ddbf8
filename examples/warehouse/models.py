"""Catalogue items, orders and their states."""

from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    EXPRESS = 3


class Status(Enum):
    NEW = auto()
    RESERVED = auto()
    PACKED = auto()
    SHIPPED = auto()
    REJECTED = auto()

    def __str__(self):
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Item:
    sku: str
    price_cents: int
    weight_g: int = 100

    @property
    def price(self):
        return f"{self.price_cents // 100}.{self.price_cents % 100:02d}"


@dataclass
class Line:
    sku: str
    quantity: int = 1


@dataclass(order=True)
class Order:
    sort_key: tuple = field(init=False, repr=False)
    order_id: int
    customer: str
    lines: list = field(default_factory=list, compare=False)
    priority: Priority = Priority.NORMAL
    status: Status = field(default=Status.NEW, compare=False)
    notes: list = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        # Express first, then by id.
        self.sort_key = (-self.priority, self.order_id)

    def units(self):
        return sum(line.quantity for line in self.lines)
