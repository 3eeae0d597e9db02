"""Mail as bytes: headers, routing, splitting and notices, without losing a byte.

The gateway changes as little as possible of a mail: headers are edited in the
raw header block, so bodies (and the signatures over them) pass through intact.
"""

MAX_MESSAGE_BYTES = 100 * 1024 * 1024
"""The largest message the crypto layers open (decrypt, verify) unless told otherwise.

Above the gateway's own SMTP limit, so nothing the gateway accepted is refused here;
it bounds the memory an oversized or hostile input can claim when the layers are
used on their own (``siegel inspect``, the portal).
"""
