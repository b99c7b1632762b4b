"""The pure core: facts in, decisions out.

Modules here import only the standard library and each other. They never
touch the network, the disk or the clock: ``now`` is always an argument.
"""
