"""How many SMTP sessions the listener serves at once, and how much each may take.

Every session holds an open file. A flood of 1,100 idle clients once used up
the listener's open files: ``accept()`` failed in a tight loop that wrote
gigabytes of identical tracebacks, and mail from every other client timed out.
So the listener keeps within these limits (:class:`SessionLimits`):

- at most ``max_sessions`` at once. One more is answered ``421 4.3.2`` as it is
  accepted, and closed (RFC 5321 3.8 allows 421 as the greeting): it holds its
  open file for a moment only, and the sending MTA retries later;
- at most ``max_commands_without_progress`` commands in a row that do not move
  a mail forward (only a successful MAIL or RCPT, or a DATA read to its end,
  does): a client that holds its session with NOOP, RSET or VRFY is sent away;
- at most ``max_session_seconds`` per session, checked before each command and
  never while a mail is in the pipeline: dropping the client then would make it
  send again a mail that may be being delivered.

Idle clients are ended by aiosmtpd's own timeout between commands. And the
listener raises its open-files limit at start (:func:`open_files_for_sessions`).
"""

from __future__ import annotations

import logging
import resource
from dataclasses import dataclass

log = logging.getLogger("siegel.gateway")

# Connections asyncio accepts in one go (the listen backlog); they are refused in the
# next round of the event loop and closed in the one after, while the next burst comes in.
ACCEPT_BURST = 100
# Open files the listener needs besides its sessions: bursts of clients being refused, the
# listening socket, logs, pipes to the workers, the pipeline threads' connections.
RESERVED_OPEN_FILES = 2 * ACCEPT_BURST + 100

REPLY_TOO_MANY_SESSIONS = "421 4.3.2 Too many connections, please try again later"
REPLY_NO_PROGRESS = "421 4.7.0 Too many commands without a mail, closing the connection"
REPLY_SESSION_TOO_LONG = "421 4.4.2 Session time limit reached, please reconnect"


@dataclass(frozen=True)
class SessionLimits:
    max_sessions: int = 500
    max_commands_without_progress: int = 50
    max_session_seconds: float = 3600.0


class SessionCount:
    """The sessions open on one listener, counted on its event loop (so without a lock).

    Reaching the limit and going below it again are logged, once each: a flood
    of refused clients must not become a flood of log lines.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.open = 0
        self.refused = 0

    def enter(self) -> bool:
        """Count a new session in; False when the limit is reached (the client gets 421)."""
        if self.open >= self.limit:
            if not self.refused:
                log.warning(
                    "%d SMTP sessions open, the limit: new clients get 421 until some end",
                    self.limit,
                )
            self.refused += 1
            return False
        self.open += 1
        return True

    def leave(self) -> None:
        self.open -= 1
        if self.refused and self.open < self.limit:
            log.warning(
                "SMTP sessions below the limit again; %d clients were refused", self.refused
            )
            self.refused = 0


class SessionBudget:
    """What one session may still do: commands without progress, and time."""

    def __init__(self, limits: SessionLimits, started: float) -> None:
        self.limits = limits
        self.deadline = started + limits.max_session_seconds
        self.commands_without_progress = 0

    def refusal(self, now: float) -> str | None:
        """The 421 reply that ends the session before its next command, or None to go on."""
        if now > self.deadline:
            return REPLY_SESSION_TOO_LONG
        if self.commands_without_progress >= self.limits.max_commands_without_progress:
            return REPLY_NO_PROGRESS
        self.commands_without_progress += 1
        return None

    def progressed(self) -> None:
        self.commands_without_progress = 0


def open_files_for_sessions(limits: SessionLimits) -> SessionLimits:
    """Raise this process's open-files limit to the hard limit; the limits that fit into it.

    A system's soft limit (often 1,024) is far below what it allows a process to
    ask for. When even the hard limit leaves too few open files for
    ``max_sessions``, fewer sessions are served, with a warning, rather than
    failing ``accept()`` under load.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        soft = hard
    fitting = max(1, soft - RESERVED_OPEN_FILES)
    if limits.max_sessions <= fitting:
        return limits
    log.warning(
        "SIEGEL_SMTP_MAX_SESSIONS=%d needs more open files than this process may have "
        "(%d): serving at most %d sessions at once",
        limits.max_sessions,
        soft,
        fitting,
    )
    return SessionLimits(fitting, limits.max_commands_without_progress, limits.max_session_seconds)
