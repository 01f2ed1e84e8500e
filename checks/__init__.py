"""The rule catalogue: one small function per rule, each registered with its id, severity and citation.

``checks.catalogue.run(context, settings)`` runs every rule that applies and returns ``Finding``s.
Rule modules register themselves on import; ``checks.catalogue`` imports them all.
"""
