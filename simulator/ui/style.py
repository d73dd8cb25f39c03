"""One stylesheet for the whole app, derived from the palette so light and dark both read well."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from simulator.core import tables
from simulator.core.tables import BAD, GOOD, WARN
from simulator.paths import resources_dir

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
    """Apply "light", "dark" or the desktop's ("system") look; may be called again to switch."""
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    app.setStyle("Fusion")
    system_dark = _system_palette.color(QPalette.ColorRole.Window).lightness() < 128
    dark = theme == "dark" or (theme == "system" and system_dark)
    if dark:
        app.setPalette(_dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_system_palette)
    app.setStyleSheet(_stylesheet(dark))


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


def _stylesheet(dark: bool) -> str:
    muted = muted_color(dark)
    ring = focus_color(dark)
    ring_on_accent = "#ffffff" if dark else "#0b1f4d"  # around the blue primary button
    # Disabled buttons look disabled: in the dark theme the muted text (5 : 1) and the main
    # button's white on grey (8.8 : 1) read as buttons one could press (Start while the
    # questions load, Delete… on an empty History).
    disabled_text = DARK_DISABLED_TEXT if dark else muted
    box_edge = "#8a919c" if dark else "#767676"  # 4.5 : 1 on the fields, light and dark
    tick = (resources_dir() / "icons" / "check.png").as_posix()
    suffix = "-dark" if dark else ""
    icons = resources_dir() / "icons"
    spin_up, spin_down = (icons / f"spin-{w}{suffix}.png" for w in ("up", "down"))
    spin_up_off, spin_down_off = (icons / f"spin-{w}-off{suffix}.png" for w in ("up", "down"))
    primary_disabled = (
        f"background: palette(button); color: {DARK_DISABLED_TEXT};"
        if dark
        else "background: palette(mid);"
    )
    # The accent itself on its pale tint was 3.4 : 1 (light) and 2.9 : 1 (dark): a darker or a
    # lighter blue of the same hue reads at 5 : 1 and more.
    pill_text = "#8fb1f5" if dark else "#2553b5"
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
        background: rgba(59, 111, 216, 0.15); color: {pill_text};
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
    QPushButton:disabled {{ color: {disabled_text}; }}
    /* A chosen toggle (the self-rating) must look chosen: the style above hides Qt's own. */
    QPushButton:checked {{
        background: rgba(59, 111, 216, 0.22); border: 2px solid {ACCENT}; padding: 6px 15px;
    }}
    QPushButton[primary="true"] {{
        background: {ACCENT}; color: white; font-weight: 600; border: 1px solid {ACCENT};
    }}
    QPushButton[primary="true"]:disabled {{ {primary_disabled} border-color: palette(mid); }}
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
    QAbstractSpinBox::up-arrow {{ image: url("{spin_up.as_posix()}"); width: 11px; height: 6px; }}
    QAbstractSpinBox::down-arrow {{
        image: url("{spin_down.as_posix()}"); width: 11px; height: 6px;
    }}
    QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{
        image: url("{spin_up_off.as_posix()}");
    }}
    QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{
        image: url("{spin_down_off.as_posix()}");
    }}
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
