"""Routewijzer jeugdhulp: YAML content -> validated model -> route graphs -> Markdown/SVG -> static site."""
