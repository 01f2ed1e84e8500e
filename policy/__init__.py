"""Domain model: frozen dataclasses shared by every layer. Standard library only."""
