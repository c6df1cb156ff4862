"""What quote lines and order lines share: pricing a new line, the draft-only rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.errors import StateError, ValidationError, translatable
from app.models import Account, Order, PriceList, Product, Quote
from app.models.money import line_amounts
from app.models.validation import optional_text, require_not_before
from app.services.pricing import price_for

LINE_FIELDS = frozenset(
    {"product", "description", "quantity", "unit_price", "discount_percent", "tax_rate", "position"}
)


def require_draft(document: Quote | Order) -> None:
    """Lines and fields of a quote or order change only while it is a draft."""
    if document.status != "draft":
        kind = (
            translatable("errors", "Quote")
            if isinstance(document, Quote)
            else translatable("errors", "Order")
        )
        raise StateError(
            translatable("errors", "{kind} {number} is {status} and can no longer be changed."),
            kind=kind,
            number=document.number,
            status=document.status,
        )


def new_line_values(
    session: Session,
    *,
    account: Account,
    currency: str,
    on: date,
    product: Product | None,
    description: str | None,
    quantity: Decimal | int | str,
    unit_price: Decimal | int | str | None,
    discount_percent: Decimal | int | str | None,
    tax_rate: Decimal | int | str | None,
    preferred: PriceList | None = None,
) -> dict[str, Any]:
    """Checked values for a new line; a missing price comes from the price lists."""
    if product is None and not (description or "").strip():
        raise ValidationError(
            translatable("errors", "Choose a product or describe the line."), field="product_id"
        )
    if unit_price is None:
        if product is None:
            raise ValidationError(
                translatable("errors", "Unit price is required for a line without a product."),
                field="unit_price",
            )
        # Validate the quantity first so a bad one is reported as such, not as "no price".
        line_amounts(quantity=quantity, unit_price=0, currency=currency)
        unit_price = price_for(
            session,
            account=account,
            product=product,
            quantity=quantity,
            on=on,
            currency=currency,
            preferred=preferred,
        ).unit_price
    if tax_rate is None:
        tax_rate = product.tax_rate if product is not None else Decimal(0)
    checked = line_amounts(
        quantity=quantity,
        unit_price=unit_price,
        discount_percent=discount_percent,
        tax_rate=tax_rate,
        currency=currency,
    )
    return {
        "product": product,
        "description": (description or "").strip() or (product.name if product else None),
        "quantity": checked.quantity,
        "unit_price": checked.unit_price,
        "discount_percent": checked.discount_percent,
        "tax_rate": checked.tax_rate,
    }


def checked_line_changes(values: dict[str, Any], *, currency: str, current: Any) -> dict[str, Any]:
    """Validate an edit of an existing line as a whole before applying any of it."""
    unknown = set(values) - LINE_FIELDS
    if unknown:
        raise TypeError(f"unknown line fields: {', '.join(sorted(unknown))}")
    merged = {
        key: values.get(key, getattr(current, key))
        for key in ("quantity", "unit_price", "discount_percent", "tax_rate")
    }
    checked = line_amounts(currency=currency, **merged)
    clean = dict(values)
    for key in merged:
        if key in clean:
            clean[key] = getattr(checked, key)
    return clean


def reference_fields(**values: str | None) -> dict[str, str | None]:
    """The customer's reference and the delivery terms, checked like every short field."""
    limits = {"customer_reference": 80, "delivery_terms": 120, "payment_terms": 120}
    return {
        name: optional_text(value, field=name, limit=limits[name]) for name, value in values.items()
    }


def update_draft_fields(
    session: Session,
    document: Quote | Order,
    values: dict[str, Any],
    *,
    editable: frozenset[str],
    start_field: str,
    end_field: str,
) -> None:
    """Change header fields of a draft; the end date may not fall before the start."""
    require_draft(document)
    unknown = set(values) - editable
    if unknown:
        raise TypeError(f"unknown {document.__tablename__} fields: {', '.join(sorted(unknown))}")
    require_not_before(
        values.get(start_field, getattr(document, start_field)),
        values.get(end_field, getattr(document, end_field)),
        field=end_field,
    )
    for field, value in values.items():
        setattr(document, field, value)
    session.flush()


def append_line(
    session: Session, document: Quote | Order, line_class: type, values: dict[str, Any]
) -> Any:
    """Add a checked line after the document's last one."""
    position = max((line.position for line in document.lines), default=0) + 1
    line = line_class(position=position, **values)
    document.lines.append(line)
    session.flush()
    return line


def change_line(
    session: Session, document: Quote | Order, line: Any, values: dict[str, Any]
) -> None:
    require_draft(document)
    for field, value in checked_line_changes(
        values, currency=document.currency, current=line
    ).items():
        setattr(line, field, value)
    session.flush()


def drop_line(session: Session, document: Quote | Order, line: Any) -> None:
    require_draft(document)
    # Flagged before it goes: the sync's change capture sees the flag, so a line the
    # server already holds is deleted there too (a removed row alone leaves no trace).
    line.deleted = True
    session.flush()
    document.lines.remove(line)
    session.flush()
