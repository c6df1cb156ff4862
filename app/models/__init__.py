"""The domain model. Importing this package registers every table on ``Base.metadata``."""

from app.models.account import Account, Contact
from app.models.activity import Opportunity, Task, Visit, VisitReport
from app.models.attachment import Attachment
from app.models.authorship import CURRENT_USER
from app.models.base import Base, Synced
from app.models.catalog import (
    PipelineStage,
    PriceList,
    PriceListAccount,
    PriceListItem,
    Product,
    Territory,
)
from app.models.guards import APPLYING_REMOTE_CHANGES
from app.models.numbering import NumberSequence
from app.models.reporting import ExchangeRate, VisitCadence
from app.models.sales import Contract, Order, OrderLine, Quote, QuoteLine
from app.models.statuses import (
    AccountStatus,
    AccountType,
    ContractStatus,
    OrderStatus,
    QuoteStatus,
    ReviewState,
    VisitStatus,
)

# Every synced model, keyed by its table name (= the entity name in protocol/entities.py).
SYNCED_MODELS: dict[str, type[Base]] = {
    model.__tablename__: model
    for model in (
        Territory,
        PipelineStage,
        Account,
        Contact,
        Opportunity,
        Visit,
        VisitReport,
        Task,
        Product,
        PriceList,
        PriceListAccount,
        PriceListItem,
        Quote,
        QuoteLine,
        Order,
        OrderLine,
        Contract,
        ExchangeRate,
        VisitCadence,
        Attachment,
    )
}

__all__ = [
    "APPLYING_REMOTE_CHANGES",
    "CURRENT_USER",
    "SYNCED_MODELS",
    "Account",
    "AccountStatus",
    "AccountType",
    "Attachment",
    "Base",
    "Contact",
    "Contract",
    "ContractStatus",
    "ExchangeRate",
    "NumberSequence",
    "Opportunity",
    "Order",
    "OrderLine",
    "OrderStatus",
    "PipelineStage",
    "PriceList",
    "PriceListAccount",
    "PriceListItem",
    "Product",
    "Quote",
    "QuoteLine",
    "QuoteStatus",
    "ReviewState",
    "Synced",
    "Task",
    "Territory",
    "Visit",
    "VisitCadence",
    "VisitReport",
    "VisitStatus",
]
