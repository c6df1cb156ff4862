"""Names, places and phrases for demo data, in the scripts our users read.

Faker is slow per call (tens of microseconds) and a 100k-account demo needs
millions of values, so each market gets pools drawn once from Faker with a fixed
seed, and the generator picks from them. Faker's Arabic locales make companies and
cities like "هندية Inc" or "طسمfort", so Arabic company names, cities and streets
are composed here from Faker's Arabic surnames instead.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from faker import Faker


@dataclass(frozen=True)
class Market:
    """Where a share of the demo customers are: their language, country and currency."""

    locale: str
    language: str  # preferred_language of contacts
    country: str  # ISO 3166 code
    currency: str
    share: int  # relative weight among markets
    territories: tuple[str, ...]
    reps: tuple[str, ...]
    domain: str


MARKETS = (
    Market("de_DE", "de", "DE", "EUR", 30, ("Berlin-Brandenburg", "Bavaria"),
           ("anna.schmidt", "lukas.weber"), "example.de"),
    Market("en_US", "en", "US", "USD", 20, ("New York", "California"),
           ("james.miller",), "example.com"),
    Market("ar_SA", "ar", "SA", "SAR", 15, ("Riyadh", "Jeddah"), ("omar.alharbi",), "example.sa"),
    Market("ar_AA", "ar", "AE", "AED", 10, ("Dubai",), ("layla.haddad",), "example.ae"),
    Market("fa_IR", "fa", "IR", "IRR", 10, ("Tehran",), ("sara.rahimi",), "example.ir"),
    Market("ru_RU", "ru", "RU", "RUB", 15, ("Moscow", "Saint Petersburg"),
           ("ivan.petrov",), "example.ru"),
)  # fmt: skip

MANAGER = "maria.keller"

# Rough rates from EUR, so a bolt costs about the same everywhere.
EXCHANGE_FROM_EUR = {
    "EUR": "1",
    "USD": "1.08",
    "SAR": "4.05",
    "AED": "3.97",
    "IRR": "45000",
    "RUB": "100",
}

_ARABIC_CITIES = {
    "SA": ("الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "الخبر", "الطائف"),
    "AE": ("دبي", "أبوظبي", "الشارقة", "العين", "عجمان", "رأس الخيمة"),
}
_ARABIC_COMPANY = (("شركة", "مؤسسة", "مجموعة", "مصنع"), ("للتجارة", "التجارية", "للمقاولات",
                                                      "للصناعات", "القابضة", "للتوريدات"))  # fmt: skip
_ARABIC_STREETS = ("شارع الملك فهد", "طريق الملك عبدالعزيز", "شارع التحلية", "شارع الأمير سلطان",
                   "شارع الشيخ زايد", "شارع الجميرا", "شارع العليا")  # fmt: skip

SEGMENTS = ("Retail", "Wholesale", "Hospitality", "Healthcare", "Manufacturing", "Public sector")
TAGS = ("key account", "newsletter", "trade fair", "export", "VIP", "price sensitive",
        "credit watch", "new 2026", "service contract")  # fmt: skip
PAYMENT_TERMS = ("Net 30", "Net 14", "Net 60", "Prepayment", "2% 10, net 30")
TITLES = {
    "de": ("Einkaufsleiter", "Geschäftsführerin", "Lagerleiter", "Technische Leitung"),
    "en": ("Purchasing Manager", "CEO", "Operations Lead", "Office Manager"),
    "ar": ("مدير المشتريات", "المدير العام", "مدير العمليات", "مسؤول المستودع"),
    "fa": ("مدیر خرید", "مدیرعامل", "مدیر انبار", "کارشناس فنی"),
    "ru": ("Менеджер по закупкам", "Генеральный директор", "Начальник склада", "Главный инженер"),
}

# Visit report summaries and next steps, in the rep's language.
REPORT_PHRASES = {
    "de": (("Neue Preisliste vorgestellt, Interesse an Mengenrabatt.", "Angebot bis Freitag senden."),
           ("Reklamation zur letzten Lieferung besprochen.", "Ersatzlieferung veranlassen."),
           ("Jahresgespräch geführt, Bedarf steigt im Herbst.", "Rahmenvertrag vorbereiten.")),
    "en": (("Presented the new catalogue; strong interest in safety gear.", "Send a quote this week."),
           ("Discussed late delivery of the last order.", "Check stock with the warehouse."),
           ("Quarterly review; volume expected to grow.", "Propose a framework contract.")),
    "ar": (("تم عرض الكتالوج الجديد، اهتمام كبير بمعدات السلامة.", "إرسال عرض سعر هذا الأسبوع."),
           ("مناقشة تأخر التسليم في الطلب الأخير.", "التحقق من المخزون مع المستودع."),
           ("مراجعة ربع سنوية، من المتوقع زيادة الطلب.", "اقتراح عقد إطاري.")),
    "fa": (("کاتالوگ جدید معرفی شد؛ علاقه زیاد به تجهیزات ایمنی.", "ارسال پیش‌فاکتور تا پایان هفته."),
           ("درباره تأخیر در تحویل سفارش قبلی صحبت شد.", "بررسی موجودی با انبار."),
           ("بازبینی فصلی؛ افزایش حجم خرید پیش‌بینی می‌شود.", "پیشنهاد قرارداد سالانه.")),
    "ru": (("Представили новый каталог, большой интерес к средствам защиты.", "Отправить КП на этой неделе."),
           ("Обсудили задержку последней поставки.", "Проверить остатки на складе."),
           ("Квартальная встреча, ожидается рост объёмов.", "Подготовить рамочный договор.")),
}  # fmt: skip
REVIEW_COMMENTS = (
    "Please add the competitor's prices you heard about.",
    "Which products exactly? Add quantities to the next steps.",
    "Summary too short: who attended and what was agreed?",
)
OUTCOMES = ("Order expected", "Quote requested", "Follow-up needed", "No interest", "Complaint")


@dataclass
class NamePool:
    """Pre-drawn values for one market."""

    companies: list[str] = field(default_factory=list)
    first_names: list[str] = field(default_factory=list)
    last_names: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    streets: list[str] = field(default_factory=list)
    postcodes: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


def draw_pool(market: Market, *, size: int, seed: int) -> NamePool:
    faker = Faker(market.locale)
    faker.seed_instance(seed)
    rng = random.Random(f"{seed}-{market.locale}")
    pool = NamePool(
        first_names=[faker.first_name() for _ in range(min(size, 300))],
        last_names=[faker.last_name() for _ in range(min(size, 300))],
        postcodes=[faker.postcode() for _ in range(min(size, 200))],
        phones=[faker.phone_number() for _ in range(min(size, 500))],
    )
    if market.locale.startswith("ar"):
        prefixes, suffixes = _ARABIC_COMPANY
        pool.companies = [
            f"{rng.choice(prefixes)} {rng.choice(pool.last_names)} {rng.choice(suffixes)}"
            for _ in range(size)
        ]
        pool.cities = list(_ARABIC_CITIES[market.country])
        # Faker's Arabic locales write US-style numbers; use the Gulf's mobile format.
        dialing = {"SA": "+966", "AE": "+971"}[market.country]
        pool.phones = [
            f"{dialing} 5{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            for _ in range(min(size, 500))
        ]
        pool.streets = [f"{rng.choice(_ARABIC_STREETS)} {rng.randint(1, 250)}" for _ in range(200)]
    else:
        pool.companies = [faker.company() for _ in range(size)]
        pool.cities = [faker.city() for _ in range(min(size, 60))]
        pool.streets = [faker.street_address() for _ in range(min(size, 200))]
    return pool
