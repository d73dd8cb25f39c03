"""One stylesheet for the whole app, derived from the palette so light and dark both read well."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from simulator.core import tables
from simulator.core.tables import BAD, GOOD, WARN
from simulator.paths import resources_dir
from simulator.ui.restyle import restyler

__all__ = [
    "ACCENT",
    "BAD",
    "GOOD",
    "WARN",
    "apply_theme",
    "ink",
    "is_dark",
    "muted_color",
    "score_color",
    "score_text_color",
    "theme_palette",
]

ACCENT = "#3b6fd8"
FOCUS_RING_PX = 2  # the keyboard focus ring around a label
LABEL_RING_GAP_PX = 4  # from a focusable label's edge to its text: the ring and 2 px of air
DARK_DISABLED_TEXT = "#6b717a"


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


_system_palette: QPalette | None = None  # the desktop's own palette, before any theme


def apply_theme(app: QApplication, theme: str = "system") -> None:
    """Apply "light", "dark" or the desktop's ("system") look; may be called again to switch.

    The style and the style sheet are set once: a switch is a new palette, which the sheet's
    colours all come from, and the widgets polished again for it (``restyle``: those on
    screen at once, the hidden ones over the next turns). Setting the sheet again polished
    every widget in one go, hidden pages and dialogs too: 243-397 ms of the GUI thread
    (round 62). Dialogs opened later are polished in the new palette when they show."""
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    if not app.property(_FUSION_SET):
        app.setStyle("Fusion")
        app.setProperty(_FUSION_SET, True)
    app.setPalette(theme_palette(theme))
    sheet = _stylesheet()
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)  # the first time: Qt polishes every widget with it
    else:
        restyler().restyle(app)


_FUSION_SET = "_mlInterviewFusionSet"  # on the application: a style set again re-polishes all


def theme_palette(theme: str) -> QPalette:
    """The whole palette of a theme ("light", "dark", "system"), with the colours the style
    sheet takes from it (``_sheet_roles``)."""
    system = _system_palette if _system_palette is not None else QGuiApplication.palette()
    system_dark = system.color(QPalette.ColorRole.Window).lightness() < 128
    dark = theme == "dark" or (theme == "system" and system_dark)
    if dark:
        palette = _dark_palette()
    elif theme == "light":
        palette = QApplication.style().standardPalette()
    else:
        palette = QPalette(system)
    return _sheet_roles(palette, dark)


def _sheet_roles(palette: QPalette, dark: bool) -> QPalette:
    """The style sheet is one text for every theme, so each colour it needs that differs by
    theme is a palette role it names (``palette(role)``). Roles Fusion does not draw with
    carry the ones of the app's own: Accent the focus ring, BrightText the ring around the
    blue main button, LinkVisited (no text here has visited links) a disabled main button's
    fill; PlaceholderText is the muted text (secondary lines, as the
    placeholders are, and what the gauge and the STAR bar already read as muted); Link the
    blue of the status pill's words; the disabled ButtonText a disabled button's words."""
    p = QPalette(palette)
    muted = QColor(muted_color(dark))
    p.setColor(QPalette.ColorRole.PlaceholderText, muted)
    p.setColor(QPalette.ColorRole.Accent, QColor(focus_color(dark)))
    # around the blue primary button
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ffffff" if dark else "#0b1f4d"))
    # The accent itself on its pale tint was 3.4 : 1 (light) and 2.9 : 1 (dark): a darker or a
    # lighter blue of the same hue reads at 5 : 1 and more.
    p.setColor(QPalette.ColorRole.Link, QColor("#8fb1f5" if dark else "#2553b5"))
    # Disabled buttons look disabled: in the dark theme the muted text (5 : 1) and the main
    # button's white on grey (8.8 : 1) read as buttons one could press (Start while the
    # questions load, Delete… on an empty History).
    disabled = QColor(DARK_DISABLED_TEXT) if dark else muted
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, disabled)
    # ... and a disabled main button loses its blue for a fill its words read faintly on:
    # the ordinary button's in the dark theme, a mid grey in the light one (there the
    # ordinary button's, 5 : 1 under the muted words, read as a button one could press).
    fill = p.color(QPalette.ColorRole.Button if dark else QPalette.ColorRole.Mid)
    p.setColor(QPalette.ColorRole.LinkVisited, fill)
    return p


def _dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1f2228",
        QPalette.ColorRole.WindowText: "#e6e8eb",
        QPalette.ColorRole.Base: "#272b33",
        QPalette.ColorRole.AlternateBase: "#2d323b",
        QPalette.ColorRole.Text: "#e6e8eb",
        QPalette.ColorRole.Button: "#2d323b",
        QPalette.ColorRole.ButtonText: "#e6e8eb",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2d323b",
        QPalette.ColorRole.ToolTipText: "#e6e8eb",
        QPalette.ColorRole.PlaceholderText: "#8a919c",
        QPalette.ColorRole.Mid: "#454b55",
        QPalette.ColorRole.Midlight: "#3a404a",
        QPalette.ColorRole.Dark: "#16181c",
        QPalette.ColorRole.Light: "#4a515c",
        QPalette.ColorRole.Link: "#7aa2f7",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    # Disabled controls must look disabled: dimmed text on the same backgrounds.
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(DARK_DISABLED_TEXT))
    return p


def muted_color(dark: bool | None = None) -> str:
    """Secondary text: readable on both light and dark windows (the grey of "no score" as
    text, ``core.tables``)."""
    return tables.text_color(tables.NO_SCORE, is_dark() if dark is None else dark)


def focus_color(dark: bool) -> str:
    """The focus outline: at least 4.5:1 against the window and the fields, light and dark."""
    return "#a8c4ff" if dark else "#1f4fb8"


def _stylesheet() -> str:
    """The one sheet of every theme: each colour that differs by theme is a palette role
    (``_sheet_roles``), and the spin boxes' arrows (images) follow their ``dark`` property
    (``widgets.spin_boxes``)."""
    muted = "palette(placeholder-text)"
    ring = "palette(accent)"
    ring_on_accent = "palette(bright-text)"  # around the blue primary button
    box_edge = muted  # 4.5 : 1 on the fields, light and dark
    tick = (resources_dir() / "icons" / "check.png").as_posix()
    icons = resources_dir() / "icons"
    arrows = {
        (part, dark): [
            (icons / f"spin-{part}{off}{'-dark' if dark else ''}.png").as_posix()
            for off in ("", "-off")
        ]
        for part in ("up", "down")
        for dark in (False, True)
    }
    # Labels are styled by their "role" property (set by widgets.common.label), so a label can
    # keep a descriptive objectName for tests and screen readers.
    return f"""
    QWidget {{ font-size: 14px; }}
    /* Under X11 Fusion puts dark icons on dialog buttons (a black cross on Close/Cancel),
       barely visible in the dark theme: words only, in both. */
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    /* A label Tab reaches keeps room for its focus ring, focused or not (as a check box does):
       Qt does not make room for a border a label gets on focus, and the 2 px ring with its
       rounded corner was drawn over the first letter (the wrap-up's hint, round 52). Roles
       with a frame of their own (a notice) set theirs below. */
    QLabel[focusPolicy="TabFocus"], QLabel[focusPolicy="StrongFocus"],
    QLabel[focusPolicy="WheelFocus"] {{
        border: {FOCUS_RING_PX}px solid transparent; border-radius: 6px;
        padding: {LABEL_RING_GAP_PX - FOCUS_RING_PX}px {LABEL_RING_GAP_PX}px;
    }}
    QLabel[role="pageTitle"] {{ font-size: 26px; font-weight: 600; }}
    QLabel[role="pageSubtitle"] {{ color: {muted}; font-size: 14px; }}
    QLabel[role="sectionTitle"] {{ font-size: 15px; font-weight: 600; margin-top: 6px; }}
    QLabel[role="questionText"] {{ font-size: 22px; font-weight: 500; line-height: 140%; }}
    QLabel[role="questionMeta"], QLabel[role="hint"] {{ color: {muted}; }}
    QLabel[role="notice"] {{
        background: rgba(216, 138, 27, 0.15); border: 1px solid {WARN};
        border-radius: 6px; padding: 6px 10px;
    }}
    /* A fact that fits one line beside others (Review's "No audio output device"): a notice's
       colours, a line's height */
    QLabel[role="compactNotice"] {{
        background: rgba(216, 138, 27, 0.15); border: 1px solid {WARN};
        border-radius: 6px; padding: 0px 8px;
    }}
    QLabel[role="statusPill"] {{
        border-radius: 11px; padding: 3px 12px; font-weight: 600;
        background: rgba(59, 111, 216, 0.15); color: palette(link);
    }}
    QLabel[role="bigScore"] {{ font-size: 48px; font-weight: 700; }}
    QFrame#card {{
        border: 1px solid palette(mid); border-radius: 10px; background: palette(base);
    }}
    QPushButton {{
        padding: 7px 16px; border-radius: 6px;
        border: 1px solid palette(mid); background: palette(button);
    }}
    QPushButton:hover {{ border-color: {ACCENT}; }}
    /* Thicker borders (the focus ring, a chosen toggle) take their room from the padding: a
       button grew as the keyboard reached it, and its row shifted at every Tab. */
    QPushButton:focus {{ border: 2px solid {ring}; padding: 6px 15px; }}
    /* (a disabled button's words: the palette's disabled button text, ``_sheet_roles``) */
    /* A chosen toggle (the self-rating) must look chosen: the style above hides Qt's own. */
    QPushButton:checked {{
        background: rgba(59, 111, 216, 0.22); border: 2px solid {ACCENT}; padding: 6px 15px;
    }}
    QPushButton[primary="true"] {{
        background: {ACCENT}; font-weight: 600; border: 1px solid {ACCENT};
    }}
    QPushButton[primary="true"]:enabled {{ color: white; }}
    QPushButton[primary="true"]:disabled {{
        background: palette(link-visited); border-color: palette(mid);
    }}
    QPushButton[primary="true"]:focus {{
        border: 3px solid {ring_on_accent}; padding: 5px 14px;
    }}
    /* Every control shows where the keyboard is, clearly, in light and dark. */
    QComboBox:focus, QAbstractSpinBox:focus, QAbstractItemView:focus, QLineEdit:focus,
    QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {ring}; border-radius: 4px; }}
    /* A spin box is drawn whole from this sheet, focused or not. The ring above made Qt draw
       a focused one's buttons from it, with no arrow (walkthrough 49); then its arrows, 5 px
       on buttons of 13 x 9, were hard to see and to hit at 960 x 640 (walkthrough 49 read
       again): buttons of 22 px, arrows of 11 x 6, as tall as a combo box. */
    QAbstractSpinBox {{
        border: 1px solid palette(mid); border-radius: 4px; background: palette(base);
        padding: 1px 0px 1px 4px;
    }}
    QAbstractSpinBox:focus {{ padding: 0px 0px 0px 3px; }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
        subcontrol-origin: padding; width: 22px; border-left: 1px solid palette(mid);
        background: palette(button);
    }}
    QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 3px; }}
    QAbstractSpinBox::down-button {{
        subcontrol-position: bottom right; border-bottom-right-radius: 3px;
        border-top: 1px solid palette(mid);
    }}
    QAbstractSpinBox::up-button:pressed, QAbstractSpinBox::down-button:pressed {{
        background: palette(mid);
    }}
    QAbstractSpinBox::up-arrow {{ image: url("{arrows["up", False][0]}"); width: 11px; height: 6px; }}
    QAbstractSpinBox::down-arrow {{
        image: url("{arrows["down", False][0]}"); width: 11px; height: 6px;
    }}
    QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{
        image: url("{arrows["up", False][1]}");
    }}
    QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{
        image: url("{arrows["down", False][1]}");
    }}
    QAbstractSpinBox[dark="true"]::up-arrow {{ image: url("{arrows["up", True][0]}"); }}
    QAbstractSpinBox[dark="true"]::down-arrow {{ image: url("{arrows["down", True][0]}"); }}
    QAbstractSpinBox[dark="true"]::up-arrow:disabled,
    QAbstractSpinBox[dark="true"]::up-arrow:off {{ image: url("{arrows["up", True][1]}"); }}
    QAbstractSpinBox[dark="true"]::down-arrow:disabled,
    QAbstractSpinBox[dark="true"]::down-arrow:off {{ image: url("{arrows["down", True][1]}"); }}
    /* A text box, list or table keeps the same frame width focused or not (1 + 1 padding,
       2 + 0): its text area is placed for the unfocused frame, and covered half the ring. */
    QPlainTextEdit, QTextEdit, QAbstractItemView {{ border: 1px solid palette(mid); padding: 1px; }}
    QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus {{ padding: 0px; }}
    /* A table's header is an item view too, but inside its table's frame: framed again, its
       4 px went from the section's text, whose descenders were cut ("Type", "Spoken" in the
       file dialog and History, walk60). Its sections draw their own lines. */
    QHeaderView {{ border: none; padding: 0px; }}
    /* In a list with the keyboard, the item the keys act on (Space ticks a topic) is ringed:
       Qt marked it with a pale tint and a 1.6 : 1 outline, and in a list of many choices it
       is not the selected one (walk58). */
    QListView::item:focus {{ border: 2px solid {ring}; }}
    /* Home's past sessions keep its room in every item, focused or not: a row is sized
       unfocused, and the ring drawn inside a session's two lines cut them to one ("Practise
       again · 82/100…", its date gone: walk66). (Not every list: the topics' one-line rows
       would be 4 px taller, fewer in sight.) */
    QListView#historyList::item {{ border: 2px solid transparent; }}
    QListView#historyList::item:focus {{ border: 2px solid {ring}; }}
    /* (a rule on the items draws them from this sheet: a chosen one keeps its colours) */
    QListView::item:selected {{
        background: palette(highlight); color: palette(highlighted-text);
    }}
    /* The ring's room is kept when unfocused: added only on focus, it pushed the label right
       and cut its end ("Technica"). */
    QCheckBox, QRadioButton {{
        border: 2px solid transparent; border-radius: 4px; padding: 1px 3px;
    }}
    QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {ring}; }}
    /* The square itself reads at 3 : 1 or more: Fusion drew it in a line darker than the
       window, 1.2 : 1 on the dark card (the boxes looked like bare words), 1.9 : 1 light. */
    QCheckBox::indicator {{
        width: 14px; height: 14px; border: 1px solid {box_edge}; border-radius: 3px;
        background: palette(base);
    }}
    QCheckBox::indicator:checked {{
        background: {ACCENT}; border-color: {ACCENT}; image: url("{tick}");
    }}
    QCheckBox::indicator:disabled {{ border-color: palette(mid); }}
    QCheckBox::indicator:checked:disabled {{ background: palette(mid); }}
    /* Only there: a label only a click focuses (its text selectable by the mouse: most labels)
       is no keyboard stop and has no room for a ring, which covered its first letter. */
    QLabel[focusPolicy="TabFocus"]:focus, QLabel[focusPolicy="StrongFocus"]:focus,
    QLabel[focusPolicy="WheelFocus"]:focus {{
        border: {FOCUS_RING_PX}px solid {ring}; border-radius: 6px;
    }}
    /* Frameless text panes (the scorecard's answer detail) keep room for the ring. */
    QTextBrowser {{ border: 2px solid transparent; border-radius: 4px; padding: 0px; }}
    QTextBrowser:focus {{ border: 2px solid {ring}; padding: 0px; }}
    QSlider:focus {{ border: 2px solid {ring}; border-radius: 4px; }}
    /* The Progress charts are reached by Tab (screen readers read their titles). */
    QGraphicsView {{ border: 2px solid transparent; border-radius: 4px; }}
    QGraphicsView:focus {{ border: 2px solid {ring}; }}
    QPlainTextEdit#answerBox {{ font-size: 15px; padding: 6px; border-radius: 6px; }}
    QPlainTextEdit#answerBox:focus {{ padding: 5px; }}
    QProgressBar {{
        border: 1px solid palette(mid); border-radius: 4px; background: palette(base);
        text-align: center; max-height: 10px;
    }}
    QProgressBar::chunk {{ border-radius: 4px; background: {ACCENT}; }}
    """


def rich_text_colors(palette: QPalette) -> tuple[str, str]:
    """Muted text and a bar track for rich text (answer details) on this palette: opaque mixes,
    as rich text ignores a colour's alpha."""
    base = palette.color(QPalette.ColorRole.Base)
    muted = _mix(palette.color(QPalette.ColorRole.Text), base, 0.6)
    track = _mix(palette.color(QPalette.ColorRole.Mid), base, 0.5)
    return muted, track


def _mix(a: QColor, b: QColor, weight: float) -> str:
    """``weight`` of ``a`` over ``b``."""
    return QColor(
        round(a.red() * weight + b.red() * (1 - weight)),
        round(a.green() * weight + b.green() * (1 - weight)),
        round(a.blue() * weight + b.blue() * (1 - weight)),
    ).name()


def score_color(score: int | None) -> str:
    """The score colours of ``core.tables``; "no score" in the theme's muted text colour."""
    return muted_color() if score is None else tables.score_color(score)


def ink(color: str) -> str:
    """A score colour (``GOOD`` ...) as text on this theme: 4.5 : 1 or more (the fills are
    for rings and bars)."""
    return tables.text_color(color, is_dark())


def score_text_color(score: int | None) -> str:
    """A score written in its colour, readable on this theme."""
    return muted_color() if score is None else ink(tables.score_color(score))
