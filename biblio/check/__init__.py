"""``biblio check``: what biblio made of each reference, and what needs the user's look.

Each kind of flag is one small unit (``dates``, ``identifiers``, ``duplicates``,
``review``, ``renderback``, ``citations``); ``report`` joins them into one report.
"""
