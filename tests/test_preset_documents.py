"""The preset's document settings: terms per language, representatives, seller numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.preset import read_preset

EXAMPLE = Path(__file__).resolve().parents[1] / "packaging" / "preset.example.json"


def write(tmp_path: Path, company: dict) -> Path:
    path = tmp_path / "preset.json"
    path.write_text(json.dumps({"company": company}), encoding="utf-8")
    return path


def test_terms_are_held_per_language_and_fall_back_to_english(tmp_path):
    terms = {"en": "Valid 30 days.", "ar": "صالح لمدة ٣٠ يومًا.", "ru": "Действительно 30 дней."}
    company = read_preset(write(tmp_path, {"quote_terms": terms})).company
    assert company.quote_terms.in_language("ar") == "صالح لمدة ٣٠ يومًا."
    assert company.quote_terms.in_language("ru") == "Действительно 30 дней."
    assert company.quote_terms.in_language("fa") == "Valid 30 days."


def test_terms_given_as_one_text_print_in_every_language(tmp_path):
    company = read_preset(write(tmp_path, {"quote_terms": "EXW Jebel Ali."})).company
    assert company.quote_terms.in_language("fa") == "EXW Jebel Ali."


def test_built_in_terms_exist_in_every_language_and_say_nothing_about_payment(tmp_path):
    company = read_preset(write(tmp_path, {})).company
    for language in ("en", "ar", "fa", "ru"):
        text = company.quote_terms.in_language(language)
        assert text and text != company.quote_terms.in_language("en") or language == "en"
    assert "30" not in company.quote_terms.in_language("en")


def test_representatives_and_registration_numbers(tmp_path):
    data = {
        "registration_number": "1027700132195",
        "kpp": "770101001",
        "representatives": {
            "omar.alharbi": {
                "name": {"en": "Omar Al-Harbi", "ar": "عمر الحربي"},
                "phone": "+966 50 555 0123",
                "email": "omar@example.com",
            },
            "anna": {"name": "Анна Петрова"},
        },
    }
    company = read_preset(write(tmp_path, data)).company
    assert (company.registration_number, company.kpp) == ("1027700132195", "770101001")
    omar = company.representatives.find("omar.alharbi")
    assert omar.name.in_language("ar") == "عمر الحربي" and omar.phone == "+966 50 555 0123"
    assert company.representatives.find("anna").name.in_language("en") == "Анна Петрова"
    assert company.representatives.find("nobody") is None


def test_the_shipped_example_has_terms_in_four_languages_and_a_representative():
    company = read_preset(EXAMPLE).company
    assert "EXW" in company.quote_terms.in_language("ar")
    assert company.representatives.find("omar.alharbi").name.in_language("ar") == "عمر الحربي"


@pytest.mark.parametrize(
    ("company", "message"),
    [
        ({"quote_terms": 12}, "company quote_terms must be text, or texts by language"),
        ({"quote_terms": {"de": "Gültig"}}, "Unsupported language de"),
        ({"representatives": ["omar"]}, "representatives must give each login a name"),
        ({"representatives": {"omar": {"phone": "1"}}}, "must give each login a name"),
        ({"representatives": {"omar": {"name": "O", "fax": "1"}}}, "must give each login a name"),
        ({"kpp": 770101001}, "company kpp must be text"),
    ],
)
def test_mistakes_in_document_settings_are_refused(tmp_path, company, message):
    with pytest.raises(ValidationError) as caught:
        read_preset(write(tmp_path, company))
    assert message in str(caught.value)


def test_a_second_calendar_for_documents(tmp_path):
    path = tmp_path / "preset.json"
    path.write_text(
        json.dumps({"calendar": "gregorian", "second_calendar": "islamic-umalqura"}),
        encoding="utf-8",
    )
    assert read_preset(path).second_calendar == "islamic-umalqura"
    path.write_text(json.dumps({"second_calendar": "hebrew"}), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_preset(path)
    assert "Unsupported calendar hebrew" in str(caught.value)
