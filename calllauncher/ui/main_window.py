"""The dialer window: form, message banner and live calls, wired to the controllers."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from ..callstate import QUEUED, SENDING, CallState, CallTracker
from ..controller.calls import BRIDGE, CALL, IVR, KINDS, CallDefaults, CallRequest, call_defaults
from ..controller.connection import Connection
from ..controller.dialer import DialController
from ..controller.form import (
    FormValues,
    build_request,
    check_number,
    request_from_defaults,
    still_typing,
)
from ..controller.live_calls import LiveCall, LiveCallsController
from ..services.settings import AppSettings, Key
from ..wording.calls import employee_label
from ..wording.failures import Failure
from .banner import Banner
from .dialer_form import DialerForm
from .plain import PlainLabel

if TYPE_CHECKING:  # the timeline is built after the first frame (see ``timeline``)
    from ..binotel import CallStarted
    from .live_calls_view import LiveCallsView
    from .timeline_view import TimelineView

MAX_FINISHED_ROWS = 10
FINISHED_ROW_SECONDS = 15 * 60  # a finished call leaves the list after this long


class MainWindow(QMainWindow):
    firstPainted = Signal()  # once, right after the first frame is on screen

    def __init__(
        self,
        connection: Connection,
        dialer: DialController,
        live: LiveCallsController,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self._demo = demo  # the demo PBX may start only after the first frame
        self._painted = False
        self.firstPainted.connect(self._first_painted)
        self.connection = connection
        self.dialer = dialer
        self.live = live
        self.settings = settings
        self.employees: list[Any] = []
        # Set by the shell: hide to the tray (or minimise) instead of closing; True if done.
        self.close_to_tray: Callable[[], bool] | None = None
        self.quitting = False
        self._told: set[str] = set()  # setting problems already shown
        # The request the form shows (from a link, history...) and the fields as shown:
        # while nobody has changed them, Call sends exactly that request.
        self._shown: tuple[CallRequest, FormValues] | None = None
        self._failures = 0  # call failures shown so far (a refusal inside a click stays)
        # Rows of calls the PBX has not given an id yet (on their way, or queued behind
        # one that is), by id() of their request: the row is there the moment it leaves.
        self._waiting: dict[int, LiveCall] = {}
        self._waiting_keys = 0
        self.finished_row_seconds: float = FINISHED_ROW_SECONDS

        self.form = DialerForm()
        for edit in (self.form.number, self.form.number2):
            edit.region = lambda: self.region
        self.banner = Banner()
        # The call timeline is empty at the first frame: an empty place stands in for it
        # until just after (``timeline``), so its sections, rows and modules don't delay
        # the window.
        self._timeline: TimelineView | None = None
        self._timeline_place = QWidget()
        central = QWidget()
        self._layout = layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self._timeline_place, 1)
        self.setCentralWidget(central)
        # Filled just after the first frame (ui/account_flows.py); its title is there from
        # the start, so the menu bar never comes later and moves the form down.
        self.app_menu = self.menuBar().addMenu(self.tr("&CallLauncher"))
        self.status = PlainLabel()
        self.status.setWordWrap(True)  # the demo's sentence beside the live-calls lamp, narrow
        self.statusBar().addWidget(self.status, 1)
        self.setMinimumWidth(460)
        self.resize(520, 620)
        self._restore_geometry()
        self.update_title()
        self._load_preferences()
        self._wire()
        self._shortcuts()
        self.form.number.setFocus()  # typing starts a call: the number has focus on open

    # -- set-up -------------------------------------------------------------------------

    def _wire(self) -> None:
        f, d, lv = self.form, self.dialer, self.live
        f.dialRequested.connect(self.dial)
        f.numberEdited.connect(self._number_edited)
        f.number.editingFinished.connect(partial(self._number_left, "number"))
        f.number2.editingFinished.connect(partial(self._number_left, "number2"))
        f.refreshVoiceFiles.connect(d.load_voice_files)
        d.busyChanged.connect(f.set_busy)
        # The row and the field's selection come once the request is written, before any
        # answer (building a row as it was sent cost the click ~1–2 ms).
        d.callLeft.connect(self._ready_for_next)
        d.callLeft.connect(partial(self._waiting_row, phase=SENDING))
        d.callQueued.connect(partial(self._waiting_row, phase=QUEUED))
        d.queuedDropped.connect(self._drop_waiting)
        d.againTooSoon.connect(self._too_soon)
        d.callStarted.connect(self._call_started)
        d.callFailed.connect(self._call_failed)
        d.employeesLoaded.connect(self._employees_loaded)
        d.voiceFilesLoaded.connect(self._voice_files_loaded)
        d.listFailed.connect(self._list_failed)
        lv.callAdded.connect(self._call_changed)
        lv.callChanged.connect(self._call_changed)
        lv.actionFailed.connect(self._action_failed)
        self.connection.changed.connect(self._connection_changed)

    @property
    def timeline(self) -> TimelineView:
        """The one call timeline (live, to call back, today, earlier) in place of the
        empty one: built just after the first frame, or when first asked."""
        if self._timeline is None:
            from .timeline_view import TimelineView

            self._timeline = view = TimelineView()
            calls = view.calls  # its live section: the live calls view the window drives
            calls.hangUp.connect(self.live.hang_up)
            calls.transfer.connect(self._ask_transfer)
            calls.dismiss.connect(self._dismiss)
            calls.cancel.connect(self._cancel)
            calls.redial.connect(self._redial_row)
            calls.clearFinished.connect(self.clear_finished)
            self._layout.replaceWidget(self._timeline_place, view)
            self._timeline_place.deleteLater()
        return self._timeline

    @property
    def calls_view(self) -> LiveCallsView:
        return self.timeline.calls

    def _shortcuts(self) -> None:
        for index in range(len(KINDS)):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, lambda i=index: self._mode(i))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.dial)
        QShortcut(QKeySequence("Ctrl+H"), self, self._hang_up_newest)
        QShortcut(QKeySequence("F5"), self, self.refresh_lists)
        QShortcut(QKeySequence("Escape"), self, self.banner.dismiss)
        QShortcut(QKeySequence("Ctrl+L"), self, self.focus_number)

    def _load_preferences(self) -> None:
        s, f = self.settings, self.form
        own = self.own_extension
        f.set_extensions([(own, own)] if own else [], own)
        f.set_choices(f.company, s.strings(Key.COMPANY_NUMBERS))
        f.set_choices(f.ivr, s.strings(Key.IVR_NAMES))
        f.show_defaults(self.call_defaults())

    def update_title(self) -> None:
        demo = self.connection.is_demo or (self._demo and not self.connection.signed_in)
        # The platform adds " — CallLauncher" (the application display name) to a title
        # that does not end with it: this one does, so the name shows once.
        self.setWindowTitle(self.tr("DEMO — CallLauncher") if demo else "CallLauncher")
        account = self.connection.account
        if demo:
            self.status.setText(self.tr("Demo PBX: calls are simulated, nobody is really called."))
        elif account is not None:
            self.status.setText(
                self.tr("Signed in with API key {key}…").format(key=account.key[:4])
            )
        else:
            self.status.setText(self.tr("Not signed in."))

    def _connection_changed(self) -> None:
        self._demo = False  # the connection speaks for itself from now on
        self.update_title()
        self.refresh_lists()

    @property
    def own_extension(self) -> str:
        """The last extension used here, else the account's (``login --ext``)."""
        account = self.connection.account
        return self.settings.text(Key.EXTENSION) or (account.extension if account else "")

    def call_defaults(self) -> CallDefaults:
        return call_defaults(self.settings, self.own_extension)

    @property
    def region(self) -> str:
        """The country numbers without a country code are read in: UA while the saved one
        is not a country code (and the banner says so, once)."""
        from ..services.setting_checks import checked_region, fallback_note

        region, problem = checked_region(self.settings)
        if problem:
            self.tell_setting_problem(f"{problem} {fallback_note(Key.REGION)}")
        return region

    def tell_setting_problem(self, sentence: str) -> None:
        """A setting that can't be used: said once a session, and it stays until dismissed
        (the user did not cause it by anything done in the window)."""
        if sentence not in self._told:
            self._told.add(sentence)
            self.banner.show_message(sentence, kind="warning", sticky=True)

    # -- actions ------------------------------------------------------------------------

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued behind the rest of this frame: what can wait, waits until it is seen.
            QTimer.singleShot(0, self.firstPainted.emit)

    def _first_painted(self) -> None:
        _ = self.timeline
        if not self.employees:
            self.refresh_lists()

    def refresh_lists(self) -> None:
        refusal = self.connection.refusal()
        if refusal:  # nothing may be sent: say which setting to fix instead of failing twice
            self.tell_setting_problem(refusal)
            return
        self.dialer.load_employees()
        self.dialer.load_voice_files()

    def focus_number(self) -> None:
        self.form.number.setFocus()
        self.form.number.selectAll()

    def _mode(self, index: int) -> None:
        self.form.set_mode(KINDS[index])
        self.form.number.setFocus()

    def _number_edited(self, field: str, text: str, *, typing: bool = True) -> None:
        if not text.strip():
            self.form.show_hint(field, "", error=False)
            return
        result = check_number(text, self.region)
        if isinstance(result, str):
            if typing and still_typing(text, self.region):
                # Not red at every keystroke of a number not typed to its end yet:
                # said when the field is left, or on Call.
                self.form.show_hint(field, "", error=False)
            else:
                self.form.show_hint(field, result, error=True)
        else:
            self.form.show_hint(field, "→ " + result.display, error=False)

    def _number_left(self, field: str) -> None:
        if field == "number" and self.form.searching():
            return  # a name being looked up is not a number that failed
        edit = self.form.number if field == "number" else self.form.number2
        self._number_edited(field, edit.text(), typing=False)

    def dial(self) -> None:
        """Call: the request the form shows as it was given, or else the fields read.
        While a call is starting, the same call again sends nothing, another one waits."""
        self.form.take_match()  # a name found in the list: its number is what is called
        values = self.form.values()
        if self._shown is not None and self._shown[1] == values:
            request: CallRequest | None = self._shown[0]
            errors: dict[str, str] = {}
        else:
            request, errors = build_request(values, self.region)
        self._send(request, errors)

    def _send(self, request: CallRequest | None, errors: dict[str, str]) -> None:
        failures = self._failures
        if request is not None:
            if self._timeline is None:  # (never after the first frame) its row must follow
                _ = self.timeline
            self.dialer.dial(request)  # the request leaves first; tidying the view can wait
        self.form.clear_hints()
        for field, reason in errors.items():
            self.form.show_hint(field, reason, error=True)
        if request is not None and self._failures == failures:
            # The last call's failure is answered; warnings stay, and so does a refusal
            # of this very click ("Sign in first"), said while the request was handed on.
            self.banner.clear()

    def _ready_for_next(self, _request: CallRequest) -> None:
        # The call is on its way: the next digits typed are the next number, not more of
        # this one (select all keeps the number in sight until then).
        self.form.number.setFocus()
        self.form.number.selectAll()

    def _waiting_row(self, request: CallRequest, phase: str) -> None:
        call = self._waiting.get(id(request))
        if call is None or call.request is not request:
            self._waiting_keys += 1
            key = f"waiting-{self._waiting_keys}"
            call = LiveCall(key, request, CallTracker(key, time.monotonic()))
            self._waiting[id(request)] = call
        call.tracker.state = CallState(phase)
        self.calls_view.upsert(call)

    def _take_waiting(self, request: CallRequest) -> LiveCall | None:
        call = self._waiting.pop(id(request), None)
        return call if call is not None and call.request is request else None

    def _drop_waiting(self, request: CallRequest) -> None:
        call = self._take_waiting(request)
        if call is not None:
            self.calls_view.remove(call.call_id)

    def _cancel(self, key: str) -> None:
        call = next((c for c in self._waiting.values() if c.call_id == key), None)
        if call is None:
            return
        if call.state.phase == QUEUED:
            self.dialer.cancel_queued(call.request)  # never sent
        else:
            # On its way: nothing can call it back, but once the PBX names the call it is
            # hung up at once (the desk phone may ring until then).
            call.cancelled = True
            self.calls_view.upsert(call)

    def _call_started(self, request: CallRequest, started: CallStarted, at: float) -> None:
        self._remember(request)
        waiting = self._take_waiting(request)
        call_id = started.general_call_id
        if call_id:
            if waiting is not None:
                self.calls_view.rename(waiting.call_id, call_id)
            self.live.add(call_id, request, at)
            if waiting is not None and waiting.cancelled:
                self.live.hang_up(call_id)
        else:
            if waiting is not None:
                self.calls_view.remove(waiting.call_id)
            self.banner.show_message(
                self.tr("The PBX accepted the call to {who}.").format(who=request.who), kind="info"
            )

    def _remember(self, request: CallRequest) -> None:
        s = self.settings  # recent numbers are the history's (the shell offers them)
        if request.kind in (CALL, BRIDGE) and request.company:
            s.remember(Key.COMPANY_NUMBERS, request.company)
        if request.kind == CALL and request.company:
            # Only an ordinary call's choice becomes its default: a company number picked
            # for connecting two numbers must not quietly change the next ordinary call.
            s.set(Key.COMPANY_NUMBER, request.company)
        if request.kind == IVR:
            s.remember(Key.IVR_NAMES, request.ivr_name)
            self.form.set_choices(self.form.ivr, s.strings(Key.IVR_NAMES))
        if request.kind == CALL:
            s.set(Key.EXTENSION, request.extension)
        s.sync()

    def _too_soon(self, sentence: str) -> None:
        self._failures += 1  # said inside the click: it stays
        self.banner.show_message(sentence, kind="warning")

    def _call_failed(self, request: CallRequest, failure: Failure) -> None:
        self._failures += 1
        self._drop_waiting(request)  # the banner says why; history keeps the attempt
        self.banner.show_failure(failure)  # what was typed stays where it was

    def _call_changed(self, call_id: str) -> None:
        call = self.live.calls.get(call_id)
        if call is not None:
            self.calls_view.upsert(call)
            if call.state.is_final:
                self._prune_finished()
                QTimer.singleShot(
                    int(self.finished_row_seconds * 1000), partial(self._expire, call_id)
                )

    def _expire(self, call_id: str) -> None:
        call = self.live.calls.get(call_id)
        if call is not None and call.state.is_final:
            self._dismiss(call_id)

    def clear_finished(self) -> None:
        for call_id in [cid for cid, c in self.live.calls.items() if c.state.is_final]:
            self._dismiss(call_id)

    def _redial_row(self, call_id: str) -> None:
        call = self.live.calls.get(call_id)
        if call is not None:
            self.dial_request(call.request)  # the same call, exactly as it was made

    def _prune_finished(self) -> None:
        # History keeps every call; the panel keeps the latest few finished ones, so a
        # day of calls doesn't pile up rows (and memory) in the window.
        finished = [cid for cid, c in self.live.calls.items() if c.state.is_final]
        for call_id in finished[:-MAX_FINISHED_ROWS]:
            self._dismiss(call_id)

    def forget_finished(self, call_id: str) -> None:
        """A finished call's row went to the timeline's Today: its live row goes."""
        call = self.live.calls.get(call_id)
        if call is not None and call.state.is_final:
            self._dismiss(call_id)

    def _dismiss(self, call_id: str) -> None:
        self.live.forget(call_id)
        self.calls_view.remove(call_id)

    def _hang_up_newest(self) -> None:
        live = self.live.live()
        if live:
            self.live.hang_up(live[-1].call_id)

    def ask_transfer(self, call_id: str) -> None:
        """Transfer… for ``call_id`` (also from the compact window)."""
        self._ask_transfer(call_id)

    def _ask_transfer(self, call_id: str) -> None:
        call = self.live.calls.get(call_id)
        if call is None:
            return
        from .transfer_dialog import TransferDialog  # loads when first needed

        mine = {call.request.extension, self.own_extension} - {""}
        targets = [(ext, label) for ext, label in self.colleagues() if ext not in mine]
        dialog = TransferDialog(call.request.who, targets, self.region, self)
        dialog.mark_lines({e.extension: e.endpoint_status for e in self.employees})

        def ended(changed: str) -> None:
            # Nothing is left to transfer: the dialog goes, and the row says how it ended.
            now = self.live.calls.get(changed)
            if changed == call_id and (now is None or now.state.is_final):
                dialog.reject()

        self.live.callChanged.connect(ended)
        try:
            accepted = dialog.exec()
        finally:
            self.live.callChanged.disconnect(ended)
        current = self.live.calls.get(call_id)
        if accepted and current is not None and not current.state.is_final:
            self.live.transfer(call_id, dialog.target)

    def _action_failed(self, call_id: str, failure: Failure) -> None:
        self.banner.show_failure(failure)

    def colleagues(self) -> list[tuple[str, str]]:
        """(extension, label) of the employees loaded for this account."""
        return [(e.extension, employee_label(e)) for e in self.employees if e.extension]

    def _employees_loaded(self, employees: list[Any]) -> None:
        self.employees = sorted(employees, key=lambda e: e.extension)
        self.form.set_extensions(self.colleagues(), self.own_extension)

    def _voice_files_loaded(self, files: list[Any]) -> None:
        self.form.set_voice_files((f.id, f.name) for f in files)

    def _list_failed(self, which: str, failure: Failure) -> None:
        what = (
            self.tr("the employee list") if which == "employees" else self.tr("the announcements")
        )
        self.banner.show_message(
            self.tr("Could not load {what}: {reason}").format(what=what, reason=failure.sentence),
            failure.details,
            "warning",
        )

    def _restore_geometry(self) -> None:
        saved = self.settings.text(Key.WINDOW_GEOMETRY)
        if saved:  # a bad value restores nothing: the default size stays
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii", "ignore")))

    def save_geometry(self) -> None:
        self.settings.set(
            Key.WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()  # hidden to the tray or quitting: where it was, it comes back
        self.settings.sync()
        if not self.quitting and self.close_to_tray is not None and self.close_to_tray():
            event.ignore()  # hidden to the tray or minimised: the app keeps running
            return
        super().closeEvent(event)

    # -- calls from outside the form: a link, the shortcut, the tray, history ----------

    def request_for(
        self, number: str, kind: str = CALL
    ) -> tuple[CallRequest | None, dict[str, str]]:
        """The request a number from outside gets: the saved call defaults around it."""
        return request_from_defaults(kind, number, self.call_defaults(), self.region)

    def offer(self, request: CallRequest) -> None:
        """Show ``request`` in every field with Call focused: Enter sends exactly it."""
        self.form.show_request(request)
        for field, text in (("number", request.number), ("number2", request.number2)):
            if text:
                self._number_edited(field, text, typing=False)  # the "→ +380 …" preview
        self._shown = (request, self.form.values())
        self.form.call_button.setFocus()

    def dial_request(self, request: CallRequest) -> None:
        """Show ``request`` and send it, as it is: nothing is read back from the fields.
        While another call is starting it waits in the list (the dial controller's queue)."""
        self.offer(request)
        self._send(request, {})

    def offer_number(self, number: str, kind: str = CALL) -> None:
        request, errors = self.request_for(number, kind)
        if request is not None:
            self.offer(request)
        else:
            self._refused(number, kind, errors)

    def dial_number(self, number: str, kind: str = CALL) -> None:
        request, errors = self.request_for(number, kind)
        if request is not None:
            self.dial_request(request)
        else:
            self._refused(number, kind, errors)

    def _refused(self, number: str, kind: str, errors: dict[str, str]) -> None:
        # What is missing (an extension not chosen yet) is said where it is chosen.
        self.form.set_mode(kind if kind in KINDS else CALL)
        self.form.number.setText(number)
        self._shown = None
        self.form.clear_hints()
        self._number_edited("number", number, typing=False)
        for field, reason in errors.items():
            self.form.show_hint(field, reason, error=True)
        self.form.call_button.setFocus()

    # -- account and settings (the flows themselves are in account_flows.py) ------------

    def show_status(self, text: str) -> None:
        """A passing state in the status bar ("Opening your keyring…"); "" gives the
        account's line back."""
        if text:
            self.status.setText(text)
        else:
            self.update_title()

    def use_settings(self, settings: AppSettings) -> None:
        """Started with --demo, then signed in: the real account's preferences apply."""
        self.settings = settings

    def reload_preferences(self) -> None:
        """After an account switch or the settings dialog: show what is saved now."""
        self._forget_extension()  # the saved extension wins over the one shown
        self._load_preferences()
        if self.employees:
            self.form.set_extensions(self.colleagues(), self.own_extension)
        if self.connection.is_demo and not self.settings.strings(Key.COMPANY_NUMBERS):
            from ..demo import DEMO_COMPANY_NUMBERS, DEMO_IVR_NAMES

            self.form.set_choices(self.form.company, DEMO_COMPANY_NUMBERS)
            self.form.set_choices(self.form.ivr, DEMO_IVR_NAMES)

    def forget_lists(self) -> None:
        """Signed out or switched: the last account's colleagues and voice files go."""
        self.employees = []
        self._forget_extension()
        self.form.set_voice_files([])

    def _forget_extension(self) -> None:
        # set_extensions keeps what the picker shows; here that is what must go.
        self.form.extension.clear()
        self.form.extension.setEditText("")
