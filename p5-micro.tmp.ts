import { snippetHtml, highlightHtml } from "./src/modules/portal/search/domain/highlight.js";
const body = "Nông dân chăm sóc lúa, rau màu và thủy sản trên cánh đồng mẫu lớn. ".repeat(300) + " Tỉnh Quảng Ngãi tiếp tục.";
const needles = [{ text: "quang", prefix: false }, { text: "ngai", prefix: false }];
for (let r = 0; r < 3; r++) {
  const s = performance.now();
  for (let i = 0; i < 10; i++) { snippetHtml(body, needles); highlightHtml("Quảng Ngãi đẩy mạnh chuyển đổi số", needles); }
  console.log("10 snippets ms", (performance.now() - s).toFixed(2), body.length);
}
