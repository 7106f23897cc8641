// RoleBot playground: vanilla JS, no dependencies. Everything user- or knowledge-supplied goes in through
// textContent, never parsed as markup, so a quoted passage cannot inject HTML.
"use strict";

const log = document.getElementById("log");
const askForm = document.getElementById("ask");
const input = document.getElementById("question");
const examples = document.getElementById("examples");
const accessForm = document.getElementById("access");
let answerCount = 0;

// The follow-up context lives on the server under this id; it stays with this browser tab.
const sessionId = sessionStorage.getItem("rolebot.session") || randomId();
sessionStorage.setItem("rolebot.session", sessionId);

function randomId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
}

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children) node.append(child);
  return node;
}

async function post(path, body) {
  const headers = { "Content-Type": "application/json" };
  const key = sessionStorage.getItem("rolebot.key");
  if (key) headers["X-Api-Key"] = key;
  const response = await fetch(path, { method: "POST", headers, body: JSON.stringify(body) });
  if (response.status === 401) accessForm.hidden = false;
  return response;
}

async function problemText(response) {
  let detail = "";
  try { detail = (await response.json()).detail || ""; } catch { /* not JSON */ }
  if (response.status === 429) {
    return `Too many questions. Retry in ${response.headers.get("Retry-After") || "a few"} seconds.`;
  }
  return detail || `RoleBot could not answer (HTTP ${response.status}).`;
}

async function ask(question) {
  question = question.trim();
  if (!question) return;
  log.append(el("div", { className: "bubble user" }, question));
  input.value = "";
  const pending = el("div", { className: "bubble bot pending" }, "…");
  log.append(pending);
  pending.scrollIntoView({ block: "end" });
  try {
    const response = await post("/api/playground/ask", { question, sessionId });
    if (!response.ok) {
      pending.replaceWith(el("div", { className: "bubble bot error", role: "alert" }, await problemText(response)));
      return;
    }
    const answer = renderAnswer(await response.json());
    pending.replaceWith(answer);
    answer.scrollIntoView({ block: "start" });
  } catch (error) {
    pending.replaceWith(el("div", { className: "bubble bot error", role: "alert" }, `RoleBot is not reachable: ${error.message}`));
  }
}

// "[2]" in a line becomes a link to citation 2 of this answer.
function withRefs(text, prefix) {
  const span = el("span");
  for (const part of text.split(/(\[\d+\])/)) {
    const ref = /^\[(\d+)\]$/.exec(part);
    span.append(ref ? el("a", { href: `#${prefix}-${ref[1]}`, className: "ref", textContent: part }) : part);
  }
  return span;
}

function highlighted(text, highlights) {
  const quote = el("blockquote", { className: "excerpt" });
  let at = 0;
  for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    quote.append(text.slice(at, h.start), el("mark", { textContent: text.slice(h.start, h.start + h.length) }));
    at = h.start + h.length;
  }
  quote.append(text.slice(at));
  return quote;
}

// A table cell quotes the start of its citation's excerpt (cut at a word, marked with …) and links to it.
function cellQuote(citation) {
  const text = citation.excerpt;
  if (text.length <= 90) return text;
  const cut = text.lastIndexOf(" ", 90);
  return text.slice(0, cut > 40 ? cut : 90) + " …";
}

function comparisonTable(comparison, citations, prefix) {
  const head = el("tr", {}, el("th", { scope: "col", textContent: "Aspect" }));
  for (const role of comparison.roles) head.append(el("th", { scope: "col", textContent: role }));
  const body = el("tbody");
  for (const row of comparison.rows) {
    const tr = el("tr", {}, el("th", { scope: "row", textContent: row.aspect }));
    for (const cell of row.cells) {
      const citation = citations.find(c => c.n === cell);
      tr.append(el("td", {}, cell == null || !citation
        ? el("span", { className: "none", textContent: "not covered" })
        : withRefs(`“${cellQuote(citation)}” [${cell}]`, prefix)));
    }
    body.append(tr);
  }
  return el("div", { className: "table-wrap" }, el("table", { className: "comparison" }, el("thead", {}, head), body));
}

function chips(questions, className) {
  const box = el("div", { className: `chips ${className || ""}` });
  for (const q of questions) box.append(el("button", { type: "button", className: "chip", textContent: q, onclick: () => ask(q) }));
  return box;
}

function feedbackBar(answer) {
  const status = el("span", { className: "feedback-status", role: "status" });
  const bar = el("div", { className: "feedback" });
  const vote = async helpful => {
    for (const b of bar.querySelectorAll("button")) b.disabled = true;
    const response = await post("/api/playground/feedback", {
      question: answer.question, answerText: answer.text, helpful,
      citations: answer.citations.map(c => c.passageId),
    });
    status.textContent = response.ok ? "Thanks, your feedback was recorded." : await problemText(response);
    if (!response.ok) for (const b of bar.querySelectorAll("button")) b.disabled = false;
    else if (!helpful && window.rolebotExperts) bar.after(window.rolebotExperts.offer(answer, "not_helpful"));
  };
  bar.append(
    el("button", { type: "button", className: "vote helpful", textContent: "Helpful", onclick: () => vote(true) }),
    el("button", { type: "button", className: "vote not-helpful", textContent: "Not helpful", onclick: () => vote(false) }),
    status);
  return bar;
}

function renderAnswer(answer) {
  const prefix = `a${++answerCount}-cite`;
  const box = el("article", { className: `bubble bot answer ${answer.answered ? "answered" : "unanswered"}` });
  if (answer.correctedQuestion) box.append(el("p", { className: "corrected", textContent: `Read as: “${answer.correctedQuestion}”` }));
  const lead = el("p", { className: "lead" });
  if (answer.verdict) lead.append(el("span", { className: `verdict verdict-${answer.verdict}`, textContent: answer.verdict }), " ");
  lead.append(withRefs(answer.lead, prefix));
  box.append(lead);
  if (answer.comparison) box.append(comparisonTable(answer.comparison, answer.citations, prefix));
  if (answer.citations.length) {
    const list = el("ol", { className: "citations" });
    for (const c of answer.citations) {
      const where = (c.section === "Introduction" ? c.title : `${c.title} › ${c.section}`) + (c.page ? `, p. ${c.page}` : "");
      const source = el("p", { className: "source" },
        el("a", { href: c.link, target: "_blank", rel: "noopener", textContent: where }),
        el("span", { className: "path", textContent: ` · ${c.source}` }));
      if (c.freshness) source.append(el("span", { className: c.mayBeOutOfDate ? "updated stale" : "updated", textContent: ` · ${c.freshness}` }));
      list.append(el("li", { id: `${prefix}-${c.n}`, value: c.n }, highlighted(c.excerpt, c.highlights), source));
    }
    box.append(el("h3", { className: "sources-title", textContent: "Sources" }), list);
  }
  const next = [...(answer.compareQuestion ? [answer.compareQuestion] : []), ...answer.suggestions];
  if (next.length) box.append(el("p", { className: "next", textContent: answer.answered ? "Ask next" : "Questions I can answer" }), chips(next, "suggestions"));
  if (!answer.answered && window.rolebotExperts) box.append(window.rolebotExperts.offer(answer, "not_covered"));
  box.append(feedbackBar(answer));
  return box;
}

askForm.addEventListener("submit", event => { event.preventDefault(); ask(input.value); });
accessForm.addEventListener("submit", event => {
  event.preventDefault();
  sessionStorage.setItem("rolebot.key", document.getElementById("key").value);
  accessForm.hidden = true;
});

(async () => {
  const key = sessionStorage.getItem("rolebot.key");
  const response = await fetch("/api/playground/examples", { headers: key ? { "X-Api-Key": key } : {} });
  if (response.status === 401) { accessForm.hidden = false; return; }
  if (response.ok) examples.replaceWith(chips((await response.json()).examples, "startup"));
})();
