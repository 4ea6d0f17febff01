// Parse an Argdown file with the official parser (@argdown/core) and build its map.
// Usage: node check.mjs FILE.argdown
// Prints a JSON summary (errors, statements with their text and tags, relations, map
// nodes) and exits 1 when the lexer, the parser or a plugin reported any error.
import { readFileSync } from "node:fs";
import { argdown } from "@argdown/core";

const input = readFileSync(process.argv[2], "utf8");
const response = argdown.run({
  input,
  process: ["parse-input", "build-model", "build-map"],
  logLevel: "error",
  throwExceptions: false,
});
const errors = [
  ...(response.lexerErrors || []).map((e) => `lexer: line ${e.line}: ${e.message}`),
  ...(response.parserErrors || []).map(
    (e) => `parser: line ${e.token && e.token.startLine}: ${e.message}`
  ),
  ...(response.exceptions || []).map((e) => `exception: ${e.message}`),
];
const statements = {};
for (const [title, ec] of Object.entries(response.statements || {})) {
  const member = ec.members && ec.members.find((m) => m.text);
  statements[title] = {
    text: member ? member.text : "",
    tags: ec.tags || [],
    data: ec.data || {},
    section: ec.section ? ec.section.title : null,
  };
}
const relations = (response.relations || []).map((r) => ({
  from: r.from.title,
  to: r.to.title,
  type: r.relationType,
}));
const nodes = [];
const placed = [];
const walk = (list, group) => {
  for (const n of list || []) {
    if (n.type === "group-map-node") walk(n.children, n.title);
    else {
      nodes.push(n.title);
      placed.push([group || null, n.title]);
    }
  }
};
walk(response.map && response.map.nodes, null);
process.stdout.write(
  JSON.stringify({ errors, statements, relations, nodes, placed }, null, 1) + "\n"
);
// exitCode, not process.exit(): exiting at once can cut off stdout written to a pipe
process.exitCode = errors.length ? 1 : 0;
