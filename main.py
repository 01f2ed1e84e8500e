"""PolicyPress: no arguments open the desktop app; sub-commands run the command line;
``--screenshot DIR`` saves the app's main views (on a bundled sample) as PNGs."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if getattr(sys, "frozen", False):  # the packaged app (PyInstaller) also runs its own helpers
        import multiprocessing

        multiprocessing.freeze_support()  # the extractor's fork server (-c …): runs it and exits
        if argv[:1] == ["-m"] and len(argv) > 1:  # `python -m workflow.pages …` (PDF page images)
            import runpy

            sys.argv = argv[1:]
            runpy.run_module(argv[1], run_name="__main__", alter_sys=True)
            return 0
    if argv[:1] in (["--version"], ["-V"]):
        from policypress_version import describe

        print(describe())
        return 0
    if not argv:  # the desktop app; the command line's modules are not loaded (a faster start)
        if _no_display():
            print(
                "没有可用的图形显示（DISPLAY/WAYLAND_DISPLAY 未设置），无法打开桌面窗口；命令行用法见 --help"
                " (no graphical display: set DISPLAY, run under xvfb-run, or use the command line: --help)",
                file=sys.stderr,
            )
            return 1
        from gui.app import run_app

        return run_app()
    if argv[0] == "--screenshot":
        from gui.screenshots import main as screenshots

        return screenshots(argv[1:])
    from cli import run

    return run(argv)


def _no_display() -> bool:
    """On Linux without X11/Wayland (a server, an SSH session) Qt would abort with a core dump."""
    import os

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
