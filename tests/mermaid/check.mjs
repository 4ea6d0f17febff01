// Parse every ```mermaid block of a Markdown file with the official Mermaid parser.
// Usage: node check.mjs FILE.md
// Prints {"blocks": N, "errors": [...]} and exits 1 when any block fails to parse.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

// Mermaid sanitises labels with DOMPurify, which needs a DOM even for parsing.
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

const text = readFileSync(process.argv[2], "utf8");
const blocks = [...text.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
const errors = [];
for (const [i, block] of blocks.entries()) {
  try {
    await mermaid.parse(block);
  } catch (e) {
    const message = String((e && e.message) || e).split("\n").slice(0, 4).join(" | ");
    errors.push(`block ${i + 1}: ${message}`);
  }
}
process.stdout.write(JSON.stringify({ blocks: blocks.length, errors }) + "\n");
// exitCode, not process.exit(): exiting at once can cut off stdout written to a pipe
process.exitCode = errors.length ? 1 : 0;
