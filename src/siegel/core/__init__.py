"""Pure domain logic of Siegel.

Nothing below this package imports Django, opens a socket or touches the disk:
bytes and values in, values out. The Django apps and the gateway wrap it.
"""
