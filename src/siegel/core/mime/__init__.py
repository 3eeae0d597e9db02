"""Mail as bytes: headers, routing, splitting and notices, without losing a byte.

The gateway changes as little as possible of a mail: headers are edited in the
raw header block, so bodies (and the signatures over them) pass through intact.
"""
