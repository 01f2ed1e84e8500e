"""The use cases both faces call (command line and GUI): each one function over the core and storage."""
