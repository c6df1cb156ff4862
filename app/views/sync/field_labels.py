"""The words a user sees for synced records and fields (conflicts, refused changes).

Keyed by the protocol's entity and field names (``protocol.entities``); a test
checks every entity and field has a label, so a new field cannot appear raw.
Each label is a literal ``translate`` call so that lupdate collects it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def entity_labels() -> dict[str, str]:
    return {
        "territory": QCoreApplication.translate("EntityLabel", "Territory"),
        "pipeline_stage": QCoreApplication.translate("EntityLabel", "Pipeline stage"),
        "account": QCoreApplication.translate("EntityLabel", "Account"),
        "contact": QCoreApplication.translate("EntityLabel", "Contact"),
        "opportunity": QCoreApplication.translate("EntityLabel", "Opportunity"),
        "visit": QCoreApplication.translate("EntityLabel", "Visit"),
        "visit_report": QCoreApplication.translate("EntityLabel", "Visit report"),
        "task": QCoreApplication.translate("EntityLabel", "Task"),
        "product": QCoreApplication.translate("EntityLabel", "Product"),
        "price_list": QCoreApplication.translate("EntityLabel", "Price list"),
        "price_list_account": QCoreApplication.translate("EntityLabel", "Price list of an account"),
        "price_list_item": QCoreApplication.translate("EntityLabel", "Price"),
        "quote": QCoreApplication.translate("EntityLabel", "Quote"),
        "quote_line": QCoreApplication.translate("EntityLabel", "Quote line"),
        "order": QCoreApplication.translate("EntityLabel", "Order"),
        "order_line": QCoreApplication.translate("EntityLabel", "Order line"),
        "contract": QCoreApplication.translate("EntityLabel", "Contract"),
        "attachment": QCoreApplication.translate("EntityLabel", "Attachment"),
        "exchange_rate": QCoreApplication.translate("EntityLabel", "Exchange rate"),
        "visit_cadence": QCoreApplication.translate("EntityLabel", "Visit frequency"),
    }


def field_labels() -> dict[str, str]:  # noqa: PLR0915 - one line per field
    return {
        "account_id": QCoreApplication.translate("FieldLabel", "Account"),
        "account_number": QCoreApplication.translate("FieldLabel", "Account number"),
        "days": QCoreApplication.translate("FieldLabel", "Days between visits"),
        "from_currency": QCoreApplication.translate("FieldLabel", "From currency"),
        "rate": QCoreApplication.translate("FieldLabel", "Rate"),
        "to_currency": QCoreApplication.translate("FieldLabel", "To currency"),
        "active": QCoreApplication.translate("FieldLabel", "Active"),
        "amount": QCoreApplication.translate("FieldLabel", "Amount"),
        "assignee": QCoreApplication.translate("FieldLabel", "Assigned to"),
        "auto_renew": QCoreApplication.translate("FieldLabel", "Renews automatically"),
        "billing_city": QCoreApplication.translate("FieldLabel", "City"),
        "billing_country": QCoreApplication.translate("FieldLabel", "Country"),
        "billing_postal_code": QCoreApplication.translate("FieldLabel", "Postal code"),
        "billing_region": QCoreApplication.translate("FieldLabel", "Region"),
        "billing_street": QCoreApplication.translate("FieldLabel", "Street"),
        "checked_in_at": QCoreApplication.translate("FieldLabel", "Checked in"),
        "checked_out_at": QCoreApplication.translate("FieldLabel", "Checked out"),
        "contact_id": QCoreApplication.translate("FieldLabel", "Contact"),
        "contact_ids": QCoreApplication.translate("FieldLabel", "Contacts met"),
        "content_hash": QCoreApplication.translate("FieldLabel", "File content"),
        "credit_limit": QCoreApplication.translate("FieldLabel", "Credit limit"),
        "credit_override_by": QCoreApplication.translate(
            "FieldLabel", "Credit limit overridden by"
        ),
        "currency": QCoreApplication.translate("FieldLabel", "Currency"),
        "customer_reference": QCoreApplication.translate("FieldLabel", "Customer reference"),
        "delivery_address": QCoreApplication.translate("FieldLabel", "Delivery address"),
        "delivery_terms": QCoreApplication.translate("FieldLabel", "Delivery terms"),
        "description": QCoreApplication.translate("FieldLabel", "Description"),
        "discount_percent": QCoreApplication.translate("FieldLabel", "Discount %"),
        "done": QCoreApplication.translate("FieldLabel", "Done"),
        "due_date": QCoreApplication.translate("FieldLabel", "Due date"),
        "email": QCoreApplication.translate("FieldLabel", "E-mail"),
        "end_date": QCoreApplication.translate("FieldLabel", "End date"),
        "expected_close_date": QCoreApplication.translate("FieldLabel", "Expected close"),
        "filename": QCoreApplication.translate("FieldLabel", "File name"),
        "first_name": QCoreApplication.translate("FieldLabel", "First name"),
        "follow_up_task_id": QCoreApplication.translate("FieldLabel", "Follow-up task"),
        "is_default": QCoreApplication.translate("FieldLabel", "Default"),
        "is_lost": QCoreApplication.translate("FieldLabel", "Lost stage"),
        "is_won": QCoreApplication.translate("FieldLabel", "Won stage"),
        "issue_date": QCoreApplication.translate("FieldLabel", "Issue date"),
        "last_name": QCoreApplication.translate("FieldLabel", "Last name"),
        "lead_score": QCoreApplication.translate("FieldLabel", "Lead score"),
        "legal_name": QCoreApplication.translate("FieldLabel", "Legal name"),
        "lost_reason": QCoreApplication.translate("FieldLabel", "Reason lost"),
        "marketing_consent": QCoreApplication.translate("FieldLabel", "Marketing consent"),
        "marketing_consent_date": QCoreApplication.translate("FieldLabel", "Consent date"),
        "media_type": QCoreApplication.translate("FieldLabel", "File type"),
        "min_quantity": QCoreApplication.translate("FieldLabel", "From quantity"),
        "name": QCoreApplication.translate("FieldLabel", "Name"),
        "next_steps": QCoreApplication.translate("FieldLabel", "Next steps"),
        "notes": QCoreApplication.translate("FieldLabel", "Notes"),
        "notice_period_days": QCoreApplication.translate("FieldLabel", "Notice period (days)"),
        "number": QCoreApplication.translate("FieldLabel", "Number"),
        "open_balance": QCoreApplication.translate("FieldLabel", "Open balance"),
        "opportunity_id": QCoreApplication.translate("FieldLabel", "Opportunity"),
        "order_date": QCoreApplication.translate("FieldLabel", "Order date"),
        "order_id": QCoreApplication.translate("FieldLabel", "Order"),
        "outcome": QCoreApplication.translate("FieldLabel", "Outcome"),
        "owner": QCoreApplication.translate("FieldLabel", "Owner"),
        "owner_entity": QCoreApplication.translate("FieldLabel", "Attached to"),
        "owner_id": QCoreApplication.translate("FieldLabel", "Attached to record"),
        "payment_terms": QCoreApplication.translate("FieldLabel", "Payment terms"),
        "phone": QCoreApplication.translate("FieldLabel", "Phone"),
        "planned_end": QCoreApplication.translate("FieldLabel", "Planned end"),
        "planned_start": QCoreApplication.translate("FieldLabel", "Planned start"),
        "position": QCoreApplication.translate("FieldLabel", "Position"),
        "preferred_language": QCoreApplication.translate("FieldLabel", "Preferred language"),
        "price_list_id": QCoreApplication.translate("FieldLabel", "Price list"),
        "probability": QCoreApplication.translate("FieldLabel", "Probability"),
        "product_id": QCoreApplication.translate("FieldLabel", "Product"),
        "purpose": QCoreApplication.translate("FieldLabel", "Purpose"),
        "quantity": QCoreApplication.translate("FieldLabel", "Quantity"),
        "quote_id": QCoreApplication.translate("FieldLabel", "Quote"),
        "revision": QCoreApplication.translate("FieldLabel", "Revision"),
        "requested_delivery_date": QCoreApplication.translate("FieldLabel", "Requested delivery"),
        "review_comment": QCoreApplication.translate("FieldLabel", "Review comment"),
        "review_state": QCoreApplication.translate("FieldLabel", "Review"),
        "reviewed_at": QCoreApplication.translate("FieldLabel", "Reviewed on"),
        "reviewed_by": QCoreApplication.translate("FieldLabel", "Reviewed by"),
        "segment": QCoreApplication.translate("FieldLabel", "Segment"),
        "shipping_city": QCoreApplication.translate("FieldLabel", "Shipping city"),
        "shipping_country": QCoreApplication.translate("FieldLabel", "Shipping country"),
        "shipping_postal_code": QCoreApplication.translate("FieldLabel", "Shipping postal code"),
        "shipping_region": QCoreApplication.translate("FieldLabel", "Shipping region"),
        "shipping_street": QCoreApplication.translate("FieldLabel", "Shipping street"),
        "size": QCoreApplication.translate("FieldLabel", "Size"),
        "sku": QCoreApplication.translate("FieldLabel", "SKU"),
        "stage_id": QCoreApplication.translate("FieldLabel", "Stage"),
        "start_date": QCoreApplication.translate("FieldLabel", "Start date"),
        "status": QCoreApplication.translate("FieldLabel", "Status"),
        "submitted": QCoreApplication.translate("FieldLabel", "Submitted"),
        "submitted_at": QCoreApplication.translate("FieldLabel", "Submitted on"),
        "summary": QCoreApplication.translate("FieldLabel", "Summary"),
        "tags": QCoreApplication.translate("FieldLabel", "Tags"),
        "tax_id": QCoreApplication.translate("FieldLabel", "Tax number"),
        "tax_rate": QCoreApplication.translate("FieldLabel", "Tax rate"),
        "terms": QCoreApplication.translate("FieldLabel", "Terms"),
        "territory_id": QCoreApplication.translate("FieldLabel", "Territory"),
        "title": QCoreApplication.translate("FieldLabel", "Title"),
        "type": QCoreApplication.translate("FieldLabel", "Type"),
        "unit": QCoreApplication.translate("FieldLabel", "Unit"),
        "unit_price": QCoreApplication.translate("FieldLabel", "Unit price"),
        "valid_from": QCoreApplication.translate("FieldLabel", "Valid from"),
        "valid_to": QCoreApplication.translate("FieldLabel", "Valid to"),
        "valid_until": QCoreApplication.translate("FieldLabel", "Valid until"),
        "value": QCoreApplication.translate("FieldLabel", "Value"),
        "visit_id": QCoreApplication.translate("FieldLabel", "Visit"),
        "website": QCoreApplication.translate("FieldLabel", "Website"),
        "deleted": QCoreApplication.translate("FieldLabel", "Deleted"),
    }


def entity_label(entity: str) -> str:
    return entity_labels().get(entity, entity)


def field_label(name: str | None) -> str:
    if not name:
        return ""
    return field_labels().get(name, name)
