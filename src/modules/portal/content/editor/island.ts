/**
 * The rich-text editor island (runs in the browser; bundled by ../editor-bundle.ts with esbuild). It upgrades each
 * `textarea[data-rich-text]` to a TipTap editor and keeps the textarea's value in step, so the form posts exactly as
 * it does without JavaScript. The server sanitises whatever arrives (domain/sanitize.ts); nothing here is trusted.
 *
 * Accessibility: the toolbar is a labelled role="toolbar" of real buttons with aria-pressed; the editing area is a
 * labelled multi-line textbox that keeps the field's hint and error as its description; Tab leaves the editor.
 */
import { type ChainedCommands, Editor } from "@tiptap/core";
import Link from "@tiptap/extension-link";
import StarterKit from "@tiptap/starter-kit";

/** TipTap's schema here has no tables, images or figures: a body holding them is left in the HTML textarea. */
const UNSUPPORTED = /<(table|img|figure|iframe|video|audio)\b/i;

const SAFE_HREF = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

interface ToolDef {
  label: string;
  text: string;
  run: (chain: ChainedCommands) => ChainedCommands;
  active?: (editor: Editor) => boolean;
}

const TOOLS: ToolDef[] = [
  { label: "In đậm (Ctrl+B)", text: "B", run: (c) => c.toggleBold(), active: (e) => e.isActive("bold") },
  {
    label: "In nghiêng (Ctrl+I)",
    text: "I",
    run: (c) => c.toggleItalic(),
    active: (e) => e.isActive("italic"),
  },
  {
    label: "Gạch chân (Ctrl+U)",
    text: "U",
    run: (c) => c.toggleUnderline(),
    active: (e) => e.isActive("underline"),
  },
  {
    label: "Tiêu đề mục",
    text: "H2",
    run: (c) => c.toggleHeading({ level: 2 }),
    active: (e) => e.isActive("heading", { level: 2 }),
  },
  {
    label: "Tiêu đề mục nhỏ",
    text: "H3",
    run: (c) => c.toggleHeading({ level: 3 }),
    active: (e) => e.isActive("heading", { level: 3 }),
  },
  {
    label: "Danh sách gạch đầu dòng",
    text: "• Danh sách",
    run: (c) => c.toggleBulletList(),
    active: (e) => e.isActive("bulletList"),
  },
  {
    label: "Danh sách đánh số",
    text: "1. Danh sách",
    run: (c) => c.toggleOrderedList(),
    active: (e) => e.isActive("orderedList"),
  },
  {
    label: "Trích dẫn",
    text: "❝ Trích dẫn",
    run: (c) => c.toggleBlockquote(),
    active: (e) => e.isActive("blockquote"),
  },
  { label: "Hoàn tác (Ctrl+Z)", text: "↶ Hoàn tác", run: (c) => c.undo() },
  { label: "Làm lại (Ctrl+Y)", text: "↷ Làm lại", run: (c) => c.redo() },
];

function makeButton(text: string, label: string, pressable: boolean): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "rte-button";
  b.textContent = text;
  b.setAttribute("aria-label", label);
  b.title = label;
  if (pressable) b.setAttribute("aria-pressed", "false");
  return b;
}

function mount(textarea: HTMLTextAreaElement): void {
  if (UNSUPPORTED.test(textarea.value)) {
    const note = document.createElement("p");
    note.className = "hint";
    note.textContent = "Nội dung có bảng hoặc ảnh nên được soạn dạng HTML để không bị mất định dạng.";
    textarea.before(note);
    return;
  }
  const label = document.getElementById(`${textarea.id}-label`);
  const wrapper = document.createElement("div");
  wrapper.className = "rte";
  const toolbar = document.createElement("div");
  toolbar.className = "rte-toolbar";
  toolbar.setAttribute("role", "toolbar");
  toolbar.setAttribute("aria-label", textarea.dataset.toolbarLabel ?? "Định dạng nội dung");
  const area = document.createElement("div");
  wrapper.append(toolbar, area);
  textarea.after(wrapper);
  textarea.hidden = true;

  const editor = new Editor({
    element: area,
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, code: false, codeBlock: false, link: false }),
      Link.configure({
        openOnClick: false,
        autolink: true,
        HTMLAttributes: { rel: "noopener", target: null },
        isAllowedUri: (url) => SAFE_HREF.test(url.trim()),
      }),
    ],
    content: textarea.value,
    editorProps: {
      attributes: {
        id: `${textarea.id}-editor`,
        class: "rte-content",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": label?.id ?? "",
        "aria-describedby": textarea.getAttribute("aria-describedby") ?? "",
        ...(textarea.getAttribute("aria-invalid") ? { "aria-invalid": "true" } : {}),
      },
    },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.isEmpty ? "" : e.getHTML();
    },
  });

  const pressables: [HTMLButtonElement, (e: Editor) => boolean][] = [];
  for (const tool of TOOLS) {
    const b = makeButton(tool.text, tool.label, tool.active !== undefined);
    b.addEventListener("click", () => {
      tool.run(editor.chain().focus()).run();
    });
    if (tool.active) pressables.push([b, tool.active]);
    toolbar.append(b);
  }
  const link = makeButton("Liên kết", "Chèn hoặc bỏ liên kết", true);
  link.addEventListener("click", () => {
    if (editor.isActive("link")) {
      editor.chain().focus().unsetLink().run();
      return;
    }
    const href = window.prompt("Địa chỉ liên kết (https://…, mailto:… hoặc /đường-dẫn):", "https://");
    if (href && SAFE_HREF.test(href.trim())) editor.chain().focus().setLink({ href: href.trim() }).run();
    else editor.commands.focus();
  });
  pressables.push([link, (e) => e.isActive("link")]);
  toolbar.append(link);

  const refresh = () => {
    for (const [b, isOn] of pressables) b.setAttribute("aria-pressed", isOn(editor) ? "true" : "false");
  };
  editor.on("transaction", refresh);
  refresh();

  // The label points at the hidden textarea; send a click on it to the editor instead.
  label?.addEventListener("click", (event) => {
    event.preventDefault();
    editor.commands.focus();
  });
  textarea.form?.addEventListener("submit", () => {
    textarea.value = editor.isEmpty ? "" : editor.getHTML();
  });
}

for (const el of document.querySelectorAll<HTMLTextAreaElement>("textarea[data-rich-text]")) mount(el);
