"""`python -m inboxwatch` runs the command line."""

from inboxwatch.cli import main

main()
