"""``python -m coalition_lod``: the command line."""

from .cli import main

main()
