"""``python -m app.views.screenshots DIR [LANGUAGE ...]``: a PNG of every main screen
in every language (or in those named: ``... shots ar ru``).

Runs offscreen over a throwaway workspace filled by :mod:`app.views.showcase`,
driving the real start-up path (unlock screen, then the main window).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.preset import Preset  # noqa: E402

log = logging.getLogger(__name__)

LANGUAGES = ("en", "ar", "fa", "ru")
CALENDARS = {"fa": "jalali", "ar": "islamic-civil"}
PASSPHRASE = "screenshots only"
WINDOW_SIZE = (1280, 800)


def wait_for(condition: Callable[[], bool], *, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not appear in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> Path:
    settle()
    widget.grab().save(str(path))
    return path


def take_screenshots(out_dir: Path, *, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    from app.views.app_main import DesktopController, create_application
    from app.views.settings.preferences import Preferences
    from app.views.settings.setup_wizard import SetupWizard
    from app.views.showcase import fill_showcase
    from app.views.showcase_analytics import fill_analytics_showcase
    from app.views.team.team_showcase import fill_team_showcase
    from app.workspace import KdfParams, Workspace

    app = create_application([sys.argv[0]])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "workspace"
        with Workspace.create(data_dir, PASSPHRASE, kdf=KdfParams.for_tests()) as workspace:
            with workspace.transaction() as session:
                fill_showcase(session, device_prefix=workspace.device_prefix, owner="anna")
                fill_analytics_showcase(session, owner="anna")
                fill_team_showcase(session, workspace.attachments)
        for language in languages:
            settings = QSettings(str(Path(tmp) / f"{language}.ini"), QSettings.Format.IniFormat)
            preferences = Preferences(settings, preset=Preset())
            preferences.language = language
            preferences.calendar = CALENDARS.get(language, "gregorian")
            preferences.username = "anna"
            controller = DesktopController(
                app, data_dir=data_dir, preferences=preferences, translations_cache=Path(tmp) / "qm"
            )
            prefix = out_dir / language

            wizard = SetupWizard(language=language)
            wizard.resize(640, 480)
            wizard.show()
            written.append(save(wizard, Path(f"{prefix}_00_setup.png")))
            wizard.close()

            controller.start()
            screen = controller.unlock_screen
            screen.resize(*WINDOW_SIZE)
            written.append(save(screen, Path(f"{prefix}_01_unlock.png")))
            screen.passphrase.setText(PASSPHRASE)
            screen.unlock_button.click()
            wait_for(lambda c=controller: c.main_window is not None)
            window = controller.main_window
            window.resize(*WINDOW_SIZE)
            for index, spec in enumerate(window.specs, start=2):
                if window.page_hidden(spec.key):
                    continue  # not this user's (the Team section, for a rep)
                window.show_page(spec.key)
                written.append(save(window, Path(f"{prefix}_{index:02d}_{spec.key}.png")))
            written.extend(_detail_screens(window, prefix))
            written.extend(_team_screens(window, prefix))
            controller.shutdown()
            # Translators live on the one QApplication: leave it in English, as found.
            controller.languages.apply("en")
            settle()
    return written


def _detail_screens(window, prefix: Path) -> list[Path]:
    from sqlalchemy import select

    from app.models import Account, Quote, Visit

    written = []
    with window.ctx.session() as session:
        account_id = session.scalars(select(Account.id).order_by(Account.name)).first()
        quote_id = session.scalars(select(Quote.id).where(Quote.status == "sent")).first()
        visit_id = session.scalars(select(Visit.id).where(Visit.status == "completed")).first()
    window.open_record("accounts", account_id)
    written.append(save(window, Path(f"{prefix}_20_account_360.png")))
    window.open_record("quotes", quote_id)
    written.append(save(window, Path(f"{prefix}_21_quote_editor.png")))
    window.open_record("visits", visit_id)
    page = window.page("visits")
    form = page.open_report()
    if form is not None:
        written.append(save(form, Path(f"{prefix}_22_visit_report.png")))
        form.close()
    from app.views.screenshot_dialogs import dialog_screens

    written.extend(dialog_screens(window, prefix, save))
    written.extend(_dialogs(window, prefix, account_id))
    written.extend(_dashboard_screens(window, prefix))
    return written


def _dialogs(window, prefix: Path, account_id: str) -> list[Path]:
    """The entry dialogs: planning a visit, a new account, picking a product."""
    from app.views.products.product_picker import ProductPicker

    written = []
    planner = window.page("visits").create_new(account_id)
    written.append(save(planner, Path(f"{prefix}_33_visit_planner.png")))
    planner.close()
    account_dialog = window.page("accounts").create_new()
    written.append(save(account_dialog, Path(f"{prefix}_34_new_account.png")))
    account_dialog.close()
    picker = ProductPicker(window.ctx, window)
    picker.select_sku("3x2.5")  # finds "3×2.5": look-alikes fold
    picker.show()
    written.append(save(picker, Path(f"{prefix}_35_product_picker.png")))
    picker.close()
    return written


def _dashboard_screens(window, prefix: Path) -> list[Path]:
    """The dashboard's other tabs, and the first two pages of its PDF as pictures."""
    page = window.show_page("dashboard")
    written = []
    for index, key in enumerate(page.panels):
        if index:  # the first is the dashboard's own screenshot
            page.tabs.setCurrentIndex(index)
            written.append(save(window, Path(f"{prefix}_31_dashboard_{key}.png")))
    page.tabs.setCurrentIndex(0)
    pdf = Path(f"{prefix}_32_dashboard.pdf")
    page.export_pdf(pdf)
    written.extend(pdf_pages_as_png(pdf, Path(f"{prefix}_32_dashboard_pdf")))
    pdf.unlink()
    return written


def pdf_pages_as_png(pdf: Path, stem: Path, *, pages: int = 2, width: int = 1240) -> list[Path]:
    """Render a PDF's first ``pages`` pages with QtPdf, so a PDF is looked at like a screen."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    written = []
    for number in range(min(pages, document.pageCount())):
        size = document.pagePointSize(number)
        height = int(width * size.height() / size.width())
        page = document.render(number, QSize(width, height))
        paper = QImage(page.size(), QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)  # QtPdf leaves the paper transparent
        painter = QPainter(paper)
        painter.drawImage(0, 0, page)
        painter.end()
        path = Path(f"{stem}_{number + 1}.png")
        paper.save(str(path))
        written.append(path)
    document.close()
    return written


def _team_screens(window, prefix: Path) -> list[Path]:
    """The manager's inbox and one report, signed in as a manager for the moment."""
    from app.views.team.team_showcase import sign_in_as_manager, sign_out

    with window.ctx.transaction() as session:
        sign_in_as_manager(session)
    window.show_pages_for_user()
    try:
        inbox = window.show_page("team").reviews
        inbox.select_row(next(i for i, row in enumerate(inbox.rows) if row.attachments))
        wait_for(lambda: not inbox.report.preview_image.isHidden())
        written = [save(window, Path(f"{prefix}_23_team_inbox.png"))]
        inbox.filters.set_state("approved")
        wait_for(lambda: not inbox.report.preview_image.isHidden())
        written.append(save(inbox.report.body, Path(f"{prefix}_24_team_report.png")))
        inbox.filters.clear()
    finally:
        with window.ctx.transaction() as session:
            sign_out(session)
        window.show_pages_for_user()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    unknown = [language for language in args[1:] if language not in LANGUAGES]
    if not args or unknown:
        sys.stderr.write(f"usage: python -m app.views.screenshots DIR [{' '.join(LANGUAGES)}]\n")
        return 2
    paths = take_screenshots(Path(args[0]), languages=tuple(args[1:]) or LANGUAGES)
    sys.stdout.write(f"{len(paths)} screenshots in {args[0]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
