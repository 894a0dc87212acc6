"""How far the page work has come: pages done of the total, the rate and the time left.

Shown two ways from one count: a line redrawn in place on a terminal (the CLI run by a person), and a
log line every few seconds (the Dagster run's log in the UI, and CI logs). On anything but a terminal
the line is not drawn, so piped output and logs hold no carriage-return litter.
"""
from __future__ import annotations

import time
from typing import Callable, TextIO

REDRAW_SECONDS = 0.25  # a terminal line redrawn more often than this only flickers
LOG_SECONDS = 5.0  # a log line every this many seconds: enough to see a build move, not a flood


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class Progress:
    """Call `start(total, cached)`, then `advance(n)` as pages are done and `finish()` at the end. `log`
    receives plain lines (for Dagster's context.log.info); `terminal` is the stream to draw on, used
    only if it is a terminal."""

    def __init__(self, log: Callable[[str], None] | None = None, terminal: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.log = log
        self.terminal = terminal if terminal is not None and terminal.isatty() else None
        self.clock = clock
        self.total = self.cached = self.done = 0
        self.started = self.last_drawn = self.last_logged = clock()

    def start(self, total: int, cached: int) -> None:
        self.total, self.cached, self.done = total, cached, cached
        self.started = self.last_drawn = self.last_logged = self.clock()
        if self.log:
            self.log(f"page work: {total:,} distinct page(s), {cached:,} from the cache, {total - cached:,} to process")

    def line(self) -> str:
        elapsed = self.clock() - self.started
        processed = self.done - self.cached
        text = f"pages {self.done:,}/{self.total:,}"
        if processed and elapsed > 0:
            rate = processed / elapsed
            text += f" · {rate:,.0f} pages/s"
            if self.done < self.total:
                text += f" · {_duration((self.total - self.done) / rate)} left"
        return text

    def advance(self, pages: int) -> None:
        self.done += pages
        now = self.clock()
        if self.terminal and now - self.last_drawn >= REDRAW_SECONDS:
            self._draw()
            self.last_drawn = now
        if self.log and now - self.last_logged >= LOG_SECONDS:
            self.log(self.line())
            self.last_logged = now

    def finish(self) -> None:
        elapsed = self.clock() - self.started
        if self.terminal:
            self.terminal.write("\r\033[K")  # the line is cleared: the build summary follows
            self.terminal.flush()
        if self.log:
            self.log(f"page work done: {self.done:,} page(s) in {_duration(elapsed)}")

    def _draw(self) -> None:
        self.terminal.write("\r\033[K" + self.line())
        self.terminal.flush()

