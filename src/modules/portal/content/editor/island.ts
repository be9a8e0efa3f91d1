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
  /** The keyboard shortcut, shown as a tooltip. */
  label: string;
  text: string;
  run: (chain: ChainedCommands) => ChainedCommands;
  active?: (editor: Editor) => boolean;
}

/** Visible text is the button's whole accessible name (WCAG 2.5.3); the title adds the keyboard shortcut. */
const TOOLS: ToolDef[] = [
  { text: "Đậm", label: "Ctrl+B", run: (c) => c.toggleBold(), active: (e) => e.isActive("bold") },
  { text: "Nghiêng", label: "Ctrl+I", run: (c) => c.toggleItalic(), active: (e) => e.isActive("italic") },
  {
    text: "Gạch chân",
    label: "Ctrl+U",
    run: (c) => c.toggleUnderline(),
    active: (e) => e.isActive("underline"),
  },
  {
    text: "Tiêu đề mục",
    label: "Ctrl+Alt+2",
    run: (c) => c.toggleHeading({ level: 2 }),
    active: (e) => e.isActive("heading", { level: 2 }),
  },
  {
    text: "Tiêu đề nhỏ",
    label: "Ctrl+Alt+3",
    run: (c) => c.toggleHeading({ level: 3 }),
    active: (e) => e.isActive("heading", { level: 3 }),
  },
  {
    text: "Danh sách",
    label: "Ctrl+Shift+8",
    run: (c) => c.toggleBulletList(),
    active: (e) => e.isActive("bulletList"),
  },
  {
    text: "Danh sách số",
    label: "Ctrl+Shift+7",
    run: (c) => c.toggleOrderedList(),
    active: (e) => e.isActive("orderedList"),
  },
  {
    text: "Trích dẫn",
    label: "Ctrl+Shift+B",
    run: (c) => c.toggleBlockquote(),
    active: (e) => e.isActive("blockquote"),
  },
  { text: "Hoàn tác", label: "Ctrl+Z", run: (c) => c.undo() },
  { text: "Làm lại", label: "Ctrl+Shift+Z", run: (c) => c.redo() },
];

function makeButton(text: string, shortcut: string, pressable: boolean): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "rte-button";
  b.textContent = text;
  if (shortcut) b.title = `${text} (${shortcut})`;
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
  const link = makeButton("Liên kết", "", true);
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
