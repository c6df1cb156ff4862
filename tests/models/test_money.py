"""Money rounds per currency, half up; totals round per line, then per tax rate."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.models.money import Money, currency_precision, document_totals, line_amounts, round_money


@dataclass
class Line:
    quantity: D
    unit_price: D
    discount_percent: D = D(0)
    tax_rate: D = D(0)


@pytest.mark.parametrize(
    ("currency", "places", "amount", "rounded"),
    [
        ("EUR", 2, "2.345", "2.35"),
        ("EUR", 2, "2.344", "2.34"),
        ("EUR", 2, "-2.345", "-2.35"),
        ("JPY", 0, "1234.5", "1235"),
        ("KWD", 3, "1.0005", "1.001"),
        ("USD", 2, "10", "10.00"),
    ],
)
def test_rounding_follows_the_currency_half_up(currency, places, amount, rounded) -> None:
    assert currency_precision(currency) == places
    assert str(round_money(D(amount), currency)) == rounded
    assert str(Money(D(amount), currency).amount) == rounded


def test_unknown_currency_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        Money(D(1), "XYZ")
    assert caught.value.field == "currency"
    assert str(caught.value) == "Unknown currency code: XYZ."


def test_money_refuses_floats_and_mixing_currencies() -> None:
    with pytest.raises(ValidationError):
        Money(0.1, "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="EUR and USD"):
        Money(D(1), "EUR") + Money(D(1), "USD")
    assert Money(D("1.10"), "eur") + Money(D("2.205"), "EUR") == Money(D("3.31"), "EUR")


def test_line_total_is_quantity_times_price_minus_discount_rounded_once() -> None:
    line = line_amounts(
        quantity=D(3), unit_price=D("19.99"), discount_percent=D("12.5"), currency="EUR"
    )
    assert line.gross == D("59.97")
    assert line.total == D("52.47")  # 59.97 × 0.875 = 52.47375
    assert line.discount == D("7.50")


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"quantity": D(0)}, "quantity", "Quantity must be greater than zero."),
        ({"quantity": D(-2)}, "quantity", "Quantity must be greater than zero."),
        (
            {"discount_percent": D("100.01")},
            "discount_percent",
            "Discount percent must be between 0 and 100.",
        ),
        (
            {"discount_percent": D(-1)},
            "discount_percent",
            "Discount percent must be between 0 and 100.",
        ),
        ({"unit_price": "abc"}, "unit_price", "Unit price must be a number."),
    ],
)
def test_bad_line_values_name_their_field(kwargs, field, message) -> None:
    values = {"quantity": D(1), "unit_price": D(10), "currency": "EUR"} | kwargs
    with pytest.raises(ValidationError) as caught:
        line_amounts(**values)
    assert caught.value.field == field
    assert str(caught.value) == message


def test_tax_is_computed_per_rate_on_the_summed_line_totals() -> None:
    totals = document_totals(
        [
            Line(D(1), D("0.05"), tax_rate=D(19)),
            Line(D(1), D("0.05"), tax_rate=D(19)),
            Line(D(1), D("0.05"), tax_rate=D(19)),
            Line(D(2), D("10.00"), D(10), D(7)),
        ],
        "EUR",
    )
    assert [line.total for line in totals.lines] == [D("0.05"), D("0.05"), D("0.05"), D("18.00")]
    assert totals.subtotal == D("18.15")
    # Per line, 0.05 × 19 % would round to 0.01 three times (0.03); per rate it is 0.15 × 19 % = 0.0285.
    assert totals.taxes[D(19)].base == D("0.15")
    assert totals.taxes[D(19)].tax == D("0.03")
    assert totals.taxes[D(7)].base == D("18.00")
    assert totals.taxes[D(7)].tax == D("1.26")
    assert list(totals.taxes) == [D(7), D(19)]
    assert totals.tax_total == D("1.29")
    assert totals.grand_total == D("19.44")
    assert totals.grand_total_money == Money(D("19.44"), "EUR")


def test_totals_in_yen_and_dinar_use_their_own_minor_units() -> None:
    yen = document_totals([Line(D(3), D("333.5"), tax_rate=D(10))], "JPY")
    assert (yen.subtotal, yen.tax_total, yen.grand_total) == (D(1001), D(100), D(1101))
    dinar = document_totals([Line(D(1), D("1.2345"), tax_rate=D(5))], "KWD")
    assert (dinar.subtotal, dinar.tax_total, dinar.grand_total) == (
        D("1.235"),
        D("0.062"),
        D("1.297"),
    )


def test_empty_document_totals_zero() -> None:
    totals = document_totals([], "EUR")
    assert (totals.subtotal, totals.taxes, totals.grand_total) == (D(0), {}, D(0))


amounts = st.decimals(min_value=D("0.01"), max_value=D("99999"), places=2)
percents = st.decimals(min_value=D(0), max_value=D(100), places=2)


@given(
    lines=st.lists(
        st.builds(
            Line,
            quantity=amounts,
            unit_price=amounts,
            discount_percent=percents,
            tax_rate=st.sampled_from([D(0), D(7), D(19)]),
        ),
        max_size=8,
    )
)
def test_totals_always_add_up(lines) -> None:
    totals = document_totals(lines, "EUR")
    assert totals.subtotal == sum((line.total for line in totals.lines), D(0))
    assert sum((tax.base for tax in totals.taxes.values()), D(0)) == totals.subtotal
    assert totals.grand_total == totals.subtotal + totals.tax_total
    for line in totals.lines:
        assert line.gross - line.discount == line.total
        assert line.total.as_tuple().exponent == -2


def test_money_formats_per_locale() -> None:
    assert Money(D("1234.5"), "EUR").format("en") == "€1,234.50"
    assert Money(D("1234.5"), "EUR").format("de") == "1.234,50\xa0€"
    assert Money(D("1234.5"), "JPY").format("en") == "¥1,235"
    assert str(Money(D("1234.5"), "KWD")) == "1234.500 KWD"
