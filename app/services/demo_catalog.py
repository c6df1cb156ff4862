"""The demo catalogue: ~150 products and price lists in every market's currency.

Per currency there is this year's default list (with quantity breaks on a third of
the products), last year's default list (expired, so old quotes carry old prices),
a shared "Key accounts" list assigned to some customers, and a contract price list
for a few customers of their own. ``DemoCatalog.price`` applies the same rules as
``app.services.pricing.price_for`` in memory, so demo quotes can be priced without
two queries per line; a test checks both agree.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from app.models import PriceList, PriceListAccount, PriceListItem, Product
from app.models.money import round_money
from app.services.demo_names import EXCHANGE_FROM_EUR

if TYPE_CHECKING:
    from app.services.demo import BulkWriter

# (SKU prefix, unit, tax rate %, EUR price range, name variants)
_CATEGORIES = (
    ("FAS", "box", 19, (6, 25), [f"Hex bolt M{m} × {length} (100 pcs)" for m in (6, 8, 10, 12, 16)
                                 for length in (30, 50, 80)]),
    ("TOL", "pcs", 19, (25, 480), ["Cordless drill 18 V", "Impact driver 18 V", "Angle grinder 125 mm",
                                   "Torque wrench 20-100 Nm", "Torque wrench 60-340 Nm", "Socket set 1/2\" 24 pcs",
                                   "Screwdriver set 12 pcs", "Spirit level 60 cm", "Laser distance meter 50 m",
                                   "Hammer drill SDS-plus", "Jigsaw 650 W", "Workbench vice 125 mm",
                                   "Pipe wrench 14\"", "Cable cutter 600 mm", "Tool case, empty"]),
    ("SAF", "pack", 19, (8, 95), [f"{item} size {size}" for item in ("Safety gloves (12 pairs)",
                                  "Cut-resistant gloves (6 pairs)", "Safety shoes S3") for size in
                                  ("S", "M", "L", "XL", "XXL")]),
    ("CLN", "can", 19, (4, 60), [f"{item} {volume} l" for item in ("Surface cleaner", "Degreaser",
                                 "Hand cleaning paste") for volume in (1, 5, 10, 25, 200)]),
    ("PKG", "roll", 19, (3, 40), [f"{item} {width} mm" for item in ("Stretch film 300 m",
                                  "Packing tape 66 m", "Bubble wrap 50 m") for width in (50, 100, 300,
                                  500, 1000)]),
    ("ELC", "m", 19, (1, 9), [f"Cable {kind} {cores}×{section} mm²" for kind in ("NYM-J", "H07RN-F",
                              "LiYCY") for cores, section in ((3, "1.5"), (3, "2.5"), (5, "1.5"),
                              (5, "2.5"), (5, "4"))]),
    ("LUB", "kg", 19, (6, 70), [f"{item} {weight} kg" for item in ("Multi-purpose grease",
                                "Chain lubricant", "Cutting oil") for weight in (1, 5, 10, 18, 50)]),
    ("CAT", "kg", 7, (9, 35), [f"{item} {weight} kg" for item in ("Coffee beans, espresso",
                               "Coffee beans, crema", "Black tea") for weight in (0.5, 1, 2, 5, 10)]),
    ("DOC", "pcs", 7, (15, 90), [f"{item} ({language})" for item in ("Safety handbook",
                                 "Maintenance manual", "Training workbook") for language in
                                 ("EN", "DE", "AR", "FA", "RU")]),
    ("SRV", "hour", 19, (65, 140), [f"{item} ({level})" for item in ("On-site service",
                                    "Installation", "Inspection") for level in ("standard", "weekend",
                                    "night", "urgent", "remote")]),
)  # fmt: skip


@dataclass
class DemoProduct:
    id: str
    sku: str
    tax_rate: Decimal
    base_price: Decimal  # EUR


@dataclass
class DemoList:
    id: str
    name: str
    currency: str
    valid_from: date | None
    valid_to: date | None
    is_default: bool
    breaks: dict[str, list[tuple[Decimal, Decimal]]] = field(default_factory=dict)

    def is_valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def _newest_first(lists: list[DemoList], day: date) -> list[DemoList]:
    valid = [price_list for price_list in lists if price_list.is_valid_on(day)]
    return sorted(valid, key=lambda pl: (pl.valid_from or date.min, pl.name), reverse=True)


@dataclass
class DemoCatalog:
    products: list[DemoProduct]
    lists: dict[str, DemoList]
    defaults: dict[str, list[DemoList]]  # by currency
    key_accounts: dict[str, DemoList]  # by currency
    today: date

    def price(
        self,
        *,
        list_ids: list[str],
        currency: str,
        product: DemoProduct,
        quantity: Decimal,
        on: date,
    ) -> tuple[Decimal, DemoList] | None:
        """The unit price ``price_for`` would find, and the list it comes from."""
        assigned = [self.lists[list_id] for list_id in list_ids]
        ordered = _newest_first([pl for pl in assigned if pl.currency == currency], on)
        ordered += [pl for pl in _newest_first(self.defaults[currency], on) if pl not in ordered]
        for price_list in ordered:
            applicable = [b for b in price_list.breaks.get(product.id, []) if b[0] <= quantity]
            if applicable:
                return max(applicable)[1], price_list
        return None

    def assign_lists(
        self,
        writer: BulkWriter,
        *,
        account_id: str,
        account_label: str,
        currency: str,
        rng: random.Random,
    ) -> list[str]:
        """Some customers get the key-account list, a few a contract list of their own.

        List names are unique (CSV files name lists), hence the account number in them.
        """
        assigned = []
        if rng.random() < 0.12:
            assigned.append(self.key_accounts[currency].id)
        if rng.random() < 0.04:
            own = _add_list(
                writer,
                self,
                name=f"Contract prices {account_label}",
                currency=currency,
                valid_from=self.today - timedelta(days=120),
                valid_to=self.today + timedelta(days=245),
                is_default=False,
            )
            for product in rng.sample(self.products, 15):
                _add_break(writer, own, product, Decimal(1), Decimal("0.88"))
            assigned.append(own.id)
        for list_id in assigned:
            writer.add(PriceListAccount, price_list_id=list_id, account_id=account_id)
        return assigned


def _add_list(writer: BulkWriter, catalog: DemoCatalog | None, **values: object) -> DemoList:
    list_id = writer.add(PriceList, **values)
    price_list = DemoList(id=list_id, **values)  # type: ignore[arg-type]
    if catalog is not None:
        catalog.lists[list_id] = price_list
    return price_list


def _add_break(
    writer: BulkWriter,
    price_list: DemoList,
    product: DemoProduct,
    quantity: Decimal,
    factor: Decimal,
) -> None:
    rate = Decimal(EXCHANGE_FROM_EUR[price_list.currency])
    price = round_money(product.base_price * rate * factor, price_list.currency)
    writer.add(
        PriceListItem,
        price_list_id=price_list.id,
        product_id=product.id,
        min_quantity=quantity,
        unit_price=price,
    )
    price_list.breaks.setdefault(product.id, []).append((quantity, price))


def build_catalog(writer: BulkWriter, *, rng: random.Random, today: date) -> DemoCatalog:
    products = []
    for prefix, unit, tax, (low, high), names in _CATEGORIES:
        for number, name in enumerate(names, start=1):
            base = Decimal(rng.randint(low * 100, high * 100)) / 100
            sku = f"{prefix}-{number:04d}"
            product_id = writer.add(
                Product,
                sku=sku,
                name=name,
                description=f"{name}. Ships from the central warehouse within two days.",
                unit=unit,
                tax_rate=Decimal(tax),
                active=rng.random() > 0.03,
            )
            products.append(DemoProduct(product_id, sku, Decimal(tax), base))
    catalog = DemoCatalog(products=products, lists={}, defaults={}, key_accounts={}, today=today)
    year = today.year
    for currency in EXCHANGE_FROM_EUR:
        current = _add_list(writer, catalog, name=f"Standard {currency} {year}", currency=currency,
                            valid_from=date(year, 1, 1), valid_to=None, is_default=True)  # fmt: skip
        previous = _add_list(writer, catalog, name=f"Standard {currency} {year - 1}",
                             currency=currency, valid_from=date(year - 1, 1, 1),
                             valid_to=date(year - 1, 12, 31), is_default=True)  # fmt: skip
        catalog.defaults[currency] = [current, previous]
        for index, product in enumerate(products):
            _add_break(writer, current, product, Decimal(1), Decimal(1))
            _add_break(writer, previous, product, Decimal(1), Decimal("0.96"))
            if index % 3 == 0:  # quantity breaks on a third of the catalogue
                _add_break(writer, current, product, Decimal(10), Decimal("0.95"))
                _add_break(writer, current, product, Decimal(50), Decimal("0.90"))
        key = _add_list(writer, catalog, name=f"Key accounts {currency}", currency=currency,
                        valid_from=date(year, 1, 1), valid_to=date(year, 12, 31),
                        is_default=False)  # fmt: skip
        for product in products[::4]:
            _add_break(writer, key, product, Decimal(1), Decimal("0.92"))
        catalog.key_accounts[currency] = key
    return catalog
