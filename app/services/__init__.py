"""Use cases over the domain model.

Each function takes a SQLAlchemy ``Session`` and plain values, validates before it
touches the session (so a refused call leaves nothing behind), flushes so database
constraints surface at once, and leaves committing to the caller: one user action,
one commit. None of them knows who called it or imports Qt.

    accounts     create/update accounts and contacts (required fields, unique number, e-mail)
    catalog      products (unique SKU), price lists and breaks, assignment, default pipeline
    pricing      price_for(account, product, quantity, on): assigned list, then default
    numbering    offline document numbers Q-/O-/C-<device prefix>-NNNNN
    quotes       draft → sent → accepted | rejected | expired; convert_quote_to_order
    orders       draft → submitted → confirmed → fulfilled; cancel; read-only once submitted
    credit       credit_status, preview_credit, the CreditLimitError check on submit
    visits       plan, check in/out, cancel, missed; reports: write, submit, review, resubmit
    contracts    draft → active → expired | terminated
    activities   tasks and opportunities (lost needs a reason)
    attachments  metadata rows for files the workspace stores encrypted
    records      soft delete
    queries      account 360, renewals due, quotes expiring, overdue tasks, today's
                 visits, pipeline by stage
    actor        Actor(username, rights): who is acting, with CREDIT_OVERRIDE / REVIEW_REPORTS
"""
