"""Made-up documents in each language, for tests, the benchmark and previews.

Totals are worked out here only because these documents do not come from the
workspace; real documents take theirs from the domain services.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from app.preset import CompanyProfile
from app.reports.documents import (
    Appearance,
    DocumentLine,
    OrderConfirmationDocument,
    Party,
    Person,
    Photo,
    QuoteDocument,
    SalesRep,
    TaxRow,
    Totals,
    VisitReportDocument,
)
from app.reports.locale_format import round_money

FIXED_MOMENT = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)

PRODUCTS = {
    "en": ["Industrial coffee grinder, stainless steel", "Espresso cups (box of 12)", "Descaling tablets", "Barista training, half day"],
    "ru": ["Промышленная кофемолка, нержавеющая сталь", "Чашки для эспрессо (12 шт.)", "Таблетки от накипи", "Обучение бариста, полдня"],
    "ar": ["مطحنة قهوة صناعية من الفولاذ المقاوم للصدأ", "فناجين إسبريسو (علبة ١٢ قطعة)", "أقراص إزالة الترسبات", "تدريب باريستا لنصف يوم"],
    "fa": ["آسیاب قهوه صنعتی از فولاد ضدزنگ", "فنجان اسپرسو (بسته ۱۲ عددی)", "قرص جرم‌گیر", "آموزش باریستا، نیم روز"],
}  # fmt: skip
UNIT = "pcs"  # stored as a code; documents print it in their language
CUSTOMERS = {
    "en": Party("Harbour View Cafés LLC", ("Shop 4, Marina Walk", "Dubai, United Arab Emirates"), "A-10042", "TRN 100555666700003", "Sarah Mitchell", "+971 4 555 0199", "orders@harbourview.example"),
    "ru": Party("ООО «Кофейня на Набережной»", ("ул. Набережная, д. 7", "Казань, Россия"), "A-10043", "1655123456", "Анна Петрова", "+7 843 555-01-99", "zakaz@naberezhnaya.example"),
    "ar": Party("مقاهي الواجهة البحرية ذ.م.م", ("محل ٤، ممشى المارينا", "دبي، الإمارات العربية المتحدة"), "A-10044", "TRN 100555666700003", "سارة المنصوري", "+971 4 555 0199", "orders@waterfront.example"),
    "fa": Party("کافه‌های ساحل پارس", ("خیابان ولیعصر، پلاک ۱۲", "تهران، ایران"), "A-10045", "411122223333", "مریم رضایی", "+98 21 5550 0199", "sefaresh@sahel.example"),
}  # fmt: skip
TERMS = {
    "en": "Prices are valid until the date shown. Delivery within 10 working days of order confirmation.",
    "ru": "Цены действительны до указанной даты. Поставка в течение 10 рабочих дней после подтверждения заказа.",
    "ar": "الأسعار صالحة حتى التاريخ المذكور. التسليم خلال ١٠ أيام عمل من تأكيد الطلب.",
    "fa": "قیمت‌ها تا تاریخ ذکرشده معتبر است. تحویل ظرف ۱۰ روز کاری پس از تأیید سفارش.",
}  # fmt: skip
SALES_REP = {
    "en": SalesRep("Omar Haddad", "+971 50 555 0123", "omar.haddad@example.com"),
    "ru": SalesRep("Омар Хаддад", "+971 50 555 0123", "omar.haddad@example.com"),
    "ar": SalesRep("عمر حداد", "+971 50 555 0123", "omar.haddad@example.com"),
    "fa": SalesRep("عمر حداد", "+971 50 555 0123", "omar.haddad@example.com"),
}
PAYMENT_TERMS = "Net 30"
CONTACT_TITLES = {"en": "Owner", "ru": "Директор", "ar": "المالكة", "fa": "مدیر خرید"}
CURRENCY = {"en": "AED", "ru": "RUB", "ar": "AED", "fa": "IRR"}


def sample_company() -> CompanyProfile:
    return CompanyProfile(
        bank_details="Emirates Example Bank · IBAN AE07 0331 2345 6789 0123 456 · SWIFT EXAMAEAD"
    )


def sample_lines(count: int, language: str, currency: str) -> tuple[DocumentLine, ...]:
    names = PRODUCTS[language]
    lines = []
    for index in range(count):
        quantity = Decimal(1 + index % 7)
        unit_price = Decimal(25 + (index * 37) % 900) + Decimal("0.50")
        discount = Decimal((index % 4) * 5)
        tax_rate = Decimal(5) if index % 5 else Decimal(0)
        gross = quantity * unit_price
        total = round_money(gross - gross * discount / 100, currency)
        lines.append(
            DocumentLine(
                position=index + 1,
                description=names[index % len(names)],
                sku=f"CF-{1000 + index}",
                quantity=quantity,
                unit=UNIT,
                unit_price=unit_price,
                discount_percent=discount,
                tax_rate=tax_rate,
                line_total=total,
            )  # fmt: skip
        )
    return tuple(lines)


def totals_for(lines: tuple[DocumentLine, ...], currency: str) -> Totals:
    gross = sum(
        (round_money(line.quantity * line.unit_price, currency) for line in lines), Decimal(0)
    )
    net = sum((line.line_total for line in lines), Decimal(0))
    rows = []
    for rate in sorted({line.tax_rate for line in lines}):
        base = sum((line.line_total for line in lines if line.tax_rate == rate), Decimal(0))
        rows.append(TaxRow(rate, base, round_money(base * rate / 100, currency)))
    tax = sum((row.tax for row in rows), Decimal(0))
    return Totals(
        gross=gross, discount=gross - net, net=net, tax_rows=tuple(rows), grand_total=net + tax
    )


def sample_quote(
    *, lines: int = 12, language: str = "en", calendar: str = "gregorian"
) -> QuoteDocument:
    currency = CURRENCY[language]
    document_lines = sample_lines(lines, language, currency)
    return QuoteDocument(
        company=sample_company(), customer=CUSTOMERS[language], number="Q-K7Q2-00042",
        issue_date=date(2026, 11, 24), valid_until=date(2026, 12, 24), currency=currency,
        lines=document_lines, totals=totals_for(document_lines, currency), terms=TERMS[language],
        sales_rep=SALES_REP[language], payment_terms=PAYMENT_TERMS,
        appearance=Appearance(language, calendar),
    )  # fmt: skip


def sample_order(
    *, lines: int = 8, language: str = "en", calendar: str = "gregorian"
) -> OrderConfirmationDocument:
    currency = CURRENCY[language]
    document_lines = sample_lines(lines, language, currency)
    return OrderConfirmationDocument(
        company=sample_company(), customer=CUSTOMERS[language], number="O-K7Q2-00007",
        order_date=date(2026, 11, 25), requested_delivery_date=date(2026, 12, 5),
        quote_number="Q-K7Q2-00042", currency=currency, lines=document_lines,
        totals=totals_for(document_lines, currency), terms=TERMS[language],
        sales_rep=SALES_REP[language], payment_terms=PAYMENT_TERMS,
        appearance=Appearance(language, calendar),
    )  # fmt: skip


def sample_visit_report(
    *, language: str = "en", calendar: str = "gregorian", photos: tuple[Photo, ...] = ()
) -> VisitReportDocument:
    text = TERMS[language]
    return VisitReportDocument(
        company=sample_company(), customer=CUSTOMERS[language], visit_reference="V-2026-11-24-01",
        visit_date=date(2026, 11, 24), checked_in_at=datetime(2026, 11, 24, 9, 5, tzinfo=UTC),
        checked_out_at=datetime(2026, 11, 24, 10, 40, tzinfo=UTC), purpose=PRODUCTS[language][3],
        summary=text, outcome=PRODUCTS[language][0], next_steps=text,
        contacts_met=(Person(CUSTOMERS[language].contact_name, CONTACT_TITLES[language]),), follow_up_title=PRODUCTS[language][2],
        follow_up_due=date(2026, 12, 1), review_state="pending", sales_rep=SALES_REP[language],
        photos=photos, appearance=Appearance(language, calendar),
    )  # fmt: skip
