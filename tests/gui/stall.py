"""Measuring how responsive the window stays: a 10 ms timer on the GUI thread whose longest gap
between ticks is the longest event-loop stall."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class StallMeter:
    def __init__(self, parent) -> None:
        self.timer = QTimer(parent, interval=10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1
