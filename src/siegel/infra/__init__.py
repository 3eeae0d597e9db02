"""Infrastructure the Django apps share: prepared queries, rate limits. No app logic here.

The Django project (:mod:`siegel.web`) is the outermost layer; apps import from
here, never from it.
"""
