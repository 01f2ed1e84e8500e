"""Rule modules, one concern each; every function in them is one rule."""
