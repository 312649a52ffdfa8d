"""Sign in: key, secret, API version; Advanced: API URL and CA bundle. Test connection,
then pick "my extension", then Save. Layout only: the AccountController does the work."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..binotel import Employee
from ..controller.account import (
    OK,
    AccountController,
    KeyringProblem,
    TestAnswer,
    check_fields,
)
from ..controller.form import extension_of
from ..services.account import Account
from .account_widgets import AnswerBox, fit_height, note
from .dialer_form import ERROR_STYLE, PRIMARY_STYLE
from .editable import line_edit
from .plain import PlainLabel
from .wording import employee_label


class SignInDialog(QDialog):
    def __init__(
        self,
        controller: AccountController,
        prefill: Account,
        parent: QWidget | None = None,
        *,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(title or self.tr("Sign in to Binotel"))
        self.tested_ok = False
        self._keyring_trouble = ""  # the last keyring problem kind shown ("" none)
        self.hints: dict[str, tuple[QFormLayout, QLabel]] = {}  # field -> its reason row
        self.default_url = str(controller.settings.default_value("api/url"))

        intro = PlainLabel(
            self.tr(
                "Type the API key and secret of your company's Binotel account. The secret "
                "is kept only in this computer's keyring."
            )
        )
        intro.setWordWrap(True)
        self.key = QLineEdit(prefill.key)
        self.key.setAccessibleName(self.tr("API key"))
        self.key.setPlaceholderText(self.tr("From your Binotel account"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("API secret"))
        # Keep it out of the clipboard's and input method's reach, like a password.
        self.secret.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
        self.reveal = QToolButton()
        self.reveal.setText(self.tr("Show"))
        self.reveal.setCheckable(True)
        self.reveal.setToolTip(self.tr("Show or hide the secret"))
        self.reveal.setAccessibleName(self.tr("Show the secret"))
        self.reveal.toggled.connect(self._reveal)
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("API version"))
        self.version.addItem(self.tr("4.0 (current)"), "4.0")
        self.version.addItem(self.tr("2.0 (legacy)"), "2.0")
        self.version.setCurrentIndex(max(0, self.version.findData(prefill.api_version)))

        self.advanced = QToolButton()
        self.advanced.setText(self.tr("Advanced"))
        self.advanced.setCheckable(True)
        self.advanced.setAutoRaise(True)
        self.advanced.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced.setArrowType(Qt.ArrowType.RightArrow)
        # A disclosure link, not a button: no pressed-in look when open.
        self.advanced.setStyleSheet("QToolButton { border: none; padding: 2px 0; }")
        self.url = QLineEdit(prefill.api_url)
        self.url.setAccessibleName(self.tr("API URL"))
        self.url.setPlaceholderText(self.default_url)
        self.ca_bundle = QLineEdit(prefill.ca_bundle)
        self.ca_bundle.setAccessibleName(self.tr("CA bundle file"))
        self.ca_bundle.setPlaceholderText(self.tr("System certificates"))
        self.choose_ca = QPushButton(self.tr("Choose…"))
        self.choose_ca.clicked.connect(self._choose_ca)
        self.advanced.toggled.connect(self._toggle_advanced)

        self.answer = AnswerBox()
        self.session_button = QPushButton(self.tr("Use for this session only"))
        self.session_button.setToolTip(
            self.tr("Keep the secret in memory until CallLauncher quits; nothing is written")
        )
        self.session_button.clicked.connect(self._session_only)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(self._retry)
        self.answer.action_row.addWidget(self.session_button)
        self.answer.action_row.addWidget(self.retry_button)
        self._show_actions(session=False, retry=False)

        self.extension = QComboBox()
        self.extension.setEditable(True)
        self.extension.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.extension.setAccessibleName(self.tr("My extension"))
        line_edit(self.extension).setPlaceholderText(self.tr("Choose your desk phone"))
        self.extension_note = note(self.tr("Your desk phone rings first when you call someone."))
        self._saved_extension = prefill.extension

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setAutoDefault(True)
        self.test_button.setDefault(True)
        self.test_button.clicked.connect(self.test_connection)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setStyleSheet(PRIMARY_STYLE)
        self.save_button.setMinimumWidth(90)
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(self.tr("Test the connection first"))
        self.save_button.clicked.connect(self.save)

        # One form, so every label lines up; optional rows are shown and hidden.
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(8)
        self._labels: list[QLabel] = []
        secret_row = QHBoxLayout()
        secret_row.setSpacing(4)
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.reveal)
        ca_row = QHBoxLayout()
        ca_row.setSpacing(4)
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.choose_ca)
        self.ca_note = note(
            self.tr(
                "Only for an office proxy that inspects HTTPS: the file with its certificate. "
                "Leave empty otherwise."
            )
        )
        self._row(self.tr("API &key:"), self.key, hint="key")
        self._row(self.tr("API &secret:"), secret_row, hint="secret", buddy=self.secret)
        self._row(self.tr("API &version:"), self.version)
        self.form.addRow("", self.advanced)
        self._advanced_rows = [
            self._row(self.tr("API &URL:"), self.url, hint="url"),
            self._row(self.tr("&CA bundle:"), ca_row, hint="ca_bundle", buddy=self.ca_bundle),
            self._row("", self.ca_note),
        ]
        self.form.addRow(self.answer)
        self._row(self.tr("My &extension:"), self.extension)
        self._row("", self.extension_note)
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._toggle_advanced(False)
        self._set_answer_shown(False)
        self._show_extension(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(540)

        for field in (self.key, self.secret, self.url, self.ca_bundle):
            field.textEdited.connect(self._edited)
        self.version.currentIndexChanged.connect(self._edited)
        controller.tested.connect(self._tested)
        controller.keyringFailed.connect(self._keyring_failed)
        controller.signedIn.connect(self._signed_in)
        controller.busyChanged.connect(self._busy)
        (self.secret if prefill.key else self.key).setFocus()

    # -- layout helpers -----------------------------------------------------------------

    def _row(
        self, label: str, field: object, *, hint: str = "", buddy: QWidget | None = None
    ) -> int:
        """Add a row (and a hidden reason row under it); the row's index."""
        if label:
            text = PlainLabel(label)
            text.setBuddy(buddy or field)  # type: ignore[arg-type]
            self._labels.append(text)
            self.form.addRow(text, field)  # type: ignore[call-overload]
        else:
            self.form.addRow("", field)  # type: ignore[call-overload]
        row = self.form.rowCount() - 1
        if hint:
            reason = PlainLabel()
            reason.setWordWrap(True)
            reason.setStyleSheet(ERROR_STYLE)
            self.form.addRow("", reason)
            self.form.setRowVisible(reason, False)
            self.hints[hint] = (self.form, reason)
        return row

    def _fit(self) -> None:
        """Grow or shrink to the rows shown now, keeping the width the user chose."""
        fit_height(self)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        fit_height(self)

    def _set_answer_shown(self, shown: bool) -> None:
        self.form.setRowVisible(self.answer, shown)
        QTimer.singleShot(0, self, self._fit)

    def _show_answer(self, kind: str, sentence: str, details: str = "") -> None:
        self.answer.show_answer(kind, sentence, details)
        self._set_answer_shown(True)

    def _show_extension(self, shown: bool) -> None:
        self.form.setRowVisible(self.extension, shown)
        self.form.setRowVisible(self.extension_note, shown)
        QTimer.singleShot(0, self, self._fit)

    def _show_actions(self, *, session: bool, retry: bool) -> None:
        self.session_button.setVisible(session)
        self.retry_button.setVisible(retry)

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret.setEchoMode(mode)
        self.reveal.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        for row in self._advanced_rows:
            self.form.setRowVisible(row, shown)
        for field in ("url", "ca_bundle"):
            _, reason = self.hints[field]
            self.form.setRowVisible(reason, shown and bool(reason.text()))
        QTimer.singleShot(0, self, self._fit)

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the CA bundle"),
            self.ca_bundle.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_bundle.setText(path)
            self._edited()

    # -- what the fields say ------------------------------------------------------------

    def account(self) -> Account:
        return Account(
            key=self.key.text().strip(),
            api_url=self.url.text().strip() or self.default_url,
            api_version=str(self.version.currentData() or "4.0"),
            extension=self.chosen_extension(),
            ca_bundle=self.ca_bundle.text().strip(),
        )

    def chosen_extension(self) -> str:
        text = self.extension.currentText().strip()
        index = self.extension.findText(text)
        if index >= 0:
            return str(self.extension.itemData(index))
        return extension_of(text) or text

    def show_problem(self, kind: str, sentence: str) -> None:
        """Why the saved account could not be used at start (a keyring problem)."""
        if sentence:
            self._keyring_trouble = kind
            self._show_answer("warning" if kind != "refused" else "error", sentence)
            self._show_actions(
                session=False, retry=kind in ("locked", "timeout", "refused", "other")
            )

    # -- actions ------------------------------------------------------------------------

    def test_connection(self) -> None:
        errors = check_fields(
            self.key.text(), self.secret.text(), self.url.text() or self.default_url,
            self.ca_bundle.text(),
        )  # fmt: skip
        for field, (form, label) in self.hints.items():
            label.setText(errors.get(field, ""))
            form.setRowVisible(label, field in errors)
        if "url" in errors or "ca_bundle" in errors:
            self.advanced.setChecked(True)
        QTimer.singleShot(0, self, self._fit)
        if errors:
            return
        self._show_answer("info", self.tr("Testing the connection…"))
        self._show_actions(session=False, retry=False)
        self.controller.test_connection(self.account(), self.secret.text().strip())

    def _tested(self, answer: TestAnswer) -> None:
        self.tested_ok = answer.ok
        kind = "ok" if answer.kind == OK else "error"
        self._show_answer(kind, answer.sentence, answer.details)
        # With no keyring to count on (none, or one that did not answer), "this session
        # only" is offered beside Save at once, not after another wait on the keyring.
        self._show_actions(
            session=answer.ok and self._keyring_trouble in ("unavailable", "timeout"),
            retry=False,
        )
        if answer.ok:
            self._fill_extensions(answer.employees)
        self._show_extension(answer.ok)
        self.save_button.setEnabled(answer.ok)
        self.save_button.setToolTip("" if answer.ok else self.tr("Test the connection first"))
        self.save_button.setDefault(answer.ok)
        self.test_button.setDefault(not answer.ok)
        if answer.ok:
            self.extension.setFocus()

    def _fill_extensions(self, employees: tuple[Employee, ...]) -> None:
        self.extension.clear()
        for e in employees:
            if e.extension:
                self.extension.addItem(employee_label(e, with_state=False), e.extension)
        index = self.extension.findData(self._saved_extension) if self._saved_extension else -1
        self.extension.setCurrentIndex(index)
        if index < 0:
            self.extension.setEditText("")

    def _edited(self, *_: object) -> None:
        """Changed credentials need a new test before they can be saved."""
        if self.tested_ok or self.answer.kind:
            self.tested_ok = False
            self.answer.clear()
            self._set_answer_shown(False)
            self._show_extension(False)
            self.save_button.setEnabled(False)
            self.save_button.setDefault(False)
            self.test_button.setDefault(True)

    def save(self) -> None:
        if not self.tested_ok:
            return
        self._show_answer("info", self.tr("Saving the secret in the keyring…"))
        self._show_actions(session=False, retry=False)  # back with the answer, if it fails
        self.controller.save(self.account(), self.secret.text().strip())

    def _keyring_failed(self, problem: KeyringProblem) -> None:
        self._keyring_trouble = problem.kind
        self._show_answer("warning", problem.sentence, problem.details)
        self._show_actions(session=True, retry=problem.can_retry)

    def _session_only(self) -> None:
        if self.tested_ok:
            self.controller.use_for_session(self.account(), self.secret.text().strip())

    def _retry(self) -> None:
        self._show_answer("info", self.tr("Trying the keyring again…"))
        self._show_actions(session=False, retry=False)
        self.controller.retry()

    def _busy(self, busy: bool) -> None:
        for widget in (self.test_button, self.session_button, self.retry_button):
            widget.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.tested_ok)

    def _signed_in(self) -> None:
        self.accept()

    # -- closing: the secret does not outlive the dialog --------------------------------

    def done(self, result: int) -> None:  # Save, Cancel, Esc and the close box all end here
        self.controller.cancel()
        self.secret.clear()
        super().done(result)
