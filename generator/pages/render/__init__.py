"""Renderers: one module per kind of page, each a pure function from the model to Markdown."""
