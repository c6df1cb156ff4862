from app.errors import FieldsalesError, ValidationError


def test_message_fills_named_placeholders_and_keeps_the_field():
    error = ValidationError(
        "Quantity {quantity} must not be negative", field="quantity", quantity=-2
    )
    assert str(error) == "Quantity -2 must not be negative"
    assert error.field == "quantity"
    assert isinstance(error, FieldsalesError)


def test_message_without_params_is_left_as_written():
    assert str(FieldsalesError("Braces {stay} as written")) == "Braces {stay} as written"
