"""Small widgets and helpers shared by the pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)


def name(widget: QWidget, object_name: str, accessible: str, description: str = "") -> QWidget:
    """Every control gets an objectName (tests, styles) and an accessible name (screen readers)."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    if description:
        widget.setAccessibleDescription(description)
    return widget


# Keys of the main window's menu items (Home, Settings, shortcuts list, Quit): a page's button
# for the same action shows the key but leaves it to the menu.
MENU_SHORTCUTS = frozenset({"Ctrl+H", "Ctrl+,", "F1", "Ctrl+Q"})


class SteadyButton(QPushButton):
    """A button whose text changes (Play / Pause) but whose width does not: it is as wide as
    its widest text, so the buttons after it stay where the keyboard and the eye left them."""

    def __init__(self, text: str, texts: Sequence[str]) -> None:
        super().__init__(text)
        self._texts = tuple(texts)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Its accessible name follows its text: a screen reader heard "Submit answer" on a
        button reading "Next question" (the name was set once, from the first text)."""
        was = _shown(self.text())
        super().setText(text)
        if self.accessibleName() in ("", was):
            self.setAccessibleName(_shown(text))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # As QPushButton.sizeHint, for each text: the style adds padding and a minimum width
        # (80 px here), so a text's own width alone does not tell which button is widest.
        hint = super().sizeHint()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        for text in self._texts:
            size = metrics.size(Qt.TextFlag.TextShowMnemonic, text)
            option.text = text
            option.rect.setSize(size)
            other = self.style().sizeFromContents(
                QStyle.ContentsType.CT_PushButton, option, size, self
            )
            hint = hint.expandedTo(QSize(other.width(), hint.height()))
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()


def _shown(text: str) -> str:
    """A caption as read: its mnemonic marks taken out ("&&" is a real "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def button(
    text: str,
    object_name: str,
    shortcut: str | None,
    on_click: Callable[[], None],
    tip: str,
    primary: bool = False,
    texts: Sequence[str] = (),
) -> QPushButton:
    """A push button whose shortcut is also shown in its tooltip. ``texts``: every text it
    will show, when it changes; it keeps the width of the widest."""
    b = SteadyButton(text, texts) if texts else QPushButton(text)
    name(b, object_name, text.replace("&", ""), tip)
    b.setProperty("primary", primary)  # styled as the page's main action
    # Enter presses the focused button, as Space does: outside a dialog Qt only takes Space,
    # and a keyboard user who tabbed to a button and pressed Enter saw nothing happen.
    b.setAutoDefault(True)
    if shortcut and shortcut in MENU_SHORTCUTS:
        # The window's menu owns this key and does the same thing: a second owner would make
        # Qt call the key ambiguous and do nothing. The tooltip still tells it.
        b.setProperty("shortcut_keys", shortcut)
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        b.setToolTip(f"{tip} ({native})")
    elif shortcut:
        # A QShortcut rather than setShortcut(): QAbstractButton.setText() resets the button's own
        # shortcut, and these buttons change their text with the interview's state. The shortcut
        # only fires while the button is visible and enabled, so each page's keys are its own.
        sc = QShortcut(QKeySequence(shortcut), b)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(lambda: b.click() if b.isVisible() and b.isEnabled() else None)
        b.setProperty("shortcut_keys", shortcut)
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        b.setToolTip(f"{tip} ({native})")
    else:
        b.setToolTip(tip)
    b.clicked.connect(on_click)
    return b


def fit_choices(combo: QComboBox, chars: int = 18) -> None:
    """The box asks room for ``chars`` characters, not for its longest choice, and its open
    list stays wide enough to read every choice whole. Sized for its longest choice, a box
    made its page wider than the smallest window (Home's plan: 587 px, Review's rating), and
    what the squeezed page gave up was cut ("Case stud", "❚❚  Paus")."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    view = combo.view()
    widest = max(
        (view.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
        default=0,
    )
    view.setMinimumWidth(widest + 2 * view.frameWidth() + 24)


def shortcut(parent: QWidget, keys: str, action: Callable[[], None]) -> QShortcut:
    sc = QShortcut(QKeySequence(keys), parent)
    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    sc.activated.connect(action)
    return sc


def label(text: str, object_name: str = "", wrap: bool = True) -> QLabel:
    """A label that shows its text as text: answers, notes, plan names and question ids come
    from people and archives, and Qt would otherwise render anything that looks like markup
    (``<img>``, links). A label meant for markup says so with ``setTextFormat(RichText)``."""
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        lab.setObjectName(object_name)
        lab.setProperty("role", object_name)  # what the stylesheet keys on
    lab.setWordWrap(wrap)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # A style-sheet margin gives a label a frame, and Qt indents framed text by half an "x":
    # section titles stood 5 px right of the text under them.
    lab.setIndent(0)
    return lab


def plain_tip(text: str) -> str:
    """``text`` as a tooltip shows it: as itself. Qt renders a tooltip as markup whenever it
    looks like markup (``Qt.mightBeRichText``), and tooltips carry what packs, archives and
    settings hold (a question's prompt, its topics, a follow-up, a model folder): a prompt
    written "<b>Why</b> ... <img src='/etc/x.png'>" showed bold with an image loaded from the
    disk in the scorecard's tooltip (attack run 59). Such text is escaped into markup that
    shows it; any other text is left as it is (a plain tooltip is laid out as before)."""
    if QtGui.Qt.mightBeRichText(text):
        return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text


def set_label_focus(lab: QLabel, policy: Qt.FocusPolicy) -> None:
    """Give ``lab`` the focus ``policy`` and the room its focus ring needs with it (the style
    sheet keys on the policy, ``style``). Qt reads a widget's properties for the style sheet when
    it polishes it, and a policy changed later left a label Tab now reaches without that room
    (the wrap-up's hint); applying its own sheet again polishes it anew."""
    if lab.focusPolicy() == policy:
        return
    lab.setFocusPolicy(policy)
    if not lab.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # polished when first shown, with this policy (re-applied, 2-3 ms a label)
    sheet = lab.styleSheet()
    lab.setStyleSheet(sheet + " ")  # the same text again is not applied
    lab.setStyleSheet(sheet)


def readable_by_tab(lab: QLabel) -> None:
    """Let Tab reach ``lab`` (a screen reader reads it) and the keyboard and mouse select its
    text. The order matters: QLabel.setTextInteractionFlags resets the focus policy (to
    ClickFocus for selectable text), so a policy set before the flags is lost: Home's subtitle,
    storage notice and read-only banner said Tab reached them and it never did (round 52)."""
    lab.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    set_label_focus(lab, Qt.FocusPolicy.TabFocus)


def buddy_label(text: str, buddy: QWidget, object_name: str = "hint") -> QLabel:
    """A caption whose underlined letter (``&``) with Alt moves the keyboard to ``buddy``."""
    lab = label(text, object_name, wrap=False)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # draws the mnemonic
    lab.setBuddy(buddy)
    return lab


PAGE_MARGINS = (28, 16, 28, 14)  # left, top, right, bottom of every full-window page


def page_root(page: QWidget, spacing: int = 8) -> QVBoxLayout:
    """A page's outer layout, with the margins every page has."""
    root = QVBoxLayout(page)
    root.setContentsMargins(*PAGE_MARGINS)
    root.setSpacing(spacing)
    return root


def page_header(
    page: QWidget, title: str, key: str, summary_name: str
) -> tuple[QVBoxLayout, QHBoxLayout, QLabel]:
    """A page's outer layout and its top line: the title (object ``<key>Title``) and a summary
    beside it (``<key>Summary``, named ``summary_name`` for screen readers). History, Progress
    and Attempts each built these same eleven lines (review33)."""
    root = page_root(page)
    top = QHBoxLayout()
    top.addWidget(name(label(title, "pageTitle", wrap=False), f"{key}Title", title))
    summary = label("", "pageSubtitle")
    name(summary, f"{key}Summary", summary_name)
    top.addWidget(summary, 1, Qt.AlignmentFlag.AlignBottom)
    root.addLayout(top)
    return root, top, summary


def card(*children: QWidget, spacing: int = 8, vertical_margin: int = 14) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, vertical_margin, 16, vertical_margin)
    layout.setSpacing(spacing)
    for child in children:
        layout.addWidget(child)
    return frame


def counted(n: int, noun: str, plural: str = "") -> str:
    """``n`` and the noun as people write it: "1 session", "3 sessions" (not "session(s)")."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
