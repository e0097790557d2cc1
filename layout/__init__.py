"""layout: Chinese newspaper pages from stories, as print-ready PDF.

The pipeline (DESIGN.md §1): ``load`` -> ``model`` -> ``fonts`` -> ``compose`` -> ``place`` ->
``display`` -> ``render_pdf`` / ``render_trace``; ``pipeline`` runs it, ``cli`` is the command.
"""

__version__ = "0.1.0"
