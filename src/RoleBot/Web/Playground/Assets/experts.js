// RoleBot playground: "Ask an expert". Loaded after playground.js and uses its el/post/problemText/sessionId.
// Nothing is sent until the user clicks; the page then polls its hand-off until an expert answers.
"use strict";

window.rolebotExperts = (() => {
  const pollMs = 3000;
  let enabled = false;

  (async () => {
    const key = sessionStorage.getItem("rolebot.key");
    const response = await fetch("/api/playground/experts", { headers: key ? { "X-Api-Key": key } : {} });
    if (response.ok) enabled = (await response.json()).enabled === true;
  })();

  async function get(path) {
    const key = sessionStorage.getItem("rolebot.key");
    return fetch(path, { headers: key ? { "X-Api-Key": key } : {} });
  }

  function answered(box, handoff) {
    const save = el("button", { type: "button", className: "vote save", textContent: "Save as answer" });
    const status = el("span", { className: "feedback-status", role: "status" });
    save.onclick = async () => {
      save.disabled = true;
      const response = await post(`/api/playground/handoffs/${encodeURIComponent(handoff.id)}/save`, {});
      status.textContent = response.ok ? (await response.json()).message : await problemText(response);
      if (!response.ok) save.disabled = false;
    };
    box.replaceChildren(
      el("p", { className: "expert-credit" }, el("strong", { textContent: `${handoff.expert} answered:` })),
      el("blockquote", { className: "expert-answer", textContent: handoff.answer }),
      el("div", { className: "feedback" }, save, status));
  }

  async function follow(box, status, id) {
    const response = await get(`/api/playground/handoffs/${encodeURIComponent(id)}`);
    if (!response.ok) { status.textContent = await problemText(response); return; }
    const handoff = await response.json();
    if (handoff.state === "answered") { answered(box, handoff); return; }
    status.textContent = handoff.message;
    if (handoff.state === "open" || handoff.state === "timed_out") setTimeout(() => follow(box, status, id), pollMs);
  }

  // The offer under an unanswered answer ("not_covered") or after a "Not helpful" vote ("not_helpful").
  function offer(answer, reason) {
    const box = el("div", { className: "expert" });
    if (!enabled) return box;
    const status = el("span", { className: "feedback-status", role: "status" });
    const button = el("button", { type: "button", className: "vote ask-expert", textContent: "Ask an expert" });
    button.onclick = async () => {
      button.disabled = true;
      const response = await post("/api/playground/handoff", {
        question: answer.question, reason, sessionId,
        citations: reason === "not_helpful" ? answer.citations.map(c => c.passageId) : [],
      });
      if (!response.ok) { status.textContent = await problemText(response); button.disabled = false; return; }
      const handoff = await response.json();
      status.textContent = handoff.message;
      if (handoff.state === "open") setTimeout(() => follow(box, status, handoff.id), pollMs);
    };
    box.append(el("p", { className: "next", textContent: reason === "not_covered" ? "An expert can answer what my documents don't." : "Sorry that didn't help. An expert can take it from here." }),
      el("div", { className: "feedback" }, button, status));
    return box;
  }

  return { offer };
})();
