// Renders a document's citations with citeproc-js, as a word processor plugin does:
// each cluster through processCitationCluster in document order, keeping the final
// text of every cluster (a later cluster may change an earlier one), then the
// bibliography of the cited items.  Used to make the expected files of tests/data/papers.
//
//   NODE_PATH=/path/to/node_modules node citeproc_js_cite.js job.json text|html > out.json
//
// job.json: {"style": PATH, "locales": DIR, "lang": TAG|null, "items": [...],
//            "clusters": [{citationID, citationItems, properties: {noteIndex, mode?}}],
//   A cluster whose properties have author_in_text (a narrative citation in a note style)
//   also gets its first cite's names in author-only mode, at that cite's position
//   (first, else subsequent).
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const format = process.argv[3] || "text";
const byId = Object.fromEntries(job.items.map((it) => [String(it.id), it]));
const sys = {
  retrieveItem: (id) => byId[String(id)],
  retrieveLocale: (lang) => {
    const file = path.join(job.locales, `locales-${lang}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
  },
};
const engine = new CSL.Engine(sys, fs.readFileSync(job.style, "utf8"), job.lang || undefined);
engine.setOutputFormat(format);
const texts = {};
const order = [];
const pre = [];
for (const cluster of job.clusters) {
  const [status, updates] = engine.processCitationCluster(cluster, pre, []);
  if (status.bibchange === undefined && status.citation_errors === undefined) throw new Error("no status");
  for (const [index, text] of updates) texts[index] = text;
  pre.push([cluster.citationID, cluster.properties.noteIndex]);
  order.push(cluster.citationID);
}
const citations = job.clusters.map((_c, i) => texts[i]);
const authors = job.clusters.map((cluster) => {
  if (!cluster.properties.author_in_text) return "";
  const cited = engine.registry.citationreg.citationById[cluster.citationID].sortedItems[0][1];
  const position = cited.position === 0 ? 0 : 1;
  return engine.makeCitationCluster([{ id: cited.id, "author-only": true, position }]);
});
const bib = engine.makeBibliography();
const entries = bib ? bib[1].map((e) => e.replace(/^\s*<div class="csl-entry">|<\/div>\s*$/g, "").trim()) : [];
process.stdout.write(JSON.stringify({ citations, authors, bibliography: entries }, null, 1) + "\n");
