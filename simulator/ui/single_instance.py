"""The Qt side of one window per data folder: the running window listens on a local socket
and comes to the front when a second launch asks it to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE = b"raise\n"


class RaiseServer(QObject):
    """Listens for a second launch and brings ``window`` to the front."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self._window = window
        self.raised_count = 0
        QLocalServer.removeServer(name)  # a socket file left by a crashed window
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connected)
        self._server.listen(name)

    def _connected(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            window = self._window
            window.setWindowState(
                (window.windowState() & ~Qt.WindowState.WindowMinimized)
                | Qt.WindowState.WindowActive
            )
            window.show()
            window.raise_()
            window.activateWindow()
            self.raised_count += 1
        socket.disconnectFromServer()


def ask_to_raise(name: str, timeout_ms: int = 1000) -> bool:
    """Ask the window listening on ``name`` to come to the front; True if it was reached."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return ok
