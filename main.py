"""PolicyPress: no arguments open the desktop app; sub-commands run the command line."""

from __future__ import annotations

import importlib.util
import sys


def main(argv: list[str]) -> int:
    from cli import build_parser, run

    if argv:
        return run(argv)
    if importlib.util.find_spec("gui") is None:
        # the desktop app lands with the GUI issue; until then the command line's help is the front door
        build_parser().print_help()
        return 0
    from gui.app import run_app

    return run_app()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
