// Live answers of an online dialogue (participation/dialogues): appends each answer published while the page is open
// to the aria-live list, so screen readers announce it. Without this script the page still shows every answer up to
// its loading and a "Tải lại" link. The browser's EventSource reconnects by itself with Last-Event-ID (the last
// answer number), and the server sends only what was missed.
(() => {
  const list = document.getElementById("dialogue-answers");
  if (!list?.dataset.live || typeof EventSource === "undefined") return;
  const status = document.getElementById("dialogue-live-status");
  let last = Number(list.dataset.last || "0");

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function add(a) {
    if (typeof a.seq !== "number" || a.seq <= last || document.getElementById(`tra-loi-${a.seq}`)) return;
    last = a.seq;
    const item = el("li", undefined, "dialogue-answer");
    item.id = `tra-loi-${a.seq}`;
    item.appendChild(el("h3", a.heading));
    item.appendChild(el("p", a.asker, "muted"));
    item.appendChild(el("blockquote", a.question, "pre-line"));
    const label = el("p");
    label.appendChild(el("strong", a.answerLabel));
    item.appendChild(label);
    item.appendChild(el("p", a.answer, "pre-line"));
    item.appendChild(el("p", a.time, "muted"));
    list.appendChild(item);
    const none = document.getElementById("dialogue-no-answers");
    if (none) none.remove();
  }

  const source = new EventSource(list.dataset.live);
  source.addEventListener("answer", (event) => {
    try {
      add(JSON.parse(event.data));
    } catch {
      // A garbled event is skipped; the next reload shows everything.
    }
  });
  source.addEventListener("ended", () => {
    source.close();
    if (status) status.textContent = list.dataset.ended || "";
  });
})();
