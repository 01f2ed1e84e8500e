# PolicyPress's own `workflow` package shares its name with the PyPI project "Alfred-Workflow",
# whose hook in pyinstaller-hooks-contrib asks for that project's metadata and fails the build.
# A user hook takes precedence over contrib's: this one collects nothing extra (the modules are
# found by import, see packaging/bundle_contents.py).
