"""The submissions library: SQLite through sqlite-utils, plus a content-addressed file store.
All SQL of the project lives in this package; functions take and return ``policy`` dataclasses."""

from storage.errors import LibraryError
from storage.library import Library, default_library_path

__all__ = ["Library", "LibraryError", "default_library_path"]
