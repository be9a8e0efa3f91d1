import { foldForMatch, findMatches } from "./src/modules/portal/search/domain/highlight.js";
const body = "Nông dân chăm sóc lúa, rau màu và thủy sản trên cánh đồng mẫu lớn. ".repeat(300) + " Tỉnh Quảng Ngãi tiếp tục.";
const t = (label: string, f: () => unknown) => { const s = performance.now(); for (let i = 0; i < 10; i++) f(); console.log(label, (performance.now() - s).toFixed(2)); };
for (let r = 0; r < 3; r++) {
  t("nfc", () => body.normalize("NFC"));
  t("ws", () => body.replace(/\s+/gu, " ").trim());
  t("fold", () => foldForMatch(body));
  t("find", () => findMatches(body, [{ text: "quang", prefix: false }, { text: "ngai", prefix: false }]));
}
