#!/usr/bin/env bash
# Regenerate the example exports and pictures of the shipped corpus (run from anywhere).
# Needs Graphviz `dot` and Debian's `chromium` for the PNG pictures (.ci/run installs both).
set -euo pipefail
cd "$(dirname "$0")/.."
argmap() { python3 -m argmap "$@"; }
argmap export --format markdown -o examples/argument-map.md   # also writes argument-map-heatmap.svg
argmap export --format html -o examples/argument-map.html
argmap export --format dot -q transatlantic-partnership -o examples/transatlantic-partnership.dot
argmap schema -o examples/argmap-export.schema.json
# one picture, drawn twice: by Graphviz and by argmap's own SVG layout (the HTML report's)
python3 - <<'PY'
from argmap.export.common import select
from argmap.export.dot import part_dot
from argmap.export.graph import question_parts
from argmap.export.svg import graph_svg
from argmap.project import Project

sel = select(Project.open("."))
part = question_parts(sel, "transatlantic-partnership")[1]
open("examples/graph.dot", "w", encoding="utf-8").write(part_dot(part) + "\n")
open("examples/graph.svg", "w", encoding="utf-8").write(graph_svg(part))
PY
dot -Tpng -Gdpi=100 -o examples/graph-graphviz.png examples/graph.dot
shot() {  # shot FILE OUT.png WIDTH HEIGHT
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=3000 \
    --window-size="$3,$4" --screenshot="$2" "file://$PWD/$1" 2>/dev/null
}
size() { grep -o -m1 'width="[0-9]*" height="[0-9]*"' "$1" | tr -dc '0-9 ' ; }
read -r w h <<<"$(size examples/argument-map-heatmap.svg | sed 's/  */ /')"
shot examples/argument-map-heatmap.svg examples/heatmap.png "$w" "$h"
read -r w h <<<"$(size examples/graph.svg | sed 's/  */ /')"
shot examples/graph.svg examples/graph.png "$w" "$h"
shot examples/argument-map.html examples/report.png 1280 1800
