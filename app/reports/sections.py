"""The blocks documents share: letterhead, customer and reference blocks, totals,
terms and the signature block. Each draws at the writer's cursor and moves it down.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from app.preset import CompanyProfile
from app.reports.bidi_layout import isolate, left_to_right
from app.reports.catalogue import join_list, label
from app.reports.documents import Party, SalesRep
from app.reports.page import ACCENT, MUTED, RULE, PageWriter

log = logging.getLogger(__name__)

LOGO_MAX_WIDTH = 42 * mm
LOGO_MAX_HEIGHT = 18 * mm
STAMP_RADIUS = 11 * mm


def company_footer(company: CompanyProfile) -> str:
    return "  ·  ".join(
        [isolate(company.name), contact_line(company.phone, company.email, company.website)]
    )


def contact_line(*parts: str) -> str:
    """Phone, e-mail and website on one line, kept left to right as a whole."""
    return left_to_right("  ·  ".join(part for part in parts if part))


def letterhead(
    writer: PageWriter,
    company: CompanyProfile,
    *,
    title: str,
    references: Sequence[tuple[str, str]],
) -> None:
    """Logo and company details on the start side, title and references on the end side."""
    top = writer.y
    half = writer.width * 0.5
    left, right = writer.span(0, half)
    y = top
    logo = _logo(company.logo_path)
    if logo is not None:
        width, height = fit_image(logo.getSize(), LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT)
        x = left if not writer.rtl else right - width
        writer.canvas.drawImage(logo, x, y - height, width, height, mask="auto")
        y -= height + 4
    y = writer.text(company.name, left=left, right=right, top=y, size=13, bold=True, color=ACCENT)
    details = [*company.address_lines]
    contact = contact_line(company.phone, company.email)
    details += [contact, company.website, *registration_lines(company, writer.language)]
    for line in filter(None, details):
        y = writer.text(line, left=left, right=right, top=y, size=8, color=MUTED)
    end_y = _title_block(writer, title=title, references=references, top=top)
    writer.y = min(y, end_y) - 6
    writer.rule(color=ACCENT, width=1.2)
    writer.y -= 10


def registration_lines(company: CompanyProfile, language: str) -> list[str]:
    """The seller's tax id (with the Russian КПП when there is one) and registration
    number, each under its local name: ИНН/КПП, ОГРН; الرقم الضريبي, السجل التجاري."""
    lines = []
    if company.tax_id and company.kpp:
        value = f"{company.tax_id}/{company.kpp}"
        lines.append(label(language, "field", label=label(language, "tax_id_kpp"), value=value))
    elif company.tax_id:
        lines.append(
            label(language, "field", label=label(language, "tax_id"), value=company.tax_id)
        )
    if company.registration_number:
        name = label(language, "registration_number")
        lines.append(label(language, "field", label=name, value=company.registration_number))
    return lines


def _title_block(
    writer: PageWriter, *, title: str, references: Sequence[tuple[str, str]], top: float
) -> float:
    width = writer.width * 0.48
    left, right = writer.span(writer.width - width, width)
    size = 19.0
    while size > 12 and writer.text_width(title, size=size, bold=True) > width:
        size -= 1  # "Коммерческое предложение" stays on one line
    y = writer.text(
        title, left=left, right=right, top=top, size=size, bold=True, color=ACCENT, align="end"
    )
    y -= 4
    return key_values(writer, references, left=left, right=right, top=y)


def key_values(
    writer: PageWriter, pairs: Sequence[tuple[str, str]], *, left: float, right: float, top: float
) -> float:
    """Label: value rows, labels muted on the start side of the box, values at its end
    (on a line of their own when the two would not fit side by side)."""
    y = top
    for key, value in pairs:
        if not value:
            continue
        label_bottom = writer.text(key, left=left, right=right, top=y, size=8.5, color=MUTED)
        room = right - left - writer.text_width(key, size=8.5) - 8
        widest = max(writer.text_width(line, size=8.5, bold=True) for line in value.split("\n"))
        value_top = y if widest <= room else label_bottom
        value_bottom = writer.text(
            value, left=left, right=right, top=value_top, size=8.5, bold=True, align="end"
        )
        y = min(label_bottom, value_bottom) - 1.5
    return y


def sales_rep_rows(rep: SalesRep | None, language: str) -> list[tuple[str, str]]:
    if rep is None:
        return []
    return [
        (label(language, "sales_rep"), rep.name),
        (label(language, "phone"), left_to_right(rep.phone)),
        (label(language, "email"), left_to_right(rep.email)),
    ]


def conditions_block(writer: PageWriter, rows: Sequence[tuple[str, str]]) -> None:
    """Payment and delivery conditions: a label column and the conditions beside it."""
    rows = [(key, value) for key, value in rows if value]
    if not rows:
        return
    size, leading = 8.8, 8.8 * 1.35
    label_width = max(writer.text_width(key, size=size) for key, _ in rows) + 12
    key_left, key_right = writer.span(0, label_width)
    value_left, value_right = writer.span(label_width, writer.width - label_width)
    laid = [writer.lines(value, width=value_right - value_left, size=size) for _, value in rows]
    writer.ensure(10.5 * 2.2 + sum(len(lines) for lines in laid) * leading)
    writer.heading(label(writer.language, "conditions"))
    for (key, _), lines in zip(rows, laid, strict=True):
        writer.ensure(len(lines) * leading)
        top = writer.y
        writer.text(key, left=key_left, right=key_right, top=top, size=size, leading=leading,
                    color=MUTED)  # fmt: skip
        writer.y = writer.draw_lines(
            lines, left=value_left, right=value_right, top=top, size=size, leading=leading
        )
    writer.y -= 6


def customer_block(
    writer: PageWriter, customer: Party, *, language: str, aside: Sequence[tuple[str, str]]
) -> None:
    top = writer.y
    width = writer.width * 0.52
    left, right = writer.span(0, width)
    y = writer.text(
        label(language, "customer").upper(),
        left=left,
        right=right,
        top=top,
        size=7.5,
        bold=True,
        color=MUTED,
    )
    y = writer.text(customer.name, left=left, right=right, top=y - 1, size=11, bold=True)
    lines = list(customer.address_lines)
    if customer.contact_name:
        contact = join_list(language, (customer.contact_name, customer.contact_title))
        lines.append(label(language, "field", label=label(language, "contact"), value=contact))
    contact = contact_line(customer.phone, customer.email)
    lines.append(contact)
    for line in filter(None, lines):
        y = writer.text(line, left=left, right=right, top=y, size=8.5)
    ids = [
        (label(language, "account_number"), customer.account_number),
        (label(language, "tax_id"), customer.tax_id),
    ]
    for key, value in ids:
        if value:
            line = label(language, "field", label=key, value=value)
            y = writer.text(line, left=left, right=right, top=y, size=8, color=MUTED)
    aside_width = writer.width * 0.44
    aside_left, aside_right = writer.span(writer.width - aside_width, aside_width)
    aside_y = key_values(writer, aside, left=aside_left, right=aside_right, top=top)
    writer.y = min(y, aside_y) - 12


def text_section(writer: PageWriter, heading: str, body: str) -> None:
    if not body.strip():
        return
    size = 8.8
    lines = writer.lines(body, width=writer.width, size=size)
    height = 10.5 * 2.2 + len(lines) * size * 1.35
    if height < 160:
        writer.ensure(height)  # a short section is kept whole: no lone last line overleaf
    writer.heading(heading)
    writer.paragraph(body, size=size)
    writer.y -= 6


def signature_block(writer: PageWriter, company: CompanyProfile, *, language: str) -> None:
    """Two boxes kept together: ours and the customer's acceptance."""
    height = 30 * mm
    writer.ensure(height + 10)
    writer.y -= 8
    gap = 10 * mm
    box_width = (writer.width - gap) / 2
    top = writer.y
    titles = (label(language, "for_company", company=company.name), label(language, "accepted_by"))
    canvas = writer.canvas
    for index, title in enumerate(titles):
        left, right = writer.span(index * (box_width + gap), box_width)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(left, top - height, box_width, height, stroke=1, fill=0)
        writer.text(
            title, left=left + 6, right=right - 6, top=top - 4, size=8.5, bold=True, color=ACCENT
        )
        canvas.setStrokeColor(MUTED)
        canvas.line(left + 6, top - height + 16, right - 6, top - height + 16)
        writer.text(
            label(language, "signature_line"),
            left=left + 6,
            right=right - 6,
            top=top - height + 14,
            size=7,
            color=MUTED,
        )
        if index == 0:
            _stamp_place(writer, left=left, right=right, top=top - 14, bottom=top - height + 18)
    writer.y = top - height - 8


def _stamp_place(writer: PageWriter, *, left: float, right: float, top: float, bottom: float):
    """A dashed circle on the box's end side where the company stamp goes (М. П.)."""
    radius = min(STAMP_RADIUS, (top - bottom) / 2)
    centre_y = (top + bottom) / 2
    if writer.rtl:
        centre_x = left + 8 + radius  # the end side of a right-to-left box is its left
    else:
        centre_x = right - 8 - radius
    canvas = writer.canvas
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.setDash(2, 2)
    canvas.circle(centre_x, centre_y, radius, stroke=1, fill=0)
    canvas.restoreState()
    writer.text(
        label(writer.language, "stamp"), left=centre_x - radius, right=centre_x + radius,
        top=centre_y + 4.5, size=6.5, color=MUTED, align="center",
    )  # fmt: skip


def _logo(path: str | None) -> ImageReader | None:
    if not path:
        return None
    if not Path(path).is_file():
        log.warning("company logo %s not found; printing without it", path)
        return None
    return ImageReader(path)


def fit_image(size: tuple[int, int], max_width: float, max_height: float) -> tuple[float, float]:
    width, height = size
    scale = min(max_width / width, max_height / height)
    return width * scale, height * scale
